package ocrbench

// Page is the placement truth of one rendered page.
type Page struct {
	ID        string    `json:"id"`
	Seed      int64     `json:"seed"`
	Kind      string    `json:"kind"` // the layout kind: top, vertical, vertical2 (two phrase columns), and +2 for two articles
	Scan      bool      `json:"scan"` // rendered scanned-looking: skew, blur, grain
	Columns   int       `json:"cols"` // body columns
	PerLine   int       `json:"cpl"`  // characters a full line holds
	Articles  []Article `json:"articles"`
	Furniture []Furn    `json:"furniture"`
	Captions  []Caption `json:"captions"`
}

// Article is one article as printed.
type Article struct {
	Kicker         string      `json:"kicker,omitempty"`
	Title          string      `json:"title"`
	Subtitle       string      `json:"subtitle,omitempty"`
	Headline       string      `json:"headline"` // top, vertical (one character a line) or vertical2 (two phrase columns, right to left)
	Reporters      []string    `json:"reporters,omitempty"`
	Correspondents []string    `json:"correspondents,omitempty"`
	Byline         string      `json:"byline"` // the byline's position: above, after, bracket (after the dateline) or none
	BylineText     string      `json:"byline_text,omitempty"`
	Dateline       string      `json:"dateline,omitempty"`
	Paragraphs     []Paragraph `json:"paragraphs"`
}

// Paragraph is one body paragraph and where its lines were set.
type Paragraph struct {
	// Text is the paragraph as printed, without Prefix.
	Text string `json:"text"`
	// Prefix is what the first line printed before Text: the dateline,
	// with the bracketed byline when there is one.
	Prefix string `json:"prefix,omitempty"`
	Lines  []Line `json:"lines"`
	// Caption is the index of the caption set inside the paragraph, or -1.
	Caption int `json:"caption"`
}

// Line is one printed line of a paragraph.
type Line struct {
	Text   string `json:"text"`
	Column int    `json:"col"`
}

// Crosses reports whether the paragraph runs on from one column into the
// next.
func (p *Paragraph) Crosses() bool {
	for _, l := range p.Lines {
		if l.Column != p.Lines[0].Column {
			return true
		}
	}
	return false
}

// Caption is a photo caption set inside a column.
type Caption struct {
	Text      string `json:"text"`
	Column    int    `json:"col"`
	Article   int    `json:"article"`
	Paragraph int    `json:"paragraph"` // the paragraph it interrupts
}

// Furn is one piece of page furniture.
type Furn struct {
	Text  string `json:"text"`
	Where string `json:"where"` // head, foot or column-top
}

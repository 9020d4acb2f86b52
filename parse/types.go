package parse

import (
	"bytes"
	"encoding/json"
	"slices"

	"github.com/civicnews/civicnews/layout"
)

// Kind is the kind of page a text was taken from.
type Kind string

// Kinds of page.
const (
	Newspaper Kind = "newspaper" // a newspaper page or issue
	Report    Kind = "report"    // a government report or document
	Web       Kind = "web"       // a web page (navigation and footers present)
)

// Document is a parsed page: its masthead, articles and the boilerplate
// that belongs to neither. Every block of the layout ends up in exactly one
// of them.
//
// It marshals to JSON with the field names in the tags; civicnews.Document
// is the same with entities and layout's repairs added.
type Document struct {
	Kind        Kind          `json:"kind"`        // newspaper, report or web
	Masthead    *Masthead     `json:"masthead"`    // nil when the text has none
	Articles    []Article     `json:"articles"`    // in reading order
	Boilerplate []Boilerplate `json:"boilerplate"` // in source order
	// Repairs lists the repairs parse made on top of layout's; parse makes
	// none at present. Layout's own are in Layout.Repairs.
	Repairs []layout.Repair `json:"repairs"`
	// Layout is the layout analysis the document was parsed from.
	Layout *layout.Document `json:"-"`
}

// Masthead holds the fields of a newspaper's masthead. Unknown numbers are 0
// and unknown strings empty.
type Masthead struct {
	Paper         string        `json:"paper"`           // 徐汇报
	PaperEN       string        `json:"paper_en"`        // SHANGHAI COMMUNITY NEWS
	Edition       string        `json:"edition"`         // an edition or community name printed with the paper's name (老西门)
	Date          string        `json:"date"`            // the issue date, YYYY-MM-DD (ISO 8601)
	Weekday       string        `json:"weekday"`         // as printed: 星期一
	Issue         int           `json:"issue"`           // 第N期 (本期 number)
	TotalIssue    int           `json:"total_issue"`     // 总第N期
	Pages         int           `json:"pages"`           // 本期N版
	NextIssueDate string        `json:"next_issue_date"` // 下期出版, as YYYY-MM-DD
	Permit        string        `json:"permit"`          // the 准印证号 value, e.g. (B)0150
	CN            string        `json:"cn,omitempty"`    // CN 31-0001
	ISSN          string        `json:"issn,omitempty"`  // ISSN 1234-5678
	Publisher     string        `json:"publisher"`       // the units that publish it (老西门街道党工委、办事处)
	URL           string        `json:"url"`             // the paper's web address, as printed
	Slogan        string        `json:"slogan"`          // a slogan set in spaced-out characters, joined (自家门口这点事)
	Spans         []layout.Span `json:"spans"`           // the source spans of the masthead's lines

	nextY, nextM, nextD int // 下期出版 as printed, before resolution
}

// Article is one article of a page.
type Article struct {
	Kicker         string   `json:"kicker"`                  // 引题: the line(s) above the title, or empty
	Title          string   `json:"title"`                   // 主题: the main headline
	Subtitle       string   `json:"subtitle"`                // 副题: the line(s) below the title, or empty
	Reporters      []string `json:"reporters"`               // 记者, and authors (文/); in JSON, everyone credited but correspondents (see Credited)
	Correspondents []string `json:"correspondents"`          // 通讯员
	Interns        []string `json:"interns,omitempty"`       // 实习生
	Photographers  []string `json:"photographers,omitempty"` // 摄影, 图/
	Dateline       string   `json:"dateline"`                // 本报讯, 本报7月18日讯, 新华社北京7月18日电, or empty
	Date           string   `json:"date"`                    // YYYY-MM-DD, or empty when the year (or the date) is unknown
	DateText       string   `json:"date_text"`               // the date as written (7月18日上午), or empty
	Source         string   `json:"source"`                  // 徐汇区生态环境局 for a line (来源：徐汇区生态环境局), or empty
	// Front holds what stands between the headline and the body and is
	// neither: a standfirst, a photo caption, a report's header lines
	// (speaker, document number).
	Front      []Paragraph `json:"front,omitempty"`
	Paragraphs []Paragraph `json:"paragraphs"` // the body in reading order, dateline taken off
	// Spans are the source spans of everything that belongs to the
	// article: headline, byline, dateline, paragraphs and source line.
	Spans []layout.Span `json:"spans"`

	headLines []*layout.Block // the blocks of the headline
}

// Credited returns everyone credited but correspondents, each once:
// Reporters, then Interns and Photographers (a reporter who took the
// pictures too is listed once). It is what the JSON form lists as
// "reporters" (interns and photographers are also listed on their own).
func (a *Article) Credited() []string {
	out := make([]string, 0, len(a.Reporters)+len(a.Interns)+len(a.Photographers))
	for _, list := range [][]string{a.Reporters, a.Interns, a.Photographers} {
		for _, n := range list {
			if !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// MarshalJSON writes the article with the field names in the tags, except
// that "reporters" is [Article.Credited].
func (a Article) MarshalJSON() ([]byte, error) {
	type fields Article // without the method
	return marshal(struct {
		fields
		Reporters []string `json:"reporters"`
	}{fields(a), a.Credited()})
}

// Headline returns kicker, title and subtitle joined by spaces, skipping
// empty parts.
func (a *Article) Headline() string {
	s := ""
	for _, p := range []string{a.Kicker, a.Title, a.Subtitle} {
		if p == "" {
			continue
		}
		if s != "" {
			s += " "
		}
		s += p
	}
	return s
}

// Paragraph is a paragraph of an article's body, or an in-article heading.
type Paragraph struct {
	Text    string        `json:"text"`    // the repaired text
	Heading bool          `json:"heading"` // an in-article section heading (小标题) or a sidebar label (延伸阅读)
	Spans   []layout.Span `json:"spans"`   // the source spans it was made from
	// segs map Text back to the blocks it was made from, in order.
	segs []seg
}

// seg is a run of a paragraph's text taken from a block's text.
type seg struct {
	block *layout.Block
	from  int // offset in the block's text
	n     int // bytes
}

// SourceSpans returns the source spans that the bytes [start, end) of the
// paragraph's Text were made from.
func (p *Paragraph) SourceSpans(start, end int) []layout.Span {
	var out []layout.Span
	at := 0
	for _, s := range p.segs {
		lo, hi := max(start, at), min(end, at+s.n)
		if lo < hi {
			out = append(out, s.block.SourceSpans(s.from+lo-at, s.from+hi-at)...)
		}
		at += s.n
	}
	return out
}

// Boilerplate is a piece of the input that belongs to no article and to no
// masthead field.
//
// In JSON it also has "start" and "end": the start of its first span and
// the end of its last.
type Boilerplate struct {
	Text   string        `json:"text"`   // the repaired text
	Reason string        `json:"reason"` // qr-prompt, app-promo, navigation, web-footer, page-furniture, metadata, caption, stray, credit, residue, repeated-headline, headline-only
	Spans  []layout.Span `json:"spans"`  // the source spans it was made from, in order
}

// MarshalJSON writes the boilerplate with its fields and "start" and
// "end", the byte range from its first span to its last.
func (b Boilerplate) MarshalJSON() ([]byte, error) {
	type fields Boilerplate // without the method
	s := spanOf(b.Spans)
	return marshal(struct {
		fields
		Start int `json:"start"`
		End   int `json:"end"`
	}{fields(b), s.Start, s.End})
}

// marshal is json.Marshal without HTML escaping: the encoder that called
// MarshalJSON escapes the result if it was asked to.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	if err := e.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// spanOf returns the span from the first of s to the end of the last.
func spanOf(s []layout.Span) layout.Span {
	if len(s) == 0 {
		return layout.Span{}
	}
	return layout.Span{Start: s[0].Start, End: s[len(s)-1].End}
}

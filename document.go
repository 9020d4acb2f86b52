package civicnews

import (
	"github.com/civicnews/civicnews/layout"
	"github.com/civicnews/civicnews/parse"
	"github.com/civicnews/civicnews/segment"
)

// SchemaVersion is the version of the JSON shape of [Document], written in
// its "schema_version" field. It changes when a field is renamed or
// removed or changes meaning, not when one is added.
const SchemaVersion = 1

// The parts of a [Document] are the types of the packages that find them,
// named here for convenience; see their documentation for every field.
type (
	// Span is a half-open byte range [Start, End) of the input given to
	// Parse, whatever its encoding; in JSON, [start, end].
	Span = layout.Span
	// Masthead holds the fields of a newspaper's masthead.
	Masthead = parse.Masthead
	// Article is one article of a page.
	Article = parse.Article
	// Paragraph is a paragraph of an article's body, or an in-article
	// heading.
	Paragraph = parse.Paragraph
	// Boilerplate is a piece of the input that belongs to no article and
	// to no masthead field.
	Boilerplate = parse.Boilerplate
	// Repair is one logged change to the text: its Kind, the source bytes
	// concerned (Span), the text Before and After, and the Reason (in JSON
	// "start", "end" and "detail").
	Repair = layout.Repair
)

// Document is the result of [Parse]: the page's masthead, articles and
// boilerplate (from package parse), every repair made to the text (from
// layout and parse), and the entities and dates named in the articles
// (from package entity). Every span indexes the input bytes as given,
// whatever their encoding. See the package documentation for its JSON.
type Document struct {
	// SchemaVersion is [SchemaVersion].
	SchemaVersion int `json:"schema_version"`
	// Kind is the kind of page: newspaper, report or web.
	Kind parse.Kind `json:"kind"`
	// Masthead is nil when the text has none.
	Masthead *Masthead `json:"masthead"`
	// Articles are in reading order.
	Articles []Article `json:"articles"`
	// Boilerplate lists every piece of the input that belongs to no
	// article and to no masthead field, in order.
	Boilerplate []Boilerplate `json:"boilerplate"`
	// Repairs are layout's repairs in source order, then parse's (stitches
	// and moves of scrambled reading order).
	Repairs []Repair `json:"repairs"`
	// Entities are the places, bodies and people named in the articles.
	Entities []Entity `json:"entities"`
	// Dates are the dates named in the articles.
	Dates []Date `json:"dates,omitempty"`
	// Words are the words of every paragraph, with [WithWords] only.
	Words []ParagraphWords `json:"words,omitempty"`
	// Encoding is the encoding the input was read in.
	Encoding layout.Encoding `json:"encoding"`

	// Parsed is the parse stage's document, with its layout analysis
	// (Parsed.Layout): its Masthead, Articles and Boilerplate are the
	// ones above, and when parse made no repairs of its own (it makes
	// none at present), Repairs above is Parsed.Layout.Repairs, the same
	// elements.
	Parsed *parse.Document `json:"-"`
}

func newDocument(pd *parse.Document) *Document {
	d := &Document{SchemaVersion: SchemaVersion, Kind: pd.Kind, Parsed: pd, Encoding: pd.Layout.Encoding,
		Masthead: pd.Masthead, Articles: pd.Articles, Boilerplate: pd.Boilerplate, Entities: []Entity{}}
	// empty lists, not null, in JSON
	if d.Articles == nil {
		d.Articles = []Article{}
	}
	if d.Boilerplate == nil {
		d.Boilerplate = []Boilerplate{}
	}
	for i := range d.Articles {
		a := &d.Articles[i]
		a.Reporters = nonNil(a.Reporters)
		a.Correspondents = nonNil(a.Correspondents)
		if a.Paragraphs == nil {
			a.Paragraphs = []Paragraph{}
		}
	}
	if lr := pd.Layout.Repairs; len(pd.Repairs) == 0 && lr != nil {
		// parse made none: share layout's list rather than copy it (it
		// can be most of a Document's memory); capped, so that appending
		// to one list never writes into the other
		d.Repairs = lr[:len(lr):len(lr)]
		return d
	}
	d.Repairs = make([]Repair, 0, len(pd.Layout.Repairs)+len(pd.Repairs))
	d.Repairs = append(append(d.Repairs, pd.Layout.Repairs...), pd.Repairs...)
	return d
}

// ParagraphWords are the words of one paragraph, Articles[Article].
// Paragraphs[Paragraph]; their offsets index the paragraph's Text.
type ParagraphWords struct {
	Article   int            `json:"article"`   // index into Document.Articles
	Paragraph int            `json:"paragraph"` // index into the article's Paragraphs
	Words     []segment.Word `json:"words"`     // in order; Start and End are byte offsets into the paragraph's Text
}

func (d *Document) cutWords() {
	seg := segment.Default()
	for ai := range d.Articles {
		for pi, p := range d.Articles[ai].Paragraphs {
			d.Words = append(d.Words, ParagraphWords{Article: ai, Paragraph: pi, Words: nonNilWords(seg.Words(p.Text))})
		}
	}
}

func nonNilWords(w []segment.Word) []segment.Word {
	if w == nil {
		return []segment.Word{}
	}
	return w
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

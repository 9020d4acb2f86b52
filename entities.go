package civicnews

import (
	"github.com/civicnews/civicnews/entity"
)

// Entity is a place, body or person named in an article, resolved to its
// official name (and, for divisions, its 12-digit statistical code).
type Entity struct {
	Text       string             `json:"text"`
	Kind       entity.Kind        `json:"kind"`
	Canonical  string             `json:"canonical"`
	Code       string             `json:"code"`
	Parent     string             `json:"parent"`
	Title      string             `json:"title"`
	Article    int                `json:"article"`
	Paragraph  int                `json:"paragraph"` // the paragraph; -1 the title, -2 the kicker, -3 the subtitle, -4 the source line
	Start      int                `json:"start"`     // byte offsets into the paragraph's text (or the title, kicker, subtitle, source)
	End        int                `json:"end"`
	Confidence float64            `json:"confidence"`
	Ambiguous  bool               `json:"ambiguous,omitempty"`
	Candidates []entity.Candidate `json:"candidates,omitempty"`
	Spans      []Span             `json:"spans,omitempty"` // the source bytes of the mention
}

// Date is a date named in an article, resolved against the issue date
// where it can be.
type Date struct {
	Text      string `json:"text"`
	Date      string `json:"date"` // YYYY-MM-DD, or empty when unresolvable
	Article   int    `json:"article"`
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// recognize finds the entities of every headline and paragraph, resolving
// them together with the masthead's hints.
func (d *Document) recognize() {
	pd := d.Parsed
	var (
		texts []string
		where [][2]int // article, paragraph (-1: headline)
	)
	for ai := range pd.Articles {
		a := &pd.Articles[ai]
		for k, h := range []string{a.Title, a.Kicker, a.Subtitle, a.Source} {
			if h != "" {
				texts = append(texts, h)
				where = append(where, [2]int{ai, -1 - k})
			}
		}
		for pi := range a.Paragraphs {
			texts = append(texts, a.Paragraphs[pi].Text)
			where = append(where, [2]int{ai, pi})
		}
	}
	var h entity.Hints
	if m := pd.Masthead; m != nil {
		h = entity.Hints{Paper: m.Paper, Publisher: m.Publisher, Edition: m.Edition, IssueDate: m.Date}
	}
	found := entity.Default().Document(texts, h)
	total := 0
	for _, es := range found {
		total += len(es)
	}
	d.Entities = make([]Entity, 0, total)
	arena := make([]Span, 0, total) // the entities' source spans, in one allocation
	for k, es := range found {
		ai, pi := where[k][0], where[k][1]
		for _, e := range es {
			if e.Kind == entity.KindDate {
				d.Dates = append(d.Dates, Date{Text: e.Text, Date: e.Date, Article: ai, Paragraph: pi, Start: e.Start, End: e.End})
				continue
			}
			out := Entity{Text: e.Text, Kind: e.Kind, Canonical: e.Canonical, Code: e.Code, Parent: e.Parent, Title: e.Title,
				Article: ai, Paragraph: pi, Start: e.Start, End: e.End, Confidence: e.Confidence,
				Ambiguous: e.Ambiguous, Candidates: e.Candidates}
			if pi >= 0 {
				p := &pd.Articles[ai].Paragraphs[pi]
				at := len(arena)
				for _, s := range p.SourceSpans(e.Start, e.End) {
					arena = append(arena, Span{s.Start, s.End})
				}
				out.Spans = arena[at:len(arena):len(arena)]
			}
			d.Entities = append(d.Entities, out)
		}
	}
}

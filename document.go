package civicnews

import (
	"github.com/civicnews/civicnews/layout"
	"github.com/civicnews/civicnews/parse"
)

// Document is the result of [Parse]. It marshals (encoding/json) to the
// contract printed by examples/newsjson.
type Document struct {
	Kind        parse.Kind      `json:"kind"`
	Masthead    *Masthead       `json:"masthead"`
	Articles    []Article       `json:"articles"`
	Boilerplate []Boilerplate   `json:"boilerplate"`
	Repairs     []Repair        `json:"repairs"`
	Entities    []Entity        `json:"entities"`
	Dates       []Date          `json:"dates,omitempty"`
	Encoding    layout.Encoding `json:"encoding"`

	// Parsed is the parse stage's document, with its layout.
	Parsed *parse.Document `json:"-"`
}

// Masthead is the masthead of a newspaper issue.
type Masthead struct {
	Paper         string `json:"paper"`
	PaperEN       string `json:"paper_en"`
	Edition       string `json:"edition"`
	Date          string `json:"date"`
	Weekday       string `json:"weekday"`
	Issue         int    `json:"issue"`
	TotalIssue    int    `json:"total_issue"`
	Pages         int    `json:"pages"`
	NextIssueDate string `json:"next_issue_date"`
	Permit        string `json:"permit"`
	CN            string `json:"cn,omitempty"`
	ISSN          string `json:"issn,omitempty"`
	Publisher     string `json:"publisher"`
	URL           string `json:"url"`
	Slogan        string `json:"slogan"`
	Spans         []Span `json:"spans"`
}

// Span is a half-open byte range [start, end) of the input, printed as a
// two-element array.
type Span [2]int

// Article is one article of the page.
type Article struct {
	Kicker         string      `json:"kicker"`
	Title          string      `json:"title"`
	Subtitle       string      `json:"subtitle"`
	Reporters      []string    `json:"reporters"` // everyone credited but correspondents: 记者, 实习生, 摄影, 文/, 图/
	Correspondents []string    `json:"correspondents"`
	Interns        []string    `json:"interns,omitempty"`
	Photographers  []string    `json:"photographers,omitempty"`
	Dateline       string      `json:"dateline"`
	Date           string      `json:"date"`
	DateText       string      `json:"date_text"`
	Source         string      `json:"source"`
	Paragraphs     []Paragraph `json:"paragraphs"`
	Spans          []Span      `json:"spans"`
}

// Paragraph is a paragraph of an article, or an in-article heading.
type Paragraph struct {
	Text    string `json:"text"`
	Heading bool   `json:"heading"`
	Spans   []Span `json:"spans"`
}

// Boilerplate is a piece of the input that belongs to no article and to
// no masthead field.
type Boilerplate struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Spans  []Span `json:"spans,omitempty"`
}

// Repair is one logged change to the text.
type Repair struct {
	Kind   string `json:"kind"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Detail string `json:"detail"`
	Before string `json:"before,omitempty"`
	After  string `json:"after,omitempty"`
}

func spans(s []layout.Span) []Span {
	out := make([]Span, len(s))
	for i, x := range s {
		out[i] = Span{x.Start, x.End}
	}
	return out
}

func newDocument(pd *parse.Document) *Document {
	d := &Document{Kind: pd.Kind, Parsed: pd, Encoding: pd.Layout.Encoding,
		Articles: []Article{}, Boilerplate: []Boilerplate{}, Repairs: []Repair{}, Entities: []Entity{}}
	if m := pd.Masthead; m != nil {
		d.Masthead = &Masthead{Paper: m.Paper, PaperEN: m.PaperEN, Edition: m.Edition, Date: m.Date, Weekday: m.Weekday,
			Issue: m.Issue, TotalIssue: m.TotalIssue, Pages: m.Pages, NextIssueDate: m.NextIssueDate, Permit: m.Permit,
			CN: m.CN, ISSN: m.ISSN, Publisher: m.Publisher, URL: m.URL, Slogan: m.Slogan, Spans: spans(m.Spans)}
	}
	for _, a := range pd.Articles {
		out := Article{Kicker: a.Kicker, Title: a.Title, Subtitle: a.Subtitle,
			Reporters: nonNil(append(append(append([]string{}, a.Reporters...), a.Interns...), a.Photographers...)), Correspondents: nonNil(a.Correspondents), Interns: a.Interns,
			Photographers: a.Photographers, Dateline: a.Dateline, Date: a.Date, DateText: a.DateText, Source: a.Source,
			Paragraphs: make([]Paragraph, 0, len(a.Paragraphs)), Spans: spans(a.Spans)}
		for _, p := range a.Paragraphs {
			out.Paragraphs = append(out.Paragraphs, Paragraph{Text: p.Text, Heading: p.Heading, Spans: spans(p.Spans)})
		}
		d.Articles = append(d.Articles, out)
	}
	for _, b := range pd.Boilerplate {
		bp := Boilerplate{Text: b.Text, Reason: b.Reason}
		if len(b.Spans) > 0 {
			bp.Start, bp.End = b.Spans[0].Start, b.Spans[len(b.Spans)-1].End
		}
		if len(b.Spans) > 1 {
			bp.Spans = spans(b.Spans)
		}
		d.Boilerplate = append(d.Boilerplate, bp)
	}
	for _, r := range pd.Layout.Repairs {
		d.Repairs = append(d.Repairs, repair(r))
	}
	for _, r := range pd.Repairs {
		d.Repairs = append(d.Repairs, repair(r))
	}
	return d
}

func repair(r layout.Repair) Repair {
	return Repair{Kind: string(r.Kind), Start: r.Span.Start, End: r.Span.End, Detail: r.Reason, Before: r.Before, After: r.After}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

package civicnews

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/civicnews/civicnews/entity"
	"github.com/civicnews/civicnews/internal/hanzi"
)

// Entity is a place, body or person named in an article, resolved to its
// official name (and, for divisions, its 12-digit statistical code).
type Entity struct {
	Text       string             `json:"text"` // the mention as written in the input
	Kind       entity.Kind        `json:"kind"`
	Canonical  string             `json:"canonical"`
	Code       string             `json:"code"`
	Parent     string             `json:"parent"`
	Successor  string             `json:"successor,omitempty"` // the unit that replaced an abolished or renamed one (闸北区 → 静安区)
	Reason     string             `json:"reason,omitempty"`    // why a division has no code (not-in-gazetteer)
	Title      string             `json:"title"`
	Article    int                `json:"article"`
	In         Location           `json:"in"`        // the part of the article the entity was found in
	Paragraph  int                `json:"paragraph"` // the paragraph's index when In is InParagraph, else -1
	Start      int                `json:"start"`     // byte offsets into the text of In (the paragraph's, the title's, …)
	End        int                `json:"end"`
	Confidence float64            `json:"confidence"`
	Ambiguous  bool               `json:"ambiguous,omitempty"`
	Candidates []entity.Candidate `json:"candidates,omitempty"`
	Spans      []Span             `json:"spans,omitempty"` // the source bytes of the mention
}

// Location says which part of an article an entity was found in.
type Location string

// The parts of an article that entities are found in.
const (
	InTitle     Location = "title"
	InKicker    Location = "kicker"
	InSubtitle  Location = "subtitle"
	InParagraph Location = "paragraph"
)

// Text returns the text of the part of article number article that l
// names (the paragraph's for InParagraph), or "" when there is none.
func (d *Document) Text(article int, l Location, paragraph int) string {
	if article < 0 || article >= len(d.Articles) {
		return ""
	}
	a := &d.Articles[article]
	switch l {
	case InTitle:
		return a.Title
	case InKicker:
		return a.Kicker
	case InSubtitle:
		return a.Subtitle
	case InParagraph:
		if paragraph >= 0 && paragraph < len(a.Paragraphs) {
			return a.Paragraphs[paragraph].Text
		}
	}
	return ""
}

// WithHome sets the home region the entities of a page are resolved in when
// the page gives no evidence of its own (a division's 12-digit code, its
// leading digits, or a name such as 杭州市西湖区). An unknown or ambiguous
// home makes [Parse] fail. Evidence on the page (the hierarchy of a
// sentence, the paper's name, the places the page names most) comes first.
func WithHome(home string) Option {
	return func(c *config) {
		h := &homeSetting{name: home}
		h.rec, h.err = homeRecognizer(home)
		c.home = h
	}
}

// homeSetting is a validated home region and the recognizer for it.
type homeSetting struct {
	name string
	rec  *entity.Recognizer
	err  error
}

var (
	homeMu   sync.Mutex
	homeRecs = map[string]*entity.Recognizer{}
)

// homeRecognizer returns the recognizer for a home region, built once per
// home.
func homeRecognizer(home string) (*entity.Recognizer, error) {
	homeMu.Lock()
	defer homeMu.Unlock()
	if r, ok := homeRecs[home]; ok {
		return r, nil
	}
	r, err := entity.New(entity.WithHome(home))
	if err != nil {
		return nil, fmt.Errorf("civicnews: %w", err)
	}
	if len(homeRecs) < 64 {
		homeRecs[home] = r
	}
	return r, nil
}

// entityErr is the error of an invalid entity option, for [Parse].
func (c *config) entityErr() error {
	if c.home != nil {
		return c.home.err
	}
	return nil
}

// recognizer is the recognizer for the options.
func (c *config) recognizer() *entity.Recognizer {
	if c.home != nil && c.home.rec != nil {
		return c.home.rec
	}
	return entity.Default()
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
func (d *Document) recognize(r *entity.Recognizer) {
	pd := d.Parsed
	type place struct {
		article, paragraph int
		in                 Location
	}
	var (
		texts []string
		where []place
	)
	for ai := range pd.Articles {
		a := &pd.Articles[ai]
		// the source line (来源:…) is metadata, like a byline: its names are
		// no mentions
		for k, h := range []string{a.Title, a.Kicker, a.Subtitle} {
			if h != "" {
				texts = append(texts, h)
				where = append(where, place{ai, -1, []Location{InTitle, InKicker, InSubtitle}[k]})
			}
		}
		for pi := range a.Paragraphs {
			texts = append(texts, a.Paragraphs[pi].Text)
			where = append(where, place{ai, pi, InParagraph})
		}
	}
	var h entity.Hints
	if m := pd.Masthead; m != nil {
		h = entity.Hints{Paper: m.Paper, Publisher: m.Publisher, Edition: m.Edition, IssueDate: m.Date}
	}
	found := r.Document(texts, h)
	total := 0
	for _, es := range found {
		total += len(es)
	}
	d.Entities = make([]Entity, 0, total)
	arena := make([]Span, 0, total) // the entities' source spans, in one allocation
	src := pd.Layout.Source
	for k, es := range found {
		w := where[k]
		for _, e := range withNestedPlaces(es) {
			if e.Kind == entity.KindDate {
				d.Dates = append(d.Dates, Date{Text: e.Text, Date: e.Date, Article: w.article, Paragraph: w.paragraph, Start: e.Start, End: e.End})
				continue
			}
			out := Entity{Text: e.Text, Kind: e.Kind, Canonical: e.Canonical, Code: e.Code, Parent: e.Parent,
				Successor: e.Successor, Reason: e.Reason, Title: e.Title,
				Article: w.article, In: w.in, Paragraph: w.paragraph, Start: e.Start, End: e.End, Confidence: e.Confidence,
				Ambiguous: e.Ambiguous, Candidates: e.Candidates}
			if w.in == InParagraph {
				p := &pd.Articles[w.article].Paragraphs[w.paragraph]
				at := len(arena)
				arena = append(arena, p.SourceSpans(e.Start, e.End)...)
				out.Spans = arena[at:len(arena):len(arena)]
				out.Text = surface(src, out.Spans, e.Text)
				out.Title = titleSurface(src, p, &e)
			}
			d.Entities = append(d.Entities, out)
		}
	}
}

// withNestedPlaces returns es with the divisions named inside each entity
// (the district in 徐汇区委, the county in 镇巴县人民政府) after it.
func withNestedPlaces(es []entity.Entity) []entity.Entity {
	nested := false
	for _, e := range es {
		if len(e.Nested) > 0 {
			nested = true
			break
		}
	}
	if !nested {
		return es
	}
	var out []entity.Entity
	for _, e := range es {
		out = append(out, e)
		if e.Kind != entity.KindParty && e.Kind != entity.KindGov {
			continue // places inside the names of companies and facilities are not mentions
		}
		for _, n := range entity.Flatten(e.Nested) {
			if n.Kind.Admin() && hasUnitSuffix(n.Text) {
				out = append(out, n)
			}
		}
	}
	return out
}

// surface returns the mention as written in the input: the source bytes
// from its first span's start to its last span's end, with a pinyin residue
// that follows it (虹口區(qū)), when they spell the same name as text. A
// repair that dropped pinyin residue or letter-spacing from the paragraph
// leaves them in the input, and the mention is reported as written. Else,
// and for input that was not UTF-8, text.
func surface(src []byte, spans []Span, text string) string {
	if len(spans) == 0 {
		return text
	}
	lo, hi := spans[0].Start, spans[len(spans)-1].End
	if lo < 0 || hi > len(src) || lo > hi {
		return text
	}
	for n := hanzi.PinyinResidue(string(src[hi:min(len(src), hi+64)])); n > 0; n = hanzi.PinyinResidue(string(src[hi:min(len(src), hi+64)])) {
		hi += n
	}
	raw := string(src[lo:hi])
	if raw == text || !utf8.ValidString(raw) || strings.ContainsAny(raw, "\r\n") || !entity.SameName(raw, text) {
		return text
	}
	return raw
}

// titleSurface returns an official's title as written in the input (副區(qū)長(zhǎng)
// with the pinyin residue a repair dropped from the paragraph), when the
// title is written in the paragraph: right after the name (王明副区长), else
// its nearest copy before the name (区委副书记王明, 执行主席：王明、李华), else
// after it. Else title.
func titleSurface(src []byte, p *Paragraph, e *entity.Entity) string {
	t := e.Title
	if t == "" {
		return t
	}
	at := -1
	if e.End+len(t) <= len(p.Text) && p.Text[e.End:e.End+len(t)] == t {
		at = e.End
	} else if i := strings.LastIndex(p.Text[:e.Start], t); i >= 0 {
		at = i // the nearest before the name: a list of names after one title
	} else if i := strings.Index(p.Text[e.End:], t); i >= 0 {
		at = e.End + i
	}
	if at < 0 {
		return t
	}
	return surface(src, p.SourceSpans(at, at+len(t)), t)
}

// hasUnitSuffix reports whether a place is written with the word for its
// level (徐汇区, 斜土街道), not as a bare or short name (斜土, 徐家汇).
func hasUnitSuffix(s string) bool {
	k := entity.Key(s)
	for _, x := range []string{"省", "市", "区", "县", "旗", "州", "盟", "镇", "乡", "街道", "村", "社区", "居委会"} {
		if strings.HasSuffix(k, x) {
			return true
		}
	}
	return false
}

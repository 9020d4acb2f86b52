package view

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/layout"
	"golang.org/x/text/unicode/norm"
)

// Roles a source byte can take, from the lowest priority to the highest.
const (
	roleNone        = iota // white space or bytes layout dropped
	roleHeader             // an article's header line that is none of the below: dateline, source line
	roleByline             // 记者, 通讯员, 摄影 …
	roleSubtitle           // 副题
	roleKicker             // 引题
	roleTitle              // 主题
	roleBody               // a paragraph
	roleHeading            // an in-article heading
	roleMasthead           // the masthead
	roleCaption            // a photo caption set aside
	roleBoilerplate        // furniture set aside
)

var roleNames = [...]string{"none", "header", "byline", "subtitle", "kicker", "title", "body", "heading", "masthead", "caption", "boilerplate"}

// Render writes the HTML view of doc, parsed from src, to w. name is shown
// as the page's title (a file name). doc must come from civicnews.Parse.
func Render(w io.Writer, name string, doc *civicnews.Document) error {
	if doc == nil || doc.Parsed == nil || doc.Parsed.Layout == nil {
		return fmt.Errorf("view: document without its parse (not from civicnews.Parse)")
	}
	return page.Execute(w, build(name, doc))
}

type data struct {
	Name        string
	Encoding    string
	Source      []seg
	Masthead    *civicnews.Masthead
	Articles    []article
	Boilerplate []boilerplate
	Repairs     []repair
	Entities    []entityRow
	Counts      map[string]int
	Nonce       string
}

// seg is a run of source bytes with the same role and marks.
type seg struct {
	Text    string
	Role    string
	Title   string // hover text
	BP      int    // boilerplate index or -1
	Art     int    // article index or -1
	Ents    string // space-separated entity indices
	Reps    string // space-separated repair indices
	Point   bool   // a zero-width repair mark
	Reason  string
	Newline bool
}

type article struct {
	Index                                 int
	Kicker, Title, Subtitle, Source       []seg
	Byline, Dateline, Date                string
	Paragraphs                            []para
	Reporters, Correspondents, Interns, P string
}

type para struct {
	Heading bool
	Text    []seg
}

type boilerplate struct {
	Index        int
	Text, Reason string
}

type repair struct {
	Index                       int
	Kind, Detail, Before, After string
	Start, End                  int
}

type entityRow struct {
	Index                                      int
	Text, Kind, Canonical, Code, Parent, Title string
	Where                                      string
	Candidates                                 string
	Ambiguous                                  bool
}

func build(name string, doc *civicnews.Document) *data {
	src := newSource(doc.Parsed.Layout.Source, doc.Parsed.Layout.Encoding)
	d := &data{Name: name, Encoding: string(doc.Encoding), Masthead: doc.Masthead, Counts: map[string]int{}, Nonce: nonce}
	n := len(src.raw)
	role := make([]uint8, n)
	bp := make([]int32, n)
	art := make([]int32, n)
	for i := range bp {
		bp[i], art[i] = -1, -1
	}
	set := func(s civicnews.Span, r uint8) {
		for i := max(s.Start, 0); i < min(s.End, n); i++ {
			if r > role[i] {
				role[i] = r
			}
		}
	}
	for ai, a := range doc.Articles {
		for _, s := range a.Spans {
			set(s, roleHeader)
			for i := max(s.Start, 0); i < min(s.End, n); i++ {
				art[i] = int32(ai)
			}
		}
		for _, p := range a.Paragraphs {
			r := uint8(roleBody)
			if p.Heading {
				r = roleHeading
			}
			for _, s := range p.Spans {
				set(s, r)
			}
		}
	}
	// Header bytes: bylines from layout's blocks, headline parts by text.
	for _, b := range doc.Parsed.Layout.Blocks {
		if b.Kind == layout.Byline {
			for _, s := range b.Spans {
				for i := max(s.Start, 0); i < min(s.End, n); i++ {
					if role[i] == roleHeader {
						role[i] = roleByline
					}
				}
			}
		}
	}
	for ai, a := range doc.Articles {
		for _, part := range []struct {
			text string
			r    uint8
		}{{a.Title, roleTitle}, {a.Kicker, roleKicker}, {a.Subtitle, roleSubtitle}} {
			claim(src, role, art, int32(ai), part.text, part.r)
		}
	}
	if m := doc.Masthead; m != nil {
		for _, s := range m.Spans {
			set(s, roleMasthead)
		}
	}
	for bi, b := range doc.Boilerplate {
		r := uint8(roleBoilerplate)
		if b.Reason == "caption" {
			r = roleCaption
		}
		for _, s := range b.Spans {
			for i := max(s.Start, 0); i < min(s.End, n); i++ {
				role[i] = r
				bp[i] = int32(bi)
			}
		}
		d.Boilerplate = append(d.Boilerplate, boilerplate{bi, b.Text, b.Reason})
	}

	// Marks: entities (by their source spans) and repairs.
	var marks []mark
	for ei, e := range doc.Entities {
		for _, s := range e.Spans {
			marks = append(marks, mark{s.Start, s.End, ei, false})
		}
	}
	for ri, r := range doc.Repairs {
		if r.Kind == layout.RepairDecode {
			// It concerns the whole input: a point at its start, not a
			// frame around every span.
			marks = append(marks, mark{r.Span.Start, r.Span.Start, ri, true})
		} else {
			marks = append(marks, mark{r.Span.Start, r.Span.End, ri, true})
		}
		d.Repairs = append(d.Repairs, repair{ri, string(r.Kind), r.Reason, r.Before, r.After, r.Span.Start, r.Span.End})
	}
	d.Source = segments(src, role, bp, art, marks, doc)
	for _, s := range d.Source {
		d.Counts[s.Role] += utf8.RuneCountInString(s.Text)
	}

	for ei, e := range doc.Entities {
		d.Entities = append(d.Entities, entityRow{Index: ei, Text: e.Text, Kind: string(e.Kind), Canonical: e.Canonical,
			Code: e.Code, Parent: e.Parent, Title: e.Title, Where: where(e), Candidates: candidates(e), Ambiguous: e.Ambiguous})
	}
	for ai, a := range doc.Articles {
		out := article{Index: ai, Dateline: a.Dateline, Date: a.Date,
			Reporters: strings.Join(a.Reporters, "、"), Correspondents: strings.Join(a.Correspondents, "、"),
			Interns: strings.Join(a.Interns, "、"), P: strings.Join(a.Photographers, "、")}
		out.Title = textMarks(a.Title, doc, ai, civicnews.InTitle, -1)
		out.Kicker = textMarks(a.Kicker, doc, ai, civicnews.InKicker, -1)
		out.Subtitle = textMarks(a.Subtitle, doc, ai, civicnews.InSubtitle, -1)
		out.Source = textMarks(a.Source, doc, ai, "", -1) // not read for entities
		for pi, p := range a.Paragraphs {
			out.Paragraphs = append(out.Paragraphs, para{p.Heading, textMarks(p.Text, doc, ai, civicnews.InParagraph, pi)})
		}
		d.Articles = append(d.Articles, out)
	}
	return d
}

// claim gives role r to the header bytes of article ai whose non-space
// characters spell text (compared after NFKC, so repaired widths match).
func claim(src *source, role []uint8, art []int32, ai int32, text string, r uint8) {
	want := fold(text)
	if len(want) == 0 {
		return
	}
	var at []int // the character of each header rune
	var rs []rune
	for k, c := range src.chars {
		i := c.start
		if art[i] == ai && role[i] == roleHeader && !isSpace(c.r) {
			for _, f := range fold(c.r) {
				at = append(at, k)
				rs = append(rs, f)
			}
		}
	}
outer:
	for k := 0; k+len(want) <= len(rs); k++ {
		for j := range want {
			if rs[k+j] != want[j] {
				continue outer
			}
		}
		for j := range want {
			c := src.chars[at[k+j]]
			for b := c.start; b < c.end; b++ {
				role[b] = r
			}
		}
		return
	}
}

func isSpace(s string) bool {
	for _, c := range s {
		if !unicode.IsSpace(c) {
			return false
		}
	}
	return true
}

func fold(s string) []rune {
	var out []rune
	for _, c := range norm.NFKC.String(s) {
		if !unicode.IsSpace(c) {
			out = append(out, c)
		}
	}
	return out
}

type mark struct {
	start, end, index int
	repair            bool
}

// segments cuts the source where the role, boilerplate piece, article or
// set of marks changes, and at line ends.
func segments(src *source, role []uint8, bp, art []int32, marks []mark, doc *civicnews.Document) []seg {
	n := len(src.raw)
	cuts := map[int]bool{0: true, n: true}
	var points []mark
	for _, m := range marks {
		s, e := src.clamp(m.start), src.clamp(m.end)
		if s >= e {
			if m.repair {
				points = append(points, mark{s, s, m.index, true})
			}
			continue
		}
		cuts[s], cuts[e] = true, true
	}
	for k := 1; k < len(src.chars); k++ {
		i := src.chars[k].start
		if role[i] != role[i-1] || bp[i] != bp[i-1] || art[i] != art[i-1] || src.chars[k-1].r == "\n" {
			cuts[i] = true
		}
	}
	for _, p := range points {
		cuts[p.start] = true
	}
	at := make([]int, 0, len(cuts))
	for c := range cuts {
		at = append(at, c)
	}
	sort.Ints(at)
	sort.Slice(points, func(i, j int) bool { return points[i].start < points[j].start })
	var out []seg
	for k := 0; k+1 < len(at) || (k < len(at) && len(points) > 0); k++ {
		lo := at[k]
		for len(points) > 0 && points[0].start == lo {
			p := points[0]
			points = points[1:]
			r := doc.Repairs[p.index]
			out = append(out, seg{Role: "point", Point: true, BP: -1, Art: -1, Reps: strconv.Itoa(p.index), Title: repairTitle(r)})
		}
		if k+1 >= len(at) {
			break
		}
		hi := at[k+1]
		var ents, reps []string
		var titles []string
		for _, m := range marks {
			if m.start <= lo && hi <= m.end && m.start < m.end {
				if m.repair {
					reps = append(reps, strconv.Itoa(m.index))
					titles = append(titles, repairTitle(doc.Repairs[m.index]))
				} else {
					ents = append(ents, strconv.Itoa(m.index))
					titles = append(titles, entityTitle(doc.Entities[m.index]))
				}
			}
		}
		s := seg{Text: src.text(lo, hi), Role: roleNames[role[lo]], BP: int(bp[lo]), Art: int(art[lo]),
			Ents: strings.Join(dedup(ents), " "), Reps: strings.Join(dedup(reps), " ")}
		if s.BP >= 0 {
			b := doc.Boilerplate[s.BP]
			s.Reason = b.Reason
			titles = append([]string{fmt.Sprintf("boilerplate #%d (%s)", s.BP, b.Reason)}, titles...)
		} else if s.Role != "none" {
			t := s.Role
			if s.Art >= 0 {
				t = fmt.Sprintf("%s of article #%d", s.Role, s.Art)
			}
			titles = append([]string{t}, titles...)
		} else {
			titles = append([]string{"not used (white space or dropped)"}, titles...)
		}
		s.Title = strings.Join(dedup(titles), "\n")
		out = append(out, s)
	}
	return out
}

func dedup(s []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// clampRune moves i into [0, len(src)] and back to a rune start.
func clampRune(src []byte, i int) int {
	i = max(0, min(i, len(src)))
	for i > 0 && i < len(src) && !utf8.RuneStart(src[i]) {
		i--
	}
	return i
}

// textMarks cuts a parsed text (a paragraph, title…) of article ai at the
// entities found in it: those whose location is in (and, in a paragraph,
// whose paragraph is pi).
func textMarks(text string, doc *civicnews.Document, ai int, in civicnews.Location, pi int) []seg {
	if text == "" {
		return nil
	}
	b := []byte(text)
	cuts := map[int]bool{0: true, len(b): true}
	var ms []mark
	for ei, e := range doc.Entities {
		if e.Article == ai && e.In == in && (in != civicnews.InParagraph || e.Paragraph == pi) {
			s, en := clampRune(b, e.Start), clampRune(b, e.End)
			if s < en {
				ms = append(ms, mark{s, en, ei, false})
				cuts[s], cuts[en] = true, true
			}
		}
	}
	at := make([]int, 0, len(cuts))
	for c := range cuts {
		at = append(at, c)
	}
	sort.Ints(at)
	var out []seg
	for k := 0; k+1 < len(at); k++ {
		lo, hi := at[k], at[k+1]
		var ents, titles []string
		for _, m := range ms {
			if m.start <= lo && hi <= m.end {
				ents = append(ents, strconv.Itoa(m.index))
				titles = append(titles, entityTitle(doc.Entities[m.index]))
			}
		}
		out = append(out, seg{Text: text[lo:hi], BP: -1, Art: ai, Ents: strings.Join(ents, " "), Title: strings.Join(titles, "\n")})
	}
	return out
}

func entityTitle(e civicnews.Entity) string {
	var b strings.Builder
	fmt.Fprintf(&b, "entity: %s «%s»", e.Kind, e.Text)
	for _, kv := range [][2]string{{"canonical", e.Canonical}, {"code", e.Code}, {"parent", e.Parent}, {"title", e.Title}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, "\n%s: %s", kv[0], kv[1])
		}
	}
	if c := candidates(e); c != "" {
		fmt.Fprintf(&b, "\nambiguous, candidates: %s", c)
	}
	return b.String()
}

func candidates(e civicnews.Entity) string {
	var cs []string
	for _, c := range e.Candidates {
		s := c.Canonical
		if c.Code != "" {
			s += " " + c.Code
		}
		if c.Parent != "" {
			s += " (" + c.Parent + ")"
		}
		cs = append(cs, s)
	}
	return strings.Join(cs, "; ")
}

func repairTitle(r civicnews.Repair) string {
	return fmt.Sprintf("repair: %s\nbefore: «%s»\nafter: «%s»\n%s", r.Kind, r.Before, r.After, r.Reason)
}

func where(e civicnews.Entity) string {
	if e.In == civicnews.InParagraph {
		return fmt.Sprintf("article %d, paragraph %d", e.Article, e.Paragraph)
	}
	return fmt.Sprintf("article %d, %s", e.Article, e.In)
}

//go:embed page.js
var script string

//go:embed page.css
var style string

// nonce is not secret: it is the script's hash, which the page's
// Content-Security-Policy names as the only script allowed to run.
var nonce = func() string {
	h := sha256.Sum256([]byte(script))
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}()

//go:embed page.html
var pageHTML string

var page = template.Must(template.New("page").Funcs(template.FuncMap{
	"css":    func() template.CSS { return template.CSS(style) },
	"roles":  func() []string { return roleNames[1:] },
	"script": func() template.JS { return template.JS(script) },
	"csp": func() string {
		return "default-src 'none'; style-src 'unsafe-inline'; script-src '" + nonce + "'; img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'"
	},
}).Parse(pageHTML))

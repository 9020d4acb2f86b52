package ocrbench

import (
	"strings"
	"unicode"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/internal/cjk"
	"github.com/civicnews/civicnews/internal/hanzi"
)

// Tolerance is the largest edit distance, as a share of the truth's
// length, at which two normalised texts still count as the same.
const Tolerance = 0.08

// Result is what a parser made of one page's OCR text.
type Result struct {
	Articles []OutArticle
}

// OutArticle is one article found.
type OutArticle struct {
	Title          string // kicker, title and subtitle
	Reporters      []string
	Correspondents []string
	Dateline       string
	Paragraphs     []string // body paragraphs (in-article headings left out)
	Headings       []string // in-article headings
}

// FromDocument turns a parsed document into a Result.
func FromDocument(d *civicnews.Document) Result {
	var r Result
	for _, a := range d.Articles {
		o := OutArticle{Title: strings.TrimSpace(a.Kicker + " " + a.Title + " " + a.Subtitle), Dateline: a.Dateline}
		o.Reporters = append(append(o.Reporters, a.Reporters...), a.Photographers...)
		o.Reporters = append(o.Reporters, a.Interns...)
		o.Correspondents = a.Correspondents
		for _, p := range a.Paragraphs {
			if p.Heading {
				o.Headings = append(o.Headings, p.Text)
			} else {
				o.Paragraphs = append(o.Paragraphs, p.Text)
			}
		}
		r.Articles = append(r.Articles, o)
	}
	return r
}

// Baseline is the trivial reading of OCR text: every block between blank
// lines is a paragraph (its lines joined), all of them in one article.
func Baseline(text string) Result {
	var a OutArticle
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			a.Paragraphs = append(a.Paragraphs, strings.Join(cur, ""))
			cur = nil
		}
	}
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			flush()
			continue
		}
		cur = append(cur, l)
	}
	flush()
	if len(a.Paragraphs) == 0 {
		return Result{}
	}
	return Result{Articles: []OutArticle{a}}
}

// Normalize keeps the Chinese characters, letters and digits of s (letters
// and digits narrowed), dropping spaces and punctuation. Chinese
// characters are compared in their simplified form: chi_sim reads a page
// set in traditional characters largely as simplified ones, and a reading
// is not wrong for that.
func Normalize(s string) []rune {
	out := make([]rune, 0, len(s)/3)
	for _, r := range s {
		if r >= 0xFF10 && r <= 0xFF5A { // full-width digits and letters
			r -= 0xFEE0
		}
		if cjk.IsHan(r) {
			out = append(out, hanzi.Simplify(r))
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, r)
		}
	}
	return out
}

// Distance is the edit distance between a and b, or a value above limit
// as soon as it is certain to exceed it.
func Distance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
			best = min(best, c)
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Same reports whether the normalised texts a (the truth) and b are the
// same within [Tolerance].
func Same(a, b []rune) bool {
	limit := max(1, int(float64(len(a))*Tolerance))
	return Distance(a, b, limit) <= limit
}

// Contains reports whether b holds a within [Tolerance] (an approximate
// substring match).
func Contains(b, a []rune) bool {
	if len(a) == 0 {
		return true
	}
	limit := int(float64(len(a)) * Tolerance)
	if limit == 0 {
		return strings.Contains(string(b), string(a))
	}
	return alignCost(b, a) <= limit
}

// Counts are the figures for one page (or the sum over several).
type Counts struct {
	Pages                  int
	Paras, ParasOK         int // body paragraphs, recovered whole
	Cross, CrossOK         int // paragraphs that run on into the next column, recovered whole
	Captions, CaptionsOK   int // captions, lifted with the interrupted paragraph whole
	Reporters, ReportersOK int // names in bylines, found in the article's byline
	Datelines, DatelinesOK int // datelines, found as the article's dateline
	Furniture, FurnitureOK int // furniture, kept out of every article
	Articles, ArticlesOK   int // articles, found whole and not split
	Titles, TitlesOK       int // headlines, found in the title of the article found for them
	Found, FoundOK         int // articles made, that match a printed one
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.Pages += o.Pages
	c.Paras += o.Paras
	c.ParasOK += o.ParasOK
	c.Cross += o.Cross
	c.CrossOK += o.CrossOK
	c.Captions += o.Captions
	c.CaptionsOK += o.CaptionsOK
	c.Reporters += o.Reporters
	c.ReportersOK += o.ReportersOK
	c.Datelines += o.Datelines
	c.DatelinesOK += o.DatelinesOK
	c.Furniture += o.Furniture
	c.FurnitureOK += o.FurnitureOK
	c.Articles += o.Articles
	c.ArticlesOK += o.ArticlesOK
	c.Titles += o.Titles
	c.TitlesOK += o.TitlesOK
	c.Found += o.Found
	c.FoundOK += o.FoundOK
}

// Figure is one named ratio of Counts.
type Figure struct {
	Name   string
	OK, Of int
}

// Ratio returns OK/Of, or 1 when there was nothing to find.
func (f Figure) Ratio() float64 {
	if f.Of == 0 {
		return 1
	}
	return float64(f.OK) / float64(f.Of)
}

// Figures lists the ratios in a fixed order.
func (c Counts) Figures() []Figure {
	return []Figure{
		{"paragraphs", c.ParasOK, c.Paras},
		{"across-columns", c.CrossOK, c.Cross},
		{"captions", c.CaptionsOK, c.Captions},
		{"reporters", c.ReportersOK, c.Reporters},
		{"datelines", c.DatelinesOK, c.Datelines},
		{"furniture-out", c.FurnitureOK, c.Furniture},
		{"articles-recall", c.ArticlesOK, c.Articles},
		{"articles-precision", c.FoundOK, c.Found},
		{"titles", c.TitlesOK, c.Titles},
	}
}

// Score compares r with the truth of page p.
func Score(p *Page, r Result) Counts {
	c := Counts{Pages: 1}
	// the output's text units
	type unit struct {
		art  int
		text []rune
	}
	var paras []unit
	var all []unit // titles, headings and paragraphs
	for k, a := range r.Articles {
		all = append(all, unit{k, Normalize(a.Title)})
		for _, h := range a.Headings {
			all = append(all, unit{k, Normalize(h)})
		}
		for _, t := range a.Paragraphs {
			u := unit{k, Normalize(t)}
			paras = append(paras, u)
			all = append(all, u)
		}
	}
	recovered := func(tp *Paragraph) bool {
		want := Normalize(tp.Text)
		with := Normalize(tp.Prefix + tp.Text)
		for _, u := range paras {
			if Same(want, u.text) || tp.Prefix != "" && Same(with, u.text) {
				return true
			}
		}
		return false
	}
	// the printed text, to tell furniture words that also stand in it
	var printed [][]rune
	for i := range p.Articles {
		a := &p.Articles[i]
		printed = append(printed, Normalize(a.Kicker+a.Title+a.Subtitle))
		for _, tp := range a.Paragraphs {
			printed = append(printed, Normalize(tp.Prefix+tp.Text))
		}
	}
	for i := range p.Articles {
		for j := range p.Articles[i].Paragraphs {
			tp := &p.Articles[i].Paragraphs[j]
			ok := recovered(tp)
			c.Paras++
			if ok {
				c.ParasOK++
			}
			if tp.Crosses() {
				c.Cross++
				if ok {
					c.CrossOK++
				}
			}
		}
	}
	for _, cp := range p.Captions {
		c.Captions++
		tp := &p.Articles[cp.Article].Paragraphs[cp.Paragraph]
		if !recovered(tp) {
			continue
		}
		capt := Normalize(cp.Text)
		inside := false
		for _, u := range paras {
			if len(u.text) > len(capt)*13/10 && Contains(u.text, capt) {
				inside = true
				break
			}
		}
		if !inside {
			c.CaptionsOK++
		}
	}
	for _, f := range p.Furniture {
		ft := Normalize(f.Text)
		if len(ft) == 0 {
			continue
		}
		skip := false
		for _, t := range printed {
			if strings.Contains(string(t), string(ft)) {
				skip = true
			}
		}
		if skip {
			continue
		}
		c.Furniture++
		in := false
		for _, u := range all {
			if len(ft) <= 3 {
				s := string(u.text)
				in = in || s == string(ft) || strings.HasPrefix(s, string(ft)) || strings.HasSuffix(s, string(ft))
			} else {
				in = in || Contains(u.text, ft)
			}
		}
		if !in {
			c.FurnitureOK++
		}
	}
	// articles: each output article goes to the printed one it shares
	// most character pairs with; a printed article is found when the
	// output article that covers most of it covers at least 70% and
	// holds little else
	truthBigrams := make([]map[string]bool, len(p.Articles))
	for i := range p.Articles {
		a := &p.Articles[i]
		var s []rune
		for _, tp := range a.Paragraphs {
			s = append(s, Normalize(tp.Text)...)
		}
		truthBigrams[i] = bigrams(s)
	}
	best := make([]int, len(p.Articles)) // the output article that covers most
	cover := make([]float64, len(p.Articles))
	for i := range best {
		best[i] = -1
	}
	owner := make([]int, len(r.Articles))
	purity := make([]float64, len(r.Articles))
	for k, a := range r.Articles {
		var s []rune
		for _, t := range a.Paragraphs {
			s = append(s, Normalize(t)...)
		}
		ob := bigrams(s)
		owner[k] = -1
		if len(a.Paragraphs) == 0 && Normalize(a.Title) == nil {
			continue
		}
		c.Found++
		bestShare := 0
		for i, tb := range truthBigrams {
			share := 0
			for g := range ob {
				if tb[g] {
					share++
				}
			}
			if share > bestShare {
				bestShare, owner[k] = share, i
			}
			if len(tb) > 0 {
				if cv := float64(share) / float64(len(tb)); cv > cover[i] {
					cover[i], best[i] = cv, k
				}
			}
		}
		if len(ob) > 0 {
			purity[k] = float64(bestShare) / float64(len(ob))
		}
	}
	for i := range p.Articles {
		c.Articles++
		k := best[i]
		if k >= 0 && owner[k] == i && cover[i] >= 0.7 && purity[k] >= 0.7 {
			c.ArticlesOK++
			c.FoundOK++
		}
		a := &p.Articles[i]
		if tt := Normalize(a.Title); len(tt) > 0 {
			c.Titles++
			if k >= 0 && Contains(Normalize(r.Articles[k].Title), tt) {
				c.TitlesOK++
			}
		}
		var names, got []string
		names = append(append(names, a.Reporters...), a.Correspondents...)
		if k >= 0 {
			got = append(append(got, r.Articles[k].Reporters...), r.Articles[k].Correspondents...)
		}
		for _, n := range names {
			c.Reporters++
			for _, g := range got {
				if string(Normalize(g)) == string(Normalize(n)) {
					c.ReportersOK++
					break
				}
			}
		}
		if a.Dateline != "" {
			c.Datelines++
			if k >= 0 && strings.Contains(string(Normalize(r.Articles[k].Dateline)), string(Normalize(a.Dateline))) {
				c.DatelinesOK++
			}
		}
	}
	return c
}

func bigrams(s []rune) map[string]bool {
	m := make(map[string]bool, len(s))
	for i := 0; i+1 < len(s); i++ {
		m[string(s[i:i+2])] = true
	}
	return m
}

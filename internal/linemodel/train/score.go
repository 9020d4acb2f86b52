package train

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/parse"
)

// Metrics are the structure figures of the project's scorer, in its
// order.
var Metrics = []string{"articles.recall", "articles.precision", "body.first", "body.last",
	"byline.reporters", "byline.correspondents", "dateline", "boilerplate"}

// Tally counts the facts checked and those that hold, per metric.
type Tally struct {
	Got, Of map[string]int
	Misses  []string
}

// NewTally returns an empty tally.
func NewTally() *Tally { return &Tally{Got: map[string]int{}, Of: map[string]int{}} }

func (t *Tally) add(key string, ok bool, what string) {
	t.Of[key]++
	if ok {
		t.Got[key]++
	} else if what != "" {
		t.Misses = append(t.Misses, key+": "+what)
	}
}

// Add adds the counts of another tally.
func (t *Tally) Add(o *Tally) {
	for k, v := range o.Of {
		t.Of[k] += v
	}
	for k, v := range o.Got {
		t.Got[k] += v
	}
	t.Misses = append(t.Misses, o.Misses...)
}

// Rate returns the share of a metric's facts that hold, or -1 when there
// are none.
func (t *Tally) Rate(key string) float64 {
	if t.Of[key] == 0 {
		return -1
	}
	return float64(t.Got[key]) / float64(t.Of[key])
}

// Score checks a parsed page against its truth as the project's scorer
// (tools/score.py) does for the structure metrics: articles matched by
// their whole headline, then their bylines, dateline and body ends; the
// truth's boilerplate lines found in the boilerplate and in no article.
func Score(t *Truth, d *parse.Document, tally *Tally) {
	type art struct {
		head  string
		a     *parse.Article
		paras []string
	}
	var parts []art
	var allParas []string
	for i := range d.Articles {
		a := &d.Articles[i]
		x := art{head: Norm(a.Kicker + a.Title + a.Subtitle), a: a}
		for _, p := range a.Paragraphs {
			allParas = append(allParas, Norm(p.Text))
			if !p.Heading {
				x.paras = append(x.paras, Norm(p.Text))
			}
		}
		parts = append(parts, x)
	}
	used := map[int]bool{}
	for i, ta := range t.Articles {
		h := Norm(strings.Join(ta.Headline, ""))
		j := -1
		for k := range parts {
			if parts[k].head == h && !used[k] {
				j = k
				break
			}
		}
		tally.add("articles.recall", j >= 0, fmt.Sprintf("%s: no article titled %q", t.ID, strings.Join(ta.Headline, "")))
		if j < 0 {
			continue
		}
		used[j] = true
		pa := parts[j].a
		reps := pa.Credited()
		tally.add("byline.reporters", sameNames(reps, ta.Reporters), fmt.Sprintf("%s#%d: reporters want %v got %v", t.ID, i, ta.Reporters, reps))
		tally.add("byline.correspondents", sameNames(pa.Correspondents, ta.Correspondents), fmt.Sprintf("%s#%d: correspondents want %v got %v", t.ID, i, ta.Correspondents, pa.Correspondents))
		tally.add("dateline", Norm(pa.Dateline) == Norm(ta.Dateline), fmt.Sprintf("%s#%d: dateline want %q got %q", t.ID, i, ta.Dateline, pa.Dateline))
		body := parts[j].paras
		stretch := strings.Contains(ta.Note, "stretch")
		if ta.BodyFirst != "" && !(stretch && strings.Contains(ta.Note, "body_first is a stretch")) {
			ok := len(body) > 0 && strings.HasPrefix(body[0], Norm(ta.BodyFirst))
			got := ""
			if len(body) > 0 {
				got = firstRunes(body[0], 16)
			}
			tally.add("body.first", ok, fmt.Sprintf("%s#%d: body starts %q, want %q", t.ID, i, got, ta.BodyFirst))
		}
		if ta.BodyLast != nil && *ta.BodyLast != "" && !(stretch && strings.Contains(ta.Note, "body_last is a stretch")) {
			ok := len(body) > 0 && strings.HasSuffix(body[len(body)-1], Norm(*ta.BodyLast))
			got := ""
			if len(body) > 0 {
				got = lastRunes(body[len(body)-1], 16)
			}
			tally.add("body.last", ok, fmt.Sprintf("%s#%d: body ends %q, want %q", t.ID, i, got, *ta.BodyLast))
		}
	}
	heads := make([]string, len(parts))
	for j := range parts {
		heads[j] = parts[j].head
		tally.add("articles.precision", used[j], fmt.Sprintf("%s: extra article %q", t.ID, firstRunes(parts[j].head, 30)))
	}
	var bp []string
	for _, b := range d.Boilerplate {
		bp = append(bp, Norm(b.Text))
	}
	inside := func(s string, list []string) bool {
		for _, x := range list {
			if strings.Contains(x, s) {
				return true
			}
		}
		return false
	}
	for _, line := range append(append([]string{}, t.Boilerplate...), t.Captions...) {
		n := Norm(line)
		var left bool
		if utf8.RuneCountInString(n) < 8 {
			for _, x := range append(append([]string{}, allParas...), heads...) {
				if x == n || strings.HasPrefix(x, n) {
					left = true
				}
			}
		} else {
			left = inside(n, allParas) || inside(n, heads)
		}
		tally.add("boilerplate", !left && inside(n, bp), fmt.Sprintf("%s: %q not reported as boilerplate, or left in an article", t.ID, firstRunes(line, 30)))
	}
}

func sameNames(got, want []string) bool {
	a := make([]string, len(got))
	for i, s := range got {
		a[i] = Norm(s)
	}
	b := make([]string, len(want))
	for i, s := range want {
		b[i] = Norm(s)
	}
	sort.Strings(a)
	sort.Strings(b)
	return strings.Join(a, "\x00") == strings.Join(b, "\x00")
}

func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

func lastRunes(s string, n int) string {
	i := len(s)
	for i > 0 && n > 0 {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		n--
	}
	return s[i:]
}

package testutil

import (
	"fmt"
	"sort"
	"strings"
)

// Pred is a document in the contract's JSON shape, decoded generically.
type Pred = map[string]any

// Misses checks a predicted document against a page's truth the way the
// project's scorer does, and returns one line for every core fact that does
// not hold (stretch facts, marked so in the truth's notes, are left out).
func Misses(t Truth, p Pred) []string {
	out, _ := Check(t, p)
	return out
}

// Check is [Misses] that also returns the number of core facts checked.
func Check(t Truth, p Pred) (out []string, facts int) {
	// every fact is checked by an if whose body calls miss: fact counts
	// the checks, miss the failures
	fact := func() bool { facts++; return true }
	miss := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	arts, _ := p["articles"].([]any)
	type art struct {
		head  string
		m     map[string]any
		paras []map[string]any
	}
	var parts []art
	var allParas, rawParas []string
	for _, x := range arts {
		m := x.(map[string]any)
		a := art{m: m, head: Key(str(m["kicker"]) + str(m["title"]) + str(m["subtitle"]))}
		ps, _ := m["paragraphs"].([]any)
		for _, y := range ps {
			pm := y.(map[string]any)
			a.paras = append(a.paras, pm)
			allParas = append(allParas, Key(str(pm["text"])))
			rawParas = append(rawParas, str(pm["text"]))
		}
		for _, k := range []string{"kicker", "title", "subtitle"} {
			rawParas = append(rawParas, str(m[k]))
		}
		parts = append(parts, a)
	}
	// masthead
	pm, _ := p["masthead"].(map[string]any)
	if fact() && (t.Masthead == nil) != (pm == nil) {
		miss("masthead present: want %v got %v", t.Masthead != nil, pm != nil)
	}
	for k, v := range t.Masthead {
		if v == nil || v == "" || v == float64(0) {
			continue
		}
		got := pm[k]
		if fact() && (got == nil || got == "" || Key(fmt.Sprint(got)) != Key(fmt.Sprint(v))) {
			miss("masthead.%s: want %v got %v", k, v, got)
		}
	}
	used := map[int]bool{}
	for i, ta := range t.Articles {
		h := Key(strings.Join(ta.Headline, ""))
		j := -1
		for k, a := range parts {
			if a.head == h && !used[k] {
				j = k
				break
			}
		}
		if fact() && j < 0 {
			miss("no article titled %q", strings.Join(ta.Headline, " "))
			continue
		}
		used[j] = true
		a := parts[j]
		if fact() && !sameNames(a.m["reporters"], ta.Reporters) {
			miss("#%d reporters: want %v got %v", i, ta.Reporters, a.m["reporters"])
		}
		if fact() && !sameNames(a.m["correspondents"], ta.Correspondents) {
			miss("#%d correspondents: want %v got %v", i, ta.Correspondents, a.m["correspondents"])
		}
		for _, f := range [][3]string{{"dateline", ta.Dateline, str(a.m["dateline"])}, {"source", ta.Source, str(a.m["source"])}} {
			if fact() && Key(f[1]) != Key(f[2]) {
				miss("#%d %s: want %q got %q", i, f[0], f[1], f[2])
			}
		}
		if ta.Date != "" && fact() && str(a.m["date"]) != ta.Date {
			miss("#%d date: want %s got %q", i, ta.Date, str(a.m["date"]))
		}
		var body []string
		var heads []string
		for _, par := range a.paras {
			if b, _ := par["heading"].(bool); b {
				heads = append(heads, Key(str(par["text"])))
			} else {
				body = append(body, Key(str(par["text"])))
			}
		}
		stretch := func(what string) bool { return strings.Contains(ta.Note, what+" is a stretch") }
		if ta.BodyFirst != "" && !stretch("body_first") && fact() && (len(body) == 0 || !strings.HasPrefix(body[0], Key(ta.BodyFirst))) {
			miss("#%d body should start %q", i, ta.BodyFirst)
		}
		if ta.BodyLast != nil && *ta.BodyLast != "" && !stretch("body_last") && fact() && (len(body) == 0 || !strings.HasSuffix(body[len(body)-1], Key(*ta.BodyLast))) {
			miss("#%d body should end %q", i, *ta.BodyLast)
		}
		for _, hd := range ta.Headings {
			if fact() && !contains(heads, Key(hd)) {
				miss("#%d heading %q not marked", i, hd)
			}
		}
	}
	for k, a := range parts {
		if fact() && !used[k] {
			miss("extra article %q", a.head)
		}
	}
	inside := func(s string) bool {
		for _, x := range allParas {
			if strings.Contains(x, s) {
				return true
			}
		}
		return false
	}
	for _, j := range t.Joins {
		if fact() && !inside(Key(j[0]+j[1])) {
			miss("not joined %s|%s", j[0], j[1])
		}
	}
	for _, r := range t.Repairs {
		ok := false
		for _, x := range rawParas {
			if strings.Contains(x, r[1]) {
				ok = true
			}
		}
		for _, x := range rawParas {
			if strings.Contains(x, r[0]) {
				ok = false
			}
		}
		if fact() && !ok {
			miss("want %q instead of %q", r[1], r[0])
		}
	}
	var bp []string
	if list, _ := p["boilerplate"].([]any); list != nil {
		for _, x := range list {
			bp = append(bp, Key(str(x.(map[string]any)["text"])))
		}
	}
	var heads []string
	for _, a := range parts {
		heads = append(heads, a.head)
	}
	for _, line := range append(append([]string{}, t.Boilerplate...), t.Captions...) {
		n := Key(line)
		var left bool
		if len([]rune(n)) < 8 {
			for _, x := range append(append([]string{}, allParas...), heads...) {
				if x == n || strings.HasPrefix(x, n) {
					left = true
				}
			}
		} else {
			left = inside(n)
			for _, h := range heads {
				if strings.Contains(h, n) {
					left = true
				}
			}
		}
		found := false
		for _, x := range bp {
			if strings.Contains(x, n) {
				found = true
			}
		}
		if fact() && (left || !found) {
			miss("%q not reported as boilerplate, or left in an article", line)
		}
	}
	return out, facts
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sameNames(got any, want []string) bool {
	var g []string
	if list, ok := got.([]any); ok {
		for _, x := range list {
			g = append(g, Key(str(x)))
		}
	}
	w := make([]string, len(want))
	for i, x := range want {
		w[i] = Key(x)
	}
	sort.Strings(g)
	sort.Strings(w)
	return strings.Join(g, "|") == strings.Join(w, "|")
}

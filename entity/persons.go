package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const titleBoundary = "，。；：！？（）()“”‘’《》【】「」『』,.;:!?\"\n\r\t 　"

// nameAt returns the end of a person's name starting at i, or -1.
func (r *Recognizer) nameAt(text string, i int) int {
	j := i
	ok := false
	for _, cs := range compoundSurnames {
		if strings.HasPrefix(text[i:], cs) {
			j, ok = i+len(cs), true
			break
		}
	}
	if !ok {
		c, sz := nextRune(text, i)
		if !r.surname[c] {
			return -1
		}
		j = i + sz
	}
	var ends []int
	k := j
	for n := 0; n < 2; n++ {
		c, sz := nextRune(text, k)
		if sz == 0 || !unicode.Is(unicode.Han, c) || isStopRune(c) || strings.ContainsRune(nonNameRunes, c) {
			break
		}
		k += sz
		ends = append(ends, k)
	}
	for n := len(ends) - 1; n >= 0; n-- {
		if followsName(text, ends[n]) {
			return ends[n]
		}
	}
	return -1
}

func followsName(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	c, _ := nextRune(text, e)
	if strings.ContainsRune(titleBoundary, c) || c == '、' || unicode.IsSpace(c) || strings.ContainsRune("把被将从向对在和与跟同给让", c) {
		return true
	}
	for _, w := range followWords {
		if strings.HasPrefix(text[e:], w) {
			return true
		}
	}
	return false
}

func endsWithTitle(s string) (string, bool) {
	best := ""
	for _, t := range titleWords {
		if strings.HasSuffix(s, t) && len(t) > len(best) {
			best = t
		}
	}
	return best, best != ""
}

// segmentBefore returns the start of the clause that ends at i (after
// punctuation other than 、).
func segmentBefore(text string, i int) int {
	for n := 0; i > 0; n++ {
		if n == maxSegmentRunes {
			return i // no title is this long: stop looking (keeps run-on text linear)
		}
		c, sz := prevRune(text, i)
		if strings.ContainsRune(titleBoundary, c) || c == '、' {
			return i
		}
		i -= sz
	}
	return 0
}

// maxSegmentRunes bounds how far back segmentBefore looks.
const maxSegmentRunes = 48

// titleBefore returns the office title that ends at the name start ns.
func (r *Recognizer) titleBefore(text string, ns int) string {
	st := segmentBefore(text, ns)
	seg := text[st:ns]
	if _, ok := endsWithTitle(seg); !ok {
		return ""
	}
	// cut a lead-in (会上, 邀请, dates)
	cut := 0
	for _, w := range cutWords {
		if k := strings.LastIndex(seg, w); k >= 0 && k+len(w) > cut && k+len(w) < len(seg) {
			cut = k + len(w)
		}
	}
	if k := strings.LastIndex(seg, "日"); k >= 0 && k+len("日") > cut && k+len("日") < len(seg) {
		if c, _ := prevRune(seg, k); c >= '0' && c <= '9' || strings.ContainsRune("一二三四五六七八九十", c) {
			cut = k + len("日")
		}
	}
	seg = seg[cut:]
	st += cut
	// earlier titles joined by 、 (区委副书记、区长)
	for st > 0 {
		c, sz := prevRune(text, st)
		if c != '、' {
			break
		}
		ps := segmentBefore(text, st-sz)
		prev := text[ps : st-sz]
		_, isTitle := endsWithTitle(prev)
		last, _ := prevRune(prev, len(prev))
		isBody := strings.ContainsRune("办委局部会组团院所处队", last)
		if (!isTitle && !isBody) || utf8.RuneCountInString(prev) > 16 || prev == "" {
			break
		}
		if isTitle {
			// the previous segment must not end with a person's name
			if t, _ := endsWithTitle(prev); t == "" {
				break
			}
		}
		st = ps
		seg = text[st:ns]
	}
	if utf8.RuneCountInString(seg) > 30 {
		t, _ := endsWithTitle(seg)
		return t
	}
	return seg
}

// persons finds persons introduced by a title (区委书记曹立强) or followed by
// a top office (习近平总书记).
func (r *Recognizer) persons(text string, spans []span, occs []occ) []span {
	var out []span
	seen := map[int]bool{}
	for _, o := range occsOf(occs, titleSet) {
		{
			ns := o.at + len(o.pat)
			if seen[ns] {
				continue
			}
			e := r.nameAt(text, ns)
			if e < 0 {
				continue
			}
			name := text[ns:e]
			if _, bad := endsWithTitle(name); bad || bodies[name].kind != "" {
				continue
			}
			if overlapsPlace(spans, ns, e) {
				continue
			}
			seen[ns] = true
			title := r.titleBefore(text, ns)
			out = append(out, span{start: ns, end: e, typ: sPerson, kind: KindPerson, title: title})
			// names listed after the same title (区领导王敏、赵立明)
			for strings.HasPrefix(text[e:], "、") {
				ns2 := e + len("、")
				e2 := r.nameAt(text, ns2)
				if e2 < 0 || seen[ns2] || overlapsPlace(spans, ns2, e2) {
					break
				}
				if _, bad := endsWithTitle(text[ns2:e2]); bad || bodies[text[ns2:e2]].kind != "" || r.lex.words[text[ns2:e2]] != 0 {
					break
				}
				// the next name must not carry its own title
				if _, ok := r.titles.longest(text, ns2); ok != 0 {
					break
				}
				seen[ns2] = true
				out = append(out, span{start: ns2, end: e2, typ: sPerson, kind: KindPerson, title: title})
				e = e2
			}
		}
	}
	for _, o := range occsOf(occs, descSet) {
		ns := o.at + len(o.pat)
		if seen[ns] {
			continue
		}
		e := r.nameAt(text, ns)
		if e < 0 || overlapsPlace(spans, ns, e) {
			continue
		}
		if _, bad := endsWithTitle(text[ns:e]); bad {
			continue
		}
		// without an office, ask for a full three-rune name or a clear end
		if utf8.RuneCountInString(text[ns:e]) < 3 && !hasPrefixAny(text[e:], "说", "表示", "告诉", "介绍", "笑着") {
			continue
		}
		seen[ns] = true
		out = append(out, span{start: ns, end: e, typ: sPerson, kind: KindPerson})
	}
	// a full name opening a clause and followed by a verb of saying (王兆祥表示)
	for _, o := range occsOf(occs, saySet) {
		e := o.at
		for _, n := range []int{3, 4} {
			st := e
			ok := true
			for c := 0; c < n; c++ {
				r0, sz := prevRune(text, st)
				if sz == 0 || !unicode.Is(unicode.Han, r0) {
					ok = false
					break
				}
				st -= sz
			}
			if !ok || seen[st] {
				continue
			}
			if c, sz := prevRune(text, st); sz != 0 && !strings.ContainsRune(titleBoundary, c) && c != '、' && c != '的' {
				continue
			}
			if hasSuffixAny(text[st:e], "先生", "女士", "老师", "师傅", "阿姨", "大爷") || placeOverlap(spans, st, e) {
				continue
			}
			if r.nameAt(text, st) != e || overlapsPlace(spans, st, e) {
				continue
			}
			if n == 4 && !hasPrefixAny(text[st:], compoundSurnames...) {
				continue
			}
			seen[st] = true
			out = append(out, span{start: st, end: e, typ: sPerson, kind: KindPerson})
			break
		}
	}
	for _, o := range occsOf(occs, postSet) {
		{
			at, t := o.at, o.pat
			// a three-rune name before the title
			st := at
			for n := 0; n < 3; n++ {
				c, sz := prevRune(text, st)
				if sz == 0 || !unicode.Is(unicode.Han, c) {
					st = -1
					break
				}
				st -= sz
			}
			if st < 0 || seen[st] {
				continue
			}
			if c, _ := nextRune(text, st); !r.surname[c] {
				continue
			}
			if _, bad := endsWithTitle(text[st:at]); bad || overlapsPlace(spans, st, at) {
				continue
			}
			seen[st] = true
			if t == "同志" {
				t = ""
			}
			out = append(out, span{start: st, end: at, typ: sPerson, kind: KindPerson, title: t})
		}
	}
	return out
}

func overlapsPlace(spans []span, s, e int) bool {
	for _, sp := range spans {
		if sp.start < e && s < sp.end && sp.typ != sPlace {
			return true
		}
	}
	return false
}

func hasPrefixAny(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasSuffixAny(s string, xs ...string) bool {
	for _, x := range xs {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// placeOverlap reports whether a place span overlaps text[s:e].
func placeOverlap(spans []span, s, e int) bool {
	for _, sp := range spans {
		if sp.start < e && s < sp.end && sp.typ == sPlace {
			return true
		}
	}
	return false
}

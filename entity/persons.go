package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
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
	// a two-character word after the shorter name (刘佳陪同) shows where it ends
	for n := 0; n < len(ends)-1; n++ {
		if followsWord(text, ends[n]) {
			return ends[n]
		}
	}
	for n := len(ends) - 1; n >= 0; n-- {
		if followsName(text, ends[n]) {
			return ends[n]
		}
	}
	return -1
}

// followsWord reports whether a follow word of two characters or more
// starts at e.
func followsWord(text string, e int) bool {
	for _, w := range followWords {
		if len(w) > 3 && strings.HasPrefix(text[e:], w) {
			return true
		}
	}
	return false
}

func followsName(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	c, _ := nextRune(text, e)
	if strings.ContainsRune(titleBoundary, c) || strings.ContainsRune("、—…", c) || unicode.IsSpace(c) || strings.ContainsRune("把被将从向对在和与跟同给让", c) {
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
// spans are the mentions found in text, where a title's body or place
// may start.
func (r *Recognizer) titleBefore(text string, ns int, spans []span) string {
	st := segmentBefore(text, ns)
	if _, ok := endsWithTitle(text[st:ns]); !ok {
		return ""
	}
	st += leadIn(text, st, ns, spans)
	// earlier titles joined by 、 (区委副书记、区长), each without its lead-in
	for st > 0 {
		c, sz := prevRune(text, st)
		if c != '、' {
			break
		}
		ps := segmentBefore(text, st-sz)
		ps += leadIn(text, ps, st-sz, spans)
		prev := text[ps : st-sz]
		_, isTitle := endsWithTitle(prev)
		last, _ := prevRune(prev, len(prev))
		isBody := strings.ContainsRune("办委局部会组团院所处队", last)
		if (!isTitle && !isBody) || utf8.RuneCountInString(prev) > 16 || prev == "" {
			break
		}
		st = ps
	}
	seg := text[st:ns]
	if utf8.RuneCountInString(seg) > 30 {
		t, _ := endsWithTitle(seg)
		return t
	}
	return seg
}

// leadIn returns how many bytes at the start of the title segment
// text[st:end] lead into the title rather than belong to it: a lead-in
// (会上, 邀请, a date), a verb or conjunction before a title that starts
// with a unit or a mention (听取了镇党委副书记, 据X社区党委书记,
// 和长宁区委常委), the determiner 该.
func leadIn(text string, st, end int, spans []span) int {
	seg := text[st:end]
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
	mentionAt := func(i int) bool {
		for _, sp := range spans {
			if sp.start == i && sp.typ != sPerson {
				return true
			}
		}
		return false
	}
	for _, w := range []string{"和", "及", "与", "据", "以", "了", "在", "聆听", "听取", "审议", "……"} {
		if k := strings.LastIndex(seg, w); k >= 0 && k+len(w) > cut && k+len(w) < len(seg) {
			if after := seg[k+len(w):]; cjk.HasAnyPrefix(after, "区", "市", "县", "镇", "乡", "街道", "村", "社区", "省", "党", "中共", "第一", "大会") ||
				mentionAt(st+k+len(w)) || w == "……" || w == "聆听" || w == "听取" || w == "审议" || w == "了" {
				cut = k + len(w)
			}
		}
	}
	if t, ok := strings.CutPrefix(seg[cut:], "该"); ok && t != "" {
		cut += len("该") // the determiner is no part of the title
	}
	return cut
}

// persons finds persons introduced by a title (区委书记曹立强) or followed by
// a top office (习近平总书记).
func (r *Recognizer) persons(text string, spans []span, occs []occ) []span {
	var out []span
	seen := map[int]bool{}
	for _, o := range occsOf(occs, titleSet) {
		{
			ns := o.at + len(o.pat)
			te := ns
			// 镇长  龚悦琦, 村委会主任:王泽辉: spaces or a colon between
			if c, _ := nextRune(text, ns); c == ' ' || c == ':' || c == '：' || c == '\u3000' {
				k := ns
				for k < len(text) && k-ns < 6 {
					c, sz := nextRune(text, k)
					if c != ' ' && c != ':' && c != '：' && c != '\u3000' {
						break
					}
					k += sz
				}
				if k < len(text) && r.nameAt(text, k) > 0 && boundaryBefore(text, o.at) || k < len(text) && r.nameAt(text, k) > 0 && r.titleBefore(text, o.at+len(o.pat), spans) != "" {
					ns = k
				}
			}
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
			title := r.titleBefore(text, te, spans)
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
		// without an office, 全 and 年 after the surname make words (安全网, 老年)
		if _, sz := utf8.DecodeRuneInString(text[ns:e]); strings.ContainsAny(text[ns+sz:e], "全年") {
			continue
		}
		// without an office, ask for a full three-rune name or a clear end
		if utf8.RuneCountInString(text[ns:e]) < 3 && !cjk.HasAnyPrefix(text[e:], "说", "表示", "告诉", "介绍", "笑着") {
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
			if n == 4 && !cjk.HasAnyPrefix(text[st:], compoundSurnames...) {
				continue
			}
			seen[st] = true
			out = append(out, span{start: st, end: e, typ: sPerson, kind: KindPerson})
			break
		}
	}
	// a name before its post (王尧镇长带队, 章维副区长到): a full name at a
	// boundary, the post ending the clause or followed by what follows names
	for _, o := range occsOf(occs, titleSet) {
		if !postAfterName[o.pat] {
			continue
		}
		te := o.at + len(o.pat)
		if !followsName(text, te) {
			continue
		}
		at := o.at
		if strings.HasSuffix(text[:at], "副") {
			at -= len("副")
		}
		for _, n := range []int{3, 2} {
			st := at
			ok := true
			for c := 0; c < n; c++ {
				r0, sz := prevRune(text, st)
				if sz == 0 || !unicode.Is(unicode.Han, r0) {
					ok = false
					break
				}
				st -= sz
			}
			if !ok || seen[st] || !boundaryBefore(text, st) && !hasSuffixAny(text[:st], cutWords...) {
				continue
			}
			name := text[st:at]
			if r.nameAt(name+"，", 0) != len(name) || overlapsPlace(spans, st, at) || strongPlaceOverlap(spans, st, at) {
				continue
			}
			if last, _ := utf8.DecodeLastRuneInString(name); strings.ContainsRune("委部局办处科所队站院厅会组室区市县镇乡村社党团", last) {
				continue
			}
			seen[st] = true
			out = append(out, span{start: st, end: at, typ: sPerson, kind: KindPerson, title: text[at:te]})
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
			if t == "同志" && st >= 0 {
				// 选举X同志为X镇镇长: a two-rune name after an electing verb
				if c2, sz := nextRune(text, st); !r.surname[c2] && r.surname[rune0(text[st+sz:])] && hasSuffixAny(text[:st+sz], electVerbs...) {
					st += sz
				}
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
				// the post the person is elected or appointed to (同志为X镇镇长)
				if rest, ok := strings.CutPrefix(text[at+len("同志"):], "为"); ok {
					if e := titleEnd(rest); e > 0 {
						t = rest[:e]
					}
				}
			}
			out = append(out, span{start: st, end: at, typ: sPerson, kind: KindPerson, title: t})
		}
	}
	// names that take up or leave a post (接受王明、李红辞去副镇长职务)
	for _, v := range []string{"辞去", "担任"} {
		for off := 0; ; {
			k := strings.Index(text[off:], v)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(v)
			rest := text[off:]
			e := titleEnd(strings.TrimSuffix(cutAtWord(rest, "职务"), "的"))
			if e == 0 {
				continue
			}
			title := rest[:e]
			var found []span
			ne := at
			for {
				st := -1
				for _, n := range []int{3, 2} {
					s0 := ne
					for c := 0; c < n && s0 > 0; c++ {
						_, sz := prevRune(text, s0)
						s0 -= sz
					}
					if r.nameAt(text, s0) == ne && !seen[s0] && !overlapsPlace(spans, s0, ne) && !strongPlaceOverlap(spans, s0, ne) {
						st = s0
						break
					}
				}
				if st < 0 {
					break
				}
				found = append(found, span{start: st, end: ne, typ: sPerson, kind: KindPerson, title: title})
				if !strings.HasSuffix(text[:st], "、") {
					if !boundaryBefore(text, st) && !hasSuffixAny(text[:st], electVerbs...) {
						found = nil // the first name must open the clause or follow a verb of appointing
					}
					break
				}
				ne = st - len("、")
			}
			for _, f := range found {
				seen[f.start] = true
				out = append(out, f)
			}
		}
	}
	// a name opening a clause with its title in apposition (王明,原X居民区党总支书记,)
	for _, o := range occsOf(occs, titleSet) {
		te := o.at + len(o.pat)
		if c, _ := nextRune(text, te); !(te == len(text) || strings.ContainsRune("，,。；;\n", c)) {
			continue
		}
		title := r.titleBefore(text, te, spans)
		ts := te - len(title)
		if title == "" || !strings.HasSuffix(text[:ts], ",") && !strings.HasSuffix(text[:ts], "，") {
			continue
		}
		ne := ts - 1
		if strings.HasSuffix(text[:ts], "，") {
			ne = ts - len("，")
		}
		for _, n := range []int{3, 2} {
			st := ne
			for c := 0; c < n && st > 0; c++ {
				_, sz := prevRune(text, st)
				st -= sz
			}
			if seen[st] || !boundaryBefore(text, st) || r.nameAt(text, st) != ne || overlapsPlace(spans, st, ne) || placeOverlap(spans, st, ne) {
				continue
			}
			seen[st] = true
			out = append(out, span{start: st, end: ne, typ: sPerson, kind: KindPerson, title: title})
			break
		}
	}
	return out
}

// electVerbs come before a person elected or appointed (选举魏东同志为…).
var electVerbs = []string{"选举", "选举产生", "任命", "推选", "提名", "决定任命", "免去", "接受", "同意", "决定"}

func rune0(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

// cutAtWord returns s up to the first w, or s when there is none.
func cutAtWord(s, w string) string {
	if k := strings.Index(s, w); k >= 0 {
		return s[:k]
	}
	return s
}

// titleEnd returns the end of an office title that starts s and ends at a
// boundary (南湖镇人民政府镇长。), or 0.
func titleEnd(s string) int {
	e := strings.IndexAny(s, titleBoundary)
	if e < 0 {
		e = len(s)
	}
	if utf8.RuneCountInString(s[:e]) > 20 {
		return 0
	}
	if _, ok := endsWithTitle(s[:e]); !ok {
		return 0
	}
	return e
}

func overlapsPlace(spans []span, s, e int) bool {
	for _, sp := range spans {
		if sp.start < e && s < sp.end && sp.typ != sPlace {
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

// strongPlaceOverlap reports whether a place that is more than a short
// county name overlaps text[s:e], or a place runs past e (徐汇区长: the
// place eats the post).
func strongPlaceOverlap(spans []span, s, e int) bool {
	for _, sp := range spans {
		if sp.typ == sPlace && sp.start < e && s < sp.end && (strongPlace(sp) || sp.end > e) {
			return true
		}
	}
	return false
}

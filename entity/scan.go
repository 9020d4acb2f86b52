package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/civicnews/civicnews/entity/gazetteer"
	"github.com/civicnews/civicnews/internal/cjk"
)

type spanType uint8

const (
	sPlace spanType = iota
	sBody
	sSuffix // org, gov or party body named by a suffix, road, estate
	sPerson
	sConj // a conjunct whose head follows (淮海 in 淮海、东湖等居民区)
)

// span is an unresolved mention.
type span struct {
	start, end int
	typ        spanType
	kind       Kind
	word       string // body lexicon word (sBody) or the suffix (sSuffix)
	cands      []gazetteer.Candidate
	title      string
	nested     []span
}

func (s span) runes(text string) int { return utf8.RuneCountInString(text[s.start:s.end]) }

func prevRune(s string, i int) (rune, int) {
	if i <= 0 {
		return utf8.RuneError, 0
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

func nextRune(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

// scan finds the unresolved mentions of one text.
func (r *Recognizer) scan(text string) []span {
	var lex []span
	for i := 0; i < len(text); {
		n, f := r.lex.longest(text, i)
		if n == 0 {
			_, sz := utf8.DecodeRuneInString(text[i:])
			i += sz
			continue
		}
		w := text[i : i+n]
		if f&wStop != 0 {
			i += n
			continue
		}
		if f&wPlace != 0 {
			// a body word sharing the place's last rune (萧山区委, 江阴市委书记)
			if c, sz := prevRune(text, i+n); strings.ContainsRune("区市县镇省", c) {
				if bn, bf := r.lex.longest(text, i+n-sz); bf&wBody != 0 && bn > sz && bodies[text[i+n-sz:i+n-sz+bn]].scope != 'N' {
					place := span{start: i, end: i + n, typ: sPlace, cands: r.g.Lookup(w)}
					lex = append(lex, span{start: i, end: i + n - sz + bn, typ: sBody, word: text[i+n-sz : i+n-sz+bn], nested: []span{place}})
					i += n - sz + bn
					continue
				}
			}
			lex = append(lex, span{start: i, end: i + n, typ: sPlace, cands: r.g.Lookup(w)})
		} else if strings.HasSuffix(w, "部") && strings.HasPrefix(text[i+n:], "门") {
			// 住建部门: a department, not the ministry
			i += n
			continue
		} else if c, _ := prevRune(text, i); strings.ContainsAny(cjk.FirstRunes(w, 1), "区市县") && strings.ContainsRune(wordBefore, c) {
			// 地区政府, 社区委: the 区 belongs to the word before
			_, sz := utf8.DecodeRuneInString(text[i:])
			i += sz
			continue
		} else {
			lex = append(lex, span{start: i, end: i + n, typ: sBody, word: w})
		}
		i += n
	}
	// 中央 in a list of party bodies (中央、市委)
	for off := 0; ; {
		k := index(text[off:], "中央")
		if k < 0 {
			break
		}
		at := off + k
		off = at + len("中央")
		rest := text[off:]
		for _, sep := range []string{"、", "和", "及", "，", ","} {
			if r2 := strings.TrimPrefix(rest, sep); r2 != rest && (strings.HasPrefix(r2, "市委") || strings.HasPrefix(r2, "省委") || strings.HasPrefix(r2, "区委") || strings.HasPrefix(r2, "县委") || strings.HasPrefix(r2, "国务院")) {
				lex = append(lex, span{start: at, end: off, typ: sBody, word: "党中央"})
				sortSpans(lex, func(a, b span) bool { return a.start < b.start })
				break
			}
		}
	}
	// a place written just before a body word qualifies it (徐汇区人大常委会)
	var merged []span
	for i := len(lex) - 1; i >= 0; i-- {
		s := lex[i]
		if n := len(merged); s.typ == sPlace && n > 0 && merged[n-1].typ == sBody && merged[n-1].start == s.end && bodies[merged[n-1].word].scope != 'N' {
			b := &merged[n-1]
			b.nested = append([]span{s}, b.nested...)
			b.start = s.start
			continue
		}
		merged = append(merged, s)
	}
	for i, j := 0, len(merged)-1; i < j; i, j = i+1, j-1 {
		merged[i], merged[j] = merged[j], merged[i]
	}
	lex = merged
	// 中共 before a party body is part of its name (中共萧山区委)
	for k := range lex {
		if l := &lex[k]; l.typ == sBody && bodies[l.word].kind == KindParty && bodies[l.word].scope != 'N' && strings.HasSuffix(text[:l.start], "中共") {
			l.start -= len("中共")
		}
	}

	occs := allFinder.all(text)
	suf := r.suffixSpans(text, lex, occs)
	// accept suffix spans longest first
	sortSpans(suf, func(a, b span) bool { return a.runes(text) > b.runes(text) })
	var acc []span
outer:
	for _, s := range suf {
		for k := range acc {
			a := &acc[k]
			if s.start < a.end && a.start < s.end {
				if s.kind.Admin() && s.start >= a.start && s.end <= a.end && !(s.start == a.start && s.end == a.end) {
					a.nested = append(a.nested, s) // the committee in its party branch's name
				}
				continue outer
			}
		}
		for _, l := range lex {
			committee := s.kind.Admin() && (l.word == "居委会" || l.word == "村委会" || l.word == "居委")
			if l.typ == sBody && l.start == s.start && l.end == s.end && !committee {
				continue outer // the body word says it better
			}
			if l.typ == sBody && l.start <= s.start && s.end <= l.end && !committee {
				continue outer // a unit inside a body's name (灵隐街道 in 灵隐街道党工委): the body holds its places
			}
			if l.start < s.start && l.end > s.start && l.end < s.end {
				switch b := bodies[l.word]; {
				case l.typ == sBody && (s.kind == KindGov || s.kind == KindParty) && (b.kind == KindGov || b.kind == KindParty) && b.scope != '-':
					// a department of the body before it (杭州市人民政府 + 办公厅)
					s.start = l.start
					if b.kind == KindParty {
						s.kind = KindParty
					}
				case l.typ == sPlace && bareOnly(l):
					// a bare township name across the start of a road is no word there
				default:
					// partial overlap at the left: start after the lexicon word
					s.start = l.end
				}
			}
			if l.start >= s.start && l.start < s.end && l.end > s.end && (l.typ != sPlace || l.start == s.start || strongPlace(l)) {
				continue outer
			}
		}
		if nameRunes := s.runes(text) - utf8.RuneCountInString(s.word); nameRunes < 2 && s.kind != KindRoad &&
			!(nameRunes == 1 && s.word != "中心" && strings.ContainsAny(cjk.FirstRunes(text[s.start:s.end], 1), "区市县") && utf8.RuneCountInString(s.word) >= 2) {
			continue
		}
		acc = append(acc, s)
	}
	var out []span
	for _, l := range lex {
		inside := false
		for k := range acc {
			a := &acc[k]
			if l.start >= a.start && l.end <= a.end {
				inside = true
				a.nested = append(a.nested, l)
				break
			}
			if l.start < a.end && a.start < l.end {
				inside = true // partial overlap: the suffix span wins
				break
			}
		}
		if !inside {
			out = append(out, l)
		}
	}
	out = append(out, acc...)
	out = r.conjuncts(text, out)
	out = r.lists(text, out)
	out = append(out, r.persons(text, out, occs)...)
	sortSpans(out, func(a, b span) bool { return a.start < b.start })
	return out
}

// sortSpans sorts s stably by less (in O(n log n): a run-on text can hold
// a great many spans).
func sortSpans(s []span, less func(a, b span) bool) {
	slices.SortStableFunc(s, func(a, b span) int {
		switch {
		case less(a, b):
			return -1
		case less(b, a):
			return 1
		}
		return 0
	})
}

// leftStartOpt extends left from end over name runes, at most max runes,
// and returns the start. It stops at stop runes and after stop words; with
// jump it starts at the earliest place of lex inside the window, without it
// after a place written before the name.
func leftStartOpt(text string, end, max int, lex []span, jump bool) int {
	return leftStartAnd(text, end, max, lex, jump, false)
}

// leftStartAnd is leftStartOpt that, with and, lets 和 be part of a name.
func leftStartAnd(text string, end, max int, lex []span, jump, and bool) int {
	i, n := end, 0
	for i > 0 && n < max+2 {
		c, sz := prevRune(text, i)
		if c == '和' && and {
			// 和 inside a name (共和新路) but not between two names (人民路和淮海路)
			if b, _ := prevRune(text, i-sz); b != utf8.RuneError && !strings.ContainsRune("路街道弄巷区村苑里", b) && !isStopRune(b) {
				i -= sz
				n++
				continue
			}
		}
		if isStopRune(c) || unicode.IsSpace(c) {
			break
		}
		i -= sz
		n++
	}
	win := text[i:end]
	best := -1     // the end of the last stop word in the window
	var last []occ // the last occurrence of each stop word in the window
	leftStopFinder.find(win, func(k int, w string) {
		for j := range last {
			if last[j].pat == w {
				last[j].at = k
				return
			}
		}
		last = append(last, occ{k, w})
	})
	for _, o := range last {
		// a stop word right before the suffix is the name's own (建设路, 城乡建设局)
		if e := o.at + len(o.pat); e > best && e < len(win) {
			best = e
		}
	}
	if best > 0 {
		i += best
	}
	for utf8.RuneCountInString(text[i:end]) > max {
		_, sz := utf8.DecodeRuneInString(text[i:])
		i += sz
	}
	if jump {
		// never start inside a place
		for _, l := range lex {
			if l.typ == sPlace && l.start < i && i < l.end && l.end <= end {
				i = l.start
			}
		}
	} else {
		// roads, estates and villages start after a place written before them
		// (瓜沥镇梅林村) when enough of a name is left
		for _, l := range lex {
			if l.typ == sPlace && l.end > i && l.end < end && utf8.RuneCountInString(text[l.end:end]) >= 2 && (strongPlace(l) || endsWithUnit(text[l.start:l.end])) {
				i = l.end
			}
		}
	}
	if jump && !cjk.HasAnyPrefix(text[i:], "城管", "区", "市", "县", "省") {
		// start at a place when what comes before it is no name (深化徐家汇体育公园);
		// places written one after the other from the start are part of the name
		from := i
		for _, l := range lex {
			if l.typ != sPlace || l.start < from || l.start >= end {
				continue
			}
			if hasBadRune(text[from:l.start]) {
				return l.start
			}
			if l.start == from {
				from = l.end
			}
		}
	}
	return i
}

// leftStopFinder finds the leftStopWords in one pass.
var leftStopFinder = newMulti(leftStopWords)

// wordBefore holds runes that make a word with a following 区, 市 or 县
// (社区, 城市, 地区), so that the 区 does not start a name.
const wordBefore = "社城辖园小街景都超全本我该市郊矿老新特地山郡"

// afterBad moves st past the last rune of text[st:end] that cannot be part of a name.
func afterBad(text string, st, end int) int { return afterBadIn(badNameRuneSet, text, st, end) }

// roadBadRunes are the bad name runes that no road's name holds: 建设路
// and 建国路 are among the commonest road names.
var (
	roadBadRunes   = strings.NewReplacer("建", "", "设", "").Replace(badNameRunes)
	roadBadRuneSet = newRuneSet(roadBadRunes)
)

// afterBadIn is afterBad with the runes of bad.
func afterBadIn(bad *runeSet, text string, st, end int) int {
	best := st
	for i, c := range text[st:end] {
		if bad.has(c) {
			best = st + i + utf8.RuneLen(c)
		}
	}
	return best
}

// unitWords end the names of committees and subdistricts; a road's or
// estate's name starts after them (金桂公馆 in 和平社区金桂公馆).
var unitWords = []string{"社区", "居委会", "居委", "居民区", "街道", "村委会"}

// afterUnit moves st past the last unit word in text[st:end].
func afterUnit(text string, st, end int) int {
	best := st
	for _, w := range unitWords {
		if k := strings.LastIndex(text[st:end], w); k >= 0 && st+k+len(w) > best {
			best = st + k + len(w)
		}
	}
	return best
}

func hasBadRune(name string) bool { return hasBadRuneIn(badNameRuneSet, name) }

func hasBadRuneIn(bad *runeSet, name string) bool {
	for _, c := range name {
		if bad.has(c) {
			return true
		}
	}
	return false
}

func hasGenericHead(name string) bool {
	valid := utf8.ValidString(name) // else the loop the word set stands for
	if valid && genericHeadSet.headOf(name) {
		return true
	}
	for _, g := range genericHeads {
		if !valid && (name == g || strings.HasPrefix(name, g) && utf8.RuneCountInString(name) <= utf8.RuneCountInString(g)+1) {
			return true
		}
	}
	// a short name that starts with a digit is a count or a number (3号, 12幢)
	first, _ := utf8.DecodeRuneInString(name)
	return unicode.IsDigit(first) && utf8.RuneCountInString(name) <= 3
}

// startsWithPlace reports whether a place of lex starts at i, or the name
// starts with 区/市/县/城管.
func startsWithPlace(text string, i int, lex []span) bool {
	for _, l := range lex {
		if l.start == i && (l.typ == sPlace || l.typ == sBody) {
			return true
		}
	}
	for _, p := range []string{"区", "市", "县", "城管", "镇", "省", "国家", "中国"} {
		if strings.HasPrefix(text[i:], p) {
			// 区/市 must start a word: not after a rune that makes a word
			// with it (社区, 城市, 全区, 地区)
			if c, _ := prevRune(text, i); strings.ContainsRune(wordBefore, c) {
				return false
			}
			return true
		}
	}
	return false
}

// rune1 returns the last rune of s.
func rune1(s string) rune { r, _ := utf8.DecodeLastRuneInString(s); return r }

// houseNumber reports whether s starts with a house number (39号, 12弄).
func houseNumber(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && cjk.HasAnyPrefix(s[i:], "号", "弄", "巷")
}

// roadWords end in 路 but are words, not road names, wherever they occur.
var roadWords = []string{"顺路", "思路", "出路", "道路", "线路", "网路", "铁路", "马路", "电路", "套路", "门路", "退路", "弯路", "走路", "让路", "带路", "领路", "上路", "一路", "活路", "之路", "迷路", "跑路", "赶路", "修路", "引路", "指路", "心路", "进路", "回路"}

// roadBlack are words that are no road names on their own (新路, 大路) but
// end real ones (共和新路).
var roadBlack = []string{"顺路", "思路", "出路", "道路", "线路", "网路", "铁路", "马路", "电路", "套路", "门路", "退路", "弯路", "走路", "让路", "开路", "带路", "领路", "上路", "一路", "新路", "老路", "活路", "前路", "后路", "之路", "此路", "水路", "陆路", "航路", "回路", "心路", "公里路", "来路", "去路", "半路", "迷路", "跑路", "赶路", "修路", "小路", "大路", "环路"}

const directions = "东西南北中"
const numerals = "一二三四五六七八九十"

func (r *Recognizer) suffixSpans(text string, lex []span, all []occ) []span {
	var out []span
	occs := occsOf(all, suffixSet)
	add := func(sfx []string, kind Kind, max int, needPlace func(string) bool) {
		for _, x := range sfx {
			for _, o := range occs {
				if o.pat != x {
					continue
				}
				at := o.at
				end := at + len(x)
				if strings.HasPrefix(text[end:], "长") && utf8.RuneCountInString(x) == 1 {
					continue // 局长 is an office
				}
				// the suffix must end the name: not followed by a longer suffix of the same list
				// a committee's party body is named by the committee (湾厦社区党委
				// in 蛇口街道湾厦社区党委): it starts after a unit written before it
				committee := cjk.HasAnyPrefix(x, "社区", "村", "居民区")
				st := leftStartOpt(text, at, max, lex, !committee)
				if st >= at {
					continue
				}
				// a place written just before the name belongs to it (上海市静安区 + 社会组织服务中心)
				for changed := !committee; changed; {
					changed = false
					for _, l := range lex {
						if l.typ == sPlace && l.end == st && l.start < st && !isLeftStopWord(text[l.start:l.end]) {
							st, changed = l.start, true
						}
					}
				}
				if needPlace != nil && needPlace(x) {
					win := st
					for st < at && !(startsWithPlace(text, st, lex) && (st == win || !placeAt(st, lex) || boundaryBefore(text, st))) && !(st == win && namedUnit(text[st:at])) {
						_, sz := utf8.DecodeRuneInString(text[st:])
						st += sz
					}
					if st >= at {
						continue
					}
				}
				if c, sz := nextRune(text, st); c == '据' && utf8.RuneCountInString(text[st+sz:at]) >= 2 {
					st += sz // 据X办负责人介绍: the preposition is no part of the name
				}
				name := text[st:at]
				if hasGenericHead(name) || kind == KindOrg && hasBadRune(cjk.FirstRunes(name, 3)) {
					continue
				}
				if c, _ := prevRune(text, at); x == "局" && strings.ContainsRune("布格结当全出时变战赛饭大开", c) {
					continue
				}
				if x == "中心" && cjk.HasAnyPrefix(text[end:], "城区", "组", "村", "社区", "镇", "街道", "小学", "幼儿园", "医院") {
					continue
				}
				if x == "中心" && hasSuffixAny(name, "市", "城", "镇", "区", "县") && placeIs(st, at, lex) {
					continue // 成都市中心: the middle of the city, not a body
				}
				if c, _ := prevRune(text, at); cjk.HasAnyPrefix(x, "大学", "中学", "小学", "学院") && strings.ContainsRune("上读考念进", c) {
					continue // 在南京上大学: going to a university, not its name
				}
				if x == "办" && hasSuffixAny(text[:end], append([]string{"街办"}, partySuffixes...)...) {
					continue // 街办 is a subdistrict, 党建办 a party body
				}
				if x == "办" && (strings.ContainsRune("主举开承创协督代操包申筹合兴查严怎好难要来去上报均", rune1(text[:at])) || strings.ContainsRune("公理法事学案好成的了到不结", rune0(text[end:]))) {
					continue // 主办, 办理: a verb, not an office (县扶贫办)
				}
				if x == "委员会" && hasSuffixAny(name, "居民", "村民") {
					continue // 居民委员会 and 村民委员会 are committees, found by the unit recogniser
				}
				if x == "委" {
					// 区农业农村委, 区科委; not 党委, 常委, 居委, 委员, 委员会
					if c, _ := prevRune(text, at); strings.ContainsRune("党常纪区市县镇省工居", c) || cjk.HasAnyPrefix(text[end:], "员", "会", "托", "屈") || !strings.HasSuffix(text[:at], "农村") && c == '村' {
						continue
					}
				}
				if x == "物业" && utf8.RuneCountInString(name) > 3 {
					continue
				}
				if kind == KindOrg && startsWithCount(name) {
					continue // 一名退休中学…: a count, not a name
				}
				if cjk.HasAnyPrefix(x, "中学", "小学", "大学", "学院", "幼儿园") && (cjk.HasAnyPrefix(text[end:], "生", "教师", "老师", "校长") || strings.HasSuffix(name, "中")) {
					continue // 中学教师, 中小学生: a description
				}
				out = append(out, span{start: st, end: end, typ: sSuffix, kind: kind, word: x})
			}
		}
	}
	add(orgSuffixes, KindOrg, 16, nil)
	// 中心 and government bodies need a place or 区/市/县 in front (上海市环境监测中心, 区民政局)
	add([]string{"中心"}, KindOrg, 12, func(string) bool { return true })
	add(govSuffixes, KindGov, 10, func(x string) bool { return x != "派出所" })
	add(partySuffixes, KindParty, 10, nil)
	out = r.roads(text, lex, out)
	out = r.estates(text, lex, out)
	out = r.units(text, lex, out)
	return out
}

func (r *Recognizer) roads(text string, lex []span, out []span) []span {
	out = r.highways(text, lex, out)
	for _, x := range []string{"路", "大道", "街"} {
		for off := 0; ; {
			k := index(text[off:], x)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(x)
			end := at + len(x)
			if c, _ := prevRune(text, at); x == "街" && !strings.ContainsRune(directions, c) {
				// 街 alone is too common (街道, 街区, 商业街); 南京东街 is a road, and
				// so is a short name that starts a clause and ends at a boundary (朝阳街)
				nc, _ := nextRune(text, end)
				st := leftStartAnd(text, at, 3, lex, false, true)
				// a house number after it (X街39号) says it is a road too
				if !(boundaryBefore(text, st) && (isStopRune(nc) || nc == utf8.RuneError || unicode.IsSpace(nc) || c == '后' || c == '前' || houseNumber(text[end:]))) || cjk.HasAnyPrefix(text[end:], "道", "区", "坊", "头", "巷", "景", "舞", "办") {
					continue
				}
			}
			// not a road when part of a division or committee name, or of a
			// word (路线, 路径, 塞浦路斯)
			rest := text[end:]
			if c, _ := nextRune(text, end); x == "路" && strings.ContainsRune("线径斯费演子数", c) {
				continue
			}
			if cjk.HasAnyPrefix(rest, "街道", "居委", "第", "居民区", "社区", "村") {
				continue
			}
			nameEnd := at
			// optional number and direction before the suffix
			if c, sz := prevRune(text, nameEnd); strings.ContainsRune(numerals, c) {
				// 中山南二路; but 文三路 keeps its numeral when the name is short
				if st := afterBadIn(roadBadRuneSet, text, leftStartAnd(text, nameEnd-sz, 4, lex, false, true), nameEnd-sz); utf8.RuneCountInString(text[st:nameEnd-sz]) >= 2 {
					nameEnd -= sz
				}
			}
			if c, sz := prevRune(text, nameEnd); strings.ContainsRune(directions, c) {
				// 建国东路; but 上南路 keeps its 南 when the name would be one character
				if st := afterBadIn(roadBadRuneSet, text, leftStartAnd(text, nameEnd-sz, 4, lex, false, true), nameEnd-sz); utf8.RuneCountInString(text[st:nameEnd-sz]) >= 2 {
					nameEnd -= sz
				}
			}
			st := afterUnit(text, afterBadIn(roadBadRuneSet, text, leftStartAnd(text, nameEnd, 4, lex, false, true), nameEnd), nameEnd)
			// a preposition (沿, 经, 往) and what comes before it are not part of
			// the name when two characters or more are left (车辆沿建设北路)
			for i, c := range text[st:nameEnd] {
				if strings.ContainsRune("沿经往至近临", c) && utf8.RuneCountInString(text[st+i+utf8.RuneLen(c):nameEnd]) >= 2 {
					st += i + utf8.RuneLen(c)
					break
				}
			}
			if utf8.RuneCountInString(text[st:nameEnd]) < 2 {
				continue
			}
			black := false
			for _, b := range roadBlack {
				if text[st:end] == b {
					black = true
				}
			}
			for _, b := range roadWords {
				if strings.HasSuffix(text[st:end], b) {
					black = true // 下班顺路, 发展思路: the 路 belongs to a word
				}
			}
			if c, _ := prevRune(text, at); c == '道' || c == '条' {
				black = true
			}
			if black || roadGeneric(text[st:nameEnd]) || hasBadRuneIn(roadBadRuneSet, text[st:nameEnd]) {
				continue
			}
			// a house number (1234号, 45弄) after the road is not part of its name
			out = append(out, span{start: st, end: end, typ: sSuffix, kind: KindRoad, word: x})
		}
	}
	return out
}

var estateSuffixes = []string{"小区", "新村", "花园", "公寓", "苑", "公馆", "大院", "家属院", "宿舍", "别墅", "大楼"}

func (r *Recognizer) estates(text string, lex []span, out []span) []span {
	for _, x := range estateSuffixes {
		for off := 0; ; {
			k := index(text[off:], x)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(x)
			if cjk.HasAnyPrefix(text[at+len(x):], "居委", "街道", "居民区", "社区", "村委") {
				continue
			}
			st := afterUnit(text, afterBad(text, leftStartOpt(text, at, 6, lex, false), at), at)
			// a generic name (花园 in 杭州花园小区) takes the place before it
			for _, l := range lex {
				if l.typ == sPlace && l.end == st && genericCore(text[st:at]) && !endsWithUnit(text[l.start:l.end]) {
					st = l.start
				}
			}
			if c, _ := prevRune(text, at); c == '老' || c == '旧' {
				continue // 老小区: an old estate, not a name
			}
			maxName := 4
			if x == "小区" {
				maxName = 6 // 潘公广场安置小区
			}
			if n := utf8.RuneCountInString(text[st:at]); n < 2 || n > maxName || hasGenericHead(text[st:at]) || hasBadRune(text[st:at]) {
				continue
			}
			out = append(out, span{start: st, end: at + len(x), typ: sSuffix, kind: KindNeighborhood, word: x})
		}
	}
	return out
}

// conjuncts finds the items of coordinated lists whose head follows the last
// item (淮海、东湖、华康等居民区; 东湖和华康居民区).
func (r *Recognizer) conjuncts(text string, spans []span) []span {
	heads := []string{"居民区", "居委会", "社区", "街道", "镇"}
	for _, h := range heads {
		for off := 0; ; {
			k := index(text[off:], h)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(h)
			i := at
			if strings.HasSuffix(text[:i], "等") {
				i -= len("等")
			}
			// walk back over items separated by 、 和 及 与
			var items [][2]int
			for {
				found := false
				for n := 4; n >= 2; n-- {
					st := i
					ok := true
					for c := 0; c < n; c++ {
						rr, sz := prevRune(text, st)
						if sz == 0 || isStopRune(rr) || unicode.IsSpace(rr) {
							ok = false
							break
						}
						st -= sz
					}
					if !ok {
						continue
					}
					if len(r.g.Lookup(text[st:i]+h)) == 0 {
						continue
					}
					items = append(items, [2]int{st, i})
					i = st
					found = true
					break
				}
				if !found {
					break
				}
				sep := ""
				for _, s := range []string{"、", "和", "及", "与", ",", "，"} {
					if strings.HasSuffix(text[:i], s) {
						sep = s
					}
				}
				if sep == "" {
					break
				}
				i -= len(sep)
			}
			// the item right before the head is already a full mention unless 等 intervenes
			for n, it := range items {
				if n == 0 && it[1] == at {
					continue
				}
				sp := span{start: it[0], end: it[1], typ: sConj, cands: r.g.Lookup(text[it[0]:it[1]] + h), word: h}
				// replace overlapping spans
				var kept []span
				for _, s := range spans {
					if s.start < sp.end && sp.start < s.end {
						continue
					}
					kept = append(kept, s)
				}
				spans = append(kept, sp)
			}
		}
	}
	return spans
}

func isLeftStopWord(w string) bool {
	for _, x := range leftStopWords {
		if x == w {
			return true
		}
	}
	return false
}

// startsWithCount reports whether name starts with a number and a classifier
// (一名, 三家).
func startsWithCount(name string) bool {
	c, sz := utf8.DecodeRuneInString(name)
	if !strings.ContainsRune("一二三四五六七八九十几两0123456789", c) {
		return false
	}
	c2, _ := utf8.DecodeRuneInString(name[sz:])
	return strings.ContainsRune("名个家所座处位条支批", c2)
}

// placeIs reports whether a lexicon place spans exactly text[st:end].
func placeIs(st, end int, lex []span) bool {
	for _, l := range lex {
		if l.start == st && l.end == end && l.typ == sPlace {
			return true
		}
	}
	return false
}

// placeAt reports whether a lexicon place starts at i.
func placeAt(i int, lex []span) bool {
	for _, l := range lex {
		if l.start == i && l.typ == sPlace {
			return true
		}
	}
	return false
}

// boundaryBefore reports whether text[:i] ends at a boundary (start, stop
// rune, space).
func boundaryBefore(text string, i int) bool {
	c, sz := prevRune(text, i)
	return sz == 0 || isStopRune(c) || unicode.IsSpace(c)
}

// strongPlace reports whether a lexicon place is an official name or a
// province or city short form, not a bare or committee short form that a
// longer name may swallow (平江路东侧: 路东).
func strongPlace(l span) bool {
	for _, c := range l.cands {
		if c.Alias == gazetteer.Official || c.Alias == gazetteer.Short && c.Level <= gazetteer.Prefecture {
			return true
		}
	}
	return false
}

// namedUnit reports whether name is a proper name followed by a unit word
// (松元厦社区 in 松元厦社区党群服务中心).
func namedUnit(name string) bool {
	for _, u := range []string{"社区", "村"} {
		if i := strings.Index(name, u); i > 0 && utf8.RuneCountInString(name[:i]) >= 2 && utf8.RuneCountInString(name[:i]) <= 4 && !hasBadRune(name[:i]) && !hasGenericHead(name[:i]) {
			return true
		}
	}
	return false
}

// roadGeneric reports whether a road's name is a generic word (交通, 主要):
// a one-character head such as 新 or 大 may start a road's name (新丰路).
func roadGeneric(name string) bool {
	valid := utf8.ValidString(name) // else the loop the word set stands for
	if valid && genericHeadSet2.headOf(name) {
		return true
	}
	for _, g := range genericHeads {
		if !valid && utf8.RuneCountInString(g) >= 2 && (name == g || strings.HasPrefix(name, g) && utf8.RuneCountInString(name) <= utf8.RuneCountInString(g)+1) {
			return true
		}
	}
	first, _ := utf8.DecodeRuneInString(name)
	return name == "" || unicode.IsDigit(first) && utf8.RuneCountInString(name) <= 3
}

// highwaySuffixes end the names of highways and national roads (沪崇高速,
// 合徐高速公路, 嘉闵高架, 207国道).
var highwaySuffixes = []string{"高速公路", "高速", "高架路", "高架", "国道", "省道", "快速路", "绕城公路", "公路"}

// highways finds highways named by their suffix: a short name of two to
// four characters (the abbreviations of the places they join) or a number.
func (r *Recognizer) highways(text string, lex []span, out []span) []span {
	if !strings.ContainsAny(text, "速架道路") {
		return out
	}
	for _, x := range highwaySuffixes {
		for off := 0; ; {
			k := index(text[off:], x)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(x)
			end := at + len(x)
			if x == "高速" && cjk.HasAnyPrefix(text[end:], "公路", "发展", "增长", "运转", "运行", "铁路", "列车") || x == "高架" && strings.HasPrefix(text[end:], "路") || x == "公路" && strings.HasSuffix(text[:at], "高速") {
				continue
			}
			// a number: 207国道, G60高速
			st := at
			for st > 0 {
				c, sz := prevRune(text, st)
				if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
					break
				}
				st -= sz
			}
			if st < at && (x == "国道" || x == "省道" || x == "高速" || x == "高速公路") {
				out = append(out, span{start: st, end: end, typ: sSuffix, kind: KindRoad, word: x})
				continue
			}
			max := 4
			if x == "公路" || x == "绕城公路" {
				max = 5
			}
			st = afterBad(text, leftStartAnd(text, at, max, lex, false, true), at)
			for _, l := range lex {
				if l.typ == sPlace && l.start < st && l.end > st {
					st = l.start // 沪崇: never start inside a place
				}
			}
			// a leading preposition (再经, 沿, 从) is not part of the name
			for {
				c, sz := nextRune(text, st)
				if !strings.ContainsRune("再经沿往至近临从由走进入转有", c) || utf8.RuneCountInString(text[st+sz:at]) < 2 {
					break
				}
				st += sz
			}
			if n := utf8.RuneCountInString(text[st:at]); n < 2 || n > max || roadGeneric(text[st:at]) || strings.ContainsAny(text[st:at], "上下的在和与省市县区乡镇村") {
				continue
			}
			out = append(out, span{start: st, end: end, typ: sSuffix, kind: KindRoad, word: x})
		}
	}
	return out
}

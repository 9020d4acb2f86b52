package layout

import (
	"github.com/civicnews/civicnews/internal/cjk"

	"unicode/utf8"
)

// tok is one character of a line on its way through normalisation.
type tok struct {
	r       rune
	s, e    int  // source bytes
	changed bool // r differs from the source bytes
	gone    bool // removed
	why     why  // the repair made on this token by the later passes
	orig    rune // the character before a punctuation repair
}

// why names the repair a later pass made on a token; the repairs are
// logged from the tokens in source order when the line is done.
type why uint8

const (
	noRepair why = iota
	whyStray
	whyPunct
	whySpaceRemoved
	whySpaceCollapsed
)

// normalizer holds scratch space reused from line to line.
type normalizer struct {
	toks    []tok
	repairs []Repair   // the current chunk of the repair log
	full    [][]Repair // full chunks, kept apart so a long log is never copied as it grows
	lineRep []Repair   // the repairs of the line being normalised
	text    []byte     // the repaired text of every line, one after another
	pcs     []piece    // the pieces of every line, one after another (out relative to the line)
	ranges  [][4]int   // per line: text start, text end, pieces start, pieces end
	html    bool       // the source is HTML: decode character references
	skips   []Span     // markup inside lines, in order, to drop
}

var fullToHalfPunct = map[rune]string{',': "，", ';': "；", ':': "：", '!': "！", '?': "？", '(': "（", ')': "）"}

const repairChunk = 4096

// add logs a repair of the line being normalised.
func (n *normalizer) add(r Repair) { n.lineRep = append(n.lineRep, r) }

// endLine logs the line's repairs in source order: those made while
// reading characters (already in order) merged with those the later
// passes marked on the tokens.
func (n *normalizer) endLine(toks []tok) {
	early := n.lineRep
	for _, t := range toks {
		if t.why == noRepair {
			continue
		}
		for len(early) > 0 && early[0].Span.Start <= t.s {
			n.logRepair(early[0])
			early = early[1:]
		}
		n.logRepair(tokRepair(t))
	}
	for _, r := range early {
		n.logRepair(r)
	}
	n.lineRep = n.lineRep[:0]
}

func tokRepair(t tok) Repair {
	sp := Span{t.s, t.e}
	switch t.why {
	case whyStray:
		return Repair{Kind: RepairStrayWord, Span: sp, Before: " and ", After: "和", Reason: "stray English conjunction between Chinese words"}
	case whyPunct:
		return Repair{Kind: RepairPunct, Span: sp, Before: string(t.orig), After: fullToHalfPunct[t.orig],
			Reason: "ASCII punctuation in Chinese context restored"}
	case whySpaceRemoved:
		return Repair{Kind: RepairSpace, Span: sp, Before: " ", Reason: spaceReason(true)}
	default:
		return Repair{Kind: RepairSpace, Span: sp, Before: " ", Reason: spaceReason(false)}
	}
}

// logRepair appends a repair to the log.
func (n *normalizer) logRepair(r Repair) {
	if len(n.repairs) == cap(n.repairs) && len(n.repairs) >= repairChunk {
		n.full = append(n.full, n.repairs)
		n.repairs = make([]Repair, 0, repairChunk)
	}
	n.repairs = append(n.repairs, r)
}

// log returns the whole repair log in one slice.
func (n *normalizer) log() []Repair {
	if len(n.full) == 0 {
		return n.repairs
	}
	total := len(n.repairs)
	for _, c := range n.full {
		total += len(c)
	}
	out := make([]Repair, 0, total)
	for _, c := range n.full {
		out = append(out, c...)
	}
	return append(out, n.repairs...)
}

// line normalises the source bytes of one line.
func (n *normalizer) line(src []byte, sp Span) Line {
	ln := Line{Span: sp}
	if n.clean(src, sp) {
		// nothing to repair: the line is its own text
		t0, p0 := len(n.text), len(n.pcs)
		n.text = append(n.text, src[sp.Start:sp.End]...)
		n.pcs = append(n.pcs, piece{out: 0, src: sp})
		n.ranges = append(n.ranges, [4]int{t0, len(n.text), p0, len(n.pcs)})
		return ln
	}
	if need := utf8.RuneCount(src[sp.Start:sp.End]); cap(n.toks) < need {
		n.toks = make([]tok, 0, need)
	}
	toks := n.toks[:0]
	for i := sp.Start; i < sp.End; {
		for len(n.skips) > 0 && n.skips[0].End <= i {
			n.skips = n.skips[1:]
		}
		if len(n.skips) > 0 && n.skips[0].Start <= i {
			i = min(n.skips[0].End, sp.End)
			continue
		}
		r, size := utf8.DecodeRune(src[i:sp.End])
		t := tok{r: r, s: i, e: i + size}
		if n.html && r == '&' {
			if v, m := charRef(src[i:sp.End]); m > 0 {
				t.r, _ = utf8.DecodeRuneInString(v)
				t.e, t.changed = i+m, true
				n.add(Repair{Kind: RepairHTML, Span: Span{t.s, t.e}, Before: string(src[t.s:t.e]),
					After: v, Reason: "HTML character reference decoded"})
				i += m
				if cjk.IsSpace(t.r) {
					t.r = ' '
				}
				toks = append(toks, t)
				continue
			}
		}
		i += size
		switch {
		case cjk.IsDropped(r):
			n.add(Repair{Kind: RepairControl, Span: Span{t.s, t.e}, Before: string(r),
				Reason: "control or invisible character removed"})
			continue
		case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
			t.r = r - 0xFEE0
			t.changed = true
			n.add(Repair{Kind: RepairWidth, Span: Span{t.s, t.e}, Before: string(r),
				After: string(t.r), Reason: "full-width digit or letter narrowed"})
		case r == '％':
			t.r, t.changed = '%', true
			n.add(Repair{Kind: RepairWidth, Span: Span{t.s, t.e}, Before: "％", After: "%",
				Reason: "full-width percent sign narrowed"})
		case cjk.IsSpace(r):
			if r != ' ' {
				t.r, t.changed = ' ', true
			}
		}
		toks = append(toks, t)
	}
	// leading white space is indentation, trailing white space is dropped
	lo, hi := 0, len(toks)
	for lo < hi && toks[lo].r == ' ' {
		lo++
	}
	for hi > lo && toks[hi-1].r == ' ' {
		hi--
	}
	ln.Indent = lo > 0
	toks = toks[lo:hi]
	if len(toks) == 0 {
		ln.Blank = true
		n.endLine(nil)
		n.toks = toks[:0]
		n.ranges = append(n.ranges, [4]int{len(n.text), len(n.text), len(n.pcs), len(n.pcs)})
		return ln
	}
	n.strayWords(toks)
	n.punct(toks)
	n.spaces(toks)

	t0, p0 := len(n.text), len(n.pcs)
	b := pieceBuilder{buf: n.text, pieces: n.pcs, floor: p0}
	run := -1 // start of a run of unchanged, contiguous source bytes
	runEnd := -1
	for _, t := range toks {
		if t.gone {
			continue
		}
		if !t.changed && t.s == runEnd {
			runEnd = t.e
			continue
		}
		if run >= 0 {
			b.keep(src[run:runEnd], run)
			run = -1
		}
		if t.changed {
			b.replace(string(t.r), Span{t.s, t.e})
			runEnd = -1
			continue
		}
		run, runEnd = t.s, t.e
	}
	if run >= 0 {
		b.keep(src[run:runEnd], run)
	}
	n.text, n.pcs = b.buf, b.pieces
	for k := p0; k < len(n.pcs); k++ {
		n.pcs[k].out -= t0
	}
	n.ranges = append(n.ranges, [4]int{t0, len(n.text), p0, len(n.pcs)})
	n.endLine(toks)
	n.toks = toks[:0]
	return ln
}

// finish sets the Text and pieces of the lines from the arenas, with one
// copy of all the text.
func (n *normalizer) finish(lines []Line) {
	all := string(n.text)
	for i := range lines {
		r := n.ranges[i]
		lines[i].Text = all[r[0]:r[1]]
		if r[3] > r[2] {
			lines[i].pieces = n.pcs[r[2]:r[3]:r[3]]
		}
	}
}

// clean reports whether the line needs no repair at all: no ASCII
// punctuation that may be restored, no white space or control
// characters, no full-width letters or digits, no markup.
func (n *normalizer) clean(src []byte, sp Span) bool {
	if sp.Start == sp.End {
		return false
	}
	for len(n.skips) > 0 && n.skips[0].End <= sp.Start {
		n.skips = n.skips[1:]
	}
	if len(n.skips) > 0 && n.skips[0].Start < sp.End {
		return false
	}
	for i := sp.Start; i < sp.End; {
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case c < 0x20 || c == 0x7F || c == ' ':
				return false
			case c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')' || c == '&' || c == 'a':
				return false // 'a': a stray "and"
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:sp.End])
		if cjk.IsSpace(r) || cjk.IsDropped(r) || r == 0xFF05 || r >= 0xFF10 && r <= 0xFF19 || r >= 0xFF21 && r <= 0xFF3A || r >= 0xFF41 && r <= 0xFF5A {
			return false
		}
		i += size
	}
	return true
}

// prev returns the index of the nearest kept token before i that is not a
// space, or -1.
func prev(toks []tok, i int) int {
	for j := i - 1; j >= 0; j-- {
		if !toks[j].gone && toks[j].r != ' ' {
			return j
		}
	}
	return -1
}

// next returns the index of the nearest kept token after i that is not a
// space, or len(toks).
func next(toks []tok, i int) int {
	for j := i + 1; j < len(toks); j++ {
		if !toks[j].gone && toks[j].r != ' ' {
			return j
		}
	}
	return len(toks)
}

// strayWords replaces a lone English "and" between Chinese words with 和.
func (n *normalizer) strayWords(toks []tok) {
	for i := 1; i+4 < len(toks); i++ {
		if toks[i].r != ' ' || toks[i+1].r != 'a' || toks[i+2].r != 'n' || toks[i+3].r != 'd' || toks[i+4].r != ' ' {
			continue
		}
		p, q := prev(toks, i), next(toks, i+4)
		if p < 0 || q >= len(toks) || !cjk.IsHan(toks[p].r) || !cjk.IsHan(toks[q].r) {
			continue
		}
		// drop the spaces around the word and the word, keep one token for 和
		for j := p + 1; j < q; j++ {
			toks[j].gone = true
		}
		a := &toks[i+1]
		a.gone = false
		a.r, a.changed = '和', true
		a.s, a.e = toks[p].e, toks[q].s
		a.why = whyStray
		i += 4
	}
}

// spaces removes spaces between Chinese and numbers and next to clause
// punctuation, and collapses other runs of spaces to one.
func (n *normalizer) spaces(toks []tok) {
	for i := 0; i < len(toks); i++ {
		if toks[i].r != ' ' || toks[i].gone {
			continue
		}
		j := i
		for j < len(toks) && (toks[j].r == ' ' || toks[j].gone) {
			j++
		}
		// run [i, j) of spaces (some maybe already gone)
		p, q := prev(toks, i), j
		if p < 0 || q >= len(toks) {
			i = j
			continue
		}
		l, r := toks[p].r, toks[q].r
		remove := (cjk.IsHan(l) && cjk.IsNumeric(r)) || (cjk.IsNumeric(l) && cjk.IsHan(r)) ||
			cjk.IsClausePunct(l) || cjk.IsClausePunct(r) ||
			(cjk.IsHan(l) && r == '%') || (l == '%' && cjk.IsHan(r))
		kept := 0
		for k := i; k < j; k++ {
			if toks[k].gone {
				continue
			}
			if remove || kept > 0 {
				toks[k].gone = true
				toks[k].why = whySpaceCollapsed
				if remove {
					toks[k].why = whySpaceRemoved
				}
				continue
			}
			kept++
		}
		i = j
	}
}

func spaceReason(remove bool) string {
	if remove {
		return "stray space between Chinese and a number or next to Chinese punctuation"
	}
	return "run of spaces collapsed"
}

// punct restores ASCII punctuation to full width where it stands in
// Chinese context.
func (n *normalizer) punct(toks []tok) {
	var stack []int
	chinese := func(i int) bool { return i >= 0 && i < len(toks) && cjk.IsChinese(toks[i].r) }
	han := func(i int) bool { return i >= 0 && i < len(toks) && cjk.IsHan(toks[i].r) }
	conv := func(i int) {
		t := &toks[i]
		before := string(t.r)
		after := fullToHalfPunct[t.r]
		t.r, _ = utf8.DecodeRuneInString(after)
		t.changed = true
		t.why, t.orig = whyPunct, rune(before[0])
	}
	for i := range toks {
		t := &toks[i]
		if t.gone {
			continue
		}
		switch t.r {
		case '(':
			stack = append(stack, i)
		case ')':
			if len(stack) == 0 {
				if han(prev(toks, i)) || han(next(toks, i)) {
					conv(i)
				}
				continue
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			inner := false
			for k := o + 1; k < i; k++ {
				if !toks[k].gone && cjk.IsChinese(toks[k].r) {
					inner = true
					break
				}
			}
			outer := chinese(prev(toks, o)) && (next(toks, i) == len(toks) || chinese(next(toks, i)))
			if inner || outer {
				conv(o)
				conv(i)
			}
		case ',', ';', '!', '?':
			p, q := prev(toks, i), next(toks, i)
			if chinese(p) || chinese(q) || (q == len(toks) && p >= 0 && (t.r == '!' || t.r == '?') && cjk.IsHan(toks[p].r)) {
				conv(i)
			}
		case ':':
			p, q := prev(toks, i), next(toks, i)
			pd := p >= 0 && (cjk.IsDigit(toks[p].r) || cjk.IsLatin(toks[p].r))
			if chinese(p) || (chinese(q) && !pd) {
				conv(i)
			}
		}
	}
	for _, o := range stack { // unmatched openers
		if han(prev(toks, o)) || han(next(toks, o)) {
			conv(o)
		}
	}
}

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
}

// normalizer holds scratch space reused from line to line.
type normalizer struct {
	toks    []tok
	repairs []Repair
}

var fullToHalfPunct = map[rune]string{',': "，", ';': "；", ':': "：", '!': "！", '?': "？", '(': "（", ')': "）"}

// line normalises the source bytes of one line.
func (n *normalizer) line(src []byte, sp Span) Line {
	ln := Line{Span: sp}
	toks := n.toks[:0]
	for i := sp.Start; i < sp.End; {
		r, size := utf8.DecodeRune(src[i:sp.End])
		t := tok{r: r, s: i, e: i + size}
		i += size
		switch {
		case cjk.IsDropped(r):
			n.repairs = append(n.repairs, Repair{Kind: RepairControl, Span: Span{t.s, t.e}, Before: string(r),
				Reason: "control or invisible character removed"})
			continue
		case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
			t.r = r - 0xFEE0
			t.changed = true
			n.repairs = append(n.repairs, Repair{Kind: RepairWidth, Span: Span{t.s, t.e}, Before: string(r),
				After: string(t.r), Reason: "full-width digit or letter narrowed"})
		case r == '％':
			t.r, t.changed = '%', true
			n.repairs = append(n.repairs, Repair{Kind: RepairWidth, Span: Span{t.s, t.e}, Before: "％", After: "%",
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
		n.toks = toks[:0]
		return ln
	}
	n.strayWords(toks)
	n.spaces(toks)
	n.punct(toks)

	var b pieceBuilder
	for _, t := range toks {
		if t.gone {
			continue
		}
		if t.changed {
			b.replace(string(t.r), Span{t.s, t.e})
		} else {
			b.keep(src[t.s:t.e], t.s)
		}
	}
	ln.Text = string(b.buf)
	ln.pieces = b.pieces
	n.toks = toks[:0]
	return ln
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
		n.repairs = append(n.repairs, Repair{Kind: RepairStrayWord, Span: Span{a.s, a.e}, Before: " and ", After: "和",
			Reason: "stray English conjunction between Chinese words"})
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
				n.repairs = append(n.repairs, Repair{Kind: RepairSpace, Span: Span{toks[k].s, toks[k].e},
					Before: " ", Reason: spaceReason(remove)})
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
		n.repairs = append(n.repairs, Repair{Kind: RepairPunct, Span: Span{t.s, t.e}, Before: before, After: after,
			Reason: "ASCII punctuation in Chinese context restored"})
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

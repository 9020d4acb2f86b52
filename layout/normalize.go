package layout

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
	"github.com/civicnews/civicnews/internal/hanzi"
)

// tok is one character of a line on its way through normalisation. A
// long line has one per character, so it is kept small.
type tok struct {
	s       int   // first source byte
	r       rune  // the character; for a punctuation repair, halfPunct gives the one before
	n       uint8 // source bytes: one character or a character reference (at most 12), or wideTok
	changed bool  // r differs from the source bytes
	gone    bool  // removed
	why     why   // the repair made on this token by the later passes
}

// wideTok marks a token too long for tok.n (a stray word with the spaces
// around it): its end is in normalizer.wide.
const wideTok = math.MaxUint8

// end returns the end of the token's source bytes.
func (n *normalizer) end(t *tok) int {
	if t.n == wideTok {
		return n.wide[t.s]
	}
	return t.s + int(t.n)
}

// halfPunct returns the ASCII punctuation that r, a full-width mark of
// fullToHalfPunct, was restored from.
func halfPunct(r rune) rune {
	if h, ok := halfOf[r]; ok {
		return h
	}
	return r
}

// halfOf is fullToHalfPunct read backwards.
var halfOf = func() map[rune]rune {
	m := make(map[rune]rune, len(fullToHalfPunct))
	for h, f := range fullToHalfPunct {
		r, _ := utf8.DecodeRuneInString(f)
		m[r] = h
	}
	return m
}()

// why names the repair a later pass made on a token; the repairs are
// logged from the tokens in source order when the line is done.
type why uint8

const (
	noRepair why = iota
	whyStray
	whyPunct
	whySpaceRemoved
	whySpaceCollapsed
	whyControl // a control or invisible character was dropped (logged only)
	whyWidth   // a full-width character was narrowed (logged only)
	whyFull    // a repair kept whole in normalizer.full (logged only)
	whyPinyin  // pinyin residue removed: the token's span covers the whole residue
	whyLetter  // a space of a letter-spaced word removed
)

// logEntry is one repair of the log in compact form: a long input may
// need millions, and a [Repair] is large and full of pointers. The
// entries are turned into Repairs once, at the end (see
// normalizer.repairs).
type logEntry struct {
	span Span
	orig rune // the character repaired, for whyPunct, whyControl and whyWidth
	why  why
}

// normalizer holds scratch space reused from line to line.
type normalizer struct {
	toks    []tok
	log     []logEntry      // the repair log, in order
	full    []Repair        // the repairs logged whole (whyFull), in order
	lineLog []logEntry      // the repairs made while reading the line being normalised
	wide    map[int]int     // the ends of wideTok tokens, by start
	text    strings.Builder // the repaired text of every line, one after another
	scratch []byte          // the repaired text of the line being normalised
	pcs     []piece         // the pieces of every line, one after another (out relative to the line)
	html    bool            // the source is HTML: decode character references
	// dropPinyin: remove pinyin residue (WithoutPinyinResidue)
	dropPinyin bool
	src        []byte // the source the lines are read from (for the repairs' Before)
	skips      []Span // markup inside lines, in order, to drop
}

// fullToHalfPunct maps the ASCII marks restored in Chinese context to
// their full-width forms (the name is historical: it maps half to full).
// isHalfPunct lists its keys; halfPunct reads it backwards.
var fullToHalfPunct = map[rune]string{',': "，", ';': "；", ':': "：", '!': "！", '?': "？", '(': "（", ')': "）"}

// add logs a repair of the line being normalised, made while reading its
// characters.
func (n *normalizer) add(e logEntry) { n.lineLog = append(n.lineLog, e) }

// addFull is add for a repair that is kept whole.
func (n *normalizer) addFull(r Repair) {
	n.full = append(n.full, r)
	n.add(logEntry{span: r.Span, why: whyFull})
}

// logFull appends a repair that is kept whole to the log.
func (n *normalizer) logFull(r Repair) {
	n.full = append(n.full, r)
	n.log = append(n.log, logEntry{span: r.Span, why: whyFull})
}

// endLine logs the line's repairs in source order: those made while
// reading characters (already in order) merged with those the later
// passes marked on the tokens.
func (n *normalizer) endLine(toks []tok) {
	early := n.lineLog
	for i := range toks {
		t := &toks[i]
		if t.why == noRepair {
			continue
		}
		for len(early) > 0 && early[0].span.Start <= t.s {
			n.log = append(n.log, early[0])
			early = early[1:]
		}
		e := logEntry{span: Span{t.s, n.end(t)}, why: t.why}
		if t.why == whyPunct {
			e.orig = halfPunct(t.r)
		}
		n.log = append(n.log, e)
	}
	n.log = append(n.log, early...)
	n.lineLog = n.lineLog[:0]
}

// repairs returns the whole repair log, with room for extra more.
func (n *normalizer) repairs(extra int) []Repair {
	out := make([]Repair, 0, len(n.log)+extra)
	full := n.full
	for _, e := range n.log {
		if e.why == whyFull {
			out = append(out, full[0])
			full = full[1:]
			continue
		}
		out = append(out, n.repair(e))
	}
	return out
}

// asciiChars holds every ASCII character, for runeString.
const asciiChars = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"

// runeString is string(r), without an allocation when r is ASCII.
func runeString(r rune) string {
	if r >= 0 && r < utf8.RuneSelf {
		return asciiChars[r : r+1]
	}
	return string(r)
}

// repair returns the Repair the entry stands for; not for whyFull.
func (n *normalizer) repair(e logEntry) Repair {
	sp := e.span
	switch e.why {
	case whyPinyin:
		return Repair{Kind: RepairPinyin, Span: sp, Before: string(n.src[sp.Start:sp.End]),
			Reason: "pinyin residue after a Chinese character removed"}
	case whyLetter:
		return Repair{Kind: RepairLetterSpacing, Span: sp, Before: string(n.src[sp.Start:sp.End]),
			Reason: "space inside a letter-spaced word removed"}
	case whyStray:
		return Repair{Kind: RepairStrayWord, Span: sp, Before: " and ", After: "和", Reason: "stray English conjunction between Chinese words"}
	case whyPunct:
		return Repair{Kind: RepairPunct, Span: sp, Before: runeString(e.orig), After: fullToHalfPunct[e.orig],
			Reason: "ASCII punctuation in Chinese context restored"}
	case whySpaceRemoved:
		return Repair{Kind: RepairSpace, Span: sp, Before: " ", Reason: spaceReason(true)}
	case whyControl:
		return Repair{Kind: RepairControl, Span: sp, Before: string(e.orig),
			Reason: "control or invisible character removed"}
	case whyWidth:
		if e.orig == '％' {
			return Repair{Kind: RepairWidth, Span: sp, Before: "％", After: "%",
				Reason: "full-width percent sign narrowed"}
		}
		return Repair{Kind: RepairWidth, Span: sp, Before: string(e.orig),
			After: runeString(e.orig - 0xFEE0), Reason: "full-width digit or letter narrowed"}
	default:
		return Repair{Kind: RepairSpace, Span: sp, Before: " ", Reason: spaceReason(false)}
	}
}

// decodeAt is utf8.DecodeRune(b[i:end]) with the three-byte encodings
// that need no further check (lead bytes E1 to EF but ED, which may start
// a surrogate: the characters from U+1000 to U+FFFF, Chinese among them)
// read inline.
func decodeAt(b []byte, i, end int) (rune, int) {
	if c := b[i]; c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < end && b[i+1]&0xC0 == 0x80 && b[i+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(b[i+1]&0x3F)<<6 | rune(b[i+2]&0x3F), 3
	}
	return utf8.DecodeRune(b[i:end])
}

// decodeFastAt is cjk.DecodeFast on b[i:end]: decodeAt for ASCII and the
// three-byte encodings it reads inline, (0, 0) for anything else; unlike
// decodeAt it is inlined.
func decodeFastAt(b []byte, i, end int) (rune, int) {
	if c := b[i]; c < utf8.RuneSelf {
		return rune(c), 1
	} else if i+2 < end && c-0xE1 < 0xEF-0xE1+1 && c != 0xED {
		if c1, c2 := b[i+1]^0x80, b[i+2]^0x80; c1|c2 < 0x40 {
			return rune(c&0x0F)<<12 | rune(c1)<<6 | rune(c2), 3
		}
	}
	return 0, 0
}

// line normalises the source bytes of one line.
func (n *normalizer) line(src []byte, sp Span) Line {
	ln := Line{Span: sp}
	n.src = src
	if n.clean(src, sp) {
		// nothing to repair: the line is its own text
		t0, p0 := n.text.Len(), len(n.pcs)
		n.text.Write(src[sp.Start:sp.End])
		n.pcs = append(n.pcs, piece{out: 0, src: sp})
		n.setText(&ln, t0, p0)
		return ln
	}
	// n.toks has room for the longest line (see assembler.run); it keeps
	// its full capacity, as toks is resliced below
	toks := n.toks[:0]
	var marks mark // what the passes below act on, found in the line
	for i := sp.Start; i < sp.End; {
		for len(n.skips) > 0 && n.skips[0].End <= i {
			n.skips = n.skips[1:]
		}
		if len(n.skips) > 0 && n.skips[0].Start <= i {
			i = min(n.skips[0].End, sp.End)
			continue
		}
		r, size := decodeFastAt(src, i, sp.End)
		if size == 0 {
			r, size = decodeAt(src, i, sp.End)
		}
		t := tok{r: r, s: i, n: uint8(size)}
		if n.html && r == '&' {
			if v, m := charRef(src[i:sp.End]); m > 0 {
				t.r, _ = utf8.DecodeRuneInString(v)
				t.n, t.changed = uint8(m), true // m <= 12 (charRef)
				n.addFull(Repair{Kind: RepairHTML, Span: Span{t.s, t.s + m}, Before: string(src[t.s : t.s+m]),
					After: v, Reason: "HTML character reference decoded"})
				i += m
				if cjk.IsSpace(t.r) {
					t.r = ' '
				}
				toks, marks = append(toks, t), marks|markOf(t.r)
				continue
			}
		}
		i += size
		if r >= 0x4E00 && r <= 0x9FFF {
			toks = append(toks, t) // a Chinese character: none of the cases below
			continue
		}
		switch {
		case cjk.IsDropped(r):
			n.add(logEntry{span: Span{t.s, n.end(&t)}, orig: r, why: whyControl})
			continue
		case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
			t.r = r - 0xFEE0
			t.changed = true
			n.add(logEntry{span: Span{t.s, n.end(&t)}, orig: r, why: whyWidth})
		case r == '％':
			t.r, t.changed = '%', true
			n.add(logEntry{span: Span{t.s, n.end(&t)}, orig: r, why: whyWidth})
		case cjk.IsSpace(r):
			if r != ' ' {
				t.r, t.changed = ' ', true
			}
		}
		toks, marks = append(toks, t), marks|markOf(t.r)
	}
	if cap(toks) > cap(n.toks) {
		n.toks = toks[:0]
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
		return ln
	}
	if n.dropPinyin {
		n.pinyin(toks)
	}
	// the passes below act only on spaces, brackets and the marks (those
	// at the line's ends may be trimmed: marks may say more than is left)
	if marks&markSpace != 0 {
		n.strayWords(toks)
		n.letterSpacing(toks)
	}
	if marks&(markBracket|markRun) != 0 {
		n.punct(toks)
	}
	if marks&markSpace != 0 {
		n.spaces(toks)
	}

	// the line is built in scratch space, so its pieces count from 0, then
	// copied to the arena
	t0, p0 := n.text.Len(), len(n.pcs)
	b := pieceBuilder{buf: n.scratch[:0], pieces: n.pcs, floor: p0}
	run := -1 // start of a run of unchanged, contiguous source bytes
	runEnd := -1
	for i := range toks {
		t := &toks[i]
		if t.gone {
			continue
		}
		if !t.changed && t.s == runEnd {
			runEnd = n.end(t)
			continue
		}
		if run >= 0 {
			b.keep(src[run:runEnd], run)
			run = -1
		}
		if t.changed {
			b.replace(string(t.r), Span{t.s, n.end(t)})
			runEnd = -1
			continue
		}
		run, runEnd = t.s, n.end(t)
	}
	if run >= 0 {
		b.keep(src[run:runEnd], run)
	}
	n.text.Write(b.buf)
	n.scratch, n.pcs = b.buf[:0], b.pieces
	n.setText(&ln, t0, p0)
	n.endLine(toks)
	return ln
}

// mark is a set of the characters the normaliser's passes act on.
type mark uint8

const (
	markSpace   mark = 1 << iota // ' ' (strayWords, letterSpacing, spaces)
	markBracket                  // ( or ) (punct)
	markRun                      // a mark of isRunMark (punct)
)

// markOf returns the mark of one token's character.
func markOf(r rune) mark {
	switch r {
	case ' ':
		return markSpace
	case '(', ')':
		return markBracket
	case ',', ';', ':', '!', '?':
		return markRun
	}
	return 0
}

// setText sets the line's Text and pieces to what the arenas gained
// since they held t0 bytes and p0 pieces. The text is a slice of the
// builder's string: a strings.Builder never changes bytes once written
// (when it grows, it copies to a new buffer), so every line shares the
// one copy of the text. The pieces are never changed once the line is
// done either (pieceBuilder.floor).
func (n *normalizer) setText(ln *Line, t0, p0 int) {
	ln.Text = n.text.String()[t0:]
	if p1 := len(n.pcs); p1 > p0 {
		ln.pieces = n.pcs[p0:p1:p1]
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
			case isHalfPunct(c) || c == '&' || c == 'a':
				return false // 'a': a stray "and"
			}
			i++
			continue
		}
		r, size := decodeFastAt(src, i, sp.End)
		if size == 0 {
			r, size = decodeAt(src, i, sp.End)
		}
		if cjk.IsSpace(r) || cjk.IsDropped(r) || r == 0xFF05 || r >= 0xFF10 && r <= 0xFF19 || r >= 0xFF21 && r <= 0xFF3A || r >= 0xFF41 && r <= 0xFF5A {
			return false
		}
		if r >= 0xC0 && r <= 0x24F || r == 'ḿ' {
			return false // a toned vowel: maybe pinyin residue in full-width brackets
		}
		i += size
	}
	return true
}

// isRunMark reports the ASCII marks restored by their context, which may
// stand in runs (!!, ?!, ,:).
func isRunMark(r rune) bool { return r == ',' || r == ';' || r == ':' || r == '!' || r == '?' }

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
		a.s = n.end(&toks[p])
		if w := toks[q].s - a.s; w < wideTok {
			a.n = uint8(w)
		} else {
			if n.wide == nil {
				n.wide = map[int]int{}
			}
			a.n, n.wide[a.s] = wideTok, toks[q].s
		}
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
		t.r, _ = utf8.DecodeRuneInString(fullToHalfPunct[t.r])
		t.changed = true
		t.why = whyPunct
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
			// ASCII marks next to the brackets are settled later: look past them
			before, after := prev(toks, o), next(toks, i)
			for before >= 0 && (isRunMark(toks[before].r) || toks[before].r == '(') {
				before = prev(toks, before) // and past enclosing brackets, settled after this pair
			}
			for after < len(toks) && (isRunMark(toks[after].r) || toks[after].r == ')') {
				after = next(toks, after)
			}
			outer := chinese(before) && (after == len(toks) || chinese(after))
			if inner || outer {
				conv(o)
				conv(i)
			}
		}
	}
	for _, o := range stack { // unmatched openers
		if han(prev(toks, o)) || han(next(toks, o)) {
			conv(o)
		}
	}
	// then the marks, once the brackets are settled; a run of marks (!!,
	// ?!, ,:) goes by what stands around the whole run
	for i := 0; i < len(toks); i++ {
		if toks[i].gone || !isRunMark(toks[i].r) {
			continue
		}
		j := i // the run is i..j
		for k := next(toks, j); k < len(toks) && isRunMark(toks[k].r); k = next(toks, k) {
			j = k
		}
		p, q := prev(toks, i), next(toks, j)
		var ok bool
		if i == j && toks[i].r == ':' {
			pd := p >= 0 && (cjk.IsDigit(toks[p].r) || cjk.IsLatin(toks[p].r))
			ok = chinese(p) || (chinese(q) && !pd)
		} else {
			last := toks[j].r
			ok = chinese(p) || chinese(q) || (q == len(toks) && p >= 0 && (last == '!' || last == '?') && cjk.IsHan(toks[p].r))
		}
		if ok {
			for k := i; k <= j; k++ {
				if !toks[k].gone && isRunMark(toks[k].r) {
					conv(k)
				}
			}
		}
		i = j
	}
}

// pinyin removes pinyin residue that follows a Chinese character: 區(qū),
// 社区(shèqū), 镇（zhèn）. The residue's first token carries the repair
// and spans the whole residue.
func (n *normalizer) pinyin(toks []tok) {
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.r != '(' && t.r != '（' || t.gone || toks[i-1].gone || !cjk.IsHan(toks[i-1].r) {
			continue
		}
		m := hanzi.PinyinResidue(string(n.src[t.s:min(t.s+maxResidueBytes, len(n.src))]))
		if m == 0 {
			continue
		}
		// the residue's tokens must be exactly its bytes (no markup or
		// character reference inside)
		j, end := i, t.s
		for j < len(toks) && toks[j].s < t.s+m {
			if toks[j].s != end || toks[j].n == wideTok || toks[j].changed && toks[j].r != ' ' {
				break
			}
			end = n.end(&toks[j])
			j++
		}
		if end != t.s+m {
			continue
		}
		for k := i; k < j; k++ {
			toks[k].gone = true
		}
		t.why = whyPinyin
		t.n = uint8(m) // m <= maxResidueBytes < wideTok
		i = j - 1
	}
}

// maxResidueBytes bounds the bytes of a pinyin residue that pinyin reads:
// hanzi.PinyinResidue takes at most 24 letters, each of at most 2 bytes,
// with single spaces between syllables, and the brackets.
const maxResidueBytes = 100

// isListChar reports characters that stand alone as items of a short
// list when spaced out (东 南 西 北, 大 中 小, 是 否, 年 月 日): a spaced
// run made only of them is not closed up.
func isListChar(r rune) bool {
	r = hanzi.Simplify(r) // 東 南 西 北
	return strings.ContainsRune("东南西北中上下左右前后内外大小高低多少长短春夏秋冬是否男女甲乙丙丁一二三四五六七八九十零〇红黄蓝绿白黑紫金木水火土天地年月日时分秒有无", r)
}

// letterSpacing closes up letter-spaced words (政 府 工 作 报 告, 公 告,
// 长 寿 路 街 道): where every space of the line stands either between two
// single Chinese characters or next to clause punctuation (which spaces
// removes anyway), the spaces between single characters are typographic
// and go. When these gaps differ in width only the narrowest close (王 伟
// 李 明 → 王伟 李明). A line whose spaced characters are all ones that
// make short lists on their own (东 南 西 北, 是 否) is left alone.
func (n *normalizer) letterSpacing(toks []tok) {
	// gaps: runs of spaces; for each, the kept tokens on either side
	type gap struct{ lo, hi, width int } // toks[lo:hi] are the spaces
	var gaps []gap
	single := func(i int) bool { // toks[i] is a Chinese character standing alone
		if i < 0 || i >= len(toks) || !cjk.IsHan(toks[i].r) {
			return false
		}
		p, q := i-1, i+1
		for p >= 0 && toks[p].gone {
			p--
		}
		for q < len(toks) && toks[q].gone {
			q++
		}
		return (p < 0 || toks[p].r == ' ') && (q >= len(toks) || toks[q].r == ' ')
	}
	minWidth, letters, listOnly := math.MaxInt, 0, true
	for i := 0; i < len(toks); i++ {
		if toks[i].r != ' ' || toks[i].gone {
			continue
		}
		j, w := i, 0
		for j < len(toks) && (toks[j].r == ' ' || toks[j].gone) {
			if !toks[j].gone {
				w++
			}
			j++
		}
		p, q := prev(toks, i), j
		if p < 0 || q >= len(toks) {
			return // trimmed lines have no spaces at their ends; be safe
		}
		l, r := toks[p].r, toks[q].r
		switch {
		case single(p) && single(q):
			gaps = append(gaps, gap{i, j, w})
			minWidth = min(minWidth, w)
			letters++
			if !isListChar(l) || !isListChar(r) {
				listOnly = false
			}
		case cjk.IsClausePunct(l) || cjk.IsClausePunct(r):
		default:
			return // a space between words: the line is spaced for another reason
		}
		i = j - 1
	}
	if letters == 0 || listOnly {
		return
	}
	for _, g := range gaps {
		if g.width != minWidth {
			continue
		}
		for k := g.lo; k < g.hi; k++ {
			if !toks[k].gone {
				toks[k].gone = true
				toks[k].why = whyLetter
			}
		}
	}
}

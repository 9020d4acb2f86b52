package layout

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// piece maps the bytes of a repaired text starting at out to the source
// bytes src. A piece whose output and source lengths are equal maps byte
// for byte; any other piece (a replaced character, an inserted separator)
// maps as a whole.
type piece struct {
	out int
	src Span
}

// pieceBuilder builds a repaired text together with its pieces.
type pieceBuilder struct {
	buf    []byte
	pieces []piece
	floor  int // pieces below this index belong to earlier texts and are never extended
}

// keep appends source bytes unchanged.
func (b *pieceBuilder) keep(src []byte, at int) {
	if len(src) == 0 {
		return
	}
	if n := len(b.pieces); n > b.floor {
		last := &b.pieces[n-1]
		if last.src.End == at && len(b.buf)-last.out == last.src.Len() {
			// extend an identity piece
			b.buf = append(b.buf, src...)
			last.src.End += len(src)
			return
		}
	}
	b.pieces = append(b.pieces, piece{out: len(b.buf), src: Span{at, at + len(src)}})
	b.buf = append(b.buf, src...)
}

// replace appends text that stands for the source span src.
func (b *pieceBuilder) replace(text string, src Span) {
	b.pieces = append(b.pieces, piece{out: len(b.buf), src: src})
	b.buf = append(b.buf, text...)
}

// replaceLastRune replaces the last character of the text with text and
// returns the character replaced and its source span.
func (b *pieceBuilder) replaceLastRune(text string) (rune, Span) {
	r, size := utf8.DecodeLastRune(b.buf)
	at := len(b.buf) - size
	last := &b.pieces[len(b.pieces)-1]
	var src Span
	if last.out == at || len(b.buf)-last.out != last.src.Len() {
		src = last.src // the piece is this character alone, or maps as a whole
		b.buf = append(b.buf[:at], text...)
		return r, src
	}
	srcAt := last.src.Start + (at - last.out)
	src = Span{srcAt, srcAt + size}
	last.src.End = srcAt
	b.buf = append(b.buf[:at], text...)
	b.pieces = append(b.pieces, piece{out: at, src: src})
	return r, src
}

// appendReplacingFirst appends text (built with ps) with its first
// character replaced by first, and returns the source span of the
// replaced character. It reports false (and appends nothing) when the
// first character does not map on its own.
func (b *pieceBuilder) appendReplacingFirst(text string, ps []piece, first string) (Span, bool) {
	_, size := utf8.DecodeRuneInString(text)
	if len(ps) == 0 || size == 0 {
		return Span{}, false
	}
	p0 := ps[0]
	p0End := len(text)
	if len(ps) > 1 {
		p0End = ps[1].out
	}
	var src Span
	var rest []piece
	switch {
	case p0End-p0.out == p0.src.Len(): // identity: split off the first character
		src = Span{p0.src.Start, p0.src.Start + size}
		if p0End > size {
			rest = append(rest, piece{out: size, src: Span{p0.src.Start + size, p0.src.End}})
		}
		rest = append(rest, ps[1:]...)
	case p0End == size: // the first character maps as a whole
		src = p0.src
		rest = ps[1:]
	default:
		return Span{}, false
	}
	b.replace(first, src)
	base := len(b.buf)
	for _, p := range rest {
		b.pieces = append(b.pieces, piece{out: base + p.out - size, src: p.src})
	}
	b.buf = append(b.buf, text[size:]...)
	return src, true
}

// appendPieces appends an already built text with its pieces.
func (b *pieceBuilder) appendPieces(text string, ps []piece) {
	base := len(b.buf)
	for _, p := range ps {
		b.pieces = append(b.pieces, piece{out: base + p.out, src: p.src})
	}
	b.buf = append(b.buf, text...)
}

// sourceSpans maps the byte range [start, end) of text (built with ps) to
// the source spans it came from, merged where they touch.
func sourceSpans(ps []piece, textLen, start, end int) []Span {
	if start < 0 {
		start = 0
	}
	if end > textLen {
		end = textLen
	}
	if start >= end {
		return nil
	}
	var out []Span
	add := func(s Span) {
		if s.Len() <= 0 {
			return
		}
		if n := len(out); n > 0 && out[n-1].End >= s.Start && out[n-1].Start <= s.Start {
			if s.End > out[n-1].End {
				out[n-1].End = s.End
			}
			return
		}
		out = append(out, s)
	}
	// the first piece that may hold start: pieces are in order of out
	first, _ := slices.BinarySearchFunc(ps, start, func(p piece, at int) int { return cmp.Compare(p.out, at+1) })
	for i := max(first-1, 0); i < len(ps); i++ {
		p := ps[i]
		if p.out >= end {
			break
		}
		pEnd := textLen
		if i+1 < len(ps) {
			pEnd = ps[i+1].out
		}
		if pEnd <= start {
			continue
		}
		if pEnd-p.out == p.src.Len() { // identity: map exactly
			lo, hi := max(start, p.out), min(end, pEnd)
			add(Span{p.src.Start + lo - p.out, p.src.Start + hi - p.out})
		} else {
			add(p.src)
		}
	}
	return out
}

// SourceSpans returns the source spans that the bytes [start, end) of the
// block's Text were made from.
func (b *Block) SourceSpans(start, end int) []Span {
	return b.im.spans(sourceSpans(b.pieces, len(b.Text), start, end))
}

// SourceSpans returns the source spans that the bytes [start, end) of the
// line's Text were made from.
func (l *Line) SourceSpans(start, end int) []Span {
	return l.im.spans(sourceSpans(l.pieces, len(l.Text), start, end))
}

// Gaps returns the spans of Source that belong to no block, in order: line
// terminators, blank lines, indentation and trailing white space, a BOM,
// control characters at the edges of lines, markup (logged as
// [RepairHTML]) and the marks OCR read in a gutter (logged as
// [RepairColumns]). Together with the spans
// of the blocks they cover Source exactly once.
func (d *Document) Gaps() []Span {
	var used []Span
	for i := range d.Blocks {
		used = append(used, d.Blocks[i].Spans...)
	}
	sortSpans(used)
	var out []Span
	at := 0
	for _, s := range used {
		if s.Start > at {
			out = append(out, Span{at, s.Start})
		}
		at = max(at, s.End)
	}
	if at < len(d.Source) {
		out = append(out, Span{at, len(d.Source)})
	}
	return out
}

func sortSpans(s []Span) {
	slices.SortFunc(s, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
}

// Text returns the repaired text: the blocks in order, one a line,
// separated by blank lines, except that adjacent furniture lines stay
// together. Analyzing Text again gives the same blocks.
func (d *Document) Text() string {
	var b strings.Builder
	for i := range d.Blocks {
		blk := &d.Blocks[i]
		if i > 0 {
			prev := &d.Blocks[i-1]
			if blk.Kind == Furniture && prev.Kind == Furniture && d.adjacent(prev, blk) {
				b.WriteByte('\n')
			} else {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(blk.Text)
	}
	return b.String()
}

// adjacent reports whether block b starts on the line right after a's
// last line.
func (d *Document) adjacent(a, b *Block) bool {
	return len(a.Lines) > 0 && len(b.Lines) > 0 && b.Lines[0] == a.Lines[len(a.Lines)-1]+1
}

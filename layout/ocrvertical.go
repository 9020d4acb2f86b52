package layout

import (
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
)

// pairChars returns the Chinese characters of a line of a vertical
// headline set in two phrase columns and read across: one or two
// characters, maybe with a space between, or nil.
func pairChars(text string) []rune {
	var out []rune
	for _, r := range text {
		if r == ' ' {
			continue
		}
		if !cjk.IsHan(r) {
			return nil
		}
		out = append(out, r)
	}
	if len(out) == 0 || len(out) > 2 {
		return nil
	}
	return out
}

// isPairRun reports whether the n lines from first are a vertical headline
// of two phrase columns read across: four lines or more, most of them two
// characters.
func (a *assembler) isPairRun(first, n int) bool {
	if n < 4 {
		return false
	}
	pairs := 0
	for i := first; i < first+n; i++ {
		c := pairChars(a.d.Lines[i].Text)
		if c == nil {
			return false
		}
		if len(c) == 2 {
			pairs++
		}
	}
	return pairs*10 >= n*7
}

// pairRun reassembles a vertical headline of two phrase columns that OCR
// read across, a character of each column a line: vertical text is read
// right to left, so the right column's characters (the second of each
// line) come first, top to bottom, then the left column's. A line of one
// character belongs to the longer, left, column.
func (a *assembler) pairRun(first, n int) {
	type ch struct {
		line, off, size int
	}
	var rs, ls []ch
	for i := first; i < first+n; i++ {
		t := a.d.Lines[i].Text
		var cs []ch
		for off, r := range t {
			if r != ' ' {
				cs = append(cs, ch{i, off, utf8.RuneLen(r)})
			}
		}
		if len(cs) == 2 {
			ls = append(ls, cs[0])
			rs = append(rs, cs[1])
		} else {
			ls = append(ls, cs[0])
		}
	}
	var b pieceBuilder
	var spans []Span
	var before strings.Builder
	lines := make([]int, 0, n)
	for i := first; i < first+n; i++ {
		lines = append(lines, i)
		if i > first {
			before.WriteString("⏎")
		}
		before.WriteString(a.d.Lines[i].Text)
	}
	for _, part := range [][]ch{rs, ls} {
		for _, c := range part {
			l := &a.d.Lines[c.line]
			src := l.SourceSpans(c.off, c.off+c.size)
			if len(src) == 0 {
				continue
			}
			sp := Span{src[0].Start, src[len(src)-1].End}
			b.replace(l.Text[c.off:c.off+c.size], sp)
			spans = append(spans, sp)
		}
	}
	text := string(b.buf)
	sortSpans(spans) // Spans lists the source bytes in source order
	a.blocks = append(a.blocks, Block{Kind: Heading, Text: text, Lines: lines, Spans: spans, Narrow: true, pieces: b.pieces})
	a.d.Repairs = append(a.d.Repairs, Repair{Kind: RepairNarrow, Span: Span{a.d.Lines[first].Span.Start, a.d.Lines[first+n-1].Span.End},
		Before: before.String(), After: text,
		Reason: "vertical headline of two phrase columns read across reassembled, right column first"})
}

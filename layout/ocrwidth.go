package layout

import (
	"slices"
)

// colProfile is what the page's own lines say about its columns. Text
// read from a printed page (OCR, or a PDF) comes in lines as wide as the
// column they were set in: most of a column's lines have the same width,
// and a paragraph's last line is shorter. Web text, one paragraph a line,
// has no such width, and then width is 0 and nothing here applies.
type colProfile struct {
	width  int   // display width of a full column line (two a Chinese character), or 0
	widths []int // per line, its display width without spaces
	// indents: the page sets a paragraph's first line in by two
	// characters, as print does; OCR drops the spaces but the line
	// stays short. Read from the lines after a paragraph's short last
	// line: most of them are narrower than the column lines
	indents bool
}

// measureColumns finds the width of the page's column lines: the most
// common display width (within two units, a character) of the lines eight
// characters wide or more, when at least six lines and two in five of
// them share it.
func (a *assembler) measureColumns() {
	lines := a.d.Lines
	a.cols.widths = make([]int, len(lines))
	var ws []int
	for i := range lines {
		if lines[i].Blank {
			continue
		}
		w := int(a.feats[i].width) // measured by features
		a.cols.widths[i] = w
		if w >= 16 && a.feats[i].furniture == noFurn {
			ws = append(ws, w)
		}
	}
	if len(ws) < 6 {
		return
	}
	slices.Sort(ws)
	best, bestN := 0, 0
	for i := range ws {
		// lines within [ws[i], ws[i]+3]: a full line, or one with a
		// character hung past the edge or a digit pair in place of a
		// character
		j := i
		for j < len(ws) && ws[j] <= ws[i]+3 {
			j++
		}
		if j-i > bestN || j-i == bestN && ws[i] > best {
			best, bestN = ws[i], j-i
		}
	}
	if bestN >= 6 && bestN*5 >= len(ws)*2 && best <= 60 {
		a.cols.width = best
		a.measureIndents()
	}
}

// measureIndents reads whether the page indents its paragraphs: of the
// lines right after a paragraph's short last line (a sentence end, a
// blank line or none between, no column break), two or more, and most,
// are a character or two narrower than the column lines.
func (a *assembler) measureIndents() {
	lines := a.d.Lines
	in, flush := 0, 0
	for i := 1; i < len(lines); i++ {
		p := i - 1
		if p > 0 && lines[p].Blank {
			p--
		}
		if lines[i].Blank || lines[p].Blank || a.columnBreak(p, i) || a.feats[p].furniture != noFurn || a.feats[i].furniture != noFurn {
			continue
		}
		if !a.feats[p].endsSentence || !a.shortLine(p) || a.feats[i].byline || a.feats[i].dateline {
			continue
		}
		w := a.cols.widths[i]
		switch {
		case w >= a.cols.width:
			flush++
		case w >= a.cols.width-6 && w <= a.cols.width-3:
			in++
		}
	}
	a.cols.indents = in > flush
}

// fullLine reports whether line i is as wide as the page's column lines
// (or wider by no more than a hung character): a line that runs on.
func (a *assembler) fullLine(i int) bool {
	w := a.cols.width
	return w > 0 && a.cols.widths[i] >= w-5 && a.cols.widths[i] <= w+6
}

// ocrColumnText reports whether line i, unmarked as a caption, is as
// wide as the page's column lines: a line of the column's text, never an
// unmarked caption dropped into a sentence.
func (a *assembler) ocrColumnText(i int) bool {
	return a.fullLine(i) && !isCaptionMarked(a.d.Lines[i].Text)
}

// shortLine reports whether line i is clearly narrower than the page's
// column lines.
func (a *assembler) shortLine(i int) bool {
	w := a.cols.width
	return w > 0 && a.cols.widths[i] < w-5
}

// columnLine reports whether line i reads as a line of a text column
// rather than a heading: as wide as the column lines and either holding
// clause punctuation or set next to another such line (no blank line
// between).
func (a *assembler) columnLine(i int) bool {
	if !a.fullLine(i) {
		return false
	}
	f := &a.feats[i]
	if f.commas > 0 || f.enums > 0 || f.hasStop || f.startsCont || f.open || f.dangling {
		return true
	}
	lines := a.d.Lines
	if i > 0 && !lines[i-1].Blank && a.fullLine(i-1) && !a.feats[i-1].endsSentence {
		return true
	}
	if f.spaced {
		return false // headline style: parts separated by spaces
	}
	// the next line, across a blank line (a column break), is column
	// text: as wide, or a paragraph's short last line
	j := i + 1
	for j < len(lines) && lines[j].Blank {
		j++
	}
	if j == len(lines) {
		return false
	}
	fj := &a.feats[j]
	if fj.byline || fj.dateline || fj.furniture != noFurn {
		return false
	}
	// a quote or bracket left open counts only where the text goes on
	// under the line: a headline's last line whose closing quote OCR
	// lost stands over a blank line
	open := fj.open && j+1 < len(lines) && !lines[j+1].Blank
	return a.fullLine(j) && (fj.commas > 0 || fj.enums > 0 || fj.hasStop || fj.startsCont || open) || fj.endsSentence && a.shortLine(j) && fj.commas > 0
}

// seamSpan is the source between two lines joined: the bytes between
// them, or, when B stands before A in the source (a column read on from
// a line set beside it), the empty span where B starts.
func seamSpan(A, B *Line) Span {
	if B.Span.Start < A.Span.End {
		return Span{B.Span.Start, B.Span.Start}
	}
	return Span{A.Span.End, B.Span.Start}
}

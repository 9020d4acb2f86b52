package layout

import (
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
)

// The join decisions that a page's column width makes possible (see
// colProfile). They apply only when the page has column lines.

// ocrRunsOn reports whether the open paragraph, whose last line is A,
// runs on into the line at item k: A is a column line that does not end a
// sentence, so whatever stands between (a blank line, a column break) is a
// break of the column, not of the paragraph, unless the line at k is a
// byline, a dateline or a headline with what follows headlines after it.
func (a *assembler) ocrRunsOn(A, k int) bool {
	if a.cols.width == 0 {
		return false
	}
	i := a.items[k].line
	fa, f := &a.feats[A], &a.feats[i]
	if fa.byline || fa.meta || f.byline || f.dateline || f.meta || !a.bodyColumnLine(A) {
		return false
	}
	if fa.endsSentence || fa.endsColon {
		// a sentence end at a full line's end (or at the end of a
		// paragraph's indented first line) may end the paragraph or
		// not: the next line tells. A paragraph's first line is indented
		// two characters, so a next line in the same block (no blank line
		// between) as wide as the column lines cannot open a paragraph
		// and runs on. Joining whenever the next line was near full width
		// merged paragraphs (OCR drops the indent, digits narrow a line).
		// The top line of a column cut out of side-by-side columns is
		// left alone: its indent went with the gutter's spaces. A line
		// without punctuation may be a heading, unless the page indents
		// its paragraphs and the line reads as column text
		return fa.endsSentence && a.cols.widths[A] >= a.cols.width-4 && a.flushLine(i) && !a.blankBefore(i) &&
			!a.columnBreak(A, i) && (!f.headingLike() || a.cols.indents && !f.spaced)
	}
	if a.columnLine(i) || f.startsCont {
		return true
	}
	// a short line: the end of the paragraph (a sentence end), or a
	// heading when what follows headings follows it
	return !(f.headingLike() && a.headingContext(k, 2))
}

// bodyColumnLine reports whether line A, the last line of the open
// paragraph, is a line of a text column: a column line, or a full line
// that a join already made part of the paragraph's running text.
func (a *assembler) bodyColumnLine(A int) bool {
	return a.columnLine(A) || a.cur != nil && len(a.cur.lines) > 1 && a.fullLine(A)
}

// ocrLeadRunsOn reports whether a column line (full, or a paragraph's
// indented first line) that opens with a dateline (本报讯, with its
// bracketed byline or not) and goes on into the text of the paragraph,
// cut at the column's edge inside a word, runs on into the
// column line at item k: the dateline leads the paragraph, and the parser
// reads it off the paragraph's start.
func (a *assembler) ocrLeadRunsOn(A, k int) bool {
	if a.cols.width == 0 || a.items[k].narrow > 0 {
		return false
	}
	i := a.items[k].line
	fa, f := &a.feats[A], &a.feats[i]
	if !fa.dateline || fa.endsSentence || fa.endsColon || fa.endsClause || a.cols.widths[A] < a.cols.width/2 || a.cols.widths[A] > a.cols.width+6 {
		return false
	}
	if f.byline || f.dateline || f.meta || f.headingLike() && !a.columnLine(i) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(a.d.Lines[A].Text)
	return cjk.IsHan(last) && (a.columnLine(i) || f.startsCont)
}

// ocrCaptionLines reports how many items from k on make a caption of two
// or three lines set inside a sentence cut at a column's foot, or 0: the
// open paragraph's last line A is a column line that does not end a
// sentence; the caption's lines stand together between blank lines, the
// first marked as a caption (图为…, ▲…) or the last credited (…摄); and
// the line after them continues the sentence (a column line, or the
// paragraph's short last line).
func (a *assembler) ocrCaptionLines(A, k int) int {
	if a.cols.width == 0 {
		return 0
	}
	fa := &a.feats[A]
	if fa.endsSentence || fa.endsColon || fa.byline || !a.bodyColumnLine(A) {
		return 0
	}
	lines := a.d.Lines
	first := a.items[k].line
	if !a.blankBefore(first) && !a.columnBreak(A, first) {
		return 0
	}
	runes := 0
	for n := 1; n <= 3 && k+n-1 < len(a.items); n++ {
		it := a.items[k+n-1]
		i := it.line
		f := &a.feats[i]
		// a photographer's credit (…记者 张三 摄) reads as a byline
		if it.narrow > 0 || i != first+n-1 || f.byline && !isCredited(lines[i].Text) || f.dateline || f.furniture != noFurn {
			return 0
		}
		runes += int(f.runes)
		if runes > 60 {
			return 0
		}
		if n == 1 || i+1 < len(lines) && !lines[i+1].Blank {
			continue // a caption of one line is ocrInterruption's
		}
		if !isCaptionMarked(lines[first].Text) && !isCredited(lines[i].Text) {
			return 0
		}
		j := a.nextItem(k + n - 1)
		if j < 0 || a.items[j].narrow > 0 {
			return 0
		}
		c := a.items[j].line
		fc := &a.feats[c]
		if fc.byline || fc.dateline || fc.spaced {
			return 0
		}
		if fc.startsCont || a.fullLine(c) || fc.endsSentence && a.shortLine(c) {
			return n
		}
		return 0
	}
	return 0
}

// liftCaptionLines lifts the n caption lines from item k out of the open
// paragraph, one caption block a line, and joins the line after them.
// It returns the last item consumed.
func (a *assembler) liftCaptionLines(k, n int) int {
	var text []string
	for m := k; m < k+n; m++ {
		i := a.items[m].line
		a.single(i, Caption, "caption")
		text = append(text, a.d.Lines[i].Text)
	}
	first, last := a.items[k].line, a.items[k+n-1].line
	a.d.Repairs = append(a.d.Repairs, Repair{Kind: RepairCaption, Span: Span{a.d.Lines[first].Span.Start, a.d.Lines[last].Span.End},
		Before: strings.Join(text, "⏎"), Reason: "caption of several lines inside a sentence cut at a column's foot lifted out"})
	j := a.nextItem(k + n - 1)
	for m := k + n; m < j; m++ { // furniture in between
		a.single(a.items[m].line, Furniture, a.furnReason(a.items[m].line))
	}
	a.join(a.items[j].line)
	return j
}

// ocrWideStandsApart reports whether the open paragraph, a single line A
// wider than the page's column lines with a blank line after it, stands
// apart from the line at item k even though it leaves a quote or bracket
// open: a headline set across the columns, whose closing mark OCR lost,
// is no column text to run on.
func (a *assembler) ocrWideStandsApart(A, k int) bool {
	if a.cols.width == 0 || a.cur == nil || len(a.cur.lines) != 1 || a.splitLine(A) {
		return false
	}
	i := a.items[k].line
	fa, f := &a.feats[A], &a.feats[i]
	return a.cols.widths[A] > a.cols.width+6 && a.blankBefore(i) && !f.startsCont &&
		!fa.endsClause && !fa.endsSentence && !fa.endsColon && fa.commas == 0 && !cjk.NoLineEnd(fa.last)
}

// ocrInterruption reports whether the line at item k stands inside a
// sentence cut at the foot of a column: the open paragraph's last line A
// is a column line that does not end a sentence, the line at k is a
// short line (a caption, a byline, a label at a column's top) or a
// byline, and the next line continues the sentence. The caller lifts the
// line out and joins the next.
func (a *assembler) ocrInterruption(A, k int) bool {
	if a.cols.width == 0 || a.items[k].narrow > 0 {
		return false
	}
	i := a.items[k].line
	fa, f := &a.feats[A], &a.feats[i]
	if fa.endsSentence || fa.endsColon || fa.byline || !a.bodyColumnLine(A) {
		return false
	}
	// a line a character or more narrower than the column lines, with
	// no sentence end, cannot stand inside a sentence that runs on: it
	// is a caption however close to the column's width
	if f.dateline || a.fullLine(i) && !f.byline && !(a.cols.widths[i] <= a.cols.width-2 && f.enums == 0 && !f.hasStop && !f.open) ||
		f.runes > 40 || f.endsSentence && !f.byline || f.commas > 0 {
		return false
	}
	j := a.nextItem(k)
	if j < 0 || a.items[j].narrow > 0 {
		return false
	}
	c := a.items[j].line
	fc := &a.feats[c]
	if fc.byline || fc.dateline {
		return false
	}
	return fc.startsCont || a.columnLine(c) && !(fc.headingLike() && a.headingContext(j, 2))
}

// ocrHeadingBlocked reports whether a line that reads like a heading is a
// column line instead: as wide as the page's column lines, with clause
// punctuation or another column line set next to it.
func (a *assembler) ocrHeadingBlocked(i int) bool {
	return a.cols.width > 0 && a.columnLine(i)
}

// ocrMarkedCaption reports a line marked as a caption (图为…, ▲…, …摄)
// after a column line that does not end a sentence, when the line after
// it does not continue the sentence (ocrInterruption takes the case where
// it does): on an OCR'd page a caption is never part of the body.
func (a *assembler) ocrMarkedCaption(A, k int) bool {
	if a.cols.width == 0 || a.items[k].narrow > 0 {
		return false
	}
	i := a.items[k].line
	fa, f := &a.feats[A], &a.feats[i]
	text := a.d.Lines[i].Text
	if fa.endsSentence || fa.byline || f.byline || f.dateline || f.runes > 40 || !isCaptionMarked(text) {
		return false
	}
	if f.hasStop && !isCredited(text) {
		return false
	}
	return !a.ocrInterruption(A, k)
}

// flushLine reports whether line i fills its column to the edge (or past
// it by a hung character): wider than a paragraph's indented first line
// or, most often, its last.
func (a *assembler) flushLine(i int) bool {
	w := a.cols.width
	return w > 0 && a.cols.widths[i] >= w && a.cols.widths[i] <= w+6
}

// splitLine reports whether line i was cut out of side-by-side columns.
func (a *assembler) splitLine(i int) bool {
	return i < len(a.colSplit) && a.colSplit[i]
}

// columnBreak reports whether a column read apart from the one before
// it (side-by-side columns split) opens after line A, up to line i.
func (a *assembler) columnBreak(A, i int) bool {
	for k := A + 1; k <= i && k < len(a.colTop); k++ {
		if a.colTop[k] {
			return true
		}
	}
	return false
}

// blankBefore reports whether a blank line stands right before line i.
func (a *assembler) blankBefore(i int) bool {
	return i > 0 && a.d.Lines[i-1].Blank
}

// ocrRelabelBody gives the first line of a paragraph joined from column
// lines the body label when the line model took it for a heading, a
// headline or other text: on a printed page a line that runs on into the
// column lines after it, making a paragraph with a sentence end, is that
// paragraph's first line (the parser reads a block by its first line).
func (a *assembler) ocrRelabelBody() {
	if a.cols.width == 0 {
		return
	}
	for _, b := range a.blocks {
		if b.Kind != Body || len(b.Lines) < 2 || b.Narrow {
			continue
		}
		l := &a.d.Lines[b.Lines[0]]
		if l.Label != LabelSection && l.Label != LabelHeadline && l.Label != LabelOther {
			continue
		}
		if !strings.ContainsAny(b.Text, "。！？") || utf8.RuneCountInString(b.Text) < 30 {
			continue
		}
		l.Label = LabelBody
	}
}

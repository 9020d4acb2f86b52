package layout

import (
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
)

// RepairOCRBracket marks a bracket OCR misread around a byline (after a
// dateline, or on a line of its own) and restored: 本报讯〈记者 张三) →
// 本报讯（记者 张三）.
const RepairOCRBracket RepairKind = "ocr-bracket"

// RepairOCRDateline marks a quote OCR read in the space after a dateline
// (本报讯”8月3日) replaced by a space.
const RepairOCRDateline RepairKind = "ocr-dateline"

// junkQuote reports whether a quote mark q right after a dateline is OCR's
// reading of the space there: a closing quote always, an opening one when
// a date follows it and no closing quote follows on the line.
func junkQuote(rest string, q rune) bool {
	if q == '”' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return cjk.IsDigit(r) && !strings.ContainsAny(rest, "”\"")
}

// bylineRoles open a byline inside brackets after a dateline.
var bracketRoles = []string{"记者", "通讯员", "实习生", "见习记者", "特约记者", "摄影"}

// isOpenerLike reports the characters OCR reads for a full-width opening
// bracket.
func isOpenerLike(r rune) bool {
	switch r {
	case '〈', '《', '(', '[', '【', '{', '<', '「', '『', 'C':
		return true
	}
	return false
}

// isCloserLike reports the characters OCR reads for a full-width closing
// bracket.
func isCloserLike(r rune) bool {
	switch r {
	case '〉', '》', ')', ']', '】', '}', '>', '」', '』', 'J':
		return true
	}
	return false
}

// ocrBrackets restores the brackets around a byline set after a dateline,
// or on a line of its own after the body, when OCR misread them:
// 本报讯〈记者 张三 通讯员 李四) becomes 本报讯（记者 张三 通讯员 李四）,
// 《记者 张三) becomes （记者 张三）. The closing bracket may stand on the
// next line. Each change is logged.
func (a *assembler) ocrBrackets() {
	lines := a.d.Lines
	for i := range lines {
		l := &lines[i]
		if l.Blank {
			continue
		}
		at := -1
		if strings.HasPrefix(l.Text, "本报") {
			head := l.Text
			if len(head) > 30 {
				head = head[:30]
			}
			if k := strings.Index(head, "讯"); k >= 0 {
				at = k + len("讯")
			}
		} else if r, _ := utf8.DecodeRuneInString(l.Text); isOpenerLike(r) && utf8.RuneCountInString(l.Text) <= 30 {
			at = 0 // a byline in brackets on a line of its own, after the body: 〈记者 张三)
		}
		if at < 0 {
			continue
		}
		for at < len(l.Text) && l.Text[at] == ' ' {
			at++
		}
		r, size := utf8.DecodeRuneInString(l.Text[at:])
		if at > 0 && (r == '”' || r == '“' || r == '"') && junkQuote(l.Text[at+size:], r) {
			// the space after a dateline, read as a quote
			a.replaceInLine(i, at, size, " ", "mark OCR read in the space after a dateline replaced by a space")
			a.d.Repairs[len(a.d.Repairs)-1].Kind = RepairOCRDateline
			continue
		}
		// a quote before a role word is OCR's reading of the bracket too
		// (本报讯“记者 张三) 8月3日): the role word is checked next
		if r != '（' && !isOpenerLike(r) && !(at > 0 && (r == '“' || r == '"')) {
			continue
		}
		role := false
		for _, w := range bracketRoles {
			if strings.HasPrefix(strings.TrimLeft(l.Text[at+size:], " "), w) {
				role = true
			}
		}
		if !role {
			continue
		}
		if r != '（' {
			a.replaceInLine(i, at, size, "（", "bracket OCR misread before a byline restored")
		}
		// the closing bracket: this line or the next
		for j, n := i, 0; j < len(lines) && n < 2; j++ {
			if lines[j].Blank {
				continue
			}
			n++
			from := 0
			if j == i {
				from = at + len("（")
			}
			text := lines[j].Text
			done := false
			for off, c := range text[from:] {
				if off > 60 {
					break
				}
				if c == '）' {
					done = true
					break
				}
				if isCloserLike(c) {
					a.replaceInLine(j, from+off, utf8.RuneLen(c), "）", "bracket OCR misread after a byline restored")
					done = true
					break
				}
			}
			if done {
				break
			}
		}
	}
}

// replaceInLine replaces size bytes of line i's text at byte offset at
// with text, keeping the pieces that map the text to the source, and logs
// the repair.
func (a *assembler) replaceInLine(i, at, size int, text, reason string) {
	l := &a.d.Lines[i]
	old := l.Text[at : at+size]
	var src Span
	var pieces []piece
	delta := len(text) - size
	for k, p := range l.pieces {
		end := len(l.Text)
		if k+1 < len(l.pieces) {
			end = l.pieces[k+1].out
		}
		switch {
		case end <= at:
			pieces = append(pieces, p)
		case p.out >= at+size:
			p.out += delta
			pieces = append(pieces, p)
		case end-p.out == p.src.Len() && p.out <= at && at+size <= end:
			// an identity piece: split around the character
			src = Span{p.src.Start + at - p.out, p.src.Start + at - p.out + size}
			if at > p.out {
				pieces = append(pieces, piece{out: p.out, src: Span{p.src.Start, src.Start}})
			}
			pieces = append(pieces, piece{out: at, src: src})
			if at+size < end {
				pieces = append(pieces, piece{out: at + len(text), src: Span{src.End, p.src.End}})
			}
		default:
			// a piece that maps as a whole already
			src = p.src
			pieces = append(pieces, p)
		}
	}
	if len(l.pieces) == 0 {
		src = Span{l.Span.Start + at, l.Span.Start + at + size}
	}
	l.Text = l.Text[:at] + text + l.Text[at+size:]
	l.pieces = pieces
	a.d.Repairs = append(a.d.Repairs, Repair{Kind: RepairOCRBracket, Span: src, Before: old, After: text, Reason: reason})
}

// RepairOCRDash marks the dash opening a subtitle that OCR read as two
// Chinese "one" characters (一一) or a one and a rule mark (一_),
// restored: 一一把好事办到群众心坎上 → ——把好事办到群众心坎上.
const RepairOCRDash RepairKind = "ocr-dash"

// maxSubtitleRunes is the longest line read as a dash subtitle, and
// maxTitleRunes the longest line above it read as its headline.
const (
	maxSubtitleRunes = 30
	maxTitleRunes    = 40
)

// dashLike reports the characters OCR reads for the halves of a dash: the
// numeral 一, a rule, a hyphen.
func dashLike(r rune) bool {
	return r == '一' || r == '_' || r == '-' || r == '—' || r == '－'
}

// ocrDashes restores the dash opening a subtitle under a headline when OCR
// read it as 一一 (or 一_, _一): the line opens with two dash-like
// characters, at least one of them 一 and neither a real dash pair,
// followed by a Chinese character; it is short and holds no sentence
// punctuation; and the line above it (a blank line between or not) is a
// headline: short, ending with no full stop or clause mark (a headline
// may end with ！ or ？). A body line opening with 一一 (一一对应) runs on
// from a longer line that does end one or is itself long.
func (a *assembler) ocrDashes() {
	lines := a.d.Lines
	prev := -1 // the last non-blank line
	for i := range lines {
		l := &lines[i]
		if l.Blank {
			continue
		}
		p := prev
		prev = i
		if p < 0 || i-p > 2 {
			continue
		}
		text := l.Text
		at := len(text) - len(strings.TrimLeft(text, " "))
		r1, n1 := utf8.DecodeRuneInString(text[at:])
		r2, n2 := utf8.DecodeRuneInString(text[at+n1:])
		r3, _ := utf8.DecodeRuneInString(text[at+n1+n2:])
		if !dashLike(r1) || !dashLike(r2) || r1 != '一' && r2 != '一' || r1 == '一' && r2 == '一' && r3 == '一' || !cjk.IsHan(r3) {
			continue
		}
		if n := utf8.RuneCountInString(text); n > maxSubtitleRunes || n < 4 || strings.ContainsAny(text, "。！？；") {
			continue
		}
		above := strings.TrimSpace(lines[p].Text)
		last, _ := utf8.DecodeLastRuneInString(above)
		if utf8.RuneCountInString(above) > maxTitleRunes || strings.ContainsRune("。；，、：", last) {
			continue
		}
		a.replaceInLine(i, at, n1+n2, "——", "dash OCR read as 一一 before a subtitle restored")
		a.d.Repairs[len(a.d.Repairs)-1].Kind = RepairOCRDash
	}
}

// isDashSubtitle reports a line that reads as a dash subtitle: it opens
// with a dash (——让服务更贴近群众), is short and holds no sentence
// punctuation.
func isDashSubtitle(text string) bool {
	text = strings.TrimSpace(text)
	return strings.HasPrefix(text, "——") && utf8.RuneCountInString(text) <= maxSubtitleRunes && !strings.ContainsAny(text, "。！？；")
}

// ocrSubtitleApart reports, on an OCR'd page, that the open paragraph,
// one short line with no sentence end (a headline, maybe with a quote OCR
// left open), and the line i do not run on because one of them is a dash
// subtitle (a headline and its subtitle stand apart, and so do a subtitle
// and the body's first line OCR set right under it), or because the open
// line is a headline's second line.
func (a *assembler) ocrSubtitleApart(i int) bool {
	if a.cols.width == 0 && len(a.colTop) == 0 || a.cur == nil || len(a.cur.lines) != 1 || a.feats[i].startsCont {
		return false
	}
	A := a.cur.lines[0]
	fa := &a.feats[A]
	if fa.endsSentence || fa.endsClause || fa.byline || fa.dateline || utf8.RuneCountInString(a.d.Lines[A].Text) > maxTitleRunes {
		return false
	}
	if isDashSubtitle(a.d.Lines[i].Text) || isDashSubtitle(a.d.Lines[A].Text) {
		return true
	}
	// the second line of a two-line headline (深入领会……精神⏎扎实推进“建设
	// 新徐汇、再造新徐汇”), set right under the heading made of the first,
	// before a blank line: it does not run on into the body below, though
	// OCR left a quote in it open
	if A == 0 || a.d.Lines[A-1].Blank || !a.blankBefore(i) || strings.ContainsAny(a.d.Lines[A].Text, "。，；！？") {
		return false
	}
	n := len(a.blocks)
	return n > 0 && a.blocks[n-1].Kind == Heading && a.blocks[n-1].Lines[len(a.blocks[n-1].Lines)-1] == A-1
}

// ocrDatelineRunsOn reports, on an OCR'd page, that the open paragraph,
// a single line opening with a dateline (本报讯 徐汇区信访工作联席) that ends
// no sentence, runs on into line i set right under it (no blank line
// between): a dateline opens a paragraph, it never stands as one, however
// the line model labels the lines. The space OCR keeps after the dateline
// makes the line look like a spaced headline line to the width rules.
func (a *assembler) ocrDatelineRunsOn(i int) bool {
	if a.cols.width == 0 && len(a.colTop) == 0 || a.cur == nil || len(a.cur.lines) != 1 {
		return false
	}
	A := a.cur.lines[0]
	fa, f := &a.feats[A], &a.feats[i]
	if !fa.dateline || fa.endsSentence || fa.byline || A+1 != i {
		return false
	}
	return !f.byline && !f.dateline && f.furniture == noFurn && !isCaptionMarked(a.d.Lines[i].Text) && !isDashSubtitle(a.d.Lines[i].Text)
}

package layout

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
)

// RepairColumns marks text columns that OCR (or pdftotext -layout) read
// straight across the gutters, split back into columns and read in order,
// and the gutter marks dropped on the way.
const RepairColumns RepairKind = "columns"

// colGap is a run of spaces inside a line.
type colGap struct {
	start, end int // bytes of the spaces
	pos        int // display position where the text after the gap starts
	spaces     int // display width of the run
	count      int // characters in the run
	left       int // display width of the line's text before the gap
	right      int // display width after
}

// dispWidth is the width of r on a fixed-pitch display: two for Chinese
// characters and punctuation, one for the rest.
func dispWidth(r rune) int {
	// below 0x2E80 only punctuation is Chinese, and none of it is ASCII
	if r >= 0x2E80 || r >= 0x80 && cjk.IsCJKPunct(r) {
		return 2
	}
	return 1
}

func isColSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' }

// maxRowBytes bounds the lines read as rows of columns set side by side:
// a row of a printed page holds at most a few hundred characters (some 750
// bytes of Chinese), so a longer line is running text, never columns.
const maxRowBytes = 1500

// hasColSpace reports whether b holds a character isColSpace accepts.
func hasColSpace(b []byte) bool {
	return bytes.IndexByte(b, ' ') >= 0 || bytes.IndexByte(b, '\t') >= 0 ||
		bytes.Contains(b, []byte("\u3000")) || bytes.Contains(b, []byte("\u00a0"))
}

// textWidth is the display width of a line with no space in it: the width
// lineGaps returns for it.
func textWidth(b []byte) int {
	w := 0
	for i := 0; i < len(b); {
		r, size := decodeFastAt(b, i, len(b)) // inlined; decodeAt for the rest
		if size == 0 {
			r, size = decodeAt(b, i, len(b))
		}
		w += dispWidth(r)
		i += size
	}
	return w
}

// lineGaps lists the runs of spaces inside the line (not at its edges)
// and the line's display width.
func lineGaps(src []byte, sp Span) ([]colGap, int) {
	var gaps []colGap
	pos := 0
	seen := false // text seen before
	runStart, runW, runN := -1, 0, 0
	for i := sp.Start; i < sp.End; {
		r, size := decodeFastAt(src, i, sp.End) // inlined; decodeAt for the rest
		if size == 0 {
			r, size = decodeAt(src, i, sp.End)
		}
		w := dispWidth(r)
		if r == '\t' {
			w = 4
		}
		if isColSpace(r) {
			if seen && runStart < 0 {
				runStart, runW, runN = i, 0, 0
			}
			if runStart >= 0 {
				runW += w
				runN++
			}
		} else {
			if runStart >= 0 {
				gaps = append(gaps, colGap{start: runStart, end: i, pos: pos, spaces: runW, count: runN, left: pos - runW})
				runStart = -1
			}
			seen = true
		}
		pos += w
		i += size
	}
	width := pos
	if runStart >= 0 {
		width -= runW // trailing spaces
	}
	for k := range gaps {
		gaps[k].right = width - gaps[k].pos
	}
	return gaps, width
}

// isGutterMark reports a character that OCR reads in a gutter: a lone
// quote or bar next to the run of spaces.
func isGutterMark(r rune) bool {
	switch r {
	case '”', '“', '"', '\'', '‘', '’', '|', '｜', '丨', '。', '，', '、', '.', ',':
		return true
	}
	return false
}

// strongGap reports a gap that may be a gutter on its own: two spaces or
// more, or one next to a gutter mark, with text on either side.
func strongGap(src []byte, g colGap) bool {
	// a character or two of a vertical headline set in a strip beside
	// the text, and a wide gap
	if g.count >= 4 && (g.left >= 2 && g.left <= 4 && g.right >= 10 || g.right >= 2 && g.right <= 4 && g.left >= 14) {
		return true
	}
	// a paragraph's short last line, then a wide gap
	if g.count >= 4 && g.left >= 6 && g.right >= 6 {
		return true
	}
	if g.left < 14 || g.right < 10 {
		return false
	}
	if g.count >= 2 {
		return true
	}
	before, _ := utf8.DecodeLastRune(src[:g.start])
	after, _ := utf8.DecodeRune(src[g.end:])
	// Chinese text has no spaces between its characters: one there is
	// OCR's, at a gutter or at a word it misread as two
	return isGutterMark(before) || isGutterMark(after) || cjk.IsChinese(before) && cjk.IsChinese(after)
}

// colRegion is a run of lines set side by side.
type colRegion struct {
	first, last int   // physical lines, inclusive
	gutters     []int // display positions where columns 1… start
	byRank      bool  // the gutters were found by the rank of the gaps, not their positions
}

// findColumns finds the regions of lines that hold two or more text
// columns side by side: at least three lines with runs of spaces ending
// at consistent positions.
func findColumns(src []byte, spans []Span) []colRegion {
	type lineInfo struct {
		strong []int // positions of strong gaps
		lefts  []int // the text's width before each
		blank  bool
		width  int
	}
	info := make([]lineInfo, len(spans))
	multi := 0
	for i, sp := range spans {
		if sp.End-sp.Start > maxRowBytes {
			// far wider than any printed page: not a row of columns, and
			// listing its gaps would cost memory in proportion to it
			info[i] = lineInfo{width: sp.End - sp.Start}
			continue
		}
		if !hasColSpace(src[sp.Start:sp.End]) {
			continue // no gap: its width is measured below if needed
		}
		g, w := lineGaps(src, sp)
		info[i] = lineInfo{width: w, blank: w == 0}
		for _, x := range g {
			if strongGap(src, x) {
				info[i].strong = append(info[i].strong, x.pos)
				info[i].lefts = append(info[i].lefts, x.left)
			}
		}
		if len(info[i].strong) > 0 {
			multi++
		}
	}
	if multi < 3 {
		return nil
	}
	for i, sp := range spans {
		if !hasColSpace(src[sp.Start:sp.End]) {
			w := textWidth(src[sp.Start:sp.End])
			info[i] = lineInfo{width: w, blank: w == 0}
		}
	}
	var regions []colRegion
	for i := 0; i < len(spans); {
		if len(info[i].strong) == 0 {
			i++
			continue
		}
		// extend over lines with strong gaps and blank lines; a line
		// without a gap ends the region, and belongs to it when it
		// follows a line of the region directly and is no wider than
		// the first column (a column's last line)
		last, j := i, i+1
		for j < len(spans) {
			if len(info[j].strong) > 0 {
				last = j
			} else if !info[j].blank {
				// one line without a gap between two with gaps is a row
				// whose gap OCR missed
				if j == last+1 && j+1 < len(spans) && len(info[j+1].strong) > 0 {
					j++
					continue
				}
				// a few lines of body text no wider than a column, then
				// more rows with gaps: rows beside a photo
				if end := photoRows(src, spans, j, info2width(i, last, func(k int) ([]int, []int) { return info[k].strong, info[k].lefts }),
					func(k int) bool { return len(info[k].strong) > 0 }, func(k int) bool { return info[k].blank },
					func(k int) int { return info[k].width }); end > j {
					j = end
					continue
				}
				if j == last+1 && info[j].width-leadWidth(src, spans[j]) <= 48 {
					last = j
				}
				break
			}
			j++
		}
		var pos []int
		lines, blanks := 0, 0
		for k := i; k <= last; k++ {
			if len(info[k].strong) > 0 {
				lines++
				pos = append(pos, info[k].strong...)
			} else if info[k].blank {
				blanks++
			}
		}
		// the gutters: where the gaps line up, or else the gaps' ranks
		// when the lines hold as many of them; the first column must be
		// as wide as a column of text (the text before the first gutter,
		// ten characters or more at the median), or the gutters a
		// column's width apart
		var gutters []int
		byRank := false
		wide := func(gs []int) bool {
			if len(gs) == 0 {
				return false
			}
			var lefts []int
			for k := i; k <= last; k++ {
				for m, p := range info[k].strong {
					if p >= gs[0]-4 && p <= gs[0]+4 {
						lefts = append(lefts, info[k].lefts[m])
					}
				}
			}
			slices.Sort(lefts)
			ok := len(lefts) >= 5 && lefts[len(lefts)/2] >= 20
			for g := 1; g < len(gs); g++ {
				ok = ok || gs[g]-gs[g-1] >= 24
			}
			return ok
		}
		if gs := clusterGutters(pos, max(4, lines/4)); wide(gs) {
			gutters = gs
		} else if gs := rankGutters(info2ranks(i, last, func(k int) []int { return info[k].strong })); wide(gs) {
			gutters, byRank = gs, true
		}
		if lines >= 4 && blanks <= lines+2 && len(gutters) > 0 {
			regions = append(regions, colRegion{first: i, last: last, gutters: gutters, byRank: byRank})
		}
		i = last + 1
	}
	return regions
}

// clusterGutters groups positions that lie within a few display units of
// each other and returns the medians of the groups with support or more
// members. Two gutters stand a column apart: of two groups closer than
// eight characters, the one with more members stays (OCR's runs of spaces
// before a missing column's place fall short of the gutter).
func clusterGutters(pos []int, support int) []int {
	slices.Sort(pos)
	type group struct{ at, n int }
	var gs []group
	for i := 0; i < len(pos); {
		j := i + 1
		for j < len(pos) && pos[j]-pos[j-1] <= 4 {
			j++
		}
		if j-i >= support {
			gs = append(gs, group{pos[(i+j)/2], j - i})
		}
		i = j
	}
	for merged := true; merged; {
		merged = false
		for k := 0; k+1 < len(gs); k++ {
			if gs[k+1].at-gs[k].at < 16 {
				if gs[k].n >= gs[k+1].n {
					gs = slices.Delete(gs, k+1, k+2)
				} else {
					gs = slices.Delete(gs, k, k+1)
				}
				merged = true
				break
			}
		}
	}
	out := make([]int, len(gs))
	for k, g := range gs {
		out[k] = g.at
	}
	return out
}

// colCell is one column's part of a line.
type colCell struct {
	span Span
	col  int
}

// splitRegion cuts each line of the region into cells at the gaps that
// stand at a gutter, and reports the gutter marks dropped.
func splitRegion(src []byte, spans []Span, r colRegion) ([][]colCell, []Repair) {
	const tol = 6
	// a cell belongs to the column whose gutter is nearest where it
	// starts: OCR's runs of spaces are only roughly to scale
	colOf := func(pos int) int {
		c, best := 0, pos
		for k, x := range r.gutters {
			if d := abs(pos - x); d < best {
				c, best = k+1, d
			}
		}
		return c
	}
	var repairs []Repair
	var leads []int // lines whose first cell is indented to a later column
	out := make([][]colCell, 0, r.last-r.first+1)
	for li := r.first; li <= r.last; li++ {
		sp := spans[li]
		gaps, width := lineGaps(src, sp)
		if width == 0 {
			out = append(out, nil)
			continue
		}
		start, lead := sp.Start, 0
		for start < sp.End {
			c, size := utf8.DecodeRune(src[start:sp.End])
			if !isColSpace(c) {
				break
			}
			start += size
			lead += dispWidth(c)
		}
		var cells []colCell
		cur := colCell{span: Span{start, sp.End}}
		var strong []colGap
		for _, g := range gaps {
			if strongGap(src, g) {
				strong = append(strong, g)
			}
		}
		if lead >= 4 {
			cur.col = colOf(lead) // indented to a later column
			if len(strong) == 0 && width > r.gutters[0]+2 {
				// one cell, indented, running past the first column's
				// edge: a later column's line beside an empty first
				// column, which OCR gives fewer spaces than its width
				cur.col = max(1, cur.col)
			}
			leads = append(leads, li)
		}
		if r.byRank && len(strong) == len(r.gutters) {
			// as many strong gaps as gutters: one a column, by rank
			for k, g := range strong {
				cur.span.End = g.start
				cells = append(cells, cur)
				cur = colCell{span: Span{g.end, sp.End}, col: k + 1}
			}
			gaps = nil
		}
		for _, g := range gaps {
			if g.left < 2 || g.right < 2 {
				continue
			}
			c := colOf(g.pos)
			near := false
			for _, x := range r.gutters {
				if g.pos >= x-tol && (g.pos <= x+tol || g.count >= 2) {
					near = true
				}
				// a wide run of spaces after a first column's line
				// shorter than the column (a caption) may fall far
				// short of the gutter: OCR's runs are only roughly to
				// scale (a page set in from the margin, as pdftotext
				// gives it, keeps its runs to scale)
				if cur.col == 0 && lead == 0 && g.count >= 4 && g.left >= 6 && g.right >= 10 && g.pos < x {
					near = true
				}
			}
			if !near || c <= cur.col || g.count < 2 && !strongGap(src, g) && !nearExact(g.pos, r.gutters) && !spaceInChinese(src, g) {
				continue
			}
			cur.span.End = g.start
			cells = append(cells, cur)
			cur = colCell{span: Span{g.end, sp.End}, col: c}
		}
		cells = append(cells, cur)
		cells, rep := splitAtMarks(src, sp, cells, r.gutters)
		repairs = append(repairs, rep...)
		// trailing spaces and gutter marks at the cells' edges
		for k := range cells {
			s := &cells[k].span
			for s.End > s.Start {
				c, size := utf8.DecodeLastRune(src[s.Start:s.End])
				if !isColSpace(c) {
					break
				}
				s.End -= size
			}
			// a line never starts with a closing quote nor ends with an
			// opening one: next to a gutter they are the gutter's
			if k > 0 {
				// up to two marks and a space: what OCR read in the gutter
				if j := junkPrefix(src[s.Start:s.End]); j > 0 {
					repairs = append(repairs, Repair{Kind: RepairColumns, Span: Span{s.Start, s.Start + j}, Before: string(src[s.Start : s.Start+j]),
						Reason: "marks read in a gutter dropped"})
					s.Start += j
				}
				for s.End > s.Start {
					c, size := utf8.DecodeRune(src[s.Start:s.End])
					if c != '”' && c != '’' && c != '"' && c != '|' && c != '｜' {
						break
					}
					repairs = append(repairs, Repair{Kind: RepairColumns, Span: Span{s.Start, s.Start + size}, Before: string(c),
						Reason: "mark read in a gutter dropped"})
					s.Start += size
					for s.Start < s.End {
						c2, size2 := utf8.DecodeRune(src[s.Start:s.End])
						if !isColSpace(c2) {
							break
						}
						s.Start += size2
					}
				}
			}
			if k+1 < len(cells) {
				for s.End > s.Start {
					c, size := utf8.DecodeLastRune(src[s.Start:s.End])
					if c != '“' && c != '‘' && c != '"' && c != '|' && c != '｜' {
						break
					}
					repairs = append(repairs, Repair{Kind: RepairColumns, Span: Span{s.End - size, s.End}, Before: string(c),
						Reason: "mark read in a gutter dropped"})
					s.End -= size
					for s.End > s.Start {
						c2, size2 := utf8.DecodeLastRune(src[s.Start:s.End])
						if !isColSpace(c2) {
							break
						}
						s.End -= size2
					}
				}
			}
		}
		kept := cells[:0]
		for _, c := range cells {
			if c.span.End > c.span.Start {
				kept = append(kept, c)
			}
		}
		out = append(out, kept)
	}
	out = splitRunTogether(src, out, len(r.gutters)+1)
	stickToColumn(out, leads, r.first)
	shiftAbovePhotos(src, out, len(r.gutters)+1, r.gutters)
	return out, repairs
}

// splitRunTogether splits a cell that runs on across a gutter where OCR
// set no space and no mark (…预防和减少11月3日，最后…): a cell of the
// first column as wide as the first column's cells plus six characters
// or more, with no cell of the next column beside it, is cut where the
// first column's width ends (a hung closing mark stays with it). The
// first column's width is the median of its cells in rows that hold
// more than one.
func splitRunTogether(src []byte, rows [][]colCell, ncols int) [][]colCell {
	var ws []int
	for _, row := range rows {
		if len(row) >= 2 && row[0].col == 0 && row[1].col == 1 {
			ws = append(ws, textWidth(src[row[0].span.Start:row[0].span.End]))
		}
	}
	if len(ws) < 4 || ncols < 2 {
		return rows
	}
	slices.Sort(ws)
	colW := ws[len(ws)/2]
	for r, row := range rows {
		if len(row) == 0 || row[0].col != 0 || len(row) >= 2 && row[1].col == 1 {
			continue
		}
		sp := row[0].span
		text := src[sp.Start:sp.End]
		if hasColSpace(text) || textWidth(text) < colW+12 {
			continue
		}
		w, at := 0, -1
		for i := 0; i < len(text); {
			c, size := utf8.DecodeRune(text[i:])
			if w >= colW && !cjk.IsClausePunct(c) && !cjk.IsSentenceEnd(c) && c != '”' && c != '’' && c != '）' && c != '》' {
				at = i
				break
			}
			w += dispWidth(c)
			i += size
		}
		if at <= 0 {
			continue
		}
		cut := sp.Start + at
		rows[r] = slices.Insert(row, 1, colCell{span: Span{cut, sp.End}, col: 1})
		rows[r][0].span.End = cut
	}
	return rows
}

// stickToColumn keeps in its column the rows that follow, with no blank
// line between, a row of one cell indented to a later column: OCR reads
// the lines of a column set beside an empty one (a photo, a column that
// ended) as a block and indents only the block's first line.
func stickToColumn(rows [][]colCell, leads []int, first int) {
	for _, li := range leads {
		r := li - first
		if len(rows[r]) != 1 {
			continue
		}
		c := rows[r][0].col
		for k := r + 1; k < len(rows) && (len(rows[k]) == 1 && rows[k][0].col == 0 || len(rows[k]) == 0 && k+1 < len(rows) && len(rows[k+1]) == 1); k++ {
			if len(rows[k]) == 1 {
				rows[k][0].col = c
			}
		}
	}
}

// shiftAbovePhotos moves the cells of rows set beside a photo to their
// columns. A photo leaves its column empty for some rows, and OCR, which
// prints no spaces for the empty column, gives those rows one cell fewer;
// the photo's caption, a short line, stands under it in its column. So in
// the rows right above a row whose cell in some column is a short line
// with no sentence end, and which have one cell fewer, the cells from that
// column on move one column right.
func shiftAbovePhotos(src []byte, rows [][]colCell, ncols int, gutters []int) {
	colWidth := gutters[0]
	for r := range rows {
		row := rows[r]
		if len(row) != ncols {
			continue
		}
		for _, c := range row {
			text := string(src[c.span.Start:c.span.End])
			w := 0
			for _, ch := range text {
				w += dispWidth(ch)
			}
			last, _ := utf8.DecodeLastRuneInString(text)
			if (w > colWidth*3/4 || cjk.IsSentenceEnd(last) || cjk.IsClausePunct(last)) && !isCaptionMarked(text) {
				continue
			}
			for up := r - 1; up >= 0 && up >= r-16; up-- {
				above := rows[up]
				if len(above) == 0 {
					continue // a blank line
				}
				if len(above) != ncols-1 || above[len(above)-1].col >= ncols-1 && above[len(above)-1].col >= c.col {
					break // no column free to move into: not a row beside a photo
				}
				for k := range above {
					if above[k].col >= c.col {
						above[k].col++
					}
				}
			}
			break
		}
	}
}

func nearExact(pos int, gutters []int) bool {
	for _, x := range gutters {
		if pos >= x-2 && pos <= x+2 {
			return true
		}
	}
	return false
}

// columnOrder is the result of reading side-by-side columns apart.
type columnOrder struct {
	spans   []Span // the lines in reading order
	colTop  []bool // per line: the first line of a column after the first, in a region
	split   []bool // per line: a column's part of side-by-side lines
	repairs []Repair
}

// readColumns splits lines that hold text columns side by side into one
// line per column and returns all lines in reading order: within a
// region, the first column top to bottom, then the next. Blank lines
// inside a region are dropped (their bytes stay among the gaps): they
// stand between rows, not between paragraphs of one column. It returns
// nil when the text has no such region.
func readColumns(src []byte, spans []Span) *columnOrder {
	regions := findColumns(src, spans)
	if len(regions) == 0 {
		return nil
	}
	co := &columnOrder{}
	at := 0
	for _, r := range regions {
		for ; at < r.first; at++ {
			co.spans = append(co.spans, spans[at])
			co.colTop = append(co.colTop, false)
			co.split = append(co.split, false)
		}
		rows, rep := splitRegion(src, spans, r)
		co.repairs = append(co.repairs, rep...)
		ncols := len(r.gutters) + 1
		for _, cells := range rows {
			for k := range cells {
				// every cell is read: one the passes above set past the
				// last column is the last column's
				cells[k].col = min(max(cells[k].col, 0), ncols-1)
			}
		}
		for _, c := range readingOrder(src, rows, ncols) {
			top := c > 0
			for _, cells := range rows {
				for _, cell := range cells {
					if cell.col != c {
						continue
					}
					co.spans = append(co.spans, cell.span)
					co.colTop = append(co.colTop, top)
					co.split = append(co.split, true)
					top = false
				}
			}
		}
		co.repairs = append(co.repairs, Repair{Kind: RepairColumns, Span: Span{spans[r.first].Start, spans[r.last].End},
			Reason: fmt.Sprintf("%d text columns set side by side in %d lines split and read one after the other", ncols, r.last-r.first+1)})
		at = r.last + 1
	}
	for ; at < len(spans); at++ {
		co.spans = append(co.spans, spans[at])
		co.colTop = append(co.colTop, false)
		co.split = append(co.split, false)
	}
	return co
}

// junkPrefix returns the length of one or two punctuation marks followed
// by a space at the start of b, or 0.
func junkPrefix(b []byte) int {
	i, n := 0, 0
	for i < len(b) && n < 3 {
		r, size := utf8.DecodeRune(b[i:])
		if isColSpace(r) {
			if n == 0 {
				return 0
			}
			for i < len(b) {
				r2, size2 := utf8.DecodeRune(b[i:])
				if !isColSpace(r2) {
					break
				}
				i += size2
			}
			return i
		}
		if !cjk.IsCJKPunct(r) && !isGutterMark(r) {
			return 0
		}
		i += size
		n++
	}
	return 0
}

// readingOrder orders a region's columns: strips of one or two
// characters a line (a vertical headline) first, right to left, as
// vertical text is read, then the text columns left to right.
func readingOrder(src []byte, rows [][]colCell, ncols int) []int {
	widest := make([]int, ncols)
	cells := make([]int, ncols)
	for _, row := range rows {
		for _, c := range row {
			if c.col >= ncols {
				continue
			}
			w := 0
			for _, r := range string(src[c.span.Start:c.span.End]) {
				w += dispWidth(r)
			}
			widest[c.col] = max(widest[c.col], w)
			cells[c.col]++
		}
	}
	var strips, text []int
	for c := 0; c < ncols; c++ {
		if cells[c] >= 3 && widest[c] <= 5 {
			strips = append(strips, c)
		} else {
			text = append(text, c)
		}
	}
	slices.Reverse(strips)
	return append(strips, text...)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// info2ranks collects the strong-gap positions of lines first..last.
func info2ranks(first, last int, strong func(int) []int) [][]int {
	var out [][]int
	for k := first; k <= last; k++ {
		if g := strong(k); len(g) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// rankGutters finds the gutters from the lines' strong gaps by rank: when
// most lines (half or more, at least four) hold the same number m of
// strong gaps, the gutters are the medians of their first, second … m-th
// gap positions.
func rankGutters(lines [][]int) []int {
	count := map[int]int{}
	for _, g := range lines {
		count[len(g)]++
	}
	m, best := 0, 0
	for n, c := range count {
		if c > best || c == best && n < m {
			m, best = n, c
		}
	}
	if m == 0 || best < 3 || best*3 < len(lines) {
		return nil
	}
	out := make([]int, m)
	for r := 0; r < m; r++ {
		var at []int
		for _, g := range lines {
			if len(g) == m {
				at = append(at, g[r])
			}
		}
		slices.Sort(at)
		out[r] = at[len(at)/2]
	}
	for r := 1; r < m; r++ {
		if out[r]-out[r-1] < 16 {
			return nil
		}
	}
	return out
}

// splitAtMarks splits a cell that runs across a gutter with no space in
// it at a gutter mark OCR read there (…重振、民“优化营商环境…: the “ is
// the gutter), dropping the mark.
func splitAtMarks(src []byte, sp Span, cells []colCell, gutters []int) ([]colCell, []Repair) {
	var repairs []Repair
	for g, x := range gutters {
		col := g + 1
		has := false
		for _, c := range cells {
			if c.col == col {
				has = true
			}
		}
		if has {
			continue
		}
		// the cell that spans position x
		pos := 0
		at := -1
		var mark Span
		for i := sp.Start; i < sp.End; {
			r, size := utf8.DecodeRune(src[i:sp.End])
			w := dispWidth(r)
			if r == '\t' {
				w = 4
			}
			if pos >= x-5 && pos <= x+1 && isGutterMark(r) && r != '。' && r != '，' && r != '、' && r != ',' && r != '.' {
				at = i
				mark = Span{i, i + size}
			}
			pos += w
			i += size
			if pos > x+2 {
				break
			}
		}
		if at < 0 {
			continue
		}
		for k, c := range cells {
			if c.span.Start < mark.Start && mark.End < c.span.End && c.col < col && (k+1 == len(cells) || cells[k+1].col > col) {
				left := colCell{span: Span{c.span.Start, mark.Start}, col: c.col}
				right := colCell{span: Span{mark.End, c.span.End}, col: col}
				cells = slices.Insert(slices.Delete(cells, k, k+1), k, left, right)
				repairs = append(repairs, Repair{Kind: RepairColumns, Span: mark, Before: string(src[mark.Start:mark.End]),
					Reason: "mark read in a gutter dropped, the columns on either side split"})
				break
			}
		}
	}
	return cells, repairs
}

// info2width returns the median width of the text before the first
// strong gap of the lines first..last: a column's width.
func info2width(first, last int, gaps func(int) ([]int, []int)) int {
	var ws []int
	first = max(first, last-64) // the lines just before: time stays linear
	for k := first; k <= last; k++ {
		if _, lefts := gaps(k); len(lefts) > 0 {
			ws = append(ws, lefts[0])
		}
	}
	if len(ws) == 0 {
		return 0
	}
	slices.Sort(ws)
	return ws[len(ws)/2]
}

// photoRows reports where a run of rows set beside a photo ends: from
// line j, up to six lines of body text (clause punctuation in half of
// them or more) no wider than a column, with at most one blank line, and
// no byline or dateline, followed by a line with a gap. It returns j when
// there is no such run.
func photoRows(src []byte, spans []Span, j, colW int, multi, blank func(int) bool, width func(int) int) int {
	if colW == 0 {
		return j
	}
	lines, blanks, punct := 0, 0, 0
	for k := j; k < len(spans) && k < j+8; k++ {
		switch {
		case multi(k):
			if lines > 0 && punct*2 >= lines {
				return k
			}
			return j
		case blank(k):
			blanks++
			if blanks > 1 {
				return j
			}
		default:
			text := string(src[spans[k].Start:spans[k].End])
			if width(k) > colW+6 || strings.Contains(text, "记者") || strings.Contains(text, "通讯员") || strings.Contains(text, "本报讯") {
				return j
			}
			lines++
			if strings.ContainsAny(text, "，、。；,") {
				punct++
			}
			if lines > 6 {
				return j
			}
		}
	}
	return j
}

// spaceInChinese reports a gap of one space between two Chinese
// characters or marks.
func spaceInChinese(src []byte, g colGap) bool {
	before, _ := utf8.DecodeLastRune(src[:g.start])
	after, _ := utf8.DecodeRune(src[g.end:])
	return g.count == 1 && cjk.IsChinese(before) && cjk.IsChinese(after)
}

// leadWidth is the display width of the spaces a line starts with.
func leadWidth(src []byte, sp Span) int {
	w := 0
	for i := sp.Start; i < sp.End; {
		r, size := utf8.DecodeRune(src[i:sp.End])
		if !isColSpace(r) {
			break
		}
		w += dispWidth(r)
		i += size
	}
	return w
}

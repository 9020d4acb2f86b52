package layout

import (
	"bytes"
	"cmp"
	"slices"

	"github.com/civicnews/civicnews/internal/cjk"

	"strings"
	"unicode/utf8"
)

// Analyze reads src (UTF-8, UTF-16 with a BOM, or GB18030; see
// [WithEncoding]), repairs it and returns its lines and blocks. It returns
// an error only for input it cannot decode and for limits the caller set;
// any decodable text, however strange, gives a Document.
func Analyze(src []byte, opts ...Option) (*Document, error) {
	var c config
	for _, o := range opts {
		o(&c)
	}
	d := &Document{}
	bom, err := decode(src, &c, d)
	if err != nil {
		return nil, err
	}
	a := assembler{d: d}
	a.run(bom)
	return d, nil
}

// AnalyzeString is [Analyze] for a string.
func AnalyzeString(s string, opts ...Option) (*Document, error) {
	return Analyze([]byte(s), opts...)
}

type assembler struct {
	d     *Document
	feats []feat // per line; zero for blank lines
	// items is the reading sequence of non-blank lines, with narrow runs
	// folded into one item each.
	items   []item
	indents bool // the document marks paragraphs by indentation
	cur     *pending
	blocks  []Block
}

type item struct {
	line   int // the line, or the first line of a narrow run
	narrow int // number of lines in a narrow run, 0 for a single line
}

// pending is a body paragraph still open to joins.
type pending struct {
	lines   []int
	b       pieceBuilder
	cont    bool // has had a line joined to it
	depth   int  // brackets and quotes left open by its lines
	heading bool // its first line is a heading that stands on its own
}

func (a *assembler) run(bom int) {
	d := a.d
	n := normalizer{repairs: d.Repairs}
	var cuts []cut
	if looksHTML(d.Source[bom:]) {
		cuts = findCuts(d.Source, bom)
		n.html = true
		for _, c := range cuts {
			if !c.lineBreak {
				n.skips = append(n.skips, c.span)
			}
			n.logRepair(Repair{Kind: RepairHTML, Span: c.span, Before: head(string(d.Source[c.span.Start:c.span.End]), 40),
				Reason: "HTML markup removed"})
		}
	}
	spans := splitLines(d.Source, bom, cuts)
	d.Lines = make([]Line, len(spans))
	a.feats = make([]feat, len(spans))
	indented, content := 0, 0
	var longest Span
	for _, sp := range spans {
		if sp.Len() > longest.Len() {
			longest = sp
		}
	}
	n.toks = make([]tok, 0, utf8.RuneCount(d.Source[longest.Start:longest.End]))
	if est := estimateRepairs(d.Source) + len(spans)/2; est > len(n.repairs) && est <= repairChunk {
		n.repairs = append(make([]Repair, 0, est+len(n.repairs)), n.repairs...)
	}
	n.text = make([]byte, 0, len(d.Source)+len(d.Source)/8)
	n.pcs = make([]piece, 0, len(spans)+len(d.Source)/40)
	for i, sp := range spans {
		d.Lines[i] = n.line(d.Source, sp)
	}
	n.finish(d.Lines)
	for i := range d.Lines {
		if !d.Lines[i].Blank {
			a.feats[i] = features(d.Lines[i].Text)
			content++
			if d.Lines[i].Indent {
				indented++
			}
		}
	}
	d.Repairs = nil
	a.spreadFurniture()
	a.indents = indented >= 3 && indented*2 >= content
	a.findItems()
	for k := 0; k < len(a.items); k++ {
		k = a.step(k)
	}
	a.flush()
	slices.SortStableFunc(a.blocks, func(x, y Block) int { return cmp.Compare(x.Spans[0].Start, y.Spans[0].Start) })
	d.Blocks = a.blocks
	// the line repairs are in source order already; merge in those made
	// while assembling
	slices.SortStableFunc(d.Repairs, func(x, y Repair) int { return cmp.Compare(x.Span.Start, y.Span.Start) })
	d.Repairs = mergeRepairs(n.log(), d.Repairs)
}

// spreadFurniture settles furniture that depends on its neighbours. A
// 关注“…” line is a QR prompt only beside one. A short line with no
// sentence punctuation set right beside (no blank line between) a QR prompt
// or a navigation line belongs to it: the account's name, a menu item. An
// app promotion followed by a byline or dateline is a headline after all.
func (a *assembler) spreadFurniture() {
	lines := a.d.Lines
	for i := range a.feats {
		f := &a.feats[i]
		if f.furniture == qrFollow {
			f.furniture = ""
			if a.adjacentFurniture(i, "qr-prompt") {
				f.furniture = "qr-prompt"
			}
		}
	}
	for pass := 0; pass < 2; pass++ { // forward then backward, so runs fill both ways
		for n := 0; n < len(lines); n++ {
			i := n
			if pass == 1 {
				i = len(lines) - 1 - n
			}
			f := &a.feats[i]
			if lines[i].Blank || f.furniture != "" || f.runes > 16 || f.hasStop || f.endsSentence || f.byline || f.dateline {
				continue
			}
			for _, reason := range []string{"qr-prompt", "navigation"} {
				if a.adjacentFurniture(i, reason) && (reason == "qr-prompt" || f.runes <= 8) {
					f.furniture = reason
					break
				}
			}
		}
	}
	for i := range a.feats {
		if a.feats[i].furniture != "app-promo" {
			continue
		}
		for j := i + 1; j < len(lines); j++ {
			if lines[j].Blank {
				continue
			}
			if a.feats[j].byline || a.feats[j].dateline {
				a.feats[i].furniture = ""
			}
			break
		}
	}
}

// estimateRepairs guesses how many repairs a source needs from its ASCII
// punctuation and spaces, to size the log once.
func estimateRepairs(src []byte) int {
	n := 16
	for _, c := range []byte(",;:!?() ") {
		n += bytes.Count(src, []byte{c})
	}
	return n
}

// mergeRepairs merges two logs sorted by source offset, in place when a
// has room for b.
func mergeRepairs(a, b []Repair) []Repair {
	if len(b) == 0 {
		return a
	}
	if cap(a) >= len(a)+len(b) {
		out := a[:len(a)+len(b)]
		i, j, k := len(a)-1, len(b)-1, len(out)-1
		for j >= 0 {
			if i >= 0 && a[i].Span.Start > b[j].Span.Start {
				out[k] = a[i]
				i--
			} else {
				out[k] = b[j]
				j--
			}
			k--
		}
		return out
	}
	out := make([]Repair, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if b[0].Span.Start < a[0].Span.Start {
			out = append(out, b[0])
			b = b[1:]
		} else {
			out = append(out, a[0])
			a = a[1:]
		}
	}
	out = append(out, a...)
	return append(out, b...)
}

// adjacentFurniture reports whether the line just above or below line i
// (with no blank line between) is furniture for the given reason.
func (a *assembler) adjacentFurniture(i int, reason string) bool {
	lines := a.d.Lines
	return i > 0 && !lines[i-1].Blank && a.feats[i-1].furniture == reason ||
		i+1 < len(lines) && !lines[i+1].Blank && a.feats[i+1].furniture == reason
}

// narrowMax is the widest line (in characters) of a narrow column.
const narrowMax = 6

func (a *assembler) isNarrowLine(i int) bool {
	l := &a.d.Lines[i]
	f := &a.feats[i]
	return !l.Blank && f.runes <= narrowMax && f.furniture == "" && !f.hasStop &&
		!(f.endsSentence && !strings.HasSuffix(l.Text, "…")) && !f.endsClause && !f.dateline
}

// findItems lists the non-blank lines in order, folding runs of three or
// more adjacent narrow lines into one item.
func (a *assembler) findItems() {
	lines := a.d.Lines
	for i := 0; i < len(lines); i++ {
		if lines[i].Blank {
			continue
		}
		j := i
		for j < len(lines) && a.isNarrowLine(j) {
			j++
		}
		if j-i >= 3 {
			a.items = append(a.items, item{line: i, narrow: j - i})
			i = j - 1
			continue
		}
		a.items = append(a.items, item{line: i})
	}
}

// nextItem returns the index of the first non-furniture item after k, or -1.
func (a *assembler) nextItem(k int) int {
	for j := k + 1; j < len(a.items); j++ {
		it := a.items[j]
		if it.narrow > 0 || a.feats[it.line].furniture == "" {
			return j
		}
	}
	return -1
}

// headingContext reports whether the item at k is followed by what follows
// headlines: a byline, a dateline, a narrow column, or another heading that
// is itself followed by one of these.
func (a *assembler) headingContext(k int, depth int) bool {
	j := a.nextItem(k)
	if j < 0 {
		return false
	}
	it := a.items[j]
	if it.narrow > 0 {
		return true
	}
	f := &a.feats[it.line]
	if f.byline || f.dateline {
		return true
	}
	if depth > 0 && f.headingLike() {
		return a.headingContext(j, depth-1)
	}
	return false
}

// isHeadingAt reports whether the single-line item at k is a heading that
// stands on its own.
func (a *assembler) isHeadingAt(k int) bool {
	f := &a.feats[a.items[k].line]
	if !f.headingLike() {
		return false
	}
	if f.commas == 0 || f.strongHeading() || startsWithSectionMark(a.d.Lines[a.items[k].line].Text) {
		return true
	}
	return a.headingContext(k, 2)
}

var captionPrefixes = []string{"/", "／", "▲", "△", "↑", "↓", "←", "→", "图为", "图：", "图:", "（图", "(图", "上图", "下图", "左图", "右图"}
var captionSuffixes = []string{"摄", "摄）", "摄)", "供图", "供图）", "（资料图）", "资料图"}

// isCredited reports a caption that ends with its photographer's credit
// (…记者 刘晨曦 摄): such a caption may hold whole sentences.
func isCredited(text string) bool {
	for _, s := range []string{"摄", "摄）", "摄)", "供图", "供图）"} {
		if strings.HasSuffix(text, s) {
			return true
		}
	}
	return false
}

func isCaptionMarked(text string) bool {
	for _, p := range captionPrefixes {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	for _, s := range captionSuffixes {
		if strings.HasSuffix(text, s) {
			return true
		}
	}
	return false
}

// step handles item k and returns the index of the last item it consumed.
func (a *assembler) step(k int) int {
	it := a.items[k]
	if it.narrow > 0 {
		a.flush()
		a.narrowRun(it.line, it.narrow)
		return k
	}
	i := it.line
	f := &a.feats[i]
	if f.furniture != "" {
		a.single(i, Furniture, f.furniture)
		return k
	}
	if a.standaloneCaption(k) {
		a.single(i, Caption, "caption")
		return k
	}
	if a.cur == nil {
		a.open(i, k)
		return k
	}
	A := a.cur.lines[len(a.cur.lines)-1]
	fa := &a.feats[A]
	switch {
	case fa.byline || f.byline || f.dateline || fa.meta || f.meta:
		// bylines, datelines and metadata lines stand apart
	case !fa.endsSentence && !fa.byline && a.captionAt(k):
		j := a.nextItem(k)
		a.single(i, Caption, "caption")
		a.d.Repairs = append(a.d.Repairs, Repair{Kind: RepairCaption, Span: a.d.Lines[i].Span,
			Before: a.d.Lines[i].Text, Reason: "short line interrupting a sentence lifted out as a caption"})
		for m := k + 1; m < j; m++ { // furniture in between
			a.single(a.items[m].line, Furniture, a.feats[a.items[m].line].furniture)
		}
		a.join(a.items[j].line)
		return j
	case f.startsCont || fa.open || a.cur.depth > 0:
		a.join(i)
		return k
	case fa.endsColon && (f.first == '“' || f.first == '「'):
		a.join(i) // …激动地说：⏎“我终于可以…”
		return k
	case fa.endsSentence || fa.endsColon:
	case !a.cur.cont && a.cur.heading:
	case a.indents && a.d.Lines[i].Indent:
	case a.isHeadingAt(k) && (f.spaced || a.headingContext(k, 2) || f.runes <= 24 && a.followedByParagraph(k)):
	default:
		a.join(i)
		return k
	}
	a.flush()
	a.open(i, k)
	return k
}

// standaloneCaption reports a line marked as a caption (/ …, 图为…, …摄)
// that stands between paragraphs rather than inside a cut sentence.
func (a *assembler) standaloneCaption(k int) bool {
	i := a.items[k].line
	f := &a.feats[i]
	if f.byline || f.dateline || !isCaptionMarked(a.d.Lines[i].Text) || f.runes > 60 ||
		(f.runes > 30 || f.hasStop) && !isCredited(a.d.Lines[i].Text) {
		return false
	}
	if a.cur != nil {
		A := &a.feats[a.cur.lines[len(a.cur.lines)-1]]
		if !A.endsSentence && !A.byline && !a.cur.heading {
			return false // inside a cut sentence: captionAt decides
		}
	}
	return !a.headingContext(k, 0)
}

// captionAt reports whether the line at item k, which follows a sentence
// cut by a column break, is a caption dropped into it: a short line marked
// as a caption (or followed by a line that cannot start a sentence) whose
// next line continues the cut sentence.
func (a *assembler) captionAt(k int) bool {
	i := a.items[k].line
	f := &a.feats[i]
	if f.byline || f.dateline || f.runes > 60 {
		return false
	}
	if (f.runes > 30 || f.endsSentence || f.hasStop) && !isCredited(a.d.Lines[i].Text) {
		return false
	}
	j := a.nextItem(k)
	if j < 0 || a.items[j].narrow > 0 {
		return false
	}
	fc := &a.feats[a.items[j].line]
	if fc.byline || fc.dateline || fc.headingLike() {
		return false
	}
	return isCaptionMarked(a.d.Lines[i].Text) || (fc.startsCont && f.commas == 0)
}

// followedByParagraph reports whether the item after k starts a paragraph
// of its own: a long line, or one that ends a sentence.
func (a *assembler) followedByParagraph(k int) bool {
	j := a.nextItem(k)
	if j < 0 {
		return false
	}
	if a.items[j].narrow > 0 {
		return true
	}
	f := &a.feats[a.items[j].line]
	return !f.startsCont && (f.runes >= 40 || f.endsSentence || f.headingLike())
}

func (a *assembler) open(i, k int) {
	p := &pending{lines: []int{i}, heading: a.isHeadingAt(k), depth: a.feats[i].opens}
	a.cur = p // the builder stays empty until a line is joined
}

func (a *assembler) join(i int) {
	p := a.cur
	A := &a.d.Lines[p.lines[len(p.lines)-1]]
	B := &a.d.Lines[i]
	if len(p.lines) == 1 && len(p.b.buf) == 0 {
		p.b.appendPieces(A.Text, A.pieces)
	}
	before := tailBytes(p.b.buf, 6) + "⏎" + head(B.Text, 6)
	sep := a.appendAtSeam(&p.b, A, B, false)
	nB := utf8.RuneCountInString(B.Text)
	after := head(tailBytes(p.b.buf, 6+len(sep)+nB), 6+len(sep)+6)
	a.d.Repairs = append(a.d.Repairs, Repair{Kind: RepairJoin, Span: Span{A.Span.End, B.Span.Start},
		Before: before, After: after,
		Reason: "sentence split by a column break joined"})
	fb := &a.feats[i]
	p.depth = max(0, p.depth-fb.closes) + fb.opens
	p.lines = append(p.lines, i)
	p.cont = true
}

// appendAtSeam appends line B to the text being built after line A: with
// a space between Latin words (always between byline names when names is
// true), and with ASCII punctuation on either side of the seam restored
// to full width when the other side is Chinese. It returns the separator.
func (a *assembler) appendAtSeam(b *pieceBuilder, A, B *Line, names bool) string {
	lastA, _ := utf8.DecodeLastRune(b.buf)
	firstB, _ := utf8.DecodeRuneInString(B.Text)
	if full, ok := fullToHalfPunct[lastA]; ok && cjk.IsChinese(firstB) {
		old, src := b.replaceLastRune(full)
		a.d.Repairs = append(a.d.Repairs, Repair{Kind: RepairPunct, Span: src, Before: string(old), After: full,
			Reason: "ASCII punctuation in Chinese context restored"})
		lastA, _ = utf8.DecodeLastRune(b.buf)
	}
	sep := ""
	if names || (cjk.IsLatin(lastA) || cjk.IsDigit(lastA)) && cjk.IsLatin(firstB) || cjk.IsLatin(lastA) && cjk.IsDigit(firstB) {
		sep = " "
		b.replace(sep, Span{A.Span.End, B.Span.Start})
	}
	if full, ok := fullToHalfPunct[firstB]; ok && sep == "" && cjk.IsChinese(lastA) {
		if src, ok := b.appendReplacingFirst(B.Text, B.pieces, full); ok {
			a.d.Repairs = append(a.d.Repairs, Repair{Kind: RepairPunct, Span: src, Before: string(firstB), After: full,
				Reason: "ASCII punctuation in Chinese context restored"})
			return sep
		}
	}
	b.appendPieces(B.Text, B.pieces)
	return sep
}

// tailBytes returns the last n characters of b as a string.
func tailBytes(b []byte, n int) string {
	i := len(b)
	for ; i > 0 && n > 0; n-- {
		_, size := utf8.DecodeLastRune(b[:i])
		i -= size
	}
	return string(b[i:])
}

func tail(s string, n int) string {
	for i := len(s); i > 0; {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		n--
		if n == 0 {
			return s[i:]
		}
	}
	return s
}

func head(s string, n int) string {
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n--
		if n == 0 {
			return s[:i]
		}
	}
	return s
}

// flush closes the open paragraph, if any, into a block.
func (a *assembler) flush() {
	p := a.cur
	if p == nil {
		return
	}
	a.cur = nil
	kind := Body
	first := p.lines[0]
	if len(p.lines) == 1 {
		f := &a.feats[first]
		switch {
		case f.byline:
			kind = Byline
		case f.meta:
			kind = Heading
		case p.heading:
			kind = Heading
		}
	}
	text, pieces := a.d.Lines[first].Text, a.d.Lines[first].pieces
	if len(p.lines) > 1 {
		text, pieces = string(p.b.buf), p.b.pieces
	}
	a.blocks = append(a.blocks, Block{Kind: kind, Text: text, Lines: p.lines, Spans: a.spansOf(p.lines),
		Indent: a.d.Lines[first].Indent, pieces: pieces})
}

func (a *assembler) spansOf(lines []int) []Span {
	out := make([]Span, 0, len(lines))
	for _, i := range lines {
		out = append(out, a.contentSpan(i))
	}
	return out
}

// contentSpan is the line's span without its leading and trailing white space.
func (a *assembler) contentSpan(i int) Span {
	l := &a.d.Lines[i]
	if len(l.pieces) == 0 {
		return l.Span
	}
	return Span{l.pieces[0].src.Start, l.pieces[len(l.pieces)-1].src.End}
}

func (a *assembler) single(i int, kind BlockKind, reason string) {
	l := &a.d.Lines[i]
	a.blocks = append(a.blocks, Block{Kind: kind, Text: l.Text, Lines: []int{i}, Spans: []Span{a.contentSpan(i)},
		Reason: reason, Indent: l.Indent, pieces: l.pieces})
}

// narrowRun reassembles n adjacent narrow lines starting at line first into
// heading and byline blocks. A heading part ends with a line at most half
// as wide as the widest line of the part; a byline role starts a byline
// part that runs to the end of the run.
func (a *assembler) narrowRun(first, n int) {
	var (
		b      pieceBuilder
		lines  []int
		widest int
		depth  int // brackets and quotes the part leaves open
		kind   BlockKind
	)
	emit := func() {
		if len(lines) == 0 {
			return
		}
		text := string(b.buf)
		if kind == Byline && !isByline(text) {
			kind = Heading
		}
		blk := Block{Kind: kind, Text: text, Lines: lines, Spans: a.spansOf(lines), Narrow: true, pieces: b.pieces}
		a.blocks = append(a.blocks, blk)
		before := make([]string, len(lines))
		for i, l := range lines {
			before[i] = a.d.Lines[l].Text
		}
		a.d.Repairs = append(a.d.Repairs, Repair{Kind: RepairNarrow, Span: Span{blk.Spans[0].Start, blk.Spans[len(blk.Spans)-1].End},
			Before: strings.Join(before, "⏎"), After: text, Reason: "lines of a narrow column reassembled"})
		b = pieceBuilder{}
		lines, widest, depth = nil, 0, 0
	}
	for i := first; i < first+n; i++ {
		l := &a.d.Lines[i]
		f := &a.feats[i]
		startsByline := f.byline || startsWithRoleOrMark(l.Text)
		if startsByline && kind != Byline {
			emit()
			kind = Byline
		} else if len(lines) == 0 {
			kind = Heading
		}
		if len(lines) > 0 {
			a.appendAtSeam(&b, &a.d.Lines[lines[len(lines)-1]], l, kind == Byline)
		} else {
			b.appendPieces(l.Text, l.pieces)
		}
		lines = append(lines, i)
		widest = max(widest, f.runes)
		nextCont := i+1 < first+n && a.feats[i+1].startsCont
		depth = max(0, depth-f.closes) + f.opens
		if kind == Heading && len(lines) > 1 && f.runes*2 <= widest && !f.open && depth == 0 && !nextCont {
			emit()
		}
	}
	emit()
}

package layout

import (
	"bytes"
	"cmp"
	"slices"

	"github.com/civicnews/civicnews/internal/cjk"
	"github.com/civicnews/civicnews/internal/linemodel"

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
	bom, im, err := decode(src, &c, d)
	if err != nil {
		return nil, err
	}
	a := assembler{d: d, model: c.model, capture: c.capture, pinyin: c.pinyin}
	a.run(bom)
	d.toInput(src, im)
	return d, nil
}

// AnalyzeString is [Analyze] for a string.
func AnalyzeString(s string, opts ...Option) (*Document, error) {
	return Analyze([]byte(s), opts...)
}

type assembler struct {
	d       *Document
	model   *linemodel.Model
	capture func(in []linemodel.Line, idx []int)
	pinyin  bool   // remove pinyin residue (WithoutPinyinResidue)
	feats   []feat // per line; zero for blank lines
	// items is the reading sequence of non-blank lines, with narrow runs
	// folded into one item each.
	items   []item
	indents bool // the document marks paragraphs by indentation
	cur     *pending
	blocks  []Block
	// buf and pcs are scratch space for the text and pieces of the
	// paragraph being joined, reused from paragraph to paragraph; flush
	// copies them out.
	buf []byte
	pcs []piece
	// what OCR'd columns tell (ocrwidth.go): per line, whether it opens
	// a column read apart from the one before it, and the width of the
	// page's column lines
	colTop   []bool
	colSplit []bool // per line: cut out of side-by-side columns
	cols     colProfile
	noise    map[int]bool // lines that are OCR noise (ocrfurniture.go)
	// one-line blocks take their Lines and Spans from these chunks, two
	// allocations a chunk instead of two a block
	lineSlab []int
	spanSlab []Span
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
	n := normalizer{dropPinyin: a.pinyin}
	for _, r := range d.Repairs { // the decoding's
		n.logFull(r)
	}
	var cuts []cut
	if looksHTML(d.Source[bom:]) {
		cuts = findCuts(d.Source, bom)
		n.html = true
		for _, c := range cuts {
			if !c.lineBreak {
				n.skips = append(n.skips, c.span)
			}
			n.logFull(Repair{Kind: RepairHTML, Span: c.span, Before: cjk.FirstRunes(string(d.Source[c.span.Start:c.span.End]), 40),
				Reason: "HTML markup removed"})
		}
	}
	spans := splitLines(d.Source, bom, cuts)
	var colRepairs []Repair
	reordered := false
	if !n.html {
		if co := readColumns(d.Source, spans); co != nil {
			spans, a.colTop, a.colSplit, colRepairs, reordered = co.spans, co.colTop, co.split, co.repairs, true
		}
	}
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
	// ASCII punctuation and spaces are where most repairs are made; a
	// run of ASCII punctuation outside Chinese text needs none, hence the
	// bound
	punct := min(estimateRepairs(d.Source), len(d.Source)/3+16)
	n.log = slices.Grow(n.log, punct)
	n.text.Grow(len(d.Source) + len(d.Source)/8)
	n.scratch = make([]byte, 0, longest.Len()+longest.Len()/8)
	// a piece per line, and one more per repaired character: two for a
	// replaced one (it splits a run of kept bytes), one for a dropped space
	spaces := bytes.Count(d.Source, []byte{' '})
	n.pcs = make([]piece, 0, len(spans)+punct+max(0, punct-spaces))
	for i, sp := range spans {
		d.Lines[i] = n.line(d.Source, sp)
	}
	// the scratch space is done with: let a long line's go before the
	// rest is built
	n.toks, n.scratch, n.lineLog = nil, nil, nil
	var bracketRepairs []Repair
	if !n.html {
		saved := d.Repairs
		d.Repairs = nil
		a.ocrBrackets()
		a.ocrDashes()
		bracketRepairs, d.Repairs = d.Repairs, saved
	}
	for i := range d.Lines {
		if !d.Lines[i].Blank {
			a.feats[i] = features(d.Lines[i].Text)
			content++
			if d.Lines[i].Indent {
				indented++
			}
		}
	}
	d.Repairs = append(colRepairs, bracketRepairs...)
	a.measureColumns()
	a.labelLines()
	// running heads, page labels and OCR noise are furniture on OCR'd
	// pages wherever they stand, whatever the model says
	a.ocrFurniture()
	a.indents = indented >= 3 && indented*2 >= content
	a.findItems()
	a.blocks = make([]Block, 0, len(a.items)+len(a.items)/8)
	for k := 0; k < len(a.items); k++ {
		k = a.step(k)
	}
	a.flush()
	a.ocrRelabelBody()
	// blocks in reading order: the order of their first lines, which is
	// the source order unless side-by-side columns were read apart
	slices.SortStableFunc(a.blocks, func(x, y Block) int { return cmp.Compare(x.Lines[0], y.Lines[0]) })
	if reordered {
		// a paragraph read on from one column into the next, or a
		// vertical headline read right column first, was made from
		// source bytes out of order: Spans lists them in source order
		for i := range a.blocks {
			sortSpans(a.blocks[i].Spans)
		}
	}
	d.Blocks = a.blocks
	// the line repairs are in source order already (unless columns were
	// read apart); merge in those made while assembling
	slices.SortStableFunc(d.Repairs, func(x, y Repair) int { return cmp.Compare(x.Span.Start, y.Span.Start) })
	lineRepairs := n.repairs(len(d.Repairs))
	if reordered {
		slices.SortStableFunc(lineRepairs, func(x, y Repair) int { return cmp.Compare(x.Span.Start, y.Span.Start) })
	}
	d.Repairs = mergeRepairs(lineRepairs, d.Repairs)
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

// narrowMax is the widest line (in characters) of a narrow column.
const narrowMax = 6

func (a *assembler) isNarrowLine(i int) bool {
	l := &a.d.Lines[i]
	f := &a.feats[i]
	return !l.Blank && f.runes <= narrowMax && f.furniture == noFurn && !f.hasStop &&
		!(f.endsSentence && !strings.HasSuffix(l.Text, "…")) && !f.endsClause && !f.dateline
}

// findItems lists the non-blank lines in order, folding runs of three or
// more adjacent narrow lines into one item.
func (a *assembler) findItems() {
	lines := a.d.Lines
	content := 0
	for i := range lines {
		if !lines[i].Blank {
			content++
		}
	}
	a.items = make([]item, 0, content)
	for i := 0; i < len(lines); i++ {
		if lines[i].Blank {
			continue
		}
		j := i
		for j < len(lines) && a.isNarrowLine(j) {
			j++
		}
		if j-i >= 3 {
			if a.isPairRun(i, j-i) || a.narrowRun(i, j-i, true) {
				a.items = append(a.items, item{line: i, narrow: j - i})
			} else { // not a headline: its lines are read one by one
				for k := i; k < j; k++ {
					a.items = append(a.items, item{line: k})
				}
			}
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
		if it.narrow > 0 || a.feats[it.line].furniture == noFurn {
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

// standsAlone reports whether a text on a line of its own would be read as
// a heading whatever follows it: the part of a narrow run split off as a
// heading must read as one again when the repaired text is read.
func standsAlone(text string) bool {
	f := features(text)
	return f.headingLike() && (f.commas == 0 || f.strongHeading() || startsWithSectionMark(text))
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
	// captionPrefixes and captionSuffixes, tried by their first and last
	// characters (a test checks this against the lists)
	r, n := utf8.DecodeRuneInString(text)
	switch r {
	case '/', '／', '▲', '△', '↑', '↓', '←', '→':
		return true
	case '图':
		if rest := text[n:]; strings.HasPrefix(rest, "为") || strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":") {
			return true
		}
	case '（', '(', '上', '下', '左', '右':
		if strings.HasPrefix(text[n:], "图") {
			return true
		}
	}
	r, n = utf8.DecodeLastRuneInString(text)
	switch r {
	case '摄':
		return true
	case '）':
		rest := text[:len(text)-n]
		return strings.HasSuffix(rest, "摄") || strings.HasSuffix(rest, "供图") || strings.HasSuffix(rest, "（资料图")
	case ')':
		return strings.HasSuffix(text[:len(text)-n], "摄")
	case '图':
		rest := text[:len(text)-n]
		return strings.HasSuffix(rest, "供") || strings.HasSuffix(rest, "资料")
	}
	return false
}

// step handles item k and returns the index of the last item it consumed.
func (a *assembler) step(k int) int {
	it := a.items[k]
	if it.narrow > 0 {
		a.flush()
		if a.isPairRun(it.line, it.narrow) {
			a.pairRun(it.line, it.narrow)
			return k
		}
		a.narrowRun(it.line, it.narrow, false)
		return k
	}
	i := it.line
	f := &a.feats[i]
	if f.furniture != noFurn {
		a.single(i, Furniture, a.furnReason(i))
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
	case a.ocrSubtitleApart(i):
		// a headline and its dash subtitle stand apart
	case a.ocrDatelineRunsOn(i):
		a.join(i) // 本报讯 徐汇区信访工作联席⏎会议全体……
		return k
	case a.ocrMarkedCaption(A, k):
		// a caption marked as such (图为…, ▲…, …摄) inside a cut
		// sentence whose continuation OCR set elsewhere: lifted out, the
		// paragraph left open
		a.single(i, Caption, "caption")
		a.d.Repairs = append(a.d.Repairs, Repair{Kind: RepairCaption, Span: a.d.Lines[i].Span,
			Before: a.d.Lines[i].Text, Reason: "caption inside a cut sentence lifted out"})
		return k
	case a.ocrInterruption(A, k):
		// a caption, byline or label set inside a sentence cut at a
		// column's foot: lifted out, the sentence joined around it
		j := a.nextItem(k)
		kind, reason := Caption, "caption"
		if f.byline {
			kind, reason = Byline, ""
		}
		a.single(i, kind, reason)
		a.d.Repairs = append(a.d.Repairs, Repair{Kind: RepairCaption, Span: a.d.Lines[i].Span,
			Before: a.d.Lines[i].Text, Reason: "short line inside a sentence cut at a column's foot lifted out"})
		for m := k + 1; m < j; m++ { // furniture in between
			a.single(a.items[m].line, Furniture, a.furnReason(a.items[m].line))
		}
		a.join(a.items[j].line)
		return j
	case a.ocrCaptionLines(A, k) > 0:
		// a caption of several lines inside a cut sentence
		return a.liftCaptionLines(k, a.ocrCaptionLines(A, k))
	case a.ocrLeadRunsOn(A, k):
		a.join(i) // 本报讯（记者 …） 徐⏎汇区…: the dateline leads the paragraph
		return k
	case fa.byline || f.byline || f.dateline || fa.meta || f.meta:
		// bylines, datelines and metadata lines stand apart
	case !fa.endsSentence && !fa.byline && a.captionAt(k):
		j := a.nextItem(k)
		a.single(i, Caption, "caption")
		a.d.Repairs = append(a.d.Repairs, Repair{Kind: RepairCaption, Span: a.d.Lines[i].Span,
			Before: a.d.Lines[i].Text, Reason: "short line interrupting a sentence lifted out as a caption"})
		for m := k + 1; m < j; m++ { // furniture in between
			a.single(a.items[m].line, Furniture, a.furnReason(a.items[m].line))
		}
		a.join(a.items[j].line)
		return j
	case !f.startsCont && (fa.open || a.cur.depth > 0) && a.d.Lines[A].Label != a.d.Lines[i].Label &&
		(a.d.Lines[A].Label == LabelFurniture || a.d.Lines[A].Label == LabelByline):
		// a metadata or byline line cut inside a bracket (… 【字号) does
		// not run on into the text the line model sets apart from it
	case a.ocrWideStandsApart(A, k):
		// a headline across the columns whose closing quote OCR lost
	case f.startsCont || fa.open || a.cur.depth > 0 && a.cols.width == 0:
		a.join(i)
		return k
	case fa.endsColon && (f.first == '“' || f.first == '「'):
		a.join(i) // …激动地说：⏎“我终于可以…”
		return k
	case a.ocrRunsOn(A, k):
		a.join(i) // a column line that does not end a sentence runs on
		return k
	case a.d.Lines[A].Label != a.d.Lines[i].Label || a.d.Lines[i].Label == LabelHeadline:
		// the line model sets the two lines apart; the lines of a
		// headline (kicker, title, subtitle) stand apart
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
	if f.byline || f.dateline || f.runes > 60 || a.ocrColumnText(i) {
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
	return isCaptionMarked(a.d.Lines[i].Text) || (fc.startsCont && f.commas == 0 && f.runes >= 4) // an unmarked caption says something
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
	p := &pending{lines: []int{i}, heading: a.isHeadingAt(k) && !a.ocrHeadingBlocked(i), depth: int(a.feats[i].opens),
		b: pieceBuilder{buf: a.buf[:0], pieces: a.pcs[:0]}}
	a.cur = p // the builder stays empty until a line is joined
}

func (a *assembler) join(i int) {
	p := a.cur
	A := &a.d.Lines[p.lines[len(p.lines)-1]]
	B := &a.d.Lines[i]
	if len(p.lines) == 1 && len(p.b.buf) == 0 {
		p.b.appendPieces(A.Text, A.pieces)
	}
	before := tailBytes(p.b.buf, 6) + "⏎" + cjk.FirstRunes(B.Text, 6)
	sep := a.appendAtSeam(&p.b, A, B, false)
	nB := cjk.RuneCount(B.Text)
	tail := p.b.buf[tailStart(p.b.buf, 6+len(sep)+nB):]
	after := string(tail[:firstRunesLen(tail, 6+len(sep)+6)])
	a.d.Repairs = append(a.d.Repairs, Repair{Kind: RepairJoin, Span: seamSpan(A, B),
		Before: before, After: after,
		Reason: "sentence split by a column break joined"})
	fb := &a.feats[i]
	p.depth = max(0, p.depth-int(fb.closes)) + int(fb.opens)
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
		b.replace(sep, seamSpan(A, B))
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
	return string(b[tailStart(b, n):])
}

// tailStart returns where the last n characters of b start. b is UTF-8
// (the text being built): a character starts at each byte that does not
// continue one.
func tailStart(b []byte, n int) int {
	i := len(b)
	for ; i > 0 && n > 0; n-- {
		i--
		for i > 0 && !utf8.RuneStart(b[i]) {
			i--
		}
	}
	return i
}

// firstRunesLen returns the length in bytes of the first n characters of
// b (all of b if it is shorter).
func firstRunesLen(b []byte, n int) int {
	i := 0
	for ; i < len(b) && n > 0; n-- {
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return i
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
		text, pieces = string(p.b.buf), slices.Clone(p.b.pieces)
		a.buf, a.pcs = p.b.buf[:0], p.b.pieces[:0]
	}
	a.blocks = append(a.blocks, Block{Kind: kind, Text: text, Lines: p.lines, Spans: a.spansOf(p.lines),
		Indent: a.d.Lines[first].Indent, pieces: pieces})
}

// isHalfPunct reports whether c is ASCII punctuation that may be restored
// to full width (a key of fullToHalfPunct).
func isHalfPunct(c byte) bool {
	switch c {
	case ',', ';', ':', '!', '?', '(', ')':
		return true
	}
	return false
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

// slabChunk is how many one-line blocks share a chunk of lineSlab and
// spanSlab.
const slabChunk = 256

// cutOne returns []T{v}, cut from the chunk *slab (a new chunk of
// slabChunk when it is full) with its capacity capped so that an append
// to it cannot reach its neighbours.
func cutOne[T any](slab *[]T, v T) []T {
	if len(*slab) == cap(*slab) {
		*slab = make([]T, 0, slabChunk)
	}
	*slab = append(*slab, v)
	n := len(*slab)
	return (*slab)[n-1 : n : n]
}

func (a *assembler) single(i int, kind BlockKind, reason string) {
	l := &a.d.Lines[i]
	a.blocks = append(a.blocks, Block{Kind: kind, Text: l.Text, Lines: cutOne(&a.lineSlab, i), Spans: cutOne(&a.spanSlab, a.contentSpan(i)),
		Reason: reason, Indent: l.Indent, pieces: l.pieces})
}

// narrowRun reassembles n adjacent narrow lines starting at line first into
// heading and byline blocks. A heading part ends with a line at most half
// as wide as the widest line of the part; a byline role starts a byline
// part that runs to the end of the run.
//
// With dry true it only reports whether the run reads back the same way:
// whether every heading part would stand alone as a heading on its own
// line (a column of digits does not); it adds no blocks or repairs.
func (a *assembler) narrowRun(first, n int, dry bool) bool {
	ok := true
	if dry {
		defer func(k int) { a.d.Repairs = a.d.Repairs[:k] }(len(a.d.Repairs))
	}
	// room for the whole run, made once: the parts take their lines and
	// pieces from it, and the text is built in one buffer (emit copies
	// it). A seam adds a piece for a space before a Latin word or number,
	// and one for each side that ends in ASCII punctuation restored to
	// full width (appendAtSeam); should a part need more (byline names
	// are always spaced), append makes room as usual.
	size, npcs := 0, 0
	for i := first; i < first+n; i++ {
		t := a.d.Lines[i].Text
		size += len(t) + 4
		npcs += len(a.d.Lines[i].pieces)
		if t != "" && (isHalfPunct(t[0]) || t[0] < utf8.RuneSelf && (cjk.IsLatin(rune(t[0])) || cjk.IsDigit(rune(t[0])))) {
			npcs++
		}
		if t != "" && isHalfPunct(t[len(t)-1]) {
			npcs++
		}
	}
	var (
		b      = pieceBuilder{buf: make([]byte, 0, size), pieces: make([]piece, 0, npcs)}
		lines  = make([]int, 0, n)
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
		if dry {
			if kind == Heading && !standsAlone(text) {
				ok = false
			}
			b = pieceBuilder{buf: b.buf[:0], pieces: b.pieces[len(b.pieces):]}
			lines, widest, depth = lines[len(lines):], 0, 0
			return
		}
		blk := Block{Kind: kind, Text: text, Lines: lines[:len(lines):len(lines)], Spans: a.spansOf(lines), Narrow: true,
			pieces: b.pieces[:len(b.pieces):len(b.pieces)]}
		a.blocks = append(a.blocks, blk)
		// the lines joined by ⏎, built in one piece (a run may have a
		// million lines)
		var before strings.Builder
		total := (len(lines) - 1) * len("⏎")
		for _, l := range lines {
			total += len(a.d.Lines[l].Text)
		}
		before.Grow(total)
		for i, l := range lines {
			if i > 0 {
				before.WriteString("⏎")
			}
			before.WriteString(a.d.Lines[l].Text)
		}
		a.d.Repairs = append(a.d.Repairs, Repair{Kind: RepairNarrow, Span: Span{blk.Spans[0].Start, blk.Spans[len(blk.Spans)-1].End},
			Before: before.String(), After: text, Reason: "lines of a narrow column reassembled"})
		b = pieceBuilder{buf: b.buf[:0], pieces: b.pieces[len(b.pieces):]}
		lines, widest, depth = lines[len(lines):], 0, 0
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
		widest = max(widest, int(f.runes))
		nextCont := i+1 < first+n && a.feats[i+1].startsCont
		depth = max(0, depth-int(f.closes)) + int(f.opens)
		if kind == Heading && len(lines) > 1 && int(f.runes)*2 <= widest && !f.open && depth == 0 && !nextCont && standsAlone(string(b.buf)) {
			emit()
		}
	}
	emit()
	return ok
}

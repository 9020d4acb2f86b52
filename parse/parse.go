package parse

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
	"github.com/civicnews/civicnews/internal/detect"
	"github.com/civicnews/civicnews/layout"
)

// Option configures [Parse] and [FromLayout].
type Option func(*config)

type config struct {
	layout []layout.Option
}

// WithLayoutOptions passes options to [layout.Analyze].
func WithLayoutOptions(opts ...layout.Option) Option {
	return func(c *config) { c.layout = append(c.layout, opts...) }
}

// Parse analyses the layout of src and parses the page. It fails only
// where [layout.Analyze] fails (undecodable input, limits).
func Parse(src []byte, opts ...Option) (*Document, error) {
	var c config
	for _, o := range opts {
		o(&c)
	}
	ld, err := layout.Analyze(src, c.layout...)
	if err != nil {
		return nil, err
	}
	return fromLayout(ld, &c), nil
}

// FromLayout parses a page whose layout has been analysed already.
func FromLayout(ld *layout.Document, opts ...Option) *Document {
	var c config
	for _, o := range opts {
		o(&c)
	}
	return fromLayout(ld, &c)
}

type parser struct {
	c      *config
	ld     *layout.Document
	doc    *Document
	blocks []layout.Block
	cur    *Article
	// front holds the blocks labelled other that wait for what follows
	// them: inside an article's body they are body, before it front
	// matter, after it boilerplate.
	front []int
	// bpBlock holds the block of each boilerplate entry (nil for none),
	// and bpMark the number of entries when the last article closed: the
	// entries since are where a missed headline is looked for.
	bpBlock []*layout.Block
	bpMark  int
	// disclaimer is set when a disclaimer opened after an article's
	// body: the paragraphs that follow are its text, until a headline
	// or a byline.
	disclaimer bool
	// subOpen is set while a dash subtitle taken by dashSubtitle has not
	// closed.
	subOpen bool
	year    int // the year, 0 when unknown
	month   int
}

func fromLayout(ld *layout.Document, c *config) *Document {
	p := &parser{c: c, ld: ld, doc: &Document{Layout: ld, Kind: Newspaper}, blocks: ld.Blocks}
	m, start, stray := findMasthead(p.blocks)
	p.doc.Masthead = m
	p.doc.Boilerplate = append(p.doc.Boilerplate, stray...)
	for _, st := range stray {
		// the blocks of the masthead's strays, for findTitle
		var blk *layout.Block
		for k := 0; k < start && k < len(p.blocks) && len(st.Spans) > 0; k++ {
			if b := &p.blocks[k]; len(b.Spans) > 0 && b.Spans[0] == st.Spans[0] && b.Text == st.Text {
				blk = b
				break
			}
		}
		p.bpBlock = append(p.bpBlock, blk)
	}
	if m != nil && len(m.Date) == 10 {
		p.year, _ = strconv.Atoi(m.Date[:4])
		p.month, _ = strconv.Atoi(m.Date[5:7])
	}
	for i := start; i < len(p.blocks); {
		i = p.block(i)
	}
	p.close()
	for i := range p.doc.Articles {
		p.dateArticle(&p.doc.Articles[i])
	}
	p.doc.Kind = p.kind()
	return p.doc
}

// label returns the line model's label of a block: that of its first
// line, or for a block reassembled from a narrow column the label most of
// its lines have.
func (p *parser) label(b *layout.Block) layout.LineLabel {
	if len(b.Lines) == 0 {
		return layout.LabelBody
	}
	if b.Narrow {
		// the physical layer reassembled a narrow column and says what it is
		switch b.Kind {
		case layout.Heading:
			return layout.LabelHeadline
		case layout.Byline:
			return layout.LabelByline
		}
	}
	if !b.Narrow || len(b.Lines) == 1 {
		return p.ld.Lines[b.Lines[0]].Label
	}
	count := map[layout.LineLabel]int{}
	best := p.ld.Lines[b.Lines[0]].Label
	for _, i := range b.Lines {
		l := p.ld.Lines[i].Label
		count[l]++
		if count[l] > count[best] {
			best = l
		}
	}
	return best
}

// boilerplate reports a block as boilerplate.
func (p *parser) boilerplate(b *layout.Block, reason string) {
	if reason == "" {
		reason = "furniture"
	}
	p.doc.Boilerplate = append(p.doc.Boilerplate, Boilerplate{Text: b.Text, Reason: reason, Spans: b.Spans})
	for len(p.bpBlock) < len(p.doc.Boilerplate)-1 {
		p.bpBlock = append(p.bpBlock, nil)
	}
	p.bpBlock = append(p.bpBlock, b)
}

// minRescue is the least headline probability of a line taken back from
// the boilerplate as the headline of an article that has none.
const minRescue = 0.08

// minSectionHead is the least headline probability of a line labelled
// section heading taken as a headline.
const minSectionHead = 0.5

// minBodyHead is the least headline probability of a heading-shaped line
// labelled body taken as a headline.
const minBodyHead = 0.66

// minKicker is the least headline probability of a line taken back from
// the boilerplate as the kicker of the headline below it.
const minKicker = 0.35

// rescueHeadline looks, when a body starts with no headline, among the
// boilerplate since the last article for the block most likely to be a
// headline, and starts the article with it when it is likely enough.
func (p *parser) rescueHeadline() bool {
	best, bestP := -1, float32(minRescue)
	for k := p.bpMark; k < len(p.bpBlock); k++ {
		b := p.bpBlock[k]
		if b == nil || len(b.Lines) != 1 || b.Kind == layout.Caption {
			continue
		}
		if cjk.RunesAtMost(b.Text, 3) || !cjk.RunesAtMost(b.Text, 120) {
			continue
		}
		if hp := p.ld.Lines[b.Lines[0]].HeadlineP; hp >= bestP {
			best, bestP = k, hp
		}
	}
	if best < 0 {
		return false
	}
	b := p.bpBlock[best]
	p.doc.Boilerplate = append(p.doc.Boilerplate[:best], p.doc.Boilerplate[best+1:]...)
	p.bpBlock = append(p.bpBlock[:best], p.bpBlock[best+1:]...)
	a := &Article{headLines: []*layout.Block{b}, Title: b.Text, Spans: append([]layout.Span{}, b.Spans...)}
	p.cur = a
	return true
}

// block handles the block at i and returns the index of the next one.
func (p *parser) block(i int) int {
	b := &p.blocks[i]
	if b.Kind == layout.Caption {
		p.boilerplate(b, b.Reason)
		return i + 1
	}
	label := p.label(b)
	if label != layout.LabelBody && label != layout.LabelHeadline && endsSentence(b.Text) && detect.OpensWithDateline(b.Text) {
		label = layout.LabelBody // a paragraph that opens with a dateline is body, however short
	}
	if b.Kind == layout.Byline && (label == layout.LabelBody || label == layout.LabelOther) {
		label = layout.LabelByline // the byline detector's answer stands
	}
	if label == layout.LabelByline && len(b.Lines) > 1 && !b.Narrow && b.Kind != layout.Byline {
		// a byline line the physical layer ran on into the text: the
		// paragraph reads its credits and keeps its text
		label = layout.LabelBody
	}
	if label == layout.LabelHeadline && !headlineText(b.Text) {
		label = layout.LabelBody // a sentence is no headline
	}
	if a := p.cur; label == layout.LabelHeadline && a != nil && a.Title != "" && len(a.Paragraphs) == 0 && keyValue(b.Text) {
		label = layout.LabelOther // a key: value line under a headline is its metadata
	}
	if label == layout.LabelHeadline && p.afterLeadIn(i) {
		label = layout.LabelSection // an item of the list a colon announced
	}
	if label == layout.LabelHeadline {
		if _, ok := detect.Byline(b.Text); ok || detect.Names(b.Text) != nil {
			label = layout.LabelByline // names under a headline are its byline
		} else if reDocNumber.MatchString(b.Text) {
			label = layout.LabelOther // a document number is a report's header line
		}
	}
	if (label == layout.LabelBody || label == layout.LabelHeadline && p.cur != nil && p.cur.Title != "") &&
		b.Kind == layout.Heading && p.cur != nil && len(b.Lines) == 1 && !endsSentence(b.Text) &&
		(detect.SectionMark(b.Text) > 0 || len(p.cur.Paragraphs) > 0 && isSidebar(b.Text)) {
		// a numbered section heading (also the first, right under a
		// report's title) or a sidebar label inside the body
		label = layout.LabelSection
	}
	if label == layout.LabelBody && b.Kind == layout.Heading && len(b.Lines) == 1 && !endsSentence(b.Text) &&
		p.ld.Lines[b.Lines[0]].HeadlineP >= minBodyHead {
		label = layout.LabelHeadline // a heading-shaped line likely enough a headline
	}
	if a := p.cur; a != nil && len(a.Paragraphs) > 0 && label != layout.LabelBody && len(b.Lines) == 1 && a.Title != "" {
		if k := headKey(cleanHeadline(b.Text)); k == headKey(a.Title) || k == headKey(a.Headline()) {
			// the article's headline set again inside its body (over a
			// picture, at a page's foot): one headline
			p.boilerplate(b, "repeated-headline")
			return i + 1
		}
	}
	if label == layout.LabelOther && p.dashSubtitle(b) {
		return i + 1
	}
	if label != layout.LabelBody && p.signatureDate(i) {
		// the date under a notice's signature closes its body, and the
		// signing office above it with it
		p.paragraph(b, false)
		return i + 1
	}
	switch label {
	case layout.LabelHeadline, layout.LabelByline:
		p.disclaimer = false
	case layout.LabelFurniture:
		if p.cur != nil && len(p.cur.Paragraphs) > 0 && disclaimerLabel(b.Text) && endsLabel(b.Text) {
			p.disclaimer = true // a disclaimer's title line: its text follows
		}
	default:
		if p.cur != nil && len(p.cur.Paragraphs) > 0 && (p.disclaimer || disclaimerLabel(b.Text)) {
			// a disclaimer or copyright notice under the body
			p.disclaimer = true
			p.boilerplate(b, "")
			return i + 1
		}
	}
	if (label == layout.LabelOther || label == layout.LabelBody || label == layout.LabelSection) && p.cur != nil {
		if src := sourceLine(b.Text); src != "" {
			p.cur.Source = src // a source line closing the article: metadata
			p.boilerplate(b, "metadata")
			return i + 1
		}
	}
	switch label {
	case layout.LabelFurniture:
		if p.cur != nil && p.cur.Source == "" {
			if src := sourceLine(b.Text); src != "" {
				p.cur.Source = src
			}
		}
		if m, ok := metaLine(b.Text); ok && p.cur != nil && m.date != "" && p.cur.Date == "" {
			p.cur.Date, p.cur.DateText = m.date, m.date
		}
		if fields, ok := detect.MetaLine(b.Text); ok && p.cur != nil {
			// the writer named on a metadata line (作者：X, 来源：某报 X)
			for k := range fields {
				var writers []detect.Credit
				for _, c := range fields[k].Credits() {
					if c.Role.Writes() {
						writers = append(writers, c)
					}
				}
				p.addCredits(writers)
			}
		}
		reason := b.Reason
		if b.Kind != layout.Furniture {
			reason = ""
		}
		p.boilerplate(b, reason)
		return i + 1
	case layout.LabelOther:
		p.front = append(p.front, i)
		return i + 1
	case layout.LabelByline:
		if p.cur == nil {
			// a byline opens the article: its headline, if the model set
			// it aside, stands among the boilerplate just before
			p.settleFront(false)
			if !p.rescueHeadline() {
				p.cur = &Article{}
			}
		}
		p.settleFront(false)
		p.bylineLine(b.Text)
		p.cur.Spans = append(p.cur.Spans, b.Spans...)
		return i + 1
	case layout.LabelSection:
		if p.cur != nil && !(len(b.Lines) == 1 && p.ld.Lines[b.Lines[0]].HeadlineP >= minSectionHead) {
			p.settleFront(true)
			p.paragraph(b, true)
			return i + 1
		}
	case layout.LabelBody:
		if p.cur == nil {
			front := append([]int(nil), p.front...)
			p.settleFront(false)
			if p.rescueHeadline() {
				// the dash subtitle set apart below the headline the
				// model missed: it is the headline's
				var taken []int
				for _, k := range front {
					h := p.cur.headLines[0]
					if len(h.Spans) == 0 || len(p.blocks[k].Spans) == 0 || p.blocks[k].Spans[0].Start <= h.Spans[0].Start {
						continue // at or above the headline
					}
					if !p.dashSubtitle(&p.blocks[k]) {
						break
					}
					taken = append(taken, k)
				}
				p.unBoilerplate(taken)
			} else {
				if len(b.Lines) == 1 && !endsSentence(b.Text) && (b.Kind == layout.Heading ||
					cjk.RunesAtMost(b.Text, 60) && i+1 < len(p.blocks) && p.label(&p.blocks[i+1]) != layout.LabelBody ||
					headShaped(b.Text)) {
					// a heading-shaped line opening a headless run of body, or
					// an open line set apart from the body that follows
					p.headline(i, i+1)
					return i + 1
				}
				p.cur = &Article{}
			}
		}
		if a := p.cur; len(a.Paragraphs) > 0 && detect.OpensWithDateline(b.Text) && p.startsStory(i) {
			return i + 1
		}
		if a := p.cur; len(a.Paragraphs) == 0 && len(b.Lines) == 1 {
			if isStandfirst(b.Text) {
				p.front = append(p.front, i)
				return i + 1
			}
			if names := detect.Names(b.Text); names != nil && len(a.Reporters) == 0 {
				p.addCredits(names)
				a.Spans = append(a.Spans, b.Spans...)
				return i + 1
			}
		}
		p.settleFront(true)
		p.paragraph(b, false)
		return i + 1
	}
	// a run of headline blocks, and a subtitle the model did not take for
	// one: a heading-shaped line right below, opening with a dash or
	// likely enough a headline line
	j := i + 1
	for j < len(p.blocks) && p.blocks[j].Kind != layout.Caption {
		b := &p.blocks[j]
		if !headlineText(b.Text) || keyValue(b.Text) {
			break
		}
		if l := p.label(b); l != layout.LabelHeadline && !(l == layout.LabelSection && len(b.Lines) == 1 && b.Kind == layout.Heading) &&
			!(l != layout.LabelBody && l != layout.LabelByline && p.subtitleLike(b)) {
			break
		}
		j++
	}
	if p.secondHeadline(i, j) {
		// a headline-shaped run below the article's headline and its
		// metadata, less likely a headline than the headline: front
		// matter (a caption, the issuing office of a notice)
		for k := i; k < j; k++ {
			p.front = append(p.front, k)
		}
		return j
	}
	p.headline(i, j)
	return j
}

// afterLeadIn reports a block at i right below the current article's last
// paragraph when that paragraph ends with a colon: what follows is what it
// announced, not a new story.
func (p *parser) afterLeadIn(i int) bool {
	a := p.cur
	if a == nil || len(a.Paragraphs) == 0 || i == 0 {
		return false
	}
	par := &a.Paragraphs[len(a.Paragraphs)-1]
	if last := par.segs[len(par.segs)-1].block; last != &p.blocks[i-1] {
		return false
	}
	t := strings.TrimSpace(par.Text)
	return strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")
}

// maxDisclaimerLabel is the most runes before the colon of a
// disclaimer's label (版权与免责声明：).
const maxDisclaimerLabel = 12

// disclaimerLabel reports text that opens with a statement's label: a
// word ending in 声明 before a colon.
func disclaimerLabel(s string) bool {
	s = strings.TrimSpace(s)
	// strings.IndexAny(s, "：:"), without decoding a long paragraph
	// character by character: the bytes of ：, whose first byte never
	// continues another character, stand only where range reads a ：
	k, end := strings.IndexByte(s, ':'), len(s)
	if k >= 0 {
		end = k
	}
	if j := strings.Index(s[:end], "："); j >= 0 {
		k = j
	}
	if k < 0 {
		return false
	}
	head := strings.TrimRight(s[:k], " 】]")
	return strings.HasSuffix(head, "声明") && utf8.RuneCountInString(head) <= maxDisclaimerLabel
}

// endsLabel reports text that ends with a colon.
func endsLabel(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":")
}

// reDateOnly matches a line that is a date and nothing else, in digits or
// in Chinese numerals: 2018年1月18日, 二〇一〇年二月十一日.
var reDateOnly = regexp.MustCompile(`^\s*[0-9０-９〇○零一二三四五六七八九]{2,4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日\s*$`)

// signatureDate reports a block at i that is a date alone right after the
// current article's last paragraph, or after one or two short lines (the
// signing office) set apart as other or furniture that follow it; it
// takes those lines back from the front and the boilerplate as paragraphs.
func (p *parser) signatureDate(i int) bool {
	a := p.cur
	if a == nil || len(a.Paragraphs) == 0 || !reDateOnly.MatchString(p.blocks[i].Text) {
		return false
	}
	last := &a.Paragraphs[len(a.Paragraphs)-1]
	if len(last.segs) == 0 {
		return false
	}
	k := i - 1
	for k >= 0 && &p.blocks[k] != last.segs[len(last.segs)-1].block {
		if b := &p.blocks[k]; i-k > 2 || b.Kind == layout.Caption || !cjk.RunesAtMost(b.Text, 30) || endsSentence(b.Text) {
			return false
		}
		k--
	}
	if k < 0 {
		return false
	}
	var bp []*layout.Block // the blocks between that went to the boilerplate, in order
	for m := k + 1; m < i; m++ {
		if !slices.Contains(p.front, m) {
			bp = append(bp, &p.blocks[m])
		}
	}
	n := len(p.bpBlock) - len(bp)
	if n < p.bpMark || len(p.doc.Boilerplate) != len(p.bpBlock) {
		return false
	}
	for x, b := range bp {
		if p.bpBlock[n+x] != b {
			return false
		}
	}
	p.doc.Boilerplate = p.doc.Boilerplate[:n]
	p.bpBlock = p.bpBlock[:n]
	p.front = p.front[:0]
	for m := k + 1; m < i; m++ {
		p.paragraph(&p.blocks[m], false)
	}
	return true
}

// minFirstHead is the least headline probability of an article's
// headline that a second headline run before its body does not replace.
const minFirstHead = 0.9

// secondHeadline reports a run of headline blocks [i, j) met after the
// current article's headline and metadata, before its body, that is less
// likely a headline than the headline (which is likely): the title is the
// best headline next to the body's start.
func (p *parser) secondHeadline(i, j int) bool {
	a := p.cur
	if a == nil || len(a.Paragraphs) > 0 || a.Title == "" || len(a.headLines) == 0 ||
		a.Date == "" && a.Source == "" && len(a.Reporters)+len(a.Correspondents) == 0 {
		return false
	}
	best := float32(0)
	for _, b := range a.headLines {
		for _, l := range b.Lines {
			best = max(best, p.ld.Lines[l].HeadlineP)
		}
	}
	if best < minFirstHead {
		return false
	}
	for k := i; k < j; k++ {
		for _, l := range p.blocks[k].Lines {
			if p.ld.Lines[l].HeadlineP >= best {
				return false
			}
		}
	}
	return true
}

// likelyKicker reports a one-line heading-shaped block likely enough a
// headline line.
func (p *parser) likelyKicker(b *layout.Block) bool {
	return len(b.Lines) == 1 && b.Kind == layout.Heading && p.ld.Lines[b.Lines[0]].HeadlineP >= minKicker
}

// minSubtitle is the least headline probability of a line below a
// headline taken as its subtitle.
const minSubtitle = 0.3

// subtitleLike reports a one-line heading-shaped block that opens with a
// dash (——记者直击现场) or is likely enough a headline line.
func (p *parser) subtitleLike(b *layout.Block) bool {
	if len(b.Lines) != 1 || b.Kind != layout.Heading && b.Kind != layout.Furniture {
		return false
	}
	if cjk.RunesAtMost(b.Text, 3) || !cjk.RunesAtMost(b.Text, 80) {
		return false
	}
	return strings.HasPrefix(b.Text, "——") || strings.HasPrefix(b.Text, "--") || p.ld.Lines[b.Lines[0]].HeadlineP >= minSubtitle
}

// startsStory handles a paragraph at i that opens with a dateline inside
// an article's body: a dateline opens a story, so the heading-shaped
// paragraphs right above it (which the model took for body or section
// headings) are the new story's headline. It reports false, changing
// nothing, when there are none.
func (p *parser) startsStory(i int) bool {
	a := p.cur
	k := len(a.Paragraphs)
	for k > 0 && len(a.Paragraphs)-k < 3 {
		par := &a.Paragraphs[k-1]
		b := par.segs[0].block
		if len(par.segs) != 1 || b != &p.blocks[i-(len(a.Paragraphs)-k)-1] || b.Kind != layout.Heading || endsSentence(par.Text) {
			break
		}
		k--
	}
	if k == len(a.Paragraphs) || k == 0 {
		return false
	}
	first := i - (len(a.Paragraphs) - k)
	for _, par := range a.Paragraphs[k:] {
		a.Spans = removeSpans(a.Spans, par.segs[0].block.Spans)
	}
	a.Paragraphs = a.Paragraphs[:k]
	p.headline(first, i)
	p.paragraph(&p.blocks[i], false)
	return true
}

// settleFront places the blocks labelled other met since the last block
// of an article: before the first paragraph they are front matter
// (standfirst, caption, report header lines); between paragraphs, when
// inBody, they are body.
func (p *parser) settleFront(inBody bool) {
	if len(p.front) == 0 {
		return
	}
	a := p.cur
	for _, k := range p.front {
		b := &p.blocks[k]
		switch {
		case a == nil:
			p.boilerplate(b, "stray")
		case len(a.Paragraphs) > 0 && inBody:
			p.paragraph(b, false)
		case len(a.Paragraphs) == 0:
			a.Front = append(a.Front, Paragraph{Text: b.Text, Spans: b.Spans, segs: []seg{{block: b, n: len(b.Text)}}})
			a.Spans = append(a.Spans, b.Spans...)
		default:
			p.boilerplate(b, "stray")
		}
	}
	p.front = p.front[:0]
}

// standfirstLabels open a standfirst: a summary set before the body,
// neither subtitle nor body.
var standfirstLabels = []string{"摘要", "内容提要", "提要", "导读", "核心提示", "内容概述", "【摘要】", "【导读】"}

func isStandfirst(text string) bool {
	for _, l := range standfirstLabels {
		if strings.HasPrefix(text, l) {
			rest := strings.TrimPrefix(text, l)
			return strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":") || strings.HasPrefix(l, "【")
		}
	}
	return false
}

// credit credits the people of a byline to the current article.
func (p *parser) credit(text string) {
	if cs, ok := detect.Byline(text); ok {
		p.addCredits(cs)
		return
	}
	credits, _ := layout.ParseByline(text)
	for _, c := range credits {
		p.addCredits([]detect.Credit{{Role: detect.Role(c.Role), Name: c.Name}})
	}
}

// addCredits adds the people credited to the current article, each once
// per role. Editors and reviewers are not bylines.
func (p *parser) addCredits(cs []detect.Credit) {
	a := p.cur
	add := func(list *[]string, name string) {
		if name != "" && !slices.Contains(*list, name) {
			*list = append(*list, name)
		}
	}
	for _, c := range cs {
		switch c.Role {
		case detect.Reporter:
			add(&a.Reporters, c.Name)
		case detect.Correspondent:
			add(&a.Correspondents, c.Name)
		case detect.Intern:
			add(&a.Interns, c.Name)
		case detect.Photographer:
			add(&a.Photographers, c.Name)
		}
	}
}

// bylineLine credits the people of a line labelled byline: a byline, an
// author tail ((张三 李四), ·张三·) or bare names.
func (p *parser) bylineLine(text string) {
	if cs, ok := detect.Byline(text); ok {
		p.addCredits(cs)
		return
	}
	if cs, start := detect.Tail(text); start == 0 {
		p.addCredits(cs)
		return
	}
	if cs := detect.Names(text); cs != nil {
		p.addCredits(cs)
		return
	}
	p.credit(text)
}

// close ends the article being built. Blocks labelled other after its
// body are boilerplate. An article that is only a headline (a headline
// list, a cut-off last item) is not an article: its headline becomes
// boilerplate.
func (p *parser) close() {
	p.subOpen = false
	p.settleFront(false)
	a := p.cur
	p.cur = nil
	defer func() { p.bpMark = len(p.doc.Boilerplate) }()
	if a == nil {
		return
	}
	p.trimTail(a)
	if len(a.Paragraphs) == 0 && len(a.Front) > 0 {
		// what stood between the headline and nothing is the body
		a.Paragraphs, a.Front = a.Front, nil
	}
	if a.Title == "" && len(a.Paragraphs) > 0 {
		p.findTitle(a)
	}
	if len(a.Paragraphs) == 0 && len(a.Reporters)+len(a.Correspondents) == 0 && a.Dateline == "" {
		for _, t := range a.headLines {
			p.boilerplate(t, "headline-only")
		}
		for _, f := range a.Front {
			p.boilerplate(f.segs[0].block, "stray")
		}
		return
	}
	p.doc.Articles = append(p.doc.Articles, *a)
}

// maxSubtitleLine is the most runes of a line of a report's dash
// subtitle.
const maxSubtitleLine = 60

// dashSubtitle takes a line set apart below an article's headline, before
// its body, that opens with a dash (——在某某会议上) as the headline's
// subtitle, and the open line that carries it on until it closes with 上
// (在……会议上). It reports whether it took the block.
func (p *parser) dashSubtitle(b *layout.Block) bool {
	a := p.cur
	if a == nil || a.Title == "" || len(a.Paragraphs) > 0 || len(a.Front) > 0 || len(b.Lines) != 1 {
		return false
	}
	t := strings.TrimSpace(b.Text)
	if utf8.RuneCountInString(t) > maxSubtitleLine || !headlineText(t) || endsSentence(t) || endsClause(t) || keyValue(t) {
		return false
	}
	dash := strings.HasPrefix(t, "——") || strings.HasPrefix(t, "--")
	switch {
	case dash && a.Subtitle == "":
	case !dash && p.subOpen && a.Subtitle != "" && detect.Names(t) == nil:
	default:
		return false
	}
	a.Subtitle += t
	p.subOpen = !strings.HasSuffix(t, "上")
	a.headLines = append(a.headLines, b)
	a.Spans = append(a.Spans, b.Spans...)
	return true
}

// unBoilerplate takes the blocks at ks back out of the boilerplate.
func (p *parser) unBoilerplate(ks []int) {
	if len(p.doc.Boilerplate) != len(p.bpBlock) {
		return
	}
	for _, k := range ks {
		for e := len(p.bpBlock) - 1; e >= 0; e-- {
			if p.bpBlock[e] == &p.blocks[k] {
				p.doc.Boilerplate = append(p.doc.Boilerplate[:e], p.doc.Boilerplate[e+1:]...)
				p.bpBlock = append(p.bpBlock[:e], p.bpBlock[e+1:]...)
				if p.bpMark > e {
					p.bpMark--
				}
				break
			}
		}
	}
}

// maxKeyLabel is the most runes of the key of a key: value line.
const maxKeyLabel = 4

// keyValue reports a line of the shape key：value, the key a word of at
// most maxKeyLabel runes with no punctuation (单位：某某委员会).
func keyValue(s string) bool {
	s = strings.TrimSpace(s)
	k := strings.IndexAny(s, "：:")
	if k <= 0 || strings.TrimSpace(s[k:]) == "：" || strings.TrimSpace(s[k:]) == ":" {
		return false
	}
	key := s[:k]
	if utf8.RuneCountInString(key) > maxKeyLabel {
		return false
	}
	for _, r := range key {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// maxTailLabel is the most runes of a label standing alone, colon
// ended, at the foot of a body (标签：, 评论：).
const maxTailLabel = 8

// trimTail moves to the boilerplate the lines the body of an article
// ends with that are not its text: a lone colon-ended label (a tag or
// comment box's), a pipe-separated table of figures, a contributor note
// in brackets (（某某供稿）).
func (p *parser) trimTail(a *Article) {
	for len(a.Paragraphs) > 1 {
		par := &a.Paragraphs[len(a.Paragraphs)-1]
		if len(par.segs) != 1 || par.Heading {
			return
		}
		t := strings.TrimSpace(par.Text)
		switch {
		case endsLabel(t) && utf8.RuneCountInString(t) <= maxTailLabel:
		case strings.Count(t, "|") >= 3 && !endsSentence(t):
		case contributorNote(t):
		default:
			return
		}
		b := par.segs[0].block
		a.Spans = removeSpans(a.Spans, b.Spans)
		a.Paragraphs = a.Paragraphs[:len(a.Paragraphs)-1]
		p.boilerplate(b, "")
	}
}

// contributorNote reports a line that is a bracketed note of who
// supplied the story or its pictures: （某某街道供稿）.
func contributorNote(s string) bool {
	opens, closes := strings.HasPrefix(s, "（") || strings.HasPrefix(s, "("), strings.HasSuffix(s, "）") || strings.HasSuffix(s, ")")
	if !opens || !closes || utf8.RuneCountInString(s) > 40 {
		return false
	}
	inner := strings.TrimRight(s, "）)")
	return strings.HasSuffix(inner, "供稿") || strings.HasSuffix(inner, "供图") || strings.HasSuffix(inner, "来稿")
}

// minTitleOverlap is the least share of a line's character pairs found in
// an untitled article's body for the line to be its title.
const minTitleOverlap = 0.5

// findTitle looks, for an article the model gave no headline, for its
// title among the lines set aside before its body (and its first
// paragraph, when that is a lone headline-shaped line): the line whose
// words come back most in the body. A headline's words do; furniture's
// do not.
func (p *parser) findTitle(a *Article) {
	start := -1
	for _, par := range a.Paragraphs {
		if len(par.Spans) > 0 {
			start = par.Spans[0].Start
			break
		}
	}
	if start < 0 || len(p.doc.Boilerplate) != len(p.bpBlock) {
		return
	}
	body, rest := "", "" // the body's text, and without its first paragraph
	for k, par := range a.Paragraphs {
		body += par.Text
		if k > 0 {
			rest += par.Text
		}
		if len(body) > 3000 {
			break
		}
	}
	best, bestO := -1, float32(minTitleOverlap)
	var bestBlock *layout.Block
	try := func(k int, b *layout.Block, text string) {
		if b == nil || b.Kind == layout.Caption || len(b.Lines) != 1 || len(b.Spans) == 0 || b.Spans[0].Start >= start {
			return
		}
		if cjk.RunesAtMost(text, 2) || !cjk.RunesAtMost(text, 80) || !headlineText(text) || endsClause(text) {
			return
		}
		if _, ok := detect.MetaLine(text); ok {
			return
		}
		if o, pairs := pairOverlap(text, body); pairs >= 2 && o >= bestO {
			best, bestO, bestBlock = k, o, b
		}
	}
	for k := p.bpMark; k < len(p.bpBlock); k++ {
		if b := p.bpBlock[k]; b != nil {
			try(k, b, cleanHeadline(b.Text))
		}
	}
	if len(a.Paragraphs) > 1 {
		if par := &a.Paragraphs[0]; len(par.segs) == 1 && !par.Heading {
			b := par.segs[0].block
			if o, pairs := pairOverlap(par.Text, rest); len(b.Lines) == 1 && pairs >= 2 && o >= bestO && headShapedAny(par.Text) {
				best, bestO, bestBlock = -2, o, b
			}
		}
	}
	switch {
	case best == -2:
		a.Paragraphs = a.Paragraphs[1:]
	case best >= 0:
		p.doc.Boilerplate = append(p.doc.Boilerplate[:best], p.doc.Boilerplate[best+1:]...)
		p.bpBlock = append(p.bpBlock[:best], p.bpBlock[best+1:]...)
		a.Spans = append(a.Spans, bestBlock.Spans...)
	default:
		return
	}
	a.headLines = []*layout.Block{bestBlock}
	a.Title = cleanHeadline(bestBlock.Text)
}

// headShapedAny reports a line that can be a headline ending with ！ or ？:
// up to 80 characters, no full stop or semicolon in it.
func headShapedAny(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 4 && n <= 80 && !strings.ContainsAny(s, "。；;") && !endsClause(s)
}

// endsClause reports a text ending with a clause mark or a colon.
func endsClause(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " "))
	return r == '，' || r == '、' || r == ',' || r == '：' || r == ':' || r == '；'
}

// pairOverlap returns the share of the pairs of Han characters of a line
// found in a text, and the number of its pairs.
func pairOverlap(line, text string) (float32, int) {
	prev, n, in := rune(-1), 0, 0
	var buf [8]byte
	for _, r := range line {
		if r == '〇' || !cjk.IsHan(r) { // unicode.Han, without the table search
			prev = -1
			continue
		}
		if prev >= 0 {
			k := utf8.EncodeRune(buf[:], prev)
			k += utf8.EncodeRune(buf[k:], r)
			n++
			if strings.Contains(text, string(buf[:k])) {
				in++
			}
		}
		prev = r
	}
	if n == 0 {
		return 0, 0
	}
	return float32(in) / float32(n), n
}

// headline starts an article with the heading blocks [i, j), or, when
// they repeat the current article's headline before its body, adds them
// to it.
func (p *parser) headline(i, j int) {
	key := ""
	for k := i; k < j; k++ {
		key += headKey(p.blocks[k].Text)
	}
	if a := p.cur; a != nil && len(a.Paragraphs) == 0 && key != "" {
		if h := headKey(a.Headline()); h == key || strings.Contains(h, key) {
			// a copy of the headline: the copy nearer the body is the
			// headline, and lines of the first that it lacks (a site's
			// name above it) are furniture
			var lines []string
			var blocks []*layout.Block
			for k := i; k < j; k++ {
				a.Spans = append(a.Spans, p.blocks[k].Spans...)
				lines = append(lines, cleanHeadline(p.blocks[k].Text))
				blocks = append(blocks, &p.blocks[k])
			}
			for _, b := range a.headLines {
				if !strings.Contains(key, headKey(b.Text)) {
					a.Spans = removeSpans(a.Spans, b.Spans)
					p.boilerplate(b, b.Reason)
				}
			}
			a.headLines = blocks
			a.Kicker, a.Title, a.Subtitle = splitHeadline(lines)
			return
		}
	}
	last, mark := len(p.bpBlock)-1, p.bpMark
	var kicker *layout.Block
	if c := p.cur; c != nil && i > 0 && len(c.Paragraphs) > 0 {
		// a section heading right above a headline is its kicker, and so
		// is a heading-shaped line likely enough a headline line
		par := &c.Paragraphs[len(c.Paragraphs)-1]
		if len(par.segs) == 1 && par.segs[0].block == &p.blocks[i-1] && (par.Heading || p.likelyKicker(par.segs[0].block)) {
			kicker = par.segs[0].block
			c.Paragraphs = c.Paragraphs[:len(c.Paragraphs)-1]
			c.Spans = removeSpans(c.Spans, kicker.Spans)
		}
	}
	p.close()
	a := &Article{}
	var blocks []*layout.Block
	if kicker != nil {
		blocks = append(blocks, kicker)
	}
	// a kicker the model took for furniture: the line just above, likely
	// enough a headline line
	if kicker == nil && last >= mark && i > 0 && last < len(p.bpBlock) && p.bpBlock[last] == &p.blocks[i-1] {
		b := &p.blocks[i-1]
		if len(b.Lines) == 1 && b.Kind != layout.Caption && p.ld.Lines[b.Lines[0]].HeadlineP >= minKicker && !p.copyOf(b, i, j) {
			p.doc.Boilerplate = append(p.doc.Boilerplate[:last], p.doc.Boilerplate[last+1:]...)
			p.bpBlock = append(p.bpBlock[:last], p.bpBlock[last+1:]...)
			p.bpMark = len(p.bpBlock)
			blocks = append(blocks, b)
		}
	}
	for k := i; k < j; k++ {
		blocks = append(blocks, &p.blocks[k])
	}
	a.headLines = blocks
	lines := make([]string, 0, len(blocks))
	var credits []detect.Credit
	for k, b := range blocks {
		text := b.Text
		if k == len(blocks)-1 {
			text, credits = headlineNames(text)
		}
		lines = append(lines, cleanHeadline(text))
		a.Spans = append(a.Spans, b.Spans...)
	}
	a.Kicker, a.Title, a.Subtitle = splitHeadline(lines)
	p.cur = a
	p.addCredits(credits)
}

// headlineBullets open an item of a headline list; a headline set as one
// keeps its text without them.
const headlineBullets = "•·●◆◇■□▪▶►★☆○◎"

// cleanHeadline takes off a headline line's list bullet and the
// separators left dangling at its end.
func cleanHeadline(s string) string {
	t := strings.TrimLeft(s, headlineBullets+" \u3000")
	if t == "" {
		return s
	}
	t = strings.TrimRight(t, " \u3000|｜")
	if t == "" {
		return s
	}
	return t
}

// headlineNames splits the names of the writers off the end of a headline
// line set with them (某某事 某某事 张三 李四): two or more name-shaped
// parts after a headline of two parts or more. It returns the line
// unchanged and no credits when it does not end so.
func headlineNames(s string) (string, []detect.Credit) {
	parts := headlineParts(strings.TrimRight(s, " \u3000|｜"))
	for k := 2; k+2 <= len(parts) && k+4 >= len(parts); k++ {
		if utf8.RuneCountInString(strings.Join(parts[:k], "")) < 8 {
			continue
		}
		if cs := detect.Names(strings.Join(parts[k:], " ")); len(cs) == len(parts)-k {
			return strings.Join(parts[:k], " "), cs
		}
	}
	return s, nil
}

// copyOf reports a block that holds the text of the headline blocks
// [i, j) or is part of it: the page's title set above its headline (with
// a date or the site's name), no kicker.
func (p *parser) copyOf(b *layout.Block, i, j int) bool {
	key := ""
	for k := i; k < j; k++ {
		key += headKey(p.blocks[k].Text)
	}
	bk := headKey(b.Text)
	return key != "" && bk != "" && (strings.Contains(bk, key) || strings.Contains(key, bk))
}

// headKey is a headline's text without white space, for finding copies.
func headKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// splitHeadline assigns the lines of a headline to kicker, title and
// subtitle. One line of three or more parts separated by spaces is split
// too: the last part is the title, the rest the kicker.
func splitHeadline(lines []string) (kicker, title, subtitle string) {
	if len(lines) == 1 {
		parts := headlineParts(lines[0])
		if len(parts) >= 3 {
			return strings.Join(parts[:len(parts)-1], " "), parts[len(parts)-1], ""
		}
		return "", lines[0], ""
	}
	if len(lines) == 2 {
		if utf8.RuneCountInString(lines[0]) < utf8.RuneCountInString(lines[1]) || strings.HasSuffix(lines[0], "……") || strings.HasSuffix(lines[0], "——") {
			return lines[0], lines[1], ""
		}
		return "", lines[0], lines[1]
	}
	return lines[0], lines[1], strings.Join(lines[2:], " ")
}

// headlineParts splits a headline at spaces outside quotes and brackets.
func headlineParts(s string) []string {
	var parts []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '“', '《', '（', '「', '『', '‘', '(':
			depth++
		case '”', '》', '）', '」', '』', '’', ')':
			if depth > 0 {
				depth--
			}
		case ' ':
			if depth == 0 {
				if part := strings.TrimSpace(s[start:i]); part != "" {
					parts = append(parts, part)
				}
				start = i + 1
			}
		}
	}
	if part := strings.TrimSpace(s[start:]); part != "" {
		parts = append(parts, part)
	}
	return parts
}

var sidebarLabels = []string{"延伸阅读", "相关链接", "新闻链接", "背景链接", "知识链接", "链接", "相关新闻", "相关阅读", "小贴士", "记者手记", "名词解释", "背景资料", "编者按", "记者观察", "短评", "点评"}

func isSidebar(text string) bool {
	t := strings.Trim(text, " ：:【】[]〖〗")
	for _, l := range sidebarLabels {
		if t == l {
			return true
		}
	}
	return false
}

// sourceLine returns the source named by a metadata line (来源：…,
// （来源：…）), or "".
func sourceLine(text string) string {
	if len(text) > 300 {
		return ""
	}
	m, _ := metaLine(text)
	return m.source
}

// meta is what a web page's metadata line says of its article.
type meta struct {
	source, date string
}

var reYMD = regexp.MustCompile(`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`)

// metaLine reads a web page's metadata line (来源：… 发布时间：2023-05-06
// 浏览次数：…) with package detect: its source and its date.
func metaLine(text string) (meta, bool) {
	var m meta
	fields, ok := detect.MetaLine(text)
	if !ok {
		return m, false
	}
	for k := range fields {
		f := &fields[k]
		switch f.Kind {
		case detect.FieldSource:
			if m.source == "" {
				m.source, _ = detect.SourceAuthor(f.Value)
			}
		case detect.FieldTime:
			if d := reYMD.FindStringSubmatch(f.Value); d != nil && m.date == "" {
				y, _ := strconv.Atoi(d[1])
				mo, _ := strconv.Atoi(d[2])
				dd, _ := strconv.Atoi(d[3])
				if validDate(y, mo, dd) {
					m.date = fmt.Sprintf("%04d-%02d-%02d", y, mo, dd)
				}
			}
		}
	}
	return m, m.source != "" || m.date != ""
}

// reDocNumber matches a government document number: 某府发〔2023〕12号.
var reDocNumber = regexp.MustCompile(`^\p{Han}{1,10}(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))?[〔［\[（(]\d{4}[〕］\]）)]\d{1,4}(?:号|號)`)

// paragraph adds a block to the current article as a paragraph. From
// the first one it takes the dateline and a bracketed byline or author
// names after it (本报讯（记者 王明）…, （张三 李四）…); from any it takes
// a closing bracket of credits or author names (…推广。（记者 顾佳怡）,
// …慰问品。（徐军）).
func (p *parser) paragraph(b *layout.Block, heading bool) {
	a := p.cur
	a.Spans = append(a.Spans, b.Spans...)
	text, off := b.Text, 0
	junk := 0
	if !heading {
		if k := placeholderRun(text) + tagRun(text[placeholderRun(text):]); k < len(text) {
			junk, off = k, k
		}
	}
	if !heading && len(a.Paragraphs) == 0 {
		if a.Dateline == "" {
			if dl, ok := detect.FindDateline(text[off:]); ok && dl.Start == 0 {
				a.Dateline = dl.Token
				p.addCredits(dl.Credits)
				off += dl.Body
			}
		}
		if cs, n := detect.LeadCredits(text[off:]); n > 0 && off+n < len(text) {
			p.addCredits(cs)
			off += n
			off = len(text) - len(strings.TrimLeft(text[off:], " ：:　"))
		}
	}
	text = text[off:]
	end := off + len(text)
	var cuts [][2]int // the parts of the block's text that are boilerplate
	if junk > 0 {
		// characters the page's encoding lost (????) or markup left
		// (<h3>) opening the paragraph
		p.doc.Boilerplate = append(p.doc.Boilerplate, Boilerplate{Text: strings.TrimSpace(b.Text[:junk]), Reason: "residue", Spans: b.SourceSpans(0, junk)})
		p.bpBlock = append(p.bpBlock, nil)
		cuts = append(cuts, [2]int{0, junk})
	}
	if !heading {
		// credits closing the text: bylines, author names, editor and
		// source fields; stacked ones one by one
		for {
			cs, start := detect.Tail(text)
			if start < 0 || start == 0 && len(a.Paragraphs) == 0 && off == 0 {
				break // (a line that is only a credit and opens the body is left to the byline reading)
			}
			var writers []detect.Credit
			for _, c := range cs {
				if c.Role.Writes() {
					writers = append(writers, c)
				}
			}
			p.addCredits(writers)
			if len(writers) == 0 {
				// an editor, source or repost field: not the article's text
				tail := strings.TrimSpace(text[start:])
				p.doc.Boilerplate = append(p.doc.Boilerplate, Boilerplate{Text: tail, Reason: "credit", Spans: b.SourceSpans(off+start, end)})
				p.bpBlock = append(p.bpBlock, nil)
				cuts = append(cuts, [2]int{off + start, end})
			}
			text = strings.TrimRight(text[:start], " ")
			end = off + len(text)
		}
	}
	if !heading {
		// table bars or markup left at the end of a paragraph (…中。 | ||||,
		// …品牌</b></h3><) are not its text
		t := strings.TrimRight(text, " |｜")
		if m := tagsEnd(t); m != nil && m[0] > 0 && m[1] > m[0] {
			t = strings.TrimRight(t[:m[0]], " |｜")
		}
		if t != text && t != "" && strings.ContainsAny(text[len(t):], "|｜<") {
			p.doc.Boilerplate = append(p.doc.Boilerplate, Boilerplate{Text: strings.TrimSpace(text[len(t):]), Reason: "residue", Spans: b.SourceSpans(off+len(t), end)})
			p.bpBlock = append(p.bpBlock, nil)
			cuts = append(cuts, [2]int{off + len(t), end})
			text = t
		}
	}
	if len(cuts) > 0 {
		// the article keeps the block's source but for the cut parts
		a.Spans = removeSpans(a.Spans, b.Spans)
		slices.SortFunc(cuts, func(x, y [2]int) int { return x[0] - y[0] })
		at := 0
		for _, c := range cuts {
			if c[0] > at {
				a.Spans = append(a.Spans, b.SourceSpans(at, c[0])...)
			}
			at = c[1]
		}
		if at < len(b.Text) {
			a.Spans = append(a.Spans, b.SourceSpans(at, len(b.Text))...)
		}
	}
	if text == "" {
		return
	}
	if n := len(a.Paragraphs); n > 0 && !heading && off == 0 && leadIn(&a.Paragraphs[n-1]) {
		// a salutation or lead-in ending with a colon (各位代表：) opens
		// the paragraph after it
		last := &a.Paragraphs[n-1]
		last.Text += text
		last.Spans = append(last.Spans, b.SourceSpans(off, off+len(text))...)
		last.segs = append(last.segs, seg{block: b, from: off, n: len(text)})
		return
	}
	a.Paragraphs = append(a.Paragraphs, Paragraph{Text: text, Heading: heading, Spans: b.SourceSpans(off, off+len(text)),
		segs: []seg{{block: b, from: off, n: len(text)}}})
}

var reMonthDay = regexp.MustCompile(`(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:上午|下午|晚上|晚间|晚|早上|早晨|中午|凌晨|傍晚)?`)
var reISODate = regexp.MustCompile(`(?:发布时间|发布日期|日期|时间)\s*[：:]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})`)

// findMonthDay is reMonthDay.FindStringSubmatch(text), searching only
// from a little before the first 月: a match holds 月 at most 9 bytes
// (a four-digit year, 年 and two digits) after its start, so none starts
// earlier.
func findMonthDay(text string) []string {
	i := strings.Index(text, "月")
	if i < 0 || !strings.Contains(text[i:], "日") {
		return nil
	}
	i = max(0, i-9)
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	return reMonthDay.FindStringSubmatch(text[i:])
}

// findISODate is reISODate.FindStringSubmatch(text) for text that holds
// one of its labels (all contain 时间 or 日期), nil for any other. A match
// opens with a label, so none starts before the first one, where the
// search starts.
func findISODate(text string) []string {
	i := -1
	for _, label := range []string{"发布时间", "发布日期", "时间", "日期"} {
		if j := strings.Index(text, label); j >= 0 && (i < 0 || j < i) {
			i = j
		}
	}
	if i < 0 {
		return nil
	}
	return reISODate.FindStringSubmatch(text[i:])
}

// dateArticle sets the article's date from its dateline, its title or its
// first paragraph, resolving the year from the date.
func (p *parser) dateArticle(a *Article) {
	if a.Date != "" {
		return // from the page's metadata
	}
	try := func(text string, needYear bool) bool {
		s := findMonthDay(text)
		if s == nil {
			if t := findISODate(text); t != nil {
				s = []string{t[0], t[1], t[2], t[3]}
			} else {
				return false
			}
		}
		y, _ := strconv.Atoi(s[1])
		m, _ := strconv.Atoi(s[2])
		d, _ := strconv.Atoi(s[3])
		if needYear && y == 0 {
			return false
		}
		if !validDate(max(y, 1900), m, d) {
			return false
		}
		a.DateText = s[0]
		if y == 0 && p.year > 0 {
			y = p.year
			if m > p.month+1 { // a date later than the issue is last year's
				y--
			}
		}
		if y > 0 {
			a.Date = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		}
		return true
	}
	if a.Dateline != "" && try(a.Dateline, false) {
		return
	}
	if try(a.Headline(), true) {
		return
	}
	for _, par := range a.Paragraphs {
		if par.Heading {
			continue
		}
		try(par.Text, false)
		return
	}
}

// kind tells a newspaper page from a report and a web page.
func (p *parser) kind() Kind {
	for _, b := range p.doc.Boilerplate {
		if b.Reason == "navigation" || b.Reason == "web-footer" {
			return Web
		}
	}
	for _, a := range p.doc.Articles {
		if containsAny(a.Title, reportTitleWords) {
			return Report
		}
	}
	return Newspaper
}

// reportTitleWords are the words that make an article's title a report's.
var reportTitleWords = []string{"工作报告", "规划", "公报", "纲要", "实施意见", "实施方案", "白皮书"}

// removeSpans returns s without the spans of rm.
func removeSpans(s, rm []layout.Span) []layout.Span {
	out := s[:0:0]
	for _, x := range s {
		if !slices.Contains(rm, x) {
			out = append(out, x)
		}
	}
	return out
}

var (
	reTagsStart = regexp.MustCompile(`^(?:\s*</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,80})?/?>)+`)
	reTagsEnd   = regexp.MustCompile(`(?:\s*</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,80})?/?>)+\s*(?:</?[a-zA-Z]*)?$|</?[a-zA-Z]*$`)
)

// tagsEnd is reTagsEnd.FindStringIndex(s), without the search when s holds
// no '<' (every tag holds one, so nothing can match).
func tagsEnd(s string) []int {
	if strings.IndexByte(s, '<') < 0 {
		return nil
	}
	return reTagsEnd.FindStringIndex(s)
}

// tagRun returns the bytes of the HTML tags (<h3>, </p>) opening a text.
func tagRun(s string) int {
	// the pattern needs a < after white space (\s: ASCII only): most
	// texts are answered without running it
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	if i == len(s) || s[i] != '<' {
		return 0
	}
	return len(reTagsStart.FindString(s))
}

// placeholderRun returns the bytes of a run of two or more question
// marks (with white space) opening a text: characters its encoding lost.
func placeholderRun(s string) int {
	q, i := 0, 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '?' || r == '？' {
			q++
		} else if r != ' ' && r != '\u3000' {
			break
		}
		i += n
	}
	if q < 2 {
		return 0
	}
	return i
}

// leadIn reports a paragraph that is a salutation or a lead-in: one short
// line of one clause ending with a colon (各位代表：, 某某区民政局：).
func leadIn(par *Paragraph) bool {
	if par.Heading || len(par.segs) != 1 || !cjk.RunesAtMost(par.Text, 20) || strings.ContainsAny(par.Text, "，。；,;") {
		return false
	}
	return strings.HasSuffix(par.Text, "：") || strings.HasSuffix(par.Text, ":")
}

// headlineText reports a text that can be a line of a headline: no full
// stop in it, 100 characters at most.
func headlineText(s string) bool {
	return !strings.Contains(s, "。") && cjk.RunesAtMost(s, 100)
}

// headShaped reports a line that can be a headline of any length: up to
// 80 characters, no sentence inside it, not ending in a clause mark.
func headShaped(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 4 || n > 80 || strings.ContainsAny(s, "。；;") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " "))
	return r != '，' && r != '、' && r != ',' && r != '：' && r != ':'
}

func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, cjk.IsCloser)
	r, _ := utf8.DecodeLastRuneInString(s)
	return cjk.IsSentenceEnd(r)
}

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
	"github.com/civicnews/civicnews/internal/hanzi"
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
	// signed is set when a byline followed the current article's
	// paragraphs: the article is signed off, and a paragraph opening with
	// a dateline after it opens the next story.
	signed bool
	year   int // the year, 0 when unknown
	month  int
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
	p.splitStories()
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
	if first := p.ld.Lines[b.Lines[0]].Label; !b.Narrow && len(b.Lines) >= 3 && (first == layout.LabelSection || first == layout.LabelHeadline) &&
		endsSentence(b.Text) {
		// a paragraph of column lines joined (OCR, a PDF) whose first line
		// the model took for a heading: most of its lines say body
		body := 0
		for _, i := range b.Lines {
			if p.ld.Lines[i].Label == layout.LabelBody {
				body++
			}
		}
		if body*2 > len(b.Lines) {
			return layout.LabelBody
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
		if b.Kind == layout.Furniture && layout.IsRunningHead(b.Text) {
			continue // a printed page's running head (社区晨报 · 第3版) is no headline
		}
		if strings.HasPrefix(b.Text, "——") {
			continue // a dash subtitle is the headline's, not one
		}
		if cjk.RunesAtMost(b.Text, 3) || !cjk.RunesAtMost(b.Text, 120) || docNumber(b.Text) || homeLink(b.Text) {
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
	if label != layout.LabelBody && label != layout.LabelHeadline && endsSentence(strings.TrimRight(b.Text, " \u3000|｜")) && detect.OpensWithDateline(b.Text) {
		// a paragraph that opens with a dateline is body, however short,
		// and whatever table cell's rule the page left after it
		label = layout.LabelBody
	}
	if label == layout.LabelOther && p.cur != nil && len(b.Lines) == 1 && photoCreditLine(b.Text) {
		// a picture's credit line (图/记者 张三): its people are credited,
		// the line is no text of the story
		if cs, ok := detect.Byline(b.Text); ok {
			p.addCredits(cs)
		}
		p.boilerplate(b, "credit")
		return i + 1
	}
	if b.Kind == layout.Byline && (label == layout.LabelBody || label == layout.LabelOther) {
		label = layout.LabelByline // the byline detector's answer stands
	}
	if a := p.cur; label == layout.LabelFurniture && a != nil && a.Title != "" && len(a.Paragraphs) == 0 && len(b.Lines) == 1 &&
		len(a.Reporters)+len(a.Correspondents) == 0 && detect.Names(b.Text) != nil {
		label = layout.LabelByline // bare names under a headline are its byline
	}
	if a := p.cur; label == layout.LabelFurniture && (a == nil || a.Title != "" && len(a.Paragraphs) == 0) && len(b.Lines) == 1 &&
		salutation(b.Text) && i+1 < len(p.blocks) && p.label(&p.blocks[i+1]) == layout.LabelBody {
		label = layout.LabelBody // the addressee of a notice or report (某某办公室：) opens its body
	}
	if a := p.cur; label == layout.LabelFurniture && a != nil && a.Title != "" && len(a.Paragraphs) == 0 && p.runningText(i) {
		label = layout.LabelBody // the body's first paragraph, which furniture's words open
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
		} else if docNumber(b.Text) {
			label = layout.LabelOther // a document number is a report's header line
		}
	}
	if (label == layout.LabelBody || label == layout.LabelHeadline && p.cur != nil && p.cur.Title != "") &&
		b.Kind == layout.Heading && p.cur != nil && len(b.Lines) == 1 && !endsSentence(b.Text) &&
		(detect.SectionMark(b.Text) > 0 && !p.listItem(i) || len(p.cur.Paragraphs) > 0 && isSidebar(b.Text)) {
		// a numbered section heading (also the first, right under a
		// report's title) or a sidebar label inside the body
		label = layout.LabelSection
	}
	if label == layout.LabelBody && b.Kind == layout.Heading && len(b.Lines) == 1 && !endsSentence(b.Text) &&
		p.ld.Lines[b.Lines[0]].HeadlineP >= minBodyHead && !p.afterSection() {
		label = layout.LabelHeadline // a heading-shaped line likely enough a headline
	}
	if (label == layout.LabelHeadline || label == layout.LabelSection) && p.attachmentTitle(b.Text) {
		// the document a notice issues (印发《X》的通知), under the notice
		p.settleFront(true)
		p.paragraph(b, true)
		return i + 1
	}
	if a := p.cur; a != nil && len(a.Paragraphs) > 0 && label != layout.LabelBody && len(b.Lines) == 1 && a.Title != "" {
		if k := cleanHeadline(b.Text); sameKey(k, a.Title) || sameKey(k, a.Headline()) {
			// the article's headline set again inside its body (over a
			// picture, at a page's foot): one headline
			p.boilerplate(b, "repeated-headline")
			return i + 1
		}
	}
	if len(b.Lines) == 1 && imageFile(b.Text) {
		p.boilerplate(b, "image") // an image's file name left where the picture stood
		return i + 1
	}
	if label != layout.LabelHeadline && len(b.Lines) == 1 && cjk.RunesAtMost(b.Text, 40) && reReadingTime.MatchString(b.Text) {
		p.boilerplate(b, "reading-time") // 本文共3000字，阅读约需8分钟
		return i + 1
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
			if len(p.cur.Paragraphs) == 0 {
				p.addCredits(metaWriters(b.Text)) // or under its headline, with its writer
			}
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
		if p.cur != nil {
			p.addCredits(metaWriters(b.Text))
		}
		reason := b.Reason
		if b.Kind != layout.Furniture {
			reason = ""
		}
		p.boilerplate(b, reason)
		return i + 1
	case layout.LabelOther:
		if a := p.cur; a != nil && len(a.Paragraphs) == 0 && a.Dateline == "" {
			// a dateline over the body (新华社北京12月2日电 题：…): the article's
			if dl, ok := detect.FindDateline(b.Text); ok && dl.Start == 0 {
				a.Dateline = dl.Token
				p.addCredits(dl.Credits)
			}
		}
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
		if len(p.cur.Paragraphs) > 0 && p.headByline(i) {
			// a byline set above a story that opens with a dateline,
			// after another story's body: the next story's
			p.close()
			p.cur = &Article{}
		}
		p.signed = len(p.cur.Paragraphs) > 0
		p.bylineLine(b.Text)
		p.cur.Spans = append(p.cur.Spans, b.Spans...)
		return i + 1
	case layout.LabelSection:
		if p.cur != nil && (!(len(b.Lines) == 1 && p.ld.Lines[b.Lines[0]].HeadlineP >= minSectionHead) || p.signedAbove(i) || p.underSection(i)) {
			p.settleFront(true)
			p.paragraph(b, true)
			return i + 1
		}
	case layout.LabelBody:
		if p.signed && b.Kind == layout.Heading && len(b.Lines) == 1 && !endsSentence(b.Text) && headShaped(b.Text) &&
			!detect.OpensWithDateline(b.Text) {
			// a heading set apart after the byline that signed the
			// article off: the next story's headline, with its dash
			// subtitle
			j := i + 1
			for j < len(p.blocks) && (p.dashLine(&p.blocks[j]) || p.secondLine(j)) {
				j++
			}
			p.headline(i, j)
			return j
		}
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
				if len(b.Lines) == 1 && !endsSentence(b.Text) && !detect.OpensWithDateline(b.Text) && (b.Kind == layout.Heading ||
					cjk.RunesAtMost(b.Text, 60) && i+1 < len(p.blocks) && p.label(&p.blocks[i+1]) != layout.LabelBody ||
					headShaped(b.Text)) {
					// a heading-shaped line opening a headless run of body, or
					// an open line set apart from the body that follows,
					// with the dash subtitle set below it
					j := i + 1
					for j < len(p.blocks) && (p.dashLine(&p.blocks[j]) || p.secondLine(j)) {
						j++
					}
					p.headline(i, j)
					return j
				}
				p.cur = &Article{}
			}
		}
		if a := p.cur; len(a.Paragraphs) > 0 && detect.OpensWithDateline(b.Text) {
			if p.startsStory(i) {
				return i + 1
			}
			if p.signed {
				// a dateline after the byline that signed the article
				// off opens the next story, headline or not
				p.close()
				p.cur = &Article{}
			} else if p.cutHeadline(i) {
				return i + 1
			} else if a.Dateline != "" && endsSentence(b.Text) {
				// a second dateline opening a paragraph: a story with a
				// dateline of its own ran on into the next (its headline
				// lost). A dateline cut off at the page's end opens none
				p.close()
				p.cur = &Article{}
			}
		}
		p.signed = false
		if a := p.cur; len(a.Paragraphs) > 0 && a.Dateline != "" && i > 0 && p.label(&p.blocks[i-1]) == layout.LabelFurniture &&
			len(b.Lines) == 1 && cjk.RunesAtMost(b.Text, 40) && !endsSentence(b.Text) && detect.OpensWithDateline(b.Text) {
			// the cut-off opening of another story under a list's label
			// (相关新闻, 新闻推荐): a teaser, not this story's text
			p.boilerplate(b, "teaser")
			return i + 1
		}
		if a := p.cur; len(a.Paragraphs) == 1 && a.Dateline == "" && !a.Paragraphs[0].Heading && len(p.front) == 0 &&
			detect.OpensWithDateline(b.Text) {
			// the body opens with its dateline: the one paragraph above
			// it is front matter (a photo's caption, a standfirst)
			a.Front = append(a.Front, a.Paragraphs[0])
			a.Paragraphs = a.Paragraphs[:0]
		}
		if a := p.cur; len(a.Paragraphs) == 0 && len(b.Lines) == 1 {
			if isStandfirst(b.Text) || len(p.front) > 0 && a.Title != "" && b.Kind == layout.Heading && p.front[len(p.front)-1] == i-1 && headShaped(b.Text) {
				// a standfirst, or a heading right under the front matter
				// set apart below a headline (a notice's own title under
				// its issuing office)
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
		p.paragraph(b, p.likeSections(b))
		return i + 1
	}
	// a run of headline blocks, and a subtitle the model did not take for
	// one: a heading-shaped line right below, opening with a dash or
	// likely enough a headline line
	j := i + 1
	if p.dashLine(b) && i > 0 && p.blocks[i-1].Kind == layout.Heading && len(p.blocks[i-1].Lines) == 1 && headShaped(p.blocks[i-1].Text) {
		// a dash subtitle opens no headline: the heading right above it,
		// which the model set aside or took for body, is its title
		above := &p.blocks[i-1]
		if n := len(p.front); n > 0 && p.front[n-1] == i-1 {
			p.front = p.front[:n-1]
			i--
		} else if a := p.cur; a != nil && len(a.Paragraphs) > 0 {
			if last := &a.Paragraphs[len(a.Paragraphs)-1]; len(last.segs) == 1 && last.segs[0].block == above {
				a.Spans = removeSpans(a.Spans, above.Spans)
				a.Paragraphs = a.Paragraphs[:len(a.Paragraphs)-1]
				if len(a.Paragraphs) == 0 && len(a.headLines) > 0 && a.Dateline == "" && len(a.Reporters)+len(a.Correspondents) == 0 {
					// under a kicker or headline line of the article,
					// with no body yet: the headline's rest
					a.headLines = append(a.headLines, above, b)
					a.Spans = append(append(a.Spans, above.Spans...), b.Spans...)
					lines := make([]string, 0, len(a.headLines))
					for _, h := range a.headLines {
						lines = append(lines, cleanHeadline(h.Text))
					}
					a.Kicker, a.Title, a.Subtitle = splitHeadline(lines)
					return i + 1
				}
				i--
			}
		}
	}
	if n := len(p.front); &p.blocks[i] == b && i > 0 && n > 0 && p.front[n-1] == i-1 && p.blocks[i-1].Kind == layout.Heading &&
		p.secondLine(i) && headShaped(p.blocks[i-1].Text) && detect.Names(p.blocks[i-1].Text) == nil {
		// the first line of a two-line headline, set right above it (no
		// blank line between), which the model set aside
		p.front = p.front[:n-1]
		i--
	}
	if n := len(p.bpBlock); &p.blocks[i] == b && i > 0 && n > p.bpMark && n == len(p.doc.Boilerplate) && p.bpBlock[n-1] == &p.blocks[i-1] &&
		p.headlineHead(i) {
		// a place or topic of two to six characters set right above a
		// headline (no blank line between), which the model set aside:
		// the headline's first line
		p.doc.Boilerplate = p.doc.Boilerplate[:n-1]
		p.bpBlock = p.bpBlock[:n-1]
		i--
	}
	if p.dashLine(b) && &p.blocks[i] == b && p.cur != nil && len(p.cur.Paragraphs) > 0 && !p.opensStory(i+1) {
		// a dash subtitle with no headline above it, inside a body and
		// not above a story's opening (OCR set it apart from its
		// headline): it opens no article
		p.front = append(p.front, i)
		return i + 1
	}
	for j < len(p.blocks) && p.blocks[j].Kind != layout.Caption {
		b := &p.blocks[j]
		if !headlineText(b.Text) || keyValue(b.Text) {
			break
		}
		if l := p.label(b); l != layout.LabelHeadline && !(l == layout.LabelSection && len(b.Lines) == 1 && b.Kind == layout.Heading) &&
			!(l != layout.LabelBody && l != layout.LabelByline && p.subtitleLike(b)) && !p.dashLine(b) {
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
	if p.lateHeadline(i, j) {
		p.boilerplate(b, "repeated-headline")
		return j
	}
	p.headline(i, j)
	return j
}

// minLateOverlap is the least share of a late headline's character pairs
// found in the lead paragraph of the article it interrupts.
const minLateOverlap = 0.6

// lateHeadline reports a one-line headline met inside an article's body,
// with no byline or dateline after it, that echoes the article's lead
// paragraph (区委副书记、区长巢克俭到老西门街道调研 over 本报讯 8月3日上午，区委
// 副书记、区长巢克俭到老西门街道调研): the article's own headline, set
// across the columns and read by OCR in the middle of the text, not a
// new story's.
func (p *parser) lateHeadline(i, j int) bool {
	a := p.cur
	if a == nil || j != i+1 || len(a.Paragraphs) < 2 || p.opensStory(j) || len(p.blocks[i].Lines) != 1 {
		return false
	}
	o, pairs := pairOverlap(p.blocks[i].Text, a.Paragraphs[0].Text)
	return pairs >= 6 && o >= minLateOverlap
}

// opensStory reports whether the first block from i that is not a caption
// or furniture opens a story: a byline, or a paragraph opening with a
// dateline.
func (p *parser) opensStory(i int) bool {
	for j := i; j < len(p.blocks); j++ {
		b := &p.blocks[j]
		if b.Kind == layout.Caption || b.Kind == layout.Furniture {
			continue
		}
		return b.Kind == layout.Byline || detect.OpensWithDateline(b.Text)
	}
	return false
}

// headByline reports whether the byline block at i is set above the story
// that follows rather than under the one before: it is not in brackets
// (a byline signing a story off is: （记者 张三）) and the next block
// that is not a caption or furniture opens with a dateline.
func (p *parser) headByline(i int) bool {
	t := strings.TrimSpace(p.blocks[i].Text)
	if strings.HasPrefix(t, "（") || strings.HasPrefix(t, "(") || strings.HasPrefix(t, "【") || strings.HasPrefix(t, "[") {
		return false
	}
	for j := i + 1; j < len(p.blocks); j++ {
		if b := &p.blocks[j]; b.Kind != layout.Caption && b.Kind != layout.Furniture {
			return detect.OpensWithDateline(b.Text)
		}
	}
	return false
}

// metaWriters returns the writers named on a metadata line (作者：X,
// 来源：某报 X), nil for none or for a line that is no metadata.
func metaWriters(text string) []detect.Credit {
	fields, ok := detect.MetaLine(text)
	if !ok {
		return nil
	}
	var writers []detect.Credit
	for k := range fields {
		for _, c := range fields[k].Credits() {
			if c.Role.Writes() {
				writers = append(writers, c)
			}
		}
	}
	return writers
}

// metaBefore credits a, which names no writer, with the writers of the
// metadata lines set aside before its body since the last article (met
// before the article opened: its headline was found later).
func (p *parser) metaBefore(a *Article) {
	if len(a.Paragraphs[0].Spans) == 0 || len(p.doc.Boilerplate) != len(p.bpBlock) {
		return
	}
	start := a.Paragraphs[0].Spans[0].Start
	for k := p.bpMark; k < len(p.bpBlock); k++ {
		b := p.bpBlock[k]
		if b == nil || len(b.Spans) == 0 || b.Spans[0].Start >= start {
			continue
		}
		if !strings.ContainsAny(b.Text, "：:") {
			continue // no field
		}
		if ws := metaWriters(b.Text); len(ws) > 0 {
			p.cur = a
			p.addCredits(ws)
			p.cur = nil
			return
		}
	}
}

// splitStories splits, on a page of two stories or more, an article at
// its one section heading when that is shaped like a newspaper headline
// (pairedHead) with text under it: on a page of many stories such a line
// heads a story of its own (on a web page's one story it stays a section
// heading, and a series of them are the sections of a report).
func (p *parser) splitStories() {
	if len(p.doc.Articles) < 2 {
		return
	}
	var out []Article // nil until an article splits
	for x, a := range p.doc.Articles {
		k := p.storyHead(&a)
		if k < 0 {
			if out != nil {
				out = append(out, a)
			}
			continue
		}
		if out == nil {
			out = append(make([]Article, 0, len(p.doc.Articles)+1), p.doc.Articles[:x]...)
		}
		h := &a.Paragraphs[k]
		n := Article{Title: h.Text, headLines: []*layout.Block{h.segs[0].block}}
		n.Paragraphs = append([]Paragraph(nil), a.Paragraphs[k+1:]...)
		for _, q := range a.Paragraphs[k:] {
			n.Spans = append(n.Spans, q.Spans...)
			a.Spans = removeSpans(a.Spans, q.Spans)
		}
		a.Paragraphs = a.Paragraphs[:k:k]
		out = append(out, a, n)
	}
	if out != nil {
		p.doc.Articles = out
	}
}

// storyHead returns the index of an article's one section heading when
// it is shaped like a paired newspaper headline with text under it, or -1.
func (p *parser) storyHead(a *Article) int {
	k := -1
	for j := range a.Paragraphs {
		if a.Paragraphs[j].Heading {
			if k >= 0 {
				return -1 // a series of headings: a report's sections
			}
			k = j
		}
	}
	if k <= 0 || k+1 >= len(a.Paragraphs) || len(a.Paragraphs[k].segs) != 1 || a.Paragraphs[k+1].Heading || !pairedHead(a.Paragraphs[k].Text) {
		return -1
	}
	return k
}

// pairedHead reports a line shaped like a newspaper headline of two
// parallel parts: two parts of four to sixteen characters set apart by a
// space, no punctuation but quotes (凝心聚力办实事 多措并举惠民生).
func pairedHead(s string) bool {
	parts := headlineParts(s)
	if len(parts) != 2 {
		return false
	}
	for _, part := range parts {
		n := utf8.RuneCountInString(part)
		if n < 4 || n > 16 || strings.ContainsAny(part, "，。、；：！？,;:!?()（）【】") {
			return false
		}
	}
	return true
}

// signedAbove reports a block at i, in an article's body, right above a
// line that is a date alone: the office signing a notice, not a headline.
func (p *parser) signedAbove(i int) bool {
	return len(p.cur.Paragraphs) > 0 && i+1 < len(p.blocks) && reDateOnly.MatchString(p.blocks[i+1].Text)
}

// attachmentTitle reports a line, under the current article's body, that
// is the title of the document its headline names in book-title marks
// (关于印发《X》的通知 … X): the document the notice issues.
func (p *parser) attachmentTitle(text string) bool {
	a := p.cur
	if a == nil || len(a.Paragraphs) == 0 || !strings.Contains(a.Title, "《") {
		return false
	}
	k := headKey(cleanHeadline(text))
	return utf8.RuneCountInString(k) >= 4 && strings.Contains(headKey(a.Title), "《"+k+"》")
}

// afterSection reports a block right after a section heading in the body
// of an article with a web page's metadata (a date or a source read from
// a metadata line: a web page holds one story). A line there is the
// heading's second line or the section's text, not a new headline.
func (p *parser) afterSection() bool {
	a := p.cur
	if a == nil || len(a.Paragraphs) == 0 || a.Date == "" && a.Source == "" {
		return false // an issue's page holds many stories
	}
	return a.Paragraphs[len(a.Paragraphs)-1].Heading
}

// likeSections reports a line taken for body that is shaped like the
// section headings the article already has: one line of six to twenty
// characters with no punctuation but spaces, set after a paragraph that
// ends a sentence. Sections of a story are set alike, and the model reads
// one of them as body now and then.
func (p *parser) likeSections(b *layout.Block) bool {
	a := p.cur
	if a == nil || len(a.Paragraphs) == 0 || len(b.Lines) != 1 || b.Kind == layout.Caption {
		return false
	}
	// six to twenty characters: more than 80 bytes is more than twenty
	// characters of four bytes, and the count need not walk a long block
	if len(b.Text) > 20*utf8.UTFMax {
		return false
	}
	n := utf8.RuneCountInString(b.Text)
	if n < 6 || n > 20 || !endsSentence(a.Paragraphs[len(a.Paragraphs)-1].Text) || a.Paragraphs[len(a.Paragraphs)-1].Heading {
		return false
	}
	for _, r := range b.Text {
		if !cjk.IsHan(r) && r != ' ' && r != '\u3000' {
			return false
		}
	}
	for _, par := range a.Paragraphs {
		if par.Heading {
			return true
		}
	}
	return false
}

// headlineHead reports a block right above the headline block at i, set
// with no blank line between, of one line of two to six Han characters.
func (p *parser) headlineHead(i int) bool {
	b, prev := &p.blocks[i], &p.blocks[i-1]
	if len(b.Lines) == 0 || len(prev.Lines) != 1 || b.Lines[0] != prev.Lines[0]+1 || prev.Kind == layout.Caption {
		return false
	}
	n := 0
	for _, r := range prev.Text {
		if !cjk.IsHan(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// underSection reports a block set right under a section heading of the
// current article's body: a section heading's second line, not a new
// story's headline.
func (p *parser) underSection(i int) bool {
	a := p.cur
	if a == nil || len(a.Paragraphs) < 2 || i == 0 {
		return false
	}
	last := &a.Paragraphs[len(a.Paragraphs)-1]
	return last.Heading && len(last.segs) == 1 && last.segs[0].block == &p.blocks[i-1]
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
		a.Date == "" && a.Source == "" && len(a.Reporters)+len(a.Correspondents) == 0 && !p.datedBelow(a) {
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

// datedBelow reports a boilerplate line with a date set between the
// headline of a (no body yet) and here: the headline's metadata, read or
// not (青岛新闻网2010-02-11 10:51:53).
func (p *parser) datedBelow(a *Article) bool {
	h := a.headLines[len(a.headLines)-1]
	if len(h.Spans) == 0 {
		return false
	}
	for k := len(p.bpBlock) - 1; k >= p.bpMark; k-- {
		b := p.bpBlock[k]
		if b == nil || len(b.Spans) == 0 {
			continue
		}
		if b.Spans[0].Start <= h.Spans[0].Start {
			break
		}
		if reYMD.MatchString(b.Text) {
			return true
		}
	}
	return false
}

// likelyKicker reports a one-line heading-shaped block likely enough a
// headline line.
func (p *parser) likelyKicker(b *layout.Block) bool {
	return len(b.Lines) == 1 && b.Kind == layout.Heading && p.ld.Lines[b.Lines[0]].HeadlineP >= minKicker
}

// maxKicker is the longest line (in runes) taken back from the
// boilerplate as a kicker: a longer one is a banner or a teaser.
const maxKicker = 30

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

// dashLine reports a block that is a dash subtitle by its shape, whatever
// the line model says: one line set apart, opening with a
// dash (——把好事办到群众心坎上), no sentence in it.
func (p *parser) dashLine(b *layout.Block) bool {
	return (b.Kind == layout.Heading || b.Kind == layout.Body) && len(b.Lines) == 1 && strings.HasPrefix(b.Text, "——") &&
		headlineText(b.Text) && !endsSentence(b.Text) && cjk.RunesAtMost(b.Text, maxSubtitleLine)
}

// secondLine reports a block at j that is a headline's second line: one
// line set right under the block before (no blank line between), no
// sentence or clause punctuation in it, six characters to headline-long,
// not names (an author under the headline).
func (p *parser) secondLine(j int) bool {
	b, prev := &p.blocks[j], &p.blocks[j-1]
	if len(b.Lines) != 1 || len(prev.Lines) == 0 || b.Lines[0] != prev.Lines[len(prev.Lines)-1]+1 {
		return false
	}
	return !strings.ContainsAny(b.Text, "。，；！？") && !endsSentence(b.Text) && cjk.RunesAtMost(b.Text, 40) && !cjk.RunesAtMost(b.Text, 5) &&
		!detect.OpensWithDateline(b.Text) && detect.Names(b.Text) == nil &&
		b.Kind != layout.Byline && b.Kind != layout.Furniture && b.Kind != layout.Caption
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
		if len(par.segs) != 1 || b != &p.blocks[i-(len(a.Paragraphs)-k)-1] || b.Kind != layout.Heading ||
			endsSentence(par.Text) && !(k < len(a.Paragraphs) && headShapedAny(par.Text) && p.dashLine(a.Paragraphs[k].segs[0].block)) {
			// (a headline may end with ！ or ？ above its dash subtitle)
			break
		}
		k--
	}
	if k == 0 && len(a.headLines) > 0 && a.Dateline == "" && len(a.Reporters)+len(a.Correspondents) == 0 {
		// the article has only its kicker or headline's first line yet:
		// the heading-shaped paragraphs are the rest of its headline
		lines := make([]string, 0, len(a.headLines)+len(a.Paragraphs))
		for _, h := range a.headLines {
			lines = append(lines, cleanHeadline(h.Text))
		}
		for _, par := range a.Paragraphs {
			a.headLines = append(a.headLines, par.segs[0].block)
			lines = append(lines, cleanHeadline(par.Text))
		}
		a.Paragraphs = a.Paragraphs[:0]
		a.Kicker, a.Title, a.Subtitle = splitHeadline(lines)
		p.paragraph(&p.blocks[i], false)
		return true
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

// cutHeadline handles a paragraph at i that opens with a dateline inside
// an article's body, right below a one-line paragraph that ends with no
// sentence mark (a headline OCR cut short: 市级环境教育基地又添新成员，):
// that line is the new story's headline. It reports false, changing
// nothing, when there is none.
//
// When that line is the article's only paragraph, under its headline, it
// is the rest of the headline, and the dateline paragraph opens the body.
func (p *parser) cutHeadline(i int) bool {
	a := p.cur
	if i == 0 || len(a.Paragraphs) == 0 {
		return false
	}
	last := &a.Paragraphs[len(a.Paragraphs)-1]
	above := &p.blocks[i-1]
	if len(last.segs) != 1 || last.segs[0].block != above || len(above.Lines) != 1 || endsSentence(above.Text) ||
		!cjk.RunesAtMost(above.Text, 40) || strings.ContainsAny(above.Text, "。；") {
		return false
	}
	if len(a.Paragraphs) == 1 && (len(a.headLines) == 0 || len(a.Reporters)+len(a.Correspondents) > 0 || a.Dateline != "") {
		return false
	}
	a.Spans = removeSpans(a.Spans, above.Spans)
	a.Paragraphs = a.Paragraphs[:len(a.Paragraphs)-1]
	if len(a.Paragraphs) == 0 {
		// the headline's last line
		a.headLines = append(a.headLines, above)
		a.Spans = append(a.Spans, above.Spans...)
		lines := make([]string, 0, len(a.headLines))
		for _, h := range a.headLines {
			lines = append(lines, cleanHeadline(h.Text))
		}
		a.Kicker, a.Title, a.Subtitle = splitHeadline(lines)
	} else {
		p.headline(i-1, i)
	}
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
	p.subOpen, p.signed = false, false
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
	if len(a.Paragraphs) > 0 && len(a.Reporters)+len(a.Correspondents)+len(a.Interns) == 0 {
		p.metaBefore(a)
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
		case endsLabel(t) && runesWithoutPinyin(t) <= maxTailLabel:
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

// runesWithoutPinyin counts the runes of s but those of the pinyin
// residue after its characters (標(biāo)簽：).
func runesWithoutPinyin(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if k := hanzi.PinyinResidue(s[i:]); k > 0 && i > 0 {
			i += k
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
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

// minFirstTitleOverlap is the least overlap with the body of the page's
// first line, shaped like a headline, taken as the title.
const minFirstTitleOverlap = 0.2

// minFirstTitleRunes is the most runes of a line too short to be taken as
// the page's title by its overlap with the body alone.
const minFirstTitleRunes = 8

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
		if b == nil || b.Kind == layout.Caption || len(b.Lines) > 2 || len(b.Spans) == 0 || b.Spans[0].Start >= start {
			return
		}
		if cjk.RunesAtMost(text, 2) || !cjk.RunesAtMost(text, 200) || runesWithoutPinyin(text) > 80 || !headlineText(text) || endsClause(text) || docNumber(text) {
			return
		}
		if _, ok := detect.MetaLine(text); ok || homeLink(text) {
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
	if best < 0 && len(p.blocks) > 0 {
		// the page's first line set aside, or a line naming a report
		// (某某区人民政府工作报告), shaped like a headline over the body:
		// some of its words come back in the body. It must be long
		// enough for that share to mean something: a paper's or a site's
		// name over the page comes back in the body's credits.
		for k := p.bpMark; k < len(p.bpBlock); k++ {
			b := p.bpBlock[k]
			if b == nil || (b != &p.blocks[0] && !containsAny(b.Text, reportTitleWords)) {
				continue
			}
			if len(b.Lines) == 1 && headShapedAny(cleanHeadline(b.Text)) && mostlyHan(b.Text) && !bracketed(b.Text) &&
				!cjk.RunesAtMost(b.Text, minFirstTitleRunes) {
				bestO = minFirstTitleOverlap
				try(k, b, cleanHeadline(b.Text))
				if best >= 0 {
					break
				}
			}
		}
	}
	if len(a.Paragraphs) > 1 {
		if par := &a.Paragraphs[0]; len(par.segs) == 1 && !par.Heading {
			b := par.segs[0].block
			min := bestO
			if best < 0 && len(p.blocks) > 0 && b == &p.blocks[0] {
				// the page's first line, shaped like a headline over a
				// body: some of its words come back in the body
				min = minFirstTitleOverlap
			}
			// the shape first: the overlap of a long paragraph is dear
			if len(b.Lines) == 1 && headShapedAny(par.Text) {
				if o, pairs := pairOverlap(par.Text, rest); pairs >= 2 && o >= min {
					best, bestO, bestBlock = -2, o, b
				}
			}
		}
	}
	var glued string // the first line of the first paragraph, the title the physical layer ran into it
	if par := &a.Paragraphs[0]; best < 0 && len(par.segs) == 1 && par.segs[0].from == 0 && !par.Heading {
		b := par.segs[0].block
		if len(b.Lines) >= 2 && len(p.ld.Lines[b.Lines[0]].Text) < len(par.Text) {
			line := p.ld.Lines[b.Lines[0]].Text
			min := float32(minTitleOverlap)
			if len(p.blocks) > 0 && b == &p.blocks[0] {
				min = minFirstTitleOverlap
			}
			// a line cut to a column's width is as long as the next one;
			// a title is shorter, or stands over a salutation (各位代表：)
			next := p.ld.Lines[b.Lines[1]].Text
			shorter := 4*utf8.RuneCountInString(line) < 3*utf8.RuneCountInString(next) || endsLabel(next)
			if shorter && strings.HasPrefix(par.Text, line) && headShapedAny(line) && !endsSentence(line) {
				if o, pairs := pairOverlap(line, body[len(line):]); pairs >= 2 && o >= min {
					best, bestBlock, glued = -3, b, line
				}
			}
		}
	}
	switch {
	case best == -3:
		par := &a.Paragraphs[0]
		text := strings.TrimLeft(par.Text[len(glued):], " ")
		off := len(par.Text) - len(text)
		*par = Paragraph{Text: text, Spans: bestBlock.SourceSpans(off, off+len(text)), segs: []seg{{block: bestBlock, from: off, n: len(text)}}}
		if dl, ok := detect.FindDateline(text); ok && dl.Start == 0 && a.Dateline == "" {
			a.Dateline = dl.Token
			par.Text = text[dl.Body:]
			par.Spans = bestBlock.SourceSpans(off+dl.Body, off+len(text))
			par.segs[0].from, par.segs[0].n = off+dl.Body, len(text)-dl.Body
			p.cur = a
			p.addCredits(dl.Credits)
			p.cur = nil
		}
		a.Title = cleanHeadline(glued)
		return
	case best == -2:
		a.Paragraphs = a.Paragraphs[1:]
		for len(a.Paragraphs) > 1 && isStandfirst(a.Paragraphs[0].Text) {
			// the standfirst under the title is no body
			a.Front = append(a.Front, a.Paragraphs[0])
			a.Paragraphs = a.Paragraphs[1:]
		}
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

// mostlyHan reports a text of which at least half the runes, white space
// aside, are Han characters: a headline, not a file name or a page mark.
func mostlyHan(s string) bool {
	han, n := 0, 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		n++
		if cjk.IsHan(r) {
			han++
		}
	}
	return n > 0 && 2*han >= n
}

// bracketed reports a text set wholly in one pair of brackets: a note
// (a picture's, an editor's), not a headline.
func bracketed(s string) bool {
	s = strings.TrimSpace(s)
	for _, pair := range [...][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}} {
		if strings.HasPrefix(s, pair[0]) && strings.HasSuffix(s, pair[1]) && strings.Count(s, pair[0]) == 1 {
			return true
		}
	}
	return false
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
	n := len(p.doc.Articles)
	p.close()
	a := &Article{}
	if len(p.doc.Articles) == n+1 {
		if prev := &p.doc.Articles[n]; prev.Title == "" && len(prev.Paragraphs) == 1 && prev.Dateline == "" &&
			len(prev.Reporters)+len(prev.Correspondents) == 0 && !prev.Paragraphs[0].Heading {
			// a lone untitled paragraph right above a headline: the
			// page's lead-in to the story, not a story
			a.Front = append(a.Front, prev.Paragraphs[0])
			a.Spans = append(a.Spans, prev.Spans...)
			p.doc.Articles = p.doc.Articles[:n]
		}
	}
	var blocks []*layout.Block
	if kicker != nil {
		blocks = append(blocks, kicker)
	}
	// a kicker the model took for furniture: the line just above, likely
	// enough a headline line
	if kicker == nil && last >= mark && i > 0 && last < len(p.bpBlock) && p.bpBlock[last] == &p.blocks[i-1] {
		b := &p.blocks[i-1]
		if len(b.Lines) == 1 && b.Kind != layout.Caption && p.ld.Lines[b.Lines[0]].HeadlineP >= minKicker && !p.copyOf(b, i, j) &&
			!(b.Kind == layout.Furniture && layout.IsRunningHead(b.Text)) && cjk.RunesAtMost(b.Text, maxKicker) {
			p.doc.Boilerplate = append(p.doc.Boilerplate[:last], p.doc.Boilerplate[last+1:]...)
			p.bpBlock = append(p.bpBlock[:last], p.bpBlock[last+1:]...)
			p.bpMark = len(p.bpBlock)
			blocks = append(blocks, b)
		}
	}
	for k := i; k < j; k++ {
		blocks = append(blocks, &p.blocks[k])
	}
	if len(blocks) >= 2 && len(blocks[0].Lines) == 1 && p.columnName(blocks[0].Text) {
		// a column's name, listed again and again in the page's list of
		// headlines: no part of this story's headline
		p.boilerplate(blocks[0], "column")
		p.bpMark = len(p.bpBlock)
		blocks = blocks[1:]
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

// addressees end the name of those a notice or report is addressed to.
var addressees = []string{"办公室", "辦公室", "政府", "委员会", "委員會", "部门", "部門", "单位", "單位", "局", "机构", "機構", "同志们", "同志們", "代表", "朋友们", "朋友們", "居民"}

// salutation reports a line that names those a notice or report is
// addressed to, colon ended: 各位代表：, 某某区民政局：, 各乡镇人民政府：.
func salutation(text string) bool {
	t := strings.TrimSpace(text)
	if !endsLabel(t) || !cjk.RunesAtMost(t, 40) || strings.ContainsAny(t, "0123456789|｜") {
		return false
	}
	head := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(t, "："), ":"), " ")
	if strings.ContainsAny(head, "：:") {
		return false // more than one field: metadata
	}
	if strings.HasPrefix(head, "各") {
		return true
	}
	for _, w := range addressees {
		if strings.HasSuffix(head, w) {
			return true
		}
	}
	return false
}

// photoCreditLine reports a short line opening with a picture's credit
// (图/, 图：, 摄影：) that reads as a byline.
func photoCreditLine(text string) bool {
	t := strings.TrimSpace(text)
	if !cjk.RunesAtMost(t, 40) || !cjk.HasAnyPrefix(t, "图/", "图／", "图：", "图:", "摄影：", "摄影:", "摄影/", "圖/", "圖：", "攝影：") {
		return false
	}
	_, ok := detect.Byline(t)
	return ok
}

// runningText reports a block at i of running text (sixty characters or
// more, ending a sentence, no metadata label or disclaimer) followed by a
// block the model reads as body.
func (p *parser) runningText(i int) bool {
	b := &p.blocks[i]
	if cjk.RunesAtMost(b.Text, 60) || !endsSentence(b.Text) || b.Kind == layout.Caption || keyValue(b.Text) || disclaimerLabel(b.Text) {
		return false
	}
	if _, ok := detect.MetaLine(b.Text); ok {
		return false
	}
	return i+1 < len(p.blocks) && p.label(&p.blocks[i+1]) == layout.LabelBody
}

// listItem reports a one-line block at i opening with a section number
// whose neighbour above or below is one too, numbered the same way with
// nothing between (1、某某居委会 ⏎ 2、某某居委会): an item of a list, not a
// section heading.
func (p *parser) listItem(i int) bool {
	style := func(k int) string {
		if k < 0 || k >= len(p.blocks) || len(p.blocks[k].Lines) != 1 {
			return ""
		}
		t := p.blocks[k].Text
		n := detect.SectionMark(t)
		if n == 0 {
			return ""
		}
		first, _ := utf8.DecodeRuneInString(t)
		last, _ := utf8.DecodeLastRuneInString(t[:n])
		kind := "n" // a Chinese numeral
		switch {
		case cjk.IsDigit(first):
			kind = "d"
		case first == '(' || first == '（' || first == '第':
			kind = string(first)
			if r, _ := utf8.DecodeRuneInString(t[len(string(first)):]); cjk.IsDigit(r) {
				kind += "d"
			}
		}
		return kind + string(last)
	}
	s := style(i)
	return s != "" && (style(i-1) == s || style(i+1) == s)
}

// columnName reports a headline line whose text the page sets on two or
// more other lines too, bare or with a list's marks (政民连心桥~~~): the
// name of a column, listed for each of its stories.
func (p *parser) columnName(text string) bool {
	key := listKey(text)
	if utf8.RuneCountInString(key) < 4 {
		return false
	}
	_, size := utf8.DecodeRuneInString(key)
	first := key[:size] // the key's first character, looked for before building a line's key
	n := 0
	for k := range p.ld.Lines {
		if l := &p.ld.Lines[k]; !l.Blank && len(l.Text) <= 3*len(text) && strings.Contains(l.Text, first) && sameKeyBy(l.Text, key, listMark) {
			n++
		}
	}
	return n >= 3 // this line and two more
}

// listKey is a line's text without white space and a headline list's
// marks (~, bullets).
func listKey(s string) string {
	return strings.Map(func(r rune) rune {
		if listMark(r) {
			return -1
		}
		return r
	}, s)
}

// listMark reports the characters listKey leaves out.
func listMark(r rune) bool {
	return unicode.IsSpace(r) || r == '~' || r == '～' || strings.ContainsRune(headlineBullets, r)
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
	if spaceFree(s) {
		return s
	}
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

// homeLink reports a line that links to a site's home page (首页): no
// headline names it.
func homeLink(text string) bool {
	return strings.Contains(text, "首页") || strings.Contains(text, "首頁")
}

// docNumber reports a line that opens with a government document number
// (某府发〔2023〕12号), read without the pinyin residue after its
// characters (成府發(fā)〔2003〕61號).
func docNumber(text string) bool {
	if len(text) > 120 {
		text = text[:120]
	}
	if strings.ContainsAny(text, "(（") {
		var sb strings.Builder
		for i := 0; i < len(text); {
			if k := hanzi.PinyinResidue(text[i:]); k > 0 && i > 0 {
				i += k
				continue
			}
			_, size := utf8.DecodeRuneInString(text[i:])
			sb.WriteString(text[i : i+size])
			i += size
		}
		text = sb.String()
	}
	return reDocNumber.MatchString(text)
}

// imageFile reports a line that is an image's file name (no space, an
// image file's extension: 0704_085444_178.png), or a short label ending
// with one and no sentence in it.
func imageFile(text string) bool {
	t := strings.TrimSpace(text)
	if len(t) > 120 || strings.IndexByte(t, ' ') >= 0 || strings.Contains(t, "\u3000") {
		return false
	}
	dot := strings.LastIndexByte(t, '.')
	if dot <= 0 {
		return false
	}
	switch strings.ToLower(t[dot+1:]) {
	case "png", "jpg", "jpeg", "gif", "webp", "bmp":
	default:
		return false
	}
	// a name of ASCII letters, or a short caption-less label that ends
	// with the file's name (某某（分离图）QQ图片(2417720)-2022.jpg)
	for _, r := range t[:dot] {
		if r >= 0x80 {
			return cjk.RunesAtMost(t, 60) && !strings.ContainsAny(t, "。，,；;！？") && asciiTail(t[:dot]) >= 8
		}
	}
	return true
}

// asciiTail returns the bytes of the run of ASCII characters ending s.
func asciiTail(s string) int {
	n := 0
	for n < len(s) && s[len(s)-1-n] < 0x80 {
		n++
	}
	return n
}

// reReadingTime matches a web page's note of an article's length or
// reading time: 全文共3000字, 本篇文章3302字，读完约8分钟, 阅读时间约5分钟.
var reReadingTime = regexp.MustCompile(`^\s*(?:(?:全文|本文|本篇文章|文章)(?:共|约|长)?\s*[\d,]+\s*字(?:[，,、\s]*(?:预计)?(?:阅读|读完)(?:全文|本文)?(?:时间|时长)?(?:需要|需|大约|约)*\s*[\d.]+\s*分钟)?|(?:预计)?(?:阅读|读完)(?:全文|本文)?(?:时间|时长)?(?:需要|需|大约|约)*\s*[\d.]+\s*分钟)[。.]?`)

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
	rep, repReason := 0, "" // copies of the headline, or a reading-time note, the paragraph opens with
	if t := a.Title; !heading && t != "" && len(t) >= 24 {
		for strings.HasPrefix(text[off+rep:], t) && len(text) > off+rep+len(t) {
			rep += len(t)
		}
		repReason = "repeated-headline"
	}
	if m := readingTimeIndex(text[off:]); !heading && rep == 0 && len(a.Paragraphs) == 0 && m != nil && m[1] < len(text)-off {
		rep, repReason = m[1], "reading-time"
	}
	off += rep
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
	if rep > 0 {
		// the headline set again over the text, or a note of its reading
		// time, run into it
		p.doc.Boilerplate = append(p.doc.Boilerplate, Boilerplate{Text: strings.TrimSpace(b.Text[junk : junk+rep]), Reason: repReason, Spans: b.SourceSpans(junk, junk+rep)})
		p.bpBlock = append(p.bpBlock, nil)
		cuts = append(cuts, [2]int{junk, junk + rep})
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
		if t != text && t != "" && strings.ContainsAny(text[len(t):], "|｜<>") {
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
// search starts. The first label is the first 时间 or 日期, or 发布 right
// before it: a later 发布时间 or 发布日期 cannot start earlier, as 时 and
// 日 cannot start inside 发布's encoding.
func findISODate(text string) []string {
	i := strings.Index(text, "时间")
	if j := strings.Index(text, "日期"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i < 0 {
		return nil
	}
	if strings.HasSuffix(text[:i], "发布") {
		i -= len("发布")
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
		if strings.HasSuffix(s, ">") {
			return reLostTagEnd.FindStringIndex(s) // …一分钱？！”/p>
		}
		return nil
	}
	return reTagsEnd.FindStringIndex(s)
}

// reLostTagEnd matches a closing tag that lost its < at the end of a text.
var reLostTagEnd = regexp.MustCompile(`/[a-zA-Z][a-zA-Z0-9]{0,5}>$`)

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

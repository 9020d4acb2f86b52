package layout

import (
	"math"
	"strings"

	"github.com/civicnews/civicnews/internal/cjk"
	"github.com/civicnews/civicnews/internal/detect"
	"github.com/civicnews/civicnews/internal/linemodel"
)

// LineLabel is what the line model takes a line to be on its page.
type LineLabel string

// Line labels. A blank line has none ("").
const (
	LabelBody      LineLabel = "body"      // running text of an article
	LabelHeadline  LineLabel = "headline"  // a line of a headline: kicker, title or subtitle
	LabelByline    LineLabel = "byline"    // a byline or an author tail
	LabelFurniture LineLabel = "furniture" // page or web furniture, metadata, credits
	LabelSection   LineLabel = "section"   // an in-article section heading or sidebar label
	LabelOther     LineLabel = "other"     // a standfirst, a caption before the body, a report header line
)

var labelOf = [...]LineLabel{linemodel.Body: LabelBody, linemodel.Headline: LabelHeadline, linemodel.Byline: LabelByline,
	linemodel.Furniture: LabelFurniture, linemodel.Section: LabelSection, linemodel.Other: LabelOther}

// WithLineModel makes [Analyze] label lines with the given model instead
// of the fitted one. It exists for this module's evaluation tools, which
// score models fitted without the pages they score.
func WithLineModel(m *linemodel.Model) Option { return func(c *config) { c.model = m } }

func init() {
	linemodel.PageLines = func(src []byte) ([]linemodel.Line, [][2]int, []byte, error) {
		var in []linemodel.Line
		var idx []int
		d, err := Analyze(src, func(c *config) {
			c.capture = func(l []linemodel.Line, x []int) { in, idx = l, x }
		})
		if err != nil {
			return nil, nil, nil, err
		}
		spans := make([][2]int, len(idx))
		for k, i := range idx {
			spans[k] = [2]int{d.Lines[i].Span.Start, d.Lines[i].Span.End}
		}
		return in, spans, d.Source, nil
	}
}

// detectors returns the detector answers of a line for the model.
func (f *feat) detectors(text string) linemodel.Det {
	var d linemodel.Det
	set := func(v bool, bit linemodel.Det) {
		if v {
			d |= bit
		}
	}
	set(f.byline, linemodel.DetByline)
	set(f.dateline, linemodel.DetDateline)
	set(f.meta, linemodel.DetMeta)
	set(f.furniture != noFurn, linemodel.DetFurniture)
	set(startsWithSectionMark(text), linemodel.DetSection)
	set(isCaptionMarked(text), linemodel.DetCaption)
	set(f.headingLike(), linemodel.DetHeadingLike)
	set(f.strongHeading(), linemodel.DetStrongHead)
	set(f.startsCont, linemodel.DetStartsCont)
	set(f.dangling, linemodel.DetDangling)
	set(f.open, linemodel.DetOpen)
	set(f.linkList, linemodel.DetLinkList)
	set(f.pageMark, linemodel.DetPageMark)
	if f.runes <= 400 {
		_, start := detect.Tail(text)
		set(start >= 0, linemodel.DetTail)
	}
	set(f.runes <= 20 && detect.Names(text) != nil, linemodel.DetNames)
	if f.runes <= 200 {
		_, ok := detect.MetaLine(text)
		set(ok, linemodel.DetMetaAny)
	}
	return d
}

// labelLines labels the non-blank lines with the line model and settles
// which lines are furniture: the model's answer, with the reason the
// patterns give or one read from the line's words.
func (a *assembler) labelLines() {
	lines := a.d.Lines
	in := make([]linemodel.Line, 0, len(lines))
	idx := make([]int, 0, len(lines))
	blanks := 0
	for i := range lines {
		if lines[i].Blank {
			blanks++
			continue
		}
		in = append(in, linemodel.Line{Text: lines[i].Text, BlankBefore: blanks, Indent: lines[i].Indent,
			Det: a.feats[i].detectors(lines[i].Text)})
		idx = append(idx, i)
		blanks = 0
	}
	if a.capture != nil {
		a.capture(in, idx)
	}
	m := a.model
	if m == nil {
		m = linemodel.Default()
	}
	labels, scores := m.Label(in)
	at := make([]int, len(lines)) // line → index in in, -1 for blank
	for i := range at {
		at[i] = -1
	}
	for k, i := range idx {
		at[i] = k
	}
	headP := func(i int) float32 {
		return float32(math.Exp(float64(scores[at[i]*int(linemodel.NumLabels)+int(linemodel.Headline)] - m.Prior[linemodel.Headline])))
	}
	// the lines of a narrow column that may be a headline (one of its
	// lines is not furniture to the model, or likely a headline line) and
	// marked captions are the physical layer's to assemble: the model does
	// not make furniture of them
	keep := make([]bool, len(lines))
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && a.isNarrowLine(j) {
			j++
		}
		if j-i >= 3 {
			head := false
			for k := i; k < j; k++ {
				head = head || labels[at[k]] != linemodel.Furniture || headP(k) >= 0.5 || startsWithRoleOrMark(lines[k].Text)
			}
			for k := j; k < len(lines) && !head; k++ {
				if !lines[k].Blank {
					head = a.feats[k].dateline || a.feats[k].byline
					break
				}
			}
			for k := i; k < j; k++ {
				keep[k] = head
			}
			i = j
			continue
		}
		if !lines[i].Blank && isCaptionMarked(lines[i].Text) {
			keep[i] = true
		}
		i++
	}
	for k, i := range idx {
		lines[i].Label = labelOf[labels[k]]
		lines[i].HeadlineP = headP(i)
		f := &a.feats[i]
		switch {
		case keep[i]:
		case f.furniture == furnQRPrompt && f.runes <= 20 && !f.byline && !f.dateline:
			// a short line the furniture patterns take for a prompt to
			// scan a code is furniture on any page, however few the
			// lines around it
			lines[i].Label = LabelFurniture
		case labels[k] == linemodel.Furniture && f.furniture == noFurn && f.runes >= 16 && !f.meta && f.commas+f.enums > 0 &&
			(f.dangling && !cjk.IsDigit(f.last) || cutAtNumber(lines[i].Text, f)):
			// a line cut in mid-sentence is running text, not furniture
			lines[i].Label = LabelBody
		case labels[k] == linemodel.Furniture && f.furniture == noFurn && !f.meta && !f.byline && f.commas > 0 && a.fullLine(i) && !f.endsSentence:
			// on a page set in columns of a measured width, a line as wide
			// as the column lines that holds a clause and runs on is a
			// line of the column's text
			lines[i].Label = LabelBody
		case labels[k] == linemodel.Byline && !f.byline && in[k].Det&(linemodel.DetMeta|linemodel.DetMetaAny) != 0:
			// a metadata line naming the writer is metadata: parse reads
			// the writer from its fields
			lines[i].Label = LabelFurniture
			f.furniture = furnitureKind(lines[i].Text, f)
		case labels[k] == linemodel.Furniture && f.byline && namesWriters(lines[i].Text):
			// a line that names the article's writers after their role
			// word ((记者 张三 通讯员 李四)) is a byline wherever it stands
			lines[i].Label = LabelByline
			f.furniture = noFurn
		case labels[k] == linemodel.Body && onlyDateTime(lines[i].Text):
			// a date or a time alone is no running text: the page's
			// metadata (a notice's signature date is parse's to place)
			lines[i].Label = LabelFurniture
			f.furniture = furnMetadata
		case labels[k] != linemodel.Furniture:
			f.furniture = noFurn
		case f.furniture == noFurn:
			f.furniture = furnitureKind(lines[i].Text, f)
		}
	}
}

// onlyDateTime reports a line of 30 characters or less made of a numeric
// date or clock time and nothing else: 2023-05-06 10:32, 21.11.2016 20:06,
// 2023年5月6日.
func onlyDateTime(text string) bool {
	digits, runes := 0, 0
	for _, r := range text {
		runes++
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ' ' || r == '\u3000' || r == '-' || r == '/' || r == '.' || r == ':' || r == '：' || r == '年' || r == '月' || r == '日':
		default:
			return false
		}
	}
	return runes <= 30 && digits >= 4 && linemodel.HasDateOrTime(text)
}

// cutAtNumber reports a line of running text cut after a number, before
// its unit (…开展检查3200⏎余次): it ends with a digit and holds no label,
// date or time.
func cutAtNumber(text string, f *feat) bool {
	return cjk.IsDigit(f.last) && !strings.ContainsAny(text, "：:|") && !linemodel.HasDateOrTime(text)
}

// furnitureKind names the kind of a line the model takes for furniture.
func furnitureKind(text string, f *feat) furn {
	switch {
	case f.meta || hasAny(text, "来源", "发布时间", "发布日期", "浏览", "阅读", "点击", "索引号", "文号", "发布机构"):
		return furnMetadata
	case hasAny(text, "编辑", "责编", "审核", "校对", "审校", "监制"):
		return furnCredit
	case hasAny(text, "原标题", "转载", "转自", "声明", "观点"):
		return furnRepost
	case hasAny(text, "扫", "二维码", "关注"):
		return furnQRPrompt
	case hasAny(text, "APP", "App", "app", "客户端", "下载", "微信", "微博", "抖音", "公众号", "视频号", "小程序", "头条号"):
		return furnAppPromo
	case hasAny(text, "分享"):
		return furnNavigation
	case hasAny(text, "版", "放大", "缩小", "上一期", "下一期", "PDF"):
		return furnPageFurniture
	case hasAny(text, "首页", "位置", ">", "»", "|", "上一篇", "下一篇", "返回", "打印", "关闭", "字号"):
		return furnNavigation
	case hasAny(text, "版权", "Copyright", "©", "ICP", "备案", "主办", "承办"):
		return furnWebFooter
	}
	return furnModel
}

func hasAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

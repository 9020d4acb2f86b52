package layout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sideBySide is two columns read straight across the gutter, as
// tesseract --psm 4 and pdftotext -layout give them.
const sideBySide = `社区晨报 · 要闻                                2023年5月18日 星期四

街道召开社区代表会议，听取       会上，居民代表围绕加装电梯、
居民对老旧小区改造的意见和 ”    停车管理和垃圾分类等话题踊跃
建议。会议由街道党工委副书       发言，街道相关科室负责人现场
记主持，四十余名代表参加。       作了回应。
  会议通报了今年以来街道为        下一步，街道将把代表的意见
民办实事项目的推进情况，并       建议纳入年度工作计划，逐项抓
征求代表对明年项目的意见。       好落实。

                                  A04
`

func TestReadColumnsSideBySide(t *testing.T) {
	d, err := AnalyzeString(sideBySide)
	require.NoError(t, err)
	var body []string
	var furniture []string
	for _, b := range d.Blocks {
		switch b.Kind {
		case Body:
			body = append(body, b.Text)
		case Furniture:
			furniture = append(furniture, b.Text)
		}
	}
	require.Len(t, body, 4, "blocks: %q", body)
	assert.Equal(t, "街道召开社区代表会议，听取居民对老旧小区改造的意见和建议。会议由街道党工委副书记主持，四十余名代表参加。", body[0])
	assert.Equal(t, "会议通报了今年以来街道为民办实事项目的推进情况，并征求代表对明年项目的意见。", body[1])
	assert.Equal(t, "会上，居民代表围绕加装电梯、停车管理和垃圾分类等话题踊跃发言，街道相关科室负责人现场作了回应。", body[2])
	assert.Equal(t, "下一步，街道将把代表的意见建议纳入年度工作计划，逐项抓好落实。", body[3])
	assert.Contains(t, furniture, "A04")
	found := false
	for _, r := range d.Repairs {
		if r.Kind == RepairColumns && strings.Contains(r.Reason, "2 text columns") {
			found = true
		}
	}
	assert.True(t, found, "the split is logged")
	// the blocks' spans and the gaps still cover the source once
	covered := 0
	for _, b := range d.Blocks {
		for _, sp := range b.Spans {
			covered += sp.Len()
		}
	}
	for _, g := range d.Gaps() {
		covered += g.Len()
	}
	assert.Equal(t, len(sideBySide), covered)
}

func TestReadColumnsLeavesProseAlone(t *testing.T) {
	// spaced headlines and metadata lines are not columns
	src := "把思路蓝图化作行动  徐家汇街道将全力做好高质量发展\n\n来源：区政府  发布时间：2023-05-06\n\n街道召开会议。\n\n一刻钟  「圈住」美好生活\n"
	spans := splitLines([]byte(src), 0, nil)
	assert.Nil(t, readColumns([]byte(src), spans))
}

func TestColumnWidthJoins(t *testing.T) {
	// a column of 14 characters a line as tesseract --psm 3 gives it:
	// lines without a sentence end run on, the short line ending in 。
	// closes the paragraph, and a blank line at a column break does not
	src := "街道党工委书记黄科、区政协委员\n罗俊、结对律师及街道联络员组团\n走访恒益居民区。\n会上居民代表就小区加装电梯等问\n\n题提出意见，街道相关负责人逐一\n作了回应并明确了办理时限要求。\n下一步街道将继续做好跟踪服务工\n作，确保各项措施落实到位见效。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	var texts []string
	for _, b := range d.Blocks {
		assert.Equal(t, Body, b.Kind, "%q", b.Text)
		texts = append(texts, b.Text)
	}
	assert.Equal(t, []string{
		"街道党工委书记黄科、区政协委员罗俊、结对律师及街道联络员组团走访恒益居民区。",
		"会上居民代表就小区加装电梯等问题提出意见，街道相关负责人逐一作了回应并明确了办理时限要求。",
		"下一步街道将继续做好跟踪服务工作，确保各项措施落实到位见效。",
	}, texts)
}

func TestIsRunningHead(t *testing.T) {
	for _, s := range []string{"第06版", "第7版：邻里", "A04", "— 4 —", "7", "2023年7月5日 星期三", "社区晨报 · 要闻",
		"第11]版2022年12月19日 星期日", "枫林周刊2021年12月20日 星期四", "新城街道报。邻里", "1一"} {
		assert.True(t, IsRunningHead(s), s)
	}
	for _, s := range []string{"街道召开会议。", "区委副书记、区长到街道调研", "2023年工作要点", "社区新风", "记者 张三", "全力做好信访工作"} {
		assert.False(t, IsRunningHead(s), s)
	}
}

func TestOCRBracketRestored(t *testing.T) {
	src := "本报讯〈记者 张三 通讯员 李四) 1月5日，街道召开会议。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	require.NotEmpty(t, d.Blocks)
	b := d.Blocks[0]
	assert.Equal(t, "本报讯（记者 张三 通讯员 李四） 1月5日，街道召开会议。", b.Text)
	// the restored bracket maps to the misread one
	at := strings.Index(b.Text, "（")
	spans := b.SourceSpans(at, at+len("（"))
	require.Len(t, spans, 1)
	assert.Equal(t, "〈", src[spans[0].Start:spans[0].End])
	n := 0
	for _, r := range d.Repairs {
		if r.Kind == RepairOCRBracket {
			n++
		}
	}
	assert.Equal(t, 1, n, "the opener; the ASCII closer is restored as punctuation")
}

// OCR reads the opening bracket after a dateline as a quote too; a quote
// before a date stays the misread space it is.
func TestOCRBracketReadAsQuote(t *testing.T) {
	d, err := AnalyzeString("本报讯“记者 张三 通讯员 李四) 1月5日，街道召开会议。\n")
	require.NoError(t, err)
	require.NotEmpty(t, d.Blocks)
	assert.Equal(t, "本报讯（记者 张三 通讯员 李四） 1月5日，街道召开会议。", d.Blocks[0].Text)
	d, err = AnalyzeString("本报讯“1月5日，街道召开会议，部署改造工作。\n")
	require.NoError(t, err)
	require.NotEmpty(t, d.Blocks)
	assert.Equal(t, "本报讯 1月5日，街道召开会议，部署改造工作。", d.Blocks[0].Text)
}

func TestVerticalStripReadFirst(t *testing.T) {
	// a vertical headline set right of two columns, read across
	src := "街道召开社区代表会议，听取       会上，居民代表围绕加装电梯、       社\n" +
		"居民对老旧小区改造的意见和       停车管理和垃圾分类等话题踊跃       区\n" +
		"建议。会议由街道党工委副书       发言，街道相关科室负责人现场       代\n" +
		"记主持，四十余名代表参加。       作了回应。                         表\n" +
		"会议通报了今年以来街道为民       下一步，街道将把代表的意见         建\n" +
		"办实事项目的推进情况，并征       建议纳入年度工作计划，逐项         言\n" +
		"求代表对明年项目的意见。         抓好落实。                         献\n" +
		"                                                                    策\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	require.NotEmpty(t, d.Blocks)
	assert.Equal(t, Heading, d.Blocks[0].Kind)
	assert.Equal(t, "社区代表建言献策", d.Blocks[0].Text)
}

// TestOCRFixtureInvariants reads tesseract's output for the rendered
// sample pages (internal/ocrbench/testdata) and checks the invariants of
// every reading, and of the reading of its repaired text.
func TestOCRFixtureInvariants(t *testing.T) {
	files, err := filepath.Glob("../internal/ocrbench/testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		d, err := Analyze(src)
		require.NoError(t, err, f)
		checkInvariants(t, d)
		again, err := AnalyzeString(d.Text())
		require.NoError(t, err, f)
		checkInvariants(t, again)
	}
}

func TestPageLabelAtEdges(t *testing.T) {
	// no column lines: the head holding a page label is furniture all
	// the same; a masthead's issue line is not
	src := "第12版2021年11月3日 星期五 东城街道报。社区\n\n街道召开会议。\n\n本期 8 版 第 42 期\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	require.Len(t, d.Blocks, 3)
	assert.Equal(t, Furniture, d.Blocks[0].Kind)
	assert.NotEqual(t, Furniture, d.Blocks[2].Kind)
}

func TestOCRMarkedCaptionLifted(t *testing.T) {
	// a caption marked ▲ after a cut column line, the continuation set
	// elsewhere by OCR: the caption is never body text
	src := "街道党工委书记黄科、区政协委员\n罗俊、结对律师及街道联络员组团\n走访恒益居民区，听取居民对老旧\n\n▲志愿者在小区开展环境整治\n\n会上居民代表就小区加装电梯等问\n题提出意见，街道相关负责人逐一\n作了回应并明确了办理时限要求。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	var caption bool
	for _, b := range d.Blocks {
		if b.Kind == Caption {
			caption = true
			assert.Equal(t, "▲志愿者在小区开展环境整治", b.Text)
		} else {
			assert.NotContains(t, b.Text, "志愿者", "%v block", b.Kind)
		}
	}
	assert.True(t, caption)
}

func TestOCRDatelineQuote(t *testing.T) {
	d, err := AnalyzeString("本报讯”8月3日上午，区领导到街道调研。\n")
	require.NoError(t, err)
	require.Len(t, d.Blocks, 1)
	assert.Equal(t, "本报讯 8月3日上午，区领导到街道调研。", d.Blocks[0].Text)
	// a quote that closes is the text's own
	d, err = AnalyzeString("本报讯“一网统管”平台上线。\n")
	require.NoError(t, err)
	assert.Equal(t, "本报讯“一网统管”平台上线。", d.Blocks[0].Text)
}

func TestOCRDatelineOpeningQuote(t *testing.T) {
	d, err := AnalyzeString("本报讯“7月21日下午，街道召开会议。\n")
	require.NoError(t, err)
	assert.Equal(t, "本报讯 7月21日下午，街道召开会议。", d.Blocks[0].Text)
}

// A sentence that ends at a full line's end, then a line as wide as the
// column: the paragraph runs on (a new one would start indented, short).
func TestOCRSentenceEndAtLineEndRunsOn(t *testing.T) {
	text := "街道召开社区代表会议，听取居民对老旧小区\n" +
		"改造的意见和建议，会议由街道党工委副书记\n" +
		"主持，四十余名代表参加，会期一天半结束。\n" +
		"参加会议的还有各居民区书记、主任和部门负\n" +
		"责人，大家围绕加装电梯和停车管理发言。\n" +
		"\n" +
		"会上，居民代表围绕垃圾分类等话题踊\n" +
		"跃发言，街道相关科室负责人现场作了回应，\n" +
		"下一步，街道将把代表的意见建议纳入年度工\n" +
		"作计划，逐项抓好落实，定期向代表通报。\n"
	d, err := AnalyzeString(text)
	require.NoError(t, err)
	var body []string
	for _, b := range d.Blocks {
		if b.Kind == Body {
			body = append(body, b.Text)
		}
	}
	require.Len(t, body, 2, "blocks: %q", body)
	assert.Equal(t, "街道召开社区代表会议，听取居民对老旧小区改造的意见和建议，会议由街道党工委副书记主持，四十余名代表参加，会期一天半结束。参加会议的还有各居民区书记、主任和部门负责人，大家围绕加装电梯和停车管理发言。", body[0])
}

// OCR reads the dash opening a subtitle as 一一: restored under a
// headline, left alone in body text.
func TestOCRDashRestored(t *testing.T) {
	src := "街道召开社区代表会议\n一一把好事办到群众心坎上\n\n本报讯 1月5日，街道召开会议。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	var texts []string
	n := 0
	for _, b := range d.Blocks {
		texts = append(texts, b.Text)
	}
	for _, r := range d.Repairs {
		if r.Kind == RepairOCRDash {
			n++
			assert.Equal(t, "一一", src[r.Span.Start:r.Span.End])
		}
	}
	assert.Equal(t, 1, n)
	assert.Contains(t, texts, "——把好事办到群众心坎上")
	// 一一 inside body text, after a sentence, stays
	d, err = AnalyzeString("会议要求各部门抓好落实。\n一一对应建立台账\n")
	require.NoError(t, err)
	for _, r := range d.Repairs {
		assert.NotEqual(t, RepairOCRDash, r.Kind)
	}
}

// On an OCR'd page a headline whose closing quote OCR lost does not run on
// into its dash subtitle, nor the subtitle into the body's first line.
func TestOCRSubtitleApart(t *testing.T) {
	src := "第6版 2019年5月23日 星期四\n\n成立项目攻坚小组 助居民实现“新居梦\n\n一一推动各项工作落地见效\n" +
		"斜土街道日晖六村111-113、125-131号共有\n非成套改造房屋78户，总建筑面积近2900\n" +
		"平方米，自2005年起，街道启动对两栋房屋\n居民成套改造意愿征询工作。同意的居民\n" +
		"打好攻坚战，用真心听取居民意见，用真情\n化解居民疑虑。最后一户居民签下了搬迁\n" +
		"协议书，标志着日晖六村成套改造历时十五\n年，终于达到意愿征询、方案征询三大目标\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	var texts []string
	for _, b := range d.Blocks {
		texts = append(texts, b.Text)
	}
	assert.Contains(t, texts, "——推动各项工作落地见效")
	assert.Contains(t, texts, "成立项目攻坚小组 助居民实现“新居梦")
}

// On an OCR'd page the first line of a paragraph that opens with a
// dateline runs on into the next line, whatever the line model says (a
// sample rendered and read by tesseract, psm 3).
func TestOCRDatelineRunsOn(t *testing.T) {
	src := "长桥新闻\n\n第3版 要闻 ”2023年8月20日 星期四\n\n全力做好我区信访和安稳工作\n\n口记者 徐丽勇 通讯员 罗强艳\n\n" +
		"本报讯”徐汇区信访工作联席会\n议全体 〈扩大) 会议暨安全稳定工作\n会议7月20日下午召开。区委书记曹\n" +
		"立强在会上强调，要深入学习贯彻习\n近平总书记关于加强和改进人民信访\n\n全小朋友们为老人测量血压\n\n" +
		"工作的重要指示精神和中央、市委有\n关会议精神，全力做好我区信访和安\n全稳定工作。\n\n" +
		"区委常委、政法委书记习挺松主\n持会议。区领导吴捷通报近期我区安\n全稳定形势，副校长王志华传达市信\n" +
		"访工作联席会议全体 〈扩大) 会议精\n神并总结部署我区信访工作，区人大\n常委会副主任卢鉴出席。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	found := false
	for _, b := range d.Blocks {
		if strings.HasPrefix(b.Text, "本报讯") {
			found = true
			assert.True(t, strings.HasSuffix(b.Text, "全力做好我区信访和安全稳定工作。"), b.Text)
		}
	}
	assert.True(t, found)
}

// A mark OCR reads alone on a line (a rule, a photo's edge) is noise: the
// sentence cut at the column's foot runs on past it and past the
// headline fragment and page number set there (a sample rendered in three
// columns and read by tesseract, psm 3).
func TestOCRLoneMarkNoise(t *testing.T) {
	src := "2019年以来，老西门街道按照区\n委、区政府工作部署，深入推进城区精\n细化管理工作，将牌楼小区、普育里小\n区等列入美丽家园建设项目。\n\n" +
		"普育里，始建于1867年，是上海\n市不可移动文物保护单位，也是上海市\n首个福联文化展示基地之一。普育里小\n\n]\n\n" +
		"广长巢克丛到老西门街道调\n\nmm\n4\n\n区共居住213户，户籍人口663人，实\n际居住450人。其中公房77户，售后公\n房136户。\n\n" +
		"小区的公共管理服务水平，将原有\n老破小的社区生活格局向精细化优质小\n区转变，实现了“老旧小区”硬件提升、\n环境美化的建设目标。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	var texts []string
	noise := false
	for _, b := range d.Blocks {
		texts = append(texts, b.Text)
		noise = noise || b.Text == "]" && b.Kind == Furniture
	}
	assert.True(t, noise, "%q", texts)
	assert.Contains(t, texts, "普育里，始建于1867年，是上海市不可移动文物保护单位，也是上海市首个福联文化展示基地之一。普育里小区共居住213户，户籍人口663人，实际居住450人。其中公房77户，售后公房136户。")
}

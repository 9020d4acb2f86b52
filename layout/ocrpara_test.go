package layout

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rowsSideBySide sets columns of lines side by side, each cell padded to
// the widest cell of its column plus a gutter of spaces, as tesseract
// --psm 4 gives them.
func rowsSideBySide(cols ...[]string) string {
	var b strings.Builder
	rows := 0
	for _, c := range cols {
		rows = max(rows, len(c))
	}
	for r := 0; r < rows; r++ {
		var line strings.Builder
		for k, c := range cols {
			cell := ""
			if r < len(c) {
				cell = c[r]
			}
			line.WriteString(cell)
			if k+1 < len(cols) {
				line.WriteString(strings.Repeat(" ", 2*(14-len([]rune(cell)))+4))
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
		b.WriteString("\n")
	}
	return b.String()
}

func bodies(d *Document) []string {
	var out []string
	for _, b := range d.Blocks {
		if b.Kind == Body {
			out = append(out, b.Text)
		}
	}
	return out
}

// A region of five rows is read apart, and inside a column a full line
// ending a sentence followed by a full line runs on (a paragraph's first
// line is indented), while a column's top line opens its own paragraph.
func TestSideBySideShortRegionRunsOn(t *testing.T) {
	src := rowsSideBySide(
		[]string{"街道近日召开社区代表会议，", "听取居民对老旧小区的意见。", "会后，街道逐项梳理，汇总意", "见并形成清单，逐条抓好落实，", "按期答复。"},
		[]string{"居民代表围绕加装电梯、停车", "管理和垃圾分类等话题踊跃发", "言，街道相关科室负责人现场", "作了回应，并留下了联系方式", "以便跟进。"},
	)
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	assert.Equal(t, []string{
		"街道近日召开社区代表会议，听取居民对老旧小区的意见。会后，街道逐项梳理，汇总意见并形成清单，逐条抓好落实，按期答复。",
		"居民代表围绕加装电梯、停车管理和垃圾分类等话题踊跃发言，街道相关科室负责人现场作了回应，并留下了联系方式以便跟进。",
	}, bodies(d))
	cols := 0
	for _, r := range d.Repairs {
		if r.Kind == RepairColumns && strings.Contains(r.Reason, "2 text columns set side by side in 5 lines") {
			cols++
		}
	}
	assert.Equal(t, 1, cols, "the split is logged")
}

// A column line that opens with a dateline and runs on into the text, cut
// inside a word at the column's edge, leads its paragraph.
func TestDatelineLeadRunsOn(t *testing.T) {
	src := "本报讯（记者 张三 通讯员 李四） 西\n" +
		"城街道近日召开社区代表会议并听\n" +
		"取居民对老旧小区改造的意见和建\n" +
		"议，四十余名居民代表参加会议。\n" +
		"会上，居民代表围绕加装电梯\n" +
		"、停车管理和垃圾分类等话题发言\n" +
		"，街道相关科室负责人现场作了回\n" +
		"应。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	b := bodies(d)
	require.NotEmpty(t, b)
	assert.Equal(t, "本报讯（记者 张三 通讯员 李四） 西城街道近日召开社区代表会议并听取居民对老旧小区改造的意见和建议，四十余名居民代表参加会议。", b[0])
	joined := false
	for _, r := range d.Repairs {
		if r.Kind == RepairJoin && r.Span.Start == len("本报讯（记者 张三 通讯员 李四） 西") {
			joined = true
		}
	}
	assert.True(t, joined, "the join is logged")
}

// On a page that indents its paragraphs (the line after a paragraph's
// short last line is two characters in), a full line ending a sentence
// runs on into a full line even when that line has no punctuation: a new
// paragraph would start two characters in.
func TestIndentedPageRunsOn(t *testing.T) {
	src := "街道党工委书记黄科、区政协委员\n" +
		"罗俊、结对律师及街道联络员组团\n" +
		"走访恒益居民区。\n" +
		"会上居民代表就小区加装电梯\n" +
		"等问题提出意见，负责人作回应。\n" +
		"街道将在一个月内明确办理时限要\n" +
		"求并及时向居民反馈。\n" +
		"下一步街道将继续做好跟踪服\n" +
		"务工作，确保各项措施落实到位。\n" +
		"会议要求各居民区认真梳理问\n" +
		"题清单，形成长效的工作机制，切\n" +
		"实为居民办好事。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	assert.Equal(t, []string{
		"街道党工委书记黄科、区政协委员罗俊、结对律师及街道联络员组团走访恒益居民区。",
		"会上居民代表就小区加装电梯等问题提出意见，负责人作回应。街道将在一个月内明确办理时限要求并及时向居民反馈。",
		"下一步街道将继续做好跟踪服务工作，确保各项措施落实到位。",
		"会议要求各居民区认真梳理问题清单，形成长效的工作机制，切实为居民办好事。",
	}, bodies(d))
}

// A caption of two lines (the credit on the second) set between blank
// lines inside a sentence cut at a column's foot is lifted out, and the
// sentence is joined around it.
func TestCaptionOfTwoLinesLifted(t *testing.T) {
	src := "会议通报了今年以来街道为民办\n" +
		"实事项目的推进情况，并征求了代\n" +
		"表对明年项目的意见和建议，居民\n" +
		"\n" +
		"街道志愿者在小区开展环境整治。记者\n" +
		"张三 摄\n" +
		"\n" +
		"代表围绕加装电梯、停车管理和垃\n" +
		"圾分类等话题踊跃发言，街道相关\n" +
		"科室负责人现场逐一作了回应，并\n" +
		"明确了办理时限。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	assert.Equal(t, []string{
		"会议通报了今年以来街道为民办实事项目的推进情况，并征求了代表对明年项目的意见和建议，居民代表围绕加装电梯、停车管理和垃圾分类等话题踊跃发言，街道相关科室负责人现场逐一作了回应，并明确了办理时限。",
	}, bodies(d))
	var captions []string
	for _, b := range d.Blocks {
		if b.Kind == Caption {
			captions = append(captions, b.Text)
		}
	}
	assert.Equal(t, []string{"街道志愿者在小区开展环境整治。记者", "张三 摄"}, captions)
	lifted := false
	for _, r := range d.Repairs {
		if r.Kind == RepairCaption && r.Before == "街道志愿者在小区开展环境整治。记者⏎张三 摄" {
			lifted = true
		}
	}
	assert.True(t, lifted, "the lift is logged")
}

// The first line of a paragraph joined from column lines reads as body
// whatever the line model took it for; a one-line block keeps its label.
func TestRelabelJoinedFirstLine(t *testing.T) {
	src := "街道党工委书记黄科、区政协委员\n罗俊、结对律师及街道联络员组团\n走访恒益居民区。\n" +
		"会议要求各居民区认真梳理问\n题清单，形成长效的工作机制，切\n实为居民办好事。\n" +
		"下一步街道将继续做好跟踪服\n务工作，确保各项措施落实到位，\n并按时向居民反馈办理的情况和\n结果，接受居民的监督和评议。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	require.Len(t, d.Blocks, 3, "%v", d.Blocks)
	first := d.Blocks[1].Lines[0]
	d.Lines[first].Label = LabelSection
	a := assembler{d: d, blocks: d.Blocks, cols: colProfile{width: 30}}
	a.ocrRelabelBody()
	assert.Equal(t, LabelBody, d.Lines[first].Label)
	one := assembler{d: d, blocks: []Block{{Kind: Body, Text: "文明实践志愿服务活动在辖区主要交通路口开展。", Lines: []int{0}}}, cols: a.cols}
	d.Lines[0].Label = LabelSection
	one.ocrRelabelBody()
	assert.Equal(t, LabelSection, d.Lines[0].Label)
	// text without column lines is left alone
	d.Lines[first].Label = LabelSection
	a.cols.width = 0
	a.ocrRelabelBody()
	assert.Equal(t, LabelSection, d.Lines[first].Label)
}

// A paragraph's indented first line ending a sentence at the column's
// edge runs on into a full line: a new paragraph would start indented.
func TestIndentedFirstLineRunsOn(t *testing.T) {
	src := "会议由街道党工委副书记主持。\n" +
		"会上，街道党工委副书记首先传达\n" +
		"了全会精神，随后，相关部门负责\n" +
		"人就党建、城区管理、旧改工作等，\n" +
		"进行了交流发言，并就下一步工作\n" +
		"提出了具体的意见和建议，会议时\n" +
		"间不长。\n" +
		"下一步街道将继续做好跟踪服\n" +
		"务工作，确保各项措施落实到位。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	assert.Equal(t, []string{
		"会议由街道党工委副书记主持。会上，街道党工委副书记首先传达了全会精神，随后，相关部门负责人就党建、城区管理、旧改工作等，进行了交流发言，并就下一步工作提出了具体的意见和建议，会议时间不长。",
		"下一步街道将继续做好跟踪服务工作，确保各项措施落实到位。",
	}, bodies(d))
}

// Rows of a column set beside an empty one keep that column: OCR indents
// only the first of them, with fewer spaces than the empty column's width
// (and narrow gutters, as tesseract --psm 4 gives them).
func TestRowsBesideEmptyColumnKeepTheirColumn(t *testing.T) {
	src := "街道近日召开社区代表会议，   居民代表围绕加装电梯、停车\n" +
		"听取居民对老旧小区的意见，   管理和垃圾分类等话题踊跃发\n" +
		"四十余名代表参加了会议。     言，街道相关科室负责人现场\n" +
		"      作了回应，并留下了联系方式\n" +
		"以便跟进，会后逐项梳理汇总意\n" +
		"见，形成清单并抓好落实。\n" +
		"下一步，街道将把代表的意见   居民对此表示满意，纷纷点赞\n" +
		"建议纳入年度工作计划，逐项   街道的工作作风。\n" +
		"抓好落实。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	assert.Equal(t, []string{
		"街道近日召开社区代表会议，听取居民对老旧小区的意见，四十余名代表参加了会议。",
		"下一步，街道将把代表的意见建议纳入年度工作计划，逐项抓好落实。",
		"居民代表围绕加装电梯、停车管理和垃圾分类等话题踊跃发言，街道相关科室负责人现场作了回应，并留下了联系方式以便跟进，会后逐项梳理汇总意见，形成清单并抓好落实。",
		"居民对此表示满意，纷纷点赞街道的工作作风。",
	}, bodies(d))
}

// A caption in the first column, shorter than the column, then a wide run
// of spaces that falls short of the gutter, then the next column's line:
// the run is the gutter, and the caption is lifted out of the sentence it
// interrupts.
func TestShortCellBeforeCompressedGutter(t *testing.T) {
	src := "街道近日召开社区代表会议，   居民代表围绕加装电梯、停车\n" +
		"听取居民对老旧小区改造的意   管理和垃圾分类等话题踊跃发\n" +
		"图为会议现场      言，街道相关科室负责人现场\n" +
		"见和建议，四十余名代表参加   作了回应，并留下了联系方式\n" +
		"了会议，会议由街道副书记主   以便跟进，会后街道逐项梳理\n" +
		"持。                         汇总意见。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	assert.Equal(t, []string{
		"街道近日召开社区代表会议，听取居民对老旧小区改造的意见和建议，四十余名代表参加了会议，会议由街道副书记主持。",
		"居民代表围绕加装电梯、停车管理和垃圾分类等话题踊跃发言，街道相关科室负责人现场作了回应，并留下了联系方式以便跟进，会后街道逐项梳理汇总意见。",
	}, bodies(d))
}

// A headline set across the columns, wider than the page's column lines,
// whose closing quote OCR lost, stands apart from the column text below
// it.
func TestWideHeadlineWithLostQuoteStandsApart(t *testing.T) {
	src := "成立项目攻坚小组 助居民早日实现“美好生活\n" +
		"\n" +
		"街道近日召开社区代表会议，听取\n" +
		"居民对老旧小区改造的意见和建议\n" +
		"四十余名居民代表参加了这次会议\n" +
		"会上，居民代表围绕加装电梯、停\n" +
		"车管理和垃圾分类等话题踊跃发言\n" +
		"街道相关科室负责人现场作了回应\n" +
		"并明确了办理的时限和要求。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	require.NotEmpty(t, d.Blocks)
	assert.Equal(t, "成立项目攻坚小组 助居民早日实现“美好生活", d.Blocks[0].Text)
	assert.Len(t, d.Blocks[0].Lines, 1)
}

// A row whose gutter OCR read as nothing (no space, no mark) is cut where
// the first column's width ends.
func TestRowRunTogetherSplitAtColumnWidth(t *testing.T) {
	src := "街道近日召开社区代表会议，听   居民代表围绕加装电梯、停车管\n" +
		"取居民对老旧小区改造的意见和   理和垃圾分类等话题踊跃发言，\n" +
		"建议，四十余名居民代表参加了   街道相关科室负责人现场作了回\n" +
		"会议，会议由街道党工委副书记应，并留下了联系方式以便后续\n" +
		"主持，会后街道将逐项梳理居民   跟进，居民对此表示满意，纷纷\n" +
		"意见，形成清单并抓好落实，按   为街道的工作作风点赞，希望今\n" +
		"期向居民答复办理结果。         后多开这样的会。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	assert.Equal(t, []string{
		"街道近日召开社区代表会议，听取居民对老旧小区改造的意见和建议，四十余名居民代表参加了会议，会议由街道党工委副书记主持，会后街道将逐项梳理居民意见，形成清单并抓好落实，按期向居民答复办理结果。",
		"居民代表围绕加装电梯、停车管理和垃圾分类等话题踊跃发言，街道相关科室负责人现场作了回应，并留下了联系方式以便后续跟进，居民对此表示满意，纷纷为街道的工作作风点赞，希望今后多开这样的会。",
	}, bodies(d))
}

// A line as wide as the page's column lines is column text: no unmarked
// caption, even when the line after it opens with a particle (的…).
func TestFullLineNoUnmarkedCaption(t *testing.T) {
	src := "要做好和区委、区政府重点工作目\n" +
		"标任务、年度考核指标的对标对表\n" +
		"，第一时间启动各项工作的落实，\n" +
		"年内完成不少于五十台老旧住宅加梯\n" +
		"的开工任务，新馆建设要确保施工\n" +
		"安全和质量，今年三季度实现竣工\n" +
		"使用。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	for _, b := range d.Blocks {
		assert.NotEqual(t, Caption, b.Kind, "%q", b.Text)
	}
	assert.Len(t, bodies(d), 1)
}

// A caption nearly as wide as the column, with no mark (OCR read the ▲
// before it as a character), set inside a sentence cut at a column's
// foot, is lifted out: a line short of the column's width without a
// sentence end cannot stand inside a running sentence.
func TestNearlyFullCaptionInsideSentenceLifted(t *testing.T) {
	src := "要做好和区委、区政府重点工作目\n" +
		"标任务、年度考核指标的对标对表\n" +
		"第一时间启动各项工作的落实，完\n" +
		"善标识标牌，年内完成二十八个居\n" +
		"\n" +
		"全小朋友们正为老人测量血压\n" +
		"民区的全覆盖，启动十二个小区的\n" +
		"旧住房综合改造及雨污混接改造项\n" +
		"目。\n"
	d, err := AnalyzeString(src)
	require.NoError(t, err)
	assert.Equal(t, []string{
		"要做好和区委、区政府重点工作目标任务、年度考核指标的对标对表第一时间启动各项工作的落实，完善标识标牌，年内完成二十八个居民区的全覆盖，启动十二个小区的旧住房综合改造及雨污混接改造项目。",
	}, bodies(d))
}

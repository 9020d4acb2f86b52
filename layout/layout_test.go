package layout

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func analyze(t *testing.T, s string, opts ...Option) *Document {
	t.Helper()
	d, err := AnalyzeString(s, opts...)
	require.NoError(t, err)
	checkInvariants(t, d)
	return d
}

func texts(d *Document, kind BlockKind) []string {
	var out []string
	for _, b := range d.Blocks {
		if b.Kind == kind {
			out = append(out, b.Text)
		}
	}
	return out
}

func TestLineRepairs(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"comma after a date", "1月9日,徐家汇街道召开会议。", "1月9日，徐家汇街道召开会议。"},
		{"colon and semicolon", "主题是:踔厉奋发;奋楫笃行。", "主题是：踔厉奋发；奋楫笃行。"},
		{"brackets around Chinese", "召开学习(扩大)会。", "召开学习（扩大）会。"},
		{"numbered item after a colon", "完成了四方面工程:(1)基础设施项目。", "完成了四方面工程：（1）基础设施项目。"},
		{"question and exclamation", "谁来管?大家说好!", "谁来管？大家说好！"},
		{"numbers keep ASCII commas", "共计3,500元。", "共计3,500元。"},
		{"time keeps its colon", "会议10:30开始。", "会议10:30开始。"},
		{"URL keeps its colon", "网址http://www.example.cn。", "网址http://www.example.cn。"},
		{"permit code keeps its brackets", "准印证号(B)0150", "准印证号(B)0150"},
		{"spaces around numbers", "日晖六村 111-113、125-131 号共有房屋 78 户", "日晖六村111-113、125-131号共有房屋78户"},
		{"space before percent", "完成 100% 签约", "完成100%签约"},
		{"spaces between Latin words stay", "SHANGHAI COMMUNITY NEWS", "SHANGHAI COMMUNITY NEWS"},
		{"space between Chinese and Latin stays", "徐汇通 APP", "徐汇通 APP"},
		{"headline parts keep their space", "校准方位 把握新使命", "校准方位 把握新使命"},
		{"space after a full stop removed", "不代表本站立场。 凡注明", "不代表本站立场。凡注明"},
		{"run of spaces collapsed", "记者  王明   张华", "记者 王明 张华"},
		{"stray and", "疫情防控 and 社区发展", "疫情防控和社区发展"},
		{"English and stays in English", "Research and Development", "Research and Development"},
		{"full-width digits narrowed", "第４５期２０２１年", "第45期2021年"},
		{"full-width letters narrowed", "ＡＢＣ小区", "ABC小区"},
		{"ideographic space inside a line", "优化产业布局　加快推动发展", "优化产业布局 加快推动发展"},
		{"control characters removed", "街道\x00召开\x07会议", "街道召开会议"},
		{"zero-width space removed", "街道\u200b召开", "街道召开"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := analyze(t, c.in)
			require.Len(t, d.Blocks, 1)
			assert.Equal(t, c.want, d.Blocks[0].Text)
		})
	}
}

func TestRepairsAreLogged(t *testing.T) {
	d := analyze(t, "疫情防控 and 社区发展,完成 100% 签约\x00")
	kinds := map[RepairKind]int{}
	for _, r := range d.Repairs {
		kinds[r.Kind]++
		assert.True(t, r.Span.Start >= 0 && r.Span.End <= len(d.Source) && r.Span.Start <= r.Span.End, "repair span %v", r.Span)
		assert.NotEmpty(t, r.Reason)
	}
	assert.Equal(t, 1, kinds[RepairStrayWord])
	assert.Equal(t, 1, kinds[RepairPunct])
	assert.Equal(t, 2, kinds[RepairSpace])
	assert.Equal(t, 1, kinds[RepairControl])
}

func TestIndentMarksParagraphs(t *testing.T) {
	src := "\u3000\u3000第一段没有句号\n\u3000\u3000第二段开始了，这是正文。\n\u3000\u3000第三段也是正文，继续写。\n\u3000\u3000第四段。"
	d := analyze(t, src)
	assert.True(t, d.Lines[0].Indent)
	assert.Len(t, d.Blocks, 4)
}

func TestDecoding(t *testing.T) {
	t.Run("UTF-8 BOM is dropped and logged", func(t *testing.T) {
		d := analyze(t, "\uFEFF本报讯 街道召开会议。")
		assert.Equal(t, UTF8, d.Encoding)
		assert.Equal(t, RepairBOM, d.Repairs[0].Kind)
		assert.Equal(t, "本报讯 街道召开会议。", d.Blocks[0].Text)
		assert.Equal(t, 3, d.Blocks[0].Spans[0].Start)
	})
	t.Run("CRLF and CR end lines", func(t *testing.T) {
		d := analyze(t, "第一行。\r\n\r\n第二行。\r第三行。")
		assert.Equal(t, []string{"第一行。", "第二行。", "第三行。"}, texts(d, Body))
	})
	t.Run("invalid UTF-8 names its offset", func(t *testing.T) {
		_, err := Analyze([]byte("街道\xff\xfe\xfd会议"))
		var ie *DecodeError
		require.ErrorAs(t, err, &ie)
		assert.Equal(t, 6, ie.Offset)
		assert.ErrorIs(t, err, ErrInvalidUTF8)
	})
	t.Run("GB18030 is detected", func(t *testing.T) {
		// 街道召开会议。 in GB18030
		gb := []byte{0xbd, 0xd6, 0xb5, 0xc0, 0xd5, 0xd9, 0xbf, 0xaa, 0xbb, 0xe1, 0xd2, 0xe9, 0xa1, 0xa3}
		d, err := Analyze(gb)
		require.NoError(t, err)
		assert.Equal(t, GB18030, d.Encoding)
		assert.True(t, d.Detected)
		assert.Equal(t, "街道召开会议。", d.Blocks[0].Text)
		assert.Equal(t, RepairDecode, d.Repairs[0].Kind)
	})
	t.Run("GB18030 when asked", func(t *testing.T) {
		d, err := Analyze([]byte("abc"), WithEncoding(GB18030))
		require.NoError(t, err)
		assert.Equal(t, GB18030, d.Encoding)
		assert.False(t, d.Detected)
	})
	t.Run("UTF-16 with BOM", func(t *testing.T) {
		le := []byte{0xFF, 0xFE, 0x57, 0x88, 0x53, 0x90} // 街道
		d, err := Analyze(le)
		require.NoError(t, err)
		assert.Equal(t, UTF16LE, d.Encoding)
		assert.Equal(t, "街道", d.Blocks[0].Text)
	})
	t.Run("size limit", func(t *testing.T) {
		_, err := Analyze([]byte("街道召开会议"), WithMaxSize(6))
		assert.ErrorIs(t, err, ErrTooLarge)
	})
	t.Run("empty input", func(t *testing.T) {
		d := analyze(t, "")
		assert.Empty(t, d.Blocks)
		assert.Empty(t, d.Lines)
	})
	t.Run("only white space", func(t *testing.T) {
		d := analyze(t, " \n\u3000\n\t\n")
		assert.Empty(t, d.Blocks)
	})
}

func TestFurniture(t *testing.T) {
	cases := []struct{ in, reason string }{
		{"扫描二维码", "qr-prompt"},
		{"长按识别二维码关注我们", "qr-prompt"},
		{"扫一扫在手机打开当前页", "qr-prompt"},
		{"首页 > 新闻中心 > 街镇动态", "navigation"},
		{"网站地图 | 联系我们 | 使用帮助", "navigation"},
		{"上一篇：民治街道举办社区邻里节", "navigation"},
		{"版权所有：某某区人民政府", "web-footer"},
		{"沪ICP备12345678号", "web-footer"},
		{"- 3 -", "page-furniture"},
		{"（下转第2版）", "page-furniture"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			d := analyze(t, "正文第一段写完了。\n\n"+c.in+"\n\n正文第二段也写完了。")
			require.Len(t, d.Blocks, 3, "%v", d.Blocks)
			assert.Equal(t, Furniture, d.Blocks[1].Kind)
			assert.Equal(t, c.reason, d.Blocks[1].Reason)
		})
	}
	t.Run("account name beside a QR prompt", func(t *testing.T) {
		d := analyze(t, "扫码关注\n“乐活社区”\n\n本报讯 正文。")
		assert.Equal(t, Furniture, d.Blocks[1].Kind)
	})
}

func TestBylines(t *testing.T) {
	cases := []struct {
		in   string
		want []Credit
	}{
		{"□记者 强亚娟 张洁", []Credit{{Role: Reporter, Name: "强亚娟"}, {Role: Reporter, Name: "张洁"}}},
		{"□ 记者 刘坤 朱亮 陈文卿", []Credit{{Role: Reporter, Name: "刘坤"}, {Role: Reporter, Name: "朱亮"}, {Role: Reporter, Name: "陈文卿"}}},
		{"记者 殷志军 通讯员 冯联清", []Credit{{Role: Reporter, Name: "殷志军"}, {Role: Correspondent, Name: "冯联清"}}},
		{"记者殷志军通讯员冯联清", []Credit{{Role: Reporter, Name: "殷志军"}, {Role: Correspondent, Name: "冯联清"}}},
		{"（记者 王明 实习生 李华）", []Credit{{Role: Reporter, Name: "王明"}, {Role: Intern, Name: "李华"}}},
		{"文/唐思琪 图/潘志远", []Credit{{Role: Reporter, Name: "唐思琪"}, {Role: Photographer, Name: "潘志远"}}},
		{"通讯员 楼可馨 本报记者 章一帆", []Credit{{Role: Correspondent, Name: "楼可馨"}, {Role: Reporter, Name: "章一帆"}}},
		{"□记者", nil},
	}
	for _, c := range cases {
		got, ok := ParseByline(c.in)
		assert.True(t, ok, c.in)
		assert.Equal(t, c.want, got, c.in)
	}
	for _, no := range []string{"记者手记", "记者节到来之际，全区新闻工作者座谈", "通讯员队伍建设", "记者近日从有关部门获悉", "本报讯"} {
		_, ok := ParseByline(no)
		assert.False(t, ok, no)
	}
}

func TestNarrowColumn(t *testing.T) {
	src := "上一篇结束了。\n\n社区\n「微更新」\n点亮家\n园\n花木街道\n老旧小区焕\n然一新\n□记者\n王明\n\n本报讯 正文开始。"
	d := analyze(t, src)
	assert.Equal(t, []string{"社区「微更新」点亮家园", "花木街道老旧小区焕然一新"}, texts(d, Heading))
	assert.Equal(t, []string{"□记者 王明"}, texts(d, Byline))
	for _, b := range d.Blocks[1:4] {
		assert.True(t, b.Narrow)
	}
}

func TestCaptions(t *testing.T) {
	t.Run("caption inside a cut sentence", func(t *testing.T) {
		d := analyze(t, "参加会议的有派出所、卫生中心、日华公司负\n\n/ 417街区围墙修缮\n\n责人，党群中心负责人参加了会议。")
		assert.Equal(t, []string{"参加会议的有派出所、卫生中心、日华公司负责人，党群中心负责人参加了会议。"}, texts(d, Body))
		assert.Equal(t, []string{"/ 417街区围墙修缮"}, texts(d, Caption))
	})
	t.Run("credited caption between paragraphs", func(t *testing.T) {
		d := analyze(t, "正文写完了。\n\n▲居民在新建的健身步道上锻炼 本报记者 王明 摄\n\n下一段正文。")
		assert.Equal(t, []string{"▲居民在新建的健身步道上锻炼 本报记者 王明 摄"}, texts(d, Caption))
	})
}

func TestSourceSpans(t *testing.T) {
	src := "据了解，2022年，凌云路街道在区\n\n委、区政府的坚强领导下,完成任务。"
	d := analyze(t, src)
	require.Len(t, d.Blocks, 1)
	b := &d.Blocks[0]
	i := strings.Index(b.Text, "区委")
	sp := b.SourceSpans(i, i+len("区委"))
	require.Len(t, sp, 2) // 区 and 委 stand on two lines
	assert.Equal(t, "区", src[sp[0].Start:sp[0].End])
	assert.Equal(t, "委", src[sp[1].Start:sp[1].End])
	j := strings.Index(b.Text, "，完成")
	sp = b.SourceSpans(j, j+len("，"))
	assert.Equal(t, ",", src[sp[0].Start:sp[0].End]) // a replaced character maps to what it replaced
}

// checkInvariants checks what every Document must satisfy: spans inside
// the source and ordered, blocks and gaps covering the source exactly
// once, gaps holding only what may be dropped, valid UTF-8 text, and
// SourceSpans of every block covering its spans.
func checkInvariants(t testing.TB, d *Document) {
	t.Helper()
	n := len(d.Source)
	type iv struct{ s, e int }
	var all []iv
	for bi, b := range d.Blocks {
		require.True(t, utf8.ValidString(b.Text), "block %d text not UTF-8", bi)
		require.NotEmpty(t, b.Spans, "block %d has no spans", bi)
		prev := -1
		for _, s := range b.Spans {
			require.True(t, 0 <= s.Start && s.Start < s.End && s.End <= n, "block %d span %v outside source of %d", bi, s, n)
			require.True(t, s.Start >= prev, "block %d spans out of order", bi)
			prev = s.End
			all = append(all, iv{s.Start, s.End})
		}
		for _, s := range b.SourceSpans(0, len(b.Text)) {
			require.True(t, 0 <= s.Start && s.End <= n && s.Start <= s.End, "block %d source span %v", bi, s)
		}
	}
	markup := make([]bool, n)
	for _, r := range d.Repairs {
		// markup, and the gutter marks a column split dropped, each
		// logged with what it dropped (the split's record of the region
		// it read apart drops nothing)
		if r.Kind == RepairHTML || r.Kind == RepairColumns && r.Before != "" {
			for i := r.Span.Start; i < r.Span.End; i++ {
				markup[i] = true
			}
		}
	}
	for _, g := range d.Gaps() {
		all = append(all, iv{g.Start, g.End})
		if d.Encoding == UTF8 {
			for i, r := range string(d.Source[g.Start:g.End]) {
				require.True(t, r == '\n' || r == '\r' || isSpaceOrDropped(r) || markup[g.Start+i], "gap %v holds %q", g, r)
			}
			continue
		}
		// spans index the input: decode the gap's bytes to read them
		text, _, err := Decode(d.Source[g.Start:g.End], d.Encoding)
		require.NoError(t, err, "gap %v of %s input", g, d.Encoding)
		for _, r := range string(text) {
			require.True(t, r == '\n' || r == '\r' || isSpaceOrDropped(r) || markup[g.Start], "gap %v holds %q", g, r)
		}
	}
	covered := make([]int8, n)
	for _, x := range all {
		for i := x.s; i < x.e; i++ {
			covered[i]++
		}
	}
	for i, c := range covered {
		require.Equal(t, int8(1), c, "byte %d covered %d times", i, c)
	}
	for _, r := range d.Repairs {
		require.True(t, 0 <= r.Span.Start && r.Span.Start <= r.Span.End && r.Span.End <= n, "repair span %v", r.Span)
	}
}

func isSpaceOrDropped(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000' || r == '\uFEFF' || r < 0x20 || r == 0x7F || r == 0xA0 ||
		(r >= 0x80 && r < 0xA0) || r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0x2028 || r == 0x2029 ||
		r == 0x2002 || r == 0x2003 || r == 0x2009 || r == 0x202F || r == 0xFFFE
}

package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews/layout"
	"github.com/civicnews/civicnews/parse"
)

func mustParse(t *testing.T, s string) *parse.Document {
	t.Helper()
	d, err := parse.Parse([]byte(s))
	require.NoError(t, err)
	return d
}

func TestNoMasthead(t *testing.T) {
	d := mustParse(t, "花木街道开出“夜间门诊”\n\n□记者 王明\n\n本报讯 4月起,花木街道在4个邻里汇试行夜间服务。\n\n居民反映良好。")
	assert.Nil(t, d.Masthead)
	require.Len(t, d.Articles, 1)
	a := d.Articles[0]
	assert.Equal(t, "花木街道开出“夜间门诊”", a.Title)
	assert.Equal(t, []string{"王明"}, a.Reporters)
	assert.Equal(t, "本报讯", a.Dateline)
	assert.Equal(t, "4月起，花木街道在4个邻里汇试行夜间服务。", a.Paragraphs[0].Text)
	assert.Empty(t, a.Date, "no year known")
	assert.Equal(t, parse.Newspaper, d.Kind)
}

func TestMasthead(t *testing.T) {
	d := mustParse(t, "第４５期\n\n２０２１年３月１０日 星期三\n\n邻里周报\n\n曹家渡\n\nLINLI WEEKLY\n\n邻 · 里 · 守 · 望\n\n"+
		"本期４版   下期出版：３月２４日\n\n曹家渡街道党工委、曹家渡街道办事处主办\n\n准印证号：（沪）０２１７\n\n"+
		"街道表彰十佳志愿者\n\n３月５日上午，曹家渡街道举行主题活动，为１０名志愿者颁发证书。")
	m := d.Masthead
	require.NotNil(t, m)
	assert.Equal(t, "邻里周报", m.Paper)
	assert.Equal(t, "LINLI WEEKLY", m.PaperEN)
	assert.Equal(t, "曹家渡", m.Edition)
	assert.Equal(t, 45, m.Issue)
	assert.Equal(t, 4, m.Pages)
	assert.Equal(t, "2021-03-10", m.Date)
	assert.Equal(t, "星期三", m.Weekday)
	assert.Equal(t, "2021-03-24", m.NextIssueDate)
	assert.Equal(t, "（沪）0217", m.Permit)
	assert.Equal(t, "曹家渡街道党工委、曹家渡街道办事处", m.Publisher)
	assert.Equal(t, "邻里守望", m.Slogan)
	require.Len(t, d.Articles, 1)
	assert.Equal(t, "2021-03-05", d.Articles[0].Date, "year from the masthead")
}

func TestMastheadLine(t *testing.T) {
	d := mustParse(t, "城西报\n\n准印证号(B)0150 / 第30期(总第1684期) / 2022年12月26日 星期一\n\n下期出版:1月2日\n\n标题\n\n本报讯 正文。")
	m := d.Masthead
	require.NotNil(t, m)
	assert.Equal(t, "(B)0150", m.Permit)
	assert.Equal(t, 30, m.Issue)
	assert.Equal(t, 1684, m.TotalIssue)
	assert.Equal(t, "2023-01-02", m.NextIssueDate, "the next issue falls in the next year")
}

func TestReport(t *testing.T) {
	d := mustParse(t, "导航菜单\n\n杭州市西湖区人民政府工作报告（2023年1月10日）\n\n"+
		"  一、2022年工作回顾\n\n  过去一年，我们坚持稳中求进。\n\n  （一）聚力创新驱动，壮大现代产业体系\n\n  数字经济核心产业增加值增长8%。\n\n"+
		"版权所有：杭州市西湖区人民政府\n")
	assert.Equal(t, parse.Web, d.Kind)
	require.Len(t, d.Articles, 1)
	a := d.Articles[0]
	assert.Equal(t, "2023-01-10", a.Date)
	var heads []string
	for _, p := range a.Paragraphs {
		if p.Heading {
			heads = append(heads, p.Text)
		}
	}
	// The model labels this short page's title "other" (it is rescued as
	// the title afterwards), so the first section line, read before there
	// is an article, is taken for body: a known miss, kept visible here.
	assert.Contains(t, heads, "（一）聚力创新驱动，壮大现代产业体系")
	assert.Equal(t, "一、2022年工作回顾", a.Paragraphs[0].Text, "the first section line opens the body")
	require.Len(t, d.Boilerplate, 2)
	assert.Equal(t, "web-footer", d.Boilerplate[1].Reason)
}

func TestWebPage(t *testing.T) {
	d := mustParse(t, "某区人民政府门户网站\n首页\n政务公开\n互动交流\n\n首页 > 新闻中心 > 街镇动态\n\n"+
		"观湖街道上线“民生诉求一键通”\n\n来源：观湖街道办事处  发布时间：2023-05-06 10:32\n\n5月6日上午，平台正式上线。\n\n"+
		"上一篇：民治街道举办邻里节\n下一篇：大浪街道开展宣传活动\n\n粤ICP备19012345号\n")
	require.Len(t, d.Articles, 1)
	a := d.Articles[0]
	assert.Equal(t, "观湖街道上线“民生诉求一键通”", a.Title)
	assert.Equal(t, "观湖街道办事处", a.Source)
	assert.Equal(t, "2023-05-06", a.Date)
	assert.Len(t, a.Paragraphs, 1)
	assert.Len(t, d.Boilerplate, 9, "each line of furniture on its own")
}

func TestSingleArticleNoHeadline(t *testing.T) {
	d := mustParse(t, "近日，江宁路街道共享厨房正式启用。\n\n居民可以预约使用。（通讯员 卢思敏）")
	require.Len(t, d.Articles, 1)
	a := d.Articles[0]
	assert.Empty(t, a.Title)
	assert.Equal(t, []string{"卢思敏"}, a.Correspondents)
	assert.Equal(t, "居民可以预约使用。", a.Paragraphs[1].Text)
}

func TestBylinesAtTheEnd(t *testing.T) {
	d := mustParse(t, "塘桥街道加装电梯提速\n\n今年以来，塘桥街道已完成加梯20台。\n\n（记者 汪子涵 通讯员 陆一鸣）\n\n"+
		"潍坊新村街道为老人装上门磁\n\n独居老人家中安装了智能门磁。\n\n文/唐思琪 图/潘志远")
	require.Len(t, d.Articles, 2)
	assert.Equal(t, []string{"汪子涵"}, d.Articles[0].Reporters)
	assert.Equal(t, []string{"陆一鸣"}, d.Articles[0].Correspondents)
	assert.Equal(t, []string{"唐思琪"}, d.Articles[1].Reporters)
	assert.Equal(t, []string{"潘志远"}, d.Articles[1].Photographers)
}

func TestHeadlineParts(t *testing.T) {
	d := mustParse(t, "聚焦“一老一小”\n\n湖北路街道特殊群体喜获礼包\n\n记者 殷志军 通讯员 冯联清\n\n正文写在这里。\n\n"+
		"深入领会会议精神 扎实推进各项工作 区召开中心组学习会\n\n本报7月18日讯 会议召开。\n\n延伸阅读\n\n相关背景写在这里。\n\n（来源：区生态环境局）")
	require.Len(t, d.Articles, 2)
	a := d.Articles[0]
	// a short line opening the page is as likely furniture as a kicker:
	// the line model decides, and the line is kept either way
	if a.Kicker != "聚焦“一老一小”" {
		require.NotEmpty(t, d.Boilerplate)
		assert.Equal(t, "聚焦“一老一小”", d.Boilerplate[0].Text)
	}
	assert.Equal(t, "湖北路街道特殊群体喜获礼包", a.Title)
	assert.Equal(t, []string{"冯联清"}, a.Correspondents)
	b := d.Articles[1]
	assert.Equal(t, "深入领会会议精神 扎实推进各项工作", b.Kicker)
	assert.Equal(t, "区召开中心组学习会", b.Title)
	assert.Equal(t, "本报7月18日讯", b.Dateline)
	assert.Equal(t, "7月18日", b.DateText)
	assert.True(t, b.Paragraphs[1].Heading, "延伸阅读 is a sidebar label")
	assert.Equal(t, "区生态环境局", b.Source)
}

// TestCoverage checks that masthead, articles, boilerplate and the
// dropped bytes cover the input exactly once.
func TestCoverage(t *testing.T) {
	src := "社区晨报\n\n2020年8月12日\n\n本期 8 版 第 42 期\n\n扫描二维码\n关注“社区发布”\n\n标题在这里\n\n□记者 王明\n\n本报讯 正文,\n\n/ 图片说明\n\n继续正文。\n"
	d := mustParse(t, src)
	covered := make([]int, len(src))
	mark := func(spans ...[2]int) {
		for _, s := range spans {
			for i := s[0]; i < s[1]; i++ {
				covered[i]++
			}
		}
	}
	for _, s := range d.Masthead.Spans {
		mark([2]int{s.Start, s.End})
	}
	for _, a := range d.Articles {
		for _, s := range a.Spans {
			mark([2]int{s.Start, s.End})
		}
	}
	for _, b := range d.Boilerplate {
		for _, s := range b.Spans {
			mark([2]int{s.Start, s.End})
		}
	}
	for _, g := range d.Layout.Gaps() {
		mark([2]int{g.Start, g.End})
	}
	for i, c := range covered {
		assert.Equal(t, 1, c, "byte %d (%q) covered %d times", i, src[i], c)
	}
}

// TestEPaperPage: a digital edition's furniture (edition, overview, reader
// controls, the date banner) is boilerplate, and the page has one article.
func TestEPaperPage(t *testing.T) {
	d := mustParse(t, "第03版：社区新闻\n\n版面概览\n\n上一版 下一版\n\n2023年09月05日 星期二\n\n放大 缩小 默认\n\n"+
		"老旧楼道装上了“感应灯”\n\n本报记者 周文涛 通讯员 林晓\n\n"+
		"本报讯 入夜，东升里小区的楼道不再漆黑一片。日前，东升里居委会为小区18个楼道全部换装了感应照明灯，居民上下楼再也不用摸黑。\n\n"+
		"“以前晚上回家要打着手机电筒，现在一进楼道灯就亮了。”家住5号楼的刘阿姨说。此次改造资金来自小区公共收益，方案经业主大会表决通过。\n")
	require.Len(t, d.Articles, 1)
	a := d.Articles[0]
	assert.Equal(t, "老旧楼道装上了“感应灯”", a.Title)
	assert.Equal(t, []string{"周文涛"}, a.Reporters)
	assert.Equal(t, []string{"林晓"}, a.Correspondents)
	assert.Equal(t, "本报讯", a.Dateline)
	var bp []string
	for _, b := range d.Boilerplate {
		bp = append(bp, b.Text)
	}
	assert.Contains(t, bp, "版面概览")
	assert.Contains(t, bp, "放大 缩小 默认")
}

// TestRepeatedHeadline: a headline printed twice before the body is one
// headline.
func TestRepeatedHeadline(t *testing.T) {
	d := mustParse(t, "首页 > 新闻 > 街镇动态\n\n城东镇三个村完成人居环境整治\n\n城东镇三个村完成人居环境整治\n\n"+
		"来源：城东镇融媒体中心 发布时间：2023-11-02\n\n"+
		"近日，城东镇河口村、柳林村、新桥村相继完成农村人居环境整治提升工程，累计清理河塘12处，新建公共厕所5座，村容村貌明显改观。\n")
	require.Len(t, d.Articles, 1)
	assert.Equal(t, "城东镇三个村完成人居环境整治", d.Articles[0].Title)
	assert.Len(t, d.Articles[0].Paragraphs, 1)
}

// TestAuthorTail: names in brackets closing the body are the reporters,
// not body text.
func TestAuthorTail(t *testing.T) {
	d := mustParse(t, "河西社区开办“四点半课堂”\n\n"+
		"今年秋季开学起，河西社区联合辖区中学开办“四点半课堂”，由退休教师和大学生志愿者轮流值守，为30余名小学生提供作业辅导。（王海燕 陈立）\n")
	require.Len(t, d.Articles, 1)
	a := d.Articles[0]
	assert.Equal(t, []string{"王海燕", "陈立"}, a.Reporters)
	require.Len(t, a.Paragraphs, 1)
	assert.True(t, strings.HasSuffix(a.Paragraphs[0].Text, "作业辅导。"), a.Paragraphs[0].Text)
}

func TestDisclaimerAfterBody(t *testing.T) {
	body := "花木街道开出“夜间门诊”\n\n□记者 王明\n\n本报讯 4月起,花木街道在4个邻里汇试行夜间服务,居民可在下班后办理事务。\n\n居民反映良好,街道将在年底前推广到全部邻里汇。\n\n"
	for _, tail := range []string{
		"免责声明：本站转载的文章仅供参考，不代表本站观点，如有侵权请联系我们删除。",
		"本站版权声明：\n\n凡注明来源为本站的稿件，版权均属本站所有，未经许可不得转载。\n\n已获授权的媒体使用时须注明来源，违者将依法追究责任。",
	} {
		d := mustParse(t, body+tail)
		require.Len(t, d.Articles, 1, tail)
		a := d.Articles[0]
		last := a.Paragraphs[len(a.Paragraphs)-1].Text
		assert.True(t, strings.HasPrefix(last, "居民反映良好"), "body ends %q", last)
	}
	// a statement the article reports is body
	d := mustParse(t, body+"会上宣读了倡议书，与会代表一致表示将遵守倡议，共同维护社区环境。")
	a := d.Articles[0]
	assert.True(t, strings.HasPrefix(a.Paragraphs[len(a.Paragraphs)-1].Text, "会上宣读了倡议书"))
}

func TestBodyTail(t *testing.T) {
	body := "花木街道开出“夜间门诊”\n\n□记者 王明\n\n本报讯 4月起,花木街道在4个邻里汇试行夜间服务,居民可在下班后办理事务。\n\n居民反映良好,街道将在年底前推广到全部邻里汇。\n\n"
	for _, tail := range []string{
		"（花木街道办事处供稿）",
		"标签：",
		"2024-01-01,301| 2024-01-02,305| 2024-01-03,309| 2024-01-04,312",
	} {
		d := mustParse(t, body+tail)
		require.Len(t, d.Articles, 1, tail)
		a := d.Articles[0]
		last := a.Paragraphs[len(a.Paragraphs)-1].Text
		assert.True(t, strings.HasPrefix(last, "居民反映良好"), "%q: body ends %q", tail, last)
	}
}

func TestReportDashSubtitle(t *testing.T) {
	d := mustParse(t, "某某镇人民政府工作报告\n\n——2024年1月5日在某某镇第三届人民代表大会\n\n第二次会议上\n\n镇长 王明\n\n各位代表：\n\n现在，我代表镇人民政府，向大会报告工作，请予审议。\n\n一年来，全镇经济运行总体平稳，民生事业稳步推进。")
	require.NotEmpty(t, d.Articles)
	a := d.Articles[0]
	assert.Equal(t, "某某镇人民政府工作报告", a.Title)
	assert.Equal(t, "——2024年1月5日在某某镇第三届人民代表大会第二次会议上", a.Subtitle)
}

func TestDatelineAfterSignedStory(t *testing.T) {
	// a story signed off by a bracketed byline, then a headless story
	// opening with a dateline (its headline lost): two articles
	d := mustParse(t, "街道召开居民议事会\n\n本报讯 近日，某街道召开居民议事会，讨论加装电梯事宜。\n\n居民代表踊跃发言。\n\n（记者 王明）\n\n"+
		"本报讯 3月5日上午，某社区举行志愿服务活动，居民纷纷参与。\n\n活动持续两小时。")
	require.Len(t, d.Articles, 2)
	assert.Equal(t, []string{"王明"}, d.Articles[0].Reporters)
	assert.Equal(t, "本报讯", d.Articles[1].Dateline)
	assert.Empty(t, d.Articles[1].Reporters)
	// an unbracketed byline between the two belongs to the story below
	d = mustParse(t, "街道召开居民议事会\n\n本报讯 近日，某街道召开居民议事会，讨论加装电梯事宜。\n\n居民代表踊跃发言。\n\n记者 李强\n\n"+
		"本报讯 3月5日上午，某社区举行志愿服务活动，居民纷纷参与。\n\n活动持续两小时。")
	require.Len(t, d.Articles, 2)
	assert.Empty(t, d.Articles[0].Reporters)
	assert.Equal(t, []string{"李强"}, d.Articles[1].Reporters)
	// a story with a dateline of its own runs on into a second dateline
	// paragraph, no byline between (the next headline lost): two stories;
	// a dateline cut off at the end opens none
	d = mustParse(t, "街道召开居民议事会\n\n本报讯 近日，某街道召开居民议事会，讨论加装电梯事宜。\n\n居民代表踊跃发言。\n\n"+
		"本报讯 3月5日上午，某社区举行志愿服务活动，居民纷纷参与。\n\n活动持续两小时。\n\n本报讯（记者 李")
	require.Len(t, d.Articles, 2)
	assert.Len(t, d.Articles[0].Paragraphs, 2)
	assert.Equal(t, "本报讯", d.Articles[1].Dateline)
}

func TestRunningHeadNoHeadline(t *testing.T) {
	// a headless story under a printed page's running head: the running
	// head is not taken for its headline
	d := mustParse(t, "第07版 2022年10月19日 星期三\n\n本报讯 区信访工作联席会议7月20日下午召开。区委\n书记在会上强调，要深入学习贯彻有关会议精神和\n要求，全力做好信访和安全稳定工作。\n\n会上，街道、区绿化市容局作交流发言。")
	require.Len(t, d.Articles, 1)
	a := d.Articles[0]
	assert.NotContains(t, a.Title, "第07版")
	assert.Equal(t, "本报讯", a.Dateline)
}

func TestDashSubtitleNotTitle(t *testing.T) {
	// a dash subtitle the model takes for the headline while it sets the
	// headline above it aside: the headline is the title, the dash line
	// its subtitle
	d := mustParse(t, "社区晨报\n\n第3版 民生 2023年11月14日 星期一\n\n全力以赴推动全年各项目标任务圆满完成\n——共建共治共享美好家园\n"+
		"口记者 林伟 通讯员 李华\n\n本报讯7月21日下午，\n老西门街道召开2020年半年\n度工作会议，街道党政领导，\n各部门负责人参加会议。\n")
	require.Len(t, d.Articles, 1)
	a := d.Articles[0]
	assert.Equal(t, "全力以赴推动全年各项目标任务圆满完成", a.Title)
	assert.Equal(t, "——共建共治共享美好家园", a.Subtitle)
	assert.Equal(t, []string{"林伟"}, a.Reporters)
}

func TestDatelineUnderCutHeadline(t *testing.T) {
	// a story runs on into the next, whose headline OCR cut short to a
	// line ending in a comma: the line is the next story's headline
	d := mustParse(t, "街道召开居民议事会\n\n记者 王明\n\n近日，某街道召开居民议事会，讨论加装电梯事宜。\n\n居民代表踊跃发言。\n\n"+
		"市级环境教育基地又添新成员，\n\n本报讯 3月5日上午，某社区举行志愿服务活动，居民纷纷参与。\n\n活动持续两小时。")
	require.Len(t, d.Articles, 2)
	assert.Equal(t, "市级环境教育基地又添新成员，", d.Articles[1].Title)
	assert.Equal(t, "本报讯", d.Articles[1].Dateline)
	assert.Len(t, d.Articles[0].Paragraphs, 2)
	// right under the headline, the cut line is the headline's rest, and
	// the dateline and byline of the paragraph below are read
	d = mustParse(t, "东城街道报\n\n第02版 2020年11月27日 星期日\n\n为民办实事\n\n市级环境教育基地又添新成员，\n\n"+
		"本报讯（记者 周勇 林敏）为落实有关要求，市生态环境局开展评选。\n\n全市共39家单位被授予荣誉称号。")
	require.Len(t, d.Articles, 1)
	a := d.Articles[0]
	assert.Contains(t, a.Kicker+a.Title, "市级环境教育基地又添新成员")
	assert.Equal(t, "本报讯", a.Dateline)
	assert.Equal(t, []string{"周勇", "林敏"}, a.Reporters)
}

func TestColumnParagraphNotSection(t *testing.T) {
	// a paragraph of column lines joined whose first line the model takes
	// for a section heading is body (a sample rendered in three columns
	// and read by tesseract, psm 3)
	src := "2020年2月13日 星期四\n\n新城街道报。 邻里\n\n社区新风\n\n全力做好我区信访和安稳工作\n\n" +
		"徐汇区信访工作联席会议全\n体 (扩大) 会议暨安全稳定工作\n会议7月20日下午召开。区委书\n记曹立强在会上强调，要深入学\n" +
		"习贯彻习近平总书记关于加强和\n改进人民信访工作的重要指示精\n神和中央、市委有关会议精神，\n全力做好我区信访和安全稳定工\n作。\n\n" +
		"责任编辑: 王杰 美术编辑: 李佳涛\n\n一一推动各项工作落地见效\n\n区委常委、政法委书记习挺\n松主持会议。区领导吴捷通报近\n" +
		"期我区安全稳定形势，副校长王\n志华传达市信访工作联席会议全\n体 (扩大) 会议精神并总结部署\n我区信访工作，区人大常委会副\n\n" +
		"第7版: 邻里\n\n全志愿者在小区开展环境整治\n主任卢鉴出席。\n会上，斜土路街道、区绿化\n市容局、城投集团作交流发言。\n(记者 高晨 通讯员 赵晨)\n"
	d := mustParse(t, src)
	require.NotEmpty(t, d.Articles)
	found := false
	for _, p := range d.Articles[0].Paragraphs {
		if strings.Contains(p.Text, "会议暨安全稳定工作会议") {
			found = true
			assert.False(t, p.Heading, p.Text)
		}
	}
	assert.True(t, found)
}

func TestLateHeadlineEchoingLead(t *testing.T) {
	// OCR read the headline set across the columns in the middle of the
	// text (广长巢克丛到老西门街道调, the lead's 区委副书记、区长巢克俭到老西门街道
	// 调研): it opens no story (a sample rendered in three columns and read
	// by tesseract, psm 3)
	src := "云岭社区报 。 邻里\n\n本报讯〈记者 李洛敏 赵峰超)\n徐汇区信访工作联席会议全体 〈扩\n大) 会议暨安全稳定工作会议7月\n20日下午召开。区委书记曹立强\n" +
		"在会上强调，要深入学习贯彻习近\n平总书记关于加强和改进人民信访\n工作的重要指示精神和中央、市委\n有关会议精神，全力做好我区信访\n和安全稳定工作。\n\n" +
		"区委常委、政法委书记习挺松\n主持会议。区领导吴捷通报近期我\n\n会上，和斜十路街道、区绿化市\n容局、城投集团作交流发言。\n\n" +
		"社区居民学习急救知识 刘燕军 摄\n\n区安全稳定形势，副校长王志华传\n达市信访工作联席会议全体 〈扩大)\n会议精神并总结部署我区信访工作，\n区人大常委会副主任卢鉴出席。\n" +
		"\n佑H吉炸过这麻风沿消起斗瞩\n\n本报讯〈记者 赵杰勇 李晨刚\n通讯员 何明佳) 8月3日上午，区\n委副书记、区长巢克俭到老西门街\n" +
		"道调研。街道党工委书记庄卫勤、\n办事处主任周明等陪同调研。\n\n巢克俭一行到普育里小区，听\n取了街道关于美丽家园建设和精细\n化管理工作情况的介绍，对街道在\n" +
		"社区治理方面取得的成果表示肯定，\n要求街道再接再万，取得更好的成\n\n广委副书记、\n\n全社区居民为老人测量血压\n" +
		"绩。\n\n2019年以来，老西门街道按\n照区委、区政府工作部署，深入推\n进城区精细化管理工作，将牌楼小\n又、普育里小区等列入美丽家园建\n" +
		"设项目。\n\n广长巢克丛到老西门街道调\n\nLm\n\n" +
		"普育里，始建于1867年，是\n上海市不可移动文物保护单位，也\n是上海市首个福联文化展示基地之\n一。普育里小区共居住213户，户\n籍人口663人，实际居住450人。\n其中公房77户，售后公房136户。\n" +
		"\n小区的公共管理服务水平，将\n原有老破小的社区生活格局向精细\n化优质小区转变，实现了“老旧小\n区”硬件提升、环境美化的建设目\n"
	d := mustParse(t, src)
	require.Len(t, d.Articles, 2, "two stories, the second's headline lost")
	a := d.Articles[1]
	assert.Equal(t, []string{"赵杰勇", "李晨刚"}, a.Reporters)
	found := false
	for _, p := range a.Paragraphs {
		found = found || strings.HasPrefix(p.Text, "普育里，始建于1867年")
	}
	assert.True(t, found, "the text after the late headline stays in its story")
}

func TestTwoLineHeadlineOpenQuote(t *testing.T) {
	// a two-line headline whose second line OCR left with its closing
	// quote misread: both lines are the headline, and the body below
	// keeps its first paragraph (a sample rendered in two columns and
	// read by tesseract, psm 3)
	src := "南湖社区报\n\n第]版 综合”2019年5月1日 星期六\n\n深入领会市第十二次党代会精神\n扎实推进“建设新徐汇、再造新徐汇-\n\n" +
		"7月18日上午，徐汇区召开区委\n中心组学习 扩大) 会，围绕学习贯\n彻市第十二次党代表大会精神作专题\n学习。区委书记曹立强主持会议。会\n" +
		"上，市委讲师团专家宣讲团成员、上\n海社会科学院党委书记权衡围绕“全\n面准确把握和理解党代会精神的核心\n要义”“上海未来5年发展应关注的\n" +
		"十个重大问题”两方面作专题辅导报\n告。区委副书记、区长钟晓咏，区委\n副书记沈权作交流发言。\n\n" +
		"曹立强指出，市第十二次党代会\n是在我国踏上全面建设社会主义现代\n化国家新征程、上海加快建设具有世\n"
	d := mustParse(t, src)
	require.Len(t, d.Articles, 1)
	a := d.Articles[0]
	assert.Contains(t, a.Kicker+a.Title+a.Subtitle, "扎实推进")
	require.NotEmpty(t, a.Paragraphs)
	assert.True(t, strings.HasPrefix(a.Paragraphs[0].Text, "7月18日上午"), a.Paragraphs[0].Text)
}

func TestTwoLineHeadlineFirstLineSetAside(t *testing.T) {
	// the model sets the first line of a two-line headline aside and
	// takes the second for the headline: both are, and the running head
	// above is no kicker (a sample rendered in two columns and read by
	// tesseract, psm 3)
	d := mustParse(t, "南湖社区报\n\n第8版 社区 ”2022年5月14日 星期二\n\n把思路蓝图化作行动\n徐家汇街道将全力做好高质量发展\n\n"+
		"记者 张伟 吴超 通讯员 刘华宁\n\n本报讯 1月9日，徐家汇街\n道召开第七届社区代表会议第二次\n会议。徐汇区人大常委会副主任、\n")
	require.Len(t, d.Articles, 1)
	a := d.Articles[0]
	assert.Equal(t, "把思路蓝图化作行动 徐家汇街道将全力做好高质量发展", strings.TrimSpace(a.Kicker+" "+a.Title))
	assert.Equal(t, []string{"张伟", "吴超"}, a.Reporters)
}

func TestHeadlineEndingExclamationOverDash(t *testing.T) {
	// kicker, a headline ending with ！ and a dash subtitle, all three
	// labelled body by the line model (as on OCR'd pages), then the
	// dateline paragraph: the kicker opens the article, and the two
	// lines above the dateline are the rest of its headline
	ld, err := layout.AnalyzeString("第01版 2023年2月15日 星期三\n\n聚焦基层治理\n\n老村改造迎来提速！\n\n——推动各项工作落地见效\n\n" +
		"本报讯 2月6日上午，某镇召开老\n村改造动员大会，部署改造动迁相关\n工作。今年老村项目已通过市级改造\n项目认定，这意味着几个改造的难点\n有望迎来转机。\n\n" +
		"老村位于镇中心区域，也就是老街\n及周边地块。其中，老街部分核心区\n域已经历局部改造，居民十分关注改\n造的进展情况。\n")
	require.NoError(t, err)
	for i := range ld.Lines {
		if l := &ld.Lines[i]; !l.Blank && l.Label != layout.LabelFurniture {
			l.Label, l.HeadlineP = layout.LabelBody, 0.1
		}
	}
	d := parse.FromLayout(ld)
	require.Len(t, d.Articles, 1)
	a := d.Articles[0]
	assert.Equal(t, "聚焦基层治理老村改造迎来提速！", a.Kicker+a.Title)
	assert.Equal(t, "——推动各项工作落地见效", a.Subtitle)
	assert.Equal(t, "本报讯", a.Dateline)
	assert.Len(t, a.Paragraphs, 2)
}

func TestHeadlineRunIntoParagraph(t *testing.T) {
	title := "街道为老旧小区加装电梯送上暖心服务"
	d := mustParse(t, "首页 > 新闻中心\n\n"+title+"\n\n来源：某某街道  发布时间：2023-05-06 10:32\n\n"+
		title+"5月6日上午，街道召开加装电梯推进会，二十多位居民代表参加。\n\n会上，居民们提出了意见和建议。\n")
	require.Len(t, d.Articles, 1)
	a := d.Articles[0]
	assert.Equal(t, title, a.Title)
	require.NotEmpty(t, a.Paragraphs)
	assert.True(t, strings.HasPrefix(a.Paragraphs[0].Text, "5月6日上午"), a.Paragraphs[0].Text)
	found := false
	for _, b := range d.Boilerplate {
		found = found || b.Reason == "repeated-headline" && b.Text == title
	}
	assert.True(t, found, "the copy is boilerplate")
}

func TestLeadInAboveHeadline(t *testing.T) {
	d := mustParse(t, "为深入推进基层治理，本网推出系列报道，展示各街道社区的创新做法和经验。\n\n"+
		"街道“微更新”让老小区焕然一新\n\n本报记者 王明\n\n"+
		"5月6日上午，街道召开老小区微更新推进会，二十多位居民代表参加。\n\n会上，居民们提出了意见和建议。\n")
	require.Len(t, d.Articles, 1, "the lead-in is no story of its own")
	a := d.Articles[0]
	assert.Equal(t, "街道“微更新”让老小区焕然一新", a.Title)
	require.NotEmpty(t, a.Front)
	assert.True(t, strings.HasPrefix(a.Front[0].Text, "为深入推进"), a.Front[0].Text)
}

// A page whose one paragraph, opening with a dateline, keeps a table
// cell's rule after it: the paragraph is the article, whatever the line
// model reads.
func TestDatelineParagraphInTableCell(t *testing.T) {
	d := mustParse(t, "第3版：社区新闻 | 上一版 下一版 |\n||||||||\n"+
		"本报讯（记者 王明 通讯员 李华）为方便居民办事，某某街道近日在各居民区推出一站式服务窗口，居民反映良好。 |\n"+
		"上一篇 下一篇 |\n版权声明 某某网 版权所有 |")
	require.Len(t, d.Articles, 1)
	a := d.Articles[0]
	assert.Equal(t, "本报讯", a.Dateline)
	assert.Equal(t, []string{"王明"}, a.Reporters)
	require.NotEmpty(t, a.Paragraphs)
	assert.True(t, strings.HasPrefix(a.Paragraphs[0].Text, "为方便居民办事"), a.Paragraphs[0].Text)
}

// A line shaped like the article's section headings, set between two
// paragraphs, is one of them.
func TestSectionLikeSiblings(t *testing.T) {
	d := mustParse(t, "某某街道召开年度工作会议\n\n本报讯 1月5日，某某街道召开年度工作会议，总结去年工作，部署今年任务。\n\n"+
		"一、推动经济高质量发展\n\n街道聚焦重点产业，推动项目落地，全年新增企业一百余家。\n\n"+
		"二、提升民生服务水平\n\n街道完成老旧小区改造五处，加装电梯二十台，居民满意度持续提升。\n\n"+
		"深入推进基层治理现代化\n\n严格依法履行职责，健全公共\n\n法律服务体系；持续强化作风建设，努力创造更多实绩。")
	require.Len(t, d.Articles, 1)
	var heads []string
	for _, p := range d.Articles[0].Paragraphs {
		if p.Heading {
			heads = append(heads, p.Text)
		}
	}
	assert.Contains(t, heads, "深入推进基层治理现代化")
}

package detect

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFindDateline(t *testing.T) {
	type c = []Credit
	cases := []struct {
		in      string
		token   string
		credits c
		body    string // the text from Body on
	}{
		{"本报讯 近日，天河区石牌街道启用了社区食堂。", "本报讯", nil, "近日，天河区石牌街道启用了社区食堂。"},
		{"本报讯（记者 邱晓芳 通讯员 黎志强）随着气温回升，", "本报讯", c{{Reporter, "邱晓芳"}, {Correspondent, "黎志强"}}, "随着气温回升，"},
		{"本报4月8日讯(见习记者 苗家宁) “再也不用跑远路了。”", "本报4月8日讯", c{{Reporter, "苗家宁"}}, "“再也不用跑远路了。”"},
		{"本报十月九日讯 昨天上午，", "本报十月九日讯", nil, "昨天上午，"},
		{"本网讯(通讯员 闫春生 付佳)9月2日，龙泉驿区", "本网讯", c{{Correspondent, "闫春生"}, {Correspondent, "付佳"}}, "9月2日，龙泉驿区"},
		{"金陵晚报讯（记者 蒋卫东）昨天，", "金陵晚报讯", c{{Reporter, "蒋卫东"}}, "昨天，"},
		{"黔东南信息网讯 凯里市", "黔东南信息网讯", nil, "凯里市"},
		{"三明新闻网11月5日讯(记者 曾立斌 通讯员 廖明)11月4日，", "三明新闻网11月5日讯", c{{Reporter, "曾立斌"}, {Correspondent, "廖明"}}, "11月4日，"},
		{"新华社长沙6月3日电（记者 彭可）记者从湖南省", "新华社长沙6月3日电", c{{Reporter, "彭可"}}, "记者从湖南省"},
		{"新华社电 国家统计局", "新华社电", nil, "国家统计局"},
		{"据新华社兰州7月1日电 甘肃", "据新华社兰州7月1日电", nil, "甘肃"},
		{"中新网太原2月6日电（记者 杨佩佩）", "中新网太原2月6日电", c{{Reporter, "杨佩佩"}}, ""},
		{"北国网消息（记者 于波）：沈阳", "北国网消息", c{{Reporter, "于波"}}, "沈阳"},
		{"潮州日报综合讯 日前，", "潮州日报综合讯", nil, "日前，"},
		{"掌上青城客户端·呼和浩特新闻网2022年5月9日讯(记者 白静)", "掌上青城客户端·呼和浩特新闻网2022年5月9日讯", c{{Reporter, "白静"}}, ""},
		{"■本报讯 文/图 记者 卢晓", "本报讯", c{{Reporter, "卢晓"}}, ""},
		{"【本报讯】近日，", "本报讯", nil, "近日，"},
		// traditional characters and pinyin residue, token as written
		{"本報訊（記者 陳志明）屯門區", "本報訊", c{{Reporter, "陳志明"}}, "屯門區"},
		{"閩東網(wǎng)訊 寧德", "閩東網(wǎng)訊", nil, "寧德"},
		{"新華社南寧9月1日電", "新華社南寧9月1日電", nil, ""},
		// glued bylines, OCR-damaged brackets, spaced bylines
		{"本报讯《记者 秦岭 通讯员 马骁）近日", "本报讯", c{{Reporter, "秦岭"}, {Correspondent, "马骁"}}, "近日"},
		{"本报讯〈记者 陶然）近日", "本报讯", c{{Reporter, "陶然"}}, "近日"},
		{"本报讯(记者程艳 通讯员王成)随着", "本报讯", c{{Reporter, "程艳"}, {Correspondent, "王成"}}, "随着"},
		{"本报讯 记者 钟 敏 通讯员 韩冬梅 近日，", "本报讯", c{{Reporter, "钟敏"}, {Correspondent, "韩冬梅"}}, "近日，"},
		{"本报讯（记者 方圆 摄）", "本报讯", c{{Photographer, "方圆"}}, ""},
	}
	for _, k := range cases {
		d, ok := FindDateline(k.in)
		if !assert.True(t, ok, k.in) {
			continue
		}
		assert.Equal(t, k.token, d.Token, k.in)
		assert.Equal(t, k.token, k.in[d.Start:d.End], k.in)
		assert.Equal(t, k.credits, d.Credits, k.in)
		assert.Equal(t, k.body, k.in[d.Body:], k.in)
	}
	for _, no := range []string{
		"全市网格员收到消息后立即赶到现场。", "他在网讯中说", "本报记者近日从区民政局获悉", "新华网络电视台",
		"报讯", "本报", "电话：0571-88888888", "互联网讯息安全宣传周", "央视网电视节目", "", "(本报讯)",
		"第三届网络电影节开幕", "我们在晚报讯问了几位市民",
	} {
		d, ok := FindDateline(no)
		assert.False(t, ok, "%s → %q", no, d.Token)
	}
}

func TestByline(t *testing.T) {
	type c = []Credit
	cases := []struct {
		in   string
		want c
	}{
		{"□记者 龚丽华 孟凡", c{{Reporter, "龚丽华"}, {Reporter, "孟凡"}}},
		{"口记者 龚丽华 孟凡", c{{Reporter, "龚丽华"}, {Reporter, "孟凡"}}}, // □ read by OCR as 口
		{"口通讯员 钱塘", c{{Correspondent, "钱塘"}}},
		{"记者张伟吴超", c{{Reporter, "张伟"}, {Reporter, "吴超"}}}, // OCR dropped the space
		{"记者 龚丽吴超 通讯员 刘华宁", c{{Reporter, "龚丽"}, {Reporter, "吴超"}, {Correspondent, "刘华宁"}}},
		{"记者 欧阳春晓", c{{Reporter, "欧阳春晓"}}},
		{"记者 雷鸣 通讯员 钱塘", c{{Reporter, "雷鸣"}, {Correspondent, "钱塘"}}},
		{"记者庞志远通讯员吕晶", c{{Reporter, "庞志远"}, {Correspondent, "吕晶"}}},
		{"（记者 邵阳 实习生 柯蓝）", c{{Reporter, "邵阳"}, {Intern, "柯蓝"}}},
		{"文/黎晓 图/覃海", c{{Reporter, "黎晓"}, {Photographer, "覃海"}}},
		{"文／本报记者 耿直", c{{Reporter, "耿直"}}},
		{"本报首席记者 欧阳春晓", c{{Reporter, "欧阳春晓"}}},
		{"拉萨晚报记者 次仁·多吉", c{{Reporter, "次仁·多吉"}}},
		{"區融媒體中心記者：林志偉", c{{Reporter, "林志偉"}}},
		{"記者:黃嘉欣", c{{Reporter, "黃嘉欣"}}},
		{"记者 鲍 军", c{{Reporter, "鲍军"}}},
		{"记者 晏秋 摄", c{{Photographer, "晏秋"}}},
		{"韦小川 摄", c{{Photographer, "韦小川"}}},
		{"祁山/文 车辙/图", c{{Reporter, "祁山"}, {Photographer, "车辙"}}},
		{"记者 罗兰 报道", c{{Reporter, "罗兰"}}},
		{"摄影记者 宁静", c{{Photographer, "宁静"}}},
		{"编辑：葛亮", c{{Editor, "葛亮"}}},
		{"责编 卓越 审核 裴勇", c{{Editor, "卓越"}, {Reviewer, "裴勇"}}},
		{"记者 王鑫 卢强 通讯员 梅雪 文/图", c{{Reporter, "王鑫"}, {Reporter, "卢强"}, {Correspondent, "梅雪"}}},
		{"《记者 甘霖）", c{{Reporter, "甘霖"}}},
		{"□记者", nil},
	}
	for _, k := range cases {
		got, ok := Byline(k.in)
		assert.True(t, ok, k.in)
		assert.Equal(t, k.want, got, k.in)
	}
	for _, no := range []string{"记者手记", "记者节到来之际，各地新闻工作者座谈", "通讯员队伍建设", "口腔科记者 王明", "记者高新区建设", "记者近日从有关部门获悉",
		"本报讯", "审核通过", "摄影比赛", "编辑部", "记者采访了社区书记", "图片新闻", "文化墙", "", "（完）", "编辑",
		"摄影展开幕", "张三李四王五赵六钱七"} {
		got, ok := Byline(no)
		assert.False(t, ok, "%s → %v", no, got)
	}
}

func TestRoleAt(t *testing.T) {
	for in, want := range map[string]Role{"记者 王明": Reporter, "通讯员李华": Correspondent, "实习生 赵": Intern,
		"图/潘": Photographer, "编辑：": Editor, "审核 ": Reviewer, "某某晚报记者 王": Reporter} {
		r, n := RoleAt(in)
		assert.Equal(t, want, r, in)
		assert.Positive(t, n, in)
	}
	for _, no := range []string{"编辑部", "摄影展", "审核通过", "居民", ""} {
		_, n := RoleAt(no)
		assert.Zero(t, n, no)
	}
}

func TestTail(t *testing.T) {
	type c = []Credit
	cases := []struct {
		in   string
		want c
		at   string // the text from the tail's start
	}{
		{"项目预计年底完工。（记者 邝文 通讯员 谭志）", c{{Reporter, "邝文"}, {Correspondent, "谭志"}}, "（记者 邝文 通讯员 谭志）"},
		{"居民纷纷点赞。(杭建国 阮晴)", c{{Reporter, "杭建国"}, {Reporter, "阮晴"}}, "(杭建国 阮晴)"},
		{"活动持续到月底。（郝青）", c{{Reporter, "郝青"}}, "（郝青）"},
		{"活动持续到月底。 ·尚文·", c{{Reporter, "尚文"}}, "·尚文·"},
		{"·柴明 严冬·", c{{Reporter, "柴明"}, {Reporter, "严冬"}}, "·柴明 严冬·"},
		{"大家都说好。”（戚 雪）", c{{Reporter, "戚雪"}}, "（戚 雪）"},
		{"工程进入收尾阶段。《记者 田野）", c{{Reporter, "田野"}}, "《记者 田野）"},
		{"工程进入收尾阶段。（本报记者 詹妮 摄）", c{{Photographer, "詹妮"}}, "（本报记者 詹妮 摄）"},
		{"（记者 汤圆）  ", c{{Reporter, "汤圆"}}, "（记者 汤圆）  "},
	}
	for _, k := range cases {
		got, at := Tail(k.in)
		if !assert.GreaterOrEqual(t, at, 0, k.in) {
			continue
		}
		assert.Equal(t, k.want, got, k.in)
		assert.Equal(t, k.at, k.in[at:], k.in)
	}
	for _, no := range []string{"得到落实。（完）", "在浦东（张江）举行", "请关注（下转第2版）", "会议由区长主持（图片）",
		"全年完成目标。（未完待续）", "增长百分之五（同比）", "活动持续到月底。《长江日报》", "", "（二）", "见附件（附件1）",
		"他说（笑）", "工作。·", "工作。(全文完)", "（上）"} {
		got, at := Tail(no)
		assert.Equal(t, -1, at, "%s → %v", no, got)
	}
}

func TestMetaLine(t *testing.T) {
	cases := []struct {
		in    string
		kinds []FieldKind
		vals  []string
	}{
		{"来源：长宁区融媒体中心 发布时间：2023-05-06 浏览次数：35", []FieldKind{FieldSource, FieldTime, FieldCounter},
			[]string{"长宁区融媒体中心", "2023-05-06", "35"}},
		{"发布时间:2021-11-02 09:30来源:鼓楼区人民政府", []FieldKind{FieldTime, FieldSource}, []string{"2021-11-02 09:30", "鼓楼区人民政府"}},
		{"索引号：11410100/2022-00415", []FieldKind{FieldDisclosure}, []string{"11410100/2022-00415"}},
		{"责任编辑：贺兰", []FieldKind{FieldEditor}, []string{"贺兰"}},
		{"【字体：大 中 小】", []FieldKind{FieldDisplay}, []string{"大 中 小"}},
		{"發佈時間：2020-03-18 來源：區政府辦", []FieldKind{FieldTime, FieldSource}, []string{"2020-03-18", "區政府辦"}},
		{"作者：常青 | 编辑：戴安 | 审核：聂远", []FieldKind{FieldAuthor, FieldEditor, FieldReviewer}, []string{"常青", "戴安", "聂远"}},
		{"发文机关：昆明市人民政府 发文字号：昆政发〔2021〕5号", []FieldKind{FieldDisclosure, FieldDisclosure}, []string{"昆明市人民政府", "昆政发〔2021〕5号"}},
		{"发布日期 2019-07-01 阅读次数 1024", []FieldKind{FieldTime, FieldCounter}, []string{"2019-07-01", "1024"}},
	}
	for _, k := range cases {
		fs, ok := MetaLine(k.in)
		if !assert.True(t, ok, k.in) {
			continue
		}
		var kinds []FieldKind
		var vals []string
		for _, f := range fs {
			kinds = append(kinds, f.Kind)
			vals = append(vals, f.Value)
			assert.Equal(t, f.Label, k.in[f.Start:f.Start+len(f.Label)], k.in)
			assert.Contains(t, k.in[f.ValueStart:f.End], f.Value, k.in)
		}
		assert.Equal(t, k.kinds, kinds, k.in)
		assert.Equal(t, k.vals, vals, k.in)
	}
	for _, no := range []string{"时间：5月6日上午9时", "地址：幸福路88号", "时间：6月1日 电话：12345", "近日，来源：不明的消息称", "来源：据了解，该项目已开工。",
		"编辑部全体人员向读者致以问候", "", "作者"} {
		fs, ok := MetaLine(no)
		assert.False(t, ok, "%s → %v", no, fs)
	}
}

func TestSourceAuthor(t *testing.T) {
	for _, k := range [][3]string{{"宜昌日报 龙飞", "宜昌日报", "龙飞"}, {"嘉兴在线 沈洁", "嘉兴在线", "沈洁"},
		{"区卫健委", "区卫健委", ""}, {"中国 江西网", "中国 江西网", ""}, {"市政府 办公室", "市政府 办公室", ""}} {
		src, author := SourceAuthor(k[0])
		assert.Equal(t, k[1], src, k[0])
		assert.Equal(t, k[2], author, k[0])
	}
}

func TestSectionMark(t *testing.T) {
	for in, want := range map[string]string{"（一）坚持": "（一）", "(十二)": "(十二)", "（3）加强": "（3）", "一、总体要求": "一、",
		"二十一、": "二十一、", "1.完善": "1.", "12、推进": "12、", "3．加强": "3．", "第一章 总则": "第一章", "第3节": "第3节",
		"第二部分": "第二部分", "第十五条": "第十五条", "①居民": "①"} {
		assert.Equal(t, want, in[:SectionMark(in)], in)
	}
	for _, no := range []string{"1.5亿元", "2023.5", "3.", "一二三四、", "第一次会议", "（一", "（一二三四）", "第一", "居民", "", "100、"} {
		assert.Zero(t, SectionMark(no), no)
	}
}

func TestBrackets(t *testing.T) {
	for _, k := range []struct {
		in      string
		damaged bool
		inner   string
		n       int
	}{
		{"（记者 王明）正文", false, "记者 王明", len("（记者 王明）")},
		{"(记者 王明）正文", false, "记者 王明", len("(记者 王明）")},
		{"【来源】", false, "来源", len("【来源】")},
		{"《记者 王明）", true, "记者 王明", len("《记者 王明）")},
		{"《记者 王明）", false, "", 0},
		{"《人民日报》", true, "", 0},
		{"《人民日报》", false, "人民日报", len("《人民日报》")},
		{"（未闭合", false, "", 0},
		{"正文", false, "", 0},
	} {
		inner, n := Group(k.in, k.damaged)
		assert.Equal(t, k.inner, inner, k.in)
		assert.Equal(t, k.n, n, k.in)
	}
	for _, k := range []struct {
		in      string
		damaged bool
		at      int
	}{
		{"工作。（记者 王明）", false, len("工作。")},
		{"工作。（根据《条例》）", false, len("工作。")},
		{"工作。《记者 王明）", true, len("工作。")},
		{"工作。《记者 王明）", false, -1},
		{"工作。", false, -1},
		{"工作）", false, -1},
		{"", false, -1},
	} {
		at, _ := LastGroup(k.in, k.damaged)
		assert.Equal(t, k.at, at, k.in)
	}
	assert.Equal(t, '）', Closer('（'))
	assert.Equal(t, rune(0), Closer('a'))
}

func TestNameLike(t *testing.T) {
	for _, yes := range []string{"王伟", "欧阳春晓", "陳志明", "阿依古丽·买买提", "司马光"} {
		assert.True(t, NameLike(yes), yes)
	}
	for _, no := range []string{"完", "图片", "下转第", "未完待续", "·王", "王·", "宁波市", "abc", "", "全文完", "欧阳"} {
		assert.False(t, NameLike(no), no)
	}
}

func TestEditionMark(t *testing.T) {
	for in, want := range map[string]string{"第A01版：要闻": "第A01版", "第05版:社区": "第05版", "第三版": "第三版",
		"A05:区县新闻": "A05", "第B07：民生": "第B07", "03版 专题": "03版", "第0002版": "第0002版", "C3": "C3", "第12 版": "第12"} {
		assert.Equal(t, want, in[:EditionMark(in)], in)
	}
	for _, no := range []string{"2023年", "第三季度", "A股市场", "第5届", "12:30", "", "第", "Apple", "第三:"} {
		assert.Zero(t, EditionMark(no), no)
	}
}

func TestDamagedAndStacked(t *testing.T) {
	type c = []Credit
	// residue inside labels, names, media names and brackets
	d, ok := FindDateline("新華社西安5月2日電(記者蔣(jiǎng)敏、馬(mǎ)駿)陝西")
	assert.True(t, ok)
	assert.Equal(t, c{{Reporter, "蔣(jiǎng)敏"}, {Reporter, "馬(mǎ)駿"}}, d.Credits)
	d, ok = FindDateline("贛南網(wǎng)訊(贛州報業(yè)融媒體記者 熊偉 通訊員 鍾(zhōng)華)近日")
	assert.True(t, ok)
	assert.Equal(t, "贛南網(wǎng)訊", d.Token)
	assert.Equal(t, c{{Reporter, "熊偉"}, {Correspondent, "鍾(zhōng)華"}}, d.Credits)
	fs, ok := MetaLine("來(lái)源:東莞市人民政府 發(fā)布時間:2020-05-06")
	assert.True(t, ok)
	assert.Len(t, fs, 2)
	// unlabelled names in the dateline's bracket, then a labelled credit
	d, _ = FindDateline("本报讯(尤佳 摄影:冷峻)元旦前夕，")
	assert.Equal(t, c{{Reporter, "尤佳"}, {Photographer, "冷峻"}}, d.Credits)
	d, _ = FindDateline("中新网合肥9月3日电 (鲍蕾 武军)记者")
	assert.Equal(t, c{{Reporter, "鲍蕾"}, {Reporter, "武军"}}, d.Credits)
	// the post held after the work done
	cs, _ := Byline("文/本报记者 卫东 图/本报记者 严冬")
	assert.Equal(t, c{{Reporter, "卫东"}, {Photographer, "严冬"}}, cs)
	// a unit before the name, a qualified reviewer
	cs, _ = Byline("图文：柳林街道 米兰 单位审核：骆驼")
	assert.Equal(t, c{{Reporter, "米兰"}, {Reviewer, "骆驼"}}, cs)
	cs, _ = Byline("（晋江晚报记者 施然 摄影报道）")
	assert.Equal(t, c{{Reporter, "施然"}}, cs)
	// stacked tails: a credit, then an editor's bracket
	s := "隐患突出。 (西部商报记者 甘雨 摄影报道) (责任编辑:网络部)"
	cs, at := Tail(s)
	assert.Empty(t, cs)
	assert.Equal(t, "(责任编辑:网络部)", s[at:])
	cs, at = Tail(s[:at])
	assert.Equal(t, c{{Reporter, "甘雨"}}, cs)
	assert.Equal(t, "(西部商报记者 甘雨 摄影报道) ", s[at:len(s)-len("(责任编辑:网络部)")])
	// a labelled tail after the last sentence, and after the unit
	cs, _ = Tail("老人们穿上了新棉衣。 通讯员 包容")
	assert.Equal(t, c{{Correspondent, "包容"}}, cs)
	cs, _ = Tail("为建成小康社会努力奋斗！(双桥镇人大 晏殊)")
	assert.Equal(t, c{{Reporter, "晏殊"}}, cs)
	cs, _ = Tail("社区开展了义诊活动。(原标题：义诊进社区)")
	assert.Empty(t, cs)
}

func TestLeadCreditsAndNames(t *testing.T) {
	type c = []Credit
	cases := []struct {
		in   string
		want c
		rest string
	}{
		{"本报记者 尚武 5日一早，巡逻队", c{{Reporter, "尚武"}}, " 5日一早，巡逻队"},
		{"记者 蓝天3日上午，社区", c{{Reporter, "蓝天"}}, "3日上午，社区"},
		{"记者 蓝天白云10万人参加", nil, "记者 蓝天白云10万人参加"}, // four characters run into a number are no name
		{"(诸葛亮)为了全面落实", c{{Reporter, "诸葛亮"}}, "为了全面落实"},
		{"《记者 蓝天）近日", c{{Reporter, "蓝天"}}, "近日"},
		{"（一）总体要求", nil, "（一）总体要求"},
		{"记者从区民政局获悉", nil, "记者从区民政局获悉"},
	}
	for _, k := range cases {
		cs, n := LeadCredits(k.in)
		assert.Equal(t, k.want, cs, k.in)
		assert.Equal(t, k.rest, k.in[n:], k.in)
	}
	assert.Equal(t, c{{Reporter, "柏林"}, {Reporter, "易水寒"}}, Names("柏林 易水寒"))
	assert.Nil(t, Names("党建引领"))
	assert.Nil(t, Names("相关阅读"))
	assert.Nil(t, Names("柏林 易水寒 发布"))
}

func TestFieldCredits(t *testing.T) {
	type c = []Credit
	cases := map[string]c{
		"作者：常青 2018-12-07 06:47":            {{Reporter, "常青"}},
		"作者:本报记者 苗圃 通讯员 禹江":                 {{Reporter, "苗圃"}, {Correspondent, "禹江"}},
		"来源：衢州日报 杭帆":                        {{Reporter, "杭帆"}},
		"来源：区政府办公室":                         nil,
		"责任编辑：聂远 李想":                        {{Editor, "聂远"}, {Editor, "李想"}},
		"2022-01-05 08:30  来源：区政府 作者：毕升 王冕": {{Reporter, "毕升"}, {Reporter, "王冕"}},
	}
	for in, want := range cases {
		fs, ok := MetaLine(in)
		if !assert.True(t, ok, in) {
			continue
		}
		var got c
		for k := range fs {
			got = append(got, fs[k].Credits()...)
		}
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"日期: 2018-06-15", "• 索引号:", "【发表于：2021-01-21】", "当前位置：首页 > 新闻中心"} {
		_, ok := MetaLine(in)
		assert.True(t, ok, in)
	}
}

func TestMetaLineInBrackets(t *testing.T) {
	for in, want := range map[string]string{"（来源：区信访办）": "区信访办", "【来源：市档案馆】": "市档案馆", "(责任编辑:郑和)": "郑和"} {
		fs, ok := MetaLine(in)
		if assert.True(t, ok, in) {
			f := fs[len(fs)-1]
			assert.Equal(t, want, f.Value, in)
			assert.Equal(t, want, in[f.ValueStart:f.End], in)
		}
	}
}

package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recogniserCase is a hand-written sentence and what must (and must not)
// be found in it.
type recogniserCase struct {
	name  string
	text  string
	h     Hints
	wants []want
	nots  []want // text and kind that must not be found
}

func runCases(t *testing.T, r *Recognizer, cases []recogniserCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			all := Flatten(r.Find(tt.text, tt.h))
			for _, w := range tt.wants {
				e, ok := findEnt(all, w.text, Kind(w.kind))
				if !assert.True(t, ok, "want %s %s in %+v", w.kind, w.text, all) {
					continue
				}
				if w.canonical != "" {
					assert.Equal(t, w.canonical, e.Canonical, w.text)
				}
				if w.code != "" {
					assert.Equal(t, w.code, e.Code, w.text)
				}
				if w.title != "" {
					assert.Equal(t, w.title, e.Title, w.text)
				}
			}
			for _, n := range tt.nots {
				_, ok := findEnt(all, n.text, Kind(n.kind))
				assert.False(t, ok, "unwanted %s %s", n.kind, n.text)
			}
		})
	}
}

// TestUnitsBySuffix: towns, subdistricts, communities, committees and
// villages the gazetteer may lack, found by their suffix in every province.
func TestUnitsBySuffix(t *testing.T) {
	runCases(t, Default(), []recogniserCase{
		{name: "Yunnan town and village", text: "记者来到禄丰碧城镇东河村，村民正在插秧。",
			wants: []want{{text: "禄丰", kind: "city", canonical: "禄丰市"}, {text: "碧城镇", kind: "town"}, {text: "东河村", kind: "village", canonical: "东河村"}}},
		{name: "Guangdong community after its subdistrict", text: "龙岗区坂田街道青枫社区开展义诊活动。",
			wants: []want{{text: "坂田街道", kind: "subdistrict", canonical: "坂田街道"}, {text: "青枫社区", kind: "residential-committee", canonical: "青枫社区"}}},
		{name: "Hubei committee named as 居委会", text: "走进江岸区百步亭街道安居居委会，居民们正在排练节目。",
			wants: []want{{text: "安居居委会", kind: "residential-committee", canonical: "安居居委会"}}},
		{name: "numbered institute's community", text: "雁塔区长延堡街道七0一所社区召开居民会议。",
			wants: []want{{text: "七0一所社区", kind: "residential-committee", canonical: "七〇一所社区"}}},
		{name: "committee's party body after its subdistrict", text: "在南山区蛇口街道湾厦社区党委的带领下,居民积极参与。",
			wants: []want{{text: "湾厦社区党委", kind: "party-org"}, {text: "湾厦社区", kind: "residential-committee"}},
			nots:  []want{{text: "蛇口街道湾厦社区党委", kind: "party-org"}}},
		{name: "subdistrict written X街 before its community (Jilin)", text: "延吉市建工街新兴社区组织志愿者。",
			wants: []want{{text: "建工街", kind: "subdistrict", canonical: "建工街道"}, {text: "新兴社区", kind: "residential-committee"}},
			nots:  []want{{text: "建工街", kind: "road"}}},
		{name: "district short form before a community is no part of it", text: "厦门集美杏东社区开展义诊。",
			wants: []want{{text: "集美", kind: "district"}, {text: "杏东社区", kind: "residential-committee"}}},
		{name: "quoted epithets and numeral lane groups are no villages", text: "大家都把这里叫作“瓜果村”。老人搬进了东风二四村的新房。",
			nots: []want{{text: "瓜果村", kind: "village"}, {text: "二四村", kind: "village"}}},
		{name: "居委 is a committee, not a 委 body", text: "走进明珠居委,居民正在议事。",
			wants: []want{{text: "明珠居委", kind: "residential-committee", canonical: "明珠居委会"}}},
		{name: "lists of committees and villages counted by 居民委员会 and 村民委员会", text: "将城南镇的东街、西街、北关3个居民委员会和李庄、王庄,、小河4个村民委员会划归城北街道管辖。",
			wants: []want{{text: "西街", kind: "residential-committee", canonical: "西街居委会"}, {text: "北关", kind: "residential-committee"},
				{text: "李庄", kind: "village", canonical: "李庄村"}, {text: "小河", kind: "village", canonical: "小河村"}}},
		{name: "committee names that hold 年, 开 or a street", text: "在万年社区,志愿者忙着登记。桃园路街道延年路社区推出服务。走进开平社区。",
			wants: []want{{text: "万年社区", kind: "residential-committee"}, {text: "延年路社区", kind: "residential-committee"}, {text: "开平社区", kind: "residential-committee"}}},
		{name: "社区居民委员会 is a committee, not a 委员会 body", text: "新成立桃源社区居民委员会。",
			wants: []want{{text: "桃源社区居民委员会", kind: "residential-committee", canonical: "桃源社区居委会"}},
			nots:  []want{{text: "桃源社区居民委员会", kind: "gov-org"}}},
		{name: "phrases with unit words are no units", text: "加快发展工贸强镇,推行封闭式街道管理,选举产生第九届村民委员会。",
			nots: []want{{text: "发展工贸强镇", kind: "town"}, {text: "工贸强镇", kind: "town"}, {text: "封闭式街道", kind: "subdistrict"}, {text: "第九届村民委员会", kind: "village"}}},
		{name: "a count of towns is no town", text: "江北三镇联合发布项目清单。",
			nots: []want{{text: "江北三镇", kind: "town"}}},
		{name: "城镇化 is no town", text: "提高新型城镇化水平。", nots: []want{{text: "型城镇", kind: "town"}}},
		{name: "Shaanxi 街办 is the subdistrict", text: "碑林区长安路街办组织志愿者清扫街巷。",
			wants: []want{{text: "长安路街办", kind: "subdistrict"}}},
		{name: "numbered compound community", text: "海淀区学院路街道9号院社区召开居民会议。",
			wants: []want{{text: "9号院社区", kind: "residential-committee"}}},
		{name: "committee with 社区居委会", text: "他走进桂林路社区居委会，工作人员正在登记。",
			wants: []want{{text: "桂林路社区居委会", kind: "residential-committee"}}},
		{name: "descriptions are no units", text: "当地建成示范村三个，贫困村全部出列，推进社区治理，打造特色小镇。",
			nots: []want{{text: "示范村", kind: "village"}, {text: "贫困村", kind: "village"}, {text: "推进社区", kind: "residential-committee"}, {text: "特色小镇", kind: "town"}}},
		{name: "verbs before the suffix are no names", text: "志愿者们宣传垃圾分类，支持新丰村发展，关心社区老人。",
			wants: []want{{text: "新丰村", kind: "village"}},
			nots:  []want{{text: "支持新丰村", kind: "village"}, {text: "关心社区", kind: "residential-committee"}}},
		{name: "counts are no names", text: "全区162处社区完成改造，200余家居委会参加。",
			nots: []want{{text: "162处社区", kind: "residential-committee"}, {text: "200余家居委会", kind: "residential-committee"}}},
		{name: "villages in a list with a count", text: "将原石门镇的上坪、下坪、河口、西湾等4个行政村划归新城镇管辖。",
			wants: []want{{text: "上坪", kind: "village", canonical: "上坪村"}, {text: "下坪", kind: "village"}, {text: "河口", kind: "village"}, {text: "西湾", kind: "village"}}},
	})
}

// TestRoadsEstatesBodies: roads, highways, estates and bodies named by a
// suffix.
func TestRoadsEstatesBodies(t *testing.T) {
	runCases(t, Default(), []recogniserCase{
		{name: "roads with directions and ordinals", text: "沿解放东路、中山北二路和上南路一带开展整治。",
			wants: []want{{text: "解放东路", kind: "road"}, {text: "中山北二路", kind: "road"}, {text: "上南路", kind: "road"}}},
		{name: "highways and national roads", text: "车辆从宁杭高速转入312国道，再经绕城高架进城。",
			wants: []want{{text: "宁杭高速", kind: "road"}, {text: "312国道", kind: "road"}, {text: "绕城高架", kind: "road"}}},
		{name: "words ending in 路 are no roads", text: "发展思路清晰，下班顺路办事，走出一条新路。",
			nots: []want{{text: "发展思路", kind: "road"}, {text: "下班顺路", kind: "road"}}},
		{name: "estates", text: "锦绣花园小区和翠湖苑的居民参加了活动。",
			wants: []want{{text: "锦绣花园小区", kind: "neighborhood"}, {text: "翠湖苑", kind: "neighborhood"}}},
		{name: "named party and government bodies", text: "中共青羊区委、青羊区人民政府和四川省民政厅联合发文。",
			wants: []want{{text: "青羊区人民政府", kind: "gov-org"}, {text: "四川省民政厅", kind: "gov-org"}, {text: "青羊区", kind: "district"}}},
		{name: "party body of a community", text: "幸福里社区党委组织党员学习。",
			wants: []want{{text: "幸福里社区党委", kind: "party-org"}}},
		{name: "中共 opens a party body's name", text: "中共萧山区委召开全会。",
			wants: []want{{text: "中共萧山区委", kind: "party-org", canonical: "中共杭州市萧山区委员会"}}},
		{name: "a department named with its government", text: "杭州市人民政府办公厅印发通知。",
			wants: []want{{text: "杭州市人民政府办公厅", kind: "gov-org"}}},
		{name: "a body whose name ends with a stop word", text: "西湖区城乡建设局发布通告。",
			wants: []want{{text: "西湖区城乡建设局", kind: "gov-org"}}},
		{name: "common road names and a preposition before them", text: "车辆沿建设北路行驶,家住建国路。",
			wants: []want{{text: "建设北路", kind: "road"}, {text: "建国路", kind: "road"}}},
		{name: "the middle of a city and going to university are no bodies", text: "这里是成都市中心。她在南京上大学。",
			wants: []want{{text: "成都市", kind: "city"}, {text: "南京", kind: "city"}},
			nots:  []want{{text: "成都市中心", kind: "org"}, {text: "南京上大学", kind: "org"}}},
		{name: "estates in a list counted by 小区", text: "片区包括春晖广场、锦城阁、翠竹花园3个小区;在东坡新村、望江大院、观澜新苑等小区开展活动。",
			wants: []want{{text: "春晖广场", kind: "neighborhood"}, {text: "锦城阁", kind: "neighborhood"}, {text: "翠竹花园", kind: "neighborhood"},
				{text: "望江大院", kind: "neighborhood"}, {text: "观澜新苑", kind: "neighborhood"}}},
		{name: "offices named X办 after their unit", text: "县扶贫办负责同志和区民政办工作人员一同前往,活动由区文明办主办。",
			wants: []want{{text: "县扶贫办", kind: "gov-org"}, {text: "区民政办", kind: "gov-org"}, {text: "区文明办", kind: "gov-org"}},
			nots:  []want{{text: "区文明办主办", kind: "gov-org"}}},
		{name: "a subdistrict's people's congress office and national bodies named 中国…", text: "田林街道人大工委召开会议,传达中国档案工作指导小组的通知。",
			wants: []want{{text: "田林街道人大工委", kind: "gov-org"}, {text: "中国档案工作指导小组", kind: "gov-org"}},
			nots:  []want{{text: "田林街道人大工委", kind: "party-org"}}},
		{name: "办 as a verb is no office", text: "问题做到马上办,诉求平均办结只需两天。",
			nots: []want{{text: "马上办", kind: "gov-org"}, {text: "诉求平均办", kind: "gov-org"}}},
		{name: "roads: a highway after 有, a street before its house number, a road after 市区", text: "这里还有杭甬高速。走到解放街18号门口。位于市区太平桥北路的商铺。",
			wants: []want{{text: "杭甬高速", kind: "road"}, {text: "解放街", kind: "road"}, {text: "太平桥北路", kind: "road"}}},
		{name: "an estate's generic name takes the place before it", text: "杭州花园小区的居民反映了问题。",
			wants: []want{{text: "杭州花园小区", kind: "neighborhood"}}},
		{name: "an estate starts after its community", text: "在和平社区金桂公馆门口,居民排起长队。",
			wants: []want{{text: "金桂公馆", kind: "neighborhood"}}},
	})
}

// TestOfficials: officials with titles before or after the name, stacked
// titles, names after a spaced or colon-separated title.
func TestOfficials(t *testing.T) {
	runCases(t, Default(), []recogniserCase{
		{name: "stacked title before the name", text: "会上，镇党委副书记、镇长李文华作政府工作报告。",
			wants: []want{{text: "李文华", kind: "person", title: "镇党委副书记、镇长"}}},
		{name: "post after the name", text: "活动由刘建平副区长主持。",
			wants: []want{{text: "刘建平", kind: "person", title: "副区长"}}},
		{name: "title and name separated by a colon", text: "村委会主任：赵春生",
			wants: []want{{text: "赵春生", kind: "person", title: "村委会主任"}}},
		{name: "lead-in verb is no part of the title", text: "大会听取并审议了县人大常委会主任孙志强所作的工作报告。",
			wants: []want{{text: "孙志强", kind: "person", title: "县人大常委会主任"}}},
		{name: "determiner dropped", text: "该社区党委书记周丽萍介绍了经验。",
			wants: []want{{text: "周丽萍", kind: "person", title: "社区党委书记"}}},
		{name: "later bare mention is the same person", text: "区委书记陈卫东出席会议。陈卫东指出，要抓好落实。",
			wants: []want{{text: "陈卫东", kind: "person", title: "区委书记"}}},
		{name: "lead-in before a stacked title", text: "会议听取了城关镇党委副书记、镇长马建国所作的报告。",
			wants: []want{{text: "马建国", kind: "person", title: "城关镇党委副书记、镇长"}}},
		{name: "determiner dropped before a stacked title", text: "该村党支部书记、村委会主任黄立新说。",
			wants: []want{{text: "黄立新", kind: "person", title: "村党支部书记、村委会主任"}}},
		{name: "two titled officials joined by 和", text: "在江宁区委副书记、区长吴新民和江宁区委常委、副区长蒋丽等陪同下调研。",
			wants: []want{{text: "吴新民", kind: "person", title: "江宁区委副书记、区长"}, {text: "蒋丽", kind: "person", title: "江宁区委常委、副区长"}}},
		{name: "preposition before a unit's title", text: "据石桥村党支部书记范德明介绍。",
			wants: []want{{text: "范德明", kind: "person", title: "石桥村党支部书记"}}},
		{name: "name before a dash", text: "河东居民区党总支书记徐永康——扎根社区二十年",
			wants: []want{{text: "徐永康", kind: "person", title: "河东居民区党总支书记"}}},
		{name: "given names with 全 and 年", text: "街道办事处主任李光全陪同。村委会主任:周永年",
			wants: []want{{text: "李光全", kind: "person", title: "街道办事处主任"}, {text: "周永年", kind: "person", title: "村委会主任"}}},
		{name: "a name before 携", text: "社区办主任陈秀英携工作人员走访。",
			wants: []want{{text: "陈秀英", kind: "person", title: "社区办主任"}}},
		{name: "a title in apposition after the name", text: "周慧敏,原东风居民区党总支书记,退休后仍在社区服务。",
			wants: []want{{text: "周慧敏", kind: "person", title: "原东风居民区党总支书记"}}},
		{name: "elected to a post", text: "会议依法选举魏东同志为南湖镇人民政府镇长。",
			wants: []want{{text: "魏东", kind: "person", title: "南湖镇人民政府镇长"}}},
		{name: "names that leave or take up a post", text: "会议同意赵立新、钱晓梅辞去副区长职务,决定孙建华担任街道办事处主任。",
			wants: []want{{text: "赵立新", kind: "person", title: "副区长"}, {text: "钱晓梅", kind: "person", title: "副区长"}, {text: "孙建华", kind: "person", title: "街道办事处主任"}}},
		{name: "body words are no names", text: "党委书记表示，要抓好落实。",
			nots: []want{{text: "党委", kind: "person"}}},
	})
}

// TestDamagedText: traditional characters, pinyin residue and
// letter-spacing.
func TestDamagedText(t *testing.T) {
	r := Default()
	es := r.Find("黃浦區(qū)外灘街道與靜安區(qū)，以及 南 京 西 路 街 道", Hints{})
	got := map[string]Entity{}
	for _, e := range es {
		got[e.Text] = e
	}
	require.Contains(t, got, "黃浦區(qū)")
	assert.Equal(t, "黄浦区", got["黃浦區(qū)"].Canonical)
	assert.Equal(t, "310101000000", got["黃浦區(qū)"].Code)
	require.Contains(t, got, "外灘街道")
	assert.Equal(t, "外滩街道", got["外灘街道"].Canonical)
	require.Contains(t, got, "靜安區(qū)")
	require.Contains(t, got, "南 京 西 路 街 道")
	assert.Equal(t, "南京西路街道", got["南 京 西 路 街 道"].Canonical)
	for _, e := range es {
		assert.Equal(t, e.Text, "黃浦區(qū)外灘街道與靜安區(qū)，以及 南 京 西 路 街 道"[e.Start:e.End], "offsets index the text as written")
	}
}

// TestResolution: the hierarchy of the sentence, the home inferred from
// the page, the caller's home, ambiguity kept, abolished units.
func TestResolution(t *testing.T) {
	runCases(t, Default(), []recogniserCase{
		{name: "hierarchy settles an ambiguous district", text: "南昌市西湖区南浦街道召开会议。",
			wants: []want{{text: "西湖区", kind: "district", code: "360103000000"}}},
		{name: "city then district (Guangxi)", text: "南宁市青秀区新竹街道举办活动。",
			wants: []want{{text: "新竹街道", kind: "subdistrict", code: "450103001000"}}},
		{name: "paper and publisher settle the home", text: "区委召开常委会。", h: Hints{Paper: "鼓楼报", Publisher: "中共南京市鼓楼区委宣传部"},
			wants: []want{{text: "区委", kind: "party-org", canonical: "中共南京市鼓楼区委员会"}}},
		{name: "abolished unit keeps its name", text: "原卢湾区的居民搬进了新居。",
			wants: []want{{text: "卢湾区", kind: "district", canonical: "卢湾区"}}},
	})
	// ambiguity without evidence
	e := Default().Find("他在新华街道工作。", Hints{})
	require.Len(t, e, 1)
	assert.True(t, e[0].Ambiguous)
	assert.Greater(t, len(e[0].Candidates), 10)
	// the caller's home settles it
	r, err := New(WithHome("310104"))
	require.NoError(t, err)
	e = r.Find("他在湖南路街道工作，区委书记出席。", Hints{})
	if ent, ok := findEnt(e, "区委", KindParty); assert.True(t, ok) {
		assert.Equal(t, "中共上海市徐汇区委员会", ent.Canonical)
	}
	// evidence on the page comes before the caller's home
	e = r.Find("杭州市西湖区灵隐街道召开会议，区委书记出席。", Hints{})
	if ent, ok := findEnt(e, "区委", KindParty); assert.True(t, ok) {
		assert.Equal(t, "中共杭州市西湖区委员会", ent.Canonical)
	}
	// a committee's study group is a body of its own, not the committee
	e = r.Find("杭州市西湖区召开区委中心组学习会，市委讲师团成员作辅导报告。", Hints{})
	if ent, ok := findEnt(e, "区委中心组", KindParty); assert.True(t, ok) {
		assert.Equal(t, "中共杭州市西湖区委员会理论学习中心组", ent.Canonical)
	}
	if ent, ok := findEnt(e, "市委讲师团", KindParty); assert.True(t, ok) {
		assert.Equal(t, "中共杭州市委讲师团", ent.Canonical)
	}
}

// TestOptions: invalid option values are errors.
func TestOptions(t *testing.T) {
	for _, bad := range []Option{WithHome("xyz"), WithHome(""), WithHome("999999"), WithHome("西湖区"), WithDefaultProvince("xyz"), WithDefaultProvince("330100000000"), WithGazetteer(nil)} {
		_, err := New(bad)
		assert.Error(t, err)
	}
	for _, good := range []Option{WithHome("330106"), WithHome("杭州市西湖区"), WithHome("浙江省"), WithDefaultProvince("33"), WithDefaultProvince("330000000000")} {
		_, err := New(good)
		assert.NoError(t, err)
	}
}

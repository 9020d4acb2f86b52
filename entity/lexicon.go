package entity

// Hand-kept word lists. They hold general vocabulary of Chinese civic text
// (surnames, office titles, body types, ministries), never the names found in
// any particular page.

// surnames are common Chinese family names; compound ones are listed apart.
const surnames = "戈须芮阙冼鞠逯蔺揭禹晋阎鄢储靖粟帅贲王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封习巢冒权茅竺仝诸厉郁奚酆钮嵇惠"

var compoundSurnames = []string{"欧阳", "司马", "上官", "诸葛", "东方", "夏侯", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "端木", "呼延"}

// titleWords end an office title (区委副书记, 办事处主任, 结对律师).
var titleWords = []string{
	"总书记", "副书记", "书记", "副区长", "区长", "副市长", "市长", "副县长", "县长", "副镇长", "镇长", "副乡长", "乡长",
	"副省长", "省长", "副主任", "主任", "副部长", "部长", "常委", "委员", "副主席", "主席", "总经理", "副总经理",
	"经理", "董事长", "副局长", "局长", "副处长", "处长", "副科长", "科长", "副校长", "校长", "副院长", "院长",
	"副所长", "所长", "副队长", "队长", "中队长", "站长", "律师", "成员", "区领导", "市领导", "县领导", "会长",
	"副会长", "秘书长", "理事长", "组长", "副组长", "社长", "总编辑", "主编", "馆长", "园长", "指导员", "民警",
	"警官", "教授", "专家", "总理", "副总理", "委员长", "代表", "党委书记", "负责人", "联络员", "楼组长", "网格长",
	"巡视员", "调研员", "村长", "第一书记", "执行主席",
}

// postTitles may follow a name (习近平总书记).
var postTitles = []string{"总书记", "主席", "总理", "委员长", "同志"}

// followWords may follow a person's name in running text.
var followWords = []string{
	"表示", "指出", "强调", "主持", "出席", "参加", "作", "到", "在", "对", "说", "介绍", "汇报", "等", "一行",
	"同志", "和", "及", "与", "为", "应邀", "围绕", "要求", "代表", "率", "带队", "传达", "通报", "讲话", "致辞",
	"宣读", "提出", "认为", "希望", "陪同", "调研", "走访", "看望", "慰问", "听取", "参观", "针对", "向", "就",
	"也", "还", "则", "先后", "分别", "一起", "带领", "主讲", "指导", "出任", "会见", "来到", "深入", "现场",
	"首先", "随后", "最后", "同时", "亲自", "详细", "结合", "从", "以", "用", "通过", "带头", "又", "再", "即",
	"逐一", "重点", "专门", "按照", "根据", "充分", "肯定", "谈", "坦言", "告诉", "回顾", "总结", "部署", "宣布",
	"开展", "举办", "举行", "召开", "组织", "推进", "启动", "成立", "建立", "获得", "荣获", "入选", "积极", "创新", "被",
	"致", "颁发", "给", "收到", "说道", "笑着", "感慨", "动情", "是", "已", "曾", "今年", "家", "老人", "的",
	"来", "去", "赴", "前往", "正在", "正", "立即", "所作", "所", "辞去", "当选", "接受", "现任", "担任", "任",
	"携", "做", "最", "经历", "进驻", "透露", "提到", "提醒", "称",
}

// postAfterName are posts that may follow a name (王尧镇长带队).
var postAfterName = map[string]bool{
	"书记": true, "副书记": true, "区长": true, "副区长": true, "市长": true, "副市长": true, "县长": true, "副县长": true,
	"镇长": true, "副镇长": true, "乡长": true, "副乡长": true, "省长": true, "副省长": true, "主任": true, "副主任": true,
	"局长": true, "副局长": true, "部长": true, "副部长": true, "处长": true, "科长": true, "所长": true, "站长": true,
	"村长": true, "社长": true,
}

// descriptorWords introduce a person who holds no office (居民孙玉珍);
// the person gets no title.
var descriptorWords = []string{"护士", "医生", "教师", "工人", "快递员", "外卖员", "居民", "村民", "市民", "志愿者", "社工", "党员", "老党员", "退休教师", "业主", "楼组长", "网格员", "老人", "阿姨", "大爷", "小朋友", "学生", "家属", "工作人员"}

// nonNameRunes do not occur in given names as written in news text.
const nonNameRunes = "名姨爷奶婆伯叔婶们位面体部众员会上下内外者等及是在有要对将把被从向也都还并又就所于之这那其此每个着过到由让给使或而但若如以来去说表示指出和与了的地得月日时分各该本我你他她它"

// cutWords end a lead-in before a title (会上, 邀请).
var cutWords = []string{"的", "有", "是", "请", "会上", "邀请", "由", "听取", "会议", "据", "陪同", "出席", "参加", "包括", "其中", "以及", "看望", "慰问", "同时", "随后", "此外", "今天", "今年", "近日", "日前", "上午", "下午", "晚上", "当天"}

// body describes a body named by its type (区委) or by a fixed name (商务部).
type body struct {
	kind  Kind
	scope byte   // 'N' national, 'P' home province, 'D' home district, 'S' home subdistrict, '-' none
	canon string // template: {P} province, {D} district, {S} subdistrict names
}

// bodies are matched longest first; a division written just before (徐汇区委,
// 斜土街道党工委) takes the place of the home unit.
var bodies = map[string]body{
	"区委":    {KindParty, 'D', "中共{P}{D}委员会"},
	"县委":    {KindParty, 'D', "中共{P}{D}委员会"},
	"区委组织部": {KindParty, 'D', "中共{P}{D}委员会组织部"},
	"区委宣传部": {KindParty, 'D', "中共{P}{D}委员会宣传部"},
	"区委统战部": {KindParty, 'D', "中共{P}{D}委员会统一战线工作部"},
	"区委政法委": {KindParty, 'D', "中共{P}{D}委员会政法委员会"},
	"区纪委":   {KindParty, 'D', "中共{P}{D}纪律检查委员会"},
	"区纪委监委": {KindParty, 'D', "中共{P}{D}纪律检查委员会"},
	"组织部":   {KindParty, 'D', "中共{P}{D}委员会组织部"},
	"宣传部":   {KindParty, 'D', "中共{P}{D}委员会宣传部"},
	"统战部":   {KindParty, 'D', "中共{P}{D}委员会统一战线工作部"},
	"政法委":   {KindParty, 'D', "中共{P}{D}委员会政法委员会"},
	"市委":    {KindParty, 'P', "中共{P}委员会"},
	"省委":    {KindParty, 'P', "中共{P}委员会"},
	"市委组织部": {KindParty, 'P', "中共{P}委员会组织部"},
	"市委宣传部": {KindParty, 'P', "中共{P}委员会宣传部"},
	"市纪委":   {KindParty, 'P', "中共{P}纪律检查委员会"},
	// a party committee's theory study group and lecturers' group, which
	// every committee has
	"区委中心组":    {KindParty, 'D', "中共{P}{D}委员会理论学习中心组"},
	"县委中心组":    {KindParty, 'D', "中共{P}{D}委员会理论学习中心组"},
	"市委中心组":    {KindParty, 'P', "中共{P}委员会理论学习中心组"},
	"区委讲师团":    {KindParty, 'D', "中共{P}{D}委讲师团"},
	"市委讲师团":    {KindParty, 'P', "中共{P}委讲师团"},
	"党中央":      {KindParty, 'N', "中国共产党中央委员会"},
	"中共中央":     {KindParty, 'N', "中国共产党中央委员会"},
	"中国共产党":    {KindParty, 'N', "中国共产党"},
	"省政府":      {KindGov, 'P', "{P}人民政府"},
	"街道党工委":    {KindParty, 'S', "中共{P}{D}{S}工作委员会"},
	"党工委":      {KindParty, 'S', "中共{P}{D}{S}工作委员会"},
	"镇党委":      {KindParty, 'S', "中共{P}{D}{S}委员会"},
	"居民区党总支":   {KindParty, '-', "居民区党总支"},
	"居民区党支部":   {KindParty, '-', "居民区党支部"},
	"区政府":      {KindGov, 'D', "{P}{D}人民政府"},
	"区人民政府":    {KindGov, 'D', "{P}{D}人民政府"},
	"县政府":      {KindGov, 'D', "{P}{D}人民政府"},
	"市政府":      {KindGov, 'P', "{P}人民政府"},
	"市人民政府":    {KindGov, 'P', "{P}人民政府"},
	"区人大常委会":   {KindGov, 'D', "{P}{D}人民代表大会常务委员会"},
	"区人大":      {KindGov, 'D', "{P}{D}人民代表大会"},
	"市人大常委会":   {KindGov, 'P', "{P}人民代表大会常务委员会"},
	"人大常委会":    {KindGov, 'D', "{P}{D}人民代表大会常务委员会"},
	"区政协":      {KindGov, 'D', "中国人民政治协商会议{P}{D}委员会"},
	"市政协":      {KindGov, 'P', "中国人民政治协商会议{P}委员会"},
	"办事处":      {KindGov, 'S', "{P}{D}人民政府{S}办事处"},
	"街道办事处":    {KindGov, 'S', "{P}{D}人民政府{S}办事处"},
	"街道办":      {KindGov, 'S', "{P}{D}人民政府{S}办事处"},
	"镇政府":      {KindGov, 'S', "{P}{D}{S}人民政府"},
	"居委会":      {KindGov, '-', "居民委员会"},
	"居委":       {KindGov, '-', "居民委员会"},
	"村委会":      {KindGov, '-', "村民委员会"},
	"派出所":      {KindGov, '-', "派出所"},
	"信访办":      {KindGov, 'D', "{P}{D}信访办公室"},
	"区信访办":     {KindGov, 'D', "{P}{D}信访办公室"},
	"市信访办":     {KindGov, 'P', "{P}信访办公室"},
	"区联席办":     {KindGov, 'D', "{P}{D}信访工作联席会议办公室"},
	"红十字会":     {KindOrg, 'D', "{P}{D}红十字会"},
	"妇联":       {KindOrg, 'D', "{P}{D}妇女联合会"},
	"区妇联":      {KindOrg, 'D', "{P}{D}妇女联合会"},
	"街道妇联":     {KindOrg, 'S', "{S}妇女联合会"},
	"镇妇联":      {KindOrg, 'S', "{S}妇女联合会"},
	"市妇联":      {KindOrg, 'P', "{P}妇女联合会"},
	"团区委":      {KindOrg, 'D', "共青团{P}{D}委员会"},
	"团市委":      {KindOrg, 'P', "共青团{P}委员会"},
	"区总工会":     {KindOrg, 'D', "{P}{D}总工会"},
	"市总工会":     {KindOrg, 'P', "{P}总工会"},
	"区残联":      {KindOrg, 'D', "{P}{D}残疾人联合会"},
	"区侨联":      {KindOrg, 'D', "{P}{D}归国华侨联合会"},
	"区科协":      {KindOrg, 'D', "{P}{D}科学技术协会"},
	"区文联":      {KindOrg, 'D', "{P}{D}文学艺术界联合会"},
	"人民政府":     {KindGov, 'D', "{P}{D}人民政府"},
	"国务院":      {KindGov, 'N', "中华人民共和国国务院"},
	"全国人大常委会":  {KindGov, 'N', "全国人民代表大会常务委员会"},
	"全国政协":     {KindGov, 'N', "中国人民政治协商会议全国委员会"},
	"外交部":      {KindGov, 'N', "中华人民共和国外交部"},
	"国防部":      {KindGov, 'N', "中华人民共和国国防部"},
	"教育部":      {KindGov, 'N', "中华人民共和国教育部"},
	"科技部":      {KindGov, 'N', "中华人民共和国科学技术部"},
	"工信部":      {KindGov, 'N', "中华人民共和国工业和信息化部"},
	"公安部":      {KindGov, 'N', "中华人民共和国公安部"},
	"民政部":      {KindGov, 'N', "中华人民共和国民政部"},
	"司法部":      {KindGov, 'N', "中华人民共和国司法部"},
	"财政部":      {KindGov, 'N', "中华人民共和国财政部"},
	"人社部":      {KindGov, 'N', "中华人民共和国人力资源和社会保障部"},
	"自然资源部":    {KindGov, 'N', "中华人民共和国自然资源部"},
	"生态环境部":    {KindGov, 'N', "中华人民共和国生态环境部"},
	"住建部":      {KindGov, 'N', "中华人民共和国住房和城乡建设部"},
	"住房和城乡建设部": {KindGov, 'N', "中华人民共和国住房和城乡建设部"},
	"交通运输部":    {KindGov, 'N', "中华人民共和国交通运输部"},
	"水利部":      {KindGov, 'N', "中华人民共和国水利部"},
	"农业农村部":    {KindGov, 'N', "中华人民共和国农业农村部"},
	"商务部":      {KindGov, 'N', "中华人民共和国商务部"},
	"文化和旅游部":   {KindGov, 'N', "中华人民共和国文化和旅游部"},
	"文旅部":      {KindGov, 'N', "中华人民共和国文化和旅游部"},
	"国家卫健委":    {KindGov, 'N', "中华人民共和国国家卫生健康委员会"},
	"退役军人事务部":  {KindGov, 'N', "中华人民共和国退役军人事务部"},
	"应急管理部":    {KindGov, 'N', "中华人民共和国应急管理部"},
	"审计署":      {KindGov, 'N', "中华人民共和国审计署"},
	"国家发改委":    {KindGov, 'N', "中华人民共和国国家发展和改革委员会"},
}

// orgSuffixes end the names of organisations, longest first within a rune count
// does not matter: the longest that matches is used.
var orgSuffixes = []string{
	"有限责任公司", "股份有限公司", "有限公司", "分公司", "公司", "集团", "科学院", "研究院", "研究所", "研究中心",
	"学会", "协会", "商会", "基金会", "促进会", "联合会", "植物园", "动物园", "体育公园", "公园", "地铁站", "服务队",
	"志愿服务队", "医院", "卫生院", "中学", "小学", "大学", "学院", "幼儿园", "图书馆", "博物馆", "美术馆", "文化馆",
	"纪念馆", "体育馆", "银行", "剧院", "物业", "书院", "实验室",
}

// govSuffixes end the names of government bodies written with their own name
// (徐汇区生态环境局, 斜土路派出所, 徐汇区信访工作联席会议).
var govSuffixes = []string{"局", "厅", "办公厅", "街道办事处", "执法队", "指导小组", "派出所", "联席会议", "委员会", "管理所", "分局", "办公室", "中队", "大队", "法院", "检察院",
	"卫健委", "发改委", "建管委", "建设管理委", "教委", "科委", "商务委", "国资委", "民宗委", "经委", "侨办", "台办", "外办", "金融办", "合作交流办", "应急办", "文明办", "综治办", "平安办", "网格化管理中心", "城运中心", "司法所", "市场监管所", "税务所", "财政所", "消防救援站", "消防站", "城管中队", "执法中队", "公安分局", "交警支队", "委", "办", "人大工委"}

// partySuffixes end the names of party bodies (城管斜土中队党支部).
var partySuffixes = []string{"党支部", "党总支", "党工委", "联合党支部", "村党委", "镇党委", "社区党委", "街道党委", "居民区党委", "乡党委", "工委", "党史办", "党建办", "政法委员会"}

// genericHeads are words that make a suffixed name generic (老旧小区, 相关部门).
var genericHeads = []string{"学生", "职工", "员工", "集体", "交通", "主要", "更多", "口袋", "城乡", "全国", "农村", "城市", "文明", "防范", "示范", "平安", "绿色", "智慧", "美丽", "和谐", "生态", "安全", "物业", "保安", "保洁", "志愿", "老旧", "相关", "有关", "各", "该", "本", "全", "旧", "整个", "所在", "多个", "其他", "各类", "这个", "一个", "个", "新", "大", "小", "部分", "周边", "附近", "辖区", "沿街", "街道", "社区", "区级", "市级", "一家", "首家", "每个"}

// stopRunes never start or continue a name when extending left from a suffix.
const stopRunes = "去的了在和与及是为对将把被从向等也都还并又就所于之这那其此每个着过到由让给使或而但若如以、，。；：！？（）()“”‘’《》【】「」『』,.;:!?\"' \t\n\r　—-…·/"

// leftStopWords end the context before a name when extending left.
var leftStopWords = []string{"主要", "陪同", "需要", "前去", "探索", "推动", "确保", "实现", "辖区", "位于", "沿线", "包括", "以及", "途经", "地处", "附近", "周边", "一带", "沿街", "联合", "会同", "通过", "成功", "目前", "其中", "今年", "去年", "开展", "推进", "走访", "调研", "来到", "前往", "参观", "打造", "建设", "启动", "完成", "优化", "加快", "依托", "利用", "对接", "全力", "通过", "获评", "荣获", "授予", "成立", "召开", "举行", "落实", "列入", "市区", "城区", "郊区"}

// badNameRunes rarely occur in the names of roads, estates and organisations;
// a span that would include one is a phrase, not a name.
const badNameRunes = "映他她它处来优质设推动进确查提升治理化发挥实现展加强完善美丽住宅指熟悉编制观貌域条性各内建运养部布格结当全出时变战赛饭骗药做抓促"

// The pattern sets the recognisers look for; allFinder finds them all in one
// pass over a text.
var (
	suffixSet = setOf(orgSuffixes, []string{"中心"}, govSuffixes, partySuffixes)
	titleSet  = setOf(titleWords)
	postSet   = setOf(postTitles)
	descSet   = setOf(descriptorWords)
	saySet    = setOf([]string{"表示", "指出", "强调", "说", "介绍", "认为", "告诉", "坦言", "感慨"})
	allFinder = newMulti(orgSuffixes, []string{"中心"}, govSuffixes, partySuffixes, titleWords, postTitles, descriptorWords,
		[]string{"表示", "指出", "强调", "说", "介绍", "认为", "告诉", "坦言", "感慨"})
)

func setOf(lists ...[]string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range l {
			m[w] = true
		}
	}
	return m
}

// occsOf returns the occurrences whose pattern is in set.
func occsOf(all []occ, set map[string]bool) []occ {
	var out []occ
	for _, o := range all {
		if set[o.pat] {
			out = append(out, o)
		}
	}
	return out
}

// stopPhrases hold a division's name but name no division; the longest match
// consumes them (绿水青山就是金山银山).
var stopPhrases = []string{
	"金山银山", "北京时间", "太平洋", "大西洋", "印度洋", "中山装", "东方明珠", "港澳台", "京津冀", "长三角", "珠三角",
	"江浙沪", "海内外", "大江南北", "五湖四海", "普陀山", "黄山松", "西湖龙井", "中山大学", "南京大学", "上海话",
	"天津话", "北京话", "广东话", "四川话", "湖南卫视", "浙江卫视", "东方卫视", "江苏卫视", "上海滩",
}

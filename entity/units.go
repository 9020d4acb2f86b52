package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/civicnews/civicnews/entity/gazetteer"
	"github.com/civicnews/civicnews/internal/cjk"
)

// unitSuffix is a word that ends the name of a division or committee
// (斗南镇, 凌云社区, 东园一居民区, 发祥巷社区居委会).
type unitSuffix struct {
	word  string
	kind  Kind
	canon string // the suffix of the canonical name ("" keeps the word)
	min   int    // fewest runes of the name before the word
	max   int    // most runes
	// only after a name that the gazetteer knows with 街道, right before
	// a committee (建工街 in 建工街新兴社区), not in a scan of its own
	before bool
}

// unitSuffixes are tried longest first at every position.
var unitSuffixes = []unitSuffix{
	{"社区居民委员会", KindResidentialCommittee, "社区居委会", 2, 5, false},
	{"社区居委会", KindResidentialCommittee, "居委会", 2, 5, false},
	{"居民委员会", KindResidentialCommittee, "居委会", 2, 5, false},
	{"村民委员会", KindVillage, "村", 2, 4, false},
	{"居委会", KindResidentialCommittee, "", 2, 5, false},
	{"居民区", KindResidentialCommittee, "居委会", 2, 5, false},
	{"村委会", KindVillage, "村", 2, 4, false},
	{"街道", KindSubdistrict, "", 2, 4, false},
	{"街办", KindSubdistrict, "街道", 2, 4, false},
	{"社区", KindResidentialCommittee, "", 2, 5, false},
	{"居委", KindResidentialCommittee, "居委会", 2, 5, false},
	{"村委", KindVillage, "村", 2, 4, false},
	{"镇", KindTown, "", 2, 3, false},
	{"乡", KindTown, "", 2, 3, false},
	{"村", KindVillage, "", 2, 4, false},
	{"街", KindSubdistrict, "街道", 2, 3, true},
}

// unitFollowBad are words that, right after a suffix, show that it is no
// suffix (乡村, 镇压, 社区治理 is fine but 村民 is a person).
var unitFollowBad = map[string][]string{
	"乡":  {"村", "镇", "亲", "土", "愁", "贤", "音", "里", "下", "间", "野", "情", "味", "长", "民", "党"},
	"镇":  {"压", "守", "静", "定", "住", "长", "痛", "区", "街", "化"},
	"村":  {"民", "庄", "落", "镇", "里", "级", "干部", "容", "貌", "长", "两委", "组", "务", "集体", "头", "口", "委", "社区"},
	"社区": {"居委", "居委会"},
	"街道": {"两侧", "两旁"},
	"居委": {"会"},
	"村委": {"会"},
}

// unitGenericEnds end descriptions of a kind of unit, not names
// (示范村, 贫困村, 文明社区, 特色小镇).
var unitGenericEnds = []string{
	"示范", "试点", "贫困", "特色", "旅游", "红色", "明星", "困难", "重点", "先进", "文明", "美丽", "样板", "典型",
	"富裕", "小康", "民族", "传统", "脱贫", "薄弱", "涣散", "后进", "产业", "电商", "淘宝", "生态", "宜居", "卫生",
	"森林", "数字", "和美", "智慧", "和谐", "平安", "绿色", "安全", "星级", "模范", "老旧", "新型", "城市", "农村",
	"城中", "城郊", "结对", "帮扶", "对口", "周边", "附近", "所在", "全国", "全省", "全市", "全区", "全县", "各个",
	"整个", "多个", "其他", "部分", "个别", "一些", "很多", "所有", "许多", "我们", "你们", "他们", "这个", "那个",
	"这些", "那些", "邻里", "志愿服务", "服务", "幸福", "活力", "魅力", "品质", "温馨", "美好", "无毒", "无邪教",
	"学习型", "书香", "健康", "低碳", "节水", "法治", "善治", "熟人", "陌生人", "现代", "未来", "完整", "国际",
	"养老", "老年", "社会", "基层", "居住", "大型", "小型", "新建", "老", "该", "本", "各", "全", "每个", "这", "那",
	"同一", "一个", "两个", "几个", "乡镇", "集镇", "城镇", "村镇", "小镇", "古镇", "重镇", "名镇", "强镇", "建制",
	"行政", "自然", "中心", "空心", "拆迁", "安置", "撤并", "合并", "新", "原", "乡", "农", "小", "省级", "市级",
	"区级", "县级", "不少", "有关", "相关", "首批", "这些", "昔日",
}

// unitLeftWords end the context before a unit's name: verbs and
// prepositions of place (来到, 走进, 驻, 位于) and other words that never
// start a name (支持, 宣传, 考察).
var unitLeftWords = []string{
	"来到", "走进", "前往", "深入", "赴", "到", "在", "驻", "位于", "地处", "包括", "覆盖", "走访", "调研", "视察",
	"考察", "参观", "看望", "慰问", "服务", "帮扶", "支持", "宣传", "寻访", "讲述", "讲好", "关心", "联系", "对接",
	"结对", "入驻", "落户", "引导", "依托", "介绍", "依靠", "通过", "利用", "围绕", "聚焦", "面向", "针对", "立足",
	"扎根", "融入", "回迁", "互联网", "上报", "反映", "报告", "咨询", "求助", "投诉", "源自", "美化", "共建", "丰富", "多种", "十佳", "百强", "十强", "搬到", "住在", "家住", "来自", "回到", "返回", "离开", "经过", "途经", "看", "去",
	"原", "今", "属", "隶属", "划归", "并入", "合并为", "更名为", "改名为", "改为", "设立", "成立", "撤销", "命名",
	"名", "叫", "称", "为", "是", "与", "和", "及", "同", "跟", "向", "从", "由", "对", "给", "把", "将", "被",
	"推动", "推进", "打造", "建设", "创建", "组织", "带领", "发动", "动员", "邀请", "指导", "协助", "配合",
	"获评", "荣获", "评为", "成为", "作为", "担任", "任", "当选", "举办", "召开", "举行", "开展", "启动", "完成",
	"以及", "其中", "同时", "目前", "如今", "现在", "随后", "此外", "当天", "日前", "近日", "今年", "去年",
	"一起", "共同", "分别", "先后", "相继", "陆续", "纷纷", "均", "都", "也", "还", "又", "再", "已", "曾",
}

// units finds divisions and committees named by a suffix (斗南镇, 凌云社区,
// 东园一居民区, 仓房村), with a name of the right shape and a context that
// starts a name: a boundary, a place written just before (陆家嘴街道东园一
// 居民区), or a verb or preposition of place (来到, 驻).
func (r *Recognizer) units(text string, lex []span, out []span) []span {
	for i := 0; i < len(text); {
		c, sz := utf8.DecodeRuneInString(text[i:])
		if !strings.ContainsRune("社居村街镇乡", c) {
			i += sz
			continue
		}
		var hit *unitSuffix
		for k := range unitSuffixes {
			if !unitSuffixes[k].before && strings.HasPrefix(text[i:], unitSuffixes[k].word) {
				hit = &unitSuffixes[k]
				break
			}
		}
		if hit == nil {
			i += sz
			continue
		}
		end := i + len(hit.word)
		if sp, ok := r.unitAt(text, i, end, hit, lex); ok {
			out = append(out, sp)
			if hit.kind == KindResidentialCommittee {
				if st, ok := r.streetBefore(text, sp.start); ok {
					// the subdistrict, not a road of the same name
					out = slices.DeleteFunc(out, func(o span) bool { return o.kind == KindRoad && o.start == st && o.end == sp.start })
					out = append(out, span{start: st, end: sp.start, typ: sSuffix, kind: KindSubdistrict, word: "街"})
				}
			}
		}
		i += sz
	}
	return out
}

// unitAt returns the unit whose suffix is text[at:end], if its name has
// the shape of one.
func (r *Recognizer) unitAt(text string, at, end int, u *unitSuffix, lex []span) (span, bool) {
	for _, w := range unitFollowBad[u.word] {
		if strings.HasPrefix(text[end:], w) {
			return span{}, false
		}
	}
	// the name: the longest run of 2..max runes before the suffix with a
	// context that starts a name
	var starts []int // byte starts of names of 1..max runes
	i := at
	for n := 0; n < u.max; n++ {
		c, sz := prevRune(text, i)
		if c == '所' && n == 0 {
			// a numbered institute's community (七0一所社区): 所 ends the name after a number
			if b, _ := prevRune(text, i-sz); unicode.IsDigit(b) || strings.ContainsRune(numerals+"〇零", b) {
				i -= sz
				starts = append(starts, i)
				continue
			}
		}
		if sz == 0 || isStopRune(c) || unicode.IsSpace(c) || !(unicode.Is(unicode.Han, c) || unicode.IsDigit(c) || c == '0' || c == 'O') {
			break
		}
		if strings.ContainsRune(unitBadRunes, c) {
			break
		}
		if b, _ := prevRune(text, i-sz); c == '年' && (strings.ContainsRune(yearBefore, b) || isStopRune(b) || unicode.IsSpace(b)) {
			break
		}
		i -= sz
		starts = append(starts, i)
	}
	if u.word[0] == "社"[0] && strings.HasPrefix(u.word, "社") && hasSuffixAny(text[:at], "报", "杂志", "出版", "旅行", "合作") {
		return span{}, false // 日报社区: the 社 is the paper's
	}
	street := 0 // names start after a subdistrict written X街 (建工街 in 建工街新兴社区)
	if u.kind == KindResidentialCommittee && len(starts) > u.min {
		for k := u.min; k < len(starts); k++ {
			if _, ok := r.streetBefore(text, starts[k-1]); ok {
				street = starts[k-1]
				break
			}
		}
	}
	for n := len(starts); n >= u.min; n-- {
		st := starts[n-1]
		name := text[st:at]
		left, strong := r.unitLeft(text, st, lex)
		if st == street {
			left, strong = true, true
		}
		if !left || !unitNameOK(name, u) && !(strong && explicitCommittee(name, u)) {
			continue
		}
		// a leading word that ends a context (驻, 名, 看) starts a shorter name
		if c, sz := utf8.DecodeRuneInString(name); strings.ContainsRune(unitHardLead, c) || strings.ContainsRune(unitLeadRunes, c) && utf8.RuneCountInString(name[sz:]) >= u.min {
			continue
		}
		// a subdistrict written X街 before the committee (建工街新兴社区) is no part of its name
		if st < street {
			continue
		}
		// a division's own name before the word is no unit's name (四川省社区, 宝山区居民区)
		if r.wholeDivision(name, lex, st, at) {
			continue
		}
		// a place must not be cut, nor lie inside the name (鼓楼区锦江社区)
		cut := false
		for _, l := range lex {
			if l.typ == sBody && l.start < st && l.end > st {
				cut = true // a body's name is no unit's (人大 in 区人大X街道工委)
				break
			}
			if l.typ != sPlace {
				continue
			}
			switch {
			case l.start < st && l.end > st:
				cut = true // a place must not be cut
			case l.start == st && l.end < at:
				// a county or city before the name is no part of it (集美 in 集美X社区),
				// nor is the town that holds the village (碧城 in 碧城X村)
				rest := text[l.end:at]
				cut = utf8.RuneCountInString(rest) >= u.min && !genericCore(rest) && (!bareOnly(l) || r.holds(l, text[l.end:end])) ||
					endsWithUnit(text[l.start:l.end])
			case l.start > st && l.end < at:
				cut = endsWithUnit(text[l.start:l.end]) // 鼓楼区 inside: the name starts after it
			case l.start > st && l.start < at && l.end == end:
				// the unit itself, named from inside (X村 in 属地X村, X街道 in
				// 区X街道), unless it is a bare township's name (南村 of 南村镇)
				// or a generic committee's (新村社区)
				cut = !bareOnly(l)
				for _, c := range l.cands {
					if c.Level == gazetteer.Village && !genericCore(text[l.start:at]) {
						cut = true
					}
				}
			case l.start > st && l.start < at:
				// a place across the suffix or ending at it; a bare township name
				// (a bare 家地 inside 花家地社区, or across the 社 of 社区) cuts nothing
				cut = !bareOnly(l)
			}
			if cut {
				break
			}
		}
		if cut {
			continue
		}
		// a quoted name is an epithet (“茶叶村”, “明星村”), not a unit's name
		if c, _ := prevRune(text, st); (c == '“' || c == '"') && strings.HasPrefix(text[end:], string([]rune{map[rune]rune{'“': '”', '"': '"'}[c]})) {
			continue
		}
		// with nothing before it that says a unit follows, the name must
		// read like place names do
		if !strong && !r.placeLike(name) {
			continue
		}
		e := end
		if strings.HasPrefix(u.word, "村") && u.word != "村" && strings.HasSuffix(name, "村") {
			e = at // 明月村村民委员会: the village is 明月村
		}
		return span{start: st, end: e, typ: sSuffix, kind: u.kind, word: u.word}, true
	}
	return span{}, false
}

// streetBefore returns the start of a subdistrict written X街 for X街道
// that ends at i (建工街 before 新兴社区), when the gazetteer knows X街道.
func (r *Recognizer) streetBefore(text string, i int) (int, bool) {
	at, ok := strings.CutSuffix(text[:i], "街")
	if !ok {
		return 0, false
	}
	st := len(at)
	for n := 1; n <= 3; n++ {
		c, sz := prevRune(text, st)
		if sz == 0 || !unicode.Is(unicode.Han, c) || isStopRune(c) {
			break
		}
		st -= sz
		if n >= 2 && slices.ContainsFunc(r.g.Lookup(text[st:len(at)]+"街道"), func(c gazetteer.Candidate) bool {
			return c.Kind == gazetteer.KindSubdistrict && c.Alias == gazetteer.Official
		}) {
			return st, true
		}
	}
	return 0, false
}

// genericCore reports whether the core of a committee's or estate's
// name is a generic word (新村, 花园), not a name.
func genericCore(core string) bool {
	return notPlaces[core] || slices.Contains(estateSuffixes, core)
}

// holds reports whether a reading of the place l holds a division that
// unit names (碧城 and 碧城镇's X村).
func (r *Recognizer) holds(l span, unit string) bool {
	for _, c := range r.g.Lookup(unit) {
		for _, o := range l.cands {
			if c.Code != o.Code && r.g.Within(c.Code, o.Code) {
				return true
			}
		}
	}
	return false
}

// bareOnly reports whether every reading of a lexicon place is a bare
// township, committee or estate name (X坝 for X坝镇), which may occur
// inside another unit's name.
func bareOnly(l span) bool {
	for _, c := range l.cands {
		switch c.Alias {
		case gazetteer.Bare, gazetteer.Committee, gazetteer.Estate:
		default:
			return false
		}
	}
	return len(l.cands) > 0
}

// unitBadRunes never occur in the name of a division or committee.
const unitBadRunes = "咱谁啥怎月日时返网份条来位的了是在和与及或着过把被让给从向对为以于而但也都还就这那其每该本我你他她它们个些么吗呢吧啊要将会能可应该想说讲听做搞抓促推动实现提完展落届式"

// unitBadWords are words that no unit's name holds (their characters do:
// 开元, 升平, 加兴).
var unitBadWords = []string{"提升", "加强", "加大", "加快", "强化", "增强", "做强", "配强", "选优", "完善", "开放", "开发", "开办", "开设", "开通", "开启", "开始", "开工", "开展", "发展", "确立", "经济", "实现", "落实"}

// yearBefore holds what makes a 年 a year, not part of a name (2023年,
// 今年, 多年); 永年 and 万年 are names.
const yearBefore = "0123456789一二三四五六七八九十〇零今去明当多近每全新同历往前后数"

// unitLeadRunes end a context when they lead a name (驻北街村, 名长庚村).
const unitLeadRunes = "看原今任与同跟向对去进入"

// unitHardLead never lead a unit's name (驻北街村, 属简村, 有写居委).
const unitHardLead = "驻属设有叫称名为是被把将给从由来据办立各该本全每这那此某"

// endsWithUnit reports whether a place is written with the word for its
// level (鼓楼区, 胜利镇), so that a name after it starts a new unit.
func endsWithUnit(s string) bool {
	return hasSuffixAny(s, "省", "市", "区", "县", "镇", "乡", "街道", "村", "社区")
}

// wholeDivision reports whether text[st:at] is exactly a division of the
// county level or above (四川省, 宝山区).
func (r *Recognizer) wholeDivision(name string, lex []span, st, at int) bool {
	if !endsWithUnit(name) {
		return false // a short form (凌云 of 凌云县) may be a committee's name
	}
	for _, l := range lex {
		if l.typ == sPlace && l.start == st && l.end == at {
			for _, c := range l.cands {
				if c.Level <= gazetteer.County {
					return true
				}
			}
		}
	}
	return false
}

// unitLeft reports whether a unit's name may start at st, and whether
// what comes before says a unit follows (a place, a verb of place) rather
// than a mere boundary.
func (r *Recognizer) unitLeft(text string, st int, lex []span) (ok, strong bool) {
	if c, _ := prevRune(text, st); unicode.IsDigit(c) {
		return false, false // 200余家居委会: the name is part of a count
	}
	for _, l := range lex {
		if l.end == st && (l.typ == sPlace || l.typ == sBody) {
			return true, true
		}
	}
	// a division suffix just before: a unit of the unit before (X街道Y社区)
	if hasSuffixAny(text[:st], "街道", "镇", "乡", "区", "县", "市", "社区", "村", "街办", "办事处") {
		return true, true
	}
	if hasSuffixAny(text[:st], unitLeftWords...) {
		return true, true
	}
	c, sz := prevRune(text, st)
	if sz == 0 || isStopRune(c) || unicode.IsSpace(c) || !unicode.Is(unicode.Han, c) {
		return true, false
	}
	return false, false
}

// commonPlaceRune is how many divisions' names a character must occur in
// to count as common in names.
const commonPlaceRune = 40

// placeLike reports whether a name reads like the names of divisions: it
// has digits (二0五所, 1号院), or its last two characters occur together
// in some division's name.
func (r *Recognizer) placeLike(name string) bool {
	var prev rune
	for _, c := range name {
		if unicode.IsDigit(c) {
			// 二0五所 and 1号院 are names; 162处 and 200余家 are counts
			return !strings.ContainsAny(name, "处余家名个多万条批户人")
		}
		prev = c
	}
	_ = prev
	last, sz := utf8.DecodeLastRuneInString(name)
	before, _ := utf8.DecodeLastRuneInString(name[:len(name)-sz])
	if r.bigrams[pairKey(before, last)] {
		return true
	}
	// or every character of it is common in divisions' names
	for _, c := range name {
		if r.runeUse[c] < commonPlaceRune {
			return false
		}
	}
	return true
}

// unitNameOK reports whether name has the shape of a unit's own name.
func unitNameOK(name string, u *unitSuffix) bool {
	n := utf8.RuneCountInString(name)
	if n < u.min || n > u.max {
		return false
	}
	valid := utf8.ValidString(name) // else the loops the word sets stand for
	if valid && (genericEndSet.suffixOf(name) || genericEndSet2.prefixOf(name)) {
		return false
	}
	for _, g := range unitGenericEnds {
		if !valid && (strings.HasSuffix(name, g) || strings.HasPrefix(name, g) && utf8.RuneCountInString(g) >= 2) {
			return false
		}
	}
	if roadGeneric(name) && !strings.ContainsAny(name, "号所") || startsWithCount(name) {
		return false
	}
	for _, c := range name {
		if unicode.IsDigit(c) && strings.ContainsAny(name, "处余家名个多万条批户人") {
			return false // 162处, 200余家: a count
		}
	}
	if strings.ContainsAny(name, "镇乡") || u.word == "镇" && strings.HasSuffix(name, "街") || u.word == "乡" && hasSuffixAny(name, "下", "返", "回", "家", "故", "老", "城", "同") || (u.word == "村" || u.word == "镇" || u.word == "乡") && strings.HasSuffix(name, "村") {
		return false // 七宝村镇, 改乡建镇: two unit words, no name
	}
	if valid && leftWordSet2.within(name) {
		return false // a verb inside: the name starts after it
	}
	for _, w := range unitLeftWords {
		if !valid && utf8.RuneCountInString(w) >= 2 && strings.Contains(name, w) {
			return false
		}
	}
	for _, w := range unitBadWords {
		if strings.Contains(name, w) {
			return false
		}
	}
	if last, _ := utf8.DecodeLastRuneInString(name); (u.word == "镇" || u.word == "乡" || u.word == "街道") && strings.ContainsRune(numerals[1:]+"两", last) {
		return false // 江北三镇: a count of towns (but 一 may end a name)
	}
	if u.word == "镇" && n >= 3 && hasSuffixAny(name, "强", "大", "名", "重") {
		return false // 工业重镇, 人口大镇: a kind of town (自强镇 is a name)
	}
	// a name of digits alone (1号院 is fine, 2023 is not), nor of numerals
	// alone (一三村 is an estate's lane group)
	han, num := 0, 0
	for _, c := range name {
		if unicode.Is(unicode.Han, c) {
			han++
		}
		if strings.ContainsRune(numerals+"〇零", c) {
			num++
		}
	}
	if num == n {
		return false
	}
	return han >= 1 && !(han == 1 && n == 2)
}

// villageEvidence reports whether what follows a village's name shows it
// is one: its committee or party branch (X村村委会, X村党支部) or a
// production team (X村3队).
func villageEvidence(after string) bool {
	if cjk.HasAnyPrefix(after, "村委会", "村民委员会", "村委", "党支部", "党总支", "党委") {
		return true
	}
	i := 0
	for i < len(after) && after[i] >= '0' && after[i] <= '9' {
		i++
	}
	return i > 0 && cjk.HasAnyPrefix(after[i:], "队", "组")
}

// explicitCommittee reports whether name, a generic word (幸福, 和谐),
// names a committee all the same: written with the committee's full word
// (幸福居委会) after a context that says a unit follows.
func explicitCommittee(name string, u *unitSuffix) bool {
	switch u.word {
	case "居委会", "居民委员会", "社区居委会", "社区居民委员会", "村委会", "村民委员会":
	default:
		return false
	}
	return slices.Contains(idealNames, name)
}

// idealNames are generic words that many committees are named by (幸福,
// 和谐); honours (模范, 先进) are not.
var idealNames = []string{"幸福", "和谐", "平安", "健康", "美好", "温馨", "活力"}

func unitByWord(w string) *unitSuffix {
	for k := range unitSuffixes {
		if unitSuffixes[k].word == w {
			return &unitSuffixes[k]
		}
	}
	return nil
}

// committeeWords name a committee explicitly (not 社区 or 村, which are
// also everyday words).
var committeeWords = map[string]bool{"居民区": true, "居委会": true, "居委": true, "社区居委会": true, "居民委员会": true,
	"社区居民委员会": true, "村委会": true, "村委": true, "村民委员会": true, "街道": true, "镇": true, "乡": true, "街办": true}

// unit resolves a division or committee named by a suffix: through the
// gazetteer where it knows the unit, else with an empty code and the
// reason. ok is false when the name is better left alone (a village of a
// province whose villages the gazetteer lists, with nothing before it to
// say it is one).
func (d *doc) unit(text string, sp span, ctx []string, afterPlace bool) (Entity, bool) {
	u := unitByWord(sp.word)
	surface := text[sp.start:sp.end]
	canon := surface
	if name, ok := strings.CutSuffix(surface, sp.word); ok && u.canon != "" {
		canon = name + u.canon
	}
	for _, s := range []string{surface, canon} {
		cands := d.r.g.Lookup(s)
		if len(cands) == 0 {
			continue
		}
		tmp := sp
		tmp.typ, tmp.cands = sPlace, cands
		if e, ok := d.place(text, tmp, ctx); ok && e.Kind.Admin() {
			if e.Kind == KindResidentialCommittee && u.kind == KindVillage || e.Kind == KindVillage && u.kind == KindResidentialCommittee {
				e.Kind = u.kind
			}
			return e, true
		}
	}
	if !committeeWords[sp.word] && !afterPlace && !villageEvidence(text[sp.end:]) && d.prov.Code != "" && d.r.villageProv[d.prov.Code[:2]] {
		return Entity{}, false // the gazetteer knows every village and committee of the home province
	}
	e := Entity{Text: surface, Kind: u.kind, Canonical: numeralZero(canon), Start: sp.start, End: sp.end, Confidence: 0.5, Reason: "not-in-gazetteer"}
	if len(ctx) > 0 {
		if div, ok := d.r.g.ByCode(ctx[len(ctx)-1]); ok {
			e.Parent = div.Name
		}
	}
	return e, true
}

// numeralZero writes a 0 between Chinese numerals as the numeral 〇
// (七0一所 → 七〇一所), as official names do.
func numeralZero(name string) string {
	if !strings.Contains(name, "0") {
		return name
	}
	rs := []rune(name)
	for i, c := range rs {
		if c != '0' {
			continue
		}
		if i > 0 && strings.ContainsRune(numerals+"〇", rs[i-1]) || i+1 < len(rs) && strings.ContainsRune(numerals+"〇", rs[i+1]) {
			rs[i] = '〇'
		}
	}
	return string(rs)
}

// listHead is the word after a coordinated list of units (鹽市口、春熙路
// 等10个街道办事处; 水北、水南等19个行政村).
type listHead struct {
	word  string
	kind  Kind
	canon string // suffix of each item's canonical name
}

var listHeads = []listHead{
	{"街道办事处", KindSubdistrict, "街道"}, {"街道", KindSubdistrict, "街道"}, {"街办", KindSubdistrict, "街道"},
	{"行政村", KindVillage, "村"}, {"村委会", KindVillage, "村"}, {"村", KindVillage, "村"},
	{"社区", KindResidentialCommittee, "社区"}, {"居委会", KindResidentialCommittee, "居委会"},
	{"居民区", KindResidentialCommittee, "居委会"}, {"镇", KindTown, "镇"}, {"乡", KindTown, "乡"},
	{"居民委员会", KindResidentialCommittee, "居委会"}, {"村民委员会", KindVillage, "村"},
	{"小区", KindNeighborhood, ""},
}

// countBefore returns where a count (10个, 十九个) that ends at i starts,
// or i when there is none.
func countBefore(text string, i int) int {
	j, ok := strings.CutSuffix(text[:i], "个")
	if !ok {
		return i
	}
	k := len(j)
	for k > 0 {
		c, sz := utf8.DecodeLastRuneInString(text[:k])
		if !(c >= '0' && c <= '9' || strings.ContainsRune("一二三四五六七八九十百两几", c)) {
			break
		}
		k -= sz
	}
	if k == len(j) {
		return i
	}
	return k
}

// lists finds the items of coordinated lists of units whose head follows
// with a count (A、B、C等10个街道): each item is a unit of the head's kind,
// known to the gazetteer or not. Without a count, three items or more are
// needed (A、B、C镇).
func (r *Recognizer) lists(text string, spans []span) []span {
	if !strings.Contains(text, "、") && !strings.Contains(text, "个") {
		return spans // no list and no count
	}
	for _, h := range listHeads {
		for off := 0; ; {
			k := index(text[off:], h.word)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(h.word)
			i := countBefore(text, at)
			counted := i != at
			if s, ok := strings.CutSuffix(text[:i], "等"); ok {
				i = len(s)
			} else if counted && !strings.HasSuffix(text[:i], "、") {
				// 沙河、东光10个街道: the count follows the last item directly
			} else if !counted {
				if _, ok := strings.CutSuffix(text[:i], "、"); ok {
					continue
				}
			}
			if !counted && !strings.Contains(text[max(0, i-48):i], "、") {
				continue // no list: a list without a count has 、 between its items
			}
			var items [][2]int
			for {
				st := i
				n := 0
				for n < 6 {
					c, sz := prevRune(text, st)
					if sz == 0 || isStopRune(c) || unicode.IsSpace(c) || !unicode.Is(unicode.Han, c) {
						break
					}
					st -= sz
					n++
				}
				sep := ""
				for _, x := range []string{",、", "，、", "、", "以及", "及", "和", "与"} {
					if strings.HasSuffix(text[:st], x) {
						sep = x // ,、 is a 、 that markup left a comma before
						break
					}
				}
				sepBefore := sep != ""
				if !sepBefore {
					// the first item: after a place written before it, at most 4 characters
					for _, l := range spans {
						if l.typ == sPlace && l.end > st && l.end < i && (endsWithUnit(text[l.start:l.end]) || !bareOnly(l)) {
							st = l.end
						}
					}
					if k := lastLeftWord(text[st:i]); k > 0 && utf8.RuneCountInString(text[st+k:i]) >= 2 {
						st += k // 包括春晖广场: the verb is no part of the item
					}
					for utf8.RuneCountInString(text[st:i]) > 4 {
						_, sz := utf8.DecodeRuneInString(text[st:])
						st += sz
					}
				}
				if !sepBefore {
					// a higher unit written before the first item (獐子岛镇褡裢) is not part of it
					for k, c := range text[st:i] {
						if strings.ContainsRune("省市区县镇乡", c) {
							st2 := st + k + utf8.RuneLen(c)
							if st2 < i {
								st = st2
							}
						}
					}
				}
				// an item between separators is bounded: only the first needs
				// the bad runes of names to find its start
				if m := utf8.RuneCountInString(text[st:i]); m < 2 || m > 5 || !sepBefore && hasBadRune(text[st:i]) || strings.ContainsAny(text[st:i], unitBadRunes) ||
					hasVerb(text[st:i]) || strings.Contains(text[st:i], "政府") {
					break
				}
				items = append(items, [2]int{st, i})
				if !sepBefore {
					break
				}
				i = st - len(sep)
			}
			if len(items) < 2 || !counted && len(items) < 3 {
				continue
			}
			for _, it := range items {
				item := text[it[0]:it[1]]
				canon := item
				if !strings.HasSuffix(item, h.canon) {
					canon = item + h.canon
				}
				cands := r.g.Lookup(canon)
				if len(cands) == 0 {
					cands = r.g.Lookup(item)
				}
				sp := span{start: it[0], end: it[1], typ: sConj, kind: h.kind, cands: cands, word: h.word, title: canon}
				kept := spans[:0:0]
				for _, s := range spans {
					if s.start < sp.end && sp.start < s.end {
						continue
					}
					kept = append(kept, s)
				}
				spans = append(kept, sp)
			}
		}
	}
	return spans
}

// lastLeftWord returns the byte offset just after the last context word
// (包括, 来到) of two runes or more in s, or 0.
func lastLeftWord(s string) int {
	best := 0
	for _, w := range unitLeftWords {
		if utf8.RuneCountInString(w) < 2 {
			continue
		}
		if k := strings.LastIndex(s, w); k >= 0 && k+len(w) > best {
			best = k + len(w)
		}
	}
	return best
}

// hasVerb reports whether name holds a verb of the context words (支持, 宣传).
func hasVerb(name string) bool {
	for _, w := range unitLeftWords {
		if utf8.RuneCountInString(w) >= 2 && strings.Contains(name, w) {
			return true
		}
	}
	return false
}

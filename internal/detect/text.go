package detect

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
	"github.com/civicnews/civicnews/internal/hanzi"
)

// keyAt returns the character at s[i:] read through the simplified key,
// and its size in s. At the end of s it returns (-1, 0).
func keyAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	r, n := cjk.DecodeFast(s, i)
	if n == 0 {
		r, n = cjk.Decode(s, i)
	}
	return simplify(r), n
}

// simplify is hanzi.Simplify with a fast answer for the characters of
// the Basic Multilingual Plane that have no simplified form, most of what
// the detectors read.
func simplify(r rune) rune {
	if r < 0x3400 {
		return r
	}
	if r <= 0xFFFF && traditional()[r>>6]&(1<<(r&63)) == 0 {
		return r
	}
	return hanzi.Simplify(r)
}

// traditional is a bitset of the characters of the Basic Multilingual
// Plane that hanzi.Simplify changes, built on first use.
var traditional = sync.OnceValue(hanzi.TraditionalBMP)

// prefixKey returns the bytes of s[i:] that spell word (written
// simplified) when read through the key, or 0 when s[i:] does not open
// with word.
//
// Pinyin residue after a matched Chinese character is skipped
// (來(lái)源 spells 来源) and counted in the bytes returned.
func prefixKey(s string, i int, word string) int {
	j := i
	for k, w := range word {
		if j >= len(s) {
			return 0
		}
		if k > 0 && (s[j] == '(' || s[j] == 0xEF) {
			j += residueAt(s, j)
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if r != w && simplify(r) != w {
			return 0
		}
		j += n
	}
	if j < len(s) && (s[j] == '(' || s[j] == 0xEF) {
		if r, _ := utf8.DecodeLastRuneInString(word); cjk.IsHan(r) {
			j += residueAt(s, j)
		}
	}
	return j - i
}

// residueAt returns the bytes of a pinyin residue at s[j:] (after a
// Chinese character), or 0.
func residueAt(s string, j int) int {
	if j >= len(s) || !strings.HasPrefix(s[j:], "(") && !strings.HasPrefix(s[j:], "（") {
		return 0
	}
	return hanzi.PinyinResidue(s[j:])
}

// suffixKey reports whether s ends with word (written simplified) read
// through the key, and returns where word starts in s (-1 if not).
func suffixKey(s, word string) int {
	j := len(s)
	for len(word) > 0 {
		w, wn := utf8.DecodeLastRuneInString(word)
		word = word[:len(word)-wn]
		if j == 0 {
			return -1
		}
		r, n := cjk.DecodeLastFast(s, j)
		if n == 0 {
			r, n = utf8.DecodeLastRuneInString(s[:j])
		}
		if r != w && simplify(r) != w {
			return -1
		}
		j -= n
	}
	return j
}

// skipSpace returns the index of the first byte at or after i that is not
// white space.
func skipSpace(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !cjk.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// isColon reports a colon of either width.
func isColon(r rune) bool { return r == ':' || r == '：' || r == '︰' }

// isSep reports what stands between the parts of a byline: white space,
// 、，, and colons.
func isSep(r rune) bool {
	switch r {
	case '、', '，', ',', '：', ':', '；', ';':
		return true
	}
	return cjk.IsSpace(r)
}

// IsMark reports the marks set before a byline or a dateline
// (□记者 王明, ■本报讯): □■◆◇○●◎★☆▲△.
func IsMark(r rune) bool {
	switch r {
	case '□', '■', '◆', '◇', '○', '●', '◎', '★', '☆', '▲', '△':
		return true
	}
	return false
}

// skipMarks returns the index after any marks and white space at i.
func skipMarks(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !IsMark(r) && !cjk.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// isDot reports the middle dots that join the parts of a minority or
// foreign name (阿不都·热合曼) and wrap an author tail (·张三·).
func isDot(r rune) bool {
	switch r {
	case '·', '•', '・', '‧', '∙':
		return true
	}
	return false
}

// surnames holds the common single-character surnames (simplified); a
// traditional spelling is read through the key.
var surnames = func() map[rune]bool {
	const s = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由钮"
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}()

// compoundSurnames are the two-character surnames.
var compoundSurnames = []string{"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "端木", "澹台", "独孤", "南宫", "西门", "万俟", "呼延", "申屠", "第五", "闻人", "轩辕"}

// notNameRunes are characters that do not occur in a person's name but do
// in the words that stand where a name could: 完, 续, 版, 的 …
var notNameRunes = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range "的了是在与及等从对到把被这那个们年日版页期讯电稿续完图摄报网社台部局委办处室站所院校组队镇乡村区县市省" {
		m[r] = true
	}
	return m
}()

// hanRun returns the length in bytes and runes of the run of Chinese
// characters at the start of s, middle dots included when dots is true.
func hanRun(s string, dots bool) (n, runes int) {
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !cjk.IsHan(r) && !(dots && isDot(r) && runes > 0) {
			break
		}
		n += size
		runes++
	}
	return n, runes
}

// nameShaped reports a plausible unlabelled personal name: two to four
// Chinese characters opening with a known surname, none of them a
// character names do not hold. Names joined by a middle dot
// (阿不都·热合曼) need a label and are not accepted here.
func nameShaped(s string) bool {
	runes := 0
	for i := 0; i < len(s); {
		r, n := keyAt(s, i)
		if !cjk.IsHan(r) || notNameRunes[r] {
			return false
		}
		i += n
		runes++
	}
	if runes < 2 || runes > 4 {
		return false
	}
	for _, c := range compoundSurnames {
		if prefixKey(s, 0, c) > 0 {
			return runes >= 3
		}
	}
	r, _ := keyAt(s, 0)
	return surnames[r] && runes <= 3 // four characters after a one-character surname are a phrase (党建引领)
}

// NameLike reports a plausible personal name as a byline writes it: two to
// four Chinese characters opening with a common surname (张三, 欧阳明华),
// or, with a middle dot, a minority or foreign name of up to ten
// characters (阿不都·热合曼). Traditional spellings are read through the
// key.
func NameLike(s string) bool {
	if strings.ContainsFunc(s, isDot) {
		n, runes := hanRun(s, true)
		if n != len(s) || runes > 10 || runes < 3 {
			return false
		}
		last, _ := utf8.DecodeLastRuneInString(s)
		first, _ := utf8.DecodeRuneInString(s)
		return !isDot(last) && !isDot(first)
	}
	return nameShaped(s)
}

// withoutResidue returns s with the pinyin residue after its Chinese
// characters removed (報業(yè) → 報業), for matching only.
func withoutResidue(s string) string {
	if !strings.ContainsAny(s, "(（") {
		return s
	}
	var b strings.Builder
	prevHan := false
	for i := 0; i < len(s); {
		if prevHan {
			if n := hanzi.PinyinResidue(s[i:]); n > 0 {
				i += n
				prevHan = false
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+n])
		prevHan = cjk.IsHan(r)
		i += n
	}
	return b.String()
}

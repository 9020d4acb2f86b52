package layout

import (
	"math"
	"math/bits"
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
	"github.com/civicnews/civicnews/internal/detect"
)

// feat holds what the assembler needs to know about one non-blank line.
//
// A page of a million tiny lines has a million of these, so the counts
// are int32 (saturated, see sat32) and the fields ordered to pack.
type feat struct {
	runes        int32
	first, last  rune
	lastStop     rune  // the last character that is not a closing quote or bracket
	opens        int32 // brackets and quotes left open at its end
	closes       int32 // closers with no opener in the line
	commas       int32 // ，and ；outside brackets and quotes
	enums        int32 // 、outside brackets and quotes
	endsSentence bool  // ends in 。！？… possibly followed by closing quotes or brackets
	endsClause   bool  // ends in ，、；
	endsColon    bool  // ends in ：
	startsCont   bool  // starts with a character no line may start with
	open         bool  // ends with an opener or leaves a bracket or quote open
	conj         bool  // has a conjunction (和, 与, 及) outside brackets and quotes
	dangling     bool  // ends with a word that needs more after it (和, 的, 第, a title, a number)
	hasStop      bool  // has a sentence end before its last character
	spaced       bool  // has a space between two Chinese parts (headline style)
	byline       bool
	meta         bool // a label-value line: 来源：… 发布时间：…
	dateline     bool
	furniture    furn  // furniture reason, or noFurn
	width        int32 // display width without spaces (dispWidth), for measureColumns
	linkList     bool  // isLinkList
	pageMark     bool  // isPageFurniture
}

// furn is a furniture reason in a feat: a small number rather than a
// string, so that feats hold no pointers for the collector to scan.
type furn uint8

// Furniture reasons; furnNames spells them as Block.Reason does.
const (
	noFurn furn = iota
	furnQRPrompt
	furnNavigation
	furnAppPromo
	furnWebFooter
	furnPageFurniture
	furnMetadata
	furnCredit
	furnRepost
	furnModel
)

var furnNames = [...]string{noFurn: "", furnQRPrompt: "qr-prompt", furnNavigation: "navigation",
	furnAppPromo: "app-promo", furnWebFooter: "web-footer", furnPageFurniture: "page-furniture",
	furnMetadata: "metadata", furnCredit: "credit", furnRepost: "repost", furnModel: "furniture"}

// String returns the reason as Block.Reason spells it.
func (f furn) String() string { return furnNames[f] }

// furnOf returns the furn for a reason furnitureReason returns.
func furnOf(reason string) furn {
	for k, name := range furnNames {
		if name == reason {
			return furn(k)
		}
	}
	panic("layout: unknown furniture reason " + reason)
}

// sat32 converts a count to int32, saturating: only lines of more than
// 2 GiB could tell the difference, and every threshold is far below.
func sat32(n int) int32 { return int32(min(n, math.MaxInt32)) }

// maxHeadingRunes is the longest a single heading part may be; a headline
// of several parts separated by spaces may be up to maxHeadlineRunes.
const (
	maxHeadingRunes  = 36
	maxHeadlineRunes = 80
)

func features(text string) feat {
	var f feat
	depth, runes, closes, commas, enums, width, bars := 0, 0, 0, 0, 0, 0, 0
	prevR := rune(-1)
	prevSpace := false
	var lastNonCloser rune = -1
	var furniture uint64 // the furniture patterns found in the line, a bit each
	for i, n := 0, 0; i < len(text); i += n {
		var r rune
		r, n = cjk.DecodeFast(text, i) // as range does
		if n == 0 {
			r, n = cjk.Decode(text, i)
		}
		if i == 0 {
			f.first = r
		}
		// only where a pattern's first character stands is the pattern tried
		if r < 1<<16 && patternStart[r>>6]&(1<<(r&63)) != 0 {
			for _, k := range patternsByFirst[r] {
				if strings.HasPrefix(text[i:], furniturePatterns[k].sub) {
					furniture |= 1 << k
				}
			}
		}
		runes++
		if cjk.IsHan(r) {
			// a Chinese character: of the cases below, only these apply
			width += 2 // dispWidth
			if (r == '和' || r == '与' || r == '及') && depth == 0 && i > 0 {
				f.conj = true
			}
			if prevSpace && prevR != -1 && cjk.IsChinese(prevR) {
				f.spaced = true
			}
			prevSpace, prevR, f.last, lastNonCloser = false, r, r, r
			continue
		}
		if !isColSpace(r) {
			width += dispWidth(r)
		}
		switch r {
		case '《', '“', '（', '「', '『', '【', '(', '‘':
			depth++
		case '》', '”', '）', '」', '』', '】', ')', '’':
			if depth > 0 {
				depth--
			} else {
				closes++
			}
		case '，', '；':
			if depth == 0 {
				commas++
			}
		case '、':
			if depth == 0 {
				enums++
			}
		case '|', '｜':
			bars++
		}
		if !f.hasStop && cjk.IsSentenceEnd(r) && i+utf8.RuneLen(r) < len(text) {
			// a stop followed by more than closers or further stops
			rest := text[i+utf8.RuneLen(r):]
			if strings.TrimLeftFunc(rest, func(c rune) bool { return cjk.IsCloser(c) || cjk.IsSentenceEnd(c) }) != "" {
				f.hasStop = true
			}
		}
		if prevSpace && cjk.IsChinese(r) && prevR != -1 && cjk.IsChinese(prevR) {
			f.spaced = true
		}
		if r == ' ' {
			prevSpace = true
			continue
		}
		prevSpace = false
		prevR = r
		f.last = r
		if !cjk.IsCloser(r) {
			lastNonCloser = r
		}
	}
	f.runes, f.closes, f.commas, f.enums, f.width = sat32(runes), sat32(closes), sat32(commas), sat32(enums), sat32(width)
	f.lastStop = lastNonCloser
	f.endsSentence = lastNonCloser != -1 && cjk.IsSentenceEnd(lastNonCloser) && (cjk.IsCloser(f.last) || cjk.IsSentenceEnd(f.last))
	if !f.endsSentence && endsWithBracketAfterStop(text) {
		f.endsSentence = true // …一些。（记者 于晓彤） / …215个。（数据来源：区文明办）
	}
	f.dangling = dangling(text, f.last)
	switch f.last {
	case '，', '、', '；', ',', ';':
		f.endsClause = true
	case '：', ':':
		f.endsColon = true
	}
	f.startsCont = cjk.NoLineStart(f.first) || weakStart(text)
	f.opens = sat32(depth)
	f.open = cjk.NoLineEnd(f.last) || depth > 0 || strings.HasSuffix(text, "——")
	f.byline = isByline(text)
	f.meta = runes <= 100 && isMetaLine(text)
	f.dateline = detect.OpensWithDateline(text)
	f.linkList, f.pageMark = bars >= 2 && isLinkList(text), isPageFurniture(text) // a link list has two bars or more
	f.furniture = furnOf(furnitureReason(text, runes, furniture, f.linkList, f.pageMark))
	return f
}

// headingLike reports whether a line looks like a heading on its own: short,
// no sentence inside it, not ending in a clause mark.
func (f *feat) headingLike() bool {
	if f.byline || f.dateline || f.hasStop || f.endsClause || f.endsColon || f.startsCont || f.open {
		return false
	}
	if f.endsSentence && (f.lastStop == '。' || f.lastStop == '．' || f.runes > 30) {
		return false // a headline may end in …… or ！ or ？, never in 。
	}
	if f.enums >= 2 && f.runes > 16 || f.enums >= 1 && f.conj || f.dangling {
		return false // a list of three or more is body text; a dangling line goes on
	}
	if f.spaced {
		return f.runes <= maxHeadlineRunes && f.commas <= 2
	}
	return f.runes <= maxHeadingRunes && f.commas <= 1
}

// strongHeading reports a line that is a heading whatever follows it:
// headline style (parts separated by spaces) and no commas.
func (f *feat) strongHeading() bool {
	return f.headingLike() && f.spaced && f.commas == 0
}

// furniturePatterns are substrings that mark web and page furniture, with
// the reason given, and the longest line (in runes) they apply to.
var furniturePatterns = []struct {
	sub    string
	reason string
	max    int
}{
	{"二维码", "qr-prompt", 30},
	{"扫一扫", "qr-prompt", 30},
	{"扫码", "qr-prompt", 30},
	{"长按识别", "qr-prompt", 30},
	{"网站地图", "navigation", 40},
	{"使用帮助", "navigation", 40},
	{"无障碍浏览", "navigation", 40},
	{"网站导航", "navigation", 20},
	{"当前位置", "navigation", 80},
	{"您的位置", "navigation", 80},
	{"您现在的位置", "navigation", 80},
	{"返回顶部", "navigation", 20},
	{"返回首页", "navigation", 20},
	{"打印本页", "navigation", 30},
	{"关闭窗口", "navigation", 30},
	{"【打印】", "navigation", 30},
	{"分享到", "navigation", 30},
	{"不代表本站立场", "web-footer", 1 << 20},
	{"版权所有", "web-footer", 120},
	{"Copyright", "web-footer", 120},
	{"copyright", "web-footer", 120},
	{"©", "web-footer", 120},
	{"ICP备", "web-footer", 120},
	{"ICP证", "web-footer", 120},
	{"公网安备", "web-footer", 120},
	{"原文地址", "web-footer", 120},
	{"原文链接", "web-footer", 120},
	{"转载请注明", "web-footer", 120},
	{"发表评论", "web-footer", 40},
	{"网友评论", "web-footer", 40},
	{"条评论", "web-footer", 40},
	{"免责声明", "web-footer", 60},
	{"联系我们", "web-footer", 40},
	{"技术支持", "web-footer", 60},
	{"承办：", "web-footer", 80},
	{"责任编辑", "page-furniture", 40},
	{"美术编辑", "page-furniture", 40},
	{"校对：", "page-furniture", 40},
	{"主办单位：", "web-footer", 80},
	{"网站标识码", "web-footer", 120},
	{"浏览次数", "web-footer", 16},
}

// patternStart is a bitset of the first characters of the furniture
// patterns, and patternsByFirst lists the patterns by first character.
var (
	patternStart    [1 << 10]uint64
	patternsByFirst = map[rune][]int{}
)

func init() {
	if len(furniturePatterns) > 64 {
		panic("layout: more furniture patterns than bits in a uint64")
	}
	for _, p := range furniturePatterns {
		furnOf(p.reason) // every reason must have a furn
	}
	for k, p := range furniturePatterns {
		r, _ := utf8.DecodeRuneInString(p.sub)
		patternStart[r>>6] |= 1 << (r & 63)
		patternsByFirst[r] = append(patternsByFirst[r], k)
	}
}

// accountWords name the accounts a 关注“…” prompt asks to follow.
var accountWords = []string{"公众号", "微信", "微博", "抖音", "视频号", "客户端", "APP", "App", "头条号", "订阅号", "服务号"}

// furnitureReason returns why a line is furniture, or "". found has bit k
// set when the line holds furniturePatterns[k] (features finds them in its
// pass over the line); the first that applies to a line this long wins.
// linkList and pageMark are isLinkList and isPageFurniture of the line.
func furnitureReason(text string, runes int, found uint64, linkList, pageMark bool) string {
	for ; found != 0; found &= found - 1 {
		if k := bits.TrailingZeros64(found); runes <= furniturePatterns[k].max {
			return furniturePatterns[k].reason
		}
	}
	if runes <= 25 && !strings.ContainsFunc(text, isStopOrComma) {
		if strings.HasPrefix(text, "关注“") || strings.HasPrefix(text, "关注\"") || strings.HasPrefix(text, "关注「") {
			for _, w := range accountWords {
				if strings.Contains(text, w) {
					return "qr-prompt"
				}
			}
		}
		if strings.HasPrefix(text, "首页") && (strings.Contains(text, ">") || strings.Contains(text, "»") || strings.Contains(text, "＞") || strings.Contains(text, "→")) {
			return "navigation"
		}
	}
	if text == "首页" || strings.HasPrefix(text, "上一篇") || strings.HasPrefix(text, "下一篇") ||
		runes <= 24 && (strings.HasSuffix(text, "门户网站") || strings.HasSuffix(text, "官方网站") || strings.HasSuffix(text, "政府网站")) {
		return "navigation"
	}
	if linkList {
		return "navigation"
	}
	if pageMark {
		return "page-furniture"
	}
	return ""
}

// isStopOrComma reports whether r is one of ，。；！？ (strings.ContainsAny
// is slow for a set of non-ASCII characters).
func isStopOrComma(r rune) bool {
	switch r {
	case '，', '。', '；', '！', '？':
		return true
	}
	return false
}

// isMetaLine reports a metadata line of two or more label-value fields
// and nothing else (来源：… 发布时间：…).
func isMetaLine(text string) bool {
	fields, ok := detect.MetaLine(text)
	return ok && len(fields) >= 2
}

// danglingEnds are words a heading does not end with: function words that
// need what follows, and titles that precede a name.
var danglingEnds = []string{
	"的", "和", "与", "及", "或", "并", "而", "但", "把", "被", "将", "在", "对", "从", "向", "于", "由", "据", "第", "是", "让", "使", "给", "跟", "比", "按", "经",
	"以及", "一起", "一同", "通过", "关于", "根据", "围绕", "针对",
	"书记", "主任", "局长", "区长", "部长", "主席", "校长", "院长", "经理", "队长", "组长", "所长", "站长", "科长", "处长", "市长", "镇长", "街道办事处",
}

// danglingByLast lists danglingEnds by their last character, so that a
// line is tested only against the words that may end it.
var danglingByLast = func() map[rune][]string {
	m := map[rune][]string{}
	for _, e := range danglingEnds {
		r, _ := utf8.DecodeLastRuneInString(e)
		m[r] = append(m[r], e)
	}
	return m
}()

// dangling reports a line that cannot end where it does: it ends with a
// function word, a title or a bare number, or starts with 据 and has no
// comma before its end.
func dangling(text string, last rune) bool {
	if cjk.IsDigit(last) {
		return true
	}
	end, _ := utf8.DecodeLastRuneInString(text)
	for _, e := range danglingByLast[end] {
		if strings.HasSuffix(text, e) {
			return true
		}
	}
	return strings.HasPrefix(text, "据") && !strings.ContainsAny(text, "，,")
}

// endsWithBracketAfterStop reports a line whose last bracket group follows
// a sentence end: …一些。（记者 于晓彤）.
func endsWithBracketAfterStop(text string) bool {
	i := cjk.LastBracket(text)
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return cjk.IsSentenceEnd(r)
}

// weakStart reports a line that starts with a particle that cannot open a
// sentence (的, 了, 们…), or with 等 followed by a count.
func weakStart(text string) bool {
	r, n := utf8.DecodeRuneInString(text)
	switch r {
	case '的', '了', '着', '们', '%':
		return true
	case '等':
		r2, _ := utf8.DecodeRuneInString(text[n:])
		return cjk.IsDigit(r2) || strings.ContainsRune("一二三四五六七八九十两多，", r2)
	}
	return false
}

// startsWithSectionMark reports a line opening with a section number:
// （一）, 一、, 第一章.
func startsWithSectionMark(text string) bool {
	s := text
	for _, o := range []string{"（", "("} {
		if strings.HasPrefix(s, o) {
			rest := strings.TrimLeft(s[len(o):], "一二三四五六七八九十百0123456789")
			if len(rest) < len(s)-len(o) && (strings.HasPrefix(rest, "）") || strings.HasPrefix(rest, ")")) {
				return true
			}
			return false
		}
	}
	rest := strings.TrimLeft(s, "一二三四五六七八九十百")
	if len(rest) < len(s) && strings.HasPrefix(rest, "、") {
		return true
	}
	if strings.HasPrefix(s, "第") {
		rest = strings.TrimLeft(s[len("第"):], "一二三四五六七八九十百0123456789")
		for _, u := range []string{"章", "节", "部分"} {
			if len(rest) < len(s)-len("第") && strings.HasPrefix(rest, u) {
				return true
			}
		}
	}
	return false
}

// isLinkList matches a line of three or more short items separated by
// vertical bars: a menu or a list of links.
func isLinkList(text string) bool {
	if strings.Count(text, "|")+strings.Count(text, "｜") < 2 {
		return false
	}
	if i := strings.IndexAny(text, "：:"); i >= 0 && utf8.RuneCountInString(text[:i]) <= 6 {
		text = text[i+1:] // 相关链接：A | B | C
		if i2 := strings.IndexAny(text, "：:"); i2 == 0 {
			text = text[1:]
		}
	}
	parts := strings.FieldsFunc(text, func(r rune) bool { return r == '|' || r == '｜' })
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || utf8.RuneCountInString(p) > 14 || strings.ContainsAny(p, "，。；！？") {
			return false
		}
	}
	return true
}

// isRule reports the characters of a rule line: " -—–_·" (a switch:
// strings.Trim is slow for a cutset of non-ASCII characters).
func isRule(r rune) bool {
	switch r {
	case ' ', '-', '—', '–', '_', '·':
		return true
	}
	return false
}

// isPageMark reports the characters around a page number: a rule's and
// brackets, " -—–_·（）()".
func isPageMark(r rune) bool {
	switch r {
	case '（', '）', '(', ')':
		return true
	}
	return isRule(r)
}

// isPageFurniture matches page numbers and jump lines: "- 3 -", "第3页",
// "（下转第2版）", "上接第1版".
func isPageFurniture(text string) bool {
	s := strings.TrimFunc(text, isPageMark)
	if s == "" {
		return text != "" && strings.TrimFunc(text, isRule) == ""
	}
	digits := strings.TrimLeft(s, "0123456789")
	if digits == "" && len(s) <= 3 && text != s {
		return true // "- 3 -"
	}
	for _, p := range []string{"下转第", "上接第", "转第", "接第"} {
		if strings.HasPrefix(s, p) && utf8.RuneCountInString(s) <= 10 && (strings.HasSuffix(s, "版") || strings.HasSuffix(s, "页")) {
			return true
		}
	}
	if strings.HasPrefix(s, "第") && strings.HasSuffix(s, "页") {
		mid := strings.TrimSpace(s[len("第") : len(s)-len("页")])
		if mid != "" && strings.Trim(mid, "0123456789 ") == "" {
			return true
		}
	}
	return false
}

package linemodel

import (
	"math"
	"math/bits"
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
)

// Line is what the model reads of one non-blank line of a page.
type Line struct {
	Text        string // the repaired text of the line
	BlankBefore int    // blank lines between it and the previous non-blank line
	Indent      bool   // the line was indented
	Det         Det    // the answers of the layout package's detectors
}

// Det is a set of detector answers for a line, a bit each.
type Det uint32

// Detector answers the layout package passes in.
const (
	DetByline      Det = 1 << iota // a byline: a role word followed by names
	DetDateline                    // opens with a news dateline
	DetMeta                        // a label-value metadata line with two or more labels
	DetFurniture                   // a furniture pattern matched (QR, navigation, footer, page number)
	DetSection                     // opens with a section mark: （一）, 一、, 第一章
	DetCaption                     // marked as a photo caption (图为…, …摄)
	DetHeadingLike                 // short, no sentence inside, not ending in a clause mark
	DetStrongHead                  // headline style: parts separated by spaces, no commas
	DetStartsCont                  // starts with a character no line may start with
	DetDangling                    // ends with a word that needs more after it
	DetOpen                        // ends open: an opener, or a bracket left open
	DetLinkList                    // three or more short items separated by bars
	DetPageMark                    // a page number or jump line
	DetTail                        // ends with a closing credit: (记者 张三), (张三 李四), ·张三·, (责任编辑：X)
	DetNames                       // nothing but personal names
	DetMetaAny                     // a metadata line of one field or more
)

const numDet = 16

// Base features of a line on its own; the vector the model reads holds
// these for the line, the line before and the line after, then the
// page-level features.
const (
	fRunesLog = iota
	fRunes4
	fRunes10
	fRunes20
	fRunes36
	fRunes60
	fRunes150
	fEndsStop
	fEndsPeriod
	fEndsExclaim
	fEndsClause
	fEndsColon
	fPunctRatio
	fStops2
	fCommas0
	fDigitRatio
	fLatinRatio
	fSpaceRatio
	fHanRatio
	fSepAngle
	fSepAngle2
	fSepBar
	fSepDot
	fSepTilde
	fLabelValue
	fColons2
	fDate
	fTime
	fStartsDate
	fLetterSpaced
	fDash
	fBracketed
	fAuthorTail
	fDotName
	fURL
	fCode
	fStartsDigit
	fOnlyNumber
	fSalutation
	fStandfirst
	fNamesOnly
	fRoleStart
	fImage
	fWordNav
	fWordShare
	fWordLegal
	fWordEPaper
	fWordMeta
	fWordCredit
	fWordReporter
	fWordRepost
	fWordDisclosure
	fWordHeader
	fBlank1
	fBlank2
	fIndent
	fDet    // numDet detector answers follow
	numBase = fDet + numDet
)

// Page-level features of a line, after the three base vectors.
const (
	pFirst = iota
	pFirst3
	pLast3
	pRelPos
	pRepeat
	pNearCopy
	pSimPrev
	pSimNext
	pBeforeLong
	pLongBefore1
	pLongBefore2
	pLongBefore3
	pAfterLastLong
	pNextLong
	pPrevLong
	pBetweenLong
	pManyHeads
	pWeb
	pCreditNext
	pLastHeadBeforeLong
	pOverlapNextLong
	pOverlapNextLong2
	pMetaNext        // a metadata line follows within two lines
	pMetaPrev        // a metadata line precedes within two lines
	pHeadShape       // shaped like a headline of any length
	pHeadShapeMeta   // and next to a metadata line
	pHeadShapeTop    // and before the first line of running text
	pTitleCopy       // a copy of (part of) the page's first lines
	pOverlapLongNext // a long line's words found in the next long line
	numPage
)

// NumFeatures is the length of a line's feature vector.
const NumFeatures = 3*numBase + numPage

// base computes the base features of one line into f.
func base(l *Line, f []float32) {
	t := l.Text
	runes, punct, stops, commas, digits, latin, spaces, han := 0, 0, 0, 0, 0, 0, 0, 0
	colons := 0
	var last rune = -1
	var lastNonCloser rune = -1
	spacedPairs, hanRuns := 0, 0
	angles, bars, dots, tildes, code := 0, 0, 0, 0, 0
	prevHan, prevSpace := false, false
	month := false
	// the word lists and the patterns below are looked for in the line's
	// opening only: furniture words stand in short lines or open long ones
	// (the longest valid prefix of the first maxHead bytes: cut at the
	// character that crosses the limit, or before the first byte that is
	// not UTF-8, found in the walk below)
	head := t
	if len(head) > maxHead {
		k := maxHead
		for k > 0 && !utf8.RuneStart(t[k]) {
			k--
		}
		head = t[:k]
	}
	bad := -1 // where the first byte that is not UTF-8 stands
	var words wordFinder
	for i, n := 0, 0; i < len(t); i += n {
		var r rune
		r, n = cjk.DecodeFast(t, i) // as range does
		if n == 0 {
			r, n = cjk.Decode(t, i)
		}
		if r == utf8.RuneError && bad < 0 {
			if _, n := utf8.DecodeRuneInString(t[i:]); n == 1 {
				bad = i
			}
		}
		if i < len(head) && wordStarts(r) { // the test inlined: most characters start no word
			words.at(head, i, r)
		}
		runes++
		isHan := cjk.IsHan(r)
		if isHan {
			// of the counts below, only these apply to a Chinese character
			if r == '月' {
				month = true
			}
			han++
			if prevSpace && prevHan {
				spacedPairs++
			}
			if !prevHan {
				hanRuns++
			}
			prevHan, prevSpace, last, lastNonCloser = true, false, r, r
			continue
		}
		switch r {
		case '>', '＞', '»', '›', '→':
			angles++
		case '|', '｜':
			bars++
		case '•', '·', '●', '◆', '■', '□':
			dots++
		case '~', '～':
			tildes++
		case '{', '}', '=', '<':
			code++
		}
		if r == '>' {
			code++
		}
		switch {
		case cjk.IsDigit(r):
			digits++
		case cjk.IsLatin(r):
			latin++
		}
		switch r {
		case '，', '。', '、', '；', '：', '！', '？', ',', ';', ':', '!', '?':
			punct++
		}
		switch r {
		case '。', '！', '？', '!', '?':
			stops++
		case '，', ',':
			commas++
		case '：', ':':
			colons++
		}
		if r == ' ' {
			spaces++
			prevSpace = true
			continue
		}
		prevHan = false
		prevSpace = false
		last = r
		if !cjk.IsCloser(r) {
			lastNonCloser = r
		}
	}
	if len(t) > maxHead && bad >= 0 && bad < len(head) {
		head = t[:bad]
		words = wordFinder{}
		for i, r := range head {
			words.at(head, i, r)
		}
	}
	n := float32(max(runes, 1))
	f[fRunesLog] = float32(math.Log1p(float64(runes)) / 6)
	f[fRunes4] = b(runes <= 4)
	f[fRunes10] = b(runes <= 10)
	f[fRunes20] = b(runes <= 20)
	f[fRunes36] = b(runes <= 36)
	f[fRunes60] = b(runes > 60)
	f[fRunes150] = b(runes > 150)
	f[fEndsStop] = b(lastNonCloser != -1 && cjk.IsSentenceEnd(lastNonCloser))
	f[fEndsPeriod] = b(lastNonCloser == '。')
	f[fEndsExclaim] = b(lastNonCloser == '！' || lastNonCloser == '？' || lastNonCloser == '!' || lastNonCloser == '?')
	f[fEndsClause] = b(last == '，' || last == '、' || last == '；' || last == ',' || last == ';')
	f[fEndsColon] = b(last == '：' || last == ':')
	f[fPunctRatio] = min(float32(punct)/n*5, 1)
	f[fStops2] = b(stops >= 2)
	f[fCommas0] = b(commas == 0)
	f[fDigitRatio] = float32(digits) / n
	f[fLatinRatio] = float32(latin) / n
	f[fSpaceRatio] = min(float32(spaces)/n*3, 1)
	f[fHanRatio] = float32(han) / n
	f[fSepAngle] = b(angles >= 1)
	f[fSepAngle2] = b(angles >= 2)
	f[fSepBar] = b(bars > 0)
	f[fSepDot] = b(dots > 0)
	f[fSepTilde] = b(tildes > 0)
	f[fLabelValue] = b(colons > 0 && labelValue(t)) // a label needs its colon
	f[fColons2] = b(colons >= 2)
	// a date needs 月 or five digits (four and one after a separator), a
	// time three digits
	f[fDate] = b((month || digits >= 5) && hasDate(t))
	f[fTime] = b(digits >= 3 && hasTime(t))
	f[fStartsDate] = b((month || digits >= 5) && startsDate(t))
	f[fLetterSpaced] = b(han >= 3 && spacedPairs*2 >= han-1 && hanRuns >= 3)
	f[fDash] = b(strings.HasPrefix(t, "—") || strings.HasPrefix(t, "--") || strings.HasPrefix(t, "－－"))
	f[fBracketed] = b(bracketed(t))
	f[fAuthorTail] = b(authorTail(t))
	f[fDotName] = b(runes <= 24 && dots > 0 && dotName(t)) // dots counts the marks dotName looks for
	// the words below are spelt with Latin letters
	f[fURL] = b(latin > 0 && (strings.Contains(head, "http") || strings.Contains(head, "www.") || strings.Contains(head, ".com") || strings.Contains(head, ".cn")))
	f[fCode] = b(code > 0 && latin > 4 || latin > 0 && (strings.Contains(head, "function") || strings.Contains(head, "var ") || strings.Contains(head, "document.")))
	r0, _ := utf8.DecodeRuneInString(t)
	f[fStartsDigit] = b(cjk.IsDigit(r0))
	f[fOnlyNumber] = b(runes > 0 && runes <= 40 && strings.Trim(t, "0123456789 -—()（）/.第页版") == "")
	f[fSalutation] = b(runes <= 16 && f[fEndsColon] == 1 && commas == 0)
	f[fStandfirst] = b(cjk.HasAnyPrefix(t, "摘要", "内容提要", "提要", "导读", "编者按", "核心提示", "内容概述", "【摘要】"))
	f[fNamesOnly] = b(runes <= 20 && digits == 0 && latin == 0 && names(strings.Trim(t, " ·•")))
	f[fImage] = b(isImageRef(head))
	f[fRoleStart] = b(cjk.HasAnyPrefix(t, "记者", "本报记者", "通讯员", "文/", "文 /", "文|", "撰文", "作者", "編輯", "编辑", "责编", "责任编辑", "审核", "来源", "供稿", "摄影", "图/", "記者", "通訊員"))
	words.hits(f[fWordNav : fWordNav+len(wordLists)])
	f[fBlank1] = b(l.BlankBefore >= 1)
	f[fBlank2] = b(l.BlankBefore >= 2)
	f[fIndent] = b(l.Indent)
	for k := 0; k < numDet; k++ {
		f[fDet+k] = b(l.Det&(1<<k) != 0)
	}
}

// maxHead is how many bytes of a line the word lists are looked for in.
const maxHead = 400

func b(v bool) float32 {
	if v {
		return 1
	}
	return 0
}

// wordHits scores, for each word list, the distinct words of the list
// found in t: 0, 0.5 for one, 1 for two or more. It walks t once, trying
// only the words that start with the character at hand.
func wordHits(t string, out []float32) {
	var w wordFinder
	for i, r := range t {
		w.at(t, i, r)
	}
	w.hits(out)
}

// wordFinder finds the listed words in a text, fed its characters in
// order (base feeds it from its own walk over the line).
type wordFinder struct {
	seen [len(wordLists)][2]int32 // the first two distinct words found, +1
	n    [len(wordLists)]int
}

// at tries the words that start at t[i], whose character is r.
func (f *wordFinder) at(t string, i int, r rune) {
	if !wordStarts(r) {
		return
	}
	for _, w := range wordsOf(r) {
		if f.n[w.list] == 2 || !strings.HasPrefix(t[i:], wordLists[w.list][w.word]) {
			continue
		}
		id := int32(w.word + 1)
		if f.n[w.list] == 1 && f.seen[w.list][0] == id {
			continue
		}
		f.seen[w.list][f.n[w.list]] = id
		f.n[w.list]++
	}
}

// hits writes the scores.
func (f *wordFinder) hits(out []float32) {
	for k := range out {
		out[k] = float32(f.n[k]) / 2
	}
}

type wordRef struct{ list, word int }

// wordStart is a bitset of the first characters of the listed words
// (all in the Basic Multilingual Plane), wordRank the number of set bits
// before each of its words, and wordsByFirst the words by first
// character, in the order of the set bits.
var (
	wordStart    [1 << 10]uint64
	wordRank     [1 << 10]uint16
	wordsByFirst [][]wordRef
)

func init() { indexWords() }

// indexWords builds wordStart, wordRank and wordsByFirst from wordLists.
func indexWords() {
	wordStart = [1 << 10]uint64{}
	for _, list := range wordLists {
		for _, w := range list {
			r, _ := utf8.DecodeRuneInString(w)
			wordStart[r>>6] |= 1 << (r & 63)
		}
	}
	n := 0
	for i, w := range wordStart {
		wordRank[i] = uint16(n)
		n += bits.OnesCount64(w)
	}
	wordsByFirst = make([][]wordRef, n)
	for k, list := range wordLists {
		for j, w := range list {
			r, _ := utf8.DecodeRuneInString(w)
			x := wordIndex(r)
			wordsByFirst[x] = append(wordsByFirst[x], wordRef{k, j})
		}
	}
}

// wordStarts reports a character some listed word starts with.
func wordStarts(r rune) bool { return r < 1<<16 && wordStart[r>>6]&(1<<(r&63)) != 0 }

// wordIndex is the place in wordsByFirst of a character set in wordStart.
func wordIndex(r rune) int {
	return int(wordRank[r>>6]) + bits.OnesCount64(wordStart[r>>6]&(1<<(r&63)-1))
}

// wordsOf returns the listed words that start with r, which must be set
// in wordStart.
func wordsOf(r rune) []wordRef { return wordsByFirst[wordIndex(r)] }

// wordLists are general vocabularies of page furniture and article parts,
// in the order of the fWord features. They are weak evidence: the fitted
// weights say how much each is worth.
var wordLists = [...][]string{
	0:                          {"首页", "当前位置", "您的位置", "现在的位置", "正文", "返回", "上一篇", "下一篇", "导航", "栏目", "频道", "网站地图", "更多", "登录", "注册", "搜索", "菜单"},
	fWordShare - fWordNav:      {"分享", "扫一扫", "二维码", "扫码", "关注", "公众号", "微信", "微博", "客户端", "APP", "App", "下载", "打开", "收藏", "点赞", "转发", "打印", "关闭", "字号", "留言", "评论", "推荐"},
	fWordLegal - fWordNav:      {"版权", "Copyright", "©", "ICP", "备案", "公网安备", "主办", "承办", "技术支持", "联系我们", "免责", "声明", "所有", "未经", "许可"},
	fWordEPaper - fWordNav:     {"版次", "版面", "上一版", "下一版", "上一期", "下一期", "放大", "缩小", "默认", "标题导航", "数字报", "电子报", "往期", "第01版", "PDF", "版:"},
	fWordMeta - fWordNav:       {"来源", "发布时间", "发布日期", "更新时间", "作者", "浏览", "阅读", "点击", "访问", "次数", "日期", "时间"},
	fWordCredit - fWordNav:     {"编辑", "责编", "审核", "校对", "审校", "监制", "终审", "值班", "排版", "美编"},
	fWordReporter - fWordNav:   {"记者", "通讯员", "实习生", "文/", "文 /", "撰稿", "作者"},
	fWordRepost - fWordNav:     {"原标题", "转载", "转自", "来源于", "本文", "观点", "立场", "侵权", "删除"},
	fWordDisclosure - fWordNav: {"索引号", "文号", "发文", "发布机构", "主题分类", "公开", "成文日期", "有效性", "生成日期", "发布单位"},
	fWordHeader - fWordNav:     {"会议", "代表大会", "第一次", "报告", "区长", "主任", "通知", "决定", "意见", "办法"},
}

// isImageRef reports an image placeholder or file name: ![](…), x.png,
// 微信图片_2022…, （资料图片）.
func isImageRef(t string) bool {
	if strings.Contains(t, "![") || strings.IndexByte(t, '_') >= 0 && (strings.Contains(t, "图片_") || strings.Contains(t, "圖片_")) {
		return true
	}
	if t != "" {
		switch t[len(t)-1] { // the last letters of the extensions below
		case 'g', 'f', 'p', 'G':
			for _, ext := range []string{".png", ".jpg", ".jpeg", ".gif", ".webp", ".PNG", ".JPG"} {
				if strings.HasSuffix(t, ext) {
					return true
				}
			}
		}
	}
	return len(t) <= 40 && bracketed(t) && (strings.Contains(t, "图") || strings.Contains(t, "圖"))
}

// labelValue reports a line that opens with a short label and a colon:
// 来源：…, 发布时间：….
func labelValue(t string) bool {
	if len(t) > 24 { // a label of up to six characters and its colon
		t = t[:24]
	}
	i := strings.IndexByte(t, ':')
	if j := strings.Index(t, "："); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 {
		return false
	}
	n := 0
	for _, r := range t[:i] {
		if !cjk.IsHan(r) && r != ' ' {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// hasDate reports a date: 2023-05-06, 2023/5/6, 2023.5.6 or 2023年5月6日, or 5月6日.
func hasDate(t string) bool {
	if i := strings.Index(t, "月"); i > 0 && strings.Contains(t[i:], "日") {
		r, _ := utf8.DecodeLastRuneInString(t[:i])
		if cjk.IsDigit(r) || strings.ContainsRune("一二三四五六七八九十", r) {
			return true
		}
	}
	run := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= '0' && c <= '9' {
			run++
			continue
		}
		if run == 4 && (c == '-' || c == '/' || c == '.') && i+1 < len(t) && t[i+1] >= '0' && t[i+1] <= '9' {
			return true
		}
		run = 0
	}
	return false
}

// HasDateOrTime reports a line that holds a date or a clock time.
func HasDateOrTime(t string) bool { return hasDate(t) || hasTime(t) }

// hasTime reports a clock time: 11:27 or 11:27:51.
func hasTime(t string) bool {
	for off := 0; ; {
		k := strings.IndexByte(t[off:], ':')
		if k < 0 {
			return false
		}
		i := off + k
		if i >= 1 && i+2 < len(t) && t[i-1] >= '0' && t[i-1] <= '9' && t[i+1] >= '0' && t[i+1] <= '5' && t[i+2] >= '0' && t[i+2] <= '9' {
			return true
		}
		off = i + 1
	}
}

// startsDate reports a line that opens with a date.
func startsDate(t string) bool {
	head := t
	if len(head) > 20 {
		head = head[:20]
		for !utf8.ValidString(head) {
			head = head[:len(head)-1]
		}
	}
	if len(t) < 4 || t[0] < '0' || t[0] > '9' {
		return false
	}
	return hasDate(head)
}

// bracketed reports a line wholly inside one pair of brackets.
func bracketed(t string) bool {
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}, {"〔", "〕"}} {
		if strings.HasPrefix(t, p[0]) && strings.HasSuffix(t, p[1]) && strings.Count(t, p[0]) == 1 {
			return true
		}
	}
	return false
}

// authorTail reports a line that is, or ends with, a bracket holding one to
// four short names and nothing else: (张三 李四).
func authorTail(t string) bool {
	i := cjk.LastBracket(t)
	if i < 0 {
		return false
	}
	inner := strings.TrimRight(t[i:], " ")
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if strings.HasPrefix(inner, p[0]) && strings.HasSuffix(inner, p[1]) {
			inner = inner[len(p[0]) : len(inner)-len(p[1])]
			return names(inner)
		}
	}
	return false
}

// names reports one to four runs of two to four Han characters separated
// by spaces or 、.
func names(s string) bool {
	parts, n := 0, 0 // the runs ended so far, the characters of the current one
	for _, r := range s {
		if r == ' ' || r == '、' || r == '　' {
			if n > 0 {
				if n > 4 || n < 2 {
					return false
				}
				parts, n = parts+1, 0
			}
			continue
		}
		if !cjk.IsHan(r) {
			return false
		}
		n++
	}
	if n > 0 {
		if n > 4 || n < 2 {
			return false
		}
		parts++
	}
	return parts >= 1 && parts <= 4
}

// dotName reports a line that is a name between middle dots: ·张三·.
func dotName(t string) bool {
	s := strings.TrimSpace(t)
	for _, d := range []string{"·", "•", "●"} {
		if strings.HasPrefix(s, d) && strings.HasSuffix(s, d) && len(s) > 2*len(d) {
			return names(strings.TrimSpace(s[len(d) : len(s)-len(d)]))
		}
	}
	return false
}

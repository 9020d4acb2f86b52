package detect

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
)

// FieldKind types a label:value field.
type FieldKind uint8

// Field kinds.
const (
	FieldSource     FieldKind = iota + 1 // 来源, 稿件来源, 供稿, 转自
	FieldTime                            // 发布时间, 发布日期, 更新时间, 时间, 日期, 成文日期
	FieldAuthor                          // 作者, 撰稿, 撰文, 执笔
	FieldEditor                          // 编辑, 责编, 责任编辑, 美编, 校对
	FieldReviewer                        // 审核, 审校, 终审, 签发, 监制
	FieldDisclosure                      // government disclosure: 索引号, 发文机关, 发文字号, 主题分类, 有效性
	FieldCounter                         // 浏览次数, 点击数, 阅读量, 访问量
	FieldDisplay                         // reader controls: 字号, 字体, 分享到
	FieldSite                            // a site's own furniture: 主办单位, 承办, 网站标识码, 备案号, 技术支持
	FieldContact                         // 电话, 传真, 地址, 邮编, 邮箱
	FieldPhoto                           // 摄影, 图片, 供图
	FieldOrigin                          // a repost's origin: 原标题, 原文链接, 本文地址
	FieldNav                             // a breadcrumb: 当前位置, 您的位置
)

var fieldKindNames = [...]string{FieldSource: "source", FieldTime: "time", FieldAuthor: "author", FieldEditor: "editor",
	FieldReviewer: "reviewer", FieldDisclosure: "disclosure", FieldCounter: "counter", FieldDisplay: "display",
	FieldSite: "site", FieldContact: "contact", FieldPhoto: "photo", FieldOrigin: "origin", FieldNav: "nav"}

// String returns the kind's name: source, time, author, editor, reviewer,
// disclosure, counter, display, site, contact, photo, origin or nav.
func (k FieldKind) String() string {
	if int(k) < len(fieldKindNames) && fieldKindNames[k] != "" {
		return fieldKindNames[k]
	}
	return "FieldKind(" + string(rune('0'+k%10)) + ")"
}

// label is one metadata label: the word (simplified), its kind, and
// whether it is weak: a word common in prose or notices (时间, 地址) that
// counts as a label only at a clear boundary and never makes a metadata
// line on its own.
type label struct {
	word string
	kind FieldKind
	weak bool
}

// labels is the general vocabulary of metadata labels that web pages,
// e-papers and government disclosure pages use.
var labels = []label{
	{"来源", FieldSource, false}, {"稿件来源", FieldSource, false}, {"信息来源", FieldSource, false},
	{"文章来源", FieldSource, false}, {"新闻来源", FieldSource, false}, {"消息来源", FieldSource, false},
	{"内容来源", FieldSource, false}, {"图片来源", FieldSource, false}, {"稿源", FieldSource, false},
	{"供稿", FieldSource, false}, {"供稿单位", FieldSource, false}, {"转自", FieldSource, false},
	{"转载自", FieldSource, false}, {"出处", FieldSource, false}, {"发布单位", FieldSource, false},
	{"发布时间", FieldTime, false}, {"发布日期", FieldTime, false}, {"发表时间", FieldTime, false},
	{"发表日期", FieldTime, false}, {"更新时间", FieldTime, false}, {"更新日期", FieldTime, false},
	{"发稿时间", FieldTime, false}, {"发文日期", FieldTime, false}, {"成文日期", FieldTime, false},
	{"印发日期", FieldTime, false}, {"公开日期", FieldTime, false}, {"生成日期", FieldTime, false},
	{"录入时间", FieldTime, false}, {"上传时间", FieldTime, false}, {"添加时间", FieldTime, false},
	{"发布于", FieldTime, false}, {"发表于", FieldTime, false}, {"更新于", FieldTime, false}, {"生效日期", FieldTime, false}, {"时间", FieldTime, true},
	{"日期", FieldTime, true},
	{"作者", FieldAuthor, false}, {"撰稿", FieldAuthor, false}, {"撰稿人", FieldAuthor, false},
	{"撰文", FieldAuthor, false}, {"执笔", FieldAuthor, false}, {"文字", FieldAuthor, true},
	{"编辑", FieldEditor, false}, {"责编", FieldEditor, false}, {"责任编辑", FieldEditor, false},
	{"值班编辑", FieldEditor, false}, {"网络编辑", FieldEditor, false}, {"美术编辑", FieldEditor, false},
	{"美编", FieldEditor, false}, {"校对", FieldEditor, false}, {"责任校对", FieldEditor, false},
	{"编校", FieldEditor, false}, {"主编", FieldEditor, false}, {"编审", FieldEditor, false},
	{"版式设计", FieldEditor, false}, {"排版", FieldEditor, false}, {"视觉设计", FieldEditor, false},
	{"编辑整理", FieldEditor, false}, {"整理", FieldEditor, true},
	{"审核", FieldReviewer, false}, {"审校", FieldReviewer, false}, {"审稿", FieldReviewer, false},
	{"终审", FieldReviewer, false}, {"初审", FieldReviewer, false}, {"复审", FieldReviewer, false},
	{"一审", FieldReviewer, false}, {"二审", FieldReviewer, false}, {"三审", FieldReviewer, false},
	{"签发", FieldReviewer, false}, {"监制", FieldReviewer, false}, {"审核人", FieldReviewer, false},
	{"责任审核", FieldReviewer, false}, {"统筹", FieldReviewer, false}, {"策划", FieldReviewer, true},
	{"索引号", FieldDisclosure, false}, {"发文机关", FieldDisclosure, false}, {"发布机构", FieldDisclosure, false},
	{"发文字号", FieldDisclosure, false}, {"文号", FieldDisclosure, true}, {"主题分类", FieldDisclosure, false},
	{"信息分类", FieldDisclosure, false}, {"组配分类", FieldDisclosure, false}, {"体裁分类", FieldDisclosure, false},
	{"主题词", FieldDisclosure, false}, {"公开方式", FieldDisclosure, false}, {"公开范围", FieldDisclosure, false},
	{"公开时限", FieldDisclosure, false}, {"公开形式", FieldDisclosure, false}, {"有效性", FieldDisclosure, false},
	{"文件编号", FieldDisclosure, false}, {"所属机构", FieldDisclosure, false}, {"信息名称", FieldDisclosure, false},
	{"统一编号", FieldDisclosure, false}, {"废止日期", FieldDisclosure, false}, {"公文种类", FieldDisclosure, false},
	{"文种", FieldDisclosure, true}, {"分类", FieldDisclosure, true}, {"标题", FieldDisclosure, true},
	{"浏览次数", FieldCounter, false}, {"浏览量", FieldCounter, false}, {"浏览", FieldCounter, true},
	{"点击数", FieldCounter, false}, {"点击量", FieldCounter, false}, {"点击率", FieldCounter, false},
	{"点击", FieldCounter, true}, {"阅读数", FieldCounter, false}, {"阅读量", FieldCounter, false},
	{"阅读次数", FieldCounter, false}, {"阅读", FieldCounter, true}, {"访问量", FieldCounter, false},
	{"访问次数", FieldCounter, false}, {"访问人次", FieldCounter, false}, {"人气", FieldCounter, true},
	{"字号", FieldDisplay, false}, {"字体", FieldDisplay, false}, {"字体大小", FieldDisplay, false},
	{"分享到", FieldDisplay, false}, {"分享", FieldDisplay, true},
	{"主办", FieldSite, true}, {"主办单位", FieldSite, false}, {"承办", FieldSite, true},
	{"承办单位", FieldSite, false}, {"协办", FieldSite, true}, {"协办单位", FieldSite, false},
	{"主管单位", FieldSite, false}, {"网站标识码", FieldSite, false}, {"备案号", FieldSite, false},
	{"ICP备案号", FieldSite, false}, {"技术支持", FieldSite, false}, {"运维单位", FieldSite, false},
	{"电话", FieldContact, true}, {"联系电话", FieldContact, true}, {"传真", FieldContact, true},
	{"地址", FieldContact, true}, {"邮编", FieldContact, true}, {"邮政编码", FieldContact, true},
	{"邮箱", FieldContact, true}, {"电子邮箱", FieldContact, true}, {"E-mail", FieldContact, true},
	{"Email", FieldContact, true}, {"网址", FieldContact, true},
	{"摄影", FieldPhoto, false}, {"图片", FieldPhoto, true}, {"供图", FieldPhoto, false},
	{"原标题", FieldOrigin, false}, {"原题", FieldOrigin, false}, {"原文标题", FieldOrigin, false},
	{"原文链接", FieldOrigin, false}, {"原文地址", FieldOrigin, false}, {"本文链接", FieldOrigin, false},
	{"本文地址", FieldOrigin, false},
	{"信息时间", FieldTime, false}, {"发文日期", FieldTime, false}, {"废止时间", FieldDisclosure, false},
	{"发文机构", FieldDisclosure, false}, {"内容概述", FieldDisclosure, false}, {"名称", FieldDisclosure, true},
	{"类别", FieldDisclosure, true}, {"栏目", FieldSite, false}, {"所属栏目", FieldSite, false},
	{"专栏名称", FieldSite, false}, {"版面", FieldSite, false}, {"版次", FieldSite, false},
	{"标签", FieldDisplay, false}, {"关键词", FieldDisplay, false}, {"关键字", FieldDisplay, false},
	{"分享至", FieldDisplay, false}, {"打印", FieldDisplay, true}, {"工作时间", FieldContact, true},
	{"用户名", FieldSite, true}, {"密码", FieldSite, true},
	{"当前位置", FieldNav, false}, {"您的位置", FieldNav, false}, {"你的位置", FieldNav, false},
	{"您现在的位置", FieldNav, false}, {"您当前的位置", FieldNav, false}, {"您所在的位置", FieldNav, false},
	{"我的位置", FieldNav, false}, {"所在位置", FieldNav, false}, {"本页位置", FieldNav, false},
	{"当前页面", FieldNav, false},
}

// labelsByFirst lists the indices of labels by the first character of the
// word, longest word first.
var labelsByFirst = func() map[rune][]int {
	m := map[rune][]int{}
	for k, l := range labels {
		r, _ := utf8.DecodeRuneInString(l.word)
		m[r] = append(m[r], k)
	}
	for _, ks := range m {
		slices.SortStableFunc(ks, func(a, b int) int { return len(labels[b].word) - len(labels[a].word) })
	}
	return m
}()

// Field is one label:value field of a line.
type Field struct {
	Kind  FieldKind
	Label string // the label as written (發佈時間 stays traditional)
	Value string // the value, trimmed of white space and of the separators | 丨 │
	Start int    // where the label starts in the line
	End   int    // where the value ends
	// ValueStart is where the value starts (after the colon and spaces).
	ValueStart int
}

// labelAt returns the label at s[i:] followed by its colon (or, for a
// time or a counter, by white space and a digit): the label index, the
// label's bytes, and the bytes up to the start of the value.
func labelAt(s string, i int) (k, ln, vn int) {
	r, _ := keyAt(s, i)
	for _, k := range labelsByFirst[r] {
		l := &labels[k]
		n := prefixKey(s, i, l.word)
		if n == 0 {
			continue
		}
		j := skipSpace(s, i+n)
		c, cn := utf8.DecodeRuneInString(s[j:])
		switch {
		case isColon(c):
			return k, n, skipSpace(s, j+cn) - i
		case j > i+n && cjk.IsDigit(c) && (l.kind == FieldTime || l.kind == FieldCounter):
			return k, n, j - i
		}
	}
	return -1, 0, 0
}

// isFieldBoundary reports whether a label may start at i: at the start,
// after white space or punctuation, or (for a label that is not weak)
// right after a word or a number, as pages that glue their fields write.
func isFieldBoundary(s string, i int, weak bool) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if cjk.IsHan(r) || cjk.IsLatin(r) || cjk.IsDigit(r) {
		return !weak
	}
	return true
}

// isValueSep reports what separates the fields of a metadata line beside
// white space: vertical bars and slashes.
func isValueSep(r rune) bool {
	switch r {
	case '|', '｜', '丨', '│', '/', '／', '【', '】', '[', ']':
		return true
	}
	return cjk.IsSpace(r)
}

// Fields returns the label:value fields of a line, in order: every label
// of the vocabulary followed by a colon (来源：区融媒体中心), or, for times
// and counters, by white space and a number (发布时间 2023-05-06). Labels
// are read through the simplified key (發佈時間：). A value runs to the
// next field. A weak label (时间, 地址, 电话 …) counts only after white
// space or punctuation.
func Fields(s string) []Field {
	var out []Field
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if _, ok := labelsByFirst[simplify(r)]; ok {
			if k, ln, vn := labelAt(s, i); k >= 0 && isFieldBoundary(s, i, labels[k].weak) {
				if n := len(out); n > 0 {
					out[n-1].End = i
				}
				out = append(out, Field{Kind: labels[k].kind, Label: s[i : i+ln], Start: i, ValueStart: i + vn, End: len(s)})
				i += vn
				continue
			}
		}
		i += size
	}
	for k := range out {
		f := &out[k]
		v := s[f.ValueStart:f.End]
		v = strings.TrimRightFunc(v, isValueSep)
		f.End = f.ValueStart + len(v)
		f.Value = strings.TrimLeftFunc(v, isValueSep)
	}
	return out
}

// MetaLine reports a metadata line: one made of label:value fields and
// nothing else (来源：区政府办 发布时间：2023-05-06 浏览次数：35; 索引号：…;
// 责任编辑：王明). The first field must open the line (after brackets and
// white space). One field is enough unless its label is weak (时间：,
// 地址：, which notices use in their body); two or more fields need one
// whose label is not weak and that is not a contact. A field whose value holds a
// sentence (a 。) is prose, and a line of more than 200 characters is not
// a metadata line. A date and time may stand before the first field,
// unlabelled (2023-05-06 10:00 来源：…).
func MetaLine(s string) ([]Field, bool) {
	i := 0
	var closers []rune // of the brackets skipped
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !cjk.IsSpace(r) && Closer(r) == 0 && !IsMark(r) && !isDot(r) {
			break
		}
		if c := Closer(r); c != 0 {
			closers = append(closers, c)
		}
		i += n
	}
	if i == len(s) {
		return nil, false
	}
	if n := leadingDateTime(s[i:]); n > 0 {
		i = skipSpace(s, i+n) // 2023-05-06 10:00 来源：…
	}
	if n := gluedDateTime(s[i:]); n > 0 {
		i += n // 2023年05月06日10:00来源：…, the white space closed up
	}
	if r, _ := keyAt(s, i); labelsByFirst[r] == nil {
		return nil, false
	}
	if k, _, _ := labelAt(s, i); k < 0 {
		return nil, false
	}
	if utf8.RuneCountInString(s) > 200 {
		return nil, false
	}
	fs := Fields(s[i:])
	if len(fs) == 0 || fs[0].Start != 0 {
		return nil, false
	}
	// （来源：区政府办）: the closers of the brackets skipped are no value
	last := &fs[len(fs)-1]
	for k := len(closers) - 1; k >= 0; k-- {
		v := strings.TrimRightFunc(last.Value, cjk.IsSpace)
		r, n := utf8.DecodeLastRuneInString(v)
		if r != closers[k] && !(isRound(closers[k]) && isRound(r)) {
			break
		}
		last.Value = strings.TrimRightFunc(v[:len(v)-n], cjk.IsSpace)
		last.End = last.ValueStart + strings.Index(s[i+last.ValueStart:], last.Value) + len(last.Value)
	}
	ok := false
	for k := range fs {
		f := &fs[k]
		f.Start += i
		f.End += i
		f.ValueStart += i
		// (runs of ？ are characters the page's encoding lost, no question)
		if v := strings.ReplaceAll(strings.ReplaceAll(f.Value, "？？？", ""), "？？", ""); strings.ContainsAny(v, "。！？") {
			return nil, false
		}
		if f.Kind != FieldContact && (!labelOf(f).weak || f.Kind == FieldTime && isDateTime(f.Value)) {
			ok = true // 日期：2018-06-15 alone is metadata; 时间：6月1日上午 is a notice's
		}
	}
	if len(fs) == 1 && utf8.RuneCountInString(fs[0].Value) > 60 {
		return nil, false
	}
	if !ok {
		return nil, false
	}
	return fs, true
}

// labelOf returns the vocabulary entry of a field's label.
func labelOf(f *Field) *label {
	if k, _, _ := labelAt(f.Label+"：", 0); k >= 0 {
		return &labels[k]
	}
	return &label{weak: true}
}

// mediaSuffixes end the name of a paper, site, station or agency.
var mediaSuffixes = []string{"报", "网", "台", "社", "刊", "在线", "客户端", "新闻", "频道", "之声", "融媒", "中心", "传媒", "杂志", "报业", "日报", "晚报", "APP", "号", "集团"}

// SourceAuthor splits the value of a source field that names a paper and
// its writer (某某报 张三) into the two. author is "" when the value names
// no writer.
func SourceAuthor(value string) (source, author string) {
	v := strings.TrimSpace(value)
	i := strings.LastIndexFunc(v, cjk.IsSpace)
	if i < 0 {
		return v, ""
	}
	src, name := strings.TrimSpace(v[:i]), strings.TrimSpace(v[i+1:])
	if src == "" || !nameShaped(name) {
		return v, ""
	}
	for _, suf := range mediaSuffixes {
		if suffixKey(src, suf) > 0 {
			return src, name
		}
	}
	return v, ""
}

// Credits returns the people a field credits: the writers of an author
// field (作者：张三 李四, 作者：本报记者 张三 通讯员 李四), the writer named
// after the paper in a source field (来源：某某报 张三), and the editors
// and reviewers of editor and reviewer fields. Names stop at the first
// word that is not one (作者：张三 2023-05-06 gives 张三).
func (f *Field) Credits() []Credit {
	v := strings.TrimSpace(f.Value)
	switch f.Kind {
	case FieldAuthor:
		if cs, ok := Byline(v); ok {
			return cs
		}
		return leadingNames(v, Reporter)
	case FieldSource:
		if _, a := SourceAuthor(v); a != "" {
			return []Credit{{Role: Reporter, Name: a}}
		}
	case FieldEditor:
		return leadingNames(v, Editor)
	case FieldReviewer:
		return leadingNames(v, Reviewer)
	case FieldPhoto:
		return leadingNames(v, Photographer)
	}
	return nil
}

// leadingNames reads the name-shaped names that open v, separated by
// white space, 、 or ，, with the role given.
func leadingNames(v string, role Role) []Credit {
	var out []Credit
	for _, p := range strings.FieldsFunc(v, func(r rune) bool { return isSep(r) || isSlash(r) }) {
		// a name glued to the date after it (作者：张三2023-05-06 10:00)
		q := strings.TrimRightFunc(p, func(r rune) bool { return cjk.IsDigit(r) || r == '-' || r == '/' || r == '.' || r == ':' })
		glued := q != p
		if !nameShaped(q) || len(out) == 4 {
			break
		}
		out = append(out, Credit{Role: role, Name: q})
		if glued {
			break
		}
	}
	return out
}

// leadingDateTime returns the bytes of a numeric date, with a time
// perhaps, that opens s and is followed by white space (2023-05-06,
// 2023/5/6 10:00:00, 2023年5月6日), or 0.
func leadingDateTime(s string) int {
	digits, i, end := 0, 0, 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case cjk.IsDigit(r):
			digits++
		case r == '-' || r == '/' || r == '.' || r == ':' || r == '年' || r == '月' || r == '日' || r == '：':
		case r == ' ' && digits >= 6:
			end = i // a date; a time may follow
		default:
			if digits < 6 {
				return 0
			}
			if end == 0 {
				return 0 // the date runs into the text
			}
			return end
		}
		i += n
	}
	return end
}

// gluedDateTime returns the bytes of a numeric date or time that opens s
// and runs straight into a metadata label (2023-05-06 10:00来源：…,
// 10:00:00作者：…), or 0.
func gluedDateTime(s string) int {
	digits, i := 0, 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case cjk.IsDigit(r):
			digits++
		case r == '-' || r == '/' || r == '.' || r == ':' || r == '年' || r == '月' || r == '日' || r == '：' || r == ' ':
		default:
			if digits < 4 {
				return 0
			}
			if k, _, _ := labelAt(s, i); k < 0 {
				return 0
			}
			return i
		}
		i += n
	}
	return 0
}

// isDateTime reports a value that is a numeric date, with a time perhaps,
// and nothing else (2018-06-15, [2020年01月08日], 2023/5/6 10:00).
func isDateTime(v string) bool {
	v = strings.Trim(v, "[]【】()（） ")
	return v != "" && leadingDateTime(v+" ") == len(v)
}

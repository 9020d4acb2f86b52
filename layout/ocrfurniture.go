package layout

import (
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
)

// ocrFurniture marks the running heads, page labels, dates and page
// numbers of a printed page as page furniture wherever they stand: in the
// head, at a column's top or at the page's foot. It applies only to text
// with column lines (see colProfile) or columns set side by side (see
// readColumns): on a web page a date or a 第N版 line belongs to the
// masthead or the article.
func (a *assembler) ocrFurniture() {
	if a.cols.width == 0 && len(a.colTop) == 0 {
		a.pageLabelEdges()
		return
	}
	for i := range a.d.Lines {
		l := &a.d.Lines[i]
		f := &a.feats[i]
		if l.Blank || f.furniture != noFurn || f.byline || f.dateline {
			continue
		}
		if IsRunningHead(l.Text) {
			f.furniture = furnPageFurniture
			l.Label = LabelFurniture
		} else if a.isOCRNoise(i) {
			f.furniture = furnPageFurniture
			l.Label = LabelFurniture
			if a.noise == nil {
				a.noise = map[int]bool{}
			}
			a.noise[i] = true
		}
	}
}

// furnReason is the reason a furniture line's block gives.
func (a *assembler) furnReason(i int) string {
	if a.noise[i] {
		return "ocr-noise"
	}
	return a.feats[i].furniture.String()
}

// isOCRNoise reports a line that OCR made of a photo, a rule or a stain:
// Latin letters mixed with a Chinese character or two (SN抽sn), a few
// Latin letters alone (wm), or one or two Chinese characters with nothing
// else, not in a narrow run, or a mark or two alone (], ‖). None has
// sentence punctuation.
func (a *assembler) isOCRNoise(i int) bool {
	lines := a.d.Lines
	text := lines[i].Text
	han, latin, other, n := 0, 0, 0, 0
	for _, r := range text {
		switch {
		case r == ' ':
			continue
		case cjk.IsHan(r):
			han++
		case cjk.IsLatin(r):
			latin++
		case r == '。' || r == '，' || r == '！' || r == '？' || r == '；' || r == '：':
			return false
		default:
			other++
		}
		n++
	}
	if n == 0 || n > 16 || a.feats[i].byline || a.feats[i].dateline {
		return false
	}
	switch {
	case han == 0 && latin == 0 && n <= 2 && strings.Trim(strings.ReplaceAll(text, " ", ""), junkMarks) == "":
		return true // ], ‖, _: a rule or a photo's edge
	case latin >= 2 && han >= 1 && latin+other >= han:
		return true // SN抽sn, [一一人 三 三LULI
	case han == 0 && latin >= 1 && latin <= 4 && other == 0:
		return true // wm
	case han <= 2 && latin == 0 && other == 0:
		// not in a narrow run (a vertical headline): its neighbours are
		// blank or wide
		narrow := func(j int) bool {
			return j >= 0 && j < len(lines) && !lines[j].Blank && a.feats[j].runes <= narrowMax
		}
		return !narrow(i-1) && !narrow(i+1)
	}
	return false
}

// junkMarks are the marks OCR reads alone on a line from a rule, a
// photo's edge or a stain. Closing quotes and brackets that may end a
// paragraph's last line are not among them.
const junkMarks = "[]|‖丨_~`'\"•·<>{}《〈(—-=+*#^"

// headSeparators stand between the parts of a running head; OCR reads a
// middle dot as 。 or a full stop.
func isHeadSeparator(r rune) bool {
	switch r {
	case ' ', '\u3000', '·', '•', '・', '。', '.', '|', '｜', '丨', '-', '—', '–', '/', '：', ':', '丶', '，', ',', '、':
		return true
	}
	return false
}

// IsRunningHead reports whether a line is a printed page's running head or
// foot, or a part of one: a page label (第6版, 第06版：邻里, A04), a page
// number (7, — 7 —), an issue date with its weekday (2023年7月5日 星期三),
// a paper's name with or without its section (社区晨报 · 要闻), or several
// of these on one line. Sentences never are.
//
// It is exposed for the line classifier: the labelling model should take
// it as a feature of a line (strongest at the page's first and last lines
// and at a column's top) and label such lines furniture.
func IsRunningHead(text string) bool {
	text = strings.TrimSpace(text)
	n := utf8.RuneCountInString(text)
	if n == 0 || n > 40 {
		return false
	}
	parts := strings.FieldsFunc(text, isHeadSeparator)
	if len(parts) == 0 {
		return false
	}
	for k, p := range parts {
		// quotes and brackets OCR reads beside a part, and the rules
		// around a page number (— 1 — read as 1一)
		parts[k] = strings.Trim(p, "“”\"'‘’[]【】〈〉《》「」()（）一~_")
	}
	kinds := 0
	other := 0
	for _, p := range parts {
		k, o := headTokens(p)
		kinds += k
		other += o
	}
	if kinds == 0 {
		return false
	}
	// every part a part of a running head: a 。 or ， between them is
	// OCR's reading of a middle dot
	if other == 0 {
		return true
	}
	return other <= 4 && kinds >= 2 && !strings.ContainsAny(text, "。，；！？")
}

// isPageLabel matches 第6版, 第06版, 第十版, 6版, A04, B12 and 第3页.
func isPageLabel(p string) bool {
	s := strings.TrimPrefix(p, "第")
	for _, u := range []string{"版", "页", "期"} {
		if strings.HasSuffix(s, u) {
			mid := strings.TrimSuffix(s, u)
			// ] l I | are OCR's readings of a 1
			if mid != "" && strings.Trim(mid, "0123456789一二三四五六七八九十]lI|") == "" && utf8.RuneCountInString(mid) <= 4 {
				return true
			}
		}
	}
	if len(p) >= 2 && len(p) <= 4 && p[0] >= 'A' && p[0] <= 'H' && strings.Trim(p[1:], "0123456789") == "" {
		return true
	}
	return false
}

func isPageNumber(p string) bool {
	return len(p) <= 3 && strings.Trim(p, "0123456789") == ""
}

// isIssueDate matches a full date, 2023年7月5日 (OCR may drop one of the
// characters between the numbers).
func isIssueDate(p string) bool {
	y := strings.Index(p, "年")
	m := strings.Index(p, "月")
	if y < 0 || m < y {
		return false
	}
	digits := 0
	for _, r := range p {
		switch {
		case cjk.IsDigit(r), r == ']', r == 'l', r == 'I', r == '|':
			digits++
		case r == '年' || r == '月' || r == '日':
		default:
			return false
		}
	}
	return digits >= 6
}

func isWeekday(p string) bool {
	if !strings.HasPrefix(p, "星期") && !strings.HasPrefix(p, "周") {
		return false
	}
	if p == "星期" {
		return true // its day lost to OCR
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(p, "星期"), "周")
	return utf8.RuneCountInString(rest) == 1 && strings.ContainsAny(rest, "一二三四五六日天")
}

// isPaperName matches the name of a paper: a few characters ending in
// 报, 周刊 or 新闻 (社区晨报, 新城街道报).
func isPaperName(p string) bool {
	n := utf8.RuneCountInString(p)
	if n < 3 || n > 10 {
		return false
	}
	for _, r := range p {
		if !cjk.IsHan(r) {
			return false
		}
	}
	for _, s := range []string{"报", "周刊", "新闻", "日刊", "晚刊"} {
		if strings.HasSuffix(p, s) {
			return true
		}
	}
	return false
}

// isSectionWord matches a short page-section name set beside a running
// head: two to four Chinese characters.
func isSectionWord(p string) bool {
	n := utf8.RuneCountInString(p)
	if n < 2 || n > 4 {
		return false
	}
	for _, r := range p {
		if !cjk.IsHan(r) {
			return false
		}
	}
	return true
}

// headTokens reads a part of a running head as a run of its tokens (page
// labels, dates, weekdays, paper and section names), which OCR may have
// set without spaces between them (第11版2022年12月19日). It returns how
// many tokens it read, and how many characters are left that are none.
func headTokens(p string) (kinds, other int) {
	for p != "" {
		if n := prefixLen(p, isPageLabel); n > 0 {
			kinds++
			p = p[n:]
			continue
		}
		if n := prefixLen(p, isIssueDate); n > 0 {
			kinds++
			p = p[n:]
			continue
		}
		if n := prefixLen(p, isWeekday); n > 0 {
			kinds++
			p = p[n:]
			continue
		}
		// a name runs to the next number or 第
		i := strings.IndexFunc(p, func(r rune) bool { return cjk.IsDigit(r) || r == '第' })
		if i == 0 {
			if isPageNumber(p) {
				return kinds + 1, other
			}
			return kinds, other + utf8.RuneCountInString(p)
		}
		name := p
		if i > 0 {
			name = p[:i]
		}
		switch {
		case isPaperName(name):
			kinds++
		case isSectionWord(name):
		default:
			other += utf8.RuneCountInString(name)
		}
		p = p[len(name):]
	}
	return kinds, other
}

// prefixLen returns the length of the longest prefix of p that match
// accepts, or 0.
func prefixLen(p string, match func(string) bool) int {
	for n := len(p); n > 0; n-- {
		if utf8.ValidString(p[:n]) && match(p[:n]) {
			return n
		}
	}
	return 0
}

// pageLabelEdges marks as furniture, on any page, a running head that
// holds a page label (第6版) among the page's first three and last three
// lines: a printed page's head and foot, whatever the rest of the text.
func (a *assembler) pageLabelEdges() {
	var content []int
	for i := range a.d.Lines {
		if !a.d.Lines[i].Blank {
			content = append(content, i)
		}
	}
	for k, i := range content {
		if k >= 3 && k < len(content)-3 {
			continue
		}
		f := &a.feats[i]
		text := a.d.Lines[i].Text
		if f.furniture == noFurn && !f.byline && !f.dateline && hasPageLabel(text) && IsRunningHead(text) {
			f.furniture = furnPageFurniture
			a.d.Lines[i].Label = LabelFurniture
		}
	}
}

// hasPageLabel reports whether text holds 第N版 (N in digits or Chinese
// numerals, OCR's ] l I | for 1 included).
func hasPageLabel(text string) bool {
	for i := strings.Index(text, "第"); i >= 0; {
		rest := strings.TrimLeft(text[i+len("第"):], " 0123456789一二三四五六七八九十]lI|")
		if len(rest) < len(text)-i-len("第") && strings.HasPrefix(rest, "版") {
			return true
		}
		j := strings.Index(text[i+len("第"):], "第")
		if j < 0 {
			break
		}
		i += len("第") + j
	}
	return false
}

package parse

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
	"github.com/civicnews/civicnews/layout"
)

var (
	reDate      = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	reWeekday   = regexp.MustCompile(`(星期|礼拜)[一二三四五六日天]|周[一二三四五六日]`)
	reTotal     = regexp.MustCompile(`总\s*第\s*(\d+)\s*期`)
	reIssue     = regexp.MustCompile(`第\s*(\d+)\s*期`)
	rePages     = regexp.MustCompile(`(?:本期|今日|本报|共)\s*(\d+)\s*(?:版|个版)`)
	reNext      = regexp.MustCompile(`下期出版(?:日期)?\s*[：:]?\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	rePermit    = regexp.MustCompile(`准印证(?:号)?\s*[：:]?\s*([^\s/／|｜]+)`)
	reCN        = regexp.MustCompile(`CN\s*\d{2}\s*[-－]\s*\d{4}(?:/[A-Z]+)?`)
	reISSN      = regexp.MustCompile(`ISSN\s*\d{4}\s*[-－]\s*\d{3}[\dX]`)
	reURL       = regexp.MustCompile(`(?:https?://|www\.)[A-Za-z0-9.\-_/~%?=&#:]+`)
	rePublisher = regexp.MustCompile(`^(.{2,40}?)\s*(?:联合出版|联合主办|出版|主办|编印|编辑出版)$`)
	rePubPrefix = regexp.MustCompile(`(?:^|\s)(?:主办单位|主办|出版单位|出版|编印)\s*[：:]\s*([^\s　]{2,40})`)
	reEnglish   = regexp.MustCompile(`^[A-Z][A-Z'&.\-]*(?:\s+[A-Z][A-Z'&.\-]*)+$`)
	// fields that make a masthead on their own
	reStrong = regexp.MustCompile(`第\s*\d+\s*期|本期\s*\d+\s*版|下期出版|准印证|CN\s*\d{2}-\d{4}|ISSN`)
)

// pubWords are the words every publisher line (rePublisher, rePubPrefix)
// holds.
var pubWords = []string{"出版", "主办", "编印"}

var paperSuffixes = []string{"晨报", "晚报", "日报", "周报", "时报", "社区报", "街道报", "区报", "导报", "商报", "报"}

// paperName returns the paper's name if the line names one: a short line
// ending in 报, or a 《…报》 title in the line.
func paperName(text string) string {
	if i := strings.Index(text, "《"); i >= 0 {
		if j := strings.Index(text[i:], "》"); j > 0 {
			name := text[i+len("《") : i+j]
			if hasPaperSuffix(name) && utf8.RuneCountInString(name) <= 10 {
				return name
			}
		}
	}
	t := strings.TrimSpace(text)
	n := utf8.RuneCountInString(t)
	if n >= 2 && n <= 10 && hasPaperSuffix(t) && onlyHan(t) {
		return t
	}
	return ""
}

func hasPaperSuffix(s string) bool {
	for _, suf := range paperSuffixes {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return true
		}
	}
	return false
}

func onlyHan(s string) bool {
	for _, r := range s {
		if !cjk.IsHan(r) {
			return false
		}
	}
	return s != ""
}

// spacedSlogan returns the characters of a slogan set in spaced-out
// characters (自 / 家 / 门 / 口), joined, or "".
func spacedSlogan(text string) string {
	parts := strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '/' || r == '／' || r == '·' || r == '|' || r == '｜' })
	if len(parts) < 4 {
		return ""
	}
	var b strings.Builder
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 || !onlyHan(p) {
			return ""
		}
		b.WriteString(p)
	}
	return b.String()
}

// mastheadFields extracts what masthead fields a line holds into m and
// reports whether it held any, and whether the line is made of masthead
// fields only (little else left when they are taken out).
func mastheadFields(text string, m *Masthead) (found, whole bool) {
	rest := text
	// take runs re only when rest holds one of the literals every match
	// of re holds: most lines hold none, and a regexp is dear.
	take := func(re *regexp.Regexp, lits ...string) []string {
		if !containsAny(rest, lits) {
			return nil
		}
		loc := re.FindStringSubmatchIndex(rest)
		if loc == nil {
			return nil
		}
		var sub []string
		for i := 0; i < len(loc); i += 2 {
			if loc[i] < 0 {
				sub = append(sub, "")
				continue
			}
			sub = append(sub, rest[loc[i]:loc[i+1]])
		}
		rest = rest[:loc[0]] + " " + rest[loc[1]:]
		found = true
		return sub
	}
	if s := take(reNext, "下期出版"); s != nil {
		y, _ := strconv.Atoi(s[1])
		mo, _ := strconv.Atoi(s[2])
		d, _ := strconv.Atoi(s[3])
		m.nextY, m.nextM, m.nextD = y, mo, d
	}
	if s := take(rePermit, "准印证"); s != nil {
		m.Permit = s[1]
	}
	if s := take(reCN, "CN"); s != nil {
		m.CN = strings.ReplaceAll(s[0], " ", "")
	}
	if s := take(reISSN, "ISSN"); s != nil {
		m.ISSN = strings.Join(strings.Fields(s[0]), " ")
	}
	if s := take(reURL, "http", "www."); s != nil {
		m.URL = strings.TrimRight(s[0], ".")
		if strings.HasPrefix(m.URL, "www.") {
			m.URL = "http://" + m.URL
		}
	}
	if s := take(reTotal, "总"); s != nil {
		m.TotalIssue, _ = strconv.Atoi(s[1])
	}
	if s := take(reIssue, "期"); s != nil {
		m.Issue, _ = strconv.Atoi(s[1])
	}
	if s := take(rePages, "版"); s != nil {
		m.Pages, _ = strconv.Atoi(s[1])
	}
	if s := take(reDate, "年"); s != nil {
		y, _ := strconv.Atoi(s[1])
		mo, _ := strconv.Atoi(s[2])
		d, _ := strconv.Atoi(s[3])
		if validDate(y, mo, d) {
			m.Date = fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
		}
	}
	if s := take(reWeekday, "星期", "礼拜", "周"); s != nil {
		m.Weekday = s[0]
		if strings.HasPrefix(s[0], "周") {
			m.Weekday = "星期" + strings.TrimPrefix(s[0], "周")
		}
	}
	if !found {
		return false, false
	}
	left := strings.Map(func(r rune) rune {
		if cjk.IsHan(r) || cjk.IsLatin(r) || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, rest)
	left = strings.TrimSpace(left)
	// what is left is a label (准印证号, 数字报) or nothing
	return true, utf8.RuneCountInString(left) <= 6
}

// containsAny reports whether s contains any of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func validDate(y, m, d int) bool {
	return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// resolveNext turns the 下期出版 month and day into a full date, in the year
// of the issue or the next one.
func (m *Masthead) resolveNext() {
	if m.nextM == 0 {
		return
	}
	y := m.nextY
	if y == 0 && len(m.Date) == 10 {
		y, _ = strconv.Atoi(m.Date[:4])
		im, _ := strconv.Atoi(m.Date[5:7])
		if m.nextM < im {
			y++
		}
	}
	if y > 0 && validDate(y, m.nextM, m.nextD) {
		m.NextIssueDate = fmt.Sprintf("%04d-%02d-%02d", y, m.nextM, m.nextD)
	}
}

// findMasthead looks for a masthead among the first blocks of the page.
// It returns the masthead (or nil) and the index of the first block after
// it. Lines in the masthead region that are no masthead field are
// returned as stray boilerplate.
func findMasthead(blocks []layout.Block) (*Masthead, int, []Boilerplate) {
	const window = 24
	var (
		m       Masthead
		last    = -1
		strong  bool
		fields  = map[int]bool{}
		paperAt = -1
		enAt    = -1
	)
	for i := 0; i < len(blocks) && i < window; i++ {
		b := &blocks[i]
		if b.Kind == layout.Caption {
			continue
		}
		if b.Kind == layout.Body && !cjk.RunesAtMost(b.Text, 60) || b.Kind == layout.Byline {
			break
		}
		text := b.Text
		var probe Masthead
		found, whole := mastheadFields(text, &probe)
		switch {
		case found && whole:
			merge(&m, &probe)
			fields[i] = true
			last = i
			if reStrong.MatchString(text) {
				strong = true
			}
			if name := paperName(text); name != "" && m.Paper == "" {
				m.Paper, paperAt = name, i
			}
			continue
		case m.Paper == "" && paperName(text) != "":
			m.Paper, paperAt = paperName(text), i
			fields[i] = true
			last = i
			continue
		case m.PaperEN == "" && text != "" && text[0] >= 'A' && text[0] <= 'Z' && reEnglish.MatchString(text):
			m.PaperEN, enAt = text, i
			fields[i] = true
			continue
		case m.Slogan == "" && spacedSlogan(text) != "":
			m.Slogan = spacedSlogan(text)
			fields[i] = true
			continue
		}
		// every ending rePublisher knows ends in 出版, 主办 or 编印, and
		// rePubPrefix needs one of these words too
		if !containsAny(text, pubWords) {
			continue
		}
		if s := rePublisher.FindStringSubmatch(text); s != nil && m.Publisher == "" && !strings.ContainsAny(text, "，。") {
			m.Publisher = s[1]
			fields[i] = true
			last = i
			continue
		}
		if s := rePubPrefix.FindStringSubmatch(text); s != nil && m.Publisher == "" {
			m.Publisher = s[1]
			fields[i] = true
			last = i
			continue
		}
	}
	if m.Paper == "" && enAt >= 0 {
		// a short Chinese name set next to the English one
		for _, k := range []int{enAt - 1, enAt + 1} {
			if k >= 0 && k < len(blocks) && !fields[k] && blocks[k].Kind == layout.Heading {
				t := blocks[k].Text
				if n := utf8.RuneCountInString(t); n >= 2 && n <= 8 && onlyHan(t) {
					m.Paper, paperAt = t, k
					fields[k] = true
					break
				}
			}
		}
	}
	if last < 0 || !(strong || m.Paper != "" && (m.Date != "" || m.Issue > 0)) {
		return nil, 0, nil
	}
	// the region runs to the last masthead field, and on over lines that
	// belong to it (English name, slogan) without a heading between
	end := last + 1
	for end < len(blocks) && fields[end] {
		end++
	}
	m.resolveNext()
	var stray []Boilerplate
	for i := 0; i < end; i++ {
		b := &blocks[i]
		switch {
		case fields[i]:
			m.Spans = append(m.Spans, b.Spans...)
		case m.Edition == "" && b.Kind != layout.Caption && isEdition(b.Text, &m, i, paperAt, blocks):
			m.Edition = b.Text
			m.Spans = append(m.Spans, b.Spans...)
		case b.Kind == layout.Furniture || b.Kind == layout.Caption:
			stray = append(stray, Boilerplate{Text: b.Text, Reason: b.Reason, Spans: b.Spans})
		default:
			stray = append(stray, Boilerplate{Text: b.Text, Reason: "stray", Spans: b.Spans})
		}
	}
	return &m, end, stray
}

// isEdition reports whether the block at i names the paper's edition or
// community: a short name next to the paper's name, which the publisher
// line names too when there is one.
func isEdition(text string, m *Masthead, i, paperAt int, blocks []layout.Block) bool {
	n := utf8.RuneCountInString(text)
	if n < 2 || n > 6 || !onlyHan(text) || paperAt < 0 {
		return false
	}
	if i != paperAt-1 && i != paperAt+1 {
		return false
	}
	return m.Publisher == "" || strings.Contains(m.Publisher, text)
}

func merge(dst, src *Masthead) {
	set := func(d *string, s string) {
		if *d == "" {
			*d = s
		}
	}
	set(&dst.Date, src.Date)
	set(&dst.Weekday, src.Weekday)
	set(&dst.Permit, src.Permit)
	set(&dst.CN, src.CN)
	set(&dst.ISSN, src.ISSN)
	set(&dst.URL, src.URL)
	if dst.Issue == 0 {
		dst.Issue = src.Issue
	}
	if dst.TotalIssue == 0 {
		dst.TotalIssue = src.TotalIssue
	}
	if dst.Pages == 0 {
		dst.Pages = src.Pages
	}
	if dst.nextM == 0 {
		dst.nextY, dst.nextM, dst.nextD = src.nextY, src.nextM, src.nextD
	}
}

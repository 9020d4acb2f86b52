package layout

import (
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
)

// Role is what a person named in a byline did for the article.
type Role string

// Byline roles.
const (
	Reporter      Role = "reporter"      // 记者, 本报记者, 文/, 撰稿
	Correspondent Role = "correspondent" // 通讯员
	Intern        Role = "intern"        // 实习生
	Photographer  Role = "photographer"  // 摄影, 图/, 摄
)

// Credit is one name of a byline with its role.
type Credit struct {
	Role Role
	Name string
}

// bylineRoles are the words that introduce names in a byline, longest first.
var bylineRoles = []struct {
	word string
	role Role
}{
	{"本报首席记者", Reporter}, {"本报特约记者", Reporter}, {"本报见习记者", Reporter},
	{"特约通讯员", Correspondent}, {"本报通讯员", Correspondent}, {"融媒体记者", Reporter}, {"全媒体记者", Reporter},
	{"本报记者", Reporter}, {"首席记者", Reporter}, {"特约记者", Reporter}, {"见习记者", Reporter},
	{"通讯员", Correspondent}, {"实习生", Intern}, {"记者", Reporter},
	{"摄影", Photographer}, {"摄像", Photographer}, {"撰稿", Reporter}, {"文字", Reporter}, {"图片", Photographer},
	{"文／", Reporter}, {"图／", Photographer}, {"文/", Reporter}, {"图/", Photographer},
	{"文｜", Reporter}, {"图｜", Photographer}, {"文|", Reporter}, {"图|", Photographer},
	{"摄", Photographer},
}

// notNames are words that follow a role word in headings, not names:
// 记者手记, 记者观察.
var notNames = map[string]bool{"手记": true, "观察": true, "调查": true, "札记": true, "来信": true, "笔记": true, "视角": true, "探访": true, "直击": true, "连线": true}

const bylineMarks = "□■◆◇○●◎★☆▲△"

// isBylineSep reports the characters between a byline's parts, " 、，,：:"
// (a switch: strings.TrimLeft is slow for a cutset of non-ASCII characters).
func isBylineSep(r rune) bool {
	switch r {
	case ' ', '、', '，', ',', '：', ':':
		return true
	}
	return false
}

// isBylineMark reports whether r is one of bylineMarks (a switch: every
// line is tested, and strings.ContainsRune is slow for these).
func isBylineMark(r rune) bool {
	switch r {
	case '□', '■', '◆', '◇', '○', '●', '◎', '★', '☆', '▲', '△':
		return true
	}
	return false
}

// ParseByline reads a byline: optional marks (□), roles (记者, 通讯员,
// 实习生, 摄影, 文/, 图/ …) each followed by names of two to four Chinese
// characters separated by spaces or 、, optionally in brackets
// (（记者 王明）). It reports false when the whole text is not a byline. A
// byline may name a role with no name after it (□记者 at the end of a
// line, its names on the next).
func ParseByline(text string) ([]Credit, bool) {
	s := strings.TrimSpace(text)
	marked := false
	for {
		r, n := utf8.DecodeRuneInString(s)
		if n == 0 || !isBylineMark(r) {
			break
		}
		s = strings.TrimSpace(s[n:])
		marked = true
	}
	if strings.HasPrefix(s, "（") && strings.HasSuffix(s, "）") {
		s = strings.TrimSuffix(strings.TrimPrefix(s, "（"), "）")
	} else if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = s[1 : len(s)-1]
	}
	var (
		credits []Credit
		cur     Role
		roles   int
		bare    bool // the last role has no name yet
		spaced  bool // the last role is followed by a space
	)
	for s != "" {
		s = strings.TrimLeftFunc(s, isBylineSep)
		if s == "" {
			break
		}
		if r, n := roleAt(s, true); n > 0 {
			s = s[n:]
			spaced = strings.HasPrefix(s, " ")
			cur = r
			roles++
			bare = true
			continue
		}
		if roles == 0 {
			return nil, false
		}
		n, cnt := 0, 0
		for n < len(s) {
			r, size := utf8.DecodeRuneInString(s[n:])
			if !cjk.IsHan(r) && r != '·' {
				break
			}
			if cnt >= 2 {
				if _, m := roleAt(s[n:], false); m > 0 {
					break
				}
			}
			n += size
			cnt++
		}
		if cnt < 2 || cnt > 4 && !strings.ContainsRune(s[:n], '·') || cnt > 8 {
			return nil, false
		}
		if notNames[s[:n]] || cnt == 4 && !spaced && !marked {
			return nil, false // 通讯员队伍建设: a four-character "name" glued to its role is a word
		}
		credits = append(credits, Credit{Role: cur, Name: s[:n]})
		bare = false
		s = s[n:]
		if s != "" {
			r, _ := utf8.DecodeRuneInString(s)
			if _, m := roleAt(s, false); !(r == ' ' || r == '、' || r == '，' || r == ',' || m > 0) {
				return nil, false
			}
		}
	}
	if roles == 0 || len(credits) == 0 && !(bare && (marked || roles > 0)) {
		return nil, false
	}
	return credits, true
}

// roleAt returns the role word at the start of s and its length. With
// short false only roles of two or more characters count (摄 alone could
// begin a name).
func roleAt(s string, short bool) (Role, int) {
	first, _ := utf8.DecodeRuneInString(s)
	for _, k := range rolesByFirst[first] {
		if r := &bylineRoles[k]; (short || len(r.word) > 3) && strings.HasPrefix(s, r.word) {
			return r.role, len(r.word)
		}
	}
	return "", 0
}

// rolesByFirst lists the indices of bylineRoles by the role word's first
// character, in order, so that roleAt tries only the words that may match.
var rolesByFirst = func() map[rune][]int {
	m := map[rune][]int{}
	for k, r := range bylineRoles {
		first, _ := utf8.DecodeRuneInString(r.word)
		m[first] = append(m[first], k)
	}
	return m
}()

func isByline(text string) bool {
	_, ok := ParseByline(text)
	return ok
}

func startsWithRoleOrMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if isBylineMark(r) {
		return true
	}
	_, n := roleAt(s, false)
	return n > 0
}

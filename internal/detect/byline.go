package detect

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
	"github.com/civicnews/civicnews/internal/hanzi"
)

// Role is what a person named in a byline or credit did.
type Role string

// Roles. Only reporters, correspondents and interns wrote the article
// (see [Role.Writes]); photographers, editors and reviewers are credited
// for other work.
const (
	Reporter      Role = "reporter"      // 记者, 本报记者, 见习记者, 某报记者, 文/, 撰稿, and unlabelled author tails
	Correspondent Role = "correspondent" // 通讯员
	Intern        Role = "intern"        // 实习生
	Photographer  Role = "photographer"  // 摄影, 图/, 摄, 摄影记者
	Editor        Role = "editor"        // 编辑, 责编, 责任编辑, 美编, 校对
	Reviewer      Role = "reviewer"      // 审核, 终审, 签发, 监制, 统筹
)

// Writes reports whether the role is one of those that wrote the
// article: reporter, correspondent or intern.
func (r Role) Writes() bool { return r == Reporter || r == Correspondent || r == Intern }

// Credit is one name of a byline with its role.
type Credit struct {
	Role Role
	Name string // the name as written, inner white space removed (王 伟 → 王伟)
}

// roleWord is a word that introduces names in a byline. glue: a name may
// follow it with nothing between (记者王明); the others need white space,
// a colon or a slash after them (编辑：王明), as they also open ordinary
// words (编辑部, 摄影展).
type roleWord struct {
	word string
	role Role
	glue bool
}

var roleWords = []roleWord{
	{"本报首席记者", Reporter, true}, {"本报特约记者", Reporter, true}, {"本报见习记者", Reporter, true},
	{"本报实习记者", Reporter, true}, {"本报摄影记者", Photographer, true}, {"本报记者", Reporter, true},
	{"首席记者", Reporter, true}, {"特约记者", Reporter, true}, {"见习记者", Reporter, true},
	{"实习记者", Reporter, true}, {"驻站记者", Reporter, true}, {"融媒体记者", Reporter, true},
	{"全媒体记者", Reporter, true}, {"摄影记者", Photographer, true}, {"记者", Reporter, true},
	{"特约通讯员", Correspondent, true}, {"本报通讯员", Correspondent, true}, {"通讯员", Correspondent, true},
	{"实习生", Intern, true},
	{"撰稿", Reporter, false}, {"撰文", Reporter, false}, {"文字", Reporter, false}, {"作者", Reporter, false},
	{"执笔", Reporter, false}, {"图文", Reporter, false},
	{"文/图", Reporter, true}, {"文／图", Reporter, true}, {"图文/", Reporter, true}, {"图文／", Reporter, true},
	{"文/摄", Reporter, true}, {"文／摄", Reporter, true}, {"图/文", Reporter, true}, {"图／文", Reporter, true},
	{"文/", Reporter, true}, {"文／", Reporter, true}, {"文|", Reporter, true}, {"文｜", Reporter, true},
	{"图/", Photographer, true}, {"图／", Photographer, true}, {"图|", Photographer, true}, {"图｜", Photographer, true},
	{"摄/", Photographer, true}, {"摄影/", Photographer, true}, {"摄影／", Photographer, true},
	{"摄影", Photographer, false}, {"摄像", Photographer, false}, {"图片", Photographer, false},
	{"视频", Photographer, false}, {"供图", Photographer, false},
	{"责任编辑", Editor, false}, {"值班编辑", Editor, false}, {"网络编辑", Editor, false}, {"美术编辑", Editor, false},
	{"编辑", Editor, false}, {"责编", Editor, false}, {"美编", Editor, false}, {"校对", Editor, false},
	{"版式设计", Editor, false}, {"版式", Editor, false}, {"制图", Editor, false}, {"排版", Editor, false},
	{"主编", Editor, false}, {"编审", Editor, false}, {"编校", Editor, false},
	{"审核", Reviewer, false}, {"审校", Reviewer, false}, {"审稿", Reviewer, false}, {"终审", Reviewer, false},
	{"初审", Reviewer, false}, {"复审", Reviewer, false}, {"一审", Reviewer, false}, {"二审", Reviewer, false},
	{"三审", Reviewer, false}, {"签发", Reviewer, false}, {"监制", Reviewer, false}, {"统筹", Reviewer, false},
	{"策划", Reviewer, false},
}

// rolesByFirst lists the indices of roleWords by first character,
// longest word first.
var rolesByFirst = func() map[rune][]int {
	m := map[rune][]int{}
	for k, w := range roleWords {
		r, _ := utf8.DecodeRuneInString(w.word)
		m[r] = append(m[r], k)
	}
	for _, ks := range m {
		slices.SortStableFunc(ks, func(a, b int) int { return len(roleWords[b].word) - len(roleWords[a].word) })
	}
	return m
}()

// notNames follow a role word in headings and prose, not names: 记者手记,
// 记者观察.
var notNames = map[string]bool{"手记": true, "观察": true, "调查": true, "札记": true, "来信": true, "笔记": true,
	"视角": true, "探访": true, "直击": true, "连线": true, "采访": true, "走访": true, "获悉": true, "了解": true,
	"发现": true, "看到": true, "注意": true, "来到": true, "节日": true, "队伍": true, "同志": true, "朋友": true,
	"工作": true, "报道": true, "报导": true, "文章": true, "作品": true, "部门": true}

// mediaTitles stand between a paper's name and 记者: 某报首席记者.
var mediaTitles = []string{"首席", "特约", "见习", "实习", "融媒体", "全媒体", "驻站", "摄影"}

// mediaRoleAt reads a role named with its paper (某某报记者, 区融媒体中心
// 通讯员) at s[i:], and returns the role and the bytes it takes.
func mediaRoleAt(s string, i int) (Role, int) {
	// a quick pass: is there a 者 or 员 in the run of characters at all
	seen := false
	for j, runes := i, 0; j < len(s) && runes < 18 && !seen; runes++ {
		r, n := cjk.DecodeFast(s, j)
		if n == 0 {
			r, n = cjk.Decode(s, j)
		}
		if r == '(' || r == '（' {
			n = max(n, residueAt(s, j))
		} else if !cjk.IsHan(r) && !isDot(r) {
			break
		}
		seen = r == '者' || r == '员' || r == '員'
		j += n
	}
	if !seen {
		return "", 0
	}
	j, runes := i, 0
	for j < len(s) && runes < 18 {
		r, n := keyAt(s, j)
		if runes > 0 && (r == '(' || r == '（') {
			if m := hanzi.PinyinResidue(s[j:]); m > 0 {
				j += m // 報業(yè)記者
				continue
			}
		}
		if !cjk.IsHan(r) && !isDot(r) {
			break
		}
		if runes >= 2 {
			for _, w := range [...]string{"记者", "通讯员"} {
				m := prefixKey(s, j, w)
				if m == 0 {
					continue
				}
				prefix := withoutResidue(s[i:j])
				role := Reporter
				if w == "通讯员" {
					role = Correspondent
				}
				for _, t := range mediaTitles {
					if k := suffixKey(prefix, t); k > 0 {
						prefix = prefix[:k]
						if t == "摄影" {
							role = Photographer
						}
						break
					}
				}
				if isMediaName(prefix) {
					return role, j + m - i
				}
			}
		}
		j += n
		runes++
	}
	return "", 0
}

// notMediaRunes are characters a paper's or site's name does not hold:
// pronouns and function words that open sentences.
var notMediaRunes = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range "的了在是与及他她它我你们这那也就要把被对从向说将已据给让" {
		m[r] = true
	}
	return m
}()

// isMediaName reports a name of a paper, site, station or agency: at
// least two characters, ending with a media word (报, 网, 台, 社, 客户端,
// 中心 …), holding no function word.
func isMediaName(s string) bool {
	s = withoutResidue(s)
	if utf8.RuneCountInString(s) < 2 {
		return false
	}
	for i := 0; i < len(s); {
		r, n := keyAt(s, i)
		if notMediaRunes[r] {
			return false
		}
		i += n
	}
	if last, _ := utf8.DecodeLastRuneInString(s); !mediaLast[simplify(last)] {
		return false
	}
	for _, suf := range mediaSuffixes {
		if suffixKey(s, suf) > 0 {
			return true
		}
	}
	return false
}

// mediaLast holds the last characters of mediaSuffixes.
var mediaLast = lastRunes(mediaSuffixes)

// roleAt returns the role word at s[i:]: its role, bytes, and whether a
// name may be glued to it. 摄 alone counts only when short is true (at the
// start of a byline: 摄 王明), as elsewhere it may open a name's suffix.
func roleAt(s string, i int, short bool) (Role, int, bool) {
	r, _ := keyAt(s, i)
	for _, k := range rolesByFirst[r] {
		w := &roleWords[k]
		if n := prefixKey(s, i, w.word); n > 0 {
			return w.role, n, w.glue
		}
	}
	if !cjk.IsHan(r) {
		return "", 0, false
	}
	if role, n := unitRoleAt(s, i); n > 0 {
		return role, n, false
	}
	if short && r == '摄' {
		_, n := keyAt(s, i)
		return Photographer, n, false
	}
	if role, n := mediaRoleAt(s, i); n > 0 {
		return role, n, true
	}
	return "", 0, false
}

// RoleAt returns the role word that opens s (记者, 本报记者, 通讯员,
// 实习生, 文/, 图/, 摄影, 编辑, 审核, 某某报记者 …) and its length in bytes,
// or ("", 0). Words that also open ordinary words (编辑部, 摄影展) count
// only when white space, a colon or a slash follows them.
func RoleAt(s string) (Role, int) {
	role, n, glue := roleAt(s, 0, false)
	if n == 0 || !glue && !sepFollows(s, n) {
		return "", 0
	}
	return role, n
}

// sepFollows reports whether s[i:] is empty or opens with a separator: white
// space, a colon, 、，, or a slash or bar.
func sepFollows(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i >= len(s) || isSep(r) || isSlash(r)
}

// hasSlash reports whether s holds a character isSlash reports
// (strings.ContainsAny, which decodes s, costs more).
func hasSlash(s string) bool {
	return strings.IndexByte(s, '/') >= 0 || strings.IndexByte(s, '|') >= 0 ||
		strings.Contains(s, "／") || strings.Contains(s, "｜") || strings.Contains(s, "丨")
}

// isSlash reports the slashes and bars between the parts of a credit.
func isSlash(r rune) bool {
	switch r {
	case '/', '／', '|', '｜', '丨':
		return true
	}
	return false
}

// credits reads the role words and names of a byline.
type credits struct {
	s       string
	i       int
	out     []Credit
	cur     Role
	roles   int
	bare    bool // the last role has no name yet
	spaced  bool // the last role is followed by a separator
	since   int  // the index in out of the first name of the current role
	marked  bool // the byline opened with a mark (□)
	lenient bool // stop at the first thing that is not a credit instead of failing
}

// endsName reports whether a name may end at s[j:]: the end, a separator,
// a slash, a closing bracket, or a role word.
func (c *credits) endsName(j int) bool {
	if j >= len(c.s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(c.s[j:])
	if isSep(r) || isSlash(r) || isCloseBracket(r) {
		return true
	}
	if _, n, _ := roleAt(c.s, j, false); n > 0 {
		return true
	}
	return c.suffixAt(j) > 0
}

// suffixAt returns the bytes of a word at s[j:] that follows names: 摄,
// 摄影, 报道, 报导 (followed by the end or a separator), or 0.
func (c *credits) suffixAt(j int) int {
	if r, _ := utf8.DecodeRuneInString(c.s[j:]); r != '摄' && r != '攝' && r != '报' && r != '報' {
		return 0
	}
	for _, w := range [...]string{"摄影报道", "摄影", "摄", "报道", "报导"} {
		if n := prefixKey(c.s, j, w); n > 0 && (j+n >= len(c.s) || sepFollows(c.s, j+n) || isCloseBracket(firstRune(c.s[j+n:]))) {
			return n
		}
	}
	return 0
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// nameAt reads a name at s[i:]: a run of Chinese characters (middle dots
// inside), stopping before a role word or a suffix once it has two
// characters. Two single characters separated by one space are one name
// (王 伟). It returns the name, inner space removed, and the bytes taken.
func (c *credits) nameAt(i int) (string, int, int) {
	j, runes := i, 0
	for j < len(c.s) && runes <= 10 {
		r, n := keyAt(c.s, j)
		if runes > 0 && (r == '(' || r == '（') {
			if m := hanzi.PinyinResidue(c.s[j:]); m > 0 {
				j += m // 呂夢(mèng)琦: residue inside a name stays in it
				continue
			}
		}
		if !cjk.IsHan(r) && !(isDot(r) && runes > 0) {
			break
		}
		if runes >= 2 {
			if wordRoleAt(c.s, j) > 0 || c.suffixAt(j) > 0 {
				break
			}
		}
		j += n
		runes++
	}
	if runes == 1 && j < len(c.s) && c.s[j] == ' ' {
		// 王 伟: a two-character name spaced out
		r, n := utf8.DecodeRuneInString(c.s[j+1:])
		if cjk.IsHan(r) && c.endsName(j+1+n) && (j+1+n >= len(c.s) || !cjk.IsHan(firstRune(c.s[j+1+n:]))) {
			return c.s[i:j] + c.s[j+1:j+1+n], j + 1 + n - i, 2
		}
	}
	return c.s[i:j], j - i, runes
}

// gluedPair splits a run of four Chinese characters into two names of two
// when both halves open with a common surname and the run does not open
// with a two-character one (欧阳春晓 stays whole): OCR drops the space
// between names (记者张伟吴超), and a four-character name whose third
// character is a surname too is far rarer than two names.
func (c *credits) gluedPair(name string, runes int) (string, string, bool) {
	if runes != 4 || strings.ContainsFunc(name, isDot) {
		return "", "", false
	}
	rs := []rune(name)
	if len(rs) != 4 || !surnames[simplify(rs[0])] || !surnames[simplify(rs[2])] {
		return "", "", false
	}
	for _, cs := range compoundSurnames {
		if hanzi.Key(string(rs[:2])) == cs {
			return "", "", false
		}
	}
	a, b := string(rs[:2]), string(rs[2:])
	if !c.validName(a, 2) || !c.validName(b, 2) {
		return "", "", false
	}
	return a, b, true
}

// validName reports whether a labelled name of runes characters is
// acceptable: two to four characters (up to ten with a middle dot), not a
// word that follows role words in prose, no character names do not hold.
func (c *credits) validName(name string, runes int) bool {
	dotted := strings.ContainsFunc(name, isDot)
	if dotted && (runes < 3 || runes > 10) || !dotted && (runes < 2 || runes > 4) {
		return false
	}
	if notNames[hanzi.Key(name)] {
		return false
	}
	for i := 0; i < len(name); {
		r, n := keyAt(name, i)
		if notNameRunes[r] {
			return false
		}
		i += n
	}
	return true
}

// read reads credits from c.i to the end (or, lenient, to the first thing
// that is not a credit) and reports whether what it read is a byline.
func (c *credits) read() bool {
	first := true
	for c.i < len(c.s) {
		i := c.i
		for i < len(c.s) {
			r, n := utf8.DecodeRuneInString(c.s[i:])
			if !isSep(r) {
				break
			}
			i += n
		}
		if i >= len(c.s) {
			c.i = i
			break
		}
		if role, n, glue := roleAt(c.s, i, first); n > 0 && (glue || sepFollows(c.s, i+n)) {
			c.i = i + n
			if c.bare && c.roles > 0 && role == Reporter && c.cur != Reporter {
				role = c.cur // 图/本报记者 X: the work done, then the post held
			}
			c.cur, c.bare, c.since = role, true, len(c.out)
			c.spaced = sepFollows(c.s, c.i)
			c.roles++
			first = false
			continue
		}
		first = false
		if n := c.suffixAt(i); n > 0 && len(c.out) > c.since {
			if m := prefixKey(c.s, i, "摄影报道"); m > 0 {
				n = m // a photo report by the writers named: their role stays
			} else if w := c.s[i : i+n]; hanzi.Key(w) == "摄" || hanzi.Key(w) == "摄影" {
				for k := c.since; k < len(c.out); k++ {
					c.out[k].Role = Photographer
				}
			}
			c.i = i + n
			continue
		}
		if r, rn := utf8.DecodeRuneInString(c.s[i:]); isSlash(r) {
			// 王明/文 李华/图
			if role, m := slashRole(c.s, i); m > 0 && len(c.out) > 0 {
				c.out[len(c.out)-1].Role = role
				c.i = i + m
			} else {
				c.i = i + rn
			}
			continue
		}
		if c.roles == 0 && !c.lenient && !hasSlash(c.s[i:]) {
			// before any role only a name with its role after a slash
			// (王明/文) can go on; with no slash left, the checks below
			// fail, so the name need not be read
			return false
		}
		name, n, runes := c.nameAt(i)
		if c.roles > 0 && runes >= 3 && isOrg(name) {
			// 图文：某某街道 张三: the writer's unit before the name
			if j := skipSepRunes(c.s, i+n); j > i+n {
				if next, m, nr := c.nameAt(j); nr > 0 && c.endsName(j+m) && c.validName(next, nr) {
					c.i = j
					continue
				}
			}
		}
		if c.roles == 0 && runes > 0 {
			// 王明/文 李华/图: the role after the name
			if role, m := slashRole(c.s, i+n); m > 0 && c.validName(name, runes) {
				c.out = append(c.out, Credit{Role: role, Name: name})
				c.cur, c.since, c.roles = role, len(c.out), c.roles+1
				c.i = i + n + m
				continue
			}
		}
		if a, b, ok := c.gluedPair(name, runes); ok && c.roles > 0 && c.endsName(i+n) && !colonFollows(c.s, i+n) {
			// 记者张伟吴超: OCR dropped the space between two names
			c.out = append(c.out, Credit{Role: c.cur, Name: a}, Credit{Role: c.cur, Name: b})
			c.bare = false
			c.i = i + n
			continue
		}
		// credits read before a text may run into it when it opens with a
		// date: 记者 张三1日一早 (a name of two or three characters)
		dated := c.lenient && runes <= 3 && i+n < len(c.s) && cjk.IsDigit(firstRune(c.s[i+n:]))
		if runes == 0 || c.roles == 0 || !c.endsName(i+n) && !dated || !c.validName(name, runes) || colonFollows(c.s, i+n) ||
			runes == 4 && !c.spaced && !c.marked && c.bare && !strings.ContainsFunc(name, isDot) {
			// 通讯员队伍建设: four characters glued to their role are a word
			if c.lenient {
				break // c.i stays before the separators
			}
			return false
		}
		c.out = append(c.out, Credit{Role: c.cur, Name: name})
		c.bare = false
		c.i = i + n
	}
	if c.roles == 0 {
		return false
	}
	return len(c.out) > 0 || c.bare && (c.marked || c.cur.Writes())
}

// Byline reads a byline: optional marks (□), then role words (记者,
// 本报记者, 通讯员, 实习生, 文/, 图/, 摄影, 某某报记者, 编辑, 审核 …) each
// followed by names of two to four Chinese characters (up to ten with a
// middle dot) separated by white space, 、 or a colon; optionally the
// whole in brackets, OCR-damaged ones included (《记者 王明）). Words
// after names are read too: 张三 摄 credits a photographer, 报道 is
// skipped, 文/图 names the previous writers' role. Traditional text is read
// through the key (記者:王偉). It reports false when the whole text is not
// a byline. A byline may end with a role that has no name yet (□记者 at
// the end of a line, its names on the next): then credits is empty.
func Byline(s string) ([]Credit, bool) {
	if len(s) > maxBylineBytes || strings.Contains(s, "。") {
		return nil, false // body text: most lines end here
	}
	s = strings.TrimSpace(s)
	i := skipMarks(s, 0)
	marked := i > 0 && strings.ContainsFunc(s[:i], IsMark)
	if i == 0 && strings.HasPrefix(s, "口") {
		// OCR reads the box mark □ as the character 口; no byline
		// otherwise opens with it, so 口 before a role word is the mark
		if r, n := RoleAt(s[len("口"):]); n > 0 && r.Writes() {
			i, marked = len("口"), true
		}
	}
	c := credits{s: s, marked: marked}
	if inner, n := Group(s[i:], true); n > 0 && i+n == len(s) {
		c.s, i = inner, 0
	}
	c.i = i
	if !c.read() {
		return photoCredit(c.s[i:])
	}
	return c.out, true
}

// maxBylineBytes bounds the length of a byline: a dozen credits.
const maxBylineBytes = 400

// leadingCredits reads the credits that open s and stop at the first word
// that is not one; a name must be followed by white space, a separator or
// the end. It returns the credits and the bytes they take (0 when s opens
// with no complete credit).
func leadingCredits(s string) ([]Credit, int) {
	c := credits{s: s, lenient: true}
	if !c.read() || len(c.out) == 0 {
		return nil, 0
	}
	return c.out, c.i
}

// slashRole reads a role written after a name at s[j:]: /文, /图, /摄
// followed by the end or a separator.
func slashRole(s string, j int) (Role, int) {
	r, rn := utf8.DecodeRuneInString(s[j:])
	if !isSlash(r) {
		return "", 0
	}
	w, wn := keyAt(s, j+rn)
	if !(w == '文' || w == '图' || w == '摄') || !sepFollows(s, j+rn+wn) && !isCloseBracket(firstRune(s[j+rn+wn:])) {
		return "", 0
	}
	if w == '文' {
		return Reporter, rn + wn
	}
	return Photographer, rn + wn
}

// photoCredit reads a photographer's credit with no role word before the
// names: 张三 摄, 张三 李四摄影.
func photoCredit(s string) ([]Credit, bool) {
	for _, w := range [...]string{"摄影", "摄"} {
		if k := suffixKey(s, w); k > 0 {
			cs := unlabelled(s[:k])
			for i := range cs {
				cs[i].Role = Photographer
			}
			return cs, cs != nil
		}
	}
	return nil, false
}

// unitRoleAt reads an editor's or reviewer's role named with a short
// qualifier and followed by a colon (单位审核：, 信息审核：, 网站编辑：) at
// s[i:], and returns the role and the bytes up to the colon.
func unitRoleAt(s string, i int) (Role, int) {
	if w := window(s, i, 8*3); strings.IndexByte(w, ':') < 0 && !strings.Contains(w, "：") && !strings.Contains(w, "︰") {
		return "", 0
	}
	j := i
	for runes := 0; runes < 4 && j < len(s); runes++ {
		r, n := keyAt(s, j)
		if !cjk.IsHan(r) {
			return "", 0
		}
		j += n
		if runes == 0 {
			continue
		}
		k, _ := keyAt(s, j)
		for _, idx := range rolesByFirst[k] {
			w := &roleWords[idx]
			if w.role != Editor && w.role != Reviewer {
				continue
			}
			if m := prefixKey(s, j, w.word); m > 0 && colonFollows(s, j+m) {
				return w.role, j + m - i
			}
		}
	}
	return "", 0
}

// colonFollows reports whether s[i:] opens with a colon, after white space.
func colonFollows(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[skipSpace(s, i):])
	return isColon(r)
}

// skipSepRunes returns the index after the separators at s[i:].
func skipSepRunes(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isSep(r) {
			break
		}
		i += n
	}
	return i
}

// orgSuffixes end the name of a unit that a credit names before a
// person: 某某街道, 某某镇人大, 某某中心.
var orgSuffixes = []string{"街道", "镇", "乡", "社区", "村", "居委会", "中心", "局", "办", "委", "委员会", "人大", "政协",
	"党委", "党工委", "支部", "总支", "部", "站", "所", "院", "学校", "公司", "集团", "协会", "学会", "办公室", "大队",
	"中队", "馆", "报社", "电视台", "融媒体中心"}

// orgLast holds the last characters of orgSuffixes.
var orgLast = lastRunes(orgSuffixes)

// lastRunes returns the set of the last characters of words.
func lastRunes(words []string) map[rune]bool {
	m := map[rune]bool{}
	for _, w := range words {
		r, _ := utf8.DecodeLastRuneInString(w)
		m[r] = true
	}
	return m
}

// isOrg reports a unit's name: three to sixteen Chinese characters ending
// with a unit word.
func isOrg(s string) bool {
	if n := utf8.RuneCountInString(s); n < 3 || n > 16 {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(s); !orgLast[simplify(last)] {
		return false
	}
	for _, suf := range orgSuffixes {
		if suffixKey(s, suf) > 0 {
			return true
		}
	}
	return false
}

// wordRoleAt returns the bytes of a role word of the table at s[i:] (no
// paper-named or qualified roles: those are looked for only where a credit
// may start), or 0.
func wordRoleAt(s string, i int) int {
	r, _ := keyAt(s, i)
	for _, k := range rolesByFirst[r] {
		if n := prefixKey(s, i, roleWords[k].word); n > 0 {
			return n
		}
	}
	return 0
}

// window returns at most n bytes of s from i, cut to whole characters
// (for quick tests before a scan).
func window(s string, i, n int) string {
	if i >= len(s) {
		return ""
	}
	end := min(len(s), i+n)
	for end < len(s) && !utf8.RuneStart(s[end]) {
		end--
	}
	return s[i:end]
}

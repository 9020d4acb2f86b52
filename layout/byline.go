package layout

import (
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/detect"
)

// Role is what a person named in a byline did for the article.
type Role = detect.Role

// Byline roles. Only [Reporter], [Correspondent] and [Intern] wrote the
// article; photographers, editors and reviewers are credited for other
// work.
const (
	Reporter      = detect.Reporter      // 记者, 本报记者, 某报记者, 文/, 撰稿
	Correspondent = detect.Correspondent // 通讯员
	Intern        = detect.Intern        // 实习生
	Photographer  = detect.Photographer  // 摄影, 图/, 摄
	Editor        = detect.Editor        // 编辑, 责编, 责任编辑, 美编, 校对
	Reviewer      = detect.Reviewer      // 审核, 终审, 签发, 监制
)

// Credit is one name of a byline with its role.
type Credit = detect.Credit

// ParseByline reads a byline: optional marks (□), roles (记者, 通讯员,
// 实习生, 摄影, 文/, 图/, 某报记者, 编辑, 审核 …) each followed by names of
// two to four Chinese characters separated by spaces or 、, optionally in
// brackets (（记者 王明）, also with an OCR-damaged 《). Traditional text
// is read too (記者:王偉). It reports false when the whole text is not a
// byline. A byline may name a role with no name after it (□记者 at the end
// of a line, its names on the next). Lines that credit only editors or
// reviewers (编辑：王明) are read too, but layout does not make a byline
// block of them.
func ParseByline(text string) ([]Credit, bool) { return detect.Byline(text) }

// isByline reports a line that layout treats as a byline block: a byline
// that credits a writer or a photographer (or names a writer's role
// alone, its names on the next line). Editor and reviewer credits are
// furniture of the page, not bylines.
func isByline(text string) bool {
	credits, ok := detect.Byline(text)
	if !ok {
		return false
	}
	if len(credits) == 0 {
		return true
	}
	for _, c := range credits {
		if c.Role != Editor && c.Role != Reviewer {
			return true
		}
	}
	return false
}

// namesWriters reports a byline that opens (inside a bracket or not) with
// the role word of a writer, a reporter's or a correspondent's, and names
// one: （记者 张三 通讯员 李四）, 记者 张三. Credits of editors and
// photographers and unlabelled author tails do not count.
func namesWriters(text string) bool {
	t := strings.TrimLeft(text, "（(〈《[【 \u3000")
	if role, n := detect.RoleAt(t); n == 0 || !role.Writes() {
		return false
	}
	credits, ok := detect.Byline(text)
	if !ok {
		return false
	}
	for _, c := range credits {
		if c.Role.Writes() && c.Name != "" {
			return true
		}
	}
	return false
}

// startsWithRoleOrMark reports a line that opens a byline: a byline mark
// (□) or a writer's or photographer's role word.
func startsWithRoleOrMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if detect.IsMark(r) {
		return true
	}
	role, n := detect.RoleAt(s)
	return n > 0 && role != Editor && role != Reviewer
}

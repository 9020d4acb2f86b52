package detect

import (
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
)

// Tail finds the credit that closes an item and returns its credits and
// the byte offset in s where it starts, or (nil, -1):
//
//   - a bracketed byline: …推广。（记者 张三 通讯员 李四）, also with an
//     OCR-damaged opening bracket (…。《记者 张三）);
//   - unlabelled author names in brackets after a sentence end, which
//     Chinese papers use for the writer: …。（张三）, …。(张三 李四);
//   - names between middle dots: …。·张三·, ·张三 李四·.
//
// Unlabelled names must be name-shaped (two to four characters opening
// with a common surname; not 完, 续, 图片 …) and are credited as
// reporters. A tail may be the whole of s (a line of its own).
func Tail(s string) ([]Credit, int) {
	t := strings.TrimRight(s, " \t\u3000")
	if t == "" {
		return nil, -1
	}
	if start, inner := LastGroup(t, true); start >= 0 {
		if cs, ok := Byline(inner); ok && len(cs) > 0 {
			return cs, start
		}
		open, _ := utf8.DecodeRuneInString(t[start:])
		if (open == '(' || open == '（') && tailFollows(t[:start]) {
			if cs := unlabelled(inner); cs != nil {
				return cs, start
			}
		}
		return nil, -1
	}
	last, ln := utf8.DecodeLastRuneInString(t)
	if !isDot(last) {
		return nil, -1
	}
	body := t[:len(t)-ln]
	start := strings.LastIndexFunc(body, isDot)
	if start < 0 || len(body)-start > 60 {
		return nil, -1
	}
	if !tailFollows(t[:start]) {
		return nil, -1
	}
	_, dn := utf8.DecodeRuneInString(t[start:])
	if cs := unlabelled(body[start+dn:]); cs != nil {
		return cs, start
	}
	return nil, -1
}

// tailFollows reports whether an unlabelled author tail may follow
// before: nothing, white space, or the end of a sentence.
func tailFollows(before string) bool {
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if cjk.IsSpace(r) {
		return true
	}
	b := strings.TrimRightFunc(before, cjk.IsSpace)
	if b == "" {
		return true
	}
	r, _ = utf8.DecodeLastRuneInString(b)
	return cjk.IsSentenceEnd(r) || r == '”' || r == '’' || r == '」' || r == '』' || r == '）' || r == ')'
}

// unlabelled reads one to four name-shaped names separated by white space,
// 、 or ，, as reporters; two single characters separated by one space are
// one name (王 伟). It returns nil when any part is not name-shaped.
func unlabelled(inner string) []Credit {
	parts := strings.FieldsFunc(strings.TrimSpace(inner), func(r rune) bool {
		return r == '、' || r == '，' || r == ',' || r == ' ' || r == '\u3000'
	})
	var out []Credit
	for k := 0; k < len(parts); k++ {
		p := parts[k]
		if utf8.RuneCountInString(p) == 1 && k+1 < len(parts) && utf8.RuneCountInString(parts[k+1]) == 1 {
			p += parts[k+1]
			k++
		}
		if !nameShaped(p) {
			return nil
		}
		out = append(out, Credit{Role: Reporter, Name: p})
	}
	if len(out) == 0 || len(out) > 4 {
		return nil
	}
	return out
}

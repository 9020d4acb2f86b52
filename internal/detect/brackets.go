package detect

import (
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/hanzi"
)

// Closer returns the closing bracket that matches the opening bracket r,
// or 0 when r opens no bracket group. ASCII and full-width round and
// square brackets, 【】, 〔〕, 〖〗, ［］ and 《》, 〈〉, 「」, 『』 are known.
func Closer(r rune) rune {
	switch r {
	case '(':
		return ')'
	case '（':
		return '）'
	case '[':
		return ']'
	case '［':
		return '］'
	case '【':
		return '】'
	case '〔':
		return '〕'
	case '〖':
		return '〗'
	case '《':
		return '》'
	case '〈':
		return '〉'
	case '「':
		return '」'
	case '『':
		return '』'
	}
	return 0
}

// isRound reports the round closers, either width: a round group may open
// with one width and close with the other, as converted text often does.
func isRound(r rune) bool { return r == ')' || r == '）' }

// isDamagedOpener reports the brackets that OCR reads for a full-width （:
// 《 and 〈.
func isDamagedOpener(r rune) bool { return r == '《' || r == '〈' }

// maxGroup bounds the bytes of a bracket group that Group and LastGroup
// read: bylines and credits are short, and a longer group is prose.
const maxGroup = 240

// Group reads the bracket group that opens s and returns its inner text
// (not trimmed) and the bytes the whole group takes, or ("", 0) when s
// opens no closed group. Round brackets of either width close one another
// (（记者 张三) is a group). With damaged true, a 《 or 〈 closed by a round
// bracket also opens a group: OCR reads a full-width （ so in bylines
// (《记者 张三）). Groups do not nest; a group longer than 240 bytes is
// not read.
func Group(s string, damaged bool) (inner string, n int) {
	open, size := utf8.DecodeRuneInString(s)
	closer := Closer(open)
	if closer == 0 {
		return "", 0
	}
	round := open == '(' || open == '（'
	dmg := damaged && isDamagedOpener(open)
	for i := size; i < len(s) && i <= maxGroup; {
		r, m := utf8.DecodeRuneInString(s[i:])
		if (r == '(' || r == '（') && i > size {
			if k := hanzi.PinyinResidue(s[i:]); k > 0 {
				i += k // (記者呂夢(mèng)琦): residue inside is no group
				continue
			}
		}
		switch {
		case r == closer && !dmg, (round || dmg) && isRound(r):
			return s[size:i], i + m
		case dmg && r == closer:
			return "", 0 // 《…》 is a title, not a damaged byline
		case r == open || r == '\n':
			return "", 0
		}
		i += m
	}
	return "", 0
}

// LastGroup returns where the bracket group that ends s (trailing white
// space ignored) opens, and its inner text, or (-1, "") when s does not
// end with a closed group. Round brackets of either width close one
// another; with damaged true a 《 or 〈 may open a group that a round
// bracket closes (…。《记者 张三）).
func LastGroup(s string, damaged bool) (start int, inner string) {
	t := trimRightSpaces(s)
	closer, cn := utf8.DecodeLastRuneInString(t)
	if cn == 0 {
		return -1, ""
	}
	if !isCloseBracket(closer) {
		return -1, ""
	}
	end := len(t) - cn
	other := 0 // closers of other groups inside this one, not yet opened
	for i := end; i > 0 && end-i <= maxGroup; {
		r, m := utf8.DecodeLastRuneInString(t[:i])
		i -= m
		if isRound(r) && i < end {
			if k := residueEndingAt(t, i+m); k >= 0 {
				i = k // residue inside the group
				continue
			}
		}
		if r == closer || r == '\n' {
			return -1, ""
		}
		if isCloseBracket(r) {
			other++
			continue
		}
		c := Closer(r)
		switch {
		case c == 0:
			continue
		case c == closer, isRound(closer) && (r == '(' || r == '（'):
			return i, t[i+m : end]
		case other > 0:
			other--
		case damaged && isRound(closer) && isDamagedOpener(r):
			return i, t[i+m : end]
		default:
			return -1, ""
		}
	}
	return -1, ""
}

// isCloseBracket reports the closing brackets that Closer returns.
func isCloseBracket(r rune) bool {
	switch r {
	case ')', '）', ']', '］', '】', '〕', '〗', '》', '〉', '」', '』':
		return true
	}
	return false
}

// residueEndingAt returns where a pinyin residue ending at byte end of s
// starts, or -1: the nearest opening round bracket at most 100 bytes
// back, when hanzi.PinyinResidue reads exactly to end from it.
func residueEndingAt(s string, end int) int {
	for i := end - 1; i >= 0 && end-i <= 100; i-- {
		if s[i] == '(' || strings.HasPrefix(s[i:], "（") {
			if hanzi.PinyinResidue(s[i:end]) == end-i {
				return i
			}
			return -1
		}
	}
	return -1
}

// trimRightSpaces is strings.TrimRight(s, " \t\u3000") without decoding
// the line's characters from the end one by one.
func trimRightSpaces(s string) string {
	for {
		switch {
		case strings.HasSuffix(s, " ") || strings.HasSuffix(s, "\t"):
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "\u3000"):
			s = s[:len(s)-len("\u3000")]
		default:
			return s
		}
	}
}

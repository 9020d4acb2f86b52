package detect

import (
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
)

// isCNNumeral reports the Chinese numerals a section number is written
// with.
func isCNNumeral(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '零', '〇', '两':
		return true
	}
	return false
}

// numeral returns the bytes and characters of the number at s[i:]:
// Chinese numerals, or ASCII digits when digits is true.
func numeral(s string, i int, digits bool) (n, runes int) {
	j := i
	cn := false
	for j < len(s) {
		r, m := utf8.DecodeRuneInString(s[j:])
		switch {
		case isCNNumeral(r) && (runes == 0 || cn):
			cn = true
		case digits && cjk.IsDigit(r) && (runes == 0 || !cn):
		default:
			return j - i, runes
		}
		j += m
		runes++
	}
	return j - i, runes
}

// sectionUnits follow 第N in a section heading.
var sectionUnits = []string{"部分", "章", "节", "条", "篇", "编", "款"}

// SectionMark returns the bytes of the section number that opens s, or 0:
// （一） (一) （1） (1), 一、 十二、, 1. 1、 1．(a digit number of at most
// two digits, not a decimal), ①…⑳, and 第一章 第3节 第二部分 第五条. White
// space after the mark is not included.
func SectionMark(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r == '(' || r == '（':
		n, runes := numeral(s, size, true)
		if runes == 0 || runes > 3 {
			return 0
		}
		c, cs := utf8.DecodeRuneInString(s[size+n:])
		if isRound(c) {
			return size + n + cs
		}
		return 0
	case r >= '①' && r <= '⑳', r >= '⑴' && r <= '⒇':
		return size
	case r == '第':
		n, runes := numeral(s, size, true)
		if runes == 0 || runes > 4 {
			return 0
		}
		for _, u := range sectionUnits {
			if m := prefixKey(s, size+n, u); m > 0 {
				return size + n + m
			}
		}
		return 0
	case isCNNumeral(r):
		n, runes := numeral(s, 0, false)
		if runes > 3 {
			return 0
		}
		if c, cs := utf8.DecodeRuneInString(s[n:]); c == '、' {
			return n + cs
		}
		return 0
	case cjk.IsDigit(r):
		n, runes := numeral(s, 0, true)
		if runes > 2 {
			return 0
		}
		c, cs := utf8.DecodeRuneInString(s[n:])
		if c != '.' && c != '、' && c != '．' {
			return 0
		}
		if d, _ := utf8.DecodeRuneInString(s[n+cs:]); cjk.IsDigit(d) {
			return 0 // 1.5亿, 2.3
		}
		if n+cs == len(s) {
			return 0 // a bare "3." is a number, not a section
		}
		return n + cs
	}
	return 0
}

// EditionMark returns the bytes of the page label of a newspaper edition
// that opens s, or 0: 第A01版, 第01版, 第三版, A05版, 01版, and, followed by a
// colon, white space or the end, 第A07 and A05 (A05：要闻). The colon is
// not included.
func EditionMark(s string) int {
	i := 0
	di := prefixKey(s, 0, "第")
	i += di
	letter := false
	if i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		i++
		letter = true
	}
	n, runes := numeral(s, i, true)
	if runes == 0 || runes > 5 {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(s[i:]); !cjk.IsDigit(r) && (letter || di == 0) {
		return 0 // Chinese numerals only after 第: 第三版
	}
	i += n
	if m := prefixKey(s, i, "版"); m > 0 {
		return i + m
	}
	if !letter && di == 0 {
		return 0 // 2023: a number, not a page
	}
	if !letter && !cjk.IsDigit(firstRune(s[di:])) {
		return 0 // 第三: an ordinal
	}
	if i == len(s) {
		return i
	}
	if r, _ := utf8.DecodeRuneInString(s[i:]); isColon(r) || cjk.IsSpace(r) {
		return i
	}
	return 0
}

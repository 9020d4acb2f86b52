package cjk

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsHan reports whether r is a Chinese character (including 〇). The
// common cases are answered inline.
func IsHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	if r < 0x2E80 {
		return false
	}
	return isHanRare(r)
}

// isHanRare is IsHan from U+2E80 on, outside the unified ideographs.
func isHanRare(r rune) bool {
	// blocks with no Chinese character in them: kana, bopomofo and the
	// CJK compatibility block below 0x3400; Yi, Hangul and private use;
	// full-width forms and everything up to the Tangut marks
	if r >= 0x3040 && r < 0x3400 || r >= 0xA000 && r < 0xF900 || r >= 0xFB00 && r < 0x16FE0 {
		return false
	}
	if r >= 0x3000 && r < 0x3040 {
		// CJK symbols and punctuation (、。《》「」…), read on every line:
		// its Chinese characters are 々, 〇, the Suzhou numerals 〡–〩
		// and 〸–〻
		return r == 0x3005 || r == 0x3007 || r >= 0x3021 && r <= 0x3029 || r >= 0x3038 && r <= 0x303B
	}
	return r == '〇' || unicode.Is(unicode.Han, r)
}

// IsCJKPunct reports whether r is punctuation used in Chinese text:
// CJK symbols and punctuation, full-width forms, curly quotes, ellipsis,
// em dash and middle dot.
func IsCJKPunct(r rune) bool {
	switch {
	case r >= 0x3001 && r <= 0x303F:
		return true
	case r >= 0xFF01 && r <= 0xFF0F, r >= 0xFF1A && r <= 0xFF20, r >= 0xFF3B && r <= 0xFF40, r >= 0xFF5B && r <= 0xFF65:
		return true
	case r >= 0x2018 && r <= 0x201F, r == 0x2026, r == 0x2014, r == 0x2015, r == 0x00B7, r == 0x2E3A:
		return true
	case r == 0xFE41 || r == 0xFE42 || r == 0xFE43 || r == 0xFE44: // vertical brackets
		return true
	}
	return false
}

// IsChinese reports whether r is a Chinese character or Chinese punctuation.
func IsChinese(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	if r < 0xB7 { // below the middle dot, the first punctuation IsCJKPunct takes
		return false
	}
	return isChineseRare(r)
}

func isChineseRare(r rune) bool { return IsCJKPunct(r) || r >= 0x2E80 && isHanRare(r) }

// IsDigit reports whether r is an ASCII digit.
func IsDigit(r rune) bool { return r >= '0' && r <= '9' }

// IsLatin reports whether r is an ASCII letter.
func IsLatin(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// IsNumeric reports whether r belongs to a number as printed: digits and
// the signs that stick to them.
func IsNumeric(r rune) bool {
	return IsDigit(r) || r == '%' || r == '‰' || r == '℃' || r == '°'
}

// IsClausePunct reports whether r is Chinese punctuation that separates
// clauses or sentences (and so is out of place around a space).
func IsClausePunct(r rune) bool {
	switch r {
	case '，', '。', '、', '；', '：', '！', '？':
		return true
	}
	return false
}

// IsSentenceEnd reports whether r ends a sentence.
func IsSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '…', '!', '?', '．':
		return true
	}
	return false
}

// IsCloser reports whether r is a closing quote or bracket that may follow
// a sentence end.
func IsCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '》', '】', '〕', '"', '\'':
		return true
	}
	return false
}

// NoLineStart lists characters that Chinese line breaking never puts at
// the start of a line: a line starting with one continues the line before.
func NoLineStart(r rune) bool {
	switch r {
	case '，', '。', '、', '；', '：', '？', '！', '）', '》', '”', '’', '」', '』', '】', '〕', '…', '％', '·':
		return true
	}
	return false
}

// NoLineEnd lists characters that Chinese line breaking never puts at the
// end of a line: a line ending with one continues on the next.
func NoLineEnd(r rune) bool {
	switch r {
	case '（', '《', '“', '‘', '「', '『', '【', '〔':
		return true
	}
	return false
}

// IsSpace reports whether r is white space within a line.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\u3000', '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\v', '\f':
		return true
	}
	return false
}

// IsDropped reports whether r is a control or invisible character that is
// removed from the text.
func IsDropped(r rune) bool {
	switch {
	case r < 0x20 && r != '\t' && r != '\v' && r != '\f':
		return true
	case r == 0x7F, r >= 0x80 && r < 0xA0:
		return true
	case r == 0x200B, r == 0x200C, r == 0x200D, r == 0x2060, r == 0xFEFF, r == 0x2028, r == 0x2029, r == 0xFFFE:
		return true
	}
	return false
}

// FirstRunes returns the first n characters of s (all of s if it is
// shorter).
func FirstRunes(s string, n int) string {
	i := 0
	for ; i < len(s) && n > 0; n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// LastRunes returns the last n characters of s (all of s if it is
// shorter).
func LastRunes(s string, n int) string {
	i := len(s)
	for ; i > 0 && n > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// LastBracket returns where the bracket group that ends s opens: the byte
// offset of the last （ or ( when s ends with the matching ） or ), else -1.
// …一些。（记者 于晓彤） gives the offset of （.
func LastBracket(s string) int {
	switch {
	case strings.HasSuffix(s, "）"):
		return strings.LastIndex(s, "（")
	case strings.HasSuffix(s, ")"):
		return strings.LastIndex(s, "(")
	}
	return -1
}

// Decode is utf8.DecodeRuneInString(s[i:]), the character a for range
// loop over s reads at i, with ASCII and the three-byte encodings that
// need no further check (lead bytes E1 to EF but ED, which may start a
// surrogate: U+1000 to U+FFFF, Chinese characters and punctuation among
// them) read directly.
func Decode(s string, i int) (rune, int) {
	if r, n := DecodeFast(s, i); n > 0 {
		return r, n
	}
	return utf8.DecodeRuneInString(s[i:])
}

// DecodeFast is Decode for ASCII and the three-byte encodings it reads
// directly, and (0, 0) for anything else, to be followed by Decode:
//
//	r, n = cjk.DecodeFast(s, i)
//	if n == 0 {
//		r, n = cjk.Decode(s, i)
//	}
//
// Unlike Decode it is small enough for the compiler to inline, so a loop
// over Chinese text makes no call per character. (Two bytes are
// continuation bytes, 80 to BF, when both are below 40 with the top bit
// flipped.)
func DecodeFast(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	} else if i+2 < len(s) && c-0xE1 < 0xEF-0xE1+1 && c != 0xED {
		if c1, c2 := s[i+1]^0x80, s[i+2]^0x80; c1|c2 < 0x40 {
			return rune(c&0x0F)<<12 | rune(c1)<<6 | rune(c2), 3
		}
	}
	return 0, 0
}

// DecodeLastFast is DecodeFast backwards: utf8.DecodeLastRuneInString(
// s[:i]) for ASCII and the three-byte encodings DecodeFast reads, (0, 0)
// for anything else (then call utf8.DecodeLastRuneInString); i > 0.
func DecodeLastFast(s string, i int) (rune, int) {
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	} else if i >= 3 {
		// l is the lead byte less E1 (E1 to EF but ED), c is above 80
		if l, c1 := s[i-3]-0xE1, s[i-2]^0x80; l < 0xEF-0xE1+1 && l != 0xED-0xE1 && c1 < 0x40 && c < 0xC0 {
			return rune(l+1)<<12 | rune(c1)<<6 | rune(c&0x3F), 3
		}
	}
	return 0, 0
}

// RunesAtMost reports utf8.RuneCountInString(s) <= n, answering short and
// long strings from their length alone (a rune takes one to four bytes).
func RunesAtMost(s string, n int) bool {
	if len(s) <= n {
		return true
	}
	if len(s) > 4*n {
		return false
	}
	// count as range does, and stop past n
	c := 0
	for i := 0; i < len(s); c++ {
		if c == n {
			return false
		}
		_, k := DecodeFast(s, i)
		if k == 0 {
			_, k = Decode(s, i)
		}
		i += k
	}
	return true
}

// RuneCount is utf8.RuneCountInString, with the characters DecodeFast
// reads counted without a call.
func RuneCount(s string) int {
	c := 0
	for i := 0; i < len(s); c++ {
		_, k := DecodeFast(s, i)
		if k == 0 {
			_, k = Decode(s, i)
		}
		i += k
	}
	return c
}

// HasAnyPrefix reports whether s begins with one of prefixes.
func HasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

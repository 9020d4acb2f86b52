package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// spaceFree reports a text that is valid UTF-8 and holds no white space
// (unicode.IsSpace): headKey's strings.Map would return it unchanged, so
// the keys skip decoding it rune by rune.
func spaceFree(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	// valid UTF-8: a leading byte is followed by its continuation bytes
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t', '\n', '\v', '\f', '\r', ' ':
			return false
		case 0xC2: // U+0085, U+00A0
			if s[i+1] == 0x85 || s[i+1] == 0xA0 {
				return false
			}
		case 0xE1: // U+1680
			if s[i+1] == 0x9A && s[i+2] == 0x80 {
				return false
			}
		case 0xE2: // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
			if s[i+1] == 0x80 && (s[i+2] <= 0x8A || s[i+2] == 0xA8 || s[i+2] == 0xA9 || s[i+2] == 0xAF) ||
				s[i+1] == 0x81 && s[i+2] == 0x9F {
				return false
			}
		case 0xE3: // U+3000
			if s[i+1] == 0x80 && s[i+2] == 0x80 {
				return false
			}
		}
	}
	return true
}

// readingTimeIndex is reReadingTime.FindStringIndex(s), the regexp tried
// only on a text that opens, after the white space its \s takes, with a
// word every match opens with.
func readingTimeIndex(s string) []int {
	t := strings.TrimLeft(s, "\t\n\f\r ")
	for _, w := range [...]string{"全文", "本文", "本篇文章", "文章", "预计", "阅读", "读完"} {
		if strings.HasPrefix(t, w) {
			return reReadingTime.FindStringIndex(s)
		}
	}
	return nil
}

// sameKey reports headKey(a) == headKey(b) without building the keys:
// a key is the encoding of the characters that are not white space, as
// range decodes them (a byte that is not UTF-8 becomes U+FFFD), so two
// keys are equal when those characters are.
func sameKey(a, b string) bool { return sameKeyBy(a, b, unicode.IsSpace) }

// sameKeyBy reports whether a and b hold the same characters once those
// drop reports are left out: the keys strings.Map builds, with drop's
// characters mapped to -1, are equal.
func sameKeyBy(a, b string, drop func(rune) bool) bool {
	i, j := 0, 0
	for {
		ra, na := nextKept(a, &i, drop)
		rb, nb := nextKept(b, &j, drop)
		if na == 0 || nb == 0 {
			return na == nb
		}
		if ra != rb {
			return false
		}
		i, j = i+na, j+nb
	}
}

// nextKept moves *i past the characters drop reports in s and returns the
// character there and its width, 0 at the end.
func nextKept(s string, i *int, drop func(rune) bool) (rune, int) {
	for *i < len(s) {
		r, n := utf8.DecodeRuneInString(s[*i:])
		if !drop(r) {
			return r, n
		}
		*i += n
	}
	return 0, 0
}

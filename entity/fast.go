package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// index is strings.Index(s, p), faster for patterns of Chinese text.
// strings.Index looks for the pattern's first byte, the lead byte of a
// three-byte character that a few dozen values share across all Chinese
// text, and so stops at most characters; index looks for the pattern's
// third byte, a continuation byte that takes any of 64 values.
func index(s, p string) int {
	if len(p) < 3 || p[0] < utf8.RuneSelf {
		return strings.Index(s, p)
	}
	c := p[2]
	for i := 2; i < len(s); {
		k := strings.IndexByte(s[i:], c)
		if k < 0 {
			return -1
		}
		if at := i + k - 2; strings.HasPrefix(s[at:], p) {
			return at
		}
		i += k + 1
	}
	return -1
}

// isHan is unicode.Is(unicode.Han, r) with the CJK Unified Ideographs block
// (U+4E00–U+9FFF, Han throughout), where most of a Chinese text lies,
// answered without a table search.
func isHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

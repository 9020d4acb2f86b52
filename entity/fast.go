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

// wordSet answers for a word list what loops of strings.HasPrefix,
// HasSuffix and Contains over the list answer, with a few map lookups of
// the pieces of the (short) name asked about. The answers assume valid
// UTF-8; callers fall back to the loops otherwise.
type wordSet map[string]bool

// newWordSet holds the words of ws with at least minRunes runes.
func newWordSet(ws []string, minRunes int) wordSet {
	s := wordSet{}
	for _, w := range ws {
		if utf8.RuneCountInString(w) >= minRunes {
			s[w] = true
		}
	}
	return s
}

// suffixOf reports whether some word of s ends name.
func (s wordSet) suffixOf(name string) bool {
	for k := 0; k <= len(name); k++ {
		if (k == len(name) || utf8.RuneStart(name[k])) && s[name[k:]] {
			return true
		}
	}
	return false
}

// prefixOf reports whether some word of s starts name.
func (s wordSet) prefixOf(name string) bool {
	for k := 0; k <= len(name); k++ {
		if (k == len(name) || utf8.RuneStart(name[k])) && s[name[:k]] {
			return true
		}
	}
	return false
}

// within reports whether some word of s occurs in name.
func (s wordSet) within(name string) bool {
	for a := 0; a < len(name); a++ {
		if !utf8.RuneStart(name[a]) {
			continue
		}
		for b := a + 1; b <= len(name); b++ {
			if (b == len(name) || utf8.RuneStart(name[b])) && s[name[a:b]] {
				return true
			}
		}
	}
	return false
}

// headOf reports whether some word of s is name or name without its last
// rune.
func (s wordSet) headOf(name string) bool {
	if s[name] {
		return true
	}
	_, sz := utf8.DecodeLastRuneInString(name)
	return sz > 0 && s[name[:len(name)-sz]]
}

var (
	genericEndSet   = newWordSet(unitGenericEnds, 1)
	genericEndSet2  = newWordSet(unitGenericEnds, 2)
	leftWordSet2    = newWordSet(unitLeftWords, 2)
	genericHeadSet  = newWordSet(genericHeads, 0)
	genericHeadSet2 = newWordSet(genericHeads, 2)
)

// runeSet is strings.ContainsRune(s, r) for a fixed s without encoding r
// and searching s: a bit set for runes below U+10000, a map above.
type runeSet struct {
	bits  [1 << 16 / 64]uint64
	other map[rune]bool
}

func newRuneSet(s string) *runeSet {
	rs := &runeSet{other: map[rune]bool{}}
	for _, r := range s {
		if r < 1<<16 {
			rs.bits[r>>6] |= 1 << (r & 63)
		} else {
			rs.other[r] = true
		}
	}
	return rs
}

func (s *runeSet) has(r rune) bool {
	if r >= 0 && r < 1<<16 {
		return s.bits[r>>6]&(1<<(r&63)) != 0
	}
	return s.other[r]
}

var (
	stopRuneSet    = newRuneSet(stopRunes)
	badNameRuneSet = newRuneSet(badNameRunes)
)

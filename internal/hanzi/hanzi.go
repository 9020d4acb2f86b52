package hanzi

import (
	"strings"
	"unicode/utf8"
)

// Simplify returns the simplified form of a traditional character, or r
// itself when r has none (simplified characters, punctuation, Latin).
func Simplify(r rune) rune {
	if r < 0x3400 {
		return r
	}
	if r < 1<<16 && inTable[r>>6]&(1<<(r&63)) == 0 {
		return r // most characters of a text: no binary search
	}
	lo, hi := 0, len(table)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if table[2*m] < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(table)/2 && table[2*lo] == r {
		return table[2*lo+1]
	}
	return r
}

// TraditionalBMP returns the set of the characters of the Basic
// Multilingual Plane that Simplify changes, as a bitset: bit r&63 of
// word r>>6. It tries only the characters of the table (a character not
// in it is its own simplified form), some four thousand lookups.
func TraditionalBMP() *[1 << 10]uint64 {
	var set [1 << 10]uint64
	for i := 0; i < len(table); i += 2 {
		if r := table[i]; r <= 0xFFFF && Simplify(r) != r {
			set[r>>6] |= 1 << (r & 63)
		}
	}
	return &set
}

// inTable has bit r set for every rune r below U+10000 that table maps.
var inTable = func() (bits [1 << 16 / 64]uint64) {
	for i := 0; i < len(table); i += 2 {
		if r := table[i]; r < 1<<16 {
			bits[r>>6] |= 1 << (r & 63)
		}
	}
	return bits
}()

// IsTraditional reports whether r is a traditional character with a
// different simplified form.
func IsTraditional(r rune) bool { return Simplify(r) != r }

// Key returns s with every traditional character replaced by its
// simplified form, rune for rune: Key(s) has as many runes as s. When s
// has no traditional character, s itself is returned without allocating.
func Key(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if Simplify(r) != r {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		b.WriteRune(Simplify(r))
	}
	return b.String()
}

// maxResidue bounds the letters of one residue: a few syllables.
const maxResidue = 24

// PinyinResidue returns the byte length of a pinyin residue at the start of
// s, or 0 when there is none. A residue is an opening bracket, ASCII "(" or
// full-width "（", one or more syllables of lower-case Latin letters with at
// least one tone-marked vowel or ü (single spaces between syllables
// allowed), and a closing bracket of either width: "(qū)", "（zhèn）",
// "(shè qū)". Plain letters such as "(a)" or "(km)" are not residue. The
// caller checks that the residue follows a Chinese character.
func PinyinResidue(s string) int {
	var i int
	switch {
	case strings.HasPrefix(s, "("):
		i = 1
	case strings.HasPrefix(s, "（"):
		i = len("（")
	default:
		return 0
	}
	letters, toned := 0, false
	prevSpace := true
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ')' || r == '）':
			if letters == 0 || !toned || prevSpace {
				return 0
			}
			return i + n
		case r == ' ':
			if prevSpace {
				return 0
			}
			prevSpace = true
		case r >= 'a' && r <= 'z':
			letters++
			prevSpace = false
		case isTonedVowel(r):
			letters++
			toned = true
			prevSpace = false
		default:
			return 0
		}
		if letters > maxResidue {
			return 0
		}
		i += n
	}
	return 0
}

// isTonedVowel reports whether r is a pinyin vowel with a tone mark, or ü.
func isTonedVowel(r rune) bool {
	return strings.ContainsRune("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", r)
}

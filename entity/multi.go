package entity

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// multi finds every occurrence of a set of patterns in one pass.
type multi struct {
	byFirst map[rune][]string // longest first
	// first has bit r set when a pattern starts with rune r < U+10000: most
	// runes of a text start none, and the bit set answers before the map
	first []uint64
}

func newMulti(pats ...[]string) *multi {
	m := &multi{byFirst: map[rune][]string{}, first: make([]uint64, 1<<16/64)}
	seen := map[string]bool{}
	for _, ps := range pats {
		for _, p := range ps {
			if p == "" || seen[p] {
				continue
			}
			seen[p] = true
			r, _ := utf8.DecodeRuneInString(p)
			m.byFirst[r] = append(m.byFirst[r], p)
			if r < 1<<16 {
				m.first[r>>6] |= 1 << (r & 63)
			}
		}
	}
	for _, l := range m.byFirst {
		sort.Slice(l, func(i, j int) bool { return len(l[i]) > len(l[j]) })
	}
	return m
}

// find calls f for every pattern occurring at every byte offset of text.
func (m *multi) find(text string, f func(at int, pat string)) {
	for i := 0; i < len(text); {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if r < 1<<16 && m.first[r>>6]&(1<<(r&63)) == 0 {
			i += sz
			continue
		}
		for _, p := range m.byFirst[r] {
			if strings.HasPrefix(text[i:], p) {
				f(i, p)
			}
		}
		i += sz
	}
}

// occurrences returns, for each pattern of set, the offsets where it occurs.
type occ struct {
	at  int
	pat string
}

func (m *multi) all(text string) []occ {
	var out []occ
	m.find(text, func(at int, p string) { out = append(out, occ{at, p}) })
	return out
}

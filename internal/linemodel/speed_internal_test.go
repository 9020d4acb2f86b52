package linemodel

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews/internal/cjk"
)

// overlapBytes is overlap as a substring search: the definition the
// faster form must match (the tests compare them).
func overlapBytes(short, long string) float32 {
	long = overlapHead(long)
	var buf [8]byte
	prev, n, in := rune(-1), 0, 0
	for _, r := range short {
		if !cjk.IsHan(r) {
			prev = -1
			continue
		}
		if prev >= 0 {
			k := utf8.EncodeRune(buf[:], prev)
			k += utf8.EncodeRune(buf[k:], r)
			n++
			if strings.Contains(long, string(buf[:k])) {
				in++
			}
		}
		prev = r
	}
	if n == 0 {
		return 0
	}
	return float32(in) / float32(n)
}

// randomText makes a text of n pieces drawn from a few Chinese
// characters, punctuation, ASCII and bytes that are not UTF-8.
func randomText(rng *rand.Rand, n int) string {
	pieces := []string{"社", "区", "街", "道", "新", "闻", "，", "。", " ", "a", "1", "\xe7", "\x80", "𠀀"}
	var b strings.Builder
	for range n {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

// TestOverlapMatchesSubstring checks the bigram-set overlap against the
// substring search it replaces, on long lines around the 600-byte cut and
// on several short lines compared with the same long one.
func TestOverlapMatchesSubstring(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		long := randomText(rng, 150+rng.IntN(150))
		lines := []Line{{Text: long}}
		for range 4 {
			lines = append(lines, Line{Text: randomText(rng, rng.IntN(30))})
		}
		p := newPage(lines)
		for i := 1; i < len(lines); i++ {
			require.Equal(t, overlapBytes(lines[i].Text, long), p.overlap(i, 0), "%q in %q", lines[i].Text, long)
		}
	}
}

// TestWordIndex checks the dense index of the word lists against the
// lists themselves for every character of the Basic Multilingual Plane.
func TestWordIndex(t *testing.T) {
	want := map[rune][]wordRef{}
	for k, list := range wordLists {
		for j, w := range list {
			r, _ := utf8.DecodeRuneInString(w)
			want[r] = append(want[r], wordRef{k, j})
		}
	}
	for r := rune(0); r < 1<<16; r++ {
		set := wordStart[r>>6]&(1<<(r&63)) != 0
		assert.Equal(t, want[r] != nil, set, "%q", r)
		if set {
			assert.Equal(t, want[r], wordsOf(r), "%q", r)
		}
	}
}

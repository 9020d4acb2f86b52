package entity

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// TestIndex compares index with strings.Index on texts and patterns drawn
// from a small alphabet (so that they often match, overlap and share bytes).
func TestIndex(t *testing.T) {
	alphabet := []string{"路", "街", "道", "大", "a", "0", "、", "\xe8", "\xaf", "é"}
	rng := rand.New(rand.NewPCG(1, 2))
	draw := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	for range 20000 {
		s, p := draw(rng.IntN(12)), draw(1+rng.IntN(3))
		if got, want := index(s, p), strings.Index(s, p); got != want {
			t.Fatalf("index(%q, %q) = %d, want %d", s, p, got, want)
		}
	}
}

func TestIsHan(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v", r, isHan(r))
		}
	}
}

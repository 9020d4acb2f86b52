package entity

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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

// TestWordSets compares the word sets with the loops over their lists
// they stand for, on names made of pieces of the lists' words.
func TestWordSets(t *testing.T) {
	var pieces []string
	for _, l := range [][]string{unitGenericEnds, unitLeftWords, genericHeads} {
		for _, w := range l {
			rs := []rune(w)
			for i := range rs {
				pieces = append(pieces, string(rs[i:]), string(rs[:i+1]))
			}
		}
	}
	pieces = append(pieces, "路", "1", "")
	runes := func(s string) int { return utf8.RuneCountInString(s) }
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200000 {
		var b strings.Builder
		for range 1 + rng.IntN(3) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		name := b.String()
		want := false
		for _, g := range unitGenericEnds {
			want = want || strings.HasSuffix(name, g)
		}
		if genericEndSet.suffixOf(name) != want {
			t.Fatalf("genericEndSet.suffixOf(%q) = %v", name, !want)
		}
		want = false
		for _, g := range unitGenericEnds {
			want = want || strings.HasPrefix(name, g) && runes(g) >= 2
		}
		if genericEndSet2.prefixOf(name) != want {
			t.Fatalf("genericEndSet2.prefixOf(%q) = %v", name, !want)
		}
		want = false
		for _, w := range unitLeftWords {
			want = want || runes(w) >= 2 && strings.Contains(name, w)
		}
		if leftWordSet2.within(name) != want {
			t.Fatalf("leftWordSet2.within(%q) = %v", name, !want)
		}
		for _, min := range []int{0, 2} {
			want = false
			for _, g := range genericHeads {
				want = want || runes(g) >= min && (name == g || strings.HasPrefix(name, g) && runes(name) <= runes(g)+1)
			}
			s := genericHeadSet
			if min == 2 {
				s = genericHeadSet2
			}
			if s.headOf(name) != want {
				t.Fatalf("genericHeadSet(%d).headOf(%q) = %v", min, name, !want)
			}
		}
	}
}

// TestMultiLastEnd compares the end of the last stop word leftStartAnd
// finds with one pass of leftStopFinder against a LastIndex per word.
func TestMultiLastEnd(t *testing.T) {
	var pieces []string
	for _, w := range leftStopWords {
		rs := []rune(w)
		pieces = append(pieces, w, string(rs[:1]), string(rs[len(rs)-1:]))
	}
	pieces = append(pieces, "路", "\xe8", "\xaf", "a")
	rng := rand.New(rand.NewPCG(5, 6))
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		win := b.String()
		want := -1
		for _, w := range leftStopWords {
			if k := strings.LastIndex(win, w); k >= 0 && k+len(w) > want {
				want = k + len(w)
			}
		}
		got := -1
		leftStopFinder.find(win, func(k int, w string) { got = max(got, k+len(w)) })
		if got != want {
			t.Fatalf("%q: %d, want %d", win, got, want)
		}
	}
}

func TestRuneSet(t *testing.T) {
	for _, set := range []string{stopRunes, badNameRunes, "a\xe8é𠀀\uFFFD"} {
		rs := newRuneSet(set)
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if rs.has(r) != strings.ContainsRune(set, r) {
				t.Fatalf("%q has %U: %v", set, r, rs.has(r))
			}
		}
	}
}

package cjk

import (
	"testing"
	"unicode"
)

// TestIsHanEveryRune checks the fast paths of IsHan against the Unicode
// table for every code point.
func TestIsHanEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := r == '〇' || unicode.Is(unicode.Han, r)
		if got := IsHan(r); got != want {
			t.Fatalf("IsHan(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestIsChineseEveryRune checks IsChinese's fast paths against its
// definition for every code point.
func TestIsChineseEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := r == '〇' || unicode.Is(unicode.Han, r) || IsCJKPunct(r)
		if got := IsChinese(r); got != want {
			t.Fatalf("IsChinese(%U) = %v, want %v", r, got, want)
		}
	}
}

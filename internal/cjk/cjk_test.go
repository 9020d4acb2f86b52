package cjk

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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

// TestDecode checks Decode against utf8.DecodeRuneInString on every
// sequence of up to four bytes drawn from every lead and continuation
// class, at every offset.
func TestDecode(t *testing.T) {
	bs := []byte{0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE1, 0xE3, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF}
	for _, a := range bs {
		for _, b := range bs {
			for _, c := range bs {
				for _, d := range bs {
					s := string([]byte{a, b, c, d})
					for k := 1; k <= len(s); k++ {
						for i := 0; i < k; i++ {
							r, n := Decode(s[:k], i)
							wr, wn := utf8.DecodeRuneInString(s[i:k])
							if r != wr || n != wn {
								t.Fatalf("Decode(%q, %d) = %U %d, want %U %d", s[:k], i, r, n, wr, wn)
							}
						}
					}
				}
			}
		}
	}
}

// TestDecodeFast checks DecodeFast against utf8.DecodeRuneInString on
// every three bytes from a lead byte on, and that it reads ASCII and
// every character from U+1000 to U+FFFF but the surrogates' block.
func TestDecodeFast(t *testing.T) {
	for a := 0x80; a < 0x100; a++ {
		for b := 0; b < 0x100; b++ {
			for c := 0; c < 0x100; c++ {
				s := string([]byte{byte(a), byte(b), byte(c)})
				for k := 1; k <= len(s); k++ {
					r, n := DecodeFast(s[:k], 0)
					if n == 0 {
						continue
					}
					if wr, wn := utf8.DecodeRuneInString(s[:k]); r != wr || n != wn {
						t.Fatalf("DecodeFast(%q, 0) = %U %d, want %U %d", s[:k], r, n, wr, wn)
					}
				}
			}
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		if utf8.RuneLen(r) < 0 {
			continue // a surrogate
		}
		s := "a" + string(r)
		_, n := DecodeFast(s, 1)
		if want := r < utf8.RuneSelf || r >= 0x1000 && (r < 0xD000 || r >= 0xE000); (n > 0) != want {
			t.Fatalf("DecodeFast(%q, 1) reads %U: %v, want %v", s, r, n > 0, want)
		}
	}
}

// TestDecodeLastFast checks DecodeLastFast against
// utf8.DecodeLastRuneInString on every three bytes before a last byte,
// cut at every length, and that it reads every character DecodeFast does.
func TestDecodeLastFast(t *testing.T) {
	for a := 0; a < 0x100; a++ {
		for b := 0; b < 0x100; b++ {
			for c := 0x80; c < 0x100; c++ {
				s := string([]byte{'x', byte(a), byte(b), byte(c)})
				for k := 1; k <= len(s); k++ {
					r, n := DecodeLastFast(s[:k], k)
					if n == 0 {
						continue
					}
					if wr, wn := utf8.DecodeLastRuneInString(s[:k]); r != wr || n != wn {
						t.Fatalf("DecodeLastFast(%q, %d) = %U %d, want %U %d", s[:k], k, r, n, wr, wn)
					}
				}
			}
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		if utf8.RuneLen(r) < 0 {
			continue
		}
		s := "a" + string(r)
		_, n := DecodeLastFast(s, len(s))
		if _, fn := DecodeFast(s, 1); (n > 0) != (fn > 0) {
			t.Fatalf("DecodeLastFast(%q) reads %U: %v, DecodeFast %v", s, r, n > 0, fn > 0)
		}
	}
}

func TestRunesAtMost(t *testing.T) {
	for _, s := range []string{"", "a", "abc", "中", "中文ab", "中文字符串测试", "\xff\xfe中", "ab\xe4\xb8", strings.Repeat("中", 30), strings.Repeat("a", 90),
		"\x80\x80中\xed\xa0\x80文\xf0\x9f\x98\x80", strings.Repeat("中\xe4", 20)} {
		if got, want := RuneCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("RuneCount(%q) = %d, want %d", s, got, want)
		}
		for n := -1; n <= 100; n++ {
			if got, want := RunesAtMost(s, n), utf8.RuneCountInString(s) <= n; got != want {
				t.Errorf("RunesAtMost(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

func TestHasAnyPrefix(t *testing.T) {
	if !HasAnyPrefix("村委会主任", "居委会", "村委") {
		t.Error("村委 is a prefix")
	}
	if HasAnyPrefix("主任", "居委会", "村委") || HasAnyPrefix("村委") {
		t.Error("no prefix given matches")
	}
}

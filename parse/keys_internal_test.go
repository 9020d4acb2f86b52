package parse

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestSpaceFree checks spaceFree against unicode.IsSpace for every
// character, alone and between Chinese characters, and on broken UTF-8.
func TestSpaceFree(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if got, want := spaceFree(s), !unicode.IsSpace(r); got != want {
			t.Fatalf("spaceFree(%q) = %v, want %v", s, got, want)
		}
		if got, want := spaceFree("中"+s+"文"), !unicode.IsSpace(r); got != want {
			t.Fatalf("spaceFree(中%q文) = %v, want %v", s, got, want)
		}
	}
	for _, s := range []string{"中\xe3\x80", "\xc2", "ab\xffcd", "\xe2\x80"} {
		if spaceFree(s) {
			t.Errorf("spaceFree(%q) = true for broken UTF-8", s)
		}
	}
	if !spaceFree("") || !spaceFree("“标题”——正文") {
		t.Error("spaceFree is false for text without white space")
	}
}

// sameKey answers as comparing the keys headKey builds, white space of
// any kind, bytes that are not UTF-8 and U+FFFD included.
func TestSameKey(t *testing.T) {
	texts := []string{
		"", " ", "\u3000", "标题", "标 题", "标\u3000题 ", " 标题\t", "标题二", "标",
		"\xe6\xa0", "\ufffd", "标\xe6题", "标\ufffd题", "标 \xff 题", "a b", "ab", "a\u00a0b", "a\u0085b",
	}
	for _, a := range texts {
		for _, b := range texts {
			if got, want := sameKey(a, b), headKey(a) == headKey(b); got != want {
				t.Errorf("sameKey(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// sameKeyBy with listMark answers as comparing the keys listKey builds.
func TestSameListKey(t *testing.T) {
	texts := []string{
		"", "~~", "政务~~~", "政 务", "●政务", "政务☆", "政\xe6务", "政\ufffd务", "政务公开", "～政务～", "\xff",
	}
	for _, a := range texts {
		for _, b := range texts {
			if got, want := sameKeyBy(a, b, listMark), listKey(a) == listKey(b); got != want {
				t.Errorf("sameKeyBy(%q, %q, listMark) = %v, want %v", a, b, got, want)
			}
		}
	}
}

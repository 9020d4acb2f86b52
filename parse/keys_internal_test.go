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

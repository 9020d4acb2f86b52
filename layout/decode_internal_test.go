package layout

import (
	"testing"
	"unicode/utf8"
)

// TestDecodeFastAt checks decodeFastAt against utf8.DecodeRune on every
// three bytes from a lead byte on, cut at every length.
func TestDecodeFastAt(t *testing.T) {
	for a := 0x80; a < 0x100; a++ {
		for b := 0; b < 0x100; b++ {
			for c := 0; c < 0x100; c++ {
				s := []byte{'x', byte(a), byte(b), byte(c)}
				for end := 2; end <= len(s); end++ {
					r, n := decodeFastAt(s, 1, end)
					if n == 0 {
						continue
					}
					if wr, wn := utf8.DecodeRune(s[1:end]); r != wr || n != wn {
						t.Fatalf("decodeFastAt(%q, 1, %d) = %U %d, want %U %d", s, end, r, n, wr, wn)
					}
				}
			}
		}
	}
	if r, n := decodeFastAt([]byte("a中"), 1, 4); r != '中' || n != 3 {
		t.Errorf("decodeFastAt leaves 中 to decodeAt")
	}
}

// TestValidUTF8 checks validUTF8 against utf8.Valid on every sequence of
// up to three bytes drawn from every lead and continuation class, inside
// text.
func TestValidUTF8(t *testing.T) {
	bs := []byte{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xE4, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF}
	for _, a := range bs {
		for _, b := range bs {
			for _, c := range bs {
				for _, d := range bs {
					for _, s := range [][]byte{{a, b, c, d}, []byte("中文" + string([]byte{a, b, c, d}) + "字"), {a, b, c}, {a, b}, {a}} {
						if got, want := validUTF8(s), utf8.Valid(s); got != want {
							t.Fatalf("validUTF8(%q) = %v, want %v", s, got, want)
						}
					}
				}
			}
		}
	}
}

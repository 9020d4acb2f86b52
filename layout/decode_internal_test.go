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

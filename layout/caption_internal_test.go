package layout

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// captionMarkedByLists is isCaptionMarked's definition: the text opens
// with one of captionPrefixes or ends with one of captionSuffixes.
func captionMarkedByLists(text string) bool {
	for _, p := range captionPrefixes {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	for _, s := range captionSuffixes {
		if strings.HasSuffix(text, s) {
			return true
		}
	}
	return false
}

// TestCaptionMarked checks isCaptionMarked against the lists on texts
// made of the listed marks, their characters alone and other text, bytes
// that are not UTF-8 included.
func TestCaptionMarked(t *testing.T) {
	parts := []string{"", "社区", " ", "（", "）", "(", ")", "图", "摄", "供", "资料", "为", "：", ":", "上", "\xe6", "\x91\x84", "记者 张三"}
	parts = append(parts, captionPrefixes...)
	parts = append(parts, captionSuffixes...)
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				text := a + b + c
				if got, want := isCaptionMarked(text), captionMarkedByLists(text); got != want {
					t.Fatalf("isCaptionMarked(%q) = %v, want %v", text, got, want)
				}
			}
		}
	}
}

// TestDecodeAt checks decodeAt against utf8.DecodeRune on every sequence
// of up to four bytes drawn from every lead and continuation class, cut
// at every end.
func TestDecodeAt(t *testing.T) {
	bs := []byte{0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE1, 0xE3, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF}
	check := func(b []byte) {
		for end := 1; end <= len(b); end++ {
			r, n := decodeAt(b, 0, end)
			wr, wn := utf8.DecodeRune(b[:end])
			if r != wr || n != wn {
				t.Fatalf("decodeAt(% x, 0, %d) = %U %d, want %U %d", b, end, r, n, wr, wn)
			}
		}
	}
	for _, a := range bs {
		for _, b := range bs {
			for _, c := range bs {
				for _, d := range bs {
					check([]byte{a, b, c, d})
				}
			}
		}
	}
}

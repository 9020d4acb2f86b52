package layout

import (
	"strings"
	"testing"
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

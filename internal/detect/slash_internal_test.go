package detect

import (
	"strings"
	"testing"
)

// hasSlash answers as strings.ContainsAny over the characters isSlash
// reports, on text with and without them, valid UTF-8 or not.
func TestHasSlash(t *testing.T) {
	all := "/／|｜丨"
	for _, s := range []string{
		"", "记者 张三", "王明/文", "王明／文", "王明｜文", "王明丨文", "a|b",
		"\xef\xbc", "\xe4\xb8", "张\xef\xbc\x8f三", "文 图", "ｌ", "｛｝",
	} {
		want := strings.ContainsAny(s, all)
		for _, r := range s {
			if isSlash(r) != strings.ContainsRune(all, r) {
				t.Fatalf("isSlash(%q) disagrees with the list", r)
			}
		}
		if got := hasSlash(s); got != want {
			t.Errorf("hasSlash(%q) = %v, want %v", s, got, want)
		}
	}
}

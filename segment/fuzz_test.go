package segment

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzWords(f *testing.F) {
	for _, text := range issues(f) {
		f.Add(text)
	}
	for _, s := range []string{
		"", " ", "\x00", "\xff\xfe", "居民\xff区", "\xe4\xb8", "\xed\xa0\x80", // surrogate encoding
		"”，", "——……", "－", "-1", "1-", "1,00", "1.2.3.", "第", "第一", "二○○一年",
		strings.Repeat("一", 2000), strings.Repeat("a", 2000), strings.Repeat("１", 1000),
		strings.Repeat("，", 500), strings.Repeat("街道", 500), strings.Repeat("\xff", 100),
		"ＡＢＣ１２３％", "\u3000\u3000斜土街道", "a\u0301b", "🙂🙂居委会🙂",
	} {
		f.Add(s)
	}
	seg, err := New(WithWords("恒益"))
	if err != nil {
		f.Fatal(err)
	}
	search, err := New(WithSearchMode(true))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ws := seg.Words(text)
		checkWords(t, text, ws)
		for _, w := range ws {
			if len(w.Text) > 1 && !utf8.ValidString(w.Text) {
				t.Fatalf("word %q is not valid UTF-8", w.Text)
			}
		}
		if strings.TrimSpace(text) == "" && ws != nil && utf8.ValidString(text) {
			t.Fatalf("blank input gave %v", ws)
		}
		for _, w := range search.Words(text) {
			if text[w.Start:w.End] != w.Text {
				t.Fatalf("search word %q does not slice back", w.Text)
			}
		}
		for _, s := range Sentences(text) {
			if text[s.Start:s.End] != s.Text {
				t.Fatalf("sentence %q does not slice back", s.Text)
			}
		}
		seg.Keywords(text, 3)
	})
}

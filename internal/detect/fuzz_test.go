package detect

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDetectors runs every detector on arbitrary input: none may panic,
// and every offset returned must lie inside the input, on a character
// boundary when the input is valid UTF-8.
func FuzzDetectors(f *testing.F) {
	for _, s := range []string{"本报讯（记者 张三 通讯员 李四）随着", "閩東網(wǎng)訊 寧德", "新华社北京3月5日电",
		"本报讯《记者 张三）", "来源：区政府 发布时间：2023-05-06", "（一）总体要求", "居民点赞。(张三 李四)", "·王明·",
		"□记者", "王明/文 李华/图", "记者 王 伟", "\xff\xfe（", "（（（", "本报", "第", "(qū)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		inside := func(name string, at int) {
			if at < 0 || at > len(s) {
				t.Fatalf("%s: offset %d outside %q", name, at, s)
			}
			if utf8.ValidString(s) && at < len(s) && !utf8.RuneStart(s[at]) {
				t.Fatalf("%s: offset %d not on a character boundary in %q", name, at, s)
			}
		}
		if d, ok := FindDateline(s); ok {
			inside("dateline start", d.Start)
			inside("dateline end", d.End)
			inside("dateline body", d.Body)
			if d.Start > d.End || d.End > d.Body || s[d.Start:d.End] != d.Token || d.Token == "" {
				t.Fatalf("dateline %+v in %q", d, s)
			}
		}
		Byline(s)
		if _, at := Tail(s); at >= 0 {
			inside("tail", at)
		}
		for _, fs := range [][]Field{Fields(s), func() []Field { fs, _ := MetaLine(s); return fs }()} {
			for _, fl := range fs {
				inside("field start", fl.Start)
				inside("field value", fl.ValueStart)
				inside("field end", fl.End)
				if fl.Start > fl.ValueStart || fl.ValueStart > fl.End || !strings.HasPrefix(s[fl.Start:], fl.Label) {
					t.Fatalf("field %+v in %q", fl, s)
				}
			}
		}
		inside("section", SectionMark(s))
		if _, n := Group(s, true); n > 0 {
			inside("group", n)
		}
		if at, _ := LastGroup(s, true); at >= 0 {
			inside("last group", at)
		}
		if _, n := RoleAt(s); n > 0 {
			inside("role", n)
		}
		NameLike(s)
		SourceAuthor(s)
	})
}

package parse_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews/parse"
)

func FuzzParse(f *testing.F) {
	paths, _ := filepath.Glob("../testdata/issues/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(f, err)
		f.Add(b)
	}
	for _, s := range []string{"", "社区晨报\n\n第42期", "本报讯", "□记者\n\n本报讯 正文。", "（来源：某局）", "延伸阅读\n\n一、\n\n（一）", "。（记者 王明）"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		d, err := parse.Parse(in)
		if err != nil {
			return
		}
		n := len(d.Layout.Source)
		covered := make([]int, n)
		mark := func(s, e int) {
			require.True(t, 0 <= s && s <= e && e <= n, "span %d-%d outside %d", s, e, n)
			for i := s; i < e; i++ {
				covered[i]++
			}
		}
		if d.Masthead != nil {
			for _, s := range d.Masthead.Spans {
				mark(s.Start, s.End)
			}
		}
		for _, a := range d.Articles {
			for _, s := range a.Spans {
				mark(s.Start, s.End)
			}
			for _, p := range a.Paragraphs {
				require.True(t, utf8.ValidString(p.Text))
				for _, s := range p.SourceSpans(0, len(p.Text)) {
					require.True(t, 0 <= s.Start && s.End <= n)
				}
			}
			for _, x := range []string{a.Kicker, a.Title, a.Subtitle, a.Dateline, a.Source} {
				require.True(t, utf8.ValidString(x))
			}
		}
		for _, b := range d.Boilerplate {
			for _, s := range b.Spans {
				mark(s.Start, s.End)
			}
		}
		for _, g := range d.Layout.Gaps() {
			mark(g.Start, g.End)
		}
		for i, c := range covered {
			require.Equal(t, 1, c, "byte %d covered %d times", i, c)
		}
	})
}

package civicnews_test

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/internal/testutil"
)

func FuzzParse(f *testing.F) {
	for _, s := range testutil.Samples(f, "testdata/issues", "testdata/truth") {
		f.Add(s.Text)
	}
	for _, s := range []string{"", "\x00", "区委书记王明到斜土街道调研", "徐汇报\n\n第30期\n\n区委组织部调研\n\n本报讯 区长巢克俭。", "<p>街道</p>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		d, err := civicnews.Parse(in)
		if err != nil {
			return
		}
		a := marshal(t, d)
		require.True(t, utf8.Valid(a))
		d2, err := civicnews.Parse(in)
		require.NoError(t, err)
		require.True(t, bytes.Equal(a, marshal(t, d2)), "not deterministic")
		for _, e := range d.Entities {
			text := d.Text(e.Article, e.In, e.Paragraph)
			require.True(t, 0 <= e.Start && e.Start <= e.End && e.End <= len(text), "entity %q offsets %d-%d", e.Text, e.Start, e.End)
			if e.Text != text[e.Start:e.End] {
				require.NotEmpty(t, e.Spans, "entity %q differs from its text %q but has no source spans", e.Text, text[e.Start:e.End])
			}
		}
		var v any
		require.NoError(t, json.Unmarshal(a, &v))
	})
}

package layout_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews/internal/testutil"
	"github.com/civicnews/civicnews/layout"
)

// TestTruthRepairs checks the truth's layout facts on every sample page:
// each join holds inside one paragraph, each repair is made, and each
// caption is lifted out.
func TestTruthRepairs(t *testing.T) {
	for _, s := range testutil.AllPages(t) {
		t.Run(s.ID, func(t *testing.T) {
			d, err := layout.Analyze(s.Text)
			require.NoError(t, err)
			var body, all []string
			kinds := map[string]layout.BlockKind{}
			for _, b := range d.Blocks {
				all = append(all, b.Text)
				if b.Kind == layout.Body {
					body = append(body, testutil.Key(b.Text))
				}
				kinds[testutil.Key(b.Text)] = b.Kind
			}
			for _, j := range s.Truth.Joins {
				want := testutil.Key(j[0] + j[1])
				assert.True(t, containsAny(body, want), "not joined: %s|%s", j[0], j[1])
			}
			for _, r := range s.Truth.Repairs {
				assert.True(t, containsAny(all, r[1]), "repair %q → %q not made", r[0], r[1])
				assert.False(t, containsAny(all, r[0]), "%q left in the text", r[0])
			}
			for _, c := range s.Truth.Captions {
				assert.Equal(t, layout.Caption, kinds[testutil.Key(c)], "caption %q", c)
			}
		})
	}
}

func containsAny(list []string, s string) bool {
	for _, x := range list {
		if strings.Contains(x, s) {
			return true
		}
	}
	return false
}

// TestIdempotent checks that analysing the repaired text again changes
// nothing in the text.
func TestIdempotent(t *testing.T) {
	for _, s := range testutil.AllPages(t) {
		t.Run(s.ID, func(t *testing.T) {
			d, err := layout.Analyze(s.Text)
			require.NoError(t, err)
			again, err := layout.AnalyzeString(d.Text())
			require.NoError(t, err)
			// the text is a fixed point; the line model's labels may change
			// where the repaired text puts a narrow headline on one line
			assert.Equal(t, d.Text(), again.Text())
		})
	}
}

// TestGolden compares each sample's blocks with testdata/golden/layout.
func TestGolden(t *testing.T) {
	for _, s := range testutil.AllPages(t) {
		t.Run(s.ID, func(t *testing.T) {
			d, err := layout.Analyze(s.Text)
			require.NoError(t, err)
			testutil.Golden(t, "testdata/golden/layout/"+s.ID+".txt", []byte(dump(d, true)))
		})
	}
}

func dump(d *layout.Document, withSpans bool) string {
	var b strings.Builder
	for _, blk := range d.Blocks {
		extra := ""
		if blk.Reason != "" {
			extra = " (" + blk.Reason + ")"
		}
		if withSpans {
			fmt.Fprintf(&b, "%s%s %v\n%s\n\n", blk.Kind, extra, blk.Spans, blk.Text)
		} else {
			fmt.Fprintf(&b, "%s%s\n%s\n\n", blk.Kind, extra, blk.Text)
		}
	}
	return b.String()
}

func BenchmarkLayout(b *testing.B) {
	samples := testutil.Samples(b, "testdata/issues", "testdata/truth")
	var n int64
	for _, s := range samples {
		n += int64(len(s.Text))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range samples {
			if _, err := layout.Analyze(s.Text); err != nil {
				b.Fatal(err)
			}
		}
	}
}

package layout

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// labelCase is one page of testdata/labels.txt: its rows, each a label
// and the text of a line.
type labelCase struct {
	name   string
	labels []LineLabel
	texts  []string
}

func readLabelCases(t *testing.T) []labelCase {
	t.Helper()
	raw, err := os.ReadFile("testdata/labels.txt")
	require.NoError(t, err)
	var out []labelCase
	for _, chunk := range strings.Split("\n"+string(raw), "\n=== ")[1:] {
		head, body, _ := strings.Cut(chunk, "\n")
		c := labelCase{name: strings.TrimSpace(head)}
		for _, row := range strings.Split(strings.TrimSpace(body), "\n") {
			label, text, ok := strings.Cut(row, "\t")
			require.True(t, ok, "row %q of %q has no tab", row, c.name)
			c.labels = append(c.labels, LineLabel(label))
			c.texts = append(c.texts, text)
		}
		out = append(out, c)
	}
	return out
}

// TestLineLabels runs the fitted line model on the hand-written pages of
// testdata/labels.txt. A statistical model is not held to every row: the
// misses are logged, and the share of rows labelled as written must stay
// at or above the floor.
func TestLineLabels(t *testing.T) {
	cases := readLabelCases(t)
	require.GreaterOrEqual(t, len(cases), 7)
	held, rows := 0, 0
	for _, c := range cases {
		d := analyze(t, strings.Join(c.texts, "\n\n"))
		var got []LineLabel
		for _, l := range d.Lines {
			if !l.Blank {
				got = append(got, l.Label)
			}
		}
		require.Len(t, got, len(c.labels), c.name)
		for i := range c.labels {
			rows++
			if got[i] == c.labels[i] {
				held++
			} else {
				t.Logf("%s: %q labelled %s, want %s", c.name, c.texts[i], got[i], c.labels[i])
			}
		}
	}
	t.Logf("%d/%d rows labelled as written", held, rows)
	assert.GreaterOrEqual(t, float64(held)/float64(rows), 0.85)
}

// TestLabelsCoverLines checks that every non-blank line has a label and
// every blank line none.
func TestLabelsCoverLines(t *testing.T) {
	d := analyze(t, "标题\n\n\n正文第一段写完了。\n  \n第二段。")
	for _, l := range d.Lines {
		if l.Blank {
			assert.Empty(t, l.Label)
		} else {
			assert.NotEmpty(t, l.Label, l.Text)
		}
	}
}

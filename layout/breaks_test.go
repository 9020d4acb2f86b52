package layout

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// breakCase is one case of testdata/breaks.txt: two or more source lines
// whose first and last must end up joined, apart, or joined around a
// caption.
type breakCase struct {
	want, reason, text string
}

func readBreaks(t *testing.T) []breakCase {
	t.Helper()
	raw, err := os.ReadFile("testdata/breaks.txt")
	require.NoError(t, err)
	var out []breakCase
	for _, chunk := range strings.Split("\n"+string(raw), "\n=== ")[1:] {
		head, body, _ := strings.Cut(chunk, "\n")
		want, reason, _ := strings.Cut(head, ":")
		out = append(out, breakCase{want: strings.TrimSpace(want), reason: strings.TrimSpace(reason), text: strings.TrimRight(body, "\n")})
	}
	return out
}

func TestBreaks(t *testing.T) {
	cases := readBreaks(t)
	counts := map[string]int{}
	for _, c := range cases {
		counts[c.want]++
	}
	require.GreaterOrEqual(t, counts["break"], 30, "break cases")
	require.GreaterOrEqual(t, counts["join"], 20, "join cases")
	for _, c := range cases {
		t.Run(c.want+": "+c.reason, func(t *testing.T) {
			d := analyze(t, c.text)
			var content []int
			for i, l := range d.Lines {
				if !l.Blank {
					content = append(content, i)
				}
			}
			require.GreaterOrEqual(t, len(content), 2)
			first, last := blockOf(d, content[0]), blockOf(d, content[len(content)-1])
			require.NotNil(t, first)
			require.NotNil(t, last)
			switch c.want {
			case "break":
				assert.NotSame(t, first, last, "joined: %q", first.Text)
			case "join":
				assert.Same(t, first, last, "apart: %q | %q", first.Text, last.Text)
			case "caption":
				assert.Same(t, first, last, "apart: %q | %q", first.Text, last.Text)
				mid := blockOf(d, content[1])
				require.NotNil(t, mid)
				assert.Equal(t, Caption, mid.Kind, "middle line %q", mid.Text)
			default:
				t.Fatalf("unknown case kind %q", c.want)
			}
		})
	}
}

func blockOf(d *Document, line int) *Block {
	for i := range d.Blocks {
		for _, l := range d.Blocks[i].Lines {
			if l == line {
				return &d.Blocks[i]
			}
		}
	}
	return nil
}

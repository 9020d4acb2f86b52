package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSIGHAN2005 scores Words on the SIGHAN 2005 PKU and MSR test sets the
// way the bakeoff scorer does and requires F above jieba's (0.836, 0.827).
// The files are read at run time from $SIGHAN_DIR, else from
// ../shared/bench/sighan (relative to the module root), and never copied.
// examples/segbench prints the full table and the comparison with gse.
func TestSIGHAN2005(t *testing.T) {
	if testing.Short() {
		t.Skip("SIGHAN scoring skipped in -short mode")
	}
	dir := os.Getenv("SIGHAN_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "bench", "sighan")
	}
	if _, err := os.Stat(filepath.Join(dir, "pku_test.utf8")); err != nil {
		t.Skip("SIGHAN 2005 data not found at", dir)
	}
	for corpus, minF := range map[string]float64{"pku": 0.836, "msr": 0.827} {
		test := readLines(t, filepath.Join(dir, corpus+"_test.utf8"))
		gold := readLines(t, filepath.Join(dir, corpus+"_test_gold.utf8"))
		var gw, tw []string
		for _, l := range gold {
			gw = append(gw, bakeoffWords(l)...)
		}
		for _, l := range test {
			for _, w := range Words(l) {
				tw = append(tw, bakeoffWords(w.Text)...)
			}
		}
		require.Equal(t, strings.Join(gw, ""), strings.Join(tw, ""), "%s: characters differ", corpus)
		ts := charSpans(tw)
		ok := 0
		for sp := range charSpans(gw) {
			if ts[sp] {
				ok++
			}
		}
		p := float64(ok) / float64(len(tw))
		r := float64(ok) / float64(len(gw))
		f := 2 * p * r / (p + r)
		t.Logf("%s: P %.4f R %.4f F %.4f", corpus, p, r, f)
		assert.GreaterOrEqual(t, f, minF, corpus)
	}
}

func bakeoffWords(s string) []string {
	s = strings.ReplaceAll(s, "\r", "")
	s = strings.ReplaceAll(s, "\u3000", " ")
	return strings.Fields(s)
}

func charSpans(ws []string) map[[2]int]bool {
	m := make(map[[2]int]bool, len(ws))
	p := 0
	for _, w := range ws {
		n := utf8.RuneCountInString(w)
		m[[2]int{p, p + n}] = true
		p += n
	}
	return m
}

func readLines(t *testing.T, path string) []string {
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

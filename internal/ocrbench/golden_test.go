package ocrbench_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/internal/ocrbench"
	"github.com/civicnews/civicnews/internal/testutil"
	"github.com/stretchr/testify/require"
)

// reading is one page read by tesseract in one segmentation mode.
type reading struct {
	page *ocrbench.Page
	psm  string
	text string
}

// fixtures loads the committed OCR readings of pages rendered from the
// samples' articles (examples/ocrbench -fixtures), so that the test needs
// no tesseract.
func fixtures(t *testing.T) []reading {
	files, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	require.NoError(t, err)
	sort.Strings(files)
	var out []reading
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		pg := new(ocrbench.Page)
		require.NoError(t, json.Unmarshal(raw, pg), f)
		texts, err := filepath.Glob(strings.TrimSuffix(f, ".json") + ".psm*.txt")
		require.NoError(t, err)
		sort.Strings(texts)
		for _, tf := range texts {
			text, err := os.ReadFile(tf)
			require.NoError(t, err)
			psm := strings.TrimSuffix(tf[strings.LastIndex(tf, ".psm")+4:], ".txt")
			out = append(out, reading{page: pg, psm: psm, text: string(text)})
		}
	}
	return out
}

// TestOCRFixtures scores the library on the committed readings against
// the golden table of figures, and holds it above the blank-line baseline.
func TestOCRFixtures(t *testing.T) {
	rs := fixtures(t)
	require.GreaterOrEqual(t, len(rs), 20, "OCR fixtures")
	var lib, base ocrbench.Counts
	perPSM := map[string]*[2]ocrbench.Counts{}
	for _, r := range rs {
		d, err := civicnews.Parse([]byte(r.text), civicnews.WithoutEntities())
		require.NoError(t, err, r.page.ID)
		l := ocrbench.Score(r.page, ocrbench.FromDocument(d))
		b := ocrbench.Score(r.page, ocrbench.Baseline(r.text))
		lib.Add(l)
		base.Add(b)
		if perPSM[r.psm] == nil {
			perPSM[r.psm] = &[2]ocrbench.Counts{}
		}
		perPSM[r.psm][0].Add(l)
		perPSM[r.psm][1].Add(b)
	}
	var sb strings.Builder
	write := func(name string, l, b ocrbench.Counts) {
		bf := b.Figures()
		for i, f := range l.Figures() {
			fmt.Fprintf(&sb, "%-8s %-20s %4d/%-4d %.3f  baseline %.3f\n", name, f.Name, f.OK, f.Of, f.Ratio(), bf[i].Ratio())
		}
	}
	write("all", lib, base)
	psms := make([]string, 0, len(perPSM))
	for k := range perPSM {
		psms = append(psms, k)
	}
	sort.Strings(psms)
	for _, k := range psms {
		write("psm"+k, perPSM[k][0], perPSM[k][1])
	}
	testutil.Golden(t, "internal/ocrbench/testdata/scores.golden", []byte(sb.String()))

	lf, bf := lib.Figures(), base.Figures()
	for i, f := range lf {
		switch f.Name {
		case "paragraphs", "across-columns", "furniture-out", "articles-recall":
			require.GreaterOrEqual(t, f.Ratio(), bf[i].Ratio(), "%s below the blank-line baseline", f.Name)
		}
	}
}

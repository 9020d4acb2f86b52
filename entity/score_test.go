package entity

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

type truthFile struct {
	ID       string `json:"id"`
	Entities []struct {
		Text      string `json:"text"`
		Kind      string `json:"kind"`
		Canonical string `json:"canonical"`
		Code      string `json:"code"`
		Title     string `json:"title"`
	} `json:"entities"`
}

// sampleDoc splits an issue into paragraph-ish texts (blank-line blocks),
// leaving out bylines (□记者), masthead and web-furniture blocks (permit,
// publisher, source lines, QR prompts, navigation), and takes the paper's name
// and publisher as hints: roughly what the parse package hands over.
func sampleDoc(raw string) ([]string, Hints) {
	var texts []string
	var h Hints
	rePub := regexp.MustCompile(`([^\s/|]+?)(?:联合出版|出版|主办)|主办[:：]\s*([^\s|]+)`)
	furniture := []string{"准印证", "数字报", "来源", "主管", "扫码", "二维码", "微信", "微博", "APP", "版权", "Copyright", "ICP", "|", "网站", "首页", "责任编辑", "编辑：", "编辑:"}
	for _, b := range regexp.MustCompile(`\n\s*\n`).Split(raw, -1) {
		b = strings.TrimSpace(b)
		if b == "" {
			continue
		}
		if m := rePub.FindStringSubmatch(b); m != nil && len([]rune(b)) < 80 {
			if h.Publisher == "" {
				h.Publisher = m[1] + m[2]
			}
			continue
		}
		skip := strings.HasPrefix(b, "□") || strings.HasPrefix(b, "/")
		for _, f := range furniture {
			if strings.Contains(b, f) && len([]rune(b)) < 120 {
				skip = true
			}
		}
		if skip {
			continue
		}
		if h.Paper == "" && len([]rune(b)) <= 8 && (strings.HasSuffix(b, "报") || strings.HasSuffix(b, "周报")) {
			h.Paper = b
			continue
		}
		texts = append(texts, b)
	}
	return texts, h
}

func nkey(s string) string { return strings.Join(strings.Fields(norm.NFKC.String(s)), "") }

type tally struct{ got, of map[string]int }

func (t *tally) add(k string, ok bool) {
	t.of[k]++
	if ok {
		t.got[k]++
	}
}
func (t *tally) rate(k string) float64 {
	if t.of[k] == 0 {
		return 1
	}
	return float64(t.got[k]) / float64(t.of[k])
}

// scoreSamples computes the figures of score.py's score_entities on the samples.
func scoreSamples(t testing.TB, verbose bool) *tally {
	return scoreDir(t, "testdata", filepath.Join("..", "testdata", "issues"), verbose)
}

// scoreDir scores the pages of textDir against the entity truth files of truthDir.
func scoreDir(t testing.TB, truthDir, textDir string, verbose bool) *tally {
	files, err := filepath.Glob(filepath.Join(truthDir, "*.entities.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	tl := &tally{map[string]int{}, map[string]int{}}
	r := Default()
	for _, f := range files {
		var tf truthFile
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(data, &tf))
		raw, err := os.ReadFile(filepath.Join(textDir, tf.ID+".txt"))
		require.NoError(t, err)
		texts, h := sampleDoc(string(raw))
		type ent struct{ kind, canon, code, title, text string }
		got := map[[2]string]ent{}
		var order [][2]string
		for _, es := range r.Document(texts, h) {
			for _, e := range es {
				if e.Kind == KindDate {
					continue
				}
				k := [2]string{nkey(e.Text), string(e.Kind)}
				if _, ok := got[k]; !ok {
					got[k] = ent{string(e.Kind), e.Canonical, e.Code, e.Title, e.Text}
					order = append(order, k)
				}
			}
		}
		want := map[[2]string]bool{}
		for _, e := range tf.Entities {
			k := [2]string{nkey(e.Text), e.Kind}
			if want[k] {
				continue
			}
			want[k] = true
			admin := Kind(e.Kind).Admin()
			fam := "other"
			if admin {
				fam = "admin"
			}
			g, ok := got[k]
			tl.add(fam+".recall", ok)
			if !ok && verbose {
				t.Logf("%s: missed %s %s", tf.ID, e.Kind, e.Text)
			}
			if ok && admin && e.Canonical != "" {
				tl.add("admin.canonical", nkey(g.canon) == nkey(e.Canonical))
				if verbose && nkey(g.canon) != nkey(e.Canonical) {
					t.Logf("%s: %s canonical want %s got %s", tf.ID, e.Text, e.Canonical, g.canon)
				}
				if e.Code != "" {
					tl.add("admin.code", g.code == e.Code)
				}
			}
			if ok && e.Kind == "person" && e.Title != "" {
				tl.add("person.title", nkey(g.title) == nkey(e.Title))
				if verbose && nkey(g.title) != nkey(e.Title) {
					t.Logf("%s: %s title want %s got %s", tf.ID, e.Text, e.Title, g.title)
				}
			}
		}
		sort.SliceStable(order, func(i, j int) bool { return false })
		for _, k := range order {
			fam := "other"
			if Kind(k[1]).Admin() {
				fam = "admin"
			}
			tl.add(fam+".precision", want[k])
			if !want[k] && verbose {
				t.Logf("%s: unexpected %s %s", tf.ID, k[1], got[k].text)
			}
		}
	}
	return tl
}

func TestSamplesScore(t *testing.T) {
	tl := scoreSamples(t, testing.Verbose())
	min := map[string]float64{"admin.recall": 0.95, "admin.precision": 0.90, "admin.canonical": 0.95, "admin.code": 0.95,
		"other.recall": 0.80, "other.precision": 0.80, "person.title": 0.90}
	for _, k := range []string{"admin.recall", "admin.precision", "admin.canonical", "admin.code", "other.recall", "other.precision", "person.title"} {
		t.Logf("%-18s %3d/%-3d %.3f", k, tl.got[k], tl.of[k], tl.rate(k))
		require.Greater(t, tl.of[k], 0, k)
		assert.GreaterOrEqual(t, tl.rate(k), min[k], k)
	}
}

// TestHandmadeScore scores the hand-made pages from other districts and
// cities (the project's testdata/handmade), which no rule was written from.
func TestHandmadeScore(t *testing.T) {
	dir := filepath.Join("..", "testdata", "handmade")
	if _, err := os.Stat(filepath.Join(dir, "truth")); err != nil {
		t.Skip("no hand-made pages")
	}
	tl := scoreDir(t, filepath.Join(dir, "truth"), dir, testing.Verbose())
	// Lower bars than the samples': the splitting here is cruder than the
	// parse package's (web furniture and masthead lines get through).
	min := map[string]float64{"admin.recall": 0.90, "admin.precision": 0.75, "admin.canonical": 0.95,
		"other.recall": 0.75, "other.precision": 0.72, "person.title": 0.80}
	for _, k := range []string{"admin.recall", "admin.precision", "admin.canonical", "admin.code", "other.recall", "other.precision", "person.title"} {
		t.Logf("%-18s %3d/%-3d %.3f", k, tl.got[k], tl.of[k], tl.rate(k))
		if m, ok := min[k]; ok {
			assert.GreaterOrEqual(t, tl.rate(k), m, k)
		}
	}
}

func BenchmarkEntities(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "issues", "*.txt"))
	type docT struct {
		texts []string
		h     Hints
	}
	var docs []docT
	n := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts, h := sampleDoc(string(raw))
		for _, t := range texts {
			n += len(t)
		}
		docs = append(docs, docT{texts, h})
	}
	r := Default()
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			r.Document(d.texts, d.h)
		}
	}
}

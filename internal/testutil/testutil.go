package testutil

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Update is the -update flag: regenerate golden files instead of comparing.
var Update = flag.Bool("update", false, "regenerate golden files")

// Root returns the module's root directory.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Sample is one sample page with its truth.
type Sample struct {
	ID    string
	Path  string
	Text  []byte
	Truth Truth
}

// Truth is the structure truth of a page, in the format of the shared
// truth files.
type Truth struct {
	ID          string          `json:"id"`
	Masthead    map[string]any  `json:"masthead"`
	Articles    []TruthArticle  `json:"articles"`
	Boilerplate []string        `json:"boilerplate"`
	Captions    []string        `json:"captions"`
	Joins       [][2]string     `json:"joins"`
	Stitches    [][2]string     `json:"stitches"`
	Repairs     [][2]string     `json:"repairs"`
	Raw         json.RawMessage `json:"-"`
}

// TruthArticle is one article of a page's truth.
type TruthArticle struct {
	Headline       []string `json:"headline"`
	Reporters      []string `json:"reporters"`
	Correspondents []string `json:"correspondents"`
	Dateline       string   `json:"dateline"`
	Date           string   `json:"date"`
	Source         string   `json:"source"`
	BodyFirst      string   `json:"body_first"`
	BodyLast       *string  `json:"body_last"`
	Headings       []string `json:"headings"`
	Note           string   `json:"note"`
}

// Samples loads the pages of dir (relative to the module root: testdata/issues
// or testdata/handmade) with their truth from truthDir.
func Samples(t testing.TB, dir, truthDir string) []Sample {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(Root(), dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no samples in %s: %v", dir, err)
	}
	sort.Strings(paths)
	var out []Sample
	for _, p := range paths {
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s := Sample{ID: id, Path: p, Text: text}
		raw, err := os.ReadFile(filepath.Join(Root(), truthDir, id+".json"))
		if err != nil {
			t.Fatalf("truth for %s: %v", id, err)
		}
		if err := json.Unmarshal(raw, &s.Truth); err != nil {
			t.Fatalf("truth for %s: %v", id, err)
		}
		s.Truth.Raw = raw
		out = append(out, s)
	}
	return out
}

// Key is the text key the scorer compares with: NFKC folded, white space
// removed. It is for comparison only, never for output.
func Key(s string) string {
	s = norm.NFKC.String(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// Golden compares got with the golden file at path (relative to the
// module root), or rewrites the file under -update.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	full := filepath.Join(Root(), path)
	if *Update {
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(full)
	if err != nil {
		t.Fatalf("golden file %s: %v (run go test -update to create it)", path, err)
	}
	if string(want) != string(got) {
		t.Errorf("%s differs from its golden file; run go test -update and review the diff\n%s", path, firstDiff(string(want), string(got)))
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return ""
}

func itoa(i int) string {
	b := []byte{}
	for i > 0 || len(b) == 0 {
		b = append([]byte{byte('0' + i%10)}, b...)
		i /= 10
	}
	return string(b)
}

// AllPages loads the sample issues and the hand-made pages, each with its
// truth.
func AllPages(t testing.TB) []Sample {
	return append(Samples(t, "testdata/issues", "testdata/truth"),
		Samples(t, "testdata/handmade", "testdata/handmade/truth")...)
}

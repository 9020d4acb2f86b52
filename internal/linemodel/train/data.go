package train

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Truth is a page's truth in the scorer's shape.
type Truth struct {
	ID          string         `json:"id"`
	Kind        string         `json:"kind"`
	Masthead    map[string]any `json:"masthead"`
	Articles    []Article      `json:"articles"`
	Boilerplate []string       `json:"boilerplate"`
	Captions    []string       `json:"captions"`
}

// Article is one article of a page's truth.
type Article struct {
	Headline       []string `json:"headline"`
	Reporters      []string `json:"reporters"`
	Correspondents []string `json:"correspondents"`
	Dateline       string   `json:"dateline"`
	BodyFirst      string   `json:"body_first"`
	BodyLast       *string  `json:"body_last"`
	Headings       []string `json:"headings"`
	Note           string   `json:"note"`
}

// Page is an annotated page: its text and its truth.
type Page struct {
	ID    string
	Kind  string // newspaper-issue, web-article, gov-report, other
	Set   string // corpus or samples
	Src   []byte
	Truth Truth
}

// ErrNoShared is returned when the shared material is not there.
var ErrNoShared = errors.New("train: no shared material")

// SharedDir returns the shared directory seen from the module root, root.
func SharedDir(root string) string { return filepath.Join(root, "..", "shared") }

// Load reads the annotated pages under shared: the corpus (scored truth,
// raw text, kinds from manifest.tsv) and the samples (truth, seeds).
func Load(shared string) ([]Page, error) {
	if _, err := os.Stat(filepath.Join(shared, "corpus", "scored")); err != nil {
		return nil, ErrNoShared
	}
	kinds := map[string]string{}
	if f, err := os.Open(filepath.Join(shared, "corpus", "manifest.tsv")); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) >= 3 && cols[0] != "id" {
				kinds[cols[0]] = cols[2]
			}
		}
		f.Close()
	}
	var pages []Page
	add := func(set, truthDir, rawDir string) error {
		names, err := filepath.Glob(filepath.Join(truthDir, "*.json"))
		if err != nil {
			return err
		}
		sort.Strings(names)
		for _, name := range names {
			if strings.HasSuffix(name, ".entities.json") {
				continue
			}
			id := strings.TrimSuffix(filepath.Base(name), ".json")
			src, err := os.ReadFile(filepath.Join(rawDir, id+".txt"))
			if err != nil {
				continue // truth without its page
			}
			data, err := os.ReadFile(name)
			if err != nil {
				return err
			}
			var t Truth
			if err := json.Unmarshal(data, &t); err != nil {
				return fmt.Errorf("train: %s: %w", name, err)
			}
			kind := kinds[id]
			if kind == "" {
				kind = t.Kind
			}
			if kind == "" {
				kind = "other"
			}
			pages = append(pages, Page{ID: id, Kind: kind, Set: set, Src: src, Truth: t})
		}
		return nil
	}
	if err := add("corpus", filepath.Join(shared, "corpus", "scored"), filepath.Join(shared, "corpus", "raw")); err != nil {
		return nil, err
	}
	if err := add("samples", filepath.Join(shared, "truth"), filepath.Join(shared, "seeds")); err != nil {
		return nil, err
	}
	return pages, nil
}

// Norm folds s the way the scorer compares text: NFKC, white space removed.
func Norm(s string) string {
	return strings.Join(strings.Fields(norm.NFKC.String(s)), "")
}

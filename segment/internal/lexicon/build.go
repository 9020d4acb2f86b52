// Package lexicon builds the segmenter's embedded data: gse's
// simplified-Chinese dictionary, its IDF table and stop tokens, jieba's HMM
// emission table (as shipped in gse), the NBS 2023 division names with the
// short forms people print, and the hand-kept civic word list civic.txt.
//
// It is used by segment/internal/gendict (go generate) and by the test that
// checks the committed files are current.
package lexicon

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/civicnews/civicnews/segment/internal/dictfile"
)

// GseModule is the gse module whose dictionary is embedded.
const GseModule = "github.com/go-ego/gse@v1.1.0"

//go:embed civic.txt
var civicTxt string

// Division name frequencies by level, and for aliases.
var levelFreq = [...]uint32{0, 5000, 3000, 2000, 500, 100}

// GseDir returns the directory of gse v1.1.0 in the module cache.
func GseDir() (string, error) {
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		out, err := exec.Command("go", "env", "GOMODCACHE").Output()
		if err != nil {
			return "", fmt.Errorf("lexicon: go env GOMODCACHE: %w", err)
		}
		cache = strings.TrimSpace(string(out))
	}
	dir := filepath.Join(cache, "github.com", "go-ego", "gse@v1.1.0")
	if _, err := os.Stat(filepath.Join(dir, "data", "dict", "zh", "s_1.txt")); err != nil {
		return "", err
	}
	return dir, nil
}

// CivicWord is one line of civic.txt.
type CivicWord struct {
	Word string
	Freq uint32
	POS  string
}

// Civic returns the hand-kept civic word list.
func Civic() ([]CivicWord, error) {
	var out []CivicWord
	for i, l := range strings.Split(civicTxt, "\n") {
		if j := strings.IndexByte(l, '#'); j >= 0 {
			l = l[:j]
		}
		fs := strings.Fields(l)
		if len(fs) == 0 {
			continue
		}
		if len(fs) != 3 {
			return nil, fmt.Errorf("civic.txt:%d: want \"word freq pos\"", i+1)
		}
		f, err := strconv.ParseUint(fs[1], 10, 32)
		if err != nil {
			return nil, fmt.Errorf("civic.txt:%d: %v", i+1, err)
		}
		out = append(out, CivicWord{fs[0], uint32(f), fs[2]})
	}
	return out, nil
}

// usable reports whether w can be a dictionary word: valid UTF-8, no
// whitespace, no control characters, at most 255 bytes.
func usable(w string) bool {
	if w == "" || len(w) > 255 || !utf8.ValidString(w) {
		return false
	}
	for _, r := range w {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError {
			return false
		}
	}
	return true
}

// Build returns the dictionary and HMM files.
func Build(gseDir, divisionsDir string) (dict, hmm []byte, err error) {
	gw, err := readGseDict(gseDir)
	if err != nil {
		return nil, nil, err
	}
	idf, err := readIDF(gseDir)
	if err != nil {
		return nil, nil, err
	}
	stop, err := readStop(gseDir)
	if err != nil {
		return nil, nil, err
	}
	rows, err := readHMM(gseDir)
	if err != nil {
		return nil, nil, err
	}
	divs, err := ReadDivisions(divisionsDir)
	if err != nil {
		return nil, nil, err
	}
	civic, err := Civic()
	if err != nil {
		return nil, nil, err
	}

	words := make(map[string]gseWord, len(gw)+50000)
	for w, g := range gw {
		if usable(w) {
			words[w] = g
		}
	}
	// Division names and aliases: keep the larger frequency; a word gse
	// already knows keeps its tag.
	merge := func(w string, freq uint32, pos string) {
		if !usable(w) {
			return
		}
		if old, ok := words[w]; ok {
			if old.freq < freq {
				old.freq = freq
			}
			words[w] = old
			return
		}
		words[w] = gseWord{freq: freq, pos: pos}
	}
	byCode := map[string]Division{}
	for _, d := range divs {
		byCode[d.Code] = d
		if d.Level >= 1 && d.Level < len(levelFreq) {
			merge(d.Name, levelFreq[d.Level], "ns")
		}
	}
	for _, a := range Aliases(divs) {
		merge(a.Short, levelFreq[byCode[a.Code].Level], "ns")
	}
	// Civic words override: their frequency and tag are chosen by hand.
	for _, c := range civic {
		if !usable(c.Word) {
			return nil, nil, errors.New("lexicon: unusable civic word " + c.Word)
		}
		words[c.Word] = gseWord{freq: c.Freq, pos: c.POS}
	}

	entries := make([]dictfile.Entry, 0, len(words))
	for w, g := range words {
		e := dictfile.Entry{Word: w, Freq: g.freq, POS: g.pos, IDF: idf[w]}
		if stop[w] {
			e.Flags |= dictfile.FlagStop
		}
		entries = append(entries, e)
	}
	dict, err = dictfile.EncodeDict(entries)
	if err != nil {
		return nil, nil, err
	}
	return dict, dictfile.EncodeHMM(rows), nil
}

// ModuleRoot walks up from the working directory to the directory holding
// go.mod.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("lexicon: go.mod not found")
		}
		dir = up
	}
}

// DivisionsDir is where the division tables live relative to the module
// root: ../shared/data/admin-divisions.
func DivisionsDir(root string) string {
	return filepath.Join(root, "..", "shared", "data", "admin-divisions")
}

package lexicon

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
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

// Division name frequencies by level (of the division a name or alias
// names). Outside Shanghai, township names get a low frequency: there are
// 41,000 of them and many read as ordinary words in running text
// (创新街镇治理 is 创新 + 街镇 + 治理, not 创 + 新街镇 + 治理).
var (
	levelFreq        = [...]uint32{0, 5000, 3000, 2000, 500, 100}
	townshipFreqElse = uint32(30)
)

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

// MinFreq is the smallest gse frequency kept for words of three or more
// characters: rarer ones are dropped (words of one or two characters, division
// names and civic words are always kept). gse gives 159,000 of its 352,000
// words the floor frequency 3 (and 40,000 frequency 1–2); the long ones are
// mostly machine-made compounds that win over the words people mean
// (附图片 for 附 图片). Chosen by measuring F on the SIGHAN 2005 sets with
// examples/segbench; see segment/README.md.
var MinFreq uint32 = 4

// Build returns the dictionary and HMM files.
func Build(gseDir string) (dict, hmm []byte, err error) {
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
	civic, err := Civic()
	if err != nil {
		return nil, nil, err
	}

	words := make(map[string]gseWord, len(gw)+50000)
	for w, g := range gw {
		if usable(w) && (g.freq >= MinFreq || utf8.RuneCountInString(w) <= 2) {
			words[w] = g
		}
	}
	repairSingles(words, rows)

	// Division names and aliases are places (gse tags some as person
	// names: 徐汇区 nr), unless gse lists the word as a common word (see
	// IsCommonWord): 建设 (the bare name of townships) stays vn, 资源 n.
	// Keep the larger frequency.
	merge := func(w string, freq uint32, pos string) {
		if !usable(w) {
			return
		}
		if old, ok := words[w]; ok {
			freq = max(freq, old.freq)
			if IsCommonWord(old.pos, idf[w]) {
				pos = old.pos
			}
		}
		words[w] = gseWord{freq: freq, pos: pos}
	}
	for _, d := range DivisionWords() {
		lv := int(d.Level)
		if lv < 1 || lv >= len(levelFreq) {
			continue
		}
		f := levelFreq[lv]
		if lv >= 4 && !strings.HasPrefix(d.Code, "31") {
			f = townshipFreqElse
		}
		merge(d.Word, f, "ns")
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

// properTags are gse's tags for proper nouns (and x, no tag): a division
// name gse tags so is retagged ns.
var properTags = map[string]bool{"": true, "ns": true, "nr": true, "nrt": true, "nrfg": true, "nz": true, "nt": true, "x": true}

// CommonIDF is the IDF (gse's table) below which a word is found in
// enough documents to be a common word.
const CommonIDF = 9.0

// IsCommonWord reports whether a division name that gse lists with tag pos
// and IDF idf is also a common word, which keeps its tag in the
// segmenter's dictionary instead of ns: the tag is one of gse's tags for
// common words (n, v, vn, a, f, s …), and the IDF is below CommonIDF (建设
// vn 4.9, 资源 n 5.4, 开封 v 6.5). gse tags some place names n too, but
// they are rare in documents (石首 10.8, 仙桃 10.7, 孝感 9.8): those are
// places.
func IsCommonWord(pos string, idf float64) bool {
	return !properTags[pos] && idf > 0 && idf < CommonIDF
}

// repairSingles raises the frequency of single characters that gse lists
// far too low (为 100, 报 10, 国 10: jieba's dictionary has them in the
// tens of thousands), which makes the word graph avoid them. The HMM's
// emission table (state S: the character is a word by itself) estimates
// how often a character stands alone; it is scaled to dictionary counts by
// the median ratio over single characters gse lists with frequency ≥ 1000,
// and a character's frequency is raised to that estimate when it is lower.
// On SIGHAN 2005 this raised F from 0.879 to 0.883 (PKU) and from 0.871 to
// 0.874 (MSR); factors 0.05–3 of the estimate all help, 1 is best.
func repairSingles(words map[string]gseWord, rows []dictfile.HMMRow) {
	emitS := map[string]float64{}
	for _, r := range rows {
		if p := float64(r.P[3]); p > -100 {
			emitS[string(r.Rune)] = math.Exp(p)
		}
	}
	var ratios []float64
	for w, g := range words {
		if e, ok := emitS[w]; ok && g.freq >= 1000 && e > 0 {
			ratios = append(ratios, float64(g.freq)/e)
		}
	}
	if len(ratios) < 100 {
		return
	}
	sort.Float64s(ratios)
	scale := ratios[len(ratios)/2]
	for w, g := range words {
		e, ok := emitS[w]
		if !ok {
			continue
		}
		if est := uint32(scale * e * RepairFactor); est > g.freq {
			g.freq = est
			words[w] = g
		}
	}
}

// RepairFactor scales the HMM estimate of repairSingles (for experiments
// with gendict -repair).
var RepairFactor = 1.0

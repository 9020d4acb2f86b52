package lexicon

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/civicnews/civicnews/segment/internal/dictfile"
)

type gseWord struct {
	freq uint32
	pos  string
}

// readGseDict reads gse's simplified-Chinese dictionary (data/dict/zh/s_1.txt).
func readGseDict(gseDir string) (map[string]gseWord, error) {
	f, err := os.Open(filepath.Join(gseDir, "data", "dict", "zh", "s_1.txt"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := make(map[string]gseWord, 360000)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 2 {
			continue
		}
		fr, err := strconv.ParseFloat(fs[1], 64)
		if err != nil || fr < 0 {
			continue
		}
		pos := ""
		if len(fs) > 2 {
			pos = fs[2]
		}
		w := fs[0]
		if old, ok := out[w]; ok && old.freq >= uint32(fr) {
			continue
		}
		out[w] = gseWord{freq: uint32(fr), pos: pos}
	}
	return out, sc.Err()
}

// readIDF reads gse's data/dict/zh/idf.txt ("word idf" lines).
func readIDF(gseDir string) (map[string]float64, error) {
	f, err := os.Open(filepath.Join(gseDir, "data", "dict", "zh", "idf.txt"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := make(map[string]float64, 280000)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 2 {
			continue
		}
		v, err := strconv.ParseFloat(fs[1], 64)
		if err != nil {
			continue
		}
		out[fs[0]] = v
	}
	return out, sc.Err()
}

// readStop reads gse's data/dict/zh/stop_tokens.txt.
func readStop(gseDir string) (map[string]bool, error) {
	b, err := os.ReadFile(filepath.Join(gseDir, "data", "dict", "zh", "stop_tokens.txt"))
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out[l] = true
		}
	}
	return out, nil
}

var (
	reState = regexp.MustCompile(`probEmit\['([BEMS])'\]`)
	reEmit  = regexp.MustCompile(`^\s*('(?:[^'\\]|\\[^']*)')\s*:\s*(-?[0-9.eE+-]+),?`)
)

// readHMM parses the emission table in gse's hmm/prob_emit.go (data from
// jieba).
func readHMM(gseDir string) ([]dictfile.HMMRow, error) {
	b, err := os.ReadFile(filepath.Join(gseDir, "hmm", "prob_emit.go"))
	if err != nil {
		return nil, err
	}
	const minP = -1e30 // "impossible"; fits float32
	rows := map[rune]*dictfile.HMMRow{}
	state := -1
	for _, l := range strings.Split(string(b), "\n") {
		if m := reState.FindStringSubmatch(l); m != nil {
			state = strings.Index("BEMS", m[1])
			continue
		}
		m := reEmit.FindStringSubmatch(l)
		if m == nil || state < 0 {
			continue
		}
		s, err := strconv.Unquote(m[1])
		if err != nil {
			return nil, errors.New("lexicon: bad rune literal " + m[1])
		}
		rs := []rune(s)
		if len(rs) != 1 {
			return nil, errors.New("lexicon: bad rune literal " + m[1])
		}
		v, err := strconv.ParseFloat(m[2], 64)
		if err != nil {
			return nil, err
		}
		r := rows[rs[0]]
		if r == nil {
			r = &dictfile.HMMRow{Rune: rs[0], P: [4]float32{minP, minP, minP, minP}}
			rows[rs[0]] = r
		}
		r.P[state] = float32(v)
	}
	if len(rows) < 1000 {
		return nil, errors.New("lexicon: HMM emission table not found")
	}
	out := make([]dictfile.HMMRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, *r)
	}
	return out, nil
}

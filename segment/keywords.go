package segment

import (
	"cmp"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/civicnews/civicnews/segment/internal/dictfile"
)

// Keyword is a word of the text ranked by TF-IDF.
type Keyword struct {
	Text   string  // the word as it appears in the text
	Weight float64 // term frequency in the text × inverse document frequency
}

// Keywords returns the n words of text with the highest TF-IDF weight,
// using the Default Segmenter.
func Keywords(text string, n int) []Keyword { return Default().Keywords(text, n) }

// Keywords returns the n words of text with the highest TF-IDF weight
// (all of them if n <= 0), highest first; ties are broken by text. Only
// words of two or more characters that contain a letter count; stop words,
// numbers, punctuation and Latin runs are skipped. Inverse document
// frequencies come from gse's IDF table (embedded); words it lacks get its
// median.
func (s *Segmenter) Keywords(text string, n int) []Keyword {
	ws := s.Words(text)
	counts := map[string]int{}
	total := 0
	for _, w := range ws {
		switch w.POS {
		case POSPunct, POSNumeral, POSTime, POSLatin:
			continue
		}
		if utf8.RuneCountInString(w.Text) < 2 || !hasLetter(w.Text) {
			continue
		}
		if i, ok := s.d.lookup(w.Text); ok && i >= 0 && s.d.stop(i) {
			continue
		}
		counts[w.Text]++
		total++
	}
	if total == 0 {
		return nil
	}
	med := s.d.medianIDF()
	out := make([]Keyword, 0, len(counts))
	for t, c := range counts {
		idf := med
		if i, ok := s.d.lookup(t); ok && i >= 0 {
			if v := s.d.idf(i); v > 0 {
				idf = v
			}
		}
		out = append(out, Keyword{Text: t, Weight: float64(c) / float64(total) * idf})
	}
	slices.SortFunc(out, func(a, b Keyword) int {
		if c := cmp.Compare(b.Weight, a.Weight); c != 0 {
			return c
		}
		return cmp.Compare(a.Text, b.Text)
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

var (
	medianOnce sync.Once
	medianIDF  float64
)

// medianIDF is the median of the known IDF values, computed once.
func (d *dictionary) medianIDF() float64 {
	medianOnce.Do(func() {
		var hist [65536]int
		known := 0
		for i := range d.f.N {
			if v := int(d.f.IDFs[2*i]) | int(d.f.IDFs[2*i+1])<<8; v > 0 {
				hist[v]++
				known++
			}
		}
		acc := 0
		for v, c := range hist {
			acc += c
			if acc*2 >= known && known > 0 {
				medianIDF = float64(v) / dictfile.IDFScale
				break
			}
		}
	})
	return medianIDF
}

package segment

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Word is one token of the input.
type Word struct {
	Text  string `json:"text"`  // the input bytes text[Start:End], never altered
	Start int    `json:"start"` // byte offset of the first byte in the input
	End   int    `json:"end"`   // byte offset just past the last byte
	POS   string `json:"pos"`   // part of speech (see the package documentation)
}

// Parts of speech given to tokens that do not come from the dictionary.
const (
	POSPunct   = "w"   // punctuation and symbols
	POSNumeral = "m"   // numbers: 2023, １７％, 三十一
	POSTime    = "t"   // number with a date or time unit: 2023年, 十二月, ３１日
	POSLatin   = "eng" // runs of Latin letters and digits: GDP, MP3
	POSUnknown = "x"   // out-of-vocabulary words found by the HMM, single unknown characters, invalid bytes
	POSUser    = "nz"  // default part of speech of words given with WithWords
)

// Option configures a Segmenter built by [New]. Options only record
// values; New checks them and reports what is wrong.
type Option func(*config)

type config struct {
	hmm, search bool
	words       []string
}

// WithWords adds user words. Each string is a line in jieba's user
// dictionary format: "word", "word freq" or "word freq pos". Frequencies
// are on the scale of the embedded dictionary (gse's, total about 5.7e7:
// 街道 3824, 居民区 400). A word without a frequency gets one high enough to
// keep it whole in most contexts; a word
// without a tag gets POSUser. Words must not contain whitespace, and since
// punctuation always stands apart, a word containing punctuation never
// matches. [New] returns an error for a malformed line (more than three
// fields, a frequency that is not a positive number, invalid UTF-8).
func WithWords(words ...string) Option {
	return func(c *config) { c.words = append(c.words, words...) }
}

// WithHMM turns the hidden Markov model for unknown words on or off (on by
// default). With it off, characters outside the dictionary come out one by
// one.
func WithHMM(on bool) Option {
	return func(c *config) { c.hmm = on }
}

// WithSearchMode makes Words also return the dictionary words of two and
// three characters inside every longer word, before the word itself, as
// search engines index them (jieba's cut_for_search). The extra words
// overlap the word that contains them.
func WithSearchMode(on bool) Option {
	return func(c *config) { c.search = on }
}

type userWord struct {
	logp float64 // NaN for a prefix only
	pos  string
}

// A Segmenter cuts text into words. It is immutable once built and safe for
// concurrent use by any number of goroutines.
type Segmenter struct {
	d      *dictionary
	h      *hmmModel
	hmm    bool
	search bool
	user   map[string]userWord // user words and their prefixes; nil if none
	logT   float64
}

var (
	baseOnce sync.Once
	baseDict *dictionary
	baseHMM  *hmmModel
	baseErr  error
)

func loadBase() (*dictionary, *hmmModel, error) {
	baseOnce.Do(func() {
		baseDict, baseErr = loadDictionary()
		if baseErr == nil {
			baseHMM, baseErr = loadHMM()
		}
	})
	return baseDict, baseHMM, baseErr
}

// New returns a Segmenter using the embedded dictionary. The embedded data
// is decoded once per process, on first use, and shared by all Segmenters.
// It fails for a malformed user word given with [WithWords].
func New(opts ...Option) (*Segmenter, error) {
	c := config{hmm: true}
	for _, o := range opts {
		o(&c)
	}
	d, h, err := loadBase()
	if err != nil {
		return nil, err
	}
	s := &Segmenter{d: d, h: h, hmm: c.hmm, search: c.search, logT: d.logT}
	if len(c.words) > 0 {
		if err := s.addUser(c.words); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *Segmenter) addUser(lines []string) error {
	type uw struct {
		w    string
		freq float64
		pos  string
	}
	var ws []uw
	for _, l := range lines {
		fs := strings.Fields(l)
		if len(fs) == 0 || len(fs) > 3 {
			return errors.New("segment: bad user word " + strconv.Quote(l))
		}
		if !utf8.ValidString(fs[0]) {
			return errors.New("segment: user word is not UTF-8: " + strconv.Quote(l))
		}
		u := uw{w: fs[0], freq: -1, pos: POSUser}
		if len(fs) > 1 {
			f, err := strconv.ParseFloat(fs[1], 64)
			if err != nil || f <= 0 || math.IsInf(f, 0) || math.IsNaN(f) {
				return errors.New("segment: bad frequency in user word " + strconv.Quote(l))
			}
			u.freq = f
		}
		if len(fs) > 2 {
			u.pos = fs[2]
		}
		ws = append(ws, u)
	}
	// Frequencies are on the scale of the embedded dictionary (total about
	// 5.7e7, as gse's); the total is not changed, so base words keep their scores.
	s.user = make(map[string]userWord, 3*len(ws))
	for _, u := range ws {
		logp := 0.0
		if u.freq < 0 {
			// Enough to beat the word's pieces: the best product of the
			// pieces' probabilities, times ten, but at least freq 100.
			logp = math.Max(s.piecesLogP(u.w)+math.Log(10), math.Log(100)-s.logT)
			logp = math.Min(logp, math.Log(1e5)-s.logT)
		} else {
			logp = math.Log(u.freq) - s.logT
		}
		s.user[u.w] = userWord{logp: logp, pos: u.pos}
		for j := 1; j < len(u.w); j++ {
			if utf8.RuneStart(u.w[j]) {
				if _, ok := s.user[u.w[:j]]; !ok {
					s.user[u.w[:j]] = userWord{logp: math.NaN()}
				}
			}
		}
	}
	return nil
}

// piecesLogP is the log-probability of the best segmentation of w by the
// base dictionary.
func (s *Segmenter) piecesLogP(w string) float64 {
	var sc scratch
	toks := s.cutChunk(nil, w, 0, &sc)
	p := 0.0
	for _, t := range toks {
		if i, ok := s.d.lookup(t.Text); ok && i >= 0 && !math.IsInf(float64(s.d.logp[i]), -1) {
			p += float64(s.d.logp[i])
		} else {
			p += s.d.minLogP
		}
	}
	return p
}

var (
	defaultOnce sync.Once
	defaultSeg  *Segmenter
	defaultErr  error
)

// Default returns the Segmenter with default options, built on first call.
// It panics only if the embedded data is corrupt, which the tests rule out.
func Default() *Segmenter {
	defaultOnce.Do(func() { defaultSeg, defaultErr = New() })
	if defaultErr != nil {
		panic(defaultErr)
	}
	return defaultSeg
}

// Words cuts text with the Default Segmenter.
func Words(text string) []Word { return Default().Words(text) }

// Words cuts text into words. Offsets are bytes into text and
// text[w.Start:w.End] == w.Text for every word. Whitespace is skipped;
// every other byte belongs to a word. Punctuation and symbols come out one
// character at a time (runs of the same dash or ellipsis character stay
// together), numbers and runs of Latin letters stay whole, and the
// remaining Chinese text is cut with the dictionary and, for unknown words,
// the HMM. Bytes that are not valid UTF-8 come out one byte per word with
// POS POSUnknown. Empty or all-space input gives nil.
func (s *Segmenter) Words(text string) []Word {
	if len(text) == 0 {
		return nil
	}
	out := make([]Word, 0, len(text)/5+1)
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			out = append(out, Word{Text: text[i : i+1], Start: i, End: i + 1, POS: POSUnknown})
			i++
		case unicode.IsSpace(r):
			i += n
		case r < utf8.RuneSelf && urlLen(text[i:]) > 0:
			j := i + urlLen(text[i:])
			out = append(out, Word{Text: text[i:j], Start: i, End: j, POS: POSLatin})
			i = j
		case isChunkRune(r) || isSign(r) && signedNumber(text, i, n):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if r2 == utf8.RuneError && n2 <= 1 {
					break
				}
				if !isChunkRune(r2) && !(isNumConnector(r2) && numberContinues(text, j, n2)) {
					break
				}
				j += n2
			}
			out = s.cutChunk(out, text[i:j], i, sc)
			i = j
		default:
			j := i + n
			if isRepeatable(r) {
				for j < len(text) {
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if r2 != r {
						break
					}
					j += n2
				}
			}
			out = append(out, Word{Text: text[i:j], Start: i, End: j, POS: POSPunct})
			i = j
		}
	}
	if len(out) == 0 {
		return nil
	}
	if s.search {
		out = s.searchWords(out)
	}
	return out
}

// searchWords adds, before each word of three or more characters, the
// dictionary words of two characters inside it, and before each word of
// four or more, those of three (jieba's cut_for_search).
func (s *Segmenter) searchWords(ws []Word) []Word {
	out := make([]Word, 0, len(ws)+len(ws)/2)
	var pos []int
	for _, w := range ws {
		pos = pos[:0]
		for i := range w.Text {
			pos = append(pos, i)
		}
		pos = append(pos, len(w.Text))
		n := len(pos) - 1
		for _, k := range []int{2, 3} {
			if n <= k || w.POS == POSPunct || w.POS == POSUnknown && !utf8.ValidString(w.Text) {
				continue
			}
			for i := 0; i+k <= n; i++ {
				sub := w.Text[pos[i]:pos[i+k]]
				if s.isWord(sub) {
					out = append(out, Word{Text: sub, Start: w.Start + pos[i], End: w.Start + pos[i+k], POS: s.posOf(sub)})
				}
			}
		}
		out = append(out, w)
	}
	return out
}

func (s *Segmenter) isWord(t string) bool {
	if s.user != nil {
		if u, ok := s.user[t]; ok && !math.IsNaN(u.logp) {
			return true
		}
	}
	i, ok := s.d.lookup(t)
	return ok && i >= 0 && !math.IsInf(float64(s.d.logp[i]), -1)
}

// isChunkRune reports whether r is cut by the dictionary: letters, digits,
// marks, and the percent signs that end numbers.
func isChunkRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '%'
	}
	if 0x4E00 <= r && r <= 0x9FFF { // CJK Unified Ideographs: the common case
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) ||
		r == '％' || r == '‰' || r == '〇' || r == '○'
}

// isNumConnector: characters that join two digit runs into one number.
func isNumConnector(r rune) bool {
	return r == '.' || r == '．' || r == ',' || r == ':' || r == '：' || r == '/' || r == '-'
}

// numberContinues reports whether the connector at text[j:j+n] sits between
// two digits.
func numberContinues(text string, j, n int) bool {
	if j == 0 || j+n >= len(text) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(text[:j])
	q, _ := utf8.DecodeRuneInString(text[j+n:])
	if !isDigit(p) || !isDigit(q) {
		return false
	}
	c := text[j]
	if c == ',' { // thousands separator: exactly three digits follow
		k := j + 1
		for k < len(text) && text[k] >= '0' && text[k] <= '9' {
			k++
		}
		return k-j-1 == 3
	}
	return true
}

// urlLen returns the length of the web address at the start of s (one
// beginning with http://, https:// or www.), without trailing punctuation,
// or 0.
func urlLen(s string) int {
	if !hasPrefixFold(s, "http://") && !hasPrefixFold(s, "https://") && !hasPrefixFold(s, "www.") {
		return 0
	}
	n := 0
	for n < len(s) && isURLByte(s[n]) {
		n++
	}
	for n > 0 && strings.IndexByte(".,;:!?)'\"", s[n-1]) >= 0 {
		n--
	}
	return n
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func isURLByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		strings.IndexByte("-._~:/?#[]@!$&'()*+,;=%", c) >= 0
}

func isSign(r rune) bool { return r == '-' || r == '－' || r == '+' || r == '＋' }

// signedNumber reports whether the sign at text[i:i+n] starts a number: a
// digit follows and no letter or digit precedes.
func signedNumber(text string, i, n int) bool {
	q, _ := utf8.DecodeRuneInString(text[i+n:])
	if !isDigit(q) {
		return false
	}
	if i > 0 {
		p, _ := utf8.DecodeLastRuneInString(text[:i])
		if isDigit(p) || isLatin(p) {
			return false
		}
	}
	return true
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' || '０' <= r && r <= '９' }

func isLatin(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || 'ａ' <= r && r <= 'ｚ' || 'Ａ' <= r && r <= 'Ｚ'
}

func isRepeatable(r rune) bool {
	switch r {
	case '—', '…', '─', '━', '～':
		return true
	}
	return false
}

// isCNNumeral: Chinese numeral characters.
func isCNNumeral(r rune) bool {
	switch r {
	case '〇', '○', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '两':
		return true
	}
	return false
}

// isTimeUnit: characters that follow a number to make a date or time word.
func isTimeUnit(r rune) bool {
	switch r {
	case '年', '月', '日', '号', '时', '点', '分', '秒':
		return true
	}
	return false
}

// scratchPool recycles the buffers of cutChunk between calls.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// scratch holds per-call buffers.
type scratch struct {
	pos   []int     // byte offset of each rune in the chunk, plus the end
	runes []rune    // runes of the chunk
	unit  []int     // for atomic units: end rune index; -1 inside a unit; 0 otherwise
	score []float64 // best log-prob from rune i to the end
	next  []int     // end rune index of the best first word from i
	kind  []uint8   // kind of that first word
	widx  []int32   // its dictionary index, -1 if none
	cnEnd []int     // end of the run of Chinese numerals starting at i
}

const (
	kDict uint8 = iota
	kSingle
	kNumber
	kTime
	kLatin
	kSymbol
)

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// Scores of the synthetic edges, as log-probabilities relative to the
// dictionary total (comparable to a word of that frequency).
func (s *Segmenter) edgeLogP(freq float64) float64 { return math.Log(freq) - s.logT }

// cutChunk cuts a run of letters and digits starting at byte base and
// appends the words to out.
func (s *Segmenter) cutChunk(out []Word, chunk string, base int, sc *scratch) []Word {
	// Decode runes.
	sc.pos = sc.pos[:0]
	sc.runes = sc.runes[:0]
	for i, r := range chunk {
		sc.pos = append(sc.pos, i)
		sc.runes = append(sc.runes, r)
	}
	n := len(sc.runes)
	sc.pos = append(sc.pos, len(chunk))
	sc.unit = grow(sc.unit, n)
	clear(sc.unit)
	// Atomic units: numbers and Latin runs.
	for i := 0; i < n; {
		r := sc.runes[i]
		if isDigit(r) || isLatin(r) || i == 0 && isSign(r) && n > 1 && isDigit(sc.runes[1]) {
			j := i + 1
			for j < n {
				q := sc.runes[j]
				if isDigit(q) || isLatin(q) {
					j++
					continue
				}
				if isNumConnector(q) || q == '%' || q == '％' || q == '‰' {
					if q == '%' || q == '％' || q == '‰' {
						j++
						break
					}
					j++
					continue
				}
				break
			}
			sc.unit[i] = j
			for k := i + 1; k < j; k++ {
				sc.unit[k] = -1
			}
			i = j
			continue
		}
		if r == '%' || r == '％' || r == '‰' {
			sc.unit[i] = i + 1
		}
		i++
	}

	sc.score = grow(sc.score, n+1)
	sc.next = grow(sc.next, n+1)
	sc.kind = grow(sc.kind, n+1)
	sc.widx = grow(sc.widx, n+1)
	sc.cnEnd = grow(sc.cnEnd, n+1)
	sc.cnEnd[n] = n
	for i := n - 1; i >= 0; i-- {
		if isCNNumeral(sc.runes[i]) {
			sc.cnEnd[i] = sc.cnEnd[i+1]
		} else {
			sc.cnEnd[i] = i
		}
	}
	sc.score[n] = 0
	numLogP := s.edgeLogP(2000)
	for i := n - 1; i >= 0; i-- {
		if sc.unit[i] < 0 {
			sc.score[i] = math.Inf(-1)
			continue
		}
		best, bestJ, bestK, bestW := math.Inf(-1), i+1, kSingle, int32(-1)
		consider := func(j int, lp float64, k uint8, w int32) {
			if j < n && sc.unit[j] < 0 {
				return // would end inside an atomic unit
			}
			v := lp + sc.score[j]
			if v > best || v == best && j > bestJ {
				best, bestJ, bestK, bestW = v, j, k, w
			}
		}
		r := sc.runes[i]
		if u := sc.unit[i]; u > 0 {
			k := kLatin
			if isDigit(r) || isSign(r) {
				k = kNumber
			} else if !isLatin(r) {
				k = kSymbol // a percent sign on its own
			}
			consider(u, numLogP, k, -1)
			if k == kNumber && u < n && isTimeUnit(sc.runes[u]) {
				consider(u+1, numLogP, kTime, -1)
			}
		} else {
			consider(i+1, s.d.minLogP, kSingle, -1)
			if isCNNumeral(r) {
				j := sc.cnEnd[i]
				if j-i >= 2 {
					consider(j, numLogP, kNumber, -1)
				}
				if j < n && isTimeUnit(sc.runes[j]) {
					consider(j+1, numLogP, kTime, -1)
				}
			}
			if r == '第' && i+1 < n && (isCNNumeral(sc.runes[i+1]) || isDigit(sc.runes[i+1])) {
				j := i + 1
				if isDigit(sc.runes[j]) {
					j = sc.unit[j]
				} else {
					j = sc.cnEnd[j]
				}
				consider(j, numLogP, kNumber, -1)
			}
		}
		// Dictionary walk.
		h := uint32(2166136261)
		start := sc.pos[i]
		for j := i; j < n; j++ {
			for b := sc.pos[j]; b < sc.pos[j+1]; b++ {
				h ^= uint32(chunk[b])
				h *= 16777619
			}
			key := chunk[start:sc.pos[j+1]]
			idx, ok := s.d.lookupHash(key, h)
			var u userWord
			uok := false
			if s.user != nil {
				u, uok = s.user[key]
			}
			if !ok && !uok {
				break
			}
			if uok && !math.IsNaN(u.logp) {
				consider(j+1, u.logp, kDict, -1)
			} else if ok && idx >= 0 {
				if lp := float64(s.d.logp[idx]); !math.IsInf(lp, -1) {
					consider(j+1, lp, kDict, int32(idx))
				}
			}
		}
		sc.score[i], sc.next[i], sc.kind[i], sc.widx[i] = best, bestJ, bestK, bestW
	}

	// Emit, collecting runs of single characters for the HMM.
	bufStart := -1
	flush := func(end int) {
		if bufStart < 0 {
			return
		}
		out = s.emitSingles(out, chunk, base, bufStart, end, sc)
		bufStart = -1
	}
	for i := 0; i < n; {
		j := sc.next[i]
		k := sc.kind[i]
		if j == i+1 && (k == kSingle || k == kDict) && sc.unit[i] == 0 {
			if bufStart < 0 {
				bufStart = i
			}
			i = j
			continue
		}
		flush(i)
		if w := sc.widx[i]; w >= 0 && k == kDict {
			p := s.d.pos(int(w))
			if p == "" {
				p = POSUnknown
			}
			out = append(out, Word{Text: chunk[sc.pos[i]:sc.pos[j]], Start: base + sc.pos[i], End: base + sc.pos[j], POS: p})
		} else {
			out = append(out, s.word(chunk, base, sc.pos[i], sc.pos[j], k))
		}
		i = j
	}
	flush(n)
	return out
}

func (s *Segmenter) word(chunk string, base, a, b int, k uint8) Word {
	w := Word{Text: chunk[a:b], Start: base + a, End: base + b}
	switch k {
	case kNumber:
		w.POS = POSNumeral
	case kTime:
		w.POS = POSTime
	case kLatin:
		w.POS = POSLatin
	case kSymbol:
		w.POS = POSPunct
	default:
		w.POS = s.posOf(w.Text)
	}
	return w
}

func (s *Segmenter) posOf(t string) string {
	if s.user != nil {
		if u, ok := s.user[t]; ok && !math.IsNaN(u.logp) {
			return u.pos
		}
	}
	if i, ok := s.d.lookup(t); ok && i >= 0 {
		if p := s.d.pos(i); p != "" {
			return p
		}
	}
	return POSUnknown
}

// emitSingles handles runes [a, b) that the dictionary path left as single
// characters: a run of two or more that is not itself a word goes to the
// HMM (jieba's rule).
func (s *Segmenter) emitSingles(out []Word, chunk string, base, a, b int, sc *scratch) []Word {
	if b-a == 1 || !s.hmm {
		for i := a; i < b; i++ {
			out = append(out, s.word(chunk, base, sc.pos[i], sc.pos[i+1], kSingle))
		}
		return out
	}
	if idx, ok := s.d.lookup(chunk[sc.pos[a]:sc.pos[b]]); ok && idx >= 0 {
		for i := a; i < b; i++ {
			out = append(out, s.word(chunk, base, sc.pos[i], sc.pos[i+1], kSingle))
		}
		return out
	}
	tags := s.viterbi(sc.runes[a:b])
	begin := a
	for i := a; i < b; i++ {
		switch tags[i-a] {
		case tB:
			begin = i
		case tE:
			out = append(out, s.word(chunk, base, sc.pos[begin], sc.pos[i+1], kSingle))
			begin = i + 1
		case tS:
			out = append(out, s.word(chunk, base, sc.pos[i], sc.pos[i+1], kSingle))
			begin = i + 1
		}
	}
	if begin < b {
		out = append(out, s.word(chunk, base, sc.pos[begin], sc.pos[b], kSingle))
	}
	return out
}

// HMM states.
const (
	tB = iota
	tE
	tM
	tS
)

// jieba's start and transition log-probabilities (finalseg/prob_*.py).
var (
	probStart = [4]float64{-0.26268660809250016, minProb, minProb, -1.4652633398537678}
	probTrans = [4][4]float64{
		tB: {tE: -0.510825623765990, tM: -0.916290731874155, tB: minProb, tS: minProb},
		tE: {tB: -0.5897149736854513, tS: -0.8085250474669937, tE: minProb, tM: minProb},
		tM: {tE: -0.33344856811948514, tM: -1.2603623820268226, tB: minProb, tS: minProb},
		tS: {tB: -0.7211965654669841, tS: -0.6658631448798212, tE: minProb, tM: minProb},
	}
	prevStates = [4][2]int{tB: {tE, tS}, tM: {tM, tB}, tS: {tS, tE}, tE: {tB, tM}}
)

// viterbi returns the most likely B/M/E/S tags of obs.
func (s *Segmenter) viterbi(obs []rune) []uint8 {
	n := len(obs)
	v := make([][4]float64, n)
	back := make([][4]uint8, n)
	em := s.h.emit(obs[0])
	for y := range 4 {
		v[0][y] = probStart[y] + float64(em[y])
	}
	for t := 1; t < n; t++ {
		em := s.h.emit(obs[t])
		for y := range 4 {
			best, bs := math.Inf(-1), 0
			for _, y0 := range prevStates[y] {
				p := v[t-1][y0] + probTrans[y0][y] + float64(em[y])
				if p > best || p == best && y0 > bs {
					best, bs = p, y0
				}
			}
			v[t][y], back[t][y] = best, uint8(bs)
		}
	}
	last := tE
	if v[n-1][tS] > v[n-1][tE] {
		last = tS
	}
	tags := make([]uint8, n)
	for t := n - 1; t >= 0; t-- {
		tags[t] = uint8(last)
		last = int(back[t][last])
	}
	return tags
}

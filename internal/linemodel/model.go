package linemodel

import (
	"hash/maphash"
	"math"
	"math/bits"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
)

// Label is what a line is on its page.
type Label uint8

// Labels of a line.
const (
	Body      Label = iota // running text of an article, captions and subheads inside it included
	Headline               // a line of an article's headline: kicker, title or subtitle
	Byline                 // a byline or an author tail: 记者 X, (张三 李四), ·张三·
	Furniture              // page or web furniture, metadata, credits: boilerplate
	Section                // an in-article section heading or sidebar label
	Other                  // none of these: standfirsts, captions before the body, report header lines
	NumLabels
)

var labelNames = [...]string{Body: "body", Headline: "headline", Byline: "byline", Furniture: "furniture", Section: "section", Other: "other"}

// String returns the label's name.
func (l Label) String() string {
	if int(l) < len(labelNames) {
		return labelNames[l]
	}
	return "label?"
}

// Model is a multinomial logistic regression over line features and a
// table of transition scores between the labels of consecutive lines.
type Model struct {
	W     [NumLabels][NumFeatures]float32 // weights per label and feature
	Bias  [NumLabels]float32
	Trans [NumLabels + 1][NumLabels]float32 // log-score of a label after another; row NumLabels is the page start
	// TransWeight scales the transition scores against the line scores.
	TransWeight float32
	// Prior is added to each label's line score when decoding: it trades
	// one kind of error for another (a false headline among furniture costs
	// little, as parse drops a headline with no body).
	Prior [NumLabels]float32
}

// Default returns the model fitted by the generator (weights.go). It is
// built into the program: nothing is read or parsed at run time.
func Default() *Model { return &fitted }

func init() { fillWeights(&fitted) }

// fillWeights copies the generated weights into m, label by label: with
// indexWords, all the work of loading the model.
func fillWeights(m *Model) {
	for l := 0; l < int(NumLabels); l++ {
		copy(m.W[l][:], fittedW[l*NumFeatures:(l+1)*NumFeatures])
	}
}

// page holds what the feature vectors of a page's lines are made from:
// each line's base features, quantized to a byte each (a page of a
// million lines must not take a gigabyte), and the page-level facts.
type page struct {
	lines     []Line
	bases     []uint8 // numBase per line
	keys      []string
	grams     []sig // the bigrams of each whole key, to rule containment out cheaply
	sigs      []sig
	repeat    []bool  // the key is not empty and another line has it too
	nextLong  []int32 // the first long line after each line, -1 for none
	firstLong int
	lastLong  int
	heads     int  // heading-like lines between long lines
	web       bool // the page has web furniture
	// the long line last compared with a short one by overlap, and the
	// bitset of its bigrams
	ovLong  int
	ovPairs []uint64 // the long line's bigrams themselves, see pairTable
}

func quantize(v float32) uint8 {
	v = min(max(v, 0), 1)
	q := uint8(v*255 + 0.5)
	if q == 0 && v > 0 {
		q = 1
	}
	return q
}

func newPage(lines []Line) *page {
	n := len(lines)
	p := &page{lines: lines, bases: make([]uint8, n*numBase), keys: make([]string, n), grams: make([]sig, n), sigs: make([]sig, n),
		nextLong: make([]int32, n), firstLong: -1, lastLong: -1, ovLong: -1}
	var f [numBase]float32
	for i := range lines {
		f = [numBase]float32{}
		base(&lines[i], f[:])
		q := p.bases[i*numBase : (i+1)*numBase]
		for k, v := range f {
			q[k] = quantize(v)
		}
		if len(lines[i].Text) <= maxKey {
			p.keys[i] = key(lines[i].Text)
			if len(p.keys[i]) >= minNear {
				// only nearCopy reads the bigrams of the whole key
				p.sigs[i], p.grams[i] = signatureAndBigrams(p.keys[i])
			} else {
				p.sigs[i] = signature(p.keys[i])
			}
		} else {
			p.sigs[i] = signature(lines[i].Text)
		}
	}
	p.repeat = repeats(p.keys)
	for i := 0; i < n; i++ {
		if p.long(i) {
			if p.firstLong < 0 {
				p.firstLong = i
			}
			p.lastLong = i
		}
		q := p.bases[i*numBase : (i+1)*numBase]
		if p.headingLike(i) && p.long(i-1) && p.long(i+1) {
			p.heads++
		}
		if q[fWordNav] > 0 || q[fWordShare] > 0 || q[fURL] > 0 || q[fWordMeta] > 0 && q[fLabelValue] > 0 {
			p.web = true
		}
	}
	for i, nl := n-1, int32(-1); i >= 0; i-- {
		p.nextLong[i] = nl
		if p.long(i) {
			nl = int32(i)
		}
	}
	return p
}

// repeats reports, for each key, whether it is not empty and another of
// keys is the same: a hash table of line numbers finds the copies
// without a map of the strings.
func repeats(keys []string) []bool {
	rep := make([]bool, len(keys))
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	mask := uint64(size - 1)
	table := make([]int32, size) // a line number + 1, 0 for an empty slot
	for i, k := range keys {
		if k == "" {
			continue
		}
		for j := maphash.String(keySeed, k) & mask; ; j = (j + 1) & mask {
			t := table[j]
			if t == 0 {
				table[j] = int32(i + 1)
				break
			}
			if keys[t-1] == k {
				rep[t-1], rep[i] = true, true
				break
			}
		}
	}
	return rep
}

var keySeed = maphash.MakeSeed()

// long reports a line that reads as running text.
func (p *page) long(i int) bool {
	if i < 0 || i >= len(p.lines) {
		return false
	}
	q := p.bases[i*numBase : (i+1)*numBase]
	return q[fRunes36] == 0 && q[fPunctRatio] > 0
}

// meta reports a metadata line: label-value fields, or a date with a
// clock time.
func (p *page) meta(i int) bool {
	q := p.bases[i*numBase : (i+1)*numBase]
	return q[fDet+detIndex(DetMeta)] != 0 || q[fDet+detIndex(DetMetaAny)] != 0 || q[fDate] != 0 && q[fTime] != 0
}

// headShape reports a line shaped like a headline of any length: at most
// 80 characters, no sentence inside it, not ending with a full stop or a
// clause mark.
func headShape(l *Line) bool {
	t := strings.TrimRight(l.Text, " ")
	if len(t) > 4*80 {
		return false // more than 80 characters
	}
	n, stops := 0, 0
	var last rune
	for at, sz := 0, 0; at < len(t); at += sz { // range, with the common case inline
		var r rune
		r, sz = cjk.DecodeFast(t, at)
		if sz == 0 {
			r, sz = cjk.Decode(t, at)
		}
		n++
		if n > 80 {
			return false
		}
		if r == '。' || r == '；' || r == ';' {
			stops++
		}
		last = r
	}
	return n >= 4 && n <= 80 && stops == 0 && last != '，' && last != '、' && last != ',' && last != '：' && last != ':'
}

// titleCopy reports a line of four characters or more that one of the
// page's first three lines holds, or that holds one of them: the page's
// title set again above the article, or a headline with the site's name
// after it.
func (p *page) titleCopy(i int) bool {
	k := p.keys[i]
	if !atLeast4Runes(k) {
		return false
	}
	for j := 0; j < min(3, len(p.keys)); j++ {
		t := p.keys[j]
		if j == i || !atLeast4Runes(t) {
			continue
		}
		// a text holds another only if it holds its bigrams: a key of
		// minNear bytes or more has the set of all of them (grams),
		// every key the set of those of its opening (sigs)
		if len(t) > len(k) && (len(t) < minNear || p.sigs[i].in(&p.grams[j])) && strings.Contains(t, k) ||
			len(k) >= len(t) && (len(k) < minNear || p.sigs[j].in(&p.grams[i])) && strings.Contains(k, t) {
			return true
		}
	}
	return false
}

// atLeast4Runes is utf8.RuneCountInString(s) >= 4 without counting a long
// line's runes: a rune takes four bytes at most.
func atLeast4Runes(s string) bool {
	return len(s) >= 16 || utf8.RuneCountInString(s) >= 4
}

func (p *page) headingLike(i int) bool {
	return p.bases[i*numBase+fDet+detIndex(DetHeadingLike)] != 0
}

// vector writes the feature vector of line i into f (NumFeatures long).
func (p *page) vector(i int, f []float32) {
	n := len(p.lines)
	clear(f)
	put := func(at []float32, j int) {
		for k, q := range p.bases[j*numBase : (j+1)*numBase] {
			if q != 0 {
				at[k] = float32(q) / 255
			}
		}
	}
	put(f[numBase:2*numBase], i)
	if i > 0 {
		put(f[0:numBase], i-1)
	}
	if i+1 < n {
		put(f[2*numBase:3*numBase], i+1)
	}
	p.pageFeatures(i, f[3*numBase:])
}

// pageFeatures writes the page-level features of line i into v (numPage
// long, all zero).
func (p *page) pageFeatures(i int, v []float32) {
	n := len(p.lines)
	v[pFirst] = b(i == 0)
	v[pFirst3] = b(i < 3)
	v[pLast3] = b(i >= n-3)
	v[pRelPos] = float32(i) / float32(max(n-1, 1))
	v[pRepeat] = b(p.repeat[i])
	v[pNearCopy] = b(nearCopy(p.keys, p.grams, i))
	if i > 0 {
		v[pSimPrev] = sim(&p.sigs[i-1], &p.sigs[i])
	}
	if i+1 < n {
		v[pSimNext] = sim(&p.sigs[i], &p.sigs[i+1])
	}
	v[pBeforeLong] = b(p.firstLong < 0 || i < p.firstLong)
	d := p.firstLong - i
	v[pLongBefore1] = b(d == 1)
	v[pLongBefore2] = b(d == 2)
	v[pLongBefore3] = b(d >= 3)
	v[pAfterLastLong] = b(p.lastLong >= 0 && i > p.lastLong)
	v[pNextLong] = b(p.long(i + 1))
	v[pPrevLong] = b(p.long(i - 1))
	v[pBetweenLong] = b(p.firstLong >= 0 && p.firstLong < i && !p.long(i) && i < p.lastLong)
	v[pManyHeads] = b(p.heads >= 3)
	v[pWeb] = b(p.web)
	for j := i + 1; j < min(n, i+4); j++ {
		if p.lines[j].Det&(DetByline|DetDateline) != 0 {
			v[pCreditNext] = 1
			break
		}
	}
	for j := i + 1; j < min(n, i+3); j++ {
		if p.meta(j) {
			v[pMetaNext] = 1
			break
		}
	}
	for j := max(0, i-2); j < i; j++ {
		if p.meta(j) {
			v[pMetaPrev] = 1
		}
	}
	if headShape(&p.lines[i]) {
		v[pHeadShape] = 1
		v[pHeadShapeMeta] = max(v[pMetaNext], v[pMetaPrev])
		v[pHeadShapeTop] = b(p.firstLong < 0 || i < p.firstLong)
	}
	v[pTitleCopy] = b(p.titleCopy(i))
	if nl := int(p.nextLong[i]); nl >= 0 && p.long(i) && cjk.RunesAtMost(p.lines[i].Text, 80) {
		// a long headline's words come back in the lead paragraph too
		v[pOverlapLongNext] = p.overlap(i, nl)
	}
	if nl := int(p.nextLong[i]); nl >= 0 && !p.long(i) {
		if p.headingLike(i) {
			last := true
			for j := i + 1; j < nl && last; j++ {
				last = !p.headingLike(j)
			}
			v[pLastHeadBeforeLong] = b(last)
		}
		// a headline's words come back in the lead paragraph
		if len(p.lines[i].Text) <= 180 {
			o := p.overlap(i, nl)
			v[pOverlapNextLong] = o
			v[pOverlapNextLong2] = b(o >= 0.5)
		}
	}
}

// Features computes the feature vectors of a page's lines, NumFeatures
// each, in one slice (for fitting; [Model.Label] makes them one at a
// time).
func Features(lines []Line) []float32 {
	p := newPage(lines)
	out := make([]float32, len(lines)*NumFeatures)
	for i := range lines {
		p.vector(i, out[i*NumFeatures:(i+1)*NumFeatures])
	}
	return out
}

// overlap is the share of the character bigrams of short line i (Chinese
// characters only) found in the first 600 bytes of long line nl: a hash
// table of the long line's bigrams, kept for the next short line (most
// often compared with the same long line), answers each without a
// substring search.
func (p *page) overlap(i, nl int) float32 {
	long := overlapHead(p.lines[nl].Text)
	if p.ovLong != nl {
		p.ovLong = nl
		p.ovPairs = pairTable(p.ovPairs, long)
	}
	prev, n, in := rune(-1), 0, 0
	for at, sz := 0, 0; at < len(p.lines[i].Text); at += sz { // range, with the common case inline
		var r rune
		r, sz = cjk.DecodeFast(p.lines[i].Text, at)
		if sz == 0 {
			r, sz = cjk.Decode(p.lines[i].Text, at)
		}
		if !cjk.IsHan(r) {
			prev = -1
			continue
		}
		if prev >= 0 {
			n++
			if h := bigramHash(prev, r); hasPair(p.ovPairs, h, pairKey(prev, r)) {
				in++
			}
		}
		prev = r
	}
	if n == 0 {
		return 0
	}
	return float32(in) / float32(n)
}

// overlapHead is the part of a long line overlap looks in.
func overlapHead(long string) string {
	if len(long) > 600 {
		long = long[:600]
	}
	return long
}

// pairTable returns, in table (reused), an open-addressing hash table of
// the pairs of consecutive Chinese characters of s, s holds the
// encodings of two characters one after the other exactly when the pair
// is in the table (a character's first byte cannot occur inside
// another's, so decoding s as range does meets every such pair). A line's opening of 600
// bytes has at most 200 pairs, so pairSlots leaves the table at most
// two-fifths full; a zero slot is empty (no pair of characters is zero).
func pairTable(table []uint64, s string) []uint64 {
	if len(table) != pairSlots {
		table = make([]uint64, pairSlots)
	}
	clear(table)
	prev := rune(-1)
	for at, sz := 0, 0; at < len(s); at += sz { // range, with the common case inline
		var r rune
		r, sz = cjk.DecodeFast(s, at)
		if sz == 0 {
			r, sz = cjk.Decode(s, at)
		}
		if !cjk.IsHan(r) {
			prev = -1
			continue
		}
		if prev >= 0 {
			k := pairKey(prev, r)
			for j := bigramHash(prev, r) & (pairSlots - 1); ; j = (j + 1) & (pairSlots - 1) {
				if table[j] == k {
					break
				}
				if table[j] == 0 {
					table[j] = k
					break
				}
			}
		}
		prev = r
	}
	return table
}

// pairSlots is the size of pairTable's tables, a power of two.
const pairSlots = 512

// pairPool holds pairTable's tables for reuse.
var pairPool = sync.Pool{New: func() any { return new([pairSlots]uint64) }}

func pairKey(a, b rune) uint64 { return uint64(a)<<32 | uint64(uint32(b)) }

// hasPair reports whether table (from pairTable) holds key k, whose
// bigramHash is h.
func hasPair(table []uint64, h uint32, k uint64) bool {
	for j := h & (pairSlots - 1); ; j = (j + 1) & (pairSlots - 1) {
		switch table[j] {
		case k:
			return true
		case 0:
			return false
		}
	}
}

func bigramHash(a, b rune) uint32 { return (uint32(a)*2654435761 ^ uint32(b)*40503) >> 20 }

// cutMidSentence reports a line of running text that stops inside a
// sentence: long, not a heading, no sentence end or colon at its end.
func cutMidSentence(l *Line) bool {
	if l.Det&(DetByline|DetMeta|DetFurniture) != 0 {
		return false
	}
	t := strings.TrimRight(l.Text, " ")
	r, _ := utf8.DecodeLastRuneInString(t)
	if cjk.IsSentenceEnd(r) || cjk.IsCloser(r) || r == '：' || r == ':' || !cjk.IsHan(r) {
		return false
	}
	return !cjk.RunesAtMost(t, 15) && (strings.IndexByte(t, ',') >= 0 || strings.Contains(t, "，"))
}

// remnant reports a short line that ends the sentence it starts in: the
// rest of a sentence cut off the line before.
func remnant(l *Line) bool {
	t := strings.TrimRight(l.Text, " ")
	r, _ := utf8.DecodeLastRuneInString(t)
	return cjk.RunesAtMost(t, 12) && cjk.IsSentenceEnd(r) && !strings.ContainsAny(t[:len(t)-utf8.RuneLen(r)], "。！？!?")
}

// detIndex returns the bit number of a detector answer.
func detIndex(d Det) int { return bits.TrailingZeros32(uint32(d)) }

// key is a line's text without white space, for finding copies.
func key(s string) string {
	if strings.IndexByte(s, ' ') < 0 && strings.IndexByte(s, '\t') < 0 && !strings.Contains(s, "　") {
		return s
	}
	// the runs between the spaces are copied as they are while the text
	// reads as ASCII and the three-byte encodings DecodeFast checks
	var k strings.Builder
	k.Grow(len(s))
	run := 0
	for i := 0; i < len(s); {
		r, n := cjk.DecodeFast(s, i)
		if n == 0 {
			// anything else, broken bytes among them (strings.Map spells
			// each as U+FFFD)
			return strings.Map(func(r rune) rune {
				if r == ' ' || r == '\t' || r == '　' {
					return -1
				}
				return r
			}, s)
		}
		if r == ' ' || r == '\t' || r == '　' {
			k.WriteString(s[run:i])
			run = i + n
		}
		i += n
	}
	k.WriteString(s[run:])
	return k.String()
}

// maxKey is the longest line (in bytes) looked at for copies: headlines,
// furniture and metadata lines are short.
const maxKey = 600

// nearWindow is how many lines before and after a line are looked at for
// near copies of it.
const nearWindow = 16

// minNear is the shortest key (in bytes) nearCopy looks at.
const minNear = 18

// nearCopy reports a line of 6 or more characters that another line
// nearby holds, or that holds another of 6 or more.
func nearCopy(keys []string, grams []sig, i int) bool {
	k := keys[i]
	if len(k) < minNear {
		return false
	}
	for j := max(0, i-nearWindow); j < min(len(keys), i+nearWindow+1); j++ {
		if j == i || len(keys[j]) < minNear {
			continue
		}
		if keys[j] == k {
			continue
		}
		// a text holds another only if it holds all its bigrams: the
		// bitsets rule most pairs out before a substring search
		if len(keys[j]) > len(k) && grams[i].in(&grams[j]) && strings.Contains(keys[j], k) ||
			len(k) > len(keys[j]) && grams[j].in(&grams[i]) && strings.Contains(k, keys[j]) {
			return true
		}
	}
	return false
}

// sig is a 256-bit set of the character bigrams of a text's first 48
// characters.
type sig [4]uint64

func signature(s string) sig {
	var g sig
	prev, n := rune(-1), 0
	for at, sz := 0, 0; at < len(s); at += sz { // range, with the common case inline
		var r rune
		r, sz = cjk.DecodeFast(s, at)
		if sz == 0 {
			r, sz = cjk.Decode(s, at)
		}
		if n == 48 {
			break
		}
		if prev >= 0 {
			h := (uint32(prev)*2654435761 ^ uint32(r)*40503) >> 24
			g[h>>6] |= 1 << (h & 63)
		}
		prev = r
		n++
	}
	return g
}

// signatureAndBigrams returns signature(s) and the set of all the
// character bigrams of s, from one walk over s.
func signatureAndBigrams(s string) (sig, sig) {
	var g, all sig
	prev, n := rune(-1), 0
	for at, sz := 0, 0; at < len(s); at += sz { // range, with the common case inline
		var r rune
		r, sz = cjk.DecodeFast(s, at)
		if sz == 0 {
			r, sz = cjk.Decode(s, at)
		}
		if prev >= 0 {
			h := (uint32(prev)*2654435761 ^ uint32(r)*40503) >> 24
			all[h>>6] |= 1 << (h & 63)
			if n < 48 {
				g[h>>6] |= 1 << (h & 63)
			}
		}
		prev = r
		n++
	}
	return g, all
}

// in reports whether every bigram of g is in c.
func (g *sig) in(c *sig) bool {
	return g[0]&^c[0] == 0 && g[1]&^c[1] == 0 && g[2]&^c[2] == 0 && g[3]&^c[3] == 0
}

func (g *sig) count() int {
	return bits.OnesCount64(g[0]) + bits.OnesCount64(g[1]) + bits.OnesCount64(g[2]) + bits.OnesCount64(g[3])
}

// sim is the share of the bigrams of the text with fewer that the other
// text holds too.
func sim(a, c *sig) float32 {
	na, nc := a.count(), c.count()
	if na == 0 || nc == 0 {
		return 0
	}
	in := bits.OnesCount64(a[0]&c[0]) + bits.OnesCount64(a[1]&c[1]) + bits.OnesCount64(a[2]&c[2]) + bits.OnesCount64(a[3]&c[3])
	return float32(in) / float32(min(na, nc))
}

// Scores returns the model's log-probability of each label for each line
// (plus the label's prior), NumLabels numbers per line, from feature
// vectors made by [Features].
func (m *Model) Scores(feats []float32) []float32 {
	n := len(feats) / NumFeatures
	out := make([]float32, n*int(NumLabels))
	wt := m.byFeature()
	for i := 0; i < n; i++ {
		m.score(wt, feats[i*NumFeatures:(i+1)*NumFeatures], out[i*int(NumLabels):(i+1)*int(NumLabels)])
	}
	return out
}

// byFeature returns the weights by feature, so that a line's nonzero
// features are read once each.
func (m *Model) byFeature() *[NumFeatures][NumLabels]float32 {
	var wt [NumFeatures][NumLabels]float32
	for l := 0; l < int(NumLabels); l++ {
		for k := 0; k < NumFeatures; k++ {
			wt[k][l] = m.W[l][k]
		}
	}
	return &wt
}

// score writes the scores of one line's feature vector f into out.
func (m *Model) score(wt *[NumFeatures][NumLabels]float32, f []float32, out []float32) {
	const L = int(NumLabels)
	s := (*[L]float32)(out)
	*s = m.Bias
	for k, v := range f {
		if v == 0 {
			continue
		}
		w := &wt[k]
		for l := 0; l < L; l++ {
			s[l] += w[l] * v
		}
	}
	m.normalize(s)
}

// normalize turns the line scores s into log-probabilities plus the
// labels' priors.
func (m *Model) normalize(s *[NumLabels]float32) {
	const L = int(NumLabels)
	mx := float32(math.Inf(-1))
	for l := 0; l < L; l++ {
		mx = max(mx, s[l])
	}
	var z float64
	for l := 0; l < L; l++ {
		z += math.Exp(float64(s[l] - mx))
	}
	lz := mx + float32(math.Log(z))
	for l := 0; l < L; l++ {
		s[l] -= lz - m.Prior[l]
	}
}

// Decode labels the lines of a page: the sequence of labels with the best
// sum of line scores and weighted transition scores (Viterbi). A line
// whose tie is set continues the line before it (the physical layer's
// evidence: a sentence cut mid-word) and takes the same label.
func (m *Model) Decode(scores []float32, tie []bool) []Label {
	L := int(NumLabels)
	n := len(scores) / L
	out := make([]Label, n)
	if n == 0 {
		return out
	}
	back := make([]uint8, n*L)
	cur := make([]float32, L)
	next := make([]float32, L)
	for l := 0; l < L; l++ {
		cur[l] = scores[l] + m.TransWeight*m.Trans[NumLabels][l]
	}
	for i := 1; i < n; i++ {
		for l := 0; l < L; l++ {
			best, arg := float32(math.Inf(-1)), 0
			for k := 0; k < L; k++ {
				if i < len(tie) && tie[i] && k != l {
					continue
				}
				if s := cur[k] + m.TransWeight*m.Trans[k][l]; s > best {
					best, arg = s, k
				}
			}
			next[l] = best + scores[i*L+l]
			back[i*L+l] = uint8(arg)
		}
		cur, next = next, cur
	}
	best := 0
	for l := 1; l < L; l++ {
		if cur[l] > cur[best] {
			best = l
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = Label(best)
		best = int(back[i*L+best])
	}
	return out
}

// Label labels the lines of a page and returns the labels and the line
// scores (NumLabels log-probabilities per line).
func (m *Model) Label(lines []Line) ([]Label, []float32) {
	p := newPage(lines)
	// overlap's table, reused from page to page (pairTable clears it)
	pairs := pairPool.Get().(*[pairSlots]uint64)
	defer pairPool.Put(pairs)
	p.ovPairs = pairs[:]
	wt := m.byFeature()
	s := make([]float32, len(lines)*int(NumLabels))
	var pv [numPage]float32
	for i := range lines {
		pv = [numPage]float32{}
		p.pageFeatures(i, pv[:])
		m.scoreLine(wt, p, i, &pv, s[i*int(NumLabels):(i+1)*int(NumLabels)])
	}
	return m.Decode(s, Ties(lines)), s
}

// scoreLine is score on the feature vector of line i, read from the
// quantized base features of the line and its neighbours and the page
// features pv without writing the vector out: the same products added in
// the same order, so the same scores to the bit.
func (m *Model) scoreLine(wt *[NumFeatures][NumLabels]float32, p *page, i int, pv *[numPage]float32, out []float32) {
	const L = int(NumLabels)
	s := (*[L]float32)(out)
	*s = m.Bias
	for blk, j := range [3]int{i - 1, i, i + 1} {
		if j < 0 || j >= len(p.lines) {
			continue
		}
		w := wt[blk*numBase : (blk+1)*numBase]
		for k, q := range p.bases[j*numBase : (j+1)*numBase] {
			if q == 0 {
				continue
			}
			v := float32(q) / 255
			for l := 0; l < L; l++ {
				s[l] += w[k][l] * v
			}
		}
	}
	w := wt[3*numBase:]
	for k, v := range pv {
		if v == 0 {
			continue
		}
		for l := 0; l < L; l++ {
			s[l] += w[k][l] * v
		}
	}
	m.normalize(s)
}

// Ties reports the lines that continue the line before them: one that
// starts with a character no line may start with, or that follows a line
// left open or dangling (blank lines between may be a column break). A
// line marked as a caption is never tied.
func Ties(lines []Line) []bool {
	tie := make([]bool, len(lines))
	for i := 1; i < len(lines); i++ {
		if lines[i].Det&DetCaption != 0 {
			continue // a caption dropped into a cut sentence is not its continuation
		}
		prev := &lines[i-1]
		// a metadata or furniture line left open (2023-05-06 10:32 【字体：大)
		// does not run on into the next line
		meta := prev.Det&(DetMeta|DetMetaAny|DetFurniture) != 0
		tie[i] = lines[i].Det&DetStartsCont != 0 || prev.Det&DetOpen != 0 && !meta && !(startsDate(prev.Text) && hasTime(prev.Text)) ||
			prev.Det&DetDangling != 0 && !meta && !labelValue(prev.Text) && !hasDate(prev.Text) && !hasTime(prev.Text) ||
			cutMidSentence(prev) && remnant(&lines[i])
	}
	return tie
}

// PageLines is set by package layout (which imports this one): it analyses
// a source and returns the model's view of its non-blank lines and their
// byte spans in the decoded source. The generator and the evaluation use
// it to see the lines exactly as the library does.
var PageLines func(src []byte) (lines []Line, spans [][2]int, source []byte, err error)

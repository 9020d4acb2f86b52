package linemodel

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews/internal/cjk"
)

// overlapBytes is overlap as a substring search: the definition the
// faster form must match (the tests compare them).
func overlapBytes(short, long string) float32 {
	long = overlapHead(long)
	var buf [8]byte
	prev, n, in := rune(-1), 0, 0
	for _, r := range short {
		if !cjk.IsHan(r) {
			prev = -1
			continue
		}
		if prev >= 0 {
			k := utf8.EncodeRune(buf[:], prev)
			k += utf8.EncodeRune(buf[k:], r)
			n++
			if strings.Contains(long, string(buf[:k])) {
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

// randomText makes a text of n pieces drawn from a few Chinese
// characters, punctuation, ASCII and bytes that are not UTF-8.
func randomText(rng *rand.Rand, n int) string {
	pieces := []string{"社", "区", "街", "道", "新", "闻", "，", "。", " ", "a", "1", "\xe7", "\x80", "𠀀"}
	var b strings.Builder
	for range n {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

// TestOverlapMatchesSubstring checks the hash-table overlap against the
// substring search it replaces, on long lines around the 600-byte cut and
// on several short lines compared with the same long one.
func TestOverlapMatchesSubstring(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		long := randomText(rng, 150+rng.IntN(150))
		lines := []Line{{Text: long}}
		for range 4 {
			lines = append(lines, Line{Text: randomText(rng, rng.IntN(30))})
		}
		p := newPage(lines)
		for i := 1; i < len(lines); i++ {
			require.Equal(t, overlapBytes(lines[i].Text, long), p.overlap(i, 0), "%q in %q", lines[i].Text, long)
		}
	}
}

// TestWordIndex checks the dense index of the word lists against the
// lists themselves for every character of the Basic Multilingual Plane.
func TestWordIndex(t *testing.T) {
	want := map[rune][]wordRef{}
	for k, list := range wordLists {
		for j, w := range list {
			r, _ := utf8.DecodeRuneInString(w)
			want[r] = append(want[r], wordRef{k, j})
		}
	}
	for r := rune(0); r < 1<<16; r++ {
		set := wordStart[r>>6]&(1<<(r&63)) != 0
		assert.Equal(t, want[r] != nil, set, "%q", r)
		if set {
			assert.Equal(t, want[r], wordsOf(r), "%q", r)
		}
	}
}

// TestLabelScoresMatchFeatures checks that Label, which scores the lines
// without writing their feature vectors out, gives the scores of the
// vectors Features writes, to the bit.
func TestLabelScoresMatchFeatures(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	texts := []string{"首页 > 新闻 > 正文", "社区新闻", "记者 张三", "2023-05-06 11:27", "（张三 李四）",
		"3月11日，南湖街道首个养老服务站正式投入使用，为周边老年人提供服务。", "分享到：微信 微博", "一、总体要求"}
	for range 50 {
		var lines []Line
		for range 1 + rng.IntN(30) {
			txt := texts[rng.IntN(len(texts))]
			if rng.IntN(3) == 0 {
				txt = randomText(rng, rng.IntN(80))
			}
			lines = append(lines, Line{Text: txt, BlankBefore: rng.IntN(3), Det: Det(rng.Uint32() & (1<<numDet - 1))})
		}
		_, got := Default().Label(lines)
		want := Default().Scores(Features(lines))
		require.Equal(t, len(want), len(got))
		for k := range want {
			require.Equal(t, math.Float32bits(want[k]), math.Float32bits(got[k]), "score %d", k)
		}
	}
}

// TestSignatureAndBigrams checks the one-walk form against signature and
// bigrams.
func TestSignatureAndBigrams(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 500 {
		s := randomText(rng, rng.IntN(120))
		g, all := signatureAndBigrams(s)
		require.Equal(t, signature(s), g, "%q", s)
		require.Equal(t, bigrams(s), all, "%q", s)
	}
}

// bigrams is the set of all the character bigrams of s: the definition
// signatureAndBigrams must match.
func bigrams(s string) sig {
	var g sig
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			h := (uint32(prev)*2654435761 ^ uint32(r)*40503) >> 24
			g[h>>6] |= 1 << (h & 63)
		}
		prev = r
	}
	return g
}

// BenchmarkModelLoad measures loading the fitted model afresh: the work
// the package's initialisation does (the generated weights copied into a
// model, the word lists indexed). Nothing is read from disk: the weights
// are compiled in.
func BenchmarkModelLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		m := new(Model)
		*m = fitted
		fillWeights(m)
		indexWords()
	}
}

// TestLongLineHead checks base on lines longer than the opening the word
// lists are looked for in, bytes that are not UTF-8 included, against
// the definition: the longest valid prefix of the first maxHead bytes.
func TestLongLineHead(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 2000 {
		txt := randomText(rng, 120+rng.IntN(80))
		if rng.IntN(2) == 0 {
			txt = strings.ReplaceAll(txt, "\xe7", "")
			txt = strings.ReplaceAll(txt, "\x80", "")
		}
		for _, w := range []string{"分享", "来源", "首页", "版权", "记者"} {
			at := rng.IntN(len(txt) + 1)
			txt = txt[:at] + w + txt[at:]
		}
		head := txt
		if len(head) > maxHead {
			head = head[:maxHead]
			for !utf8.ValidString(head) {
				head = head[:len(head)-1]
			}
		}
		want := make([]float32, len(wordLists))
		wordHits(head, want)
		got := make([]float32, numBase)
		base(&Line{Text: txt}, got)
		require.Equal(t, want, got[fWordNav:fWordNav+len(wordLists)], "%q", txt)
	}
}

// TestKeyMatchesMap checks key's byte walk against strings.Map dropping
// the same spaces (on texts that hold one), on random texts of Chinese,
// spaces and broken bytes.
func TestKeyMatchesMap(t *testing.T) {
	drop := func(r rune) rune {
		if r == ' ' || r == '\t' || r == '　' {
			return -1
		}
		return r
	}
	parts := []string{"中", "文", " ", "\t", "　", "、", "a", "1", "\xe3\x80", "\xff", "“", "\u2003", "é", "\U00020000"}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k > 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		want := s
		if strings.ContainsAny(s, " \t　") {
			want = strings.Map(drop, s)
		}
		require.Equal(t, want, key(s), "%q", s)
	}
}

// TestHasTimeMatchesScan checks hasTime, which jumps from colon to colon,
// against a scan of every byte.
func TestHasTimeMatchesScan(t *testing.T) {
	scan := func(t string) bool {
		for i := 1; i+2 < len(t); i++ {
			if t[i] == ':' && t[i-1] >= '0' && t[i-1] <= '9' && t[i+1] >= '0' && t[i+1] <= '5' && t[i+2] >= '0' && t[i+2] <= '9' {
				return true
			}
		}
		return false
	}
	parts := []string{":", "1", "5", "7", "0", "a", "时", "：", " "}
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(10); k > 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		require.Equal(t, scan(s), hasTime(s), "%q", s)
	}
}

// TestNamesMatchesFields checks names, which counts the runs in one walk,
// against splitting the text into fields.
func TestNamesMatchesFields(t *testing.T) {
	byFields := func(s string) bool {
		parts := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '、' || r == '　' })
		if len(parts) == 0 || len(parts) > 4 {
			return false
		}
		for _, p := range parts {
			n := 0
			for _, r := range p {
				if !cjk.IsHan(r) {
					return false
				}
				n++
			}
			if n < 2 || n > 4 {
				return false
			}
		}
		return true
	}
	parts := []string{"张", "三", "李", " ", "、", "　", "a", "\xff", "·"}
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.IntN(16); k > 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		require.Equal(t, byFields(s), names(s), "%q", s)
	}
}

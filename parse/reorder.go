package parse

import (
	"math"
	"slices"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
	"github.com/civicnews/civicnews/layout"
)

// The column layout of a page sometimes sets the last paragraph of one
// article at the foot of another, after a column break. Such a paragraph
// shares the words of the article it belongs to, not of the one it stands
// in. moveStrays moves a trailing paragraph that follows a column break
// (two or more blank lines) to the article whose text it resembles far
// more than its own, and logs the move as a repair.

// minBreak is the number of blank lines before a paragraph that mark a
// column break.
const minBreak = 2

func (p *parser) moveStrays() {
	arts := p.doc.Articles
	if len(arts) < 2 {
		return
	}
	// The bigram tables are built only once some article has a candidate:
	// most pages have none. They are built from the articles as they stand
	// before any move, as the first candidate is met before the first move.
	var t *gramTable
	for i := range arts {
		a := &arts[i]
		n := len(a.Paragraphs)
		if n < 3 || a.Paragraphs[n-1].Heading {
			continue
		}
		last := &a.Paragraphs[n-1]
		if p.blankLinesBefore(last) < minBreak || utf8.RuneCountInString(last.Text) < 40 {
			continue
		}
		if t == nil {
			t = newGramTable(arts)
		}
		pg := t.counts(last.Text)
		own := t.set(a, n-1)
		score := func(has func(id int32) bool) float64 {
			s, tot := 0.0, 0.0
			for _, gc := range pg {
				w := t.idf[gc.id] * float64(gc.n)
				tot += w
				if has(gc.id) {
					s += w
				}
			}
			if tot == 0 {
				return 0
			}
			return s / tot
		}
		ownScore := score(own.has)
		best, bestScore := -1, 0.0
		for j := range arts {
			if j == i || len(arts[j].Paragraphs) == 0 {
				continue
			}
			if s := score(t.sets[j].has); s > bestScore {
				best, bestScore = j, s
			}
		}
		if best < 0 || bestScore < 0.08 || bestScore < 3*ownScore {
			continue
		}
		moved := *last
		a.Paragraphs = a.Paragraphs[:n-1]
		arts[best].Paragraphs = append(arts[best].Paragraphs, moved)
		a.Spans = removeSpans(a.Spans, moved.Spans)
		arts[best].Spans = append(arts[best].Spans, moved.Spans...)
		p.doc.Repairs = append(p.doc.Repairs, layout.Repair{Kind: layout.RepairMove, Span: spanOf(moved.Spans),
			Before: cjk.FirstRunes(moved.Text, 12), After: cjk.FirstRunes(moved.Text, 12),
			Reason: "paragraph after a column break moved to the article it continues (shares its words, not its neighbour's)"})
	}
}

func (p *parser) blankLinesBefore(par *Paragraph) int {
	if len(par.segs) == 0 || len(par.segs[0].block.Lines) == 0 {
		return 0
	}
	n := 0
	for l := par.segs[0].block.Lines[0] - 1; l >= 0 && p.ld.Lines[l].Blank; l-- {
		n++
	}
	return n
}

// gramTable numbers the Chinese character bigrams of a page's articles
// and records which article holds which, and how rare each is.
type gramTable struct {
	ids  gramIDs   // bigram (see gramKey) → its number
	sets []bitSet  // per article: the bigrams of its body and headline
	idf  []float64 // per bigram: log((articles+1)/(articles holding it+1))
	buf  []int32   // scratch for counts
}

// newGramTable builds the table for arts as they stand.
func newGramTable(arts []Article) *gramTable {
	size := 0
	for k := range arts {
		for _, par := range arts[k].Paragraphs {
			size += len(par.Text)
		}
		size += len(arts[k].Kicker) + len(arts[k].Title) + len(arts[k].Subtitle)
	}
	// a bigram per 3 bytes at most, and most recur: the table grows if need be
	t := &gramTable{ids: newGramIDs(size / 12)}
	per := make([][]int32, 0, len(arts)) // per article: the numbers of its bigrams, repeated
	all := make([]int32, 0, size/3)
	for k := range arts {
		from := len(all)
		eachGram(&arts[k], -1, func(key uint64) { all = append(all, t.ids.id(key)) })
		per = append(per, all[from:len(all):len(all)])
	}
	n := t.ids.n
	df := make([]int, n)
	t.sets = make([]bitSet, len(arts))
	words := (n + 63) / 64
	bits := make([]uint64, words*len(arts))
	for k, ids := range per {
		set := bitSet(bits[k*words : (k+1)*words : (k+1)*words])
		for _, id := range ids {
			if !set.has(id) {
				set.add(id)
				df[id]++
			}
		}
		t.sets[k] = set
	}
	t.idf = make([]float64, n)
	for id, c := range df {
		t.idf[id] = math.Log(float64(len(arts)+1) / float64(c+1))
	}
	return t
}

// set returns the bigrams of article a without paragraph skip. Every
// bigram of a is in the table.
func (t *gramTable) set(a *Article, skip int) bitSet {
	set := make(bitSet, (t.ids.n+63)/64)
	eachGram(a, skip, func(key uint64) { set.add(t.ids.id(key)) })
	return set
}

// gramCount is a bigram's number and how often it occurs.
type gramCount struct {
	id int32
	n  int
}

// counts returns the bigrams of s (a paragraph of an article in the
// table) with their counts, in order of number.
func (t *gramTable) counts(s string) []gramCount {
	ids := t.buf[:0]
	eachStringGram(s, func(key uint64) { ids = append(ids, t.ids.id(key)) })
	t.buf = ids
	slices.Sort(ids)
	var out []gramCount
	for i := 0; i < len(ids); {
		j := i + 1
		for j < len(ids) && ids[j] == ids[i] {
			j++
		}
		out = append(out, gramCount{ids[i], j - i})
		i = j
	}
	return out
}

// gramIDs numbers bigram keys in order of first sight: an open-addressing
// hash table, much cheaper than a map for the one lookup per character
// pair of a page. Keys are never 0 (both characters are Chinese), so 0
// marks an empty slot.
type gramIDs struct {
	keys  []uint64
	ids   []int32
	shift uint // 64 - log2(len(keys))
	n     int  // keys numbered so far
}

// newGramIDs returns a table with room for at least n keys.
func newGramIDs(n int) gramIDs {
	size, shift := 16, uint(60)
	for size < 2*n {
		size *= 2
		shift--
	}
	return gramIDs{keys: make([]uint64, size), ids: make([]int32, size), shift: shift}
}

// id returns key's number, numbering it if it is new.
func (t *gramIDs) id(key uint64) int32 {
	if 2*(t.n+1) > len(t.keys) {
		t.grow()
	}
	mask := len(t.keys) - 1
	for i := int((key * 0x9E3779B97F4A7C15) >> t.shift); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case key:
			return t.ids[i]
		case 0:
			t.keys[i], t.ids[i] = key, int32(t.n)
			t.n++
			return t.ids[i]
		}
	}
}

// grow doubles the table.
func (t *gramIDs) grow() {
	old, oldIDs := t.keys, t.ids
	t.keys, t.ids = make([]uint64, 2*len(old)), make([]int32, 2*len(old))
	t.shift--
	mask := len(t.keys) - 1
	for k, key := range old {
		if key == 0 {
			continue
		}
		i := int((key * 0x9E3779B97F4A7C15) >> t.shift)
		for t.keys[i] != 0 {
			i = (i + 1) & mask
		}
		t.keys[i], t.ids[i] = key, oldIDs[k]
	}
}

// bitSet is a set of bigram numbers.
type bitSet []uint64

func (s bitSet) has(id int32) bool { return s[id>>6]&(1<<(id&63)) != 0 }
func (s bitSet) add(id int32)      { s[id>>6] |= 1 << (id & 63) }

// gramKey packs the bigram of characters a and b into one number.
func gramKey(a, b rune) uint64 { return uint64(a)<<32 | uint64(uint32(b)) }

// eachGram calls f with each Chinese character bigram of an article's
// body, leaving out paragraph skip (or none when skip is -1), and of its
// headline.
func eachGram(a *Article, skip int, f func(key uint64)) {
	for k := range a.Paragraphs {
		if k != skip {
			eachStringGram(a.Paragraphs[k].Text, f)
		}
	}
	// the headline's parts: Headline joins them with spaces, which break
	// bigrams
	eachStringGram(a.Kicker, f)
	eachStringGram(a.Title, f)
	eachStringGram(a.Subtitle, f)
}

// eachStringGram calls f with each bigram of two Chinese characters in s.
func eachStringGram(s string, f func(key uint64)) {
	prev, prevHan := rune(0), false
	for _, r := range s {
		han := cjk.IsHan(r)
		if han && prevHan {
			f(gramKey(prev, r))
		}
		prev, prevHan = r, han
	}
}

// removeSpans returns s without the spans in rm.
func removeSpans(s, rm []layout.Span) []layout.Span {
	out := s[:0:0]
	for _, x := range s {
		keep := true
		for _, y := range rm {
			if x == y {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, x)
		}
	}
	return out
}

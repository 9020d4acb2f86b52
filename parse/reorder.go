package parse

import (
	"math"
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
	grams := make([]map[string]int, len(arts))
	df := map[string]int{}
	for i := range arts {
		grams[i] = bigrams(&arts[i], -1)
		for g := range grams[i] {
			df[g]++
		}
	}
	idf := func(g string) float64 { return math.Log(float64(len(arts)+1) / float64(df[g]+1)) }
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
		pg := paraBigrams(last.Text)
		own := bigrams(a, n-1)
		score := func(m map[string]int) float64 {
			s, tot := 0.0, 0.0
			for g, c := range pg {
				w := idf(g) * float64(c)
				tot += w
				if m[g] > 0 {
					s += w
				}
			}
			if tot == 0 {
				return 0
			}
			return s / tot
		}
		ownScore := score(own)
		best, bestScore := -1, 0.0
		for j := range arts {
			if j == i || len(arts[j].Paragraphs) == 0 {
				continue
			}
			if s := score(grams[j]); s > bestScore {
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
		p.doc.Repairs = append(p.doc.Repairs, layout.Repair{Kind: "move", Span: spanOf(moved.Spans),
			Before: headRunes(moved.Text, 12), After: headRunes(moved.Text, 12),
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

// bigrams counts the Chinese character bigrams of an article's body,
// leaving out paragraph skip (or none when skip is -1).
func bigrams(a *Article, skip int) map[string]int {
	m := map[string]int{}
	for k := range a.Paragraphs {
		if k == skip {
			continue
		}
		for g, c := range paraBigrams(a.Paragraphs[k].Text) {
			m[g] += c
		}
	}
	for g, c := range paraBigrams(a.Headline()) {
		m[g] += c
	}
	return m
}

func paraBigrams(s string) map[string]int {
	m := map[string]int{}
	prev, prevAt := rune(0), -1
	for i, r := range s {
		if cjk.IsHan(r) {
			if prevAt >= 0 && cjk.IsHan(prev) {
				m[s[prevAt:i+len(string(r))]]++
			}
		}
		prev, prevAt = r, i
	}
	return m
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

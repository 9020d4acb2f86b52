package parse

import (
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews/internal/cjk"
	"github.com/civicnews/civicnews/internal/testutil"
	"github.com/civicnews/civicnews/layout"
)

// moveStraysReference is the first, map-based moveStrays, kept to check
// that the bigram table decides the same moves.
func (p *parser) moveStraysReference() {
	arts := p.doc.Articles
	if len(arts) < 2 {
		return
	}
	grams := make([]map[string]int, len(arts))
	df := map[string]int{}
	for i := range arts {
		grams[i] = refBigrams(&arts[i], -1)
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
		pg := refParaBigrams(last.Text)
		own := refBigrams(a, n-1)
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
			Before: cjk.FirstRunes(moved.Text, 12), After: cjk.FirstRunes(moved.Text, 12),
			Reason: "paragraph after a column break moved to the article it continues (shares its words, not its neighbour's)"})
	}
}

func refBigrams(a *Article, skip int) map[string]int {
	m := map[string]int{}
	for k := range a.Paragraphs {
		if k == skip {
			continue
		}
		for g, c := range refParaBigrams(a.Paragraphs[k].Text) {
			m[g] += c
		}
	}
	for g, c := range refParaBigrams(a.Headline()) {
		m[g] += c
	}
	return m
}

func refParaBigrams(s string) map[string]int {
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

// cloneArticles copies articles deep enough for moveStrays to change one
// copy without touching the other.
func cloneArticles(arts []Article) []Article {
	out := make([]Article, len(arts))
	for i, a := range arts {
		a.Paragraphs = append([]Paragraph(nil), a.Paragraphs...)
		a.Spans = append([]layout.Span(nil), a.Spans...)
		out[i] = a
	}
	return out
}

// TestMoveStraysReference checks that moveStrays moves exactly what the
// map-based reference moves, on the sample issues and on a page made to
// have a stray paragraph.
func TestMoveStraysReference(t *testing.T) {
	lead := "街道今天召开垃圾分类推进会议，居委会干部和志愿者交流垃圾分类的经验。"
	stray := "垃圾分类志愿者每天早晚在投放点值守，居委会干部说垃圾分类的经验要推广到每个小区，志愿者的热情很高。"
	pages := map[string]string{
		"made": "垃圾分类推进会召开\n\n本报讯 " + lead + "\n\n会议要求各居委会做好垃圾分类。\n\n" +
			"老年食堂开张\n\n本报讯 社区老年食堂今天开张，老人们在食堂吃上了热饭热菜。\n\n食堂每天供应午餐和晚餐。\n\n老人们说食堂的饭菜很可口。\n\n\n" + stray + "\n",
	}
	for _, dir := range []string{"issues", "handmade"} {
		files, _ := filepath.Glob(filepath.Join(testutil.Root(), "testdata", dir, "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			pages[strings.TrimSuffix(filepath.Base(f), ".txt")] = string(b)
		}
	}
	moves := 0
	for name, text := range pages {
		ld, err := layout.AnalyzeString(text)
		require.NoError(t, err)
		p := &parser{c: &config{}, ld: ld, doc: &Document{Layout: ld, Kind: Newspaper}, blocks: ld.Blocks}
		m, start, stray := findMasthead(p.blocks)
		p.doc.Masthead = m
		p.doc.Boilerplate = append(p.doc.Boilerplate, stray...)
		for i := start; i < len(p.blocks); {
			i = p.block(i)
		}
		p.close()
		p.stitchHeadlessLead()
		ref := &parser{c: p.c, ld: ld, doc: &Document{Articles: cloneArticles(p.doc.Articles), Repairs: append([]layout.Repair(nil), p.doc.Repairs...)}}
		ref.moveStraysReference()
		p.moveStrays()
		require.True(t, reflect.DeepEqual(ref.doc.Articles, p.doc.Articles), "%s: articles differ", name)
		require.Equal(t, ref.doc.Repairs, p.doc.Repairs, name)
		for _, r := range p.doc.Repairs {
			if r.Kind == "move" {
				moves++
			}
		}
	}
	require.Positive(t, moves, "no page had a move: the test proves little")
}

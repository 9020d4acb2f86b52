package lexicon

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews/segment/internal/dictfile"
)

// TestCommonWordsKeepTheirTags checks the committed dictionary: the 60
// division names gse lists most often as common words keep gse's tag (建设
// vn, not ns), and division names gse tags as proper nouns or that are
// rare in documents are ns.
func TestCommonWordsKeepTheirTags(t *testing.T) {
	if testing.Short() {
		t.Skip("reads gse's dictionary: a few seconds (segment's TestCommonWordTags checks the most frequent words)")
	}
	gse, err := GseDir()
	if err != nil {
		t.Skip("gse v1.1.0 not in the module cache:", err)
	}
	gw, err := readGseDict(gse)
	require.NoError(t, err)
	idf, err := readIDF(gse)
	require.NoError(t, err)
	data, err := os.ReadFile(filepath.Join("..", "..", "dict.bin"))
	require.NoError(t, err)
	d, err := dictfile.DecodeDict(string(data))
	require.NoError(t, err)
	tags := make(map[string]string, d.N)
	at := 0
	for i := 0; i < d.N; i++ {
		n := int(d.Lens[i])
		tags[d.Blob[at:at+n]] = d.POS[d.POSix[i]]
		at += n
	}
	civic, err := Civic()
	require.NoError(t, err)
	hand := map[string]bool{}
	for _, c := range civic {
		hand[c.Word] = true
	}

	type word struct {
		w    string
		freq uint32
	}
	var common, places []word
	seen := map[string]bool{}
	for _, dw := range DivisionWords() {
		g, ok := gw[dw.Word]
		if !ok || seen[dw.Word] || hand[dw.Word] || !usable(dw.Word) {
			continue
		}
		seen[dw.Word] = true
		if IsCommonWord(g.pos, idf[dw.Word]) {
			common = append(common, word{dw.Word, g.freq})
		} else {
			places = append(places, word{dw.Word, g.freq})
		}
	}
	byFreq := func(ws []word) {
		sort.Slice(ws, func(i, j int) bool { return ws[i].freq > ws[j].freq || ws[i].freq == ws[j].freq && ws[i].w < ws[j].w })
	}
	byFreq(common)
	byFreq(places)
	require.Greater(t, len(common), 60)
	for _, w := range common[:60] {
		assert.Equal(t, gw[w.w].pos, tags[w.w], "%s is a common word: gse's tag", w.w)
	}
	for _, w := range places[:60] {
		assert.Equal(t, "ns", tags[w.w], "%s is a place", w.w)
	}
	assert.Equal(t, "vn", tags["建设"])
	assert.Equal(t, "ns", tags["石首"], "gse tags it n, but it is rare in documents: a place")
}

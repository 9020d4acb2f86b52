package lexicon

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGeneratedCurrent regenerates segment/dict.bin and segment/hmm.bin in
// memory and compares them with the committed files. It skips when gse
// v1.1.0 is not in the module cache.
func TestGeneratedCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerating the dictionary takes a few seconds")
	}
	gse, err := GseDir()
	if err != nil {
		t.Skip("gse v1.1.0 not in the module cache:", err)
	}
	dict, hmm, err := Build(gse)
	require.NoError(t, err)
	for name, want := range map[string][]byte{"dict.bin": dict, "hmm.bin": hmm} {
		got, err := os.ReadFile(filepath.Join("..", "..", name))
		require.NoError(t, err)
		require.True(t, bytes.Equal(want, got), "segment/%s is stale: run go generate ./segment", name)
	}
}

func TestCivicListClean(t *testing.T) {
	ws, err := Civic()
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(ws), 100)
	seen := map[string]bool{}
	for _, w := range ws {
		require.False(t, seen[w.Word], "duplicate civic word %s", w.Word)
		seen[w.Word] = true
		require.NotZero(t, w.Freq, w.Word)
		require.NotEmpty(t, w.POS, w.Word)
		require.True(t, usable(w.Word), w.Word)
	}
}

func TestDivisionWords(t *testing.T) {
	got := map[string]bool{}
	for _, d := range DivisionWords() {
		got[d.Word] = true
	}
	for _, w := range []string{"斜土路街道", "斜土街道", "恒益居委会", "恒益居民区", "徐汇区", "徐汇", "浦东", "上海"} {
		assert.True(t, got[w], w)
	}
	// Bare township names only in Shanghai.
	assert.True(t, got["徐家汇"])
	assert.False(t, usable("a b"))
}

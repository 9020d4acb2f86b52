package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews/internal/clitest"
)

func TestCLI(t *testing.T) {
	clitest.Test(t, clitest.Config{Name: "segbench", Run: run, Args: []string{"-gse=false"}, Dir: true, Sample: "街道召开会议"})
}

// TestBench runs the scoring on a made-up bakeoff directory of two
// sentences a corpus.
func TestBench(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []string{"pku", "msr"} {
		for name, text := range map[string]string{
			"_test.utf8":           "街道召开居民会议\n居民代表参加\n",
			"_test_gold.utf8":      "街道  召开  居民  会议\n居民  代表  参加\n",
			"_training_words.utf8": "街道\n召开\n居民\n会议\n代表\n",
		} {
			require.NoError(t, os.WriteFile(filepath.Join(dir, c+name), []byte(text), 0o644))
		}
	}
	c := clitest.Config{Name: "segbench", Run: run}
	r := c.Exec([]string{"-gse=false", dir}, nil)
	require.Equal(t, 0, r.Code, r.Stderr)
	assert.Contains(t, r.Stdout, "pku    ours")
	assert.Contains(t, r.Stdout, "msr    ours")

	// the GBK .txt files of the bakeoff, renamed, are refused
	require.NoError(t, os.WriteFile(filepath.Join(dir, "pku_test.utf8"), []byte{0xbd, 0xd6, 0xb5, 0xc0, '\n'}, 0o644))
	r = c.Exec([]string{"-gse=false", dir}, nil)
	assert.Equal(t, 1, r.Code)
	assert.Contains(t, r.Stderr, "not UTF-8")

	require.NoError(t, os.Remove(filepath.Join(dir, "msr_test_gold.utf8")))
	r = c.Exec([]string{"-gse=false", dir}, nil)
	assert.Equal(t, 1, r.Code)
	assert.True(t, strings.Contains(r.Stderr, "msr_test_gold.utf8"), r.Stderr)

	r = c.Exec([]string{"-cold", "ours"}, nil)
	assert.Equal(t, 0, r.Code)
	assert.Equal(t, "5\n", r.Stdout)
}

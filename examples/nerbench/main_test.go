package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews/internal/clitest"
)

func TestCLI(t *testing.T) {
	clitest.Test(t, clitest.Config{Name: "nerbench", Run: run, Dir: true, Sample: "区委书记到斜土街道调研"})
}

// TestBench scores a made-up directory of one sentence a set.
func TestBench(t *testing.T) {
	dir := t.TempDir()
	bio := ""
	for i, r := range []rune("徐汇区召开会议") {
		tag := "O"
		switch {
		case i == 0:
			tag = "B-LOC"
		case i < 3:
			tag = "I-LOC"
		}
		bio += string(r) + " " + tag + "\n"
	}
	for _, f := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, f.file), []byte(bio+"\n"), 0o644))
	}
	c := clitest.Config{Name: "nerbench", Run: run}
	r := c.Exec([]string{dir}, nil)
	require.Equal(t, 0, r.Code, r.Stderr)
	assert.Contains(t, r.Stdout, "LOC  P 1.000  R 1.000  F 1.000  (tp 1 fp 0 fn 0)")

	require.NoError(t, os.WriteFile(filepath.Join(dir, files[1].file), []byte{0xbd, 0xd6, ' ', 'O', '\n'}, 0o644))
	r = c.Exec([]string{dir}, nil)
	assert.Equal(t, 1, r.Code)
	assert.Contains(t, r.Stderr, "not UTF-8")
}

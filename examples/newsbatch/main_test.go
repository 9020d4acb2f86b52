package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/civicnews/civicnews/internal/batch"
	"github.com/civicnews/civicnews/internal/clitest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

const page = "社区新闻\n\n本报讯 居民区今天开展志愿服务活动。\n"

type terminal struct{ *strings.Reader }

func init() {
	old := isTerminal
	isTerminal = func(f any) bool {
		if _, ok := f.(terminal); ok {
			return true
		}
		return old(f)
	}
}

func execute(t *testing.T, stdin any, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var in = stdin
	if in == nil {
		in = strings.NewReader("")
	}
	var o, e bytes.Buffer
	code = run(context.Background(), args, in.(interface {
		Read([]byte) (int, error)
	}), &o, &e)
	return code, o.String(), e.String()
}

func lines(t *testing.T, s string) []batch.Record {
	t.Helper()
	var out []batch.Record
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var r batch.Record
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r), sc.Text())
		out = append(out, r)
	}
	return out
}

func TestUnixTool(t *testing.T) {
	run := func(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
		return run(context.Background(), args, stdin, stdout, stderr)
	}
	clitest.Test(t, clitest.Config{Name: "newsbatch", Run: run, Args: []string{"-q"}, Sample: page, Check: func(t *testing.T, out string) {
		recs := lines(t, out)
		require.Len(t, recs, 1)
		require.NotNil(t, recs[0].Document, recs[0].Error)
		assert.Contains(t, out, "志愿服务")
	}})
}

func TestUnixBehaviour(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(page))
	require.NoError(t, err)
	gbkFile := filepath.Join(dir, "gbk.txt")
	require.NoError(t, os.WriteFile(gbkFile, gbk, 0o644))

	for _, h := range []string{"-h", "--help", "-help"} {
		code, out, errs := execute(t, nil, h)
		assert.Equal(t, 0, code, h)
		assert.Contains(t, out, "usage: newsbatch", h)
		assert.Empty(t, errs, h)
	}

	code, out, errs := execute(t, terminal{strings.NewReader("")})
	assert.Equal(t, 2, code, "no argument and a terminal: usage, not a silent wait")
	assert.Empty(t, out)
	assert.Contains(t, errs, "usage: newsbatch")

	code, out, errs = execute(t, nil, "-nosuchflag")
	assert.Equal(t, 2, code)
	assert.Empty(t, out)
	assert.Contains(t, errs, "-nosuchflag")

	code, out, errs = execute(t, nil, filepath.Join(dir, "missing.txt"))
	assert.Equal(t, 1, code, "a missing file on the command line stops the run before it starts")
	assert.Contains(t, errs, "no such file")
	assert.Empty(t, out)

	code, out, errs = execute(t, nil, t.TempDir())
	assert.Equal(t, 1, code, "a directory with no page")
	assert.Contains(t, errs, "no page")
	assert.Empty(t, out)

	// A missing file of a list, and a page that does not decode, get
	// their error records; the run goes on.
	list := filepath.Join(dir, "list")
	badPage := filepath.Join(dir, "bad.bin")
	require.NoError(t, os.WriteFile(badPage, []byte("\xff\xff\xff"), 0o644))
	require.NoError(t, os.WriteFile(list, []byte(filepath.Join(dir, "missing.txt")+"\n"+badPage+"\n"+empty+"\n"), 0o644))
	code, out, errs = execute(t, nil, "-list", list)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "no such file")
	assert.Contains(t, errs, "3 pages (1 ok, 2 failed)")
	recs := lines(t, out)
	require.Len(t, recs, 3)
	assert.Contains(t, recs[0].Error, "no such file")
	assert.Contains(t, recs[1].Error, "UTF-8")
	assert.Empty(t, recs[2].Error)

	code, out, errs = execute(t, nil, "-errors-ok", "-list", list)
	assert.Equal(t, 0, code, errs)
	assert.Len(t, lines(t, out), 3)

	code, out, errs = execute(t, nil, "-encoding", "GBK", gbkFile)
	assert.Equal(t, 0, code, errs)
	assert.Contains(t, out, "志愿服务")
	code, out, errs = execute(t, nil, "-encoding", "latin1", gbkFile)
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "gb18030")
	assert.Empty(t, out)

	code, out, errs = execute(t, nil, empty)
	assert.Equal(t, 0, code, errs)
	recs = lines(t, out)
	require.Len(t, recs, 1)
	assert.Empty(t, recs[0].Error)
	require.NotNil(t, recs[0].Document)
	assert.Empty(t, recs[0].Document.Articles)

	code, out, errs = execute(t, nil, gbkFile)
	assert.Equal(t, 0, code, errs)
	recs = lines(t, out)
	require.Len(t, recs, 1)
	require.NotNil(t, recs[0].Document, recs[0].Error)
	assert.EqualValues(t, "gb18030", recs[0].Document.Encoding)
	assert.Contains(t, out, "志愿服务", "decoded, not mojibake")

	code, out, errs = execute(t, strings.NewReader(page))
	assert.Equal(t, 0, code, errs)
	recs = lines(t, out)
	require.Len(t, recs, 1, "no argument and a pipe: one page from stdin")
	assert.Equal(t, "-", recs[0].Path)
	assert.Equal(t, batch.Hash([]byte(page)), recs[0].SHA256)

	code, out, errs = execute(t, strings.NewReader(page), "-", gbkFile)
	assert.Equal(t, 0, code, errs)
	assert.Len(t, lines(t, out), 2)

	for _, bad := range [][]string{{"-shard", "3/3", empty}, {"-jobs", "0", empty}, {"-resume", empty}} {
		code, out, errs = execute(t, nil, bad...)
		assert.Equal(t, 2, code, bad)
		assert.Empty(t, out, bad)
		assert.NotEmpty(t, errs, bad)
	}
}

func TestOutputFileResumeAndShards(t *testing.T) {
	dir := t.TempDir()
	for i := range 12 {
		require.NoError(t, os.WriteFile(filepath.Join(dir, string(rune('a'+i))+".txt"), []byte(page+strings.Repeat("又", i)), 0o644))
	}
	out := filepath.Join(dir, "out.jsonl") // inside the walked directory: never read as a page
	code, stdout, errs := execute(t, nil, "-glob", "*", "-o", out, dir)
	require.Equal(t, 0, code, errs)
	assert.Empty(t, stdout)
	assert.Contains(t, errs, "12 pages (12 ok, 0 failed)")
	full, err := os.ReadFile(out)
	require.NoError(t, err)

	// Killed mid-line: resume completes it.
	require.NoError(t, os.WriteFile(out, full[:len(full)/2], 0o644))
	code, _, errs = execute(t, nil, "-glob", "*", "-resume", "-o", out, dir)
	require.Equal(t, 0, code, errs)
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, string(full), string(got))

	// Shards written to files cover the whole once.
	var union []string
	for _, s := range []string{"0/3", "1/3", "2/3"} {
		code, stdout, errs := execute(t, nil, "-shard", s, dir)
		require.Equal(t, 0, code, errs)
		for _, r := range lines(t, stdout) {
			union = append(union, r.Path)
		}
	}
	assert.ElementsMatch(t, func() []string {
		var p []string
		for _, r := range lines(t, string(full)) {
			p = append(p, r.Path)
		}
		return p
	}(), union)
}

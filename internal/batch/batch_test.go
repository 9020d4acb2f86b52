package batch

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/civicnews/civicnews/internal/testutil"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pages writes copies of the sample and hand-made pages into a temporary
// tree (n pages in all, in nested directories), plus an undecodable page
// and a page that is not .txt, and returns its root.
func pages(t *testing.T, n int) string {
	t.Helper()
	var srcs [][]byte
	for _, d := range []string{"issues", "handmade"} {
		files, err := filepath.Glob(filepath.Join(testutil.Root(), "testdata", d, "*.txt"))
		require.NoError(t, err)
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			srcs = append(srcs, b)
		}
	}
	require.NotEmpty(t, srcs)
	root := t.TempDir()
	for i := range n {
		dir := filepath.Join(root, fmt.Sprintf("d%d", i%4), fmt.Sprintf("e%d", i%3))
		require.NoError(t, os.MkdirAll(dir, 0o755))
		// Vary the bytes so the hashes differ as paths do.
		b := append(append([]byte{}, srcs[i%len(srcs)]...), fmt.Sprintf("\n第%d页\n", i)...)
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%04d.txt", i)), b, 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(root, "d0", "bad.txt"), []byte("标题\n\xff\xfe\xff正文\xff"[3:]), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(root, "d0", "notes.md"), []byte("not a page"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(root, ".hidden.txt"), []byte("hidden"), 0o644))
	return root
}

func run(t *testing.T, inputs []Input, opts Options) ([]Record, Stats, []byte) {
	t.Helper()
	var out bytes.Buffer
	st, err := Run(context.Background(), inputs, &out, opts)
	require.NoError(t, err)
	return records(t, out.Bytes()), st, out.Bytes()
}

func records(t *testing.T, b []byte) []Record {
	t.Helper()
	var recs []Record
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var r Record
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r), "line %q", sc.Text())
		recs = append(recs, r)
	}
	require.NoError(t, sc.Err())
	return recs
}

func paths(recs []Record) []string {
	var p []string
	for _, r := range recs {
		p = append(p, r.Path)
	}
	sort.Strings(p)
	return p
}

func TestGather(t *testing.T) {
	root := pages(t, 30)
	in, err := Gather([]string{root}, "*.txt", "", nil)
	require.NoError(t, err)
	assert.Len(t, in, 31, "30 pages and bad.txt; notes.md and the hidden file left out")
	for _, x := range in {
		assert.True(t, strings.HasSuffix(x.Path, ".txt"), x.Path)
		assert.NotContains(t, x.Path, ".hidden")
	}
	all, err := Gather([]string{root, filepath.Join(root, "d0", "notes.md"), root}, "*", "", nil)
	require.NoError(t, err)
	assert.Len(t, all, 32, "each path once; the explicitly named .md is kept")

	// A list file, with comments, a missing path and "-".
	list := filepath.Join(t.TempDir(), "list")
	require.NoError(t, os.WriteFile(list, []byte("# pages\n"+in[0].Path+"\n\n"+in[1].Path+"\nmissing.txt\n-\n"), 0o644))
	got, err := Gather(nil, "", list, nil)
	require.NoError(t, err)
	require.Len(t, got, 4)
	assert.Equal(t, "missing.txt", got[2].Path)
	assert.Error(t, got[2].err)
	assert.Equal(t, "-", got[3].Path)

	// The output file is never its own input.
	out := filepath.Join(root, "d1", "out.txt")
	require.NoError(t, os.WriteFile(out, nil, 0o644))
	ex, err := Gather([]string{root}, "*.txt", "", nil, out)
	require.NoError(t, err)
	assert.Len(t, ex, 31)

	fromStdin, err := Gather(nil, "", "-", strings.NewReader(in[3].Path+"\n"))
	require.NoError(t, err)
	assert.Equal(t, []Input{{Path: in[3].Path}}, fromStdin)
	_, err = Gather([]string{"-"}, "", "-", nil)
	assert.Error(t, err)
	_, err = Gather(nil, "[", "", nil)
	assert.Error(t, err)
}

func TestShardsPartitionTheRun(t *testing.T) {
	root := pages(t, 120)
	in, err := Gather([]string{root}, "*.txt", "", nil)
	require.NoError(t, err)
	whole, _, _ := run(t, in, Options{Jobs: 2})
	require.Len(t, whole, len(in))

	seen := map[string]int{}
	var union []Record
	for i := range 3 {
		part, st, _ := run(t, in, Options{Jobs: 2, Shard: i, Shards: 3})
		assert.NotEmpty(t, part, "shard %d/3 empty: the hash does not spread", i)
		assert.Equal(t, len(in)-len(part), st.Other)
		for _, r := range part {
			seen[r.Path]++
		}
		union = append(union, part...)
	}
	for p, n := range seen {
		assert.Equal(t, 1, n, "%s in %d shards", p, n)
	}
	assert.Equal(t, paths(whole), paths(union))
	// The same records, not only the same paths.
	byPath := map[string]Record{}
	for _, r := range whole {
		byPath[r.Path] = r
	}
	for _, r := range union {
		assert.Equal(t, byPath[r.Path].SHA256, r.SHA256)
		assert.Equal(t, byPath[r.Path].Error, r.Error)
	}
}

func TestParseShard(t *testing.T) {
	i, n, err := ParseShard("2/3")
	require.NoError(t, err)
	assert.Equal(t, [2]int{2, 3}, [2]int{i, n})
	for _, bad := range []string{"3/3", "-1/3", "1/0", "1", "a/b", "1/3x", ""} {
		_, _, err := ParseShard(bad)
		assert.Error(t, err, bad)
	}
}

// A run killed at any moment leaves a prefix of its output, cut anywhere
// (Run writes whole lines, the kernel may still cut the last). Resuming
// from every kind of cut gives the whole set once, with no broken line.
func TestResumeAfterKill(t *testing.T) {
	root := pages(t, 60)
	in, err := Gather([]string{root}, "*.txt", "", nil)
	require.NoError(t, err)
	_, _, full := run(t, in, Options{Jobs: 2})
	want := paths(records(t, full))

	half := len(full) / 2
	nl := bytes.IndexByte(full[half:], '\n') + half
	for name, cut := range map[string]int{
		"mid-line":         half,
		"after a newline":  nl + 1,
		"just before it":   nl,
		"nothing written":  0,
		"one byte written": 1,
		"all written":      len(full),
	} {
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.jsonl")
			require.NoError(t, os.WriteFile(out, full[:cut], 0o644))
			f, err := os.Open(out)
			require.NoError(t, err)
			done, n, err := ReadDone(f)
			f.Close()
			require.NoError(t, err)
			require.NoError(t, os.Truncate(out, n))
			w, err := os.OpenFile(out, os.O_WRONLY|os.O_APPEND, 0)
			require.NoError(t, err)
			st, err := Run(context.Background(), in, w, Options{Jobs: 2, Done: done})
			require.NoError(t, w.Close())
			require.NoError(t, err)
			assert.Equal(t, len(done), st.Skipped)
			b, err := os.ReadFile(out)
			require.NoError(t, err)
			assert.True(t, bytes.HasSuffix(b, []byte("\n")))
			got := records(t, b) // fails on a broken line
			assert.Equal(t, want, paths(got), "same set, no duplicate")
			assert.Equal(t, full, b, "in order, the same bytes as an uninterrupted run")
		})
	}
}

func TestReadDoneRefusesForeignFile(t *testing.T) {
	_, _, err := ReadDone(strings.NewReader("hello\n{\"path\":\"a\"}\n"))
	assert.Error(t, err)
	_, _, err = ReadDone(strings.NewReader("{\"nopath\":1}\n{\"path\":\"a\"}\n"))
	assert.Error(t, err)
	done, n, err := ReadDone(strings.NewReader("{\"path\":\"a\"}\n{\"path\":\"b\"}\n{\"pa"))
	require.NoError(t, err)
	assert.Equal(t, map[string]bool{"a": true, "b": true}, done)
	assert.EqualValues(t, 26, n)
}

func TestBadPagesBecomeErrorRecords(t *testing.T) {
	root := pages(t, 6)
	_, err := Gather([]string{root, filepath.Join(root, "missing.txt")}, "*.txt", "", nil)
	assert.ErrorIs(t, err, os.ErrNotExist, "a missing file named on the command line stops the run before it starts")
	list := filepath.Join(t.TempDir(), "list")
	require.NoError(t, os.WriteFile(list, []byte(filepath.Join(root, "missing.txt")+"\n"), 0o644))
	in, err := Gather([]string{root}, "*.txt", list, nil)
	require.NoError(t, err)
	big := filepath.Join(root, "big.txt")
	require.NoError(t, os.WriteFile(big, bytes.Repeat([]byte("大"), 70000), 0o644))
	in = append(in, Input{Path: big})
	recs, st, _ := run(t, in, Options{Jobs: 3, MaxSize: 100000})
	require.Len(t, recs, len(in), "every input gets a record, the run goes on")
	assert.Equal(t, 3, st.Failed)
	for _, r := range recs {
		switch filepath.Base(r.Path) {
		case "bad.txt":
			assert.Contains(t, r.Error, "UTF-8")
			assert.NotEmpty(t, r.SHA256)
			assert.Nil(t, r.Document)
		case "missing.txt":
			assert.Contains(t, r.Error, "no such file")
			assert.Empty(t, r.SHA256)
		case "big.txt":
			assert.Contains(t, r.Error, "too large")
			assert.Equal(t, int64(210000), r.Bytes)
			assert.Equal(t, Hash(bytes.Repeat([]byte("大"), 70000)), r.SHA256)
		default:
			assert.Empty(t, r.Error, r.Path)
			require.NotNil(t, r.Document, r.Path)
			assert.NotEmpty(t, r.Document.Articles, r.Path)
		}
	}
}

func TestStdinPage(t *testing.T) {
	recs, st, _ := run(t, []Input{{Path: "-"}}, Options{Stdin: strings.NewReader("社区新闻\n\n本报讯 居民区今天开展活动。\n")})
	require.Len(t, recs, 1)
	assert.Equal(t, 0, st.Failed)
	assert.Equal(t, "-", recs[0].Path)
	assert.NotNil(t, recs[0].Document)
}

func TestCancel(t *testing.T) {
	root := pages(t, 20)
	in, err := Gather([]string{root}, "*.txt", "", nil)
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	st, err := Run(ctx, in, &out, Options{Jobs: 2, OnRecord: func(*Record) {
		cancel()
	}})
	assert.ErrorIs(t, err, context.Canceled)
	assert.Less(t, st.Pages, len(in))
	records(t, out.Bytes()) // whole lines only
}

// The output does not depend on the number of workers: the same bytes, in
// input order. CI runs it under the race detector.
func TestParallelWorkersSameOutput(t *testing.T) {
	root := pages(t, 40)
	in, err := Gather([]string{root}, "*.txt", "", nil)
	require.NoError(t, err)
	_, _, one := run(t, in, Options{Jobs: 1})
	_, _, four := run(t, in, Options{Jobs: 4})
	assert.Equal(t, string(one), string(four))
}

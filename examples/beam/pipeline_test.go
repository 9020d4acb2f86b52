package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/civicnews/civicnews/internal/batch"
)

func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// TestPipelineMatchesRunner runs the pipeline on prism over the sample
// pages, an undecodable page and a page over the size limit, and checks
// that its shards and dead letter hold exactly the records newsbatch's
// runner writes for the same files, and that its counters agree.
func TestPipelineMatchesRunner(t *testing.T) {
	root := filepath.Join("..", "..", "testdata")
	dir := t.TempDir()
	var n int
	for _, d := range []string{"issues", "handmade"} {
		files, err := filepath.Glob(filepath.Join(root, d, "*.txt"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no sample pages in %s: %v", d, err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, d+"-"+filepath.Base(f)), b, 0o644); err != nil {
				t.Fatal(err)
			}
			n++
		}
	}
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("bad.txt", []byte("标题\n正文\xff\xfe\xff"))
	write("big.txt", bytes.Repeat([]byte("大"), 100000))
	n += 2
	const maxSize = 200000

	out := t.TempDir()
	c := Config{Input: filepath.Join(dir, "*.txt"), Output: filepath.Join(out, "pages"), DeadLetter: filepath.Join(out, "failed"), Shards: 3, MaxSize: maxSize}
	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}

	// The runner's records for the same files.
	inputs, err := batch.Gather([]string{dir}, "*.txt", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	st, err := batch.Run(context.Background(), inputs, &want, batch.Options{Jobs: 2, MaxSize: maxSize})
	if err != nil {
		t.Fatal(err)
	}
	if st.Pages != n || st.Failed != 2 {
		t.Fatalf("runner: %d pages, %d failed; want %d and 2", st.Pages, st.Failed, n)
	}
	wantOK, wantFailed := map[string]string{}, map[string]string{}
	articles, entities := 0, 0
	for _, line := range strings.Split(strings.TrimSuffix(want.String(), "\n"), "\n") {
		path := pathOf(t, line)
		if strings.Contains(line, `"error":`) && !strings.Contains(line, `"document":`) {
			wantFailed[path] = line
		} else {
			wantOK[path] = line
		}
	}
	gotOK := readShards(t, c.Output, c.Shards)
	gotFailed := readShards(t, c.DeadLetter, c.Shards)
	compare(t, "records", wantOK, gotOK)
	compare(t, "dead letter", wantFailed, gotFailed)

	for _, line := range wantOK {
		a, e := countsOf(t, line)
		articles += a
		entities += e
	}
	counters := map[string]int64{}
	for _, cr := range res.Metrics().AllMetrics().Counters() {
		if cr.Namespace() == "civicnews" {
			counters[cr.Name()] += cr.Result()
		}
	}
	for name, want := range map[string]int64{"pages": int64(n), "failures": 2, "articles": int64(articles), "entities": int64(entities)} {
		if counters[name] != want {
			t.Errorf("counter %s = %d, want %d (all: %v)", name, counters[name], want, counters)
		}
	}
}

func readShards(t *testing.T, prefix string, n int) map[string]string {
	t.Helper()
	got := map[string]string{}
	files, err := filepath.Glob(prefix + "-*-of-*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		ok := false
		for i := range n {
			ok = ok || f == ShardName(prefix, i, n)
		}
		if !ok {
			t.Errorf("unexpected output file %s", f)
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
			path := pathOf(t, line)
			if _, dup := got[path]; dup {
				t.Errorf("%s written twice", path)
			}
			got[path] = line
		}
	}
	return got
}

func compare(t *testing.T, what string, want, got map[string]string) {
	t.Helper()
	var missing, extra []string
	for p, w := range want {
		g, ok := got[p]
		if !ok {
			missing = append(missing, p)
			continue
		}
		if g != w {
			t.Errorf("%s: %s differs from the runner's record:\n got %.300s\nwant %.300s", what, p, g, w)
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			extra = append(extra, p)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing) > 0 || len(extra) > 0 {
		t.Errorf("%s: missing %v, extra %v", what, missing, extra)
	}
	if len(want) == 0 {
		t.Errorf("%s: nothing to compare", what)
	}
}

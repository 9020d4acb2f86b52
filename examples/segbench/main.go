package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cli"
	"github.com/civicnews/civicnews/segment"
	"github.com/go-ego/gse"
)

const sample = "斜土街道党工委书记黄科走访恒益居民区"

const usage = `usage: segbench [-gse=false] [-out DIR] SIGHAN_DIR
       segbench -cold ours|gse

Scores the segmenter (and gse) on the SIGHAN 2005 bakeoff test sets found in
SIGHAN_DIR (pku_test.utf8, pku_test_gold.utf8, pku_training_words.utf8 and
the same for msr_; from icwb2-data, fetched separately).
`

// files are the bakeoff files read from SIGHAN_DIR.
var files = []string{"pku_test.utf8", "pku_test_gold.utf8", "pku_training_words.utf8",
	"msr_test.utf8", "msr_test_gold.utf8", "msr_training_words.utf8"}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("segbench", flag.ContinueOnError)
	withGse := fs.Bool("gse", true, "also score gse v1.1.0 with NewEmbed(\"zh\")")
	cold := fs.String("cold", "", "cold-start mode: \"ours\" or \"gse\": load, cut one sentence, print the number of words, exit")
	out := fs.String("out", "", "write our segmentation of each test set to this directory (CORPUS_ours.utf8)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage+"\nFlags:\n")
		fs.PrintDefaults()
	}
	if code, done := cli.ParseFlags(fs, args, stdout, stderr); done {
		return code
	}
	var err error
	switch {
	case *cold == "ours":
		fmt.Fprintln(stdout, len(segment.Words(sample)))
		return 0
	case *cold == "gse":
		var seg gse.Segmenter
		seg, err = gse.NewEmbed("zh")
		if err == nil {
			fmt.Fprintln(stdout, len(seg.Cut(sample, true)))
			return 0
		}
	case *cold != "":
		fmt.Fprintln(stderr, "segbench: -cold must be ours or gse")
		return 2
	case fs.NArg() != 1:
		fs.Usage()
		return 2
	default:
		err = bench(fs.Arg(0), *withGse, *out, stdout)
	}
	if err != nil {
		fmt.Fprintln(stderr, "segbench:", err)
		return 1
	}
	return 0
}

// checkDir reports a clear error unless dir holds the bakeoff's files.
func checkDir(dir string) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a directory: want the SIGHAN 2005 data directory holding %s", dir, strings.Join(files, ", "))
	}
	var missing []string
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			missing = append(missing, f)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%s lacks the SIGHAN 2005 files %s (from icwb2-data, fetched separately)", dir, strings.Join(missing, ", "))
	}
	return nil
}

func bench(dir string, withGse bool, outDir string, stdout io.Writer) error {
	if err := checkDir(dir); err != nil {
		return err
	}
	type cutter struct {
		name string
		cut  func(string) []string
	}
	var cutters []cutter

	heap0 := heapMB()
	t0 := time.Now()
	seg, err := segment.New()
	if err != nil {
		return err
	}
	seg.Words(sample)
	fmt.Fprintf(stdout, "ours: load %v, heap after load %.1f MB\n", time.Since(t0).Round(time.Millisecond), heapMB()-heap0)
	cutters = append(cutters, cutter{"ours", func(s string) []string {
		ws := seg.Words(s)
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = w.Text
		}
		return out
	}})
	if withGse {
		heap0 := heapMB()
		t0 := time.Now()
		gse.ToLower = false // score the text as given, like ours
		g, err := gse.NewEmbed("zh")
		if err != nil {
			return err
		}
		g.Cut(sample, true)
		fmt.Fprintf(stdout, "gse NewEmbed(\"zh\"): load %v, heap after load %.1f MB\n", time.Since(t0).Round(time.Millisecond), heapMB()-heap0)
		cutters = append(cutters, cutter{"gse", func(s string) []string {
			var out []string
			for _, w := range g.Cut(s, true) {
				if strings.TrimSpace(w) != "" {
					out = append(out, w)
				}
			}
			return out
		}})
	}

	fmt.Fprintf(stdout, "\n%-6s %-5s %7s %7s %7s %7s %7s %7s %9s\n", "corpus", "seg", "P", "R", "F", "OOV", "OOV-R", "IV-R", "MB/s")
	for _, corpus := range []string{"pku", "msr"} {
		var test, gold, words []string
		for _, f := range []struct {
			dst  *[]string
			name string
		}{{&test, "_test.utf8"}, {&gold, "_test_gold.utf8"}, {&words, "_training_words.utf8"}} {
			if *f.dst, err = readLines(filepath.Join(dir, corpus+f.name)); err != nil {
				return err
			}
		}
		train := map[string]bool{}
		for _, w := range words {
			train[strings.TrimSpace(w)] = true
		}
		if len(test) != len(gold) {
			return fmt.Errorf("%s: %d test lines but %d gold lines", corpus, len(test), len(gold))
		}
		nbytes := 0
		for _, l := range test {
			nbytes += len(l)
		}
		for _, c := range cutters {
			t0 := time.Now()
			res := make([][]string, len(test))
			for i, l := range test {
				res[i] = c.cut(l)
			}
			el := time.Since(t0)
			if outDir != "" && c.name == "ours" {
				var b strings.Builder
				for _, ws := range res {
					b.WriteString(strings.Join(ws, " "))
					b.WriteByte('\n')
				}
				if err := os.WriteFile(filepath.Join(outDir, corpus+"_ours.utf8"), []byte(b.String()), 0o644); err != nil {
					return err
				}
			}
			sc, err := score(gold, res, train)
			if err != nil {
				return fmt.Errorf("%s: %w", corpus, err)
			}
			fmt.Fprintf(stdout, "%-6s %-5s %7.4f %7.4f %7.4f %7.4f %7.4f %7.4f %9.1f\n", corpus, c.name, sc.p, sc.r, sc.f, sc.oovRate, sc.oovR, sc.ivR, float64(nbytes)/1e6/el.Seconds())
		}
	}
	return nil
}

type scores struct{ p, r, f, oovRate, oovR, ivR float64 }

// words splits a line as the bakeoff scorer does: trim, U+3000 to space,
// drop CR, split on whitespace.
func words(line string) []string {
	line = strings.ReplaceAll(line, "\r", "")
	line = strings.ReplaceAll(line, "\u3000", " ")
	return strings.Fields(strings.TrimSpace(line))
}

// spans returns the [start,end) character offsets of ws.
func spans(ws []string) map[[2]int]string {
	m := make(map[[2]int]string, len(ws))
	p := 0
	for _, w := range ws {
		n := utf8.RuneCountInString(w)
		m[[2]int{p, p + n}] = w
		p += n
	}
	return m
}

// score aligns test and gold words by character offsets over the whole
// corpus (so a line broken differently in the test input still aligns).
func score(gold []string, test [][]string, train map[string]bool) (scores, error) {
	var gw, tw []string
	for i, gl := range gold {
		gw = append(gw, words(gl)...)
		for _, w := range test[i] {
			tw = append(tw, words(w)...)
		}
	}
	if strings.Join(gw, "") != strings.Join(tw, "") {
		return scores{}, errors.New("the segmented characters differ from the gold file's: is it the test set's gold?")
	}
	ts := spans(tw)
	var nOK, nOOV, nOOVOK, nIV, nIVOK int
	for sp, w := range spans(gw) {
		_, ok := ts[sp]
		if ok {
			nOK++
		}
		if train[w] {
			nIV++
			if ok {
				nIVOK++
			}
		} else {
			nOOV++
			if ok {
				nOOVOK++
			}
		}
	}
	var s scores
	s.p = float64(nOK) / float64(len(tw))
	s.r = float64(nOK) / float64(len(gw))
	s.f = 2 * s.p * s.r / (s.p + s.r)
	s.oovRate = float64(nOOV) / float64(len(gw))
	s.oovR = float64(nOOVOK) / float64(nOOV)
	s.ivR = float64(nIVOK) / float64(nIV)
	return s, nil
}

// readLines reads a UTF-8 file's lines; GBK or other bytes are refused.
func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		if !utf8.Valid(sc.Bytes()) {
			return nil, fmt.Errorf("%s:%d: not UTF-8 (use the bakeoff's .utf8 files)", path, n)
		}
		out = append(out, strings.TrimRight(sc.Text(), "\r"))
	}
	return out, sc.Err()
}

func heapMB() float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapAlloc) / (1 << 20)
}

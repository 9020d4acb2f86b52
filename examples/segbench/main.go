// Command segbench scores the segment package against the SIGHAN 2005
// bakeoff test sets (PKU and MSR) and compares it with gse v1.1.0 loaded
// with NewEmbed("zh"), in the same run: precision, recall, F, OOV rate, OOV
// recall and IV recall, plus load time, heap after load and throughput.
//
//	go run ./examples/segbench [-dir ../shared/bench/sighan] [-gse=true]
//
// The bakeoff files are read at run time and never copied: they are for
// research use only. For cold-start timing of a fresh process, run
//
//	go build -o /tmp/segbench ./examples/segbench
//	hyperfine '/tmp/segbench -cold ours' '/tmp/segbench -cold gse'
//
// which loads one segmenter, cuts one sentence and exits.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/civicnews/civicnews/segment"
	"github.com/go-ego/gse"
)

const sample = "斜土街道党工委书记黄科走访恒益居民区"

func main() {
	dir := flag.String("dir", "../shared/bench/sighan", "directory of the SIGHAN 2005 files (pku_test.utf8, pku_test_gold.utf8, pku_training_words.utf8, msr_…)")
	withGse := flag.Bool("gse", true, "also score gse v1.1.0 with NewEmbed(\"zh\")")
	cold := flag.String("cold", "", "cold-start mode: \"ours\" or \"gse\": load, cut one sentence, print it, exit")
	out := flag.String("out", "", "write our segmentation of each test set to this directory (CORPUS_ours.utf8)")
	flag.Parse()

	switch *cold {
	case "":
	case "ours":
		fmt.Println(len(segment.Words(sample)))
		return
	case "gse":
		seg, err := gse.NewEmbed("zh")
		if err != nil {
			fail(err)
		}
		fmt.Println(len(seg.Cut(sample, true)))
		return
	default:
		fail(fmt.Errorf("-cold must be ours or gse"))
	}

	if _, err := os.Stat(filepath.Join(*dir, "pku_test.utf8")); err != nil {
		fail(fmt.Errorf("SIGHAN 2005 data not found in %s (set -dir): %v", *dir, err))
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
		fail(err)
	}
	seg.Words(sample)
	fmt.Printf("ours: load %v, heap after load %.1f MB\n", time.Since(t0).Round(time.Millisecond), heapMB()-heap0)
	cutters = append(cutters, cutter{"ours", func(s string) []string {
		ws := seg.Words(s)
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = w.Text
		}
		return out
	}})
	if *withGse {
		heap0 := heapMB()
		t0 := time.Now()
		gse.ToLower = false // score the text as given, like ours
		g, err := gse.NewEmbed("zh")
		if err != nil {
			fail(err)
		}
		g.Cut(sample, true)
		fmt.Printf("gse NewEmbed(\"zh\"): load %v, heap after load %.1f MB\n", time.Since(t0).Round(time.Millisecond), heapMB()-heap0)
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

	fmt.Printf("\n%-6s %-5s %7s %7s %7s %7s %7s %7s %9s\n", "corpus", "seg", "P", "R", "F", "OOV", "OOV-R", "IV-R", "MB/s")
	for _, corpus := range []string{"pku", "msr"} {
		test := readLines(filepath.Join(*dir, corpus+"_test.utf8"))
		gold := readLines(filepath.Join(*dir, corpus+"_test_gold.utf8"))
		train := map[string]bool{}
		for _, w := range readLines(filepath.Join(*dir, corpus+"_training_words.utf8")) {
			train[strings.TrimSpace(w)] = true
		}
		if len(test) != len(gold) {
			fail(fmt.Errorf("%s: %d test lines but %d gold lines", corpus, len(test), len(gold)))
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
			if *out != "" && c.name == "ours" {
				var b strings.Builder
				for _, ws := range res {
					b.WriteString(strings.Join(ws, " "))
					b.WriteByte('\n')
				}
				if err := os.WriteFile(filepath.Join(*out, corpus+"_ours.utf8"), []byte(b.String()), 0o644); err != nil {
					fail(err)
				}
			}
			sc := score(gold, res, train)
			fmt.Printf("%-6s %-5s %7.4f %7.4f %7.4f %7.4f %7.4f %7.4f %9.1f\n", corpus, c.name, sc.p, sc.r, sc.f, sc.oovRate, sc.oovR, sc.ivR, float64(nbytes)/1e6/el.Seconds())
		}
	}
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
func score(gold []string, test [][]string, train map[string]bool) scores {
	var gw, tw []string
	for i, gl := range gold {
		gw = append(gw, words(gl)...)
		for _, w := range test[i] {
			tw = append(tw, words(w)...)
		}
	}
	if strings.Join(gw, "") != strings.Join(tw, "") {
		fmt.Fprintln(os.Stderr, "warning: segmented characters differ from gold (scores are off)")
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
	return s
}

func readLines(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		fail(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		out = append(out, strings.TrimRight(sc.Text(), "\r"))
	}
	if err := sc.Err(); err != nil {
		fail(err)
	}
	return out
}

func heapMB() float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapAlloc) / (1 << 20)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "segbench:", err)
	os.Exit(1)
}

package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/civicnews/civicnews/entity"
	"github.com/civicnews/civicnews/internal/cli"
)

const usage = `usage: nerbench [-top N] NER_DIR

Scores the entity recogniser on the NER test sets in NER_DIR
(peoples_daily_example.test and msra_test_bio.txt, BIO format, fetched
separately).
`

var files = []struct{ name, file string }{
	{"People's Daily", "peoples_daily_example.test"},
	{"MSRA", "msra_test_bio.txt"},
}

type spanT struct {
	start, end int // rune offsets
	typ        string
}

type sentence struct {
	text  string
	spans []spanT
}

// readBIO reads one char+tag a line files with blank lines between
// sentences. Bytes that are not UTF-8 (a GBK copy) are refused.
func readBIO(path string) ([]sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []sentence
	var sb strings.Builder
	var tags []string
	flush := func() {
		if sb.Len() == 0 {
			return
		}
		s := sentence{text: sb.String()}
		for i := 0; i < len(tags); i++ {
			if strings.HasPrefix(tags[i], "B-") {
				t := tags[i][2:]
				j := i + 1
				for j < len(tags) && tags[j] == "I-"+t {
					j++
				}
				s.spans = append(s.spans, spanT{i, j, t})
				i = j - 1
			}
		}
		out = append(out, s)
		sb.Reset()
		tags = tags[:0]
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if !utf8.Valid(sc.Bytes()) {
			return nil, fmt.Errorf("%s:%d: not UTF-8", path, n)
		}
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		fs := strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '\t' })
		if len(fs) < 2 {
			continue
		}
		sb.WriteString(fs[0])
		tags = append(tags, fs[len(fs)-1])
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no sentences (want one \"char tag\" a line, blank lines between sentences)", path)
	}
	return out, nil
}

func mapKind(k entity.Kind) string {
	switch k {
	case entity.KindPerson:
		return "PER"
	case entity.KindParty, entity.KindGov, entity.KindOrg:
		return "ORG"
	case entity.KindDate:
		return ""
	}
	return "LOC"
}

type prf struct{ tp, fp, fn int }

func (c prf) String() string {
	p := float64(c.tp) / max(1, float64(c.tp+c.fp))
	r := float64(c.tp) / max(1, float64(c.tp+c.fn))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return fmt.Sprintf("P %.3f  R %.3f  F %.3f  (tp %d fp %d fn %d)", p, r, f, c.tp, c.fp, c.fn)
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("nerbench", flag.ContinueOnError)
	top := fs.Int("top", 0, "also list the N most frequent false positives and misses of each set")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage+"\nFlags:\n")
		fs.PrintDefaults()
	}
	if code, done := cli.ParseFlags(fs, args, stdout, stderr); done {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	if err := bench(fs.Arg(0), *top, stdout); err != nil {
		fmt.Fprintln(stderr, "nerbench:", err)
		return 1
	}
	return 0
}

func bench(dir string, top int, stdout io.Writer) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a directory: want the directory holding %s and %s", dir, files[0].file, files[1].file)
	}
	sets := make([][]sentence, len(files))
	for i, f := range files {
		if sets[i], err = readBIO(filepath.Join(dir, f.file)); err != nil {
			return err
		}
	}
	r := entity.Default()
	for i, f := range files {
		sents := sets[i]
		byType := map[string]*prf{"LOC": {}, "ORG": {}, "PER": {}}
		fps, fns := map[string]int{}, map[string]int{}
		start := time.Now()
		nbytes := 0
		for _, s := range sents {
			nbytes += len(s.text)
			gold := map[spanT]bool{}
			for _, sp := range s.spans {
				gold[sp] = true
			}
			pred := map[spanT]bool{}
			for _, e := range r.Find(s.text, entity.Hints{}) {
				t := mapKind(e.Kind)
				if t == "" {
					continue
				}
				st := utf8.RuneCountInString(s.text[:e.Start])
				pred[spanT{st, st + utf8.RuneCountInString(e.Text), t}] = true
			}
			for sp := range pred {
				if gold[sp] {
					byType[sp.typ].tp++
				} else {
					byType[sp.typ].fp++
					fps[sp.typ+" "+runeSlice(s.text, sp.start, sp.end)]++
				}
			}
			for sp := range gold {
				if !pred[sp] {
					if c := byType[sp.typ]; c != nil {
						c.fn++
						fns[sp.typ+" "+runeSlice(s.text, sp.start, sp.end)]++
					}
				}
			}
		}
		el := time.Since(start)
		var all prf
		fmt.Fprintf(stdout, "%s (%s): %d sentences, %.2f MB/s\n", f.name, f.file, len(sents), float64(nbytes)/1e6/el.Seconds())
		for _, t := range []string{"LOC", "ORG", "PER"} {
			c := byType[t]
			all.tp += c.tp
			all.fp += c.fp
			all.fn += c.fn
			fmt.Fprintf(stdout, "  %s  %v\n", t, c)
		}
		fmt.Fprintf(stdout, "  ALL  %v\n", all)
		if top > 0 {
			fmt.Fprintln(stdout, "  false positives:", topN(fps, top))
			fmt.Fprintln(stdout, "  misses:", topN(fns, top))
		}
	}
	return nil
}

func runeSlice(s string, a, b int) string {
	r := []rune(s)
	return string(r[a:b])
}

// topN lists the n most frequent keys of m.
func topN(m map[string]int, n int) string {
	type kv struct {
		k string
		v int
	}
	var l []kv
	for k, v := range m {
		l = append(l, kv{k, v})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v || l[i].v == l[j].v && l[i].k < l[j].k })
	var b strings.Builder
	for i := 0; i < len(l) && i < n; i++ {
		fmt.Fprintf(&b, "%s×%d  ", l[i].k, l[i].v)
	}
	return b.String()
}

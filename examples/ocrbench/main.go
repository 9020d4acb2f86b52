// Command ocrbench renders newspaper-like pages from article text, reads
// them back with tesseract and scores what civicnews.Parse makes of the
// OCR text against the placement truth, next to the trivial baseline
// (tesseract's blank-line blocks as paragraphs).
//
//	go run . -seeds 1-48 -psm 3,4 ../..
//
// The argument is the civicnews repository's root (../.. from here).
// Pages are laid out from the five samples' articles (testdata/issues and
// the shared truth), or with -corpus DIR from the shared corpus' article
// bodies, read at run time only. OCR text is cached (-cache) by page and
// mode so that re-scoring after a change to the library is quick.
// -fixtures DIR writes each page's truth and OCR text for the golden
// tests; -floors FILE fails the run when a figure falls below its floor.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/internal/cli"
	"github.com/civicnews/civicnews/internal/ocrbench"
)

// renderVersion changes whenever the renderer lays pages out differently,
// so that cached OCR of older layouts is not reused.
const renderVersion = "r4"

type job struct {
	page *ocrbench.Page
	psm  int
	text string
}

func main() { os.Exit(runCLI(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

const usage = `usage: ocrbench [flags] ROOT

Renders newspaper pages from article text, reads them with tesseract
(chi_sim) and scores civicnews.Parse on the OCR text against the placement
truth, next to the blank-line baseline. ROOT is the civicnews repository
root (../.. when run from examples/ocrbench).

Flags:
`

// runCLI is main with its arguments and streams, as a Unix tool: -h prints
// the usage, a missing or plain-file ROOT is an error.
func runCLI(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ocrbench", flag.ContinueOnError)
	var (
		truthDir = fs.String("truth", "", "the samples' truth (default ROOT/../shared/truth)")
		corpus   = fs.String("corpus", "", "lay out the article bodies of this corpus (../shared/corpus) instead of the samples")
		seedSpec = fs.String("seeds", "1-48", "page seeds: 1-48 or 1,5,9")
		psmSpec  = fs.String("psm", "3,4", "tesseract page segmentation modes")
		cacheDir = fs.String("cache", filepath.Join(os.TempDir(), "ocrbench-cache"), "where rendered pages' truth and OCR text are kept")
		jobs     = fs.Int("j", 2, "tesseract processes at once")
		fixtures = fs.String("fixtures", "", "write each page's truth and OCR text into this directory")
		floors   = fs.String("floors", "", "a file of `figure floor` lines: fail when the library falls below one")
		verbose  = fs.Bool("v", false, "print each page's figures")
		show     = fs.String("show", "", "print the articles made of one page's OCR text and the paragraphs missed: SEED:PSM")
	)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	if code, done := cli.ParseFlags(fs, args, stdout, stderr); done {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	root := fs.Arg(0)
	if fi, err := os.Stat(root); err != nil || !fi.IsDir() {
		fmt.Fprintf(stderr, "ocrbench: %s: not the repository's root directory\n", root)
		return 1
	}
	if _, err := os.Stat(filepath.Join(root, "testdata", "issues")); err != nil {
		fmt.Fprintf(stderr, "ocrbench: %s: no testdata/issues: not the civicnews repository's root\n", root)
		return 1
	}
	showSpec = *show
	if err := run(root, *truthDir, *corpus, *seedSpec, *psmSpec, *cacheDir, *jobs, *fixtures, *floors, *verbose); err != nil {
		fmt.Fprintln(stderr, "ocrbench:", err)
		return 1
	}
	return 0
}

func run(root, truthDir, corpus, seedSpec, psmSpec, cacheDir string, jobs int, fixtures, floors string, verbose bool) error {
	seeds, err := parseList(seedSpec)
	if err != nil {
		return fmt.Errorf("-seeds: %w", err)
	}
	psms, err := parseList(psmSpec)
	if err != nil {
		return fmt.Errorf("-psm: %w", err)
	}
	var srcs []source
	name := "samples"
	if corpus != "" {
		name = "corpus"
		srcs, err = loadCorpus(corpus)
	} else {
		if truthDir == "" {
			truthDir = filepath.Join(root, "..", "shared", "truth")
		}
		srcs, err = loadSamples(root, truthDir)
	}
	if err != nil {
		return err
	}
	if len(srcs) == 0 {
		return errors.New("no article text to lay out")
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return err
	}
	var fontsOnce sync.Once
	var fs *fontSet
	var fontErr error
	var todo []*job
	for _, seed := range seeds {
		id := fmt.Sprintf("%s-%s-%03d", name, renderVersion, seed)
		truthPath := filepath.Join(cacheDir, id+".json")
		var pg ocrbench.Page
		raw, err := os.ReadFile(truthPath)
		needRender := err != nil
		for _, psm := range psms {
			if _, err := os.Stat(ocrPath(cacheDir, id, psm)); err != nil {
				needRender = true
			}
		}
		if needRender {
			fontsOnce.Do(func() { fs, fontErr = loadFonts() })
			if fontErr != nil {
				return fontErr
			}
			p := makePage(int64(seed), fs, srcs)
			p.truth.ID = id
			img := p.draw()
			p.truth.Scan = p.rng.IntN(5) < 2
			if p.truth.Scan {
				img = scan(img, p.rng)
			}
			pngPath := filepath.Join(cacheDir, id+".png")
			f, err := os.Create(pngPath)
			if err != nil {
				return err
			}
			if err := png.Encode(f, img); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
			if err := ocrAll(cacheDir, id, pngPath, psms, jobs); err != nil {
				return err
			}
			pg = p.truth
			raw, _ = json.MarshalIndent(&pg, "", " ")
			if err := os.WriteFile(truthPath, raw, 0o644); err != nil {
				return err
			}
		} else if err := json.Unmarshal(raw, &pg); err != nil {
			return fmt.Errorf("%s: %w", truthPath, err)
		}
		for _, psm := range psms {
			text, err := os.ReadFile(ocrPath(cacheDir, id, psm))
			if err != nil {
				return err
			}
			todo = append(todo, &job{page: &pg, psm: psm, text: string(text)})
		}
		if fixtures != "" {
			if err := writeFixture(fixtures, &pg, todo[len(todo)-len(psms):]); err != nil {
				return err
			}
		}
	}
	return report(todo, floors, verbose)
}

func ocrPath(dir, id string, psm int) string {
	return filepath.Join(dir, fmt.Sprintf("%s.psm%d.txt", id, psm))
}

// ocrAll reads one page with tesseract in each mode, jobs at once.
func ocrAll(dir, id, png string, psms []int, jobs int) error {
	sem := make(chan struct{}, max(1, jobs))
	errs := make([]error, len(psms))
	var wg sync.WaitGroup
	for k, psm := range psms {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			cmd := exec.Command("tesseract", png, "-", "-l", "chi_sim", "--psm", strconv.Itoa(psm), "--dpi", "300")
			cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
			var out, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &stderr
			if err := cmd.Run(); err != nil {
				errs[k] = fmt.Errorf("tesseract --psm %d %s: %w: %s", psm, png, err, strings.TrimSpace(stderr.String()))
				return
			}
			errs[k] = os.WriteFile(ocrPath(dir, id, psm), out.Bytes(), 0o644)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

func writeFixture(dir string, pg *ocrbench.Page, js []*job) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	raw, err := json.MarshalIndent(pg, "", " ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, pg.ID+".json"), append(raw, '\n'), 0o644); err != nil {
		return err
	}
	for _, j := range js {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s.psm%d.txt", pg.ID, j.psm)), []byte(j.text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func parseList(s string) ([]int, error) {
	var out []int
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if lo, hi, ok := strings.Cut(part, "-"); ok {
			a, err1 := strconv.Atoi(lo)
			b, err2 := strconv.Atoi(hi)
			if err1 != nil || err2 != nil || b < a {
				return nil, fmt.Errorf("bad range %q", part)
			}
			for i := a; i <= b; i++ {
				out = append(out, i)
			}
			continue
		}
		n, err := strconv.Atoi(part)
		if err != nil {
			return nil, fmt.Errorf("bad number %q", part)
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return nil, errors.New("empty list")
	}
	return out, nil
}

var showSpec string

// showPage prints what the library made of one reading and the truth's
// paragraphs it missed.
func showPage(j *job, r ocrbench.Result) {
	for k, a := range r.Articles {
		if c := ocrbench.Score(j.page, ocrbench.Result{Articles: []ocrbench.OutArticle{a}}); c.ArticlesOK == 0 {
			fmt.Print("FALSE ")
		}
		fmt.Printf("ARTICLE %d title=%q reporters=%v correspondents=%v dateline=%q\n", k, a.Title, a.Reporters, a.Correspondents, a.Dateline)
		for _, h := range a.Headings {
			fmt.Printf("  H %s\n", h)
		}
		for _, p := range a.Paragraphs {
			fmt.Printf("  P %s\n", p)
		}
	}
	for _, f := range j.page.Furniture {
		one := ocrbench.Page{Furniture: []ocrbench.Furn{f}}
		if c := ocrbench.Score(&one, r); c.Furniture > c.FurnitureOK {
			fmt.Printf("FURNITURE IN: %q (%s)\n", f.Text, f.Where)
		}
	}
	fmt.Println("MISSED")
	for _, a := range j.page.Articles {
		for _, tp := range a.Paragraphs {
			want := ocrbench.Normalize(tp.Text)
			ok := false
			for _, oa := range r.Articles {
				for _, p := range oa.Paragraphs {
					if ocrbench.Same(want, ocrbench.Normalize(p)) || ocrbench.Same(ocrbench.Normalize(tp.Prefix+tp.Text), ocrbench.Normalize(p)) {
						ok = true
					}
				}
			}
			if !ok {
				// the nearest output paragraph: does it hold more, or less?
				kind := "other"
				for _, oa := range r.Articles {
					for _, p := range oa.Paragraphs {
						np := ocrbench.Normalize(p)
						if len(np) > len(want) && ocrbench.Contains(np, want) {
							kind = "merged"
						} else if kind == "other" && len(np) >= 8 && len(np) < len(want) && ocrbench.Contains(want, np) {
							kind = "split"
						}
					}
				}
				fmt.Printf("  [%s] %s\n", kind, tp.Text)
			}
		}
	}
}

type group struct {
	lib, base ocrbench.Counts
	kept      ocrbench.Kept
}

func report(todo []*job, floors string, verbose bool) error {
	groups := map[string]*group{}
	add := func(key string, lib, base ocrbench.Counts, kept ocrbench.Kept) {
		g := groups[key]
		if g == nil {
			g = &group{}
			groups[key] = g
		}
		g.lib.Add(lib)
		g.base.Add(base)
		g.kept.Add(kept)
	}
	for _, j := range todo {
		d, err := civicnews.Parse([]byte(j.text), civicnews.WithoutEntities())
		if err != nil {
			return fmt.Errorf("%s psm %d: %w", j.page.ID, j.psm, err)
		}
		res := ocrbench.FromDocument(d)
		if showSpec == fmt.Sprintf("%d:%d", j.page.Seed, j.psm) {
			fmt.Println("----- OCR")
			fmt.Println(j.text)
			showPage(j, res)
		}
		lib := ocrbench.Score(j.page, res)
		base := ocrbench.Score(j.page, ocrbench.Baseline(j.text))
		kept := ocrbench.MeasureKept(j.page, j.text)
		scan := "clean"
		if j.page.Scan {
			scan = "scan"
		}
		add("all", lib, base, kept)
		add(fmt.Sprintf("psm %d", j.psm), lib, base, kept)
		add("kind "+j.page.Kind, lib, base, kept)
		add(fmt.Sprintf("cols %d", j.page.Columns), lib, base, kept)
		add("render "+scan, lib, base, kept)
		if verbose {
			fmt.Printf("%s psm%d %s %s kept %d/%d:", j.page.ID, j.psm, j.page.Kind, scan, kept.Chars, kept.CharsOf)
			for _, f := range lib.Figures() {
				fmt.Printf(" %s %d/%d", f.Name, f.OK, f.Of)
			}
			fmt.Println()
		}
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	names := []string{}
	for _, f := range groups["all"].lib.Figures() {
		names = append(names, f.Name)
	}
	fmt.Printf("%-20s %6s", "group", "pages")
	for _, n := range names {
		fmt.Printf(" %18s", n)
	}
	fmt.Println()
	for _, k := range keys {
		g := groups[k]
		fmt.Printf("%-20s %6d", k, g.lib.Pages)
		bf := g.base.Figures()
		for i, f := range g.lib.Figures() {
			fmt.Printf(" %18s", fmt.Sprintf("%.2f (%.2f) /%d", f.Ratio(), bf[i].Ratio(), f.Of))
		}
		fmt.Println()
	}
	fmt.Println("each cell: library (blank-line baseline) /count; pages counts page×psm readings")
	fmt.Printf("\nwhat tesseract kept of the paragraphs' lines (before parsing)\n%-20s %12s %16s\n", "group", "chars kept", "paragraphs whole")
	for _, k := range keys {
		kp := groups[k].kept
		fmt.Printf("%-20s %12.3f %16.3f\n", k, float64(kp.Chars)/float64(max(1, kp.CharsOf)), float64(kp.Paras)/float64(max(1, kp.ParasOf)))
	}
	if floors == "" {
		return nil
	}
	return checkFloors(floors, groups["all"].lib)
}

func checkFloors(path string, c ocrbench.Counts) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	got := map[string]float64{}
	for _, fig := range c.Figures() {
		got[fig.Name] = fig.Ratio()
	}
	var fails []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) != 2 {
			return fmt.Errorf("%s: bad line %q", path, line)
		}
		floor, err := strconv.ParseFloat(fields[1], 64)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		v, ok := got[fields[0]]
		if !ok {
			return fmt.Errorf("%s: unknown figure %q", path, fields[0])
		}
		if v < floor {
			fails = append(fails, fmt.Sprintf("%s %.3f < floor %.3f", fields[0], v, floor))
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if len(fails) > 0 {
		return fmt.Errorf("below the floors: %s", strings.Join(fails, "; "))
	}
	fmt.Println("all floors hold")
	return nil
}

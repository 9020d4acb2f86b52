package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/civicnews/civicnews/internal/cli"
	"github.com/civicnews/civicnews/internal/linemodel"
	"github.com/civicnews/civicnews/internal/linemodel/train"
	_ "github.com/civicnews/civicnews/layout"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

func run(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("structeval", flag.ContinueOnError)
	k := fs.Int("k", 10, "folds; 0 leaves one page out")
	misses := fs.String("misses", "", "list the misses of this set (corpus, samples) or kind")
	lines := fs.Bool("lines", false, "print the cross-validated confusion of line labels instead")
	page := fs.String("page", "", "print the lines of this page with their truth and cross-validated labels instead")
	params := train.DefaultParams
	fs.IntVar(&params.Epochs, "epochs", params.Epochs, "fit: passes over the lines")
	fs.Float64Var(&params.Rate, "rate", params.Rate, "fit: learning rate")
	fs.Float64Var(&params.L2, "l2", params.L2, "fit: weight decay")
	fs.IntVar(&params.TransFolds, "tfolds", params.TransFolds, "fit: folds of the decoder fit (0: transition scores from counts)")
	fs.IntVar(&params.TransEpochs, "tepochs", params.TransEpochs, "fit: passes of the decoder fit")
	fs.BoolVar(&params.TransPrior, "tprior", params.TransPrior, "fit: the decoder fit sets the priors too")
	tw := fs.Float64("tw", float64(params.TransWeight), "decoder: weight of the transition scores")
	ph := fs.Float64("ph", float64(params.Prior[linemodel.Headline]), "decoder: prior of headline")
	pb := fs.Float64("pb", float64(params.Prior[linemodel.Byline]), "decoder: prior of byline")
	po := fs.Float64("po", float64(params.Prior[linemodel.Other]), "decoder: prior of other")
	insample := fs.Bool("insample", false, "with -page: label with the committed weights")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: structeval [flags] SHARED_DIR\n\nCross-validated structure scores of the line model on the annotated pages in\nSHARED_DIR (corpus/, truth/, seeds/).\n\n")
		fs.PrintDefaults()
	}
	if code, done := cli.ParseFlags(fs, args, stdout, stderr); done {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(stderr, "structeval: want one SHARED_DIR, got %d arguments\n", fs.NArg())
		fs.Usage()
		return 2
	}
	shared := fs.Arg(0)
	if fi, err := os.Stat(shared); err != nil || !fi.IsDir() {
		fmt.Fprintf(stderr, "structeval: %s: not a directory of annotated pages\n", shared)
		return 1
	}
	params.TransWeight = float32(*tw)
	params.Prior[linemodel.Headline] = float32(*ph)
	params.Prior[linemodel.Byline] = float32(*pb)
	params.Prior[linemodel.Other] = float32(*po)
	pages, err := train.Load(shared)
	if err != nil {
		fmt.Fprintf(stderr, "structeval: %s: %v\n", shared, err)
		return 1
	}
	exs, err := train.Examples(pages)
	if err != nil {
		fmt.Fprintln(stderr, "structeval:", err)
		return 1
	}
	folds := *k
	if folds <= 0 {
		folds = len(exs)
	}
	if *page != "" {
		for i := range exs {
			if exs[i].Page.ID != *page {
				continue
			}
			var fit []train.Example
			for j := range exs {
				if j%folds != i%folds {
					fit = append(fit, exs[j])
				}
			}
			m := train.Fit(fit, params)
			if *insample {
				m = linemodel.Default()
			}
			got, _ := m.Label(exs[i].Lines)
			for j, l := range exs[i].Lines {
				mark := "  "
				if got[j] != exs[i].Labels[j] {
					mark = "!!"
				}
				fmt.Fprintf(stdout, "%s %-9s %-9s %s\n", mark, exs[i].Labels[j], got[j], l.Text)
			}
		}
		return 0
	}
	if *lines {
		c := train.LineConfusion(exs, folds, params)
		fmt.Fprintf(stdout, "%-10s", "truth\\got")
		for l := range c {
			fmt.Fprintf(stdout, " %9s", linemodel.Label(l))
		}
		fmt.Fprintln(stdout)
		for w := range c {
			fmt.Fprintf(stdout, "%-10s", linemodel.Label(w))
			for g := range c[w] {
				fmt.Fprintf(stdout, " %9d", c[w][g])
			}
			fmt.Fprintln(stdout)
		}
		return 0
	}
	r := train.CrossValidate(exs, folds, params)
	fmt.Fprintf(stdout, "cross-validated over %d pages, %d folds\n\n", len(exs), min(folds, len(exs)))
	cols := []string{"all"}
	tallies := []*train.Tally{r.All}
	for _, m := range []map[string]*train.Tally{r.BySet, r.ByKind} {
		var keys []string
		for key := range m {
			keys = append(keys, key)
		}
		sort.Strings(keys)
		for _, key := range keys {
			cols = append(cols, key)
			tallies = append(tallies, m[key])
		}
	}
	fmt.Fprintf(stdout, "%-22s", "")
	for _, c := range cols {
		fmt.Fprintf(stdout, " %16s", c)
	}
	fmt.Fprintln(stdout)
	for _, metric := range train.Metrics {
		fmt.Fprintf(stdout, "%-22s", metric)
		for _, t := range tallies {
			if t.Of[metric] == 0 {
				fmt.Fprintf(stdout, " %16s", "-")
				continue
			}
			fmt.Fprintf(stdout, " %16s", fmt.Sprintf("%d/%d %5.1f%%", t.Got[metric], t.Of[metric], 100*t.Rate(metric)))
		}
		fmt.Fprintln(stdout)
	}
	if *misses != "" {
		t := r.BySet[*misses]
		if t == nil {
			t = r.ByKind[*misses]
		}
		if t != nil {
			fmt.Fprintln(stdout)
			for _, m := range t.Misses {
				fmt.Fprintln(stdout, m)
			}
		}
	}
	return 0
}

// Command structeval prints cross-validated structure scores of the line
// model: every annotated page of the shared material (../shared/corpus and
// the samples) is parsed with weights fitted on the other folds only, and
// scored as the project's scorer does (article recall and precision by
// whole headline, body first and last, reporters, correspondents,
// dateline, boilerplate), over all pages, per set and per page kind.
//
//	go run ./examples/structeval                 # 10-fold
//	go run ./examples/structeval -k 0            # leave one page out
//	go run ./examples/structeval -misses corpus  # and list the misses
//
// These are the only accuracy figures of the model that may be quoted:
// in-sample figures (the committed weights scored on the pages they were
// fitted on) say little about pages the model has never seen.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"

	"github.com/civicnews/civicnews/internal/linemodel"
	"github.com/civicnews/civicnews/internal/linemodel/train"
	_ "github.com/civicnews/civicnews/layout"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared material")
	k := flag.Int("k", 10, "folds; 0 leaves one page out")
	misses := flag.String("misses", "", "list the misses of this set (corpus, samples) or kind")
	lines := flag.Bool("lines", false, "print the cross-validated confusion of line labels instead")
	page := flag.String("page", "", "print the lines of this page with their truth and cross-validated labels instead")
	params := train.DefaultParams
	flag.IntVar(&params.Epochs, "epochs", params.Epochs, "fit: passes over the lines")
	flag.Float64Var(&params.Rate, "rate", params.Rate, "fit: learning rate")
	flag.Float64Var(&params.L2, "l2", params.L2, "fit: weight decay")
	tw := flag.Float64("tw", float64(params.TransWeight), "decoder: weight of the transition scores")
	ph := flag.Float64("ph", float64(params.Prior[linemodel.Headline]), "decoder: prior of headline")
	pb := flag.Float64("pb", float64(params.Prior[linemodel.Byline]), "decoder: prior of byline")
	po := flag.Float64("po", float64(params.Prior[linemodel.Other]), "decoder: prior of other")
	insample := flag.Bool("insample", false, "with -page: label with the committed weights")
	flag.Parse()
	params.TransWeight = float32(*tw)
	params.Prior[linemodel.Headline] = float32(*ph)
	params.Prior[linemodel.Byline] = float32(*pb)
	params.Prior[linemodel.Other] = float32(*po)
	pages, err := train.Load(*shared)
	if err != nil {
		fmt.Fprintln(os.Stderr, "structeval:", err)
		os.Exit(1)
	}
	exs, err := train.Examples(pages)
	if err != nil {
		fmt.Fprintln(os.Stderr, "structeval:", err)
		os.Exit(1)
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
				fmt.Printf("%s %-9s %-9s %s\n", mark, exs[i].Labels[j], got[j], l.Text)
			}
		}
		return
	}
	if *lines {
		c := train.LineConfusion(exs, folds, params)
		fmt.Printf("%-10s", "truth\\got")
		for l := range c {
			fmt.Printf(" %9s", linemodel.Label(l))
		}
		fmt.Println()
		for w := range c {
			fmt.Printf("%-10s", linemodel.Label(w))
			for g := range c[w] {
				fmt.Printf(" %9d", c[w][g])
			}
			fmt.Println()
		}
		return
	}
	r := train.CrossValidate(exs, folds, params)
	fmt.Printf("cross-validated over %d pages, %d folds\n\n", len(exs), min(folds, len(exs)))
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
	fmt.Printf("%-22s", "")
	for _, c := range cols {
		fmt.Printf(" %16s", c)
	}
	fmt.Println()
	for _, metric := range train.Metrics {
		fmt.Printf("%-22s", metric)
		for _, t := range tallies {
			if t.Of[metric] == 0 {
				fmt.Printf(" %16s", "-")
				continue
			}
			fmt.Printf(" %16s", fmt.Sprintf("%d/%d %5.1f%%", t.Got[metric], t.Of[metric], 100*t.Rate(metric)))
		}
		fmt.Println()
	}
	if *misses != "" {
		t := r.BySet[*misses]
		if t == nil {
			t = r.ByKind[*misses]
		}
		if t != nil {
			fmt.Println()
			for _, m := range t.Misses {
				fmt.Println(m)
			}
		}
	}
}

package train

import (
	"github.com/civicnews/civicnews/internal/linemodel"
	"github.com/civicnews/civicnews/layout"
	"github.com/civicnews/civicnews/parse"
)

// Result holds cross-validated tallies: over all pages, and per page set
// (corpus, samples) and per page kind.
type Result struct {
	All    *Tally
	BySet  map[string]*Tally
	ByKind map[string]*Tally
}

// outOfFold returns the pages not in fold (page i is in fold i mod k):
// the pages a model for that fold is fitted on.
func outOfFold(exs []Example, k, fold int) []Example {
	var fit []Example
	for i := range exs {
		if i%k != fold {
			fit = append(fit, exs[i])
		}
	}
	return fit
}

// CrossValidate scores every page with a model fitted on the other folds:
// page i is in fold i mod k (k ≥ 2; k = len(exs) leaves one page out).
func CrossValidate(exs []Example, k int, p Params) *Result {
	r := &Result{All: NewTally(), BySet: map[string]*Tally{}, ByKind: map[string]*Tally{}}
	k = max(2, min(k, len(exs)))
	for fold := 0; fold < k; fold++ {
		m := Fit(outOfFold(exs, k, fold), p)
		for i := fold; i < len(exs); i += k {
			ScorePage(exs[i].Page, m, r)
		}
	}
	return r
}

// ScorePage parses a page with the given model and adds its score to r.
func ScorePage(pg *Page, m *linemodel.Model, r *Result) {
	d, err := parse.Parse(pg.Src, parse.WithLayoutOptions(layout.WithLineModel(m)))
	t := NewTally()
	if err != nil {
		d = &parse.Document{}
	}
	Score(&pg.Truth, d, t)
	r.All.Add(t)
	set := r.BySet[pg.Set]
	if set == nil {
		set = NewTally()
		r.BySet[pg.Set] = set
	}
	set.Add(t)
	kind := r.ByKind[pg.Kind]
	if kind == nil {
		kind = NewTally()
		r.ByKind[pg.Kind] = kind
	}
	kind.Add(t)
}

// LineConfusion counts, over k folds, the decoded label of every line
// (column) against the label its truth gives (row).
func LineConfusion(exs []Example, k int, p Params) [linemodel.NumLabels][linemodel.NumLabels]int {
	var c [linemodel.NumLabels][linemodel.NumLabels]int
	k = max(2, min(k, len(exs)))
	for fold := 0; fold < k; fold++ {
		m := Fit(outOfFold(exs, k, fold), p)
		for i := fold; i < len(exs); i += k {
			got, _ := m.Label(exs[i].Lines)
			for j, want := range exs[i].Labels {
				c[want][got[j]]++
			}
		}
	}
	return c
}

package train

import (
	"math"
	"slices"

	"github.com/civicnews/civicnews/internal/linemodel"
)

// Params are the settings of a fit.
type Params struct {
	Epochs      int     // passes over the lines
	Rate        float64 // AdaGrad learning rate
	L2          float64 // weight decay per line
	TransWeight float32 // the decoder's weight of transition scores
	Prior       [linemodel.NumLabels]float32
	// TransFolds, when 2 or more, fits the transition scores and the
	// priors to the decoder (see fitDecoder) on line scores made by models
	// fitted without each page, in this many folds; TransEpochs passes.
	TransFolds  int
	TransEpochs int
	TransPrior  bool // the perceptron fits the priors too
}

// DefaultParams are the settings the committed weights were fitted with.
var DefaultParams = Params{Epochs: 40, Rate: 0.1, L2: 1e-5, TransWeight: 1, TransFolds: 0, TransEpochs: 10}

// Fit fits a model on the labelled lines of the examples: multinomial
// logistic regression by AdaGrad, lines visited in a fixed order (so the
// weights are the same on every run), and transition scores from the
// label bigrams, add-one smoothed.
func Fit(exs []Example, p Params) *linemodel.Model {
	m := fitLines(exs, p)
	if p.TransFolds >= 2 && len(exs) >= p.TransFolds {
		fitDecoder(m, exs, p)
	}
	return m
}

// fitDecoder fits the transition scores and the priors of m to the
// decoder with an averaged structured perceptron: every page is decoded
// with line scores from a model fitted on the other folds (scores on the
// lines a model was fitted on are surer than on new pages), and where the
// decoded labels differ from the truth's, the truth's transitions and
// labels gain and the decoded ones lose. The count-based transition
// scores are the starting point.
func fitDecoder(m *linemodel.Model, exs []Example, p Params) {
	const L = int(linemodel.NumLabels)
	k := p.TransFolds
	scores := make([][]float32, len(exs))
	for fold := 0; fold < k; fold++ {
		fm := fitLines(outOfFold(exs, k, fold), p)
		for i := fold; i < len(exs); i += k {
			scores[i] = fm.Scores(linemodel.Features(exs[i].Lines))
		}
	}
	ties := make([][]bool, len(exs))
	for i := range exs {
		ties[i] = linemodel.Ties(exs[i].Lines)
	}
	cur := *m
	const rate = 0.1
	var sumT [L + 1][L]float64
	var sumP [L]float64
	steps := 0
	for ep := 0; ep < p.TransEpochs; ep++ {
		for i := range exs {
			// the line scores hold the priors the fold models had (p.Prior)
			s := slices.Clone(scores[i])
			for j := range s {
				s[j] += cur.Prior[j%L] - p.Prior[j%L]
			}
			got := cur.Decode(s, ties[i])
			want := exs[i].Labels
			pg, pw := L, L
			for j := range want {
				g, w := int(got[j]), int(want[j])
				if g != w || pg != pw {
					cur.Trans[pw][w] += rate / cur.TransWeight
					cur.Trans[pg][g] -= rate / cur.TransWeight
				}
				if g != w && p.TransPrior {
					cur.Prior[w] += rate
					cur.Prior[g] -= rate
				}
				pg, pw = g, w
			}
			for a := range sumT {
				for c := range sumT[a] {
					sumT[a][c] += float64(cur.Trans[a][c])
				}
			}
			for l := range sumP {
				sumP[l] += float64(cur.Prior[l])
			}
			steps++
		}
	}
	for a := range sumT {
		for c := range sumT[a] {
			m.Trans[a][c] = float32(sumT[a][c] / float64(steps))
		}
	}
	for l := range sumP {
		m.Prior[l] = float32(sumP[l] / float64(steps))
	}
}

// fitLines fits the line scores of a model and its count-based
// transition scores.
func fitLines(exs []Example, p Params) *linemodel.Model {
	const L, D = int(linemodel.NumLabels), linemodel.NumFeatures
	type row struct {
		f []float32
		y int
	}
	var rows []row
	m := &linemodel.Model{TransWeight: p.TransWeight, Prior: p.Prior}
	var trans [L + 1][L]float64
	for _, ex := range exs {
		feats := linemodel.Features(ex.Lines)
		prev := L
		for i, y := range ex.Labels {
			rows = append(rows, row{feats[i*D : (i+1)*D], int(y)})
			trans[prev][y]++
			prev = int(y)
		}
	}
	for a := 0; a <= L; a++ {
		tot := 0.0
		for c := 0; c < L; c++ {
			tot += trans[a][c] + 1
		}
		for c := 0; c < L; c++ {
			m.Trans[a][c] = float32(math.Log((trans[a][c] + 1) / tot))
		}
	}
	var w [L][D + 1]float64
	var g2 [L][D + 1]float64
	prob := make([]float64, L)
	// visit the rows in a fixed scrambled order: consecutive lines are alike
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	seed := uint64(1)
	for i := len(order) - 1; i > 0; i-- {
		seed = seed*6364136223846793005 + 1442695040888963407
		j := int((seed >> 33) % uint64(i+1))
		order[i], order[j] = order[j], order[i]
	}
	for ep := 0; ep < p.Epochs; ep++ {
		for _, ri := range order {
			r := rows[ri]
			mx := math.Inf(-1)
			for l := 0; l < L; l++ {
				s := w[l][D]
				for k, v := range r.f {
					if v != 0 {
						s += w[l][k] * float64(v)
					}
				}
				prob[l] = s
				mx = math.Max(mx, s)
			}
			z := 0.0
			for l := range prob {
				prob[l] = math.Exp(prob[l] - mx)
				z += prob[l]
			}
			for l := 0; l < L; l++ {
				g := prob[l] / z
				if l == r.y {
					g--
				}
				for k, v := range r.f {
					if v == 0 {
						continue
					}
					gk := g*float64(v) + p.L2*w[l][k]
					g2[l][k] += gk * gk
					w[l][k] -= p.Rate * gk / (math.Sqrt(g2[l][k]) + 1e-8)
				}
				g2[l][D] += g * g
				w[l][D] -= p.Rate * g / (math.Sqrt(g2[l][D]) + 1e-8)
			}
		}
	}
	for l := 0; l < L; l++ {
		for k := 0; k < D; k++ {
			m.W[l][k] = float32(w[l][k])
		}
		m.Bias[l] = float32(w[l][D])
	}
	return m
}

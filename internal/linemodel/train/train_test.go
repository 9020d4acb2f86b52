package train_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews/internal/linemodel"
	"github.com/civicnews/civicnews/internal/linemodel/train"
	"github.com/civicnews/civicnews/internal/testutil"
	_ "github.com/civicnews/civicnews/layout" // sets linemodel.PageLines
)

func ExampleDerive() {
	src := "首页 > 新闻\n\n城东镇三个村完成人居环境整治\n\n记者 王明\n\n" +
		"近日，城东镇三个村相继完成人居环境整治提升工程。\n\n村容村貌明显改观。\n\n责任编辑：赵明\n"
	last := "村容村貌明显改观。"
	t := train.Truth{
		Articles: []train.Article{{Headline: []string{"城东镇三个村完成人居环境整治"}, Reporters: []string{"王明"},
			BodyFirst: "近日，城东镇三个村相继", BodyLast: &last}},
		Boilerplate: []string{"首页 > 新闻", "责任编辑：赵明"},
	}
	lines, spans, source, err := linemodel.PageLines([]byte(src))
	if err != nil {
		panic(err)
	}
	for i, l := range train.Derive(&t, lines, spans, source) {
		fmt.Println(l, lines[i].Text)
	}
	// Output:
	// furniture 首页 > 新闻
	// headline 城东镇三个村完成人居环境整治
	// byline 记者 王明
	// body 近日，城东镇三个村相继完成人居环境整治提升工程。
	// body 村容村貌明显改观。
	// furniture 责任编辑：赵明
}

func load(t *testing.T) []train.Example {
	t.Helper()
	pages, err := train.Load(train.SharedDir(testutil.Root()))
	if errors.Is(err, train.ErrNoShared) {
		t.Skip("no shared material (../shared)")
	}
	require.NoError(t, err)
	exs, err := train.Examples(pages)
	require.NoError(t, err)
	return exs
}

// TestWeightsCurrent refits the model on the shared pages and checks that
// the committed weights (weights.go) are what the generator makes: run
// go generate ./internal/linemodel when it fails.
func TestWeightsCurrent(t *testing.T) {
	exs := load(t)
	m := train.Fit(exs, train.DefaultParams)
	d := linemodel.Default()
	close := func(a, b float32) bool { return math.Abs(float64(a-b)) <= 2e-3*math.Max(1, math.Abs(float64(b))) }
	for l := range m.W {
		for k := range m.W[l] {
			if !close(m.W[l][k], d.W[l][k]) {
				t.Fatalf("weight %d/%d: fitted %g, committed %g: run go generate ./internal/linemodel", l, k, m.W[l][k], d.W[l][k])
			}
		}
		require.True(t, close(m.Bias[l], d.Bias[l]), "bias %d", l)
	}
	for a := range m.Trans {
		for c := range m.Trans[a] {
			require.True(t, close(m.Trans[a][c], d.Trans[a][c]), "transition %d→%d", a, c)
		}
	}
	assert.Equal(t, m.TransWeight, d.TransWeight)
	assert.Equal(t, m.Prior, d.Prior)
}

// TestCrossValidation scores every shared page with weights fitted on the
// other folds and holds the corpus figures to floors a little under those
// the README quotes (examples/structeval prints them).
func TestCrossValidation(t *testing.T) {
	if testing.Short() {
		t.Skip("cross-validation fits ten models: not in -short")
	}
	exs := load(t)
	r := train.CrossValidate(exs, 10, train.DefaultParams)
	corpus := r.BySet["corpus"]
	require.NotNil(t, corpus)
	floors := map[string]float64{
		"articles.recall": 0.85, "articles.precision": 0.90, "body.first": 0.93, "body.last": 0.89,
		"byline.reporters": 0.95, "byline.correspondents": 0.98, "dateline": 0.97, "boilerplate": 0.95,
	}
	for _, metric := range train.Metrics {
		rate := corpus.Rate(metric)
		t.Logf("%-22s %d/%d %.1f%%", metric, corpus.Got[metric], corpus.Of[metric], 100*rate)
		assert.GreaterOrEqual(t, rate, floors[metric], metric)
	}
}

// TestFitDeterministic fits twice on the same lines and gets the same
// weights.
func TestFitDeterministic(t *testing.T) {
	lines := []linemodel.Line{{Text: "首页 > 新闻"}, {Text: "标题在这里"}, {Text: "正文写在这里，内容已经结束了。"}}
	ex := train.Example{Lines: lines, Labels: []linemodel.Label{linemodel.Furniture, linemodel.Headline, linemodel.Body}}
	p := train.DefaultParams
	p.Epochs = 3
	a := train.Fit([]train.Example{ex}, p)
	b := train.Fit([]train.Example{ex}, p)
	assert.Equal(t, a, b)
}

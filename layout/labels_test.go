package layout

import (
	"github.com/civicnews/civicnews/internal/linemodel"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// labelCase is one page of testdata/labels.txt: its rows, each a label
// and the text of a line.
type labelCase struct {
	name   string
	labels []LineLabel
	texts  []string
}

func readLabelCases(t *testing.T) []labelCase {
	t.Helper()
	raw, err := os.ReadFile("testdata/labels.txt")
	require.NoError(t, err)
	var out []labelCase
	for _, chunk := range strings.Split("\n"+string(raw), "\n=== ")[1:] {
		head, body, _ := strings.Cut(chunk, "\n")
		c := labelCase{name: strings.TrimSpace(head)}
		for _, row := range strings.Split(strings.TrimSpace(body), "\n") {
			label, text, ok := strings.Cut(row, "\t")
			require.True(t, ok, "row %q of %q has no tab", row, c.name)
			c.labels = append(c.labels, LineLabel(label))
			c.texts = append(c.texts, text)
		}
		out = append(out, c)
	}
	return out
}

// TestLineLabels runs the fitted line model on the hand-written pages of
// testdata/labels.txt. A statistical model is not held to every row: the
// misses are logged, and the share of rows labelled as written must stay
// at or above the floor.
func TestLineLabels(t *testing.T) {
	cases := readLabelCases(t)
	require.GreaterOrEqual(t, len(cases), 7)
	held, rows := 0, 0
	for _, c := range cases {
		d := analyze(t, strings.Join(c.texts, "\n\n"))
		var got []LineLabel
		for _, l := range d.Lines {
			if !l.Blank {
				got = append(got, l.Label)
			}
		}
		require.Len(t, got, len(c.labels), c.name)
		for i := range c.labels {
			rows++
			if got[i] == c.labels[i] {
				held++
			} else {
				t.Logf("%s: %q labelled %s, want %s", c.name, c.texts[i], got[i], c.labels[i])
			}
		}
	}
	t.Logf("%d/%d rows labelled as written", held, rows)
	assert.GreaterOrEqual(t, float64(held)/float64(rows), 0.85)
}

// TestLabelsCoverLines checks that every non-blank line has a label and
// every blank line none.
func TestLabelsCoverLines(t *testing.T) {
	d := analyze(t, "标题\n\n\n正文第一段写完了。\n  \n第二段。")
	for _, l := range d.Lines {
		if l.Blank {
			assert.Empty(t, l.Label)
		} else {
			assert.NotEmpty(t, l.Label, l.Text)
		}
	}
}

// TestNamesWriters checks the bylines that stay bylines whatever the line
// model reads: a writer's role word opening the line, in a bracket or not,
// and a name after it.
func TestNamesWriters(t *testing.T) {
	for text, want := range map[string]bool{
		"（记者 王明 通讯员 李华）": true,
		"(记者 王明)":        true,
		"记者 王明 通讯员 李华":   true,
		"通讯员 李华":         true,
		"责任编辑：王明":        false, // an editor's credit is page furniture
		"摄影 李华":          false, // a photographer does not write the article
		"（王明 李华）":        false, // an unlabelled author tail is the model's to judge
		"记者节活动在社区举行":     false,
	} {
		assert.Equal(t, want, namesWriters(text), text)
	}
}

// TestWritersBylineOverridesModel checks that a line naming the writers
// after their role word is a byline even where the line model reads every
// line as furniture (as it may a bracketed byline closing an OCR'd column),
// while an editor's credit stays furniture.
func TestWritersBylineOverridesModel(t *testing.T) {
	var m linemodel.Model
	m.Bias[linemodel.Furniture] = 10
	page := strings.Join([]string{
		"本月以来，街道各居民区陆续开展邻里节活动，居民们走出家门，参加游园、义诊和旧物交换。",
		"（记者 王明 通讯员 李华）",
		"责任编辑：赵强",
	}, "\n\n")
	d := analyze(t, page, WithLineModel(&m))
	var got []LineLabel
	for _, l := range d.Lines {
		if !l.Blank {
			got = append(got, l.Label)
		}
	}
	assert.Equal(t, []LineLabel{LabelFurniture, LabelByline, LabelFurniture}, got)
}

package linemodel_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews/internal/linemodel"
)

func page(texts ...string) []linemodel.Line {
	out := make([]linemodel.Line, len(texts))
	for i, t := range texts {
		out[i] = linemodel.Line{Text: t, BlankBefore: 1}
	}
	return out
}

func ExampleModel_Label() {
	lines := page(
		"当前位置：首页 > 新闻中心 > 街镇动态",
		"南湖街道建成首个“家门口”养老服务站",
		"来源：南湖街道办事处 发布时间：2024-03-12 09:30",
		"3月11日，南湖街道首个嵌入式养老服务站在桂园社区正式投入使用，为周边2000余名老年人提供助餐、助浴、康复理疗等服务。",
		"服务站由街道委托专业机构运营，居民可通过社区服务热线预约上门服务，街道还将在另外3个社区建设同类服务站。",
	)
	labels, _ := linemodel.Default().Label(lines)
	for i, l := range labels {
		fmt.Println(l, lines[i].Text[:12])
	}
	// Output:
	// furniture 当前位置
	// headline 南湖街道
	// furniture 来源：南
	// body 3月11日，
	// body 服务站由
}

func TestScoresAreProbabilities(t *testing.T) {
	m := linemodel.Default()
	lines := page("标题在这里", "正文写在这里，内容已经结束了。", "扫描二维码关注我们")
	s := m.Scores(linemodel.Features(lines))
	require.Len(t, s, len(lines)*int(linemodel.NumLabels))
	for i := range lines {
		sum := 0.0
		for l := 0; l < int(linemodel.NumLabels); l++ {
			sum += math.Exp(float64(s[i*int(linemodel.NumLabels)+l] - m.Prior[l]))
		}
		assert.InDelta(t, 1, sum, 1e-4, "line %d", i)
	}
}

func TestDecodeFollowsTransitions(t *testing.T) {
	// two lines whose scores tie: the transitions decide
	var m linemodel.Model
	m.TransWeight = 1
	for a := range m.Trans {
		for c := range m.Trans[a] {
			m.Trans[a][c] = -5
		}
	}
	m.Trans[linemodel.NumLabels][linemodel.Headline] = 0
	m.Trans[linemodel.Headline][linemodel.Body] = 0
	scores := make([]float32, 2*int(linemodel.NumLabels))
	got := m.Decode(scores, nil)
	assert.Equal(t, []linemodel.Label{linemodel.Headline, linemodel.Body}, got)
	// a tie keeps the second line's label that of the first
	got = m.Decode(scores, []bool{false, true})
	assert.Equal(t, got[0], got[1])
}

func TestTies(t *testing.T) {
	lines := page("这些天，社区卫生服务中心的家庭医生团队坚持每周上", "门。", "下一段正文开始了。")
	lines[0].Det = 0
	tie := linemodel.Ties(lines)
	assert.Equal(t, []bool{false, true, false}, tie)
	open := page("参加会议的有派出所和", "卫生中心。")
	open[0].Det = linemodel.DetDangling
	assert.True(t, linemodel.Ties(open)[1])
}

func TestEmptyPage(t *testing.T) {
	labels, scores := linemodel.Default().Label(nil)
	assert.Empty(t, labels)
	assert.Empty(t, scores)
}

func TestDeterministic(t *testing.T) {
	lines := page("首页 > 新闻", "标题", "正文写在这里，内容已经结束了。")
	a, _ := linemodel.Default().Label(lines)
	b, _ := linemodel.Default().Label(lines)
	assert.Equal(t, a, b)
}

// BenchmarkLabel labels a page of 40 lines.
func BenchmarkLabel(b *testing.B) {
	var texts []string
	for i := 0; i < 40; i++ {
		texts = append(texts, "3月11日，南湖街道首个嵌入式养老服务站在桂园社区正式投入使用，为周边2000余名老年人提供服务。")
	}
	lines := page(texts...)
	n := 0
	for _, l := range lines {
		n += len(l.Text)
	}
	b.SetBytes(int64(n))
	m := linemodel.Default()
	for b.Loop() {
		m.Label(lines)
	}
}

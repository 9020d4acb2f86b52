package segment

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkWords verifies the offset and coverage rules of Words: each word
// slices back to its text, words are in order without overlap, and the gaps
// between them hold only whitespace.
func checkWords(t testing.TB, text string, ws []Word) {
	t.Helper()
	prev := 0
	for i, w := range ws {
		require.GreaterOrEqual(t, w.Start, prev, "word %d %q overlaps or goes back", i, w.Text)
		require.Less(t, w.Start, w.End, "word %d is empty", i)
		require.LessOrEqual(t, w.End, len(text))
		require.Equal(t, text[w.Start:w.End], w.Text, "word %d does not slice back", i)
		require.NotEmpty(t, w.POS, "word %d %q has no POS", i, w.Text)
		if !utf8.ValidString(w.Text) {
			require.Equal(t, 1, len(w.Text), "invalid UTF-8 must come one byte a word: %q", w.Text)
			require.Equal(t, POSUnknown, w.POS)
		}
		gap := text[prev:w.Start]
		require.Empty(t, strings.TrimFunc(gap, unicode.IsSpace), "bytes %d-%d not covered: %q", prev, w.Start, gap)
		require.True(t, utf8.ValidString(gap))
		prev = w.End
	}
	rest := text[prev:]
	require.Empty(t, strings.TrimFunc(rest, unicode.IsSpace), "tail not covered: %q", rest)
}

func texts(ws []Word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Text
	}
	return out
}

func issues(t testing.TB) map[string]string {
	paths, err := filepath.Glob("../testdata/issues/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, paths, "no sample issues in ../testdata/issues")
	out := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		out[filepath.Base(p)] = string(b)
	}
	return out
}

func TestWordsIssuesCoverage(t *testing.T) {
	for name, text := range issues(t) {
		ws := Words(text)
		require.NotEmpty(t, ws, name)
		checkWords(t, text, ws)
	}
}

func TestWordsExampleSentence(t *testing.T) {
	got := texts(Words("斜土街道党工委书记黄科走访恒益居民区"))
	assert.Equal(t, []string{"斜土街道", "党工委书记", "黄科", "走访", "恒益居民区"}, got)
	// gse with its own dictionary gives 斜 土 街道 党工委 书记 黄 科 走访 恒 益 居民区.

	// A district and its bodies: the district stays whole.
	for in, want := range map[string][]string{
		"徐汇区生态环境局": {"徐汇区", "生态环境局"},
		"徐汇区人大常委会": {"徐汇区", "人大常委会"},
		"老西门街道党工委": {"老西门街道", "党工委"},
		"凌云路街道办事处": {"凌云路街道", "办事处"},
	} {
		assert.Equal(t, want, texts(Words(in)), in)
	}
}

// civicTerms must come out whole, alone and inside a sentence.
var civicTerms = []string{
	"街道党工委", "居民区党总支", "办事处", "城运中心", "区人大常委会", "党工委", "区委", "区政府",
	"区政协", "政法委", "一网统管", "一网通办", "15分钟社区生活圈", "美丽家园", "加梯", "旧改",
	"居委会", "居民区", "街道办事处", "居民区党支部", "党总支", "党支部", "区人大", "市政协",
	"区纪委", "纪工委", "区委组织部", "区委宣传部", "区委统战部", "城市运行管理中心",
	"网格化管理中心", "社区事务受理服务中心", "社区卫生服务中心", "社区文化活动中心",
	"党群服务中心", "党群服务站", "新时代文明实践中心", "村委会", "居民委员会", "业委会",
	"业主委员会", "社区代表会议", "房管局", "民政局", "市场监管局", "绿化市容局",
	"建管委", "卫健委", "生态环境局", "本报讯", "党工委书记", "党工委副书记", "办事处主任", "居委会主任",
	"楼组长", "网格员", "社区民警", "社区生活圈", "美丽庭院", "美丽街区", "加装电梯",
	"旧区改造", "城市更新", "垃圾分类", "老旧小区", "适老化", "精细化管理", "基层治理",
	"社区治理", "全过程人民民主", "人民城市", "家门口服务站", "睦邻点", "自治金", "长者食堂",
	"综合为老服务中心", "两新组织", "区域化党建", "12345市民服务热线", "随申办", "售后公房",
	"斜土街道", "恒益居民区", "徐汇", "浦东", "徐家汇街道", "老西门街道",
}

func TestCivicTermsWhole(t *testing.T) {
	require.GreaterOrEqual(t, len(civicTerms), 60)
	for _, term := range civicTerms {
		assert.Equal(t, []string{term}, texts(Words(term)), "alone")
		for _, frame := range []string{"今天%s召开会议。", "%s", "据%s介绍，"} {
			text := strings.Replace(frame, "%s", term, 1)
			assert.Contains(t, texts(Words(text)), term, "in %q", text)
		}
	}
}

// divisionsDir is ../shared/data/admin-divisions relative to the module
// root.
func divisionsDir(t testing.TB) string {
	dir := filepath.Join("..", "..", "shared", "data", "admin-divisions")
	if _, err := os.Stat(filepath.Join(dir, "divisions-nbs2023.csv")); err != nil {
		t.Skip("division tables not found at", dir)
	}
	return dir
}

func TestShanghaiTownshipsWhole(t *testing.T) {
	f, err := os.Open(filepath.Join(divisionsDir(t), "divisions-nbs2023.csv"))
	require.NoError(t, err)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	n, short := 0, 0
	for _, r := range recs[1:] {
		code, name, level := r[0], r[1], r[3]
		if !strings.HasPrefix(code, "31") || level != "4" {
			continue
		}
		if strings.IndexFunc(name, unicode.IsPunct) >= 0 {
			continue // 中国（上海）自由贸易试验区（保税片区）: punctuation always splits
		}
		n++
		forms := []string{name}
		if s, ok := strings.CutSuffix(name, "路街道"); ok {
			forms = append(forms, s+"街道")
			short++
		}
		for _, form := range forms {
			assert.Equal(t, []string{form}, texts(Words(form)), "alone")
			text := "近日，" + form + "召开居民区书记例会。"
			assert.Contains(t, texts(Words(text)), form, "in %q", text)
		}
	}
	assert.Greater(t, n, 200)
	assert.Greater(t, short, 40)
}

func TestWordsNumbersAndPunctuation(t *testing.T) {
	cases := map[string][]string{
		"二○○一年十二月三十一日": {"二○○一年", "十二月", "三十一日"},
		"2023年1月9日":    {"2023年", "1月", "9日"},
		"增长１７％，达3.5亿":  {"增长", "１７％", "，", "达", "3.5", "亿"},
		"”，":           {"”", "，"},
		"——新年贺词":       {"——", "新年", "贺词"},
		"气温－9℃":        {"气温", "－9", "℃"},
		"GDP增长":        {"GDP", "增长"},
		"ＷＴＯ规则":        {"ＷＴＯ", "规则"},
		"1,000,000元":   {"1,000,000", "元"},
		"第二十一届":        {"第二十一", "届"},
		"abc def":      {"abc", "def"},
		"a\u3000b":     {"a", "b"},
	}
	for in, want := range cases {
		ws := Words(in)
		checkWords(t, in, ws)
		assert.Equal(t, want, texts(ws), in)
	}
}

func TestWordsBadInput(t *testing.T) {
	assert.Nil(t, Words(""))
	assert.Nil(t, Words(" \n\t\u3000"))
	ws0 := Words("上涨 % 点")
	require.Len(t, ws0, 3)
	assert.Equal(t, POSPunct, ws0[1].POS)
	in := "居民\xff区\x00党\xe4\xb8总支"
	ws := Words(in)
	checkWords(t, in, ws)
	assert.Contains(t, texts(ws), "\xff")
	assert.Contains(t, texts(ws), "\xe4")
	assert.Contains(t, texts(ws), "\xb8")
	assert.Contains(t, texts(ws), "\x00")
	// Text is never altered: Latin case and width are kept.
	assert.Equal(t, []string{"ＡＢＣ", "abc", "XYZ"}, texts(Words("ＡＢＣ abc XYZ")))
}

func TestWithWordsCopyOnWrite(t *testing.T) {
	const text = "五洲龙里雅苑加梯完工"
	base := Default()
	before := texts(base.Words(text))
	require.NotContains(t, before, "龙里雅苑")

	seg, err := New(WithWords("龙里雅苑", "普育里 500 ns"))
	require.NoError(t, err)
	ws := seg.Words(text)
	checkWords(t, text, ws)
	assert.Contains(t, texts(ws), "龙里雅苑")
	assert.Equal(t, POSUser, ws[1].POS)
	got := seg.Words("普育里小区")
	assert.Equal(t, "普育里", got[0].Text)
	assert.Equal(t, "ns", got[0].POS)

	// The default Segmenter is not changed by another's user words.
	assert.Equal(t, before, texts(base.Words(text)))

	_, err = New(WithWords("bad 1 2 3"))
	assert.Error(t, err)
	_, err = New(WithWords("bad -1"))
	assert.Error(t, err)
}

func TestWithHMM(t *testing.T) {
	const text = "黄科走访"
	on, err := New(WithHMM(true))
	require.NoError(t, err)
	off, err := New(WithHMM(false))
	require.NoError(t, err)
	assert.Equal(t, []string{"黄科", "走访"}, texts(on.Words(text)))
	assert.Equal(t, []string{"黄", "科", "走访"}, texts(off.Words(text)))
}

func TestWithSearchMode(t *testing.T) {
	seg, err := New(WithSearchMode(true))
	require.NoError(t, err)
	const text = "徐汇区人大常委会"
	ws := seg.Words(text)
	for _, w := range ws {
		assert.Equal(t, text[w.Start:w.End], w.Text)
	}
	got := texts(ws)
	assert.Contains(t, got, "人大常委会")
	assert.Contains(t, got, "常委会")
	assert.Contains(t, got, "徐汇")
}

func TestSentences(t *testing.T) {
	got := Sentences("  第一句。第二句！” 第三句？？\n\n第四段\n接着写\n")
	var ts []string
	for _, s := range got {
		ts = append(ts, s.Text)
	}
	assert.Equal(t, []string{"第一句。", "第二句！”", "第三句？？", "第四段\n接着写"}, ts)
	in := "  第一句。第二句！” 第三句？？\n\n第四段\n接着写\n"
	for _, s := range Sentences(in) {
		assert.Equal(t, in[s.Start:s.End], s.Text)
	}
	assert.Nil(t, Sentences(" \n "))
	assert.Len(t, Sentences("价格上涨3.5个百分点。"), 1)
}

func TestKeywords(t *testing.T) {
	text := issues(t)["001_0317f058d2fbd96f.txt"]
	ks := Keywords(text, 10)
	require.Len(t, ks, 10)
	var got []string
	for i, k := range ks {
		got = append(got, k.Text)
		assert.Greater(t, k.Weight, 0.0)
		if i > 0 {
			assert.GreaterOrEqual(t, ks[i-1].Weight, k.Weight)
		}
		assert.GreaterOrEqual(t, utf8.RuneCountInString(k.Text), 2)
	}
	assert.Contains(t, got, "普育里")
	assert.Contains(t, got, "美丽家园")
	assert.Nil(t, Keywords("，。", 3))
}

func TestConcurrentWords(t *testing.T) {
	seg, err := New(WithWords("巢克俭"))
	require.NoError(t, err)
	docs := issues(t)
	want := map[string][]Word{}
	for name, text := range docs {
		want[name] = seg.Words(text)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				for name, text := range docs {
					got := seg.Words(text)
					if len(got) != len(want[name]) {
						errs <- name
						return
					}
					for i := range got {
						if got[i] != want[name][i] {
							errs <- name
							return
						}
					}
					if g%2 == 0 {
						seg.Keywords(text, 5)
						Words(text)
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for name := range errs {
		t.Errorf("goroutine got a different result for %s", name)
	}
}

func TestCrosses(t *testing.T) {
	s := Default()
	cases := []struct {
		left, right string
		want        bool
	}{
		{"动态排摸辖区内重点人", "群及重点人群中新冠病毒", true},
		{"动态排摸辖区内重点人", "区充分发挥为老服务", false},
		{"东湖和华康居民", "区充分发挥为老服务", true},
		{"讲政治融", "入徐汇各方面工作", true},
		{"有效落实片区服务，", "推进“汇当家”", false},
		{"", "推进", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, s.Crosses(c.left, c.right), "%s|%s", c.left, c.right)
	}
}

// TestCommonWordTags: division names that are also common words keep
// gse's tag (the most frequent of them in gse's dictionary, with gse's
// tags); place names are ns. The full check over the 60 most frequent is
// segment/internal/lexicon's TestCommonWordsKeepTheirTags.
func TestCommonWordTags(t *testing.T) {
	tags := map[string]string{}
	for _, w := range Words("城市建设发展") {
		tags[w.Text] = w.POS
	}
	assert.Equal(t, "vn", tags["建设"])
	for w, pos := range map[string]string{
		"建设": "vn", "资源": "n", "合作": "vn", "比如": "v", "南部": "f", "解放": "v", "东方": "s",
		"前进": "v", "港口": "n", "公安": "n", "友好": "a", "通道": "v", "平安": "a", "开封": "v",
		"石首": "ns", "仙桃": "ns", "徐汇区": "ns", "斜土街道": "ns",
	} {
		ws := Words(w)
		if assert.Len(t, ws, 1, w) {
			assert.Equal(t, pos, ws[0].POS, w)
		}
	}
}

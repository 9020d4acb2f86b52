package parse

import (
	"strings"
	"testing"

	"github.com/civicnews/civicnews/internal/cjk"
)

func TestLineShapes(t *testing.T) {
	cases := []struct {
		fn   func(string) bool
		name string
		in   string
		want bool
	}{
		{keyValue, "keyValue", "单位：某某街道办事处", true},
		{keyValue, "keyValue", "作者: 王明", true},
		{keyValue, "keyValue", "专访：", false},
		{keyValue, "keyValue", "街道举行表彰大会：十佳志愿者受表彰", false},
		{keyValue, "keyValue", "标题在这里", false},
		{keyValue, "keyValue", "No: 12", false},
		{disclaimerLabel, "disclaimerLabel", "免责声明：本站转载的文章仅供参考。", true},
		{disclaimerLabel, "disclaimerLabel", "本站版权与免责声明：", true},
		{disclaimerLabel, "disclaimerLabel", "会议发表联合声明，双方一致同意：加强合作。", false},
		{disclaimerLabel, "disclaimerLabel", "免责声明:本站转载的文章：仅供参考。", true},       // the first colon counts, of either width
		{disclaimerLabel, "disclaimerLabel", "说明：转载须知及免责声明:仅供参考。", false},      // a full-width colon before the ASCII one
		{disclaimerLabel, "disclaimerLabel", "【免责声明】\xff：本站转载的文章仅供参考。", false}, // a stray byte in the label
		{contributorNote, "contributorNote", "（某某街道供稿）", true},
		{contributorNote, "contributorNote", "(某某社区供图)", true},
		{contributorNote, "contributorNote", "（记者 王明）", false},
	}
	for _, c := range cases {
		if got := c.fn(c.in); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", c.name, c.in, got, c.want)
		}
	}
}

// TestTagRun checks tagRun's shortcut against the pattern alone.
func TestTagRun(t *testing.T) {
	for _, s := range []string{"", "<p>正文", " \t\r\n\f<h3 class=\"t\">标题</h3>", "\v<p>正文", "正文<p>", "  正文", "<", "< p>", "<br/><br />正文", "\u3000<p>正文"} {
		if got, want := tagRun(s), len(reTagsStart.FindString(s)); got != want {
			t.Errorf("tagRun(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestPairOverlap checks pairOverlap against a search for each pair's
// bytes in the text.
func TestPairOverlap(t *testing.T) {
	want := func(line, text string) (float32, int) {
		prev, n, in := rune(-1), 0, 0
		for _, r := range line {
			if r == '〇' || !cjk.IsHan(r) {
				prev = -1
				continue
			}
			if prev >= 0 {
				n++
				if strings.Contains(text, string(prev)+string(r)) {
					in++
				}
			}
			prev = r
		}
		if n == 0 {
			return 0, 0
		}
		return float32(in) / float32(n), n
	}
	texts := []string{"", "街道召开会议部署工作", "二〇二三年街道召开会议，部署𠀀𠀁工作。", strings.Repeat("社区志愿者服务活动在街道开展，", 40), "a中b文c"}
	lines := []string{"召开会议", "部署工作安排", "二〇二三", "𠀀𠀁工作", "社区 志愿者", "街道开展社区服务", "中文", "abc"}
	for _, text := range texts {
		set := pairSet{text: text}
		for _, line := range lines {
			o, n := pairOverlap(line, &set)
			if wo, wn := want(line, text); o != wo || n != wn {
				t.Errorf("pairOverlap(%q, %q) = %v %d, want %v %d", line, text, o, n, wo, wn)
			}
		}
	}
}

package parse

import "testing"

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

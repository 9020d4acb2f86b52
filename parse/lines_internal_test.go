package parse

import (
	"slices"
	"testing"

	"github.com/civicnews/civicnews/layout"
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
		{salutation, "salutation", "县全域无垃圾专项治理办公室：", true},
		{salutation, "salutation", "各区、县人民政府，市政府各部门：", true},
		{salutation, "salutation", "信息来源：关键词：", false},
		{salutation, "salutation", "作者：", false},
		{photoCreditLine, "photoCreditLine", "图/本报记者 张三", true},
		{photoCreditLine, "photoCreditLine", "图：某某街道开展活动现场", false},
		{mostlyHan, "mostlyHan", "某某街道开展志愿服务活动", true},
		{mostlyHan, "mostlyHan", "Page12-《某某年鉴2015》", false},
		{mostlyHan, "mostlyHan", "   ", false},
		{bracketed, "bracketed", "（资料图片仅供参考）", true},
		{bracketed, "bracketed", "[图片]", true},
		{bracketed, "bracketed", "（一）总体情况（续）", false},
		{bracketed, "bracketed", "某某街道举办活动（组图）", false},
		{imageFile, "imageFile", "0704_085444_178.png", true},
		{imageFile, "imageFile", "IMG_2023.JPG", true},
		{imageFile, "imageFile", "下载附件.png", false},
		{imageFile, "imageFile", "活动现场（组图）QQ图片(2417720)-20220217075214.jpg", true},
		{imageFile, "imageFile", "详见附件，名单如下：list2023.png", false},
		{imageFile, "imageFile", "版本 2.0", false},
		{docNumber, "docNumber", "某府发〔2023〕12号", true},
		{docNumber, "docNumber", "某府發(fā)〔2003〕61號(hào)", true},
		{docNumber, "docNumber", "某府發（fā）〔2003〕61號（hào）《关于某事的通知》", true},
		{docNumber, "docNumber", "关于2023年12号台风的通知", false},
	}
	for _, c := range cases {
		if got := c.fn(c.in); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", c.name, c.in, got, c.want)
		}
	}
}

func TestRunesWithoutPinyin(t *testing.T) {
	for in, want := range map[string]int{
		"标签：":           3,
		"標(biāo)簽：":     3,
		"社區（qū）服務（wù）：": 5,
		"(km)：":         5,
	} {
		if got := runesWithoutPinyin(in); got != want {
			t.Errorf("runesWithoutPinyin(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestReadingTime(t *testing.T) {
	for in, want := range map[string]bool{
		"全文共3000字，阅读约需8分钟":  true,
		"本篇文章2100字，读完约6分钟":  true,
		"阅读时间约5分钟":          true,
		"全文1800字":           true,
		"文章指出，阅读能力需要培养":     false,
		"本文作者系某某大学教授":       false,
		"3000字的报告读完需要多少分钟？": false,
	} {
		if got := reReadingTime.MatchString(in); got != want {
			t.Errorf("reReadingTime(%q) = %v, want %v", in, got, want)
		}
		for _, s := range []string{in, " \t" + in, in + "正文", "\v" + in, "　" + in, "正文" + in} {
			if got, want := readingTimeIndex(s), reReadingTime.FindStringIndex(s); !slices.Equal(got, want) {
				t.Errorf("readingTimeIndex(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

func TestColumnName(t *testing.T) {
	var ld layout.Document
	for _, s := range []string{"民生热线 有问必答~~~", "社区新闻一则~~~", "· 民生热线 有问必答", "", "民生热线 有问必答", "小区门口新添三处公交站"} {
		ld.Lines = append(ld.Lines, layout.Line{Text: s, Blank: s == ""})
	}
	p := &parser{ld: &ld}
	if !p.columnName("民生热线 有问必答") {
		t.Error("a line listed three times is a column's name")
	}
	if p.columnName("小区门口新添三处公交站") {
		t.Error("a line set once is no column's name")
	}
}

func TestListItem(t *testing.T) {
	p := &parser{}
	for _, s := range []string{"上海市社区建设模范居委会", "1、某某街道新桥居委会", "2、某某街道肇方居委会", "（一）总体要求", "今年以来，街道工作有序推进。", "（二）主要任务"} {
		p.blocks = append(p.blocks, layout.Block{Text: s, Lines: []int{len(p.blocks)}})
	}
	for i, want := range []bool{false, true, true, false, false, false} {
		if got := p.listItem(i); got != want {
			t.Errorf("listItem(%q) = %v, want %v", p.blocks[i].Text, got, want)
		}
	}
}

func TestLostTagEnd(t *testing.T) {
	for in, want := range map[string]int{
		"群众不用花一分钱？！”/p>": len("群众不用花一分钱？！”"),
		"他说：“好。”</p>":    len("他说：“好。”"),
		"比分是3>2":         -1,
	} {
		m := tagsEnd(in)
		got := -1
		if m != nil {
			got = m[0]
		}
		if got != want {
			t.Errorf("tagsEnd(%q) starts at %d, want %d", in, got, want)
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

package civicnews_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/layout"
)

func ExampleParse() {
	page := []byte("社区晨报\n\n2020年8月12日\n\n本期 8 版 第 42 期\n\n扫描二维码\n关注“社区发布”\n\n" +
		"斜土街道调研营商工作\n\n□记者 王明\n\n本报讯 8月3日上午,区委书记曹立强到斜土街道调研,要求\n\n把服务做到企业心坎上。\n")
	doc, err := civicnews.Parse(page)
	if err != nil {
		panic(err)
	}
	fmt.Println(doc.Masthead.Paper, doc.Masthead.Date, doc.Masthead.Issue)
	a := doc.Articles[0]
	fmt.Println(a.Title, a.Reporters, a.Dateline, a.Date)
	fmt.Println(a.Paragraphs[0].Text)
	for _, b := range doc.Boilerplate {
		fmt.Println(b.Reason, b.Text)
	}
	for _, e := range doc.Entities {
		if e.Paragraph == 0 {
			fmt.Println(strings.TrimSpace(fmt.Sprintln(e.Kind, e.Text, e.Canonical, e.Code, e.Title)))
		}
	}
	// Output:
	// 社区晨报 2020-08-12 42
	// 斜土街道调研营商工作 [王明] 本报讯 2020-08-03
	// 8月3日上午，区委书记曹立强到斜土街道调研，要求把服务做到企业心坎上。
	// qr-prompt 扫描二维码
	// qr-prompt 关注“社区发布”
	// party-org 区委 中共上海市徐汇区委员会
	// person 曹立强 曹立强  区委书记
	// subdistrict 斜土街道 斜土路街道 310104007000
}

// Input in GBK (or GB18030), as older sites and archives serve it, is
// detected; WithEncoding reads it as asked instead. Spans index the GBK
// bytes.
func ExampleWithEncoding() {
	gbk := []byte{0xbd, 0xd6, 0xb5, 0xc0, 0xd5, 0xd9, 0xbf, 0xaa, 0xbb, 0xe1, 0xd2, 0xe9, 0xa1, 0xa3} // 街道召开会议。
	// an encoding as a user types it: gbk, GB2312, gb18030 …
	enc, err := layout.ParseEncoding("GBK")
	if err != nil {
		panic(err)
	}
	doc, err := civicnews.Parse(gbk, civicnews.WithEncoding(enc), civicnews.WithoutEntities())
	if err != nil {
		panic(err)
	}
	p := doc.Articles[0].Paragraphs[0]
	fmt.Println(doc.Encoding, p.Text, p.Spans)
	// Output:
	// gb18030 街道召开会议。 [{0 14}]
}

// Errors are tested with errors.Is and errors.As.
func Example_errors() {
	gbk := []byte{0xbd, 0xd6, 0xb5, 0xc0} // 街道 in GBK
	_, err := civicnews.Parse(gbk, civicnews.WithEncoding(layout.UTF8))
	var de *layout.DecodeError
	if errors.As(err, &de) {
		fmt.Println(de.Encoding, de.Offset, errors.Is(err, layout.ErrDecode))
	}
	fmt.Println(err)

	_, err = layout.ParseEncoding("big5")
	fmt.Println(errors.Is(err, layout.ErrUnknownEncoding))

	_, err = civicnews.ParseReader(strings.NewReader(strings.Repeat("街道", 1000)), civicnews.WithMaxSize(1024))
	fmt.Println(errors.Is(err, layout.ErrTooLarge))
	// Output:
	// utf-8 0 true
	// layout: input is not valid UTF-8: invalid byte at offset 0
	// true
	// true
}

func ExampleParseReader() {
	page := "徐汇报\n\n2022年7月25日 星期一\n\n全力做好信访工作\n\n□ 记者 刘坤\n\n本报讯 区信访工作会议7月20日下午召开。\n"
	doc, err := civicnews.ParseReader(strings.NewReader(page), civicnews.WithMaxSize(1<<20), civicnews.WithWords())
	if err != nil {
		panic(err)
	}
	a := doc.Articles[0]
	fmt.Println(doc.Masthead.Paper, doc.Masthead.Date, a.Title, a.Reporters, a.Date)
	for _, w := range doc.Words[0].Words[:4] {
		fmt.Print(w.Text, "/", w.POS, " ")
	}
	fmt.Println()
	// Output:
	// 徐汇报 2022-07-25 全力做好信访工作 [刘坤] 2022-07-20
	// 区/n 信访/v 工作/vn 会议/n
}

package civicnews_test

import (
	"fmt"
	"strings"

	"github.com/civicnews/civicnews"
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

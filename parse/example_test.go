package parse_test

import (
	"fmt"

	"github.com/civicnews/civicnews/parse"
)

func ExampleParse() {
	page := "徐汇报\n\n准印证号(B)0150 / 第30期(总第1684期) / 2022年7月25日 星期一\n\n" +
		"全力做好我区信访和安稳工作\n\n□ 记者 刘坤 朱亮\n\n本报讯 区信访工作会议7月20日下午召开。\n\n(来源:区信访办)\n"
	doc, err := parse.Parse([]byte(page))
	if err != nil {
		panic(err)
	}
	m := doc.Masthead
	fmt.Println(m.Paper, m.Issue, m.TotalIssue, m.Date, m.Weekday, m.Permit)
	for _, a := range doc.Articles {
		fmt.Println(a.Title)
		fmt.Println(a.Reporters, a.Dateline, a.Date, a.Source)
		for _, p := range a.Paragraphs {
			fmt.Println(p.Text)
		}
	}
	// Output:
	// 徐汇报 30 1684 2022-07-25 星期一 (B)0150
	// 全力做好我区信访和安稳工作
	// [刘坤 朱亮] 本报讯 2022-07-20 区信访办
	// 区信访工作会议7月20日下午召开。
}

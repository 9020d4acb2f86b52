package parse_test

import (
	"fmt"

	"github.com/civicnews/civicnews/layout"
	"github.com/civicnews/civicnews/parse"
)

// FromLayout parses a page whose layout was analysed already (to look at
// the blocks first, or to analyse once and parse with several options).
func ExampleFromLayout() {
	src := "街道召开居民会议\n\n□记者 王明\n\n本报讯 街道日前召开会议,居民代表\n\n参加。\n\n责任编辑：李华\n"
	ld, err := layout.AnalyzeString(src)
	if err != nil {
		panic(err)
	}
	doc := parse.FromLayout(ld)
	for _, a := range doc.Articles {
		fmt.Println(a.Title, a.Reporters, a.Dateline)
		for _, p := range a.Paragraphs {
			fmt.Println(p.Text, p.Spans)
		}
	}
	for _, b := range doc.Boilerplate {
		fmt.Println(b.Reason, b.Text, b.Spans)
	}
	// Output:
	// 街道召开居民会议 [王明] 本报讯
	// 街道日前召开会议，居民代表参加。 [{54 91} {93 102}]
	// page-furniture 责任编辑：李华 [{104 125}]
}

package civicnews_test

import (
	"fmt"
	"strings"

	"github.com/civicnews/civicnews"
)

// A home region settles the places of a page that gives no evidence of its
// own; an unknown home is an error.
func ExampleWithHome() {
	if _, err := civicnews.Parse([]byte("区委召开会议。"), civicnews.WithHome("不存在的地方")); err != nil {
		fmt.Println(err)
	}
	doc, err := civicnews.Parse([]byte("新华街道召开居民会议\n\n区委书记王明到新华街道调研。\n"), civicnews.WithHome("上海市长宁区"))
	if err != nil {
		panic(err)
	}
	for _, e := range doc.Entities {
		fmt.Println(strings.Join(strings.Fields(fmt.Sprint(e.In, " ", e.Kind, " ", e.Text, " ", e.Canonical, " ", e.Code)), " "))
	}
	// Output:
	// civicnews: entity: WithHome: "不存在的地方" names no division
	// title subdistrict 新华街道 新华路街道 310105004000
	// paragraph party-org 区委 中共上海市长宁区委员会
	// paragraph person 王明 王明
	// paragraph subdistrict 新华街道 新华路街道 310105004000
}

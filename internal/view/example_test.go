package view_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/internal/view"
)

func ExampleRender() {
	doc, err := civicnews.Parse([]byte("居民区开展志愿服务活动\n\n本报讯 居民区今天开展志愿服务活动，五十余名居民参加。<b>\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	var b bytes.Buffer
	if err := view.Render(&b, "page.txt", doc); err != nil {
		fmt.Println(err)
		return
	}
	html := b.String()
	fmt.Println(strings.Contains(html, `data-role="title"`), strings.Contains(html, "&lt;b&gt;"))
	// Output:
	// true true
}

package batch_test

import (
	"fmt"

	"github.com/civicnews/civicnews/internal/batch"
)

func ExampleParsePage() {
	ok := batch.ParsePage("page.txt", []byte("社区新闻\n\n本报讯 居民区今天开展活动。\n"))
	bad := batch.ParsePage("bad.txt", []byte("\xff\xff"))
	fmt.Println(ok.SHA256[:12], ok.Error == "", len(ok.Document.Articles) > 0)
	fmt.Println(bad.Document == nil, bad.Error != "")
	// Output:
	// 797555044249 true true
	// true true
}

func ExampleInShard() {
	// Every path is in exactly one shard of three.
	for _, p := range []string{"a.txt", "b.txt", "c.txt"} {
		n := 0
		for i := range 3 {
			if batch.InShard(p, i, 3) {
				n++
			}
		}
		fmt.Println(p, n)
	}
	// Output:
	// a.txt 1
	// b.txt 1
	// c.txt 1
}

package segment_test

import (
	"fmt"

	"github.com/civicnews/civicnews/segment"
)

func ExampleWords() {
	text := "斜土街道党工委书记黄科走访恒益居民区。"
	for _, w := range segment.Words(text) {
		fmt.Printf("%d-%d %s/%s\n", w.Start, w.End, w.Text, w.POS)
	}
	// Output:
	// 0-12 斜土街道/ns
	// 12-27 党工委书记/n
	// 27-33 黄科/x
	// 33-39 走访/v
	// 39-54 恒益居民区/ns
	// 54-57 。/w
}

func ExampleKeywords() {
	text := "区城运中心推进一网统管。一网统管让城运中心及时发现问题、解决问题。"
	for _, k := range segment.Keywords(text, 3) {
		fmt.Printf("%s %.2f\n", k.Text, k.Weight)
	}
	// Output:
	// 一网统管 2.54
	// 城运中心 2.54
	// 解决问题 0.91
}

func ExampleSentences() {
	for _, s := range segment.Sentences("会议强调：“要做好3.5项工作！”随后，代表们分组讨论。") {
		fmt.Println(s.Start, s.End, s.Text)
	}
	// Output:
	// 0 45 会议强调：“要做好3.5项工作！”
	// 45 78 随后，代表们分组讨论。
}

func ExampleNew() {
	seg, err := segment.New(segment.WithWords("巢克俭 1000 nr"))
	if err != nil {
		panic(err)
	}
	for _, w := range seg.Words("区长巢克俭到老西门街道调研") {
		fmt.Print(w.Text, "/", w.POS, " ")
	}
	fmt.Println()
	// Output:
	// 区长/n 巢克俭/nr 到/v 老西门街道/ns 调研/vn
}

// Crosses tells whether a word runs across a seam, as when a line broken
// by a column is joined to the next.
func ExampleSegmenter_Crosses() {
	seg := segment.Default()
	fmt.Println(seg.Crosses("排查辖区内重点人", "群及重点场所")) // 人群 crosses
	fmt.Println(seg.Crosses("街道召开会议", "居民代表参加"))   // no word crosses
	// Output:
	// true
	// false
}

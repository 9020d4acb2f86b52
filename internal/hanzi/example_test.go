package hanzi_test

import (
	"fmt"
	"strings"

	"github.com/civicnews/civicnews/internal/hanzi"
)

func ExampleKey() {
	text := "本報訊 虹口區楓林街道"
	fmt.Println(hanzi.Key(text))
	fmt.Println(strings.Contains(hanzi.Key(text), "枫林街道"))
	// Output:
	// 本报讯 虹口区枫林街道
	// true
}

func ExamplePinyinResidue() {
	s := "區(qū)人民政府"
	after := s[len("區"):]
	n := hanzi.PinyinResidue(after)
	fmt.Printf("%q is residue; the text reads %s\n", after[:n], "區"+after[n:])
	// Output:
	// "(qū)" is residue; the text reads 區人民政府
}

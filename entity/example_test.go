package entity_test

import (
	"fmt"
	"strings"

	"github.com/civicnews/civicnews/entity"
)

func ExampleRecognizer_Find() {
	r := entity.Default()
	for _, e := range r.Find("区委副书记、区长巢克俭到老西门街道调研。", entity.Hints{}) {
		fmt.Println(strings.Join(strings.Fields(fmt.Sprint(e.Kind, " ", e.Text, " ", e.Canonical, " ", e.Code, " ", e.Title)), " "))
	}
	// Output:
	// party-org 区委 中共上海市黄浦区委员会
	// person 巢克俭 巢克俭 区委副书记、区长
	// subdistrict 老西门街道 老西门街道 310101019000
}

func ExampleRecognizer_Find_shortForm() {
	e := entity.Default().Find("斜土街道", entity.Hints{Paper: "徐汇报"})[0]
	fmt.Println(e.Text, "→", e.Canonical, e.Code, e.Parent)
	// Output:
	// 斜土街道 → 斜土路街道 310104007000 徐汇区
}

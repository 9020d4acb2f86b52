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

// The hierarchy in the sentence settles a name found in several places:
// only the 西湖区 of Hangzhou holds a 北山街道.
func ExampleRecognizer_Find_hierarchy() {
	for _, e := range entity.Default().Find("记者来到西湖区北山街道。", entity.Hints{}) {
		fmt.Println(e.Kind, e.Text, e.Canonical, e.Code, e.Parent, e.Ambiguous)
	}
	// Output:
	// district 西湖区 西湖区 330106000000 杭州市 false
	// subdistrict 北山街道 北山街道 330106002000 西湖区 false
}

// A name that nothing on the page settles keeps all its candidates.
func ExampleRecognizer_Find_ambiguous() {
	e := entity.Default().Find("记者来到北山街道。", entity.Hints{})[0]
	fmt.Println(e.Text, e.Ambiguous, len(e.Candidates))
	for _, c := range e.Candidates[:3] {
		fmt.Println(c.Canonical, c.Code, c.Parent)
	}
	// Output:
	// 北山街道 true 7
	// 北山街道 220204010000 船营区
	// 北山街道 222401002000 延吉市
	// 北山街道 230402001000 向阳区
}

// There is no built-in home region: a 新华街道 on a page with no other
// evidence may be any of them, and 区委 names no particular district.
func ExampleRecognizer_Find_noDefaultHome() {
	for _, e := range entity.Default().Find("区委书记王明到新华街道调研。", entity.Hints{}) {
		fmt.Println(e.Kind, e.Text, e.Canonical, e.Code, e.Title, e.Ambiguous, len(e.Candidates))
	}
	// Output:
	// party-org 区委 区委   false 0
	// person 王明 王明  区委书记 false 0
	// subdistrict 新华街道 新华街道   true 27
}

// A home region given by the caller is used when the page gives none.
func ExampleWithHome() {
	if _, err := entity.New(entity.WithHome("不存在的地方")); err != nil {
		fmt.Println("error:", err)
	}
	r, err := entity.New(entity.WithHome("上海市徐汇区"))
	if err != nil {
		panic(err)
	}
	for _, e := range r.Find("区委书记王明到斜土街道调研。", entity.Hints{}) {
		fmt.Println(strings.Join(strings.Fields(fmt.Sprint(e.Kind, " ", e.Text, " ", e.Canonical, " ", e.Code)), " "))
	}
	// Output:
	// error: entity: WithHome: "不存在的地方" names no division
	// party-org 区委 中共上海市徐汇区委员会
	// person 王明 王明
	// subdistrict 斜土街道 斜土路街道 310104007000
}

// Traditional characters, pinyin residue and letter-spacing are read through
// a simplified matching key; Text stays as written, Canonical is simplified.
func ExampleRecognizer_Find_damagedText() {
	for _, e := range entity.Default().Find("徐匯區(qū)楓林街道，長 寿 路 街 道", entity.Hints{}) {
		fmt.Printf("%s %q %s %s\n", e.Kind, e.Text, e.Canonical, e.Code)
	}
	// Output:
	// district "徐匯區(qū)" 徐汇区 310104000000
	// subdistrict "楓林街道" 枫林路街道 310104008000
	// subdistrict "長 寿 路 街 道" 长寿路街道 310107015000
}

// Units the gazetteer does not list are kept by their suffix, with an
// empty code and the reason; abolished units keep their own name and give
// their successor.
func ExampleRecognizer_Find_unlisted() {
	for _, e := range entity.Default().Find("闸北区的老居民说，云岭镇石桥村新建了文化广场。", entity.Hints{}) {
		fmt.Println(strings.Join(strings.Fields(fmt.Sprint(e.Kind, " ", e.Text, " ", e.Canonical, " ", e.Code, " ", e.Successor, " ", e.Reason)), " "))
	}
	// Output:
	// district 闸北区 闸北区 静安区 abolished
	// town 云岭镇 云岭镇 341823106000
	// village 石桥村 石桥村 not-in-gazetteer
}

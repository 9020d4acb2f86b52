package layout_test

import (
	"fmt"

	"github.com/civicnews/civicnews/layout"
)

func ExampleAnalyze() {
	src := "本报讯 1月9日,街道召开会议,讲政治融\n\n入各方面工作。\n\n扫描二维码\n\n一刻钟\n「圈住」\n美好生\n活\n□记者\n朱亮\n"
	doc, err := layout.AnalyzeString(src)
	if err != nil {
		panic(err)
	}
	for _, b := range doc.Blocks {
		fmt.Printf("%-9s %s\n", b.Kind, b.Text)
	}
	// Output:
	// body      本报讯1月9日，街道召开会议，讲政治融入各方面工作。
	// furniture 扫描二维码
	// heading   一刻钟「圈住」美好生活
	// byline    □记者 朱亮
}

func ExampleBlock_SourceSpans() {
	src := "据了解,凌云路街道在区\n\n委、区政府的坚强领导下,完成了任务。"
	doc, _ := layout.AnalyzeString(src)
	b := doc.Blocks[0]
	fmt.Println(b.Text)
	for _, sp := range b.SourceSpans(len("据了解，凌云路街道在"), len("据了解，凌云路街道在区委")) {
		fmt.Printf("%d-%d %q\n", sp.Start, sp.End, src[sp.Start:sp.End])
	}
	// Output:
	// 据了解，凌云路街道在区委、区政府的坚强领导下，完成了任务。
	// 28-31 "区"
	// 33-36 "委"
}

func ExampleRepair_damagedText() {
	// pinyin residue left by a converter, and a letter-spaced title
	src := "政 府 工 作 报 告\n\n福田區(qū)華富街道召開會議。"
	doc, _ := layout.AnalyzeString(src)
	for _, b := range doc.Blocks {
		fmt.Println(b.Text)
	}
	for _, r := range doc.Repairs {
		if r.Kind == layout.RepairPinyin || r.Kind == layout.RepairLetterSpacing {
			fmt.Printf("%s %d-%d %q\n", r.Kind, r.Span.Start, r.Span.End, src[r.Span.Start:r.Span.End])
		}
	}
	// Output:
	// 政府工作报告
	// 福田區華富街道召開會議。
	// letter-spacing 3-4 " "
	// letter-spacing 7-8 " "
	// letter-spacing 11-12 " "
	// letter-spacing 15-16 " "
	// letter-spacing 19-20 " "
	// pinyin 34-39 "(qū)"
}

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
	// pinyin residue left by a converter (removed when asked), and a
	// letter-spaced title (always closed up)
	src := "政 府 工 作 报 告\n\n福田區(qū)華富街道召開會議。"
	doc, _ := layout.AnalyzeString(src, layout.WithoutPinyinResidue())
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

func ExampleIsRunningHead() {
	for _, line := range []string{"第06版：邻里", "社区晨报 · 要闻 2023年7月5日 星期三", "A04", "街道召开社区代表会议"} {
		fmt.Println(layout.IsRunningHead(line), line)
	}
	// Output:
	// true 第06版：邻里
	// true 社区晨报 · 要闻 2023年7月5日 星期三
	// true A04
	// false 街道召开社区代表会议
}

func ExampleAnalyze_ocrColumns() {
	// two columns read straight across the gutter, as tesseract --psm 4
	// gives them
	src := "街道召开社区代表会议，听取       会上，居民代表围绕加装电梯、\n" +
		"居民对老旧小区改造的意见和 ”    停车管理和垃圾分类等话题踊跃\n" +
		"建议。会议由街道党工委副书       发言，街道相关科室负责人现场\n" +
		"记主持，四十余名代表参加。       作了回应。\n" +
		"会议通报了今年以来街道为民       下一步，街道将把代表的意见\n" +
		"办实事项目的推进情况，并征       建议纳入年度工作计划，逐项\n" +
		"求代表对明年项目的意见。         抓好落实。\n"
	doc, _ := layout.AnalyzeString(src)
	for _, b := range doc.Blocks {
		fmt.Println(b.Text)
	}
	// Output:
	// 街道召开社区代表会议，听取居民对老旧小区改造的意见和建议。会议由街道党工委副书记主持，四十余名代表参加。
	// 会议通报了今年以来街道为民办实事项目的推进情况，并征求代表对明年项目的意见。
	// 会上，居民代表围绕加装电梯、停车管理和垃圾分类等话题踊跃发言，街道相关科室负责人现场作了回应。
	// 下一步，街道将把代表的意见建议纳入年度工作计划，逐项抓好落实。
}

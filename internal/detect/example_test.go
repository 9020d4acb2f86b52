package detect_test

import (
	"fmt"

	"github.com/civicnews/civicnews/internal/detect"
)

func ExampleFindDateline() {
	s := "本报3月20日讯(见习记者 唐宁 通讯员 邹凯)连日来，"
	d, ok := detect.FindDateline(s)
	fmt.Println(ok, d.Token, d.Credits)
	fmt.Println(s[d.Body:])
	d, _ = detect.FindDateline("閩東網(wǎng)訊 寧德")
	fmt.Println(d.Token)
	// Output:
	// true 本报3月20日讯 [{reporter 唐宁} {correspondent 邹凯}]
	// 连日来，
	// 閩東網(wǎng)訊
}

func ExampleByline() {
	fmt.Println(detect.Byline("□记者 龚丽华 通讯员 孟凡"))
	fmt.Println(detect.Byline("記者:黃嘉欣"))
	fmt.Println(detect.Byline("编辑：葛亮"))
	fmt.Println(detect.Byline("记者手记"))
	// Output:
	// [{reporter 龚丽华} {correspondent 孟凡}] true
	// [{reporter 黃嘉欣}] true
	// [{editor 葛亮}] true
	// [] false
}

func ExampleTail() {
	s := "居民纷纷点赞。(杭建国 阮晴)"
	cs, at := detect.Tail(s)
	fmt.Println(cs, s[:at])
	// Output:
	// [{reporter 杭建国} {reporter 阮晴}] 居民纷纷点赞。
}

func ExampleMetaLine() {
	fs, ok := detect.MetaLine("来源：长宁区融媒体中心 发布时间：2023-05-06 浏览次数：35")
	fmt.Println(ok)
	for _, f := range fs {
		fmt.Println(f.Kind, f.Label, f.Value)
	}
	// Output:
	// true
	// source 来源 长宁区融媒体中心
	// time 发布时间 2023-05-06
	// counter 浏览次数 35
}

func ExampleSectionMark() {
	for _, s := range []string{"（一）坚持党建引领", "二、主要任务", "1.5亿元"} {
		n := detect.SectionMark(s)
		fmt.Printf("%q\n", s[:n])
	}
	// Output:
	// "（一）"
	// "二、"
	// ""
}

func ExampleGroup() {
	fmt.Println(detect.Group("《记者 王明）近日", true))
	fmt.Println(detect.Group("《记者 王明）近日", false))
	// Output:
	// 记者 王明 19
	//  0
}

func ExampleLeadCredits() {
	s := "本报记者 尚武 5日一早，巡逻队出发了。"
	cs, n := detect.LeadCredits(s)
	fmt.Println(cs, s[n:])
	// Output:
	// [{reporter 尚武}]  5日一早，巡逻队出发了。
}

func ExampleField_Credits() {
	fs, _ := detect.MetaLine("2022-01-05 08:30  来源：衢州日报 杭帆  责任编辑：聂远")
	for _, f := range fs {
		fmt.Println(f.Kind, f.Value, f.Credits())
	}
	// Output:
	// source 衢州日报 杭帆 [{reporter 杭帆}]
	// editor 聂远 [{editor 聂远}]
}

func ExampleEditionMark() {
	for _, s := range []string{"第A01版：要闻", "A05：区县新闻", "2023年"} {
		fmt.Printf("%q\n", s[:detect.EditionMark(s)])
	}
	// Output:
	// "第A01版"
	// "A05"
	// ""
}

func ExampleLastGroup() {
	s := "工程进入收尾阶段。《记者 田野）"
	at, inner := detect.LastGroup(s, true)
	fmt.Println(s[:at], inner)
	// Output:
	// 工程进入收尾阶段。 记者 田野
}

func ExampleNames() {
	fmt.Println(detect.Names("柏林 易水寒"), detect.Names("党建引领"), detect.NameLike("阿依古丽·买买提"))
	// Output:
	// [{reporter 柏林} {reporter 易水寒}] [] true
}

func ExampleRoleAt() {
	for _, s := range []string{"通讯员李华", "编辑：葛亮", "编辑部"} {
		role, n := detect.RoleAt(s)
		fmt.Printf("%q %q\n", role, s[:n])
	}
	// Output:
	// "correspondent" "通讯员"
	// "editor" "编辑"
	// "" ""
}

func ExampleOpensWithDateline() {
	fmt.Println(detect.OpensWithDateline("本报讯（记者 王明）街道召开会议。"))
	fmt.Println(detect.OpensWithDateline("会上，本报讯的做法被提起。"))
	// Output:
	// true
	// false
}

package detect

import (
	"strings"
	"testing"
)

// benchLines is a page's worth of lines of the kinds the detectors meet,
// most of them body text that every detector must reject quickly.
var benchLines = strings.Split(strings.Repeat(`近日，江北区观音桥街道组织辖区志愿者开展垃圾分类宣传活动，向居民发放宣传册三百余份。
本报讯（记者 邱晓芳 通讯员 黎志强）随着气温回升，城区各公园迎来赏花高峰。
来源：长宁区融媒体中心 发布时间：2023-05-06 浏览次数：35
□记者 龚丽华 孟凡
（一）坚持党建引领，夯实基层治理基础
居民纷纷点赞。(杭建国 阮晴)
據了解，該項目總投資約二點三億元，預計明年年底前建成投用，屆時將新增車位八百餘個。
街道党工委书记在会上指出，要把群众的“急难愁盼”作为工作的出发点和落脚点，切实办好民生实事。
`, 8), "\n")

func BenchmarkDetectors(b *testing.B) {
	size := 0
	for _, l := range benchLines {
		size += len(l)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, l := range benchLines {
			FindDateline(l)
			Byline(l)
			MetaLine(l)
			Tail(l)
			SectionMark(l)
			LeadCredits(l)
		}
	}
}

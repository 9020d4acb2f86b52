package ocrbench_test

import (
	"fmt"

	"github.com/civicnews/civicnews/internal/ocrbench"
)

func ExampleSame() {
	truth := ocrbench.Normalize("斜土街道党工委、办事处始终贯彻以人民为中心，落实“两城”理念，充分认识到改善市民居住条件工作的重要性。")
	ocr := ocrbench.Normalize("斜士街道党工委、办事处始终贯 彻以人民为中心，落实“两城”理念，充分认识到改善市民居住条件工作的重要性。")
	merged := append(append([]rune{}, ocr...), ocrbench.Normalize("同意的居民打好攻坚战，用真心听取居民意见。")...)
	fmt.Println(ocrbench.Same(truth, ocr), ocrbench.Same(truth, merged))
	// Output:
	// true false
}

func ExampleScore() {
	page := &ocrbench.Page{
		Articles: []ocrbench.Article{{Title: "社区开展环境整治", Reporters: []string{"王明"}, Dateline: "本报讯",
			Paragraphs: []ocrbench.Paragraph{
				{Text: "街道组织志愿者清理楼道堆物，居民纷纷点赞。", Prefix: "本报讯", Caption: -1},
				{Text: "下一步，街道将建立长效管理机制，巩固整治成果。", Caption: -1},
			}}},
		Furniture: []ocrbench.Furn{{Text: "第3版", Where: "head"}},
	}
	got := ocrbench.Result{Articles: []ocrbench.OutArticle{{Title: "社区开展环境整治", Reporters: []string{"王明"}, Dateline: "本报讯",
		Paragraphs: []string{"街道组织志愿者清理楼道堆物，居民纷纷点赞。", "下一步，街道将建立长效管理机制，巩固整治成果。第3版"}}}}
	for _, f := range ocrbench.Score(page, got).Figures() {
		fmt.Printf("%s %d/%d\n", f.Name, f.OK, f.Of)
	}
	// Output:
	// paragraphs 1/2
	// across-columns 0/0
	// captions 0/0
	// reporters 1/1
	// datelines 1/1
	// furniture-out 0/1
	// articles-recall 1/1
	// articles-precision 1/1
	// titles 1/1
}

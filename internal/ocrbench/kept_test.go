package ocrbench

import "testing"

func TestMeasureKept(t *testing.T) {
	p := &Page{Articles: []Article{{Paragraphs: []Paragraph{
		{Text: "社区开展活动居民踊跃参加", Lines: []Line{{Text: "社区开展活动"}, {Text: "居民踊跃参加"}}},
		{Text: "志愿者为老人服务", Lines: []Line{{Text: "志愿者为老人服务"}}},
	}}}}
	k := MeasureKept(p, "社区开展活动\n居民踊跃参加。\n\n志愿看为老服务")
	if k.CharsOf != 20 || k.Chars != 18 {
		t.Errorf("chars %d/%d, want 18/20", k.Chars, k.CharsOf)
	}
	if k.ParasOf != 2 || k.Paras != 1 {
		t.Errorf("paragraphs %d/%d, want 1/2", k.Paras, k.ParasOf)
	}
}

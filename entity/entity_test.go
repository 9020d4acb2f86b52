package entity

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type want struct {
	text, kind, canonical, code, title string
}

func findEnt(es []Entity, text string, kind Kind) (Entity, bool) {
	for _, e := range es {
		if e.Text == text && e.Kind == kind {
			return e, true
		}
	}
	return Entity{}, false
}

func TestRecognisers(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		h     Hints
		wants []want
		not   []want
	}{
		{"hierarchy in the sentence", "浦东新区张江镇召开会议。", Hints{}, []want{
			{"浦东新区", "district", "浦东新区", "310115000000", ""},
			{"张江镇", "town", "张江镇", "310115125000", ""}}, nil},
		{"city and district elsewhere", "杭州市西湖区举办活动。", Hints{}, []want{
			{"杭州市", "city", "杭州市", "330100000000", ""},
			{"西湖区", "district", "西湖区", "330106000000", ""}}, nil},
		{"title must not break a place", "江阴市长泾镇开展整治。", Hints{}, []want{
			{"江阴市", "city", "江阴市", "320281000000", ""},
			{"长泾镇", "town", "长泾镇", "320281110000", ""}},
			[]want{{text: "泾镇", kind: "person"}}},
		{"short subdistrict resolved in Shanghai", "斜土街道召开会议。", Hints{}, []want{
			{"斜土街道", "subdistrict", "斜土路街道", "310104007000", ""}}, nil},
		{"龙华 in a Xuhui paper", "古韵龙华焕发新活力。", Hints{Paper: "徐汇报"}, []want{
			{"龙华", "subdistrict", "龙华街道", "310104016000", ""}}, nil},
		{"龙华区 is ambiguous without context", "龙华区举办活动。", Hints{Paper: "某某报"}, []want{
			{"龙华区", "district", "龙华区", "", ""}}, nil},
		{"龙华区 in Shenzhen by hierarchy", "深圳市龙华区举办活动。", Hints{}, []want{
			{"龙华区", "district", "龙华区", "440309000000", ""}}, nil},
		{"person with joined titles", "区委副书记、区长巢克俭到街道调研。", Hints{Paper: "黄浦报"}, []want{
			{"巢克俭", "person", "巢克俭", "", "区委副书记、区长"},
			{"区委", "party-org", "中共上海市黄浦区委员会", "", ""}}, nil},
		{"bare common word is no person", "要权衡利弊,做好工作。", Hints{}, nil,
			[]want{{text: "权衡", kind: "person"}}},
		{"name after a title", "上海社会科学院党委书记权衡作报告。", Hints{}, []want{
			{"权衡", "person", "权衡", "", "上海社会科学院党委书记"},
			{"上海社会科学院", "org", "上海社会科学院", "", ""}}, nil},
		{"coordinated committees", "淮海、东湖、华康等居民区开展活动。", Hints{Paper: "徐汇报"}, []want{
			{"淮海", "residential-committee", "淮海居委会", "310104004020", ""},
			{"东湖", "residential-committee", "东湖居委会", "310104004018", ""}}, nil},
		{"bodies from the home unit", "街道党工委、办事处召开会议,区政府有关部门参加。", Hints{Publisher: "斜土街道党工委"}, []want{
			{"街道党工委", "party-org", "中共上海市徐汇区斜土路街道工作委员会", "", ""},
			{"办事处", "gov-org", "上海市徐汇区人民政府斜土路街道办事处", "", ""},
			{"区政府", "gov-org", "上海市徐汇区人民政府", "", ""}}, nil},
		{"district body with nested place", "浦东新区人大常委会召开会议。", Hints{}, []want{
			{"浦东新区人大常委会", "gov-org", "上海市浦东新区人民代表大会常务委员会", "", ""}}, nil},
		{"ministry", "商务部发布通知。", Hints{}, []want{
			{"商务部", "gov-org", "中华人民共和国商务部", "", ""}}, nil},
		{"roads", "对辖区肇嘉浜路、漕溪北路、虹桥路等路段进行检查。", Hints{}, []want{
			{"肇嘉浜路", "road", "肇嘉浜路", "", ""},
			{"漕溪北路", "road", "漕溪北路", "", ""},
			{"虹桥路", "road", "虹桥路", "", ""}},
			[]want{{text: "道路", kind: "road"}}},
		{"generic road words", "走出一条治理新路,完善道路设施。", Hints{}, nil,
			[]want{{text: "治理新路", kind: "road"}, {text: "道路", kind: "road"}}},
		{"company and park", "上海光明食品有限公司与世纪公园合作。", Hints{}, []want{
			{"上海光明食品有限公司", "org", "上海光明食品有限公司", "", ""},
			{"世纪公园", "org", "世纪公园", "", ""}}, nil},
		{"estate", "康乐小区加装电梯。", Hints{}, []want{
			{"康乐小区", "neighborhood", "康乐小区", "", ""}},
			[]want{{text: "老旧小区", kind: "neighborhood"}}},
		{"police station", "长桥派出所民警张伟表示,要加强巡逻。", Hints{Paper: "徐汇报"}, []want{
			{"长桥派出所", "gov-org", "长桥派出所", "", ""},
			{"张伟", "person", "张伟", "", "长桥派出所民警"}}, nil},
	}
	r := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := r.Find(tt.text, tt.h)
			for _, w := range tt.wants {
				e, ok := findEnt(es, w.text, Kind(w.kind))
				if !assert.True(t, ok, "want %s %s in %+v", w.kind, w.text, es) {
					continue
				}
				assert.Equal(t, w.canonical, e.Canonical, w.text)
				assert.Equal(t, w.code, e.Code, w.text)
				assert.Equal(t, w.title, e.Title, w.text)
				assert.Equal(t, w.text, tt.text[e.Start:e.End])
			}
			for _, w := range tt.not {
				_, ok := findEnt(es, w.text, Kind(w.kind))
				assert.False(t, ok, "unwanted %s %s", w.kind, w.text)
			}
		})
	}
}

func TestAmbiguousListsCandidates(t *testing.T) {
	es := Default().Find("龙华区举办活动。", Hints{Paper: "某某报"})
	e, ok := findEnt(es, "龙华区", KindDistrict)
	require.True(t, ok)
	assert.True(t, e.Ambiguous)
	assert.Len(t, e.Candidates, 2)
	assert.Empty(t, e.Code)
}

func TestDates(t *testing.T) {
	es := Default().Find("二〇二三年一月九日召开,7月18日上午再议,昨天结束。", Hints{IssueDate: "2022-07-25"})
	var got []string
	for _, e := range es {
		if e.Kind == KindDate {
			got = append(got, e.Date)
		}
	}
	assert.Equal(t, []string{"2023-01-09", "2022-07-18", "2022-07-24"}, got)
}

func TestHomeFromTexts(t *testing.T) {
	// no hints: the district named most is home, so 区委 resolves to it
	res := Default().Document([]string{"静安区召开会议。", "南京西路街道、静安寺街道参加。", "区委书记于勇出席。"}, Hints{})
	e, ok := findEnt(res[2], "区委", KindParty)
	require.True(t, ok)
	assert.Equal(t, "中共上海市静安区委员会", e.Canonical)
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"区委副书记、区长巢克俭到老西门街道调研。", "淮海、东湖、华康等居民区", "江阴市长泾镇", "2023年1月9日", "\xff\xfe路", "书记"} {
		f.Add(s)
	}
	r := Default()
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range r.Find(s, Hints{IssueDate: "2023-01-09"}) {
			if e.Start < 0 || e.End > len(s) || e.Start > e.End || s[e.Start:e.End] != e.Text {
				t.Fatalf("bad offsets %+v in %q", e, s)
			}
			if utf8.ValidString(s) && !utf8.ValidString(e.Text) {
				t.Fatalf("invalid UTF-8 %q", e.Text)
			}
		}
	})
}

package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOtherPlaces runs the recognisers on sentences from districts and cities
// other than the samples'.
func TestOtherPlaces(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		h     Hints
		wants []want
	}{
		{"Hangzhou hierarchy and bodies", []string{"杭州市西湖区灵隐街道党工委书记张建国表示,要做好服务。", "区委副书记、区长王海燕出席。"}, Hints{}, []want{
			{"杭州市", "city", "杭州市", "330100000000", ""},
			{"张建国", "person", "张建国", "", "杭州市西湖区灵隐街道党工委书记"},
			{"王海燕", "person", "王海燕", "", "区委副书记、区长"}}},
		{"Minhang paper: town bodies", []string{"莘庄镇召开大会,镇党委书记李明出席。"}, Hints{Paper: "闵行报"}, []want{
			{"莘庄镇", "town", "莘庄镇", "310112101000", ""},
			{"镇党委", "party-org", "中共上海市闵行区莘庄镇委员会", "", ""},
			{"李明", "person", "李明", "", "镇党委书记"}}},
		{"Baoshan paper placed by its publisher", []string{"区委书记陈杰调研。"}, Hints{Paper: "宝山报", Publisher: "上海市宝山区融媒体中心"}, []want{
			{"区委", "party-org", "中共上海市宝山区委员会", "", ""}}},
		{"county-level city paper", []string{"市委书记许峰到长泾镇调研。"}, Hints{Paper: "江阴日报"}, []want{
			{"市委", "party-org", "中共江阴市委员会", "", ""},
			{"长泾镇", "town", "长泾镇", "320281110000", ""}}},
		{"Xiaoshan paper", []string{"区政府召开常务会议。"}, Hints{Paper: "萧山日报"}, []want{
			{"区政府", "gov-org", "杭州市萧山区人民政府", "", ""}}},
		{"Shenzhen Longhua by hierarchy", []string{"深圳市龙华区民治街道开展活动。"}, Hints{}, []want{
			{"龙华区", "district", "龙华区", "440309000000", ""},
			{"民治街道", "subdistrict", "民治街道", "440309002000", ""}}},
		{"Pudong home inferred from texts", []string{"浦东新区花木街道召开会议。", "街道党工委书记赵刚主持,区委常委钱伟出席。"}, Hints{}, []want{
			{"街道党工委", "party-org", "中共上海市浦东新区花木街道工作委员会", "", ""},
			{"钱伟", "person", "钱伟", "", "区委常委"}}},
		{"municipal bodies and ministries", []string{"市委、市政府召开会议,民政部有关负责人出席。"}, Hints{Paper: "闵行报"}, []want{
			{"市委", "party-org", "中共上海市委员会", "", ""},
			{"市政府", "gov-org", "上海市人民政府", "", ""},
			{"民政部", "gov-org", "中华人民共和国民政部", "", ""}}},
		{"committee short forms in the home district", []string{"恒益居民区、日晖六村开展活动。"}, Hints{Paper: "徐汇报"}, []want{
			{"恒益居民区", "residential-committee", "恒益居委会", "310104007028", ""},
			{"日晖六村", "neighborhood", "日晖六村", "", ""}}},
		{"road next to a place name is a road", []string{"沿漕溪北路、中山西路一带开展整治。"}, Hints{}, []want{
			{"漕溪北路", "road", "漕溪北路", "", ""},
			{"中山西路", "road", "中山西路", "", ""}}},
		{"place with body sharing a rune", []string{"萧山区委书记佟桂莉带队到瓜沥镇梅林村调研。", "无锡市委常委、江阴市委书记许峰出席。"}, Hints{Paper: "萧山日报"}, []want{
			{"萧山区委", "party-org", "中共杭州市萧山区委员会", "", ""},
			{"佟桂莉", "person", "佟桂莉", "", "萧山区委书记"},
			{"梅林村", "village", "梅林村", "", ""},
			{"江阴市委", "party-org", "中共江阴市委员会", "", ""},
			{"许峰", "person", "许峰", "", "无锡市委常委、江阴市委书记"}}},
		{"office after a body is not part of it", []string{"区应急局局长陈建华参加活动。"}, Hints{Paper: "浦东时报"}, []want{
			{"区应急局", "gov-org", "上海市浦东新区应急局", "", ""},
			{"陈建华", "person", "陈建华", "", "区应急局局长"}}},
		{"org with places inside", []string{"上海市静安区社会组织服务中心、上海陆家嘴金融贸易区开发股份有限公司参加。"}, Hints{}, []want{
			{"上海市静安区社会组织服务中心", "org", "上海市静安区社会组织服务中心", "", ""},
			{"上海陆家嘴金融贸易区开发股份有限公司", "org", "上海陆家嘴金融贸易区开发股份有限公司", "", ""},
			{"静安区", "district", "静安区", "310106000000", ""}}},
		{"district bureaux", []string{"区房管局、区民政局、区卫健委等部门负责人参加。"}, Hints{Paper: "静安时报"}, []want{
			{"区民政局", "gov-org", "上海市静安区民政局", "", ""},
			{"区卫健委", "gov-org", "上海市静安区卫健委", "", ""}}},
		{"road names with 和", []string{"推动延长路、共和新路沿线环境整治。"}, Hints{}, []want{
			{"延长路", "road", "延长路", "", ""},
			{"共和新路", "road", "共和新路", "", ""}}},
		{"names listed after one title", []string{"区领导王敏、赵立明参加调研,区委书记曹立强、区长钟晓咏出席。"}, Hints{}, []want{
			{"王敏", "person", "王敏", "", "区领导"},
			{"赵立明", "person", "赵立明", "", "区领导"},
			{"钟晓咏", "person", "钟晓咏", "", "区长"}}},
		{"named police and village bodies", []string{"梅林村党委、衙前镇司法所联合开展普法活动。"}, Hints{Paper: "萧山日报"}, []want{
			{"梅林村党委", "party-org", "梅林村党委", "", ""},
			{"衙前镇司法所", "gov-org", "衙前镇司法所", "", ""}}},
		{"communities outside Shanghai", []string{"灵隐街道白乐桥社区开展活动,社区治理水平提升。"}, Hints{Paper: "西湖报", Publisher: "杭州市西湖区"}, []want{
			{"白乐桥社区", "residential-committee", "白乐桥社区", "", ""},
			{"灵隐街道", "subdistrict", "灵隐街道", "330106012000", ""}}},
		{"committee unknown to the gazetteer", []string{"新建的云锦居民区召开居民大会。"}, Hints{Paper: "徐汇报"}, []want{
			{"云锦居民区", "residential-committee", "云锦居委会", "", ""}}},
		{"phrases that hold a place name", []string{"绿水青山就是金山银山,王兆平同志表示赞同。"}, Hints{Paper: "金山报"}, []want{
			{"王兆平", "person", "王兆平", "", ""}}},
		{"hierarchy of the sentence picks between two villages", []string{"川沙新镇今年将在城南村建设示范村。", "惠南镇城南村召开村民大会。"}, Hints{Paper: "浦东时报"}, []want{
			{"城南村", "village", "城南村", "310115103206", ""}}},
		{"a committee is named by the word the text uses for it", []string{"泗泾镇润江社区开展议事活动,朱家角镇淀湖居委组织巡逻。"}, Hints{}, []want{
			{"润江社区", "residential-committee", "润江社区", "310117102006", ""},
			{"淀湖居委", "residential-committee", "淀湖居委会", "310118102014", ""}}},
		{"one committee named two ways keeps the name of its first mention", []string{"走进明珠居委,居民正在议事。", "明珠社区的居民说。"}, Hints{}, []want{
			{"明珠社区", "residential-committee", "明珠居委会", "", ""}}},
		{"a village the gazetteer lacks in a province it lists, shown by its committee or team", []string{"青松岭村村委会换届选举顺利进行,村民在白鹭湾村3队集合。"}, Hints{Paper: "浦东时报"}, []want{
			{"青松岭村", "village", "青松岭村", "", ""}, {"白鹭湾村", "village", "白鹭湾村", "", ""}}},
		{"a committee named by an ideal, written with 居委会", []string{"他来到健康居委会反映情况。"}, Hints{}, []want{
			{"健康居委会", "residential-committee", "健康居委会", "", ""}}},
		{"bare names glued to letters or features are no places", []string{"平台还将接入“i龙华”政务服务,北山街道地处西湖风景名胜区。", "下班顺路就能办事,区住建部门参加。", "街道妇联发布服务清单。"}, Hints{Paper: "西湖报", Publisher: "北山街道党工委"}, []want{
			{"北山街道", "subdistrict", "北山街道", "330106002000", ""},
			{"街道妇联", "org", "北山街道妇女联合会", "", ""}}},
		{"known name later without title", []string{"区委书记曹明出席会议。", "曹明指出,要抓好落实。"}, Hints{}, []want{
			{"曹明", "person", "曹明", "", "区委书记"}}},
	}
	r := Default()
	// the second text of the village case resolves to the other 城南村
	res := r.Document([]string{"川沙新镇今年将在城南村建设示范村。", "惠南镇城南村召开村民大会。"}, Hints{Paper: "浦东时报"})
	if e, ok := findEnt(res[1], "城南村", KindVillage); assert.True(t, ok) {
		assert.Equal(t, "310115131226", e.Code)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := r.Document(tt.texts, tt.h)
			var all []Entity
			for _, es := range res {
				all = append(all, Flatten(es)...)
			}
			if tt.name == "bare names glued to letters or features are no places" {
				for _, w := range []want{{text: "龙华", kind: "district"}, {text: "龙华", kind: "subdistrict"}, {text: "西湖", kind: "district"}, {text: "住建部", kind: "gov-org"}, {text: "下班顺路", kind: "road"}} {
					_, ok := findEnt(all, w.text, Kind(w.kind))
					assert.False(t, ok, "unwanted %s %s", w.kind, w.text)
				}
			}
			if tt.name == "phrases that hold a place name" {
				_, ok := findEnt(all, "金山", KindDistrict)
				assert.False(t, ok, "金山 in 金山银山 is no district")
			}
			for _, w := range tt.wants {
				e, ok := findEnt(all, w.text, Kind(w.kind))
				if !assert.True(t, ok, "want %s %s in %+v", w.kind, w.text, all) {
					continue
				}
				assert.Equal(t, w.canonical, e.Canonical, w.text)
				assert.Equal(t, w.code, e.Code, w.text)
				assert.Equal(t, w.title, e.Title, w.text)
			}
		})
	}
}

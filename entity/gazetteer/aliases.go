package gazetteer

import (
	"strings"
	"unicode/utf8"
)

// ethnic lists the group names cut from autonomous units' names
// (延边朝鲜族自治州 → 延边, 广西壮族自治区 → 广西).
var ethnic = []string{
	"各族", "壮族", "回族", "维吾尔", "藏族", "苗族", "彝族", "布依族", "侗族", "瑶族", "白族",
	"土家族", "哈尼族", "哈萨克", "傣族", "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族",
	"东乡族", "纳西族", "景颇族", "柯尔克孜", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族",
	"撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "朝鲜族", "塔吉克", "怒族",
	"鄂温克族", "德昂族", "保安族", "裕固族", "京族", "独龙族", "鄂伦春族", "赫哲族", "门巴族",
	"珞巴族", "基诺族", "蒙古族", "满族",
}

// autonomousCore cuts an autonomous unit's name before its ethnic groups and
// 自治 suffix; ok is false when the name is not autonomous.
func autonomousCore(name string) (string, bool) {
	i := strings.Index(name, "自治")
	if i <= 0 {
		return "", false
	}
	core := name[:i]
	for _, e := range ethnic {
		if j := strings.Index(core, e); j > 0 && j < len(core) {
			core = core[:j]
		}
	}
	return core, true
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// cutSuffix returns s without the first matching suffix.
func cutSuffix(s string, suffixes ...string) (string, bool) {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) && len(s) > len(x) {
			return s[:len(s)-len(x)], true
		}
	}
	return "", false
}

// numbered matches the ordinal of a split committee (第一, 第十二).
func cutOrdinal(core string) (string, bool) {
	i := strings.LastIndex(core, "第")
	if i <= 0 {
		return "", false
	}
	rest := core[i+len("第"):]
	if rest == "" {
		return "", false
	}
	for _, r := range rest {
		if !strings.ContainsRune("一二三四五六七八九十0123456789", r) {
			return "", false
		}
	}
	return core[:i], true
}

// estateSuffixes end the names of housing estates that committees are named after.
var estateSuffixes = []string{"新村", "村", "苑", "园", "坊", "城", "庭", "邨", "公寓", "花园", "小区", "里", "家园", "大楼", "公馆", "名邸", "华庭", "府"}

func isEstate(core string) bool {
	if runes(core) < 2 {
		return false
	}
	for _, s := range estateSuffixes {
		if strings.HasSuffix(core, s) && core != s {
			return true
		}
	}
	return false
}

func (g *Gazetteer) generateAliases() {
	for i := range g.divs {
		d := g.divs[i]
		name := d.Name
		switch d.Level {
		case Province:
			if c, ok := autonomousCore(name); ok {
				g.alias(c, int32(i), -1, Short)
			} else if c, ok := cutSuffix(name, "省", "市"); ok && runes(c) >= 2 {
				g.alias(c, int32(i), -1, Short)
			}
		case Prefecture:
			if c, ok := autonomousCore(name); ok && runes(c) >= 2 {
				g.alias(c, int32(i), -1, Short)
			} else if c, ok := cutSuffix(name, "地区", "市", "盟"); ok && runes(c) >= 2 {
				g.alias(c, int32(i), -1, Short)
			}
		case County:
			c, ok := autonomousCore(name)
			if !ok {
				c, ok = cutSuffix(name, "新区", "林区", "特区", "区", "县", "市", "旗")
			}
			if ok && runes(c) >= 2 {
				g.alias(c, int32(i), g.parent[i], Short)
			}
		case Township:
			if d.Kind == KindSubdistrict && (d.Code[6] == '4' || d.Code[6] == '5') {
				continue // 开发区/农场: no bare forms
			}
			if c, ok := cutSuffix(name, "街道办事处"); ok {
				g.alias(g.concat(c, "街道"), int32(i), g.parent[i], Suffix)
				name = d.Name[:len(c)] + "街道"
			}
			if c, ok := cutSuffix(name, "路街道"); ok && runes(c) >= 1 {
				g.alias(g.concat(c, "街道"), int32(i), g.parent[i], RoadStreet)
				if runes(c) >= 2 {
					g.alias(c, int32(i), g.parent[i], Bare)
				}
				continue
			}
			if c, ok := cutSuffix(name, "街道", "镇", "乡", "苏木"); ok && runes(c) >= 2 {
				g.alias(c, int32(i), g.parent[i], Bare)
			}
		case Village:
			if c, ok := cutSuffix(name, "村委会"); ok {
				// 北唐村村委会 and 光明村委会 are the committees of 北唐村 and 光明村
				base := strings.TrimSuffix(c, "村")
				if runes(base) >= 1 {
					g.alias(g.concat(base, "村"), int32(i), g.parent[i], Committee)
					g.alias(g.concat(base, "村村委会"), int32(i), g.parent[i], Committee)
					g.alias(g.concat(base, "村委会"), int32(i), g.parent[i], Committee)
					g.alias(g.concat(base, "村村民委员会"), int32(i), g.parent[i], Committee)
				}
				continue
			}
			core, ok := cutSuffix(name, "居民委员会", "居委会")
			if !ok {
				continue
			}
			core = strings.TrimSuffix(core, "社区")
			for _, base := range []string{core, ordinalBase(core)} {
				if base == "" || runes(base) < 2 {
					continue
				}
				for _, suf := range []string{"居民区", "居委", "社区", "居委会", "居民委员会"} {
					g.alias(g.concat(base, suf), int32(i), g.parent[i], Committee)
				}
				if isEstate(base) {
					g.alias(base, int32(i), g.parent[i], Estate)
				}
			}
		}
	}
}

func ordinalBase(core string) string {
	b, ok := cutOrdinal(core)
	if !ok {
		return ""
	}
	return b
}

package lexicon

import (
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Division is one row of the NBS 2023 division tables.
type Division struct {
	Code   string
	Name   string
	Parent string
	Level  int // 1 province … 5 village committee
}

// Alias is a short form people print for an official division name. Scope
// is the code prefix inside which the alias is unambiguous enough to use
// (for example "31" for Shanghai, or a district code).
type Alias struct {
	Short string
	Full  string
	Code  string
	Scope string
}

// placeholder level-2 and level-3 names that never occur as mentions.
var placeholder = map[string]bool{
	"市辖区": true, "县": true, "省直辖县级行政区划": true, "自治区直辖县级行政区划": true,
}

// ReadDivisions reads divisions-nbs2023.csv and shanghai-villages-nbs2023.csv
// from dir, skipping placeholder rows.
//
// TODO(entity/gazetteer): when entity/gazetteer offers its division and
// alias tables, replace ReadDivisions and Aliases with calls into it so the
// segmenter and the entity recogniser share one alias table.
func ReadDivisions(dir string) ([]Division, error) {
	var out []Division
	for _, name := range []string{"divisions-nbs2023.csv", "shanghai-villages-nbs2023.csv"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		r := csv.NewReader(f)
		r.FieldsPerRecord = 4
		header := true
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				f.Close()
				return nil, err
			}
			if header {
				header = false
				continue
			}
			lv, err := strconv.Atoi(rec[3])
			if err != nil {
				f.Close()
				return nil, errors.New("lexicon: bad level in " + name + ": " + rec[3])
			}
			if placeholder[rec[1]] {
				continue
			}
			out = append(out, Division{Code: rec[0], Name: rec[1], Parent: rec[2], Level: lv})
		}
		f.Close()
	}
	return out, nil
}

// Aliases derives the short forms printed in the press for divisions:
//
//   - Shanghai subdistricts named X路街道 are written X街道 (斜土路街道 → 斜土街道);
//   - Shanghai districts drop 区 (徐汇区 → 徐汇, 浦东新区 → 浦东);
//   - Shanghai 居委会 are written X居民区 and X居委 (恒益居委会 → 恒益居民区),
//     村委会 are written X村;
//   - provinces and prefectures drop 省, 市, 自治区 and the like
//     (上海市 → 上海).
//
// Aliases are scoped: Shanghai ones to "31" (district ones to the district),
// national ones to "" (everywhere).
func Aliases(divs []Division) []Alias {
	var out []Alias
	add := func(short string, d Division, scope string) {
		if short == "" || short == d.Name || utf8.RuneCountInString(short) < 2 {
			return
		}
		out = append(out, Alias{Short: short, Full: d.Name, Code: d.Code, Scope: scope})
	}
	for _, d := range divs {
		sh := strings.HasPrefix(d.Code, "31")
		switch {
		case d.Level == 1:
			add(trimAny(d.Name, "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"), d, "")
		case d.Level == 2:
			add(trimAny(d.Name, "市", "地区", "盟"), d, "")
		case d.Level == 3 && sh:
			add(trimAny(d.Name, "新区", "区"), d, "31")
		case d.Level == 4 && sh:
			if s, ok := strings.CutSuffix(d.Name, "路街道"); ok {
				add(s+"街道", d, d.Code[:6])
			}
		case d.Level == 5 && sh:
			if s, ok := strings.CutSuffix(d.Name, "居委会"); ok {
				add(s+"居民区", d, d.Code[:9])
				add(s+"居委", d, d.Code[:9])
			} else if s, ok := strings.CutSuffix(d.Name, "村委会"); ok {
				if strings.HasSuffix(s, "村") {
					add(s, d, d.Code[:9])
				} else {
					add(s+"村", d, d.Code[:9])
				}
			}
		}
	}
	return out
}

func trimAny(s string, suffixes ...string) string {
	for _, x := range suffixes {
		if t, ok := strings.CutSuffix(s, x); ok && utf8.RuneCountInString(t) >= 2 {
			return t
		}
	}
	return ""
}

package entity

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

var (
	reFullDate  = regexp.MustCompile(`([0-9]{4}|[〇零一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:([0-9]{1,2}|[一二三四五六七八九十]{1,3})日)?`)
	reMonthDate = regexp.MustCompile(`([0-9]{1,2})月([0-9]{1,2})日`)
	reRelDay    = regexp.MustCompile(`(今天|昨天|前天|明天|今日|昨日)`)
)

func cnNum(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	digits := map[rune]int{'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	if strings.ContainsRune(s, '十') {
		parts := strings.SplitN(s, "十", 2)
		n := 10
		if parts[0] != "" {
			n = digits[[]rune(parts[0])[0]] * 10
		}
		if parts[1] != "" {
			n += digits[[]rune(parts[1])[0]]
		}
		return n
	}
	n := 0
	for _, r := range s {
		d, ok := digits[r]
		if !ok {
			return -1
		}
		n = n*10 + d
	}
	return n
}

func validDate(y, m, d int) bool {
	return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// findDates finds dates; relative ones are resolved against the issue date.
func findDates(text, issue string) []Entity {
	var out []Entity
	var iy, im, id int
	if len(issue) == 10 {
		iy, _ = strconv.Atoi(issue[:4])
		im, _ = strconv.Atoi(issue[5:7])
		id, _ = strconv.Atoi(issue[8:10])
	}
	covered := func(s, e int) bool {
		for _, x := range out {
			if s < x.End && x.Start < e {
				return true
			}
		}
		return false
	}
	if !strings.Contains(text, "月") && !strings.Contains(text, "天") && !strings.Contains(text, "日") {
		return nil
	}
	var full [][]int
	if strings.Contains(text, "年") {
		full = reFullDate.FindAllStringSubmatchIndex(text, -1)
	}
	for _, m := range full {
		y, mo := cnNum(text[m[2]:m[3]]), cnNum(text[m[4]:m[5]])
		e := Entity{Text: text[m[0]:m[1]], Kind: KindDate, Start: m[0], End: m[1], Confidence: 0.9}
		if m[6] >= 0 {
			if d := cnNum(text[m[6]:m[7]]); validDate(y, mo, d) {
				e.Date = fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
			}
		}
		e.Canonical = e.Date
		if mo >= 1 && mo <= 12 {
			out = append(out, e)
		}
	}
	var md [][]int
	if strings.Contains(text, "月") {
		md = reMonthDate.FindAllStringSubmatchIndex(text, -1)
	}
	for _, m := range md {
		if covered(m[0], m[1]) {
			continue
		}
		mo, _ := strconv.Atoi(text[m[2]:m[3]])
		d, _ := strconv.Atoi(text[m[4]:m[5]])
		e := Entity{Text: text[m[0]:m[1]], Kind: KindDate, Start: m[0], End: m[1], Confidence: 0.6}
		if iy > 0 && validDate(iy, mo, d) {
			y := iy
			if mo > im+1 {
				y-- // a month well after the issue's month is last year's
			}
			e.Date = fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
			e.Canonical = e.Date
		}
		if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
			out = append(out, e)
		}
	}
	var rel [][]int
	if strings.Contains(text, "天") || strings.Contains(text, "今日") || strings.Contains(text, "昨日") {
		rel = reRelDay.FindAllStringIndex(text, -1)
	}
	for _, m := range rel {
		e := Entity{Text: text[m[0]:m[1]], Kind: KindDate, Start: m[0], End: m[1], Confidence: 0.5}
		if iy > 0 {
			off := map[string]int{"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1}[e.Text]
			t := dateAdd(iy, im, id, off)
			e.Date, e.Canonical = t, t
		}
		out = append(out, e)
	}
	return out
}

// dateAdd returns the date days after y-m-d, as YYYY-MM-DD.
func dateAdd(y, m, d, days int) string {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days).Format("2006-01-02")
}

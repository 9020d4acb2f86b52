package parse

import (
	"slices"
	"testing"
)

// findISODate answers as the regexp it narrows the search of.
func TestFindISODate(t *testing.T) {
	for _, s := range []string{
		"", "日期", "发布时间：2024-03-05", "时间:2024/3/5 发布日期：2023-01-02",
		"来源 发布日期: 2024.12.01", "日期 发布时间：2024-03-05", "发布 时间：2024-03-05",
		"开发布时间：2024-03-05", "时日期：2024-01-01", "文章发布于日期：2024年1月2日",
		"时间：不详", "发布发布时间：2024-1-2",
	} {
		if got, want := findISODate(s), reISODate.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Errorf("findISODate(%q) = %q, want %q", s, got, want)
		}
	}
}

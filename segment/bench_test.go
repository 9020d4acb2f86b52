package segment

import (
	"strings"
	"testing"

	"github.com/go-ego/gse"
)

// benchText is the five sample issues in testdata/issues.
func benchText(b *testing.B) string {
	var sb strings.Builder
	for _, t := range issues(b) {
		sb.WriteString(t)
	}
	return sb.String()
}

func BenchmarkWords(b *testing.B) {
	text := benchText(b)
	seg := Default()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		seg.Words(text)
	}
}

// BenchmarkGseCut is gse v1.1.0's Cut (HMM on) on the same input, with its
// embedded simplified-Chinese dictionary, for comparison.
func BenchmarkGseCut(b *testing.B) {
	text := benchText(b)
	var seg gse.Segmenter
	if err := seg.LoadDictEmbed("zh_s"); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		seg.Cut(text, true)
	}
}

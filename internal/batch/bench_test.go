package batch

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRun measures the runner over 200 pages (the samples repeated),
// with one worker and with two:
//
//	go test -run '^$' -bench Run -benchtime 3x ./internal/batch
func BenchmarkRun(b *testing.B) {
	root := b.TempDir()
	var total int64
	srcs := sampleBytes(b)
	for i := range 200 {
		data := append(append([]byte{}, srcs[i%len(srcs)]...), fmt.Sprintf("\n第%d页\n", i)...)
		total += int64(len(data))
		if err := os.WriteFile(filepath.Join(root, fmt.Sprintf("p%04d.txt", i)), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	in, err := Gather([]string{root}, "*.txt", "", nil)
	if err != nil {
		b.Fatal(err)
	}
	ParsePage("warm", srcs[0]) // load the dictionary and gazetteer outside the timing
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			b.SetBytes(total)
			for b.Loop() {
				st, err := Run(context.Background(), in, io.Discard, Options{Jobs: jobs})
				if err != nil || st.Failed > 0 {
					b.Fatal(err, st)
				}
			}
			b.ReportMetric(float64(len(in)*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

func sampleBytes(b *testing.B) [][]byte {
	var out [][]byte
	for _, d := range []string{"issues", "handmade"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", d, "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			out = append(out, data)
		}
	}
	if len(out) == 0 {
		b.Fatal("no sample pages")
	}
	return out
}

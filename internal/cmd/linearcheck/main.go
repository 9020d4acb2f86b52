package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/layout"
)

type check struct {
	stage string
	name  string
	unit  string
	limit float64 // the 8 MB time may be at most limit × the 1 MB time (plus slack)
}

var checks = []check{
	{"layout", "long line", "街道召开会议", 10},
	// 8 MB of one-character lines are 2.8 million lines, whose state
	// (some 450 bytes a line, 1.3 GB at the peak) no longer fits the
	// caches: measured 10–12× on a quiet machine; 14× still fails any
	// quadratic step (64×).
	{"layout", "tiny lines", "字\n", 14},
	{"layout", "short lines", "街道召开\n\n", 10},
	{"layout", "commas", "，", 10},
	{"layout", "open brackets", "（《“", 10},
	{"layout", "spaces", "街 1 ", 10},
	// 8 MB of the whole flow produce some 800,000 entities whose memory no
	// longer fits the caches: measured 9–15× where layout alone stays under
	// 10×; 16× still fails any quadratic step (64×).
	{"parse", "places without punctuation", "徐汇区斜土街道", 16},
	{"parse", "officials without punctuation", "区委书记王明表示", 16},
	{"parse", "tiny lines", "字\n", 16},
}

func main() {
	tries := flag.Int("tries", 3, "measure a failing input up to this many times")
	only := flag.String("only", "", "run only this stage: layout or parse")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: linearcheck [-tries N] [-only layout|parse]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	// the collector's pacing adds noise that grows with the heap; run it
	// less often so that the ratio measures the code's own work
	debug.SetGCPercent(400)
	failed := 0
	for _, c := range checks {
		if *only != "" && c.stage != *only {
			continue
		}
		run := parseOnce
		if c.stage == "layout" {
			run = layoutOnce
		}
		small := []byte(strings.Repeat(c.unit, (1<<20)/len(c.unit)))
		large := []byte(strings.Repeat(c.unit, (8<<20)/len(c.unit)))
		ok := false
		var ts, tl time.Duration
		for try := 0; try < *tries && !ok; try++ {
			best(run, large, 1) // warm up: the first reading pays for fresh memory from the system
			ts, tl = best(run, small, 3), best(run, large, 2)
			ok = float64(tl) < c.limit*float64(ts)+float64(200*time.Millisecond)
		}
		verdict := "ok"
		if !ok {
			verdict = "FAIL"
			failed++
		}
		fmt.Printf("%-4s %-6s %-30s 1 MB %8v  8 MB %8v  ratio %5.1f (limit %.0f)\n",
			verdict, c.stage, c.name, ts.Round(time.Millisecond), tl.Round(time.Millisecond), float64(tl)/float64(ts), c.limit)
	}
	if failed > 0 {
		fmt.Fprintf(os.Stderr, "linearcheck: %d input(s) not linear\n", failed)
		os.Exit(1)
	}
}

func layoutOnce(in []byte) error { _, err := layout.Analyze(in); return err }
func parseOnce(in []byte) error  { _, err := civicnews.Parse(in); return err }

// best returns the least CPU time of n runs: the least disturbed by the
// rest of the machine.
func best(run func([]byte) error, in []byte, n int) time.Duration {
	b := time.Duration(1 << 62)
	for range n {
		runtime.GC()
		start := cpuTime()
		if err := run(in); err != nil {
			fmt.Fprintln(os.Stderr, "linearcheck:", err)
			os.Exit(1)
		}
		b = min(b, cpuTime()-start)
	}
	return b
}

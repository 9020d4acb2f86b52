package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"time"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/internal/batch"
	"github.com/civicnews/civicnews/internal/cli"
	"github.com/civicnews/civicnews/layout"
	"github.com/schollz/progressbar/v3"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// isTerminal reports whether f is a terminal (a variable for tests).
var isTerminal = func(f any) bool {
	x, ok := f.(*os.File)
	return ok && cli.IsTerminal(x)
}

const usage = `usage: newsbatch [flags] [FILE|DIR|-]...
Parses pages with civicnews and writes one JSON record a line:
{"path", "sha256", "bytes", "document"} or {"path", "sha256", "bytes", "error"}.
With no FILE and standard input not a terminal, reads one page from it.
Exit status: 0 all pages parsed, 1 some failed (see -errors-ok) or the run
could not go on, 2 usage error.

Flags:
`

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newsbatch", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var (
		out      = fs.String("o", "", "write the records to `FILE` (default standard output)")
		jobs     = fs.Int("jobs", runtime.NumCPU(), "parse `N` pages at once")
		shard    = fs.String("shard", "", "process only shard `i/n` of the inputs (by path hash)")
		resume   = fs.Bool("resume", false, "skip the pages already in the -o file and append")
		glob     = fs.String("glob", "*.txt", "in directories, take the files whose name matches `PATTERN` (* for all)")
		list     = fs.String("list", "", "also read input paths from `FILE`, one a line (- for standard input)")
		enc      = fs.String("encoding", "", "read every page in encoding `E`: "+strings.Join(layout.EncodingNames(), ", ")+" (default: detect)")
		noEnt    = fs.Bool("no-entities", false, "skip entity recognition")
		maxSize  = fs.Int64("max-size", batch.DefaultMaxSize, "pages larger than `BYTES` fail (negative: no limit)")
		errorsOK = fs.Bool("errors-ok", false, "exit 0 even when some pages failed")
		quiet    = fs.Bool("q", false, "no progress bar, no summary")
	)
	printUsage := func(w io.Writer) {
		fmt.Fprint(w, usage)
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "newsbatch: "+format+"\n", a...)
		return 1
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stdout)
			return 0
		}
		fmt.Fprintf(stderr, "newsbatch: %v\n", err)
		printUsage(stderr)
		return 2
	}
	inputs := fs.Args()
	if len(inputs) == 0 && *list == "" {
		if isTerminal(stdin) {
			printUsage(stderr)
			return 2
		}
		inputs = []string{"-"}
	}
	opts := batch.Options{Jobs: *jobs, MaxSize: *maxSize, Stdin: stdin}
	if *maxSize == 0 {
		opts.MaxSize = -1
	}
	if *shard != "" {
		i, n, err := batch.ParseShard(*shard)
		if err != nil {
			fmt.Fprintf(stderr, "newsbatch: %v\n", err)
			return 2
		}
		opts.Shard, opts.Shards = i, n
	}
	if *jobs < 1 {
		fmt.Fprintf(stderr, "newsbatch: -jobs %d: want at least 1\n", *jobs)
		return 2
	}
	if *resume && *out == "" {
		fmt.Fprintln(stderr, "newsbatch: -resume needs -o FILE")
		return 2
	}
	e, err := layout.ParseEncoding(*enc)
	if err != nil {
		fmt.Fprintf(stderr, "newsbatch: %v\n", err)
		return 2
	}
	opts.Parse = append(opts.Parse, civicnews.WithEncoding(e))
	if *noEnt {
		opts.Parse = append(opts.Parse, civicnews.WithoutEntities())
	}
	pages, err := batch.Gather(inputs, *glob, *list, stdin, *out)
	if err != nil {
		return fail("%v", err)
	}
	if len(pages) == 0 {
		return fail("no page to parse: no file matching -glob %q in %v", *glob, inputs)
	}

	var w io.Writer = stdout
	if *out != "" {
		flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		if *resume {
			done, n, err := readDone(*out)
			if err != nil {
				return fail("resume %s: %v", *out, err)
			}
			opts.Done = done
			if err := os.Truncate(*out, n); err != nil && !errors.Is(err, os.ErrNotExist) {
				return fail("resume: %v", err)
			}
			flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
		}
		f, err := os.OpenFile(*out, flags, 0o644)
		if err != nil {
			return fail("%v", err)
		}
		defer f.Close()
		w = f
	}

	var bar *progressbar.ProgressBar
	failed := 0
	if !*quiet && isTerminal(stderr) {
		opts.OnSelected = func(n int) {
			bar = progressbar.NewOptions(n,
				progressbar.OptionSetWriter(stderr),
				progressbar.OptionSetDescription("pages"),
				progressbar.OptionShowCount(),
				progressbar.OptionShowIts(),
				progressbar.OptionSetItsString("pages"),
				progressbar.OptionSetPredictTime(true),
				progressbar.OptionThrottle(100*time.Millisecond),
				progressbar.OptionClearOnFinish(),
			)
		}
	}
	opts.OnRecord = func(r *batch.Record) {
		if r.Error != "" {
			failed++
			if bar != nil {
				bar.Clear()
			}
			fmt.Fprintf(stderr, "newsbatch: %s: %s\n", r.Path, r.Error)
			if bar != nil {
				bar.Describe(fmt.Sprintf("pages, %d errors", failed))
			}
		}
		if bar != nil {
			bar.Add(1)
		}
	}
	start := time.Now()
	st, err := batch.Run(ctx, pages, w, opts)
	if bar != nil {
		bar.Finish()
	}
	if !*quiet {
		secs := time.Since(start).Seconds()
		fmt.Fprintf(stderr, "newsbatch: %d pages (%d ok, %d failed), %d skipped as done, %d in other shards; %.1fs, %.0f pages/s\n",
			st.Pages, st.Pages-st.Failed, st.Failed, st.Skipped, st.Other, secs, float64(st.Pages)/max(secs, 1e-9))
	}
	if err != nil {
		return fail("%v", err)
	}
	if st.Failed > 0 && !*errorsOK {
		return 1
	}
	return 0
}

func readDone(path string) (map[string]bool, int64, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	return batch.ReadDone(f)
}

// Command beam runs civicnews over an archive on Apache Beam: it matches
// the pages of a glob on any Beam filesystem, parses each page (one parser
// per worker) into the same JSONL record examples/newsbatch writes, writes
// the records to sharded JSONL files and the failed pages' records to a
// dead-letter output, and counts pages, articles, entities and failures
// with Beam metrics (namespace "civicnews").
//
// Locally, on the prism runner:
//
//	cd examples/beam
//	go run . --input '../../testdata/issues/*.txt' --output /tmp/civicnews/pages --runner prism
//
// This writes /tmp/civicnews/pages-00000-of-00004.jsonl … and
// /tmp/civicnews/pages-failed-0000N-of-00004.jsonl for the failures (a
// shard with no record writes no file). The README's "Process an archive"
// gives the flags for Dataflow, Flink and Spark.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/civicnews/civicnews/internal/batch"
	"github.com/civicnews/civicnews/internal/cli"
)

var (
	input      = flag.String("input", "", "glob of the pages: a local path, gs://bucket/dir/*.txt, s3://… (required)")
	output     = flag.String("output", "", "prefix of the JSONL shards, PREFIX-SSSSS-of-NNNNN.jsonl (required)")
	deadLetter = flag.String("dead_letter", "", "prefix of the failed pages' JSONL shards (default: OUTPUT-failed)")
	shards     = flag.Int("shards", 4, "number of output shards")
	maxSize    = flag.Int64("max_size", batch.DefaultMaxSize, "pages larger than this many bytes fail (negative: no limit)")
	noEntities = flag.Bool("no_entities", false, "skip entity recognition")
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// run parses the flags (the program's and those of Beam's runners, all on
// flag.CommandLine) the way the project's other programs do, then runs the
// pipeline.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.CommandLine
	fs.Init("beam", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: beam --input GLOB --output PREFIX [--dead_letter PREFIX] [--shards N] [--runner R and its flags]")
		fmt.Fprintln(fs.Output(), "Parses the pages of GLOB on Apache Beam into JSONL shards PREFIX-SSSSS-of-NNNNN.jsonl.")
		fmt.Fprintln(fs.Output(), "The runners' own flags (--project, --region, --endpoint, --environment_type …) apply too.")
		fmt.Fprintln(fs.Output(), "Flags:")
		for _, name := range []string{"input", "output", "dead_letter", "shards", "max_size", "no_entities", "runner"} {
			if f := fs.Lookup(name); f != nil {
				fmt.Fprintf(fs.Output(), "  --%s\t%s\n", f.Name, f.Usage)
			}
		}
	}
	if code, done := cli.ParseFlags(fs, args, stdout, stderr); done {
		return code
	}
	// On a runner's worker (Dataflow, Flink, Spark), Init runs the
	// harness and never returns: it comes before the checks of the
	// launching command's flags, which a worker is not given.
	beam.Init()
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "beam: unexpected argument %q: give the pages with --input GLOB\n", fs.Arg(0))
		return 2
	}
	if *input == "" || *output == "" || *shards < 1 {
		fs.Usage()
		return 2
	}
	c := Config{Input: *input, Output: *output, DeadLetter: *deadLetter, Shards: *shards, MaxSize: *maxSize, NoEntities: *noEntities}
	if c.DeadLetter == "" {
		c.DeadLetter = c.Output + "-failed"
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	ctx := context.Background()
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintln(stderr, "beam: pipeline failed:", err)
		return 1
	}
	if res != nil { // nil for some async submissions
		counts := map[string]int64{}
		for _, c := range res.Metrics().AllMetrics().Counters() {
			if c.Namespace() == "civicnews" {
				counts[c.Name()] += c.Result()
			}
		}
		fmt.Fprintf(stderr, "civicnews: %d pages, %d articles, %d entities, %d failures\n",
			counts["pages"], counts["articles"], counts["entities"], counts["failures"])
	}
	return 0
}

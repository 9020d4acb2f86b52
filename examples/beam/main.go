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
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/civicnews/civicnews/internal/batch"
)

var (
	input      = flag.String("input", "", "glob of the pages: a local path, gs://bucket/dir/*.txt, s3://… (required)")
	output     = flag.String("output", "", "prefix of the JSONL shards, PREFIX-SSSSS-of-NNNNN.jsonl (required)")
	deadLetter = flag.String("dead_letter", "", "prefix of the failed pages' JSONL shards (default: OUTPUT-failed)")
	shards     = flag.Int("shards", 4, "number of output shards")
	maxSize    = flag.Int64("max_size", batch.DefaultMaxSize, "pages larger than this many bytes fail (negative: no limit)")
	noEntities = flag.Bool("no_entities", false, "skip entity recognition")
)

func main() {
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: beam --input GLOB --output PREFIX [--dead_letter PREFIX] [--shards N] [--runner R and its flags]")
		flag.PrintDefaults()
	}
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" || *shards < 1 {
		flag.Usage()
		os.Exit(2)
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
		log.Exitf(ctx, "pipeline failed: %v", err)
	}
	if res != nil { // nil for some async submissions
		counts := map[string]int64{}
		for _, c := range res.Metrics().AllMetrics().Counters() {
			if c.Namespace() == "civicnews" {
				counts[c.Name()] += c.Result()
			}
		}
		fmt.Fprintf(os.Stderr, "civicnews: %d pages, %d articles, %d entities, %d failures\n",
			counts["pages"], counts["articles"], counts["entities"], counts["failures"])
	}
}

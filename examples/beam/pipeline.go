package main

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/internal/batch"
)

// Counters of the pipeline, in the namespace "civicnews".
var (
	pagesCount    = beam.NewCounter("civicnews", "pages")
	articlesCount = beam.NewCounter("civicnews", "articles")
	entitiesCount = beam.NewCounter("civicnews", "entities")
	failuresCount = beam.NewCounter("civicnews", "failures")
)

func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(int, string), func(int, string), error](&parseFn{})
	register.Emitter2[int, string]()
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
}

// Config is what the pipeline does.
type Config struct {
	Input      string // glob of the pages, on any Beam filesystem (local, gs://, s3://…)
	Output     string // prefix of the records' shards: PREFIX-SSSSS-of-NNNNN.jsonl
	DeadLetter string // prefix of the failed pages' records (same format)
	Shards     int    // number of output shards
	MaxSize    int64  // pages larger than this fail (<0: no limit)
	NoEntities bool   // skip entity recognition
}

// Build adds the pipeline to s: match the files of the glob, parse each
// page into the record examples/newsbatch writes, and write the records of
// the pages that parsed to the output shards and those that failed to the
// dead-letter shards.
func Build(s beam.Scope, c Config) {
	if c.Shards < 1 {
		c.Shards = 1
	}
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, c.Input))
	ok, failed := beam.ParDo2(s, &parseFn{MaxSize: c.MaxSize, NoEntities: c.NoEntities, Shards: c.Shards}, files)
	write(s.Scope("records"), ok, c.Output, c.Shards)
	write(s.Scope("dead-letter"), failed, c.DeadLetter, c.Shards)
}

func write(s beam.Scope, keyed beam.PCollection, prefix string, shards int) {
	filesystem.ValidateScheme(prefix)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: shards}, beam.GroupByKey(s, keyed))
}

// ShardName is the name of shard i of n.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// parseFn parses each page into a JSONL record, keyed by its shard. Each
// worker loads the parser's data once, in Setup; civicnews.Parse is safe
// for concurrent use, so the bundles of a worker share it.
type parseFn struct {
	MaxSize    int64 `json:"max_size"`
	NoEntities bool  `json:"no_entities"`
	Shards     int   `json:"shards"`

	opts []civicnews.Option
}

func (f *parseFn) Setup() {
	if f.NoEntities {
		f.opts = append(f.opts, civicnews.WithoutEntities())
	}
	_, _ = civicnews.Parse([]byte("社区新闻\n\n本报讯 居民区开展活动。\n"), f.opts...) // load the dictionary and gazetteer now
}

func (f *parseFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, ok, failed func(int, string)) error {
	pagesCount.Inc(ctx, 1)
	path := file.Metadata.Path
	var rec batch.Record
	rc, err := file.Open(ctx)
	if err != nil {
		rec = batch.Record{Path: path, Error: err.Error()}
	} else {
		rec = batch.ReadPage(path, bufio.NewReader(rc), f.MaxSize, f.opts...)
		rc.Close()
	}
	line, err := rec.Marshal()
	if err != nil {
		return fmt.Errorf("encoding the record of %s: %w", path, err)
	}
	shard := shardOf(path, f.Shards)
	text := strings.TrimSuffix(string(line), "\n")
	if rec.Error != "" {
		failuresCount.Inc(ctx, 1)
		failed(shard, text)
		return nil
	}
	articlesCount.Inc(ctx, int64(len(rec.Document.Articles)))
	entitiesCount.Inc(ctx, int64(len(rec.Document.Entities)))
	ok(shard, text)
	return nil
}

// shardOf spreads the pages over the shards by the FNV-1a hash of the
// path, as newsbatch -shard does.
func shardOf(path string, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv.New64a()
	h.Write([]byte(path))
	return int(h.Sum64() % uint64(n))
}

// writeShardFn writes the records of one shard to its file. A retried
// bundle rewrites the whole file, so the output holds each record once.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (w *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := ShardName(w.Prefix, shard, w.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	buf := bufio.NewWriterSize(fd, 1<<20)
	var line string
	for lines(&line) {
		if _, err := buf.WriteString(line); err != nil {
			fd.Close()
			return err
		}
		if err := buf.WriteByte('\n'); err != nil {
			fd.Close()
			return err
		}
	}
	if err := buf.Flush(); err != nil {
		fd.Close()
		return err
	}
	return fd.Close()
}

package batch

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/layout"
)

// DefaultMaxSize is the page size limit when [Options.MaxSize] is zero.
const DefaultMaxSize = 32 << 20

// Options configures [Run].
type Options struct {
	Jobs          int                // workers; 0 means runtime.NumCPU()
	Shard, Shards int                // process only shard Shard of Shards (Shards 0 or 1: all)
	MaxSize       int64              // pages larger than this fail; 0 means DefaultMaxSize, <0 no limit
	Parse         []civicnews.Option // options for every page
	Done          map[string]bool    // paths already in the output (see ReadDone): skipped
	Stdin         io.Reader          // read for the input "-"
	OnRecord      func(r *Record)    // called after each record is written, in order (progress)
	OnSelected    func(pages int)    // called once with the number of pages to do, before the first
}

// Stats counts what a run did.
type Stats struct {
	Pages   int // records written
	Failed  int // of which with an error
	Skipped int // already in the output (resume)
	Other   int // in another shard
}

// Run parses the inputs that belong to the shard and are not done yet with
// opts.Jobs workers, and writes one record a line to w in the order of
// inputs. Each line is written with one Write call, so a killed run leaves
// whole lines and at most one torn last line, which [ReadDone] discards.
// A page that fails becomes a record with an error and the run goes on; Run
// returns an error only when it cannot write or ctx is cancelled.
func Run(ctx context.Context, inputs []Input, w io.Writer, opts Options) (Stats, error) {
	var st Stats
	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	max := opts.MaxSize
	if max == 0 {
		max = DefaultMaxSize
	}
	todo := make([]Input, 0, len(inputs))
	for _, in := range inputs {
		switch {
		case !InShard(in.Path, opts.Shard, opts.Shards):
			st.Other++
		case opts.Done[in.Path]:
			st.Skipped++
		default:
			todo = append(todo, in)
		}
	}
	if opts.OnSelected != nil {
		opts.OnSelected(len(todo))
	}
	if len(todo) == 0 {
		return st, nil
	}
	parseOpts := opts.Parse

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		rec  Record
		line []byte
	}
	type job struct {
		in  Input
		out chan result
	}
	jobc := make(chan job)
	order := make(chan chan result, 4*jobs) // bounds how far workers run ahead of the writer
	go func() {
		defer close(jobc)
		defer close(order)
		for _, in := range todo {
			out := make(chan result, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return
			}
			select {
			case jobc <- job{in, out}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobc {
				rec := process(j.in, max, parseOpts, opts.Stdin)
				line, err := rec.Marshal()
				if err != nil {
					rec = Record{Path: rec.Path, SHA256: rec.SHA256, Bytes: rec.Bytes, Error: "encoding the document: " + err.Error()}
					line, _ = rec.Marshal()
				}
				rec.Document = nil // the line holds it; let it go
				j.out <- result{rec, line}
			}
		}()
	}
	defer func() { cancel(); wg.Wait() }() // stop the feeder first, then let the workers drain
	for out := range order {
		var r result
		select {
		case r = <-out:
		case <-ctx.Done():
			return st, ctx.Err()
		}
		if _, err := w.Write(r.line); err != nil {
			return st, fmt.Errorf("writing output: %w", err)
		}
		st.Pages++
		if r.rec.Error != "" {
			st.Failed++
		}
		if opts.OnRecord != nil {
			opts.OnRecord(&r.rec)
		}
	}
	return st, ctx.Err()
}

// process reads and parses one input.
func process(in Input, max int64, opts []civicnews.Option, stdin io.Reader) Record {
	if in.err != nil {
		return Record{Path: in.Path, Error: in.err.Error()}
	}
	var r io.Reader
	if in.Path == "-" {
		if stdin == nil {
			stdin = os.Stdin
		}
		r = stdin
	} else {
		f, err := os.Open(in.Path)
		if err != nil {
			return Record{Path: in.Path, Error: err.Error()}
		}
		defer f.Close()
		r = f
	}
	return ReadPage(in.Path, r, max, opts...)
}

// ReadPage reads one page from r and parses it into a record, as Run does
// for each input: a page larger than max bytes (max < 0: no limit) fails
// with an error matching layout.ErrTooLarge, yet its record still carries
// the hash and size of all its bytes, read without holding them.
func ReadPage(path string, r io.Reader, max int64, opts ...civicnews.Option) Record {
	limit := max
	if limit < 0 {
		limit = int64(^uint64(0) >> 1)
	} else {
		limit++ // one byte more than allowed tells "too large"
	}
	data, err := io.ReadAll(io.LimitReader(r, limit))
	if err != nil {
		return Record{Path: path, Error: err.Error()}
	}
	if max >= 0 && int64(len(data)) > max {
		h := newHasher()
		h.Write(data)
		n, err := io.Copy(h, r)
		rec := Record{Path: path, SHA256: h.sum(), Bytes: int64(len(data)) + n,
			Error: fmt.Sprintf("%v: more than %d bytes", layout.ErrTooLarge, max)}
		if err != nil {
			rec.SHA256 = ""
		}
		return rec
	}
	return ParsePage(path, data, opts...)
}

// ReadDone reads an existing output file and returns the paths it holds
// and the length of its whole, valid lines. A torn last line (a run killed
// while writing) is not counted: the caller truncates the file to n before
// appending. A whole line that is not a record is an error: the file is not
// this program's output, and resuming would damage it.
func ReadDone(r io.Reader) (done map[string]bool, n int64, err error) {
	done = map[string]bool{}
	br := bufio.NewReaderSize(r, 1<<20)
	for lineNo := 1; ; lineNo++ {
		line, err := br.ReadBytes('\n')
		if errors.Is(err, io.EOF) {
			return done, n, nil // a torn line without its newline, or nothing
		}
		if err != nil {
			return nil, 0, err
		}
		var rec struct {
			Path *string `json:"path"`
		}
		if jerr := json.Unmarshal(line, &rec); jerr != nil || rec.Path == nil {
			if _, perr := br.Peek(1); errors.Is(perr, io.EOF) && jerr != nil {
				// The last line is whole but broken: a write cut short
				// (disk full) that still ended in a newline. Drop it too.
				return done, n, nil
			}
			return nil, 0, fmt.Errorf("line %d is not a record of this program; not resuming", lineNo)
		}
		done[*rec.Path] = true
		n += int64(len(line))
	}
}

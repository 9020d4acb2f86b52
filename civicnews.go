package civicnews

import (
	"fmt"
	"io"

	"github.com/civicnews/civicnews/layout"
	"github.com/civicnews/civicnews/parse"
)

// Option configures [Parse] and [ParseReader].
type Option func(*config)

type config struct {
	layout  []layout.Option
	parse   []parse.Option
	noEnt   bool
	words   bool
	maxSize int
	home    *homeSetting // WithHome (entities.go)
}

// WithEncoding reads the input in the given encoding instead of detecting
// it (see [layout.WithEncoding]); [layout.ParseEncoding] turns a name a
// user typed (gbk, UTF8 …) into an Encoding.
func WithEncoding(e layout.Encoding) Option {
	return func(c *config) { c.layout = append(c.layout, layout.WithEncoding(e)) }
}

// WithMaxSize refuses input larger than n bytes with an error matching
// [layout.ErrTooLarge]. [ParseReader] stops reading after n+1 bytes.
// Zero or less means no limit.
func WithMaxSize(n int) Option {
	return func(c *config) {
		c.maxSize = n
		c.layout = append(c.layout, layout.WithMaxSize(n))
	}
}

// WithoutEntities skips entity recognition (faster when only the
// structure is wanted).
func WithoutEntities() Option { return func(c *config) { c.noEnt = true } }

// WithWords also cuts the text of every paragraph into words with their
// parts of speech (package segment), in [Document.Words]. Off by default:
// it takes about as long again as the rest of Parse.
func WithWords() Option { return func(c *config) { c.words = true } }

// Parse runs the whole flow on one text: layout, parse, and entity
// recognition. It fails only for input it cannot decode and for limits the
// caller set; strange text gives a Document.
func Parse(text []byte, opts ...Option) (*Document, error) {
	return parseConfig(text, newConfig(opts))
}

// ParseReader is [Parse] for text read from r. With [WithMaxSize] it reads
// at most n+1 bytes and fails with an error matching [layout.ErrTooLarge]
// for longer input, without holding it all in memory.
func ParseReader(r io.Reader, opts ...Option) (*Document, error) {
	c := newConfig(opts)
	if c.maxSize > 0 {
		r = io.LimitReader(r, int64(c.maxSize)+1)
	}
	text, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("civicnews: reading the input: %w", err)
	}
	if c.maxSize > 0 && len(text) > c.maxSize {
		return nil, fmt.Errorf("%w: more than %d bytes", layout.ErrTooLarge, c.maxSize)
	}
	return parseConfig(text, c)
}

func newConfig(opts []Option) *config {
	c := &config{}
	for _, o := range opts {
		o(c)
	}
	return c
}

func parseConfig(text []byte, c *config) (*Document, error) {
	if err := c.entityErr(); err != nil {
		return nil, err
	}
	ld, err := layout.Analyze(text, c.layout...)
	if err != nil {
		return nil, err
	}
	pd := parse.FromLayout(ld, c.parse...)
	d := newDocument(pd)
	if !c.noEnt {
		d.recognize(c.recognizer())
	}
	if c.words {
		d.cutWords()
	}
	return d, nil
}

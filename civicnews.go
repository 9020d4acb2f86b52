package civicnews

import (
	"github.com/civicnews/civicnews/layout"
	"github.com/civicnews/civicnews/parse"
	"github.com/civicnews/civicnews/segment"
)

// Option configures [Parse].
type Option func(*config)

type config struct {
	layout []layout.Option
	parse  []parse.Option
	noEnt  bool
	home   *homeSetting // WithHome (entities.go)
}

// WithEncoding reads the input in the given encoding instead of detecting
// it (see [layout.WithEncoding]).
func WithEncoding(e layout.Encoding) Option {
	return func(c *config) { c.layout = append(c.layout, layout.WithEncoding(e)) }
}

// WithMaxSize refuses input larger than n bytes with an error matching
// [layout.ErrTooLarge].
func WithMaxSize(n int) Option {
	return func(c *config) { c.layout = append(c.layout, layout.WithMaxSize(n)) }
}

// WithoutEntities skips entity recognition (faster when only the
// structure is wanted).
func WithoutEntities() Option { return func(c *config) { c.noEnt = true } }

// seam is parse's word test across a seam: whether a dictionary word runs
// across it. The segmenter loads on first use only.
func seam(left, right string) float64 {
	if segment.Default().Crosses(left, right) {
		return 1
	}
	return 0
}

// Parse runs the whole flow on one text: layout, parse, and entity
// recognition. It fails only for input it cannot decode and for limits the
// caller set; strange text gives a Document.
func Parse(text []byte, opts ...Option) (*Document, error) {
	var c config
	for _, o := range opts {
		o(&c)
	}
	if err := c.entityErr(); err != nil {
		return nil, err
	}
	ld, err := layout.Analyze(text, c.layout...)
	if err != nil {
		return nil, err
	}
	pd := parse.FromLayout(ld, append(c.parse, parse.WithSeam(seam))...)
	d := newDocument(pd)
	if !c.noEnt {
		d.recognize(c.recognizer())
	}
	return d, nil
}

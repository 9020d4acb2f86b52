package layout

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/linemodel"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Option configures [Analyze].
type Option func(*config)

type config struct {
	encoding Encoding
	maxSize  int
	model    *linemodel.Model                     // nil: the fitted model
	capture  func(in []linemodel.Line, idx []int) // sees the model's input (for the generator)
}

// WithEncoding reads the input in the given encoding instead of detecting
// it. [Auto] (the default) reads UTF-8, UTF-16 with a BOM, and input that
// is not valid UTF-8 but is valid GB18030.
func WithEncoding(e Encoding) Option { return func(c *config) { c.encoding = e } }

// WithMaxSize makes [Analyze] refuse input larger than n bytes with an
// error that matches [ErrTooLarge]. Zero or less means no limit.
func WithMaxSize(n int) Option { return func(c *config) { c.maxSize = n } }

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decode turns the input into the UTF-8 Source of a Document. It returns
// the source, the number of leading bytes of source that are a BOM to
// drop, and the repairs it made.
func decode(in []byte, c *config, d *Document) (bomLen int, err error) {
	if c.maxSize > 0 && len(in) > c.maxSize {
		return 0, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(in), c.maxSize)
	}
	enc := c.encoding
	if enc == Auto {
		switch {
		case bytes.HasPrefix(in, bomUTF8):
			enc = UTF8
		case bytes.HasPrefix(in, bomUTF16LE):
			enc = UTF16LE
		case bytes.HasPrefix(in, bomUTF16BE):
			enc = UTF16BE
		case utf8.Valid(in):
			enc = UTF8
		default:
			if src, ok := decodeStrict(simplifiedchinese.GB18030, in); ok {
				d.Source, d.Encoding, d.Detected = src, GB18030, true
				d.Repairs = append(d.Repairs, Repair{Kind: RepairDecode, Span: Span{0, len(src)},
					Reason: "input is not valid UTF-8 but is valid GB18030: decoded"})
				return 0, nil
			}
			return 0, &InvalidUTF8Error{Offset: firstInvalid(in)}
		}
		d.Detected = true
	}
	d.Encoding = enc
	switch enc {
	case UTF8:
		if !utf8.Valid(in) {
			return 0, &InvalidUTF8Error{Offset: firstInvalid(in)}
		}
		d.Source = in
		if bytes.HasPrefix(in, bomUTF8) {
			d.Repairs = append(d.Repairs, Repair{Kind: RepairBOM, Span: Span{0, 3}, Before: "\uFEFF",
				Reason: "UTF-8 byte-order mark dropped"})
			return 3, nil
		}
		return 0, nil
	case UTF16LE, UTF16BE:
		end := unicode.LittleEndian
		if enc == UTF16BE {
			end = unicode.BigEndian
		}
		src, ok := decodeStrict(unicode.UTF16(end, unicode.ExpectBOM), in)
		if !ok {
			return 0, fmt.Errorf("layout: input is not valid %s", enc)
		}
		d.Source = src
		d.Repairs = append(d.Repairs, Repair{Kind: RepairDecode, Span: Span{0, len(src)},
			Reason: "decoded from " + string(enc) + "; byte-order mark dropped"})
		return 0, nil
	case GB18030:
		src, ok := decodeStrict(simplifiedchinese.GB18030, in)
		if !ok {
			return 0, fmt.Errorf("layout: input is not valid GB18030")
		}
		d.Source = src
		d.Repairs = append(d.Repairs, Repair{Kind: RepairDecode, Span: Span{0, len(src)},
			Reason: "decoded from GB18030 as asked"})
		return 0, nil
	}
	return 0, fmt.Errorf("layout: unknown encoding %q", enc)
}

// decodeStrict decodes in with e and reports whether every byte decoded
// to a real character (no replacement characters were produced).
func decodeStrict(e encoding.Encoding, in []byte) ([]byte, bool) {
	out, err := e.NewDecoder().Bytes(in)
	if err != nil {
		return nil, false
	}
	if bytes.Contains(out, []byte("\uFFFD")) && !bytes.Contains(in, []byte("\uFFFD")) {
		return nil, false
	}
	return out, true
}

func firstInvalid(in []byte) int {
	for i := 0; i < len(in); {
		r, n := utf8.DecodeRune(in[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(in)
}

// splitLines splits src[from:] into lines at \n, \r\n and \r, and at the
// markup cuts that end a line (whose bytes belong to no line).
func splitLines(src []byte, from int, cuts []cut) []Span {
	// each line ends at a line terminator or a cut, or at the end
	rest := src[from:]
	crs := bytes.Count(rest, []byte{'\r'})
	out := make([]Span, 0, bytes.Count(rest, []byte{'\n'})+crs+len(cuts)+1)
	start := from
	k := 0 // next line-breaking cut
	nextCut := func() int {
		for k < len(cuts) && !cuts[k].lineBreak {
			k++
		}
		if k < len(cuts) {
			return cuts[k].span.Start
		}
		return len(src)
	}
	c := nextCut()
	for i := from; i < len(src); {
		if i == c {
			out = append(out, Span{start, i})
			i = cuts[k].span.End
			start = i
			k++
			c = nextCut()
			continue
		}
		if c < i {
			// a \r\n stepped over the cut's start: no later cut ends a
			// line either (as when this went byte by byte)
			c = -1
		}
		limit := len(src)
		if c > i {
			limit = c
		}
		// jump to the next line terminator before the cut
		var j int
		if crs > 0 {
			j = bytes.IndexAny(src[i:limit], "\r\n")
		} else {
			j = bytes.IndexByte(src[i:limit], '\n')
		}
		if j < 0 {
			i = limit
			continue
		}
		i += j
		if src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n' {
			out = append(out, Span{start, i})
			i++
		} else {
			out = append(out, Span{start, i})
		}
		i++
		start = i
	}
	if start < len(src) {
		out = append(out, Span{start, len(src)})
	}
	return out
}

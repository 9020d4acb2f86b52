package layout

import (
	"bytes"
	"fmt"
	"sort"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/linemodel"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// Option configures [Analyze].
type Option func(*config)

type config struct {
	encoding Encoding
	maxSize  int
	model    *linemodel.Model                     // nil: the fitted model
	capture  func(in []linemodel.Line, idx []int) // sees the model's input (for the generator)
	pinyin   bool                                 // WithoutPinyinResidue
}

// WithEncoding reads the input in the given encoding instead of detecting
// it. [Auto] (the default) reads UTF-8, UTF-16 with a BOM, and input that
// is not valid UTF-8 but is valid GB18030. To take an encoding name from a
// user (a flag, a header), use [ParseEncoding]; a value that is not one of
// the constants makes Analyze fail with an error matching
// [ErrUnknownEncoding].
func WithEncoding(e Encoding) Option { return func(c *config) { c.encoding = e } }

// WithMaxSize makes [Analyze] refuse input larger than n bytes with an
// error that matches [ErrTooLarge]. Zero or less means no limit.
func WithMaxSize(n int) Option { return func(c *config) { c.maxSize = n } }

// WithoutPinyinResidue removes the pinyin residue that converters leave
// after Chinese characters (福田區(qū) → 福田區), each removal logged as a
// [RepairPinyin] whose span is the residue's bytes.
//
// Off by default: the residue is part of the text as received, and readers
// who compare the output with the page (annotators, search over the
// original) find titles and paragraphs as written. The detectors of layout
// and parse and the entity recogniser read through residue either way.
func WithoutPinyinResidue() Option { return func(c *config) { c.pinyin = true } }

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Decode returns the input as UTF-8, read in the encoding e ([Auto]
// detects it as [Analyze] does), and the encoding used. A UTF-8 or UTF-16
// byte-order mark is dropped. Errors match [ErrDecode] (a [*DecodeError]
// naming the offset of the first bad byte) or [ErrUnknownEncoding].
func Decode(in []byte, e Encoding) ([]byte, Encoding, error) {
	var d Document
	bom, _, err := decode(in, &config{encoding: e}, &d)
	if err != nil {
		return nil, "", err
	}
	return d.Source[bom:], d.Encoding, nil
}

// decode turns the input into UTF-8, which it stores in d.Source for the
// assembler. It returns the number of leading bytes of d.Source that are a
// BOM to drop, the map from offsets of d.Source to offsets of the input
// (nil when d.Source is the input), and the repairs it made.
func decode(in []byte, c *config, d *Document) (bomLen int, im *inputMap, err error) {
	if c.maxSize > 0 && len(in) > c.maxSize {
		return 0, nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(in), c.maxSize)
	}
	enc := c.encoding
	valid := false // in has been found valid UTF-8
	if enc == Auto {
		switch {
		case bytes.HasPrefix(in, bomUTF8):
			enc = UTF8
		case bytes.HasPrefix(in, bomUTF16LE):
			enc = UTF16LE
		case bytes.HasPrefix(in, bomUTF16BE):
			enc = UTF16BE
		case validUTF8(in):
			enc, valid = UTF8, true
		default:
			src, im, bad := decodeGB18030(in)
			if bad >= 0 {
				return 0, nil, &DecodeError{Encoding: Auto, Offset: firstInvalid(in)}
			}
			d.Source, d.Encoding, d.Detected = src, GB18030, true
			d.Repairs = append(d.Repairs, Repair{Kind: RepairDecode, Span: Span{0, len(src)},
				Reason: "input is not valid UTF-8 but is valid GB18030: decoded"})
			return 0, im, nil
		}
		d.Detected = true
	}
	switch enc {
	case UTF8:
		if !valid && !validUTF8(in) {
			return 0, nil, &DecodeError{Encoding: UTF8, Offset: firstInvalid(in)}
		}
		d.Source, d.Encoding = in, UTF8
		if bytes.HasPrefix(in, bomUTF8) {
			d.Repairs = append(d.Repairs, Repair{Kind: RepairBOM, Span: Span{0, 3}, Before: "\uFEFF",
				Reason: "UTF-8 byte-order mark dropped"})
			return 3, nil, nil
		}
		return 0, nil, nil
	case UTF16LE, UTF16BE:
		src, im, bad := decodeUTF16(in, enc == UTF16BE)
		if bad >= 0 {
			return 0, nil, &DecodeError{Encoding: enc, Offset: bad}
		}
		d.Source, d.Encoding = src, enc
		reason := "decoded from " + string(enc)
		if im.bom > 0 {
			reason += "; byte-order mark dropped"
		}
		d.Repairs = append(d.Repairs, Repair{Kind: RepairDecode, Span: Span{0, len(src)}, Reason: reason})
		return 0, im, nil
	case GB18030:
		src, im, bad := decodeGB18030(in)
		if bad >= 0 {
			return 0, nil, &DecodeError{Encoding: GB18030, Offset: bad}
		}
		d.Source, d.Encoding = src, GB18030
		d.Repairs = append(d.Repairs, Repair{Kind: RepairDecode, Span: Span{0, len(src)},
			Reason: "decoded from GB18030 as asked"})
		return 0, im, nil
	}
	return 0, nil, &unknownEncodingError{string(enc)}
}

// gbReplacement is U+FFFD in GB18030: a replacement character the input
// really holds, not a decoding failure.
var gbReplacement = []byte{0x84, 0x31, 0xA4, 0x37}

// decodeGB18030 decodes in as GB18030 and maps offsets of the output to
// offsets of in. bad is the offset of the first invalid sequence, or -1.
func decodeGB18030(in []byte) (out []byte, im *inputMap, bad int) {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(in)
	if err != nil {
		return nil, nil, 0
	}
	im = &inputMap{inLen: len(in), decLen: len(out)}
	i, j := 0, 0
	for i < len(in) && j < len(out) {
		w := 1 // the width in the input: ASCII 1, else 2, or 4 when the second byte is a digit
		if b := in[i]; b >= 0x81 && b <= 0xFE {
			w = 2
			if i+1 < len(in) && in[i+1] >= 0x30 && in[i+1] <= 0x39 {
				w = 4
			}
		}
		r, size := utf8.DecodeRune(out[j:])
		if i+w > len(in) || r == utf8.RuneError && !bytes.HasPrefix(in[i:], gbReplacement) {
			return nil, nil, i
		}
		im.add(j, i, size, w)
		i += w
		j += size
	}
	if i != len(in) || j != len(out) {
		return nil, nil, i
	}
	return out, im, -1
}

// decodeUTF16 decodes in as UTF-16 (a BOM, if any, overrides big and is
// dropped) and maps offsets of the output to offsets of in. bad is the
// offset of the first invalid sequence (an unpaired surrogate, an odd last
// byte), or -1.
func decodeUTF16(in []byte, big bool) (out []byte, im *inputMap, bad int) {
	i := 0
	switch {
	case bytes.HasPrefix(in, bomUTF16LE):
		big, i = false, 2
	case bytes.HasPrefix(in, bomUTF16BE):
		big, i = true, 2
	}
	unit := func(k int) rune {
		if big {
			return rune(in[k])<<8 | rune(in[k+1])
		}
		return rune(in[k+1])<<8 | rune(in[k])
	}
	im = &inputMap{inLen: len(in), bom: i}
	out = make([]byte, 0, (len(in)-i)*3/2)
	for i < len(in) {
		if i+2 > len(in) {
			return nil, nil, i
		}
		r, w := unit(i), 2
		switch {
		case utf16.IsSurrogate(r):
			if r >= 0xDC00 || i+4 > len(in) {
				return nil, nil, i
			}
			r2 := unit(i + 2)
			r = utf16.DecodeRune(r, r2)
			if r == utf8.RuneError {
				return nil, nil, i
			}
			w = 4
		}
		im.add(len(out), i, utf8.RuneLen(r), w)
		out = utf8.AppendRune(out, r)
		i += w
	}
	im.decLen = len(out)
	return out, im, -1
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

// inputMap maps byte offsets of the decoded text to byte offsets of the
// input. It is a list of runs: from run.dec on, every character takes dw
// bytes decoded and iw bytes in the input, until the next run. Text that
// mixes ASCII and Chinese takes a run per change of width, far fewer than
// one per character.
type inputMap struct {
	runs          []mapRun
	decLen, inLen int
	bom           int // bytes of BOM at the start of the input, dropped from the decoded text
}

type mapRun struct {
	dec, in int
	dw, iw  uint8
}

// add records a character at dec (decoded) and in (input) of widths dw
// and iw.
func (m *inputMap) add(dec, in, dw, iw int) {
	if n := len(m.runs); n > 0 {
		last := m.runs[n-1]
		if int(last.dw) == dw && int(last.iw) == iw {
			return // the run goes on
		}
	}
	m.runs = append(m.runs, mapRun{dec: dec, in: in, dw: uint8(dw), iw: uint8(iw)})
}

// offset maps the decoded offset x to the input. An offset inside a
// character maps to the character's start, or its end when end is set.
func (m *inputMap) offset(x int, end bool) int {
	if x >= m.decLen {
		return m.inLen
	}
	if x <= 0 && len(m.runs) == 0 {
		return m.bom
	}
	k := sort.Search(len(m.runs), func(i int) bool { return m.runs[i].dec > x }) - 1
	if k < 0 {
		return m.bom
	}
	r := m.runs[k]
	n, rem := (x-r.dec)/int(r.dw), (x-r.dec)%int(r.dw)
	off := r.in + n*int(r.iw)
	if rem > 0 && end {
		off += int(r.iw)
	}
	return off
}

// span maps a span of the decoded text to the input.
func (m *inputMap) span(s Span) Span {
	if m == nil {
		return s
	}
	return Span{m.offset(s.Start, false), m.offset(s.End, true)}
}

// spans maps spans of the decoded text to the input in place.
func (m *inputMap) spans(ss []Span) []Span {
	if m == nil {
		return ss
	}
	for i := range ss {
		ss[i] = m.span(ss[i])
	}
	return ss
}

// toInput makes every span of d index the input instead of the decoded
// text it was built on, and makes the input d's Source. Pieces keep their
// decoded offsets (so that a range of a block's text maps back to single
// characters); [Block.SourceSpans] maps them through im.
func (d *Document) toInput(in []byte, im *inputMap) {
	if im == nil {
		return
	}
	for i := range d.Lines {
		l := &d.Lines[i]
		l.Span = im.span(l.Span)
		l.im = im
	}
	for i := range d.Blocks {
		b := &d.Blocks[i]
		im.spans(b.Spans)
		b.im = im
	}
	for i := range d.Repairs {
		r := &d.Repairs[i]
		if r.Kind == RepairDecode && r.Span.Start == 0 && r.Span.End == len(d.Source) {
			r.Span = Span{0, len(in)} // the decoding concerns the whole input, BOM included
			continue
		}
		r.Span = im.span(r.Span)
	}
	d.Source = in
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

// validUTF8 is utf8.Valid, with the three-byte encodings decodeFastAt
// reads (Chinese text) checked inline: utf8.Valid takes a table walk per
// character, a tenth of the time of a page of Chinese text.
func validUTF8(p []byte) bool {
	for i := 0; i < len(p); {
		if _, n := decodeFastAt(p, i, len(p)); n > 0 {
			i += n
			continue
		}
		// anything else: DecodeRune reads one byte of an invalid
		// encoding (U+FFFD itself takes three)
		_, n := utf8.DecodeRune(p[i:])
		if n == 1 {
			return false
		}
		i += n
	}
	return true
}

package layout

import (
	"errors"
	"fmt"
	"strings"
)

// Span is a half-open byte range [Start, End) of the input given to
// [Analyze] ([Document.Source]): whatever the input's encoding, a span
// slices the caller's bytes. It marshals to JSON as a two-element array
// [start, end].
type Span struct {
	Start int // offset of the first byte
	End   int // offset just past the last byte
}

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Encoding names the character encoding the input was read in. Its value
// is the canonical lower-case name; [ParseEncoding] reads the names people
// type (GBK, gb2312, UTF8 …).
type Encoding string

// Encodings the package reads. [Auto] is an option value only: a
// [Document] always names the encoding that was used.
const (
	Auto    Encoding = ""         // detect: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030
	UTF8    Encoding = "utf-8"    // UTF-8; a leading BOM is stripped and logged
	UTF16LE Encoding = "utf-16le" // UTF-16, little endian (detected only from its BOM; a BOM, if present, is dropped)
	UTF16BE Encoding = "utf-16be" // UTF-16, big endian (detected only from its BOM; a BOM, if present, is dropped)
	GB18030 Encoding = "gb18030"  // GB18030, a superset of GBK and GB2312
)

// encodingNames maps the names [ParseEncoding] accepts, lower case, to
// encodings.
var encodingNames = map[string]Encoding{
	"": Auto, "auto": Auto, "detect": Auto,
	"utf-8": UTF8, "utf8": UTF8,
	"utf-16le": UTF16LE, "utf16le": UTF16LE, "utf-16-le": UTF16LE, "utf_16le": UTF16LE,
	"utf-16be": UTF16BE, "utf16be": UTF16BE, "utf-16-be": UTF16BE, "utf_16be": UTF16BE,
	"gb18030": GB18030, "gb-18030": GB18030, "gbk": GB18030, "gb2312": GB18030, "gb-2312": GB18030,
	"cp936": GB18030, "euc-cn": GB18030, "euccn": GB18030,
}

// EncodingNames lists the names [ParseEncoding] accepts, canonical names
// first.
func EncodingNames() []string {
	return []string{"auto", "utf-8", "utf-16le", "utf-16be", "gb18030",
		"utf8", "utf16le", "utf16be", "gbk", "gb2312", "cp936", "euc-cn"}
}

// ParseEncoding returns the encoding a name stands for, ignoring case and
// surrounding space: utf-8 (utf8), utf-16le, utf-16be, gb18030 (gbk,
// gb2312, cp936, euc-cn: GB18030 reads them all), and auto or the empty
// string for [Auto]. An unknown name gives an error that matches
// [ErrUnknownEncoding] and lists the valid names.
func ParseEncoding(name string) (Encoding, error) {
	if e, ok := encodingNames[strings.ToLower(strings.TrimSpace(name))]; ok {
		return e, nil
	}
	return "", &unknownEncodingError{name}
}

type unknownEncodingError struct{ name string }

func (e *unknownEncodingError) Error() string {
	return fmt.Sprintf("layout: unknown encoding %q (valid: %s)", e.name, strings.Join(EncodingNames(), ", "))
}

func (e *unknownEncodingError) Is(target error) bool { return target == ErrUnknownEncoding }

// ErrTooLarge is returned (wrapped) when the input is larger than the limit
// set with [WithMaxSize].
var ErrTooLarge = errors.New("layout: input too large")

// ErrUnknownEncoding is matched by errors.Is for an encoding name or value
// the package does not know (from [ParseEncoding], or an [Encoding] value
// given to [WithEncoding] that is not one of the constants).
var ErrUnknownEncoding = errors.New("layout: unknown encoding")

// ErrDecode is matched by errors.Is for every [*DecodeError]: input that
// is not valid in the encoding it was read in.
var ErrDecode = errors.New("layout: input not valid in its encoding")

// ErrInvalidUTF8 is matched by errors.Is for a [*DecodeError] of input
// read as UTF-8 (asked for, or detected and found invalid).
var ErrInvalidUTF8 = errors.New("layout: invalid UTF-8")

// DecodeError reports input that is not valid in the encoding it was read
// in. When the encoding was detected ([Auto]), the input was neither valid
// UTF-8 nor valid GB18030.
type DecodeError struct {
	Encoding Encoding // the encoding asked for, or Auto when it was detected
	Offset   int      // byte offset in the input of the first invalid sequence (for Auto: of the first invalid UTF-8)
}

// Error implements the error interface.
func (e *DecodeError) Error() string {
	switch e.Encoding {
	case Auto:
		return fmt.Sprintf("layout: input is neither valid UTF-8 (invalid byte at offset %d) nor valid GB18030; name its encoding if it is another one", e.Offset)
	case UTF8:
		return fmt.Sprintf("layout: input is not valid UTF-8: invalid byte at offset %d", e.Offset)
	}
	return fmt.Sprintf("layout: input is not valid %s: invalid sequence at byte offset %d", strings.ToUpper(string(e.Encoding)), e.Offset)
}

// Is reports whether target is [ErrDecode], or [ErrInvalidUTF8] for input
// read as UTF-8 or detected.
func (e *DecodeError) Is(target error) bool {
	return target == ErrDecode || target == ErrInvalidUTF8 && (e.Encoding == UTF8 || e.Encoding == Auto)
}

// BlockKind classifies a [Block].
type BlockKind uint8

// Block kinds.
const (
	Body      BlockKind = iota // body text: one paragraph, column breaks joined
	Heading                    // a heading candidate: a short line with no sentence end (headline, section heading, masthead line)
	Byline                     // a byline: 记者, 通讯员, 实习生, 摄影, 文/, 图/ followed by names
	Caption                    // a photo caption lifted out of the text it interrupted
	Furniture                  // page or web furniture: QR prompts, app promotions, navigation, footers
)

var kindNames = [...]string{Body: "body", Heading: "heading", Byline: "byline", Caption: "caption", Furniture: "furniture"}

// String returns the kind's name: body, heading, byline, caption or furniture.
func (k BlockKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("BlockKind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k BlockKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// RepairKind names a kind of repair.
type RepairKind string

// Repair kinds.
const (
	RepairDecode    RepairKind = "decode"     // the input was decoded from another encoding
	RepairBOM       RepairKind = "bom"        // a byte-order mark was dropped
	RepairControl   RepairKind = "control"    // a NUL, control or zero-width character was dropped
	RepairWidth     RepairKind = "width"      // a full-width digit, letter or space was narrowed
	RepairPunct     RepairKind = "punct"      // ASCII punctuation in Chinese context was restored to full width
	RepairSpace     RepairKind = "space"      // stray spaces between Chinese and numbers were removed or runs collapsed
	RepairStrayWord RepairKind = "stray-word" // a stray English word between Chinese words was replaced
	RepairJoin      RepairKind = "join"       // two halves of a sentence split by a column break were joined
	RepairCaption   RepairKind = "caption"    // a short line that interrupted a sentence was lifted out
	RepairNarrow    RepairKind = "narrow"     // a headline or byline set in a narrow column was reassembled
	// RepairPinyin: pinyin residue that a converter left after a Chinese
	// character (區(qū), 社区(shèqū)) was removed.
	RepairPinyin RepairKind = "pinyin"
	// RepairLetterSpacing: the spaces of a letter-spaced word (政 府 工 作
	// 报 告) were removed.
	RepairLetterSpacing RepairKind = "letter-spacing"
)

// Repair records one change made to the text, so that a user can audit and
// undo it: its Kind, the source bytes concerned, the text before and
// after, and the reason. In JSON: kind, start, end, detail, before, after.
type Repair struct {
	Kind   RepairKind
	Span   Span   // the source bytes concerned
	Before string // the text before the repair
	After  string // the text after the repair
	Reason string // why, in words
}

// Line is one physical line of the source, as split at \n, \r\n or \r.
type Line struct {
	Span   Span      // the line's bytes, without the line terminator
	Text   string    // the repaired text: trimmed, width, punctuation and spacing repaired
	Indent bool      // the line was indented (U+3000, tab or spaces): a paragraph start
	Blank  bool      // nothing but white space and control characters
	Label  LineLabel // what the line model takes the line to be ("" for a blank line)
	// HeadlineP is the line model's probability that the line is part of
	// a headline, whatever label the page's decoding gave it.
	HeadlineP float32

	pieces []piece
	im     *inputMap // maps the pieces' offsets to the input; nil for UTF-8
}

// Block is a unit of the repaired text: one paragraph, heading, byline,
// caption or piece of furniture (its Kind).
type Block struct {
	Kind   BlockKind
	Text   string // the repaired text
	Lines  []int  // indices into Document.Lines of the lines it was made from, in order
	Spans  []Span // the source bytes it was made from, in order
	Reason string // for Furniture and Caption: why (qr-prompt, app-promo, navigation, web-footer, page-furniture, caption)
	Indent bool   // its first line was indented
	Narrow bool   // reassembled from a narrow column of short lines

	pieces []piece
	im     *inputMap // maps the pieces' offsets to the input; nil for UTF-8
}

// Document is the result of [Analyze]: the source, its lines and blocks,
// and the log of repairs.
type Document struct {
	// Source is the input as given, the bytes every Span indexes, in any
	// encoding (a BOM, if any, stays in Source and is among the gaps). The
	// Text of lines and blocks is UTF-8 whatever the encoding.
	Source []byte
	// Encoding is the encoding the input was read in.
	Encoding Encoding
	// Detected reports that Encoding was detected rather than asked for.
	Detected bool
	// Lines are the physical lines of the input, blank ones included.
	Lines []Line
	// Blocks are the repaired paragraphs, headings, bylines, captions and
	// furniture, in source order.
	Blocks []Block
	// Repairs is the log of every change made to the text, in source
	// order.
	Repairs []Repair
}

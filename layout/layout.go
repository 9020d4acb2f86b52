package layout

import (
	"errors"
	"fmt"
)

// Span is a half-open byte range [Start, End) of [Document.Source].
type Span struct {
	Start, End int
}

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Encoding names the character encoding the input was read in.
type Encoding string

// Encodings the package reads. [Auto] is an option value only: a
// [Document] always names the encoding that was used.
const (
	Auto    Encoding = ""         // detect: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030
	UTF8    Encoding = "utf-8"    // UTF-8; a leading BOM is stripped and logged
	UTF16LE Encoding = "utf-16le" // UTF-16, little endian (detected only from its BOM)
	UTF16BE Encoding = "utf-16be" // UTF-16, big endian (detected only from its BOM)
	GB18030 Encoding = "gb18030"  // GB18030, a superset of GBK and GB2312
)

// ErrTooLarge is returned (wrapped) when the input is larger than the limit
// set with [WithMaxSize].
var ErrTooLarge = errors.New("layout: input too large")

// ErrInvalidUTF8 is matched by errors.Is for every [*InvalidUTF8Error].
var ErrInvalidUTF8 = errors.New("layout: invalid UTF-8")

// InvalidUTF8Error reports input that is neither valid UTF-8 nor, when the
// encoding is detected, valid GB18030.
type InvalidUTF8Error struct {
	Offset int // byte offset of the first invalid sequence in the input
}

// Error implements the error interface.
func (e *InvalidUTF8Error) Error() string {
	return fmt.Sprintf("layout: invalid UTF-8 at byte offset %d (and not valid GB18030 either)", e.Offset)
}

// Is reports whether target is [ErrInvalidUTF8].
func (e *InvalidUTF8Error) Is(target error) bool { return target == ErrInvalidUTF8 }

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
)

// Repair records one change made to the text, so that a user can audit and
// undo it.
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
}

// Block is a unit of the repaired text: one paragraph, heading, byline,
// caption or piece of furniture.
type Block struct {
	Kind   BlockKind
	Text   string // the repaired text
	Lines  []int  // indices into Document.Lines of the lines it was made from, in order
	Spans  []Span // the source bytes it was made from, in order
	Reason string // for Furniture and Caption: why (qr-prompt, app-promo, navigation, web-footer, page-furniture, caption)
	Indent bool   // its first line was indented
	Narrow bool   // reassembled from a narrow column of short lines

	pieces []piece
}

// Document is the result of [Analyze]: the source, its lines and blocks,
// and the log of repairs.
type Document struct {
	// Source is the text every Span indexes. It is the input itself when
	// the input was UTF-8 (a BOM, if any, stays in Source and is listed
	// among the dropped bytes), else the input decoded to UTF-8.
	Source []byte
	// Encoding is the encoding the input was read in.
	Encoding Encoding
	// Detected reports that Encoding was detected rather than asked for.
	Detected bool
	Lines    []Line
	Blocks   []Block
	Repairs  []Repair
}

package view

import (
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/civicnews/civicnews/layout"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// source is the input as given, cut into its characters: spans index the
// input's bytes in whatever encoding it came, and the view shows them
// decoded.
type source struct {
	raw   []byte
	at    []int32 // at[i] is the index of the character starting at byte i, or -1
	chars []char
}

type char struct {
	start, end int
	r          string // the character decoded to UTF-8
}

func newSource(raw []byte, enc layout.Encoding) *source {
	s := &source{raw: raw, at: make([]int32, len(raw)+1)}
	for i := range s.at {
		s.at[i] = -1
	}
	gb := simplifiedchinese.GB18030.NewDecoder()
	for i := 0; i < len(raw); {
		size := 1
		var text string
		switch enc {
		case layout.GB18030:
			b := raw[i]
			switch {
			case b < 0x80 || b == 0x80 || b == 0xFF || i+1 >= len(raw):
			case raw[i+1] >= 0x30 && raw[i+1] <= 0x39 && i+3 < len(raw):
				size = 4
			default:
				size = 2
			}
			out, err := gb.Bytes(raw[i : i+size])
			if err != nil {
				out = []byte(string(utf8.RuneError))
			}
			text = string(out)
		case layout.UTF16LE, layout.UTF16BE:
			var order binary.ByteOrder = binary.LittleEndian
			if enc == layout.UTF16BE {
				order = binary.BigEndian
			}
			if i+1 >= len(raw) {
				text = string(utf8.RuneError)
				break
			}
			u := order.Uint16(raw[i:])
			size = 2
			units := []uint16{u}
			if utf16.IsSurrogate(rune(u)) && i+3 < len(raw) {
				units = append(units, order.Uint16(raw[i+2:]))
				size = 4
			}
			text = string(utf16.Decode(units))
		default:
			r, n := utf8.DecodeRune(raw[i:])
			size = n
			text = string(raw[i : i+n])
			if r == utf8.RuneError && n == 1 {
				text = string(utf8.RuneError)
			}
		}
		s.at[i] = int32(len(s.chars))
		s.chars = append(s.chars, char{i, i + size, text})
		i += size
	}
	s.at[len(raw)] = int32(len(s.chars))
	return s
}

// clamp moves i into the input and back to the start of its character.
func (s *source) clamp(i int) int {
	i = max(0, min(i, len(s.raw)))
	for i > 0 && s.at[i] < 0 {
		i--
	}
	return i
}

// text returns the decoded characters of the bytes [lo, hi), both
// boundaries.
func (s *source) text(lo, hi int) string {
	if lo >= hi {
		return ""
	}
	var b []byte
	for k := s.at[lo]; k >= 0 && int(k) < len(s.chars) && s.chars[k].start < hi; k++ {
		b = append(b, s.chars[k].r...)
	}
	return string(b)
}

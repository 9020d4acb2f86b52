package layout

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// encPage is a page with ASCII, Chinese, a 4-byte GB18030 character (𠀀,
// outside the BMP: a surrogate pair in UTF-16), repairs (a column break,
// ASCII punctuation) and furniture.
const encPage = "本报讯 8月3日上午，区委书记到斜土街道调研,要求\n" +
	"把服务做到企业心坎上。𠀀字在此。\n\n扫描二维码\n关注“社区发布”\n\n第二段：居民区 ABC 123 的工作。\n"

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

// TestSpansSliceTheInput checks that for every encoding, every span of
// lines, blocks, repairs and gaps indexes the caller's bytes: decoding
// the bytes a block's spans cover gives back the block's characters, and
// blocks and gaps cover the input exactly once.
func TestSpansSliceTheInput(t *testing.T) {
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	cases := []struct {
		name string
		in   []byte
		enc  Encoding // asked for
		dec  encoding.Encoding
		want Encoding
	}{
		{"GB18030 detected", encode(t, simplifiedchinese.GB18030, encPage), Auto, simplifiedchinese.GB18030, GB18030},
		{"GB18030 asked", encode(t, simplifiedchinese.GB18030, encPage), GB18030, simplifiedchinese.GB18030, GB18030},
		{"UTF-16LE with BOM", encode(t, utf16le, encPage), Auto, utf16le, UTF16LE},
		{"UTF-16BE without BOM, asked", encode(t, utf16be, encPage), UTF16BE, utf16be, UTF16BE},
		{"UTF-8", []byte(encPage), Auto, unicode.UTF8, UTF8},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Analyze(c.in, WithEncoding(c.enc))
			require.NoError(t, err)
			assert.Equal(t, c.want, d.Encoding)
			assert.Equal(t, c.in, d.Source, "Source is the input")
			decode := func(s Span) string {
				require.True(t, 0 <= s.Start && s.Start <= s.End && s.End <= len(c.in), "span %v of %d bytes", s, len(c.in))
				out, err := c.dec.NewDecoder().Bytes(c.in[s.Start:s.End])
				require.NoError(t, err)
				return strings.TrimPrefix(string(out), "\uFEFF")
			}
			var covered []Span
			for _, b := range d.Blocks {
				var src strings.Builder
				for _, s := range b.Spans {
					src.WriteString(decode(s))
				}
				// every character of the text that is not a repaired one is in the source
				for _, r := range b.Text {
					if r > 0x2000 && r != '，' && r != '：' {
						assert.Contains(t, src.String(), string(r), "block %q from %v", b.Text, b.Spans)
					}
				}
				covered = append(covered, b.Spans...)
				// a range of the text maps to exactly the characters it holds
				if i := strings.Index(b.Text, "斜土街道"); i >= 0 {
					var got strings.Builder
					for _, s := range b.SourceSpans(i, i+len("斜土街道")) {
						got.WriteString(decode(s))
					}
					assert.Equal(t, "斜土街道", got.String())
				}
				if i := strings.Index(b.Text, "𠀀"); i >= 0 {
					ss := b.SourceSpans(i, i+len("𠀀"))
					require.Len(t, ss, 1)
					assert.Equal(t, "𠀀", decode(ss[0]))
				}
			}
			for _, l := range d.Lines {
				if !l.Blank {
					first := string([]rune(l.Text)[0])
					assert.Contains(t, decode(l.Span), first, "line %q at %v", l.Text, l.Span)
				}
			}
			for _, r := range d.Repairs {
				s := decode(r.Span)
				if r.Kind == RepairPunct || r.Kind == RepairJoin {
					assert.NotEmpty(t, s, "repair %+v", r)
				}
				if r.Kind == RepairDecode {
					assert.Equal(t, Span{0, len(c.in)}, r.Span)
				}
			}
			covered = append(covered, d.Gaps()...)
			sortSpans(covered)
			at := 0
			for _, s := range covered {
				require.Equal(t, at, s.Start, "blocks and gaps cover the input once: %v", covered)
				at = s.End
			}
			assert.Equal(t, len(c.in), at)
		})
	}
}

func TestParseEncoding(t *testing.T) {
	for name, want := range map[string]Encoding{
		"gbk": GB18030, "GBK": GB18030, "gb2312": GB18030, "GB18030": GB18030, "utf8": UTF8, "UTF-8": UTF8,
		"utf-16le": UTF16LE, "UTF-16BE": UTF16BE, "": Auto, "auto": Auto, " Utf-8 ": UTF8,
	} {
		got, err := ParseEncoding(name)
		require.NoError(t, err, name)
		assert.Equal(t, want, got, name)
	}
	_, err := ParseEncoding("latin1")
	require.ErrorIs(t, err, ErrUnknownEncoding)
	for _, n := range []string{"utf-8", "gb18030", "gbk", "utf-16le"} {
		assert.Contains(t, err.Error(), n, "the error lists the valid names")
	}
	_, err = Analyze([]byte("x"), WithEncoding("latin1"))
	assert.ErrorIs(t, err, ErrUnknownEncoding)
}

func TestDecodeErrors(t *testing.T) {
	gbk := encode(t, simplifiedchinese.GBK, "街道召开会议。")
	_, err := Analyze(gbk, WithEncoding(UTF8))
	require.ErrorIs(t, err, ErrDecode)
	require.ErrorIs(t, err, ErrInvalidUTF8)
	assert.Contains(t, err.Error(), "not valid UTF-8")
	assert.NotContains(t, err.Error(), "GB18030", "GBK forced to UTF-8 is not said to be invalid GB18030")
	var de *DecodeError
	require.True(t, errors.As(err, &de))
	assert.Equal(t, UTF8, de.Encoding)
	assert.Equal(t, 0, de.Offset)

	_, err = Analyze([]byte("ab\xff\xfecd"), WithEncoding(GB18030))
	require.True(t, errors.As(err, &de))
	assert.Equal(t, GB18030, de.Encoding)
	assert.Equal(t, 2, de.Offset)
	assert.False(t, errors.Is(err, ErrInvalidUTF8))
	assert.True(t, errors.Is(err, ErrDecode))

	_, err = Analyze([]byte{0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00}) // a high surrogate then A
	require.True(t, errors.As(err, &de))
	assert.Equal(t, UTF16LE, de.Encoding)
	assert.Equal(t, 2, de.Offset)
	_, err = Analyze([]byte{0x41, 0x00, 0x42}, WithEncoding(UTF16LE))
	require.True(t, errors.As(err, &de))
	assert.Equal(t, 2, de.Offset)

	_, err = Analyze([]byte{0x00, 0xff, 0x00, 0xfe, 0x80})
	require.True(t, errors.As(err, &de))
	assert.Equal(t, Auto, de.Encoding)
	assert.Contains(t, err.Error(), "neither valid UTF-8")

	text, enc, err := Decode(gbk, Auto)
	require.NoError(t, err)
	assert.Equal(t, GB18030, enc)
	assert.Equal(t, "街道召开会议。", string(text))
}

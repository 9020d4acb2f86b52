package layout

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHostile runs the inputs a scanner or a scraper may hand over; each
// documented in the package doc. None may panic, and each either gives a
// Document that satisfies the invariants or a clear error.
func TestHostile(t *testing.T) {
	big := func(s string, n int) []byte { return bytes.Repeat([]byte(s), n/len(s)) }
	cases := []struct {
		name    string
		in      []byte
		wantErr error
		check   func(t *testing.T, d *Document)
	}{
		{"empty", nil, nil, func(t *testing.T, d *Document) { assert.Empty(t, d.Blocks) }},
		{"only white space", []byte(" \n\t\r\n\u3000\n"), nil, func(t *testing.T, d *Document) { assert.Empty(t, d.Blocks) }},
		{"NUL and control characters", []byte("街道\x00\x01召开\x1b会议。\x7f"), nil, func(t *testing.T, d *Document) {
			assert.Equal(t, "街道召开会议。", d.Blocks[0].Text)
		}},
		{"invalid UTF-8", []byte("abc\xc3\x28def"), ErrInvalidUTF8, nil},
		{"binary junk", []byte{0x00, 0xff, 0x00, 0xfe, 0x80, 0x81, 0x00}, ErrInvalidUTF8, nil},
		{"UTF-16 big endian with BOM", []byte{0xFE, 0xFF, 0x88, 0x57, 0x90, 0x53}, nil, func(t *testing.T, d *Document) {
			assert.Equal(t, UTF16BE, d.Encoding)
			assert.Equal(t, "街道", d.Blocks[0].Text)
		}},
		{"HTML", []byte("<html><body><p>本报讯 街道召开会议。</p><p>居民&amp;代表参加。</p></body></html>"), nil, func(t *testing.T, d *Document) {
			require.Len(t, d.Blocks, 2)
			assert.Equal(t, "居民&代表参加。", d.Blocks[1].Text)
		}},
		{"many tiny lines", big("a\n", 200000), nil, nil},
		{"one long line without punctuation", big("街道召开会议", 3000000), nil, func(t *testing.T, d *Document) {
			assert.Len(t, d.Blocks, 1)
		}},
		{"one repeated character", big("，", 3000000), nil, nil},
		{"only line ends", big("\n", 1000000), nil, func(t *testing.T, d *Document) { assert.Empty(t, d.Blocks) }},
		{"a masthead and nothing else", []byte("社区晨报\n\n2020年8月12日\n\n本期 8 版 第 42 期"), nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Analyze(c.in)
			if c.wantErr != nil {
				require.ErrorIs(t, err, c.wantErr)
				return
			}
			require.NoError(t, err)
			if len(c.in) < 1<<20 {
				checkInvariants(t, d)
			} else {
				for _, b := range d.Blocks {
					require.True(t, utf8.ValidString(b.Text))
				}
			}
			if c.check != nil {
				c.check(t, d)
			}
		})
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"", "\n\n", "本报讯 1月9日,街道召开会议。", "□记者\n朱亮\n", "一刻钟\n「圈住」\n美好生\n活\n",
		"日华公司负\n\n/ 417街区\n\n责人,党群中心", "扫描二维码\n关注“社区发布”", "<p>街道</p>&amp;",
		"\uFEFF街道", "\xff\xfe\x57\x88", "第４５期 ２０２１年", "疫情防控 and 社区发展", "（《“\n\n”》）",
		sideBySide, "本报讯〈记者 张三 通讯员 李四) 1月5日，街道召开会议。", "老首\n旧 家\n小近\n区 零\n加 碳\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		d, err := Analyze(in)
		if err != nil {
			return
		}
		checkInvariants(t, d)
		// The repaired text must read again without error or loss. That a
		// second reading changes nothing is tested on every real page
		// (TestIdempotent); on arbitrary bytes a decision that looks ahead
		// (a short line is a heading when a paragraph follows it) can still
		// change once blocks are put together, so it is not required here.
		once, err := AnalyzeString(d.Text())
		require.NoError(t, err)
		checkInvariants(t, once)
	})
}

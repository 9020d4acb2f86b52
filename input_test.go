package civicnews_test

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/layout"
)

const inputPage = "社区晨报\n\n2020年8月12日\n\n本期 8 版 第 42 期\n\n扫描二维码\n关注“社区发布”\n\n" +
	"斜土街道调研营商工作\n\n□记者 王明\n\n本报讯 8月3日上午,区委书记曹立强到斜土街道调研,要求\n\n把服务做到企业心坎上。\n"

// TestSpansSliceTheInput: for GBK and UTF-16 input, every span the user
// sees (paragraphs, boilerplate, repairs, entities) slices the input bytes
// as given.
func TestSpansSliceTheInput(t *testing.T) {
	for _, c := range []struct {
		name string
		enc  encoding.Encoding
		want layout.Encoding
	}{
		{"GBK", simplifiedchinese.GBK, layout.GB18030},
		{"UTF-16LE with BOM", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), layout.UTF16LE},
		{"UTF-8", unicode.UTF8, layout.UTF8},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, err := c.enc.NewEncoder().Bytes([]byte(inputPage))
			require.NoError(t, err)
			d, err := civicnews.ParseReader(strings.NewReader(string(in)))
			require.NoError(t, err)
			assert.Equal(t, c.want, d.Encoding)
			read := func(spans ...civicnews.Span) string {
				var b strings.Builder
				for _, s := range spans {
					require.True(t, 0 <= s.Start && s.Start <= s.End && s.End <= len(in), "span %v of %d bytes", s, len(in))
					out, err := c.enc.NewDecoder().Bytes(in[s.Start:s.End])
					require.NoError(t, err)
					b.WriteString(strings.TrimPrefix(string(out), "\uFEFF"))
				}
				return b.String()
			}
			require.Len(t, d.Articles, 1)
			p := d.Articles[0].Paragraphs[0]
			src := read(p.Spans...)
			assert.Contains(t, src, "区委书记曹立强到斜土街道调研")
			assert.Contains(t, src, "把服务做到企业心坎上。")
			require.NotEmpty(t, d.Boilerplate)
			for _, b := range d.Boilerplate {
				assert.Equal(t, b.Text, read(b.Spans...), "boilerplate")
			}
			found := 0
			for _, r := range d.Repairs {
				if r.Kind == layout.RepairPunct && r.Before == "," {
					assert.Equal(t, ",", read(r.Span))
					found++
				}
			}
			assert.Equal(t, 2, found, "the two commas restored")
			ents := 0
			for _, e := range d.Entities {
				if len(e.Spans) > 0 {
					assert.Equal(t, e.Text, read(e.Spans...), "entity %s", e.Text)
					ents++
				}
			}
			assert.GreaterOrEqual(t, ents, 2, "曹立强 and 斜土街道 at least")
		})
	}
}

// endless is an input that never ends.
type endless struct{ n int }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	e.n += len(p)
	return len(p), nil
}

func TestParseReaderMaxSize(t *testing.T) {
	r := &endless{}
	_, err := civicnews.ParseReader(r, civicnews.WithMaxSize(1000))
	require.ErrorIs(t, err, layout.ErrTooLarge)
	assert.LessOrEqual(t, r.n, 1<<16, "reads little more than the limit")

	d, err := civicnews.ParseReader(io.LimitReader(&endless{}, 1000), civicnews.WithMaxSize(1000))
	require.NoError(t, err)
	assert.Equal(t, civicnews.SchemaVersion, d.SchemaVersion)

	_, err = civicnews.ParseReader(failing{})
	assert.ErrorIs(t, err, errBroken)
}

var errBroken = errors.New("broken pipe")

type failing struct{}

func (failing) Read([]byte) (int, error) { return 0, errBroken }

func TestEncodingErrors(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("街道召开会议")
	require.NoError(t, err)
	enc, err := layout.ParseEncoding("UTF8")
	require.NoError(t, err)
	_, err = civicnews.Parse([]byte(gbk), civicnews.WithEncoding(enc))
	assert.ErrorIs(t, err, layout.ErrDecode)
	assert.Contains(t, err.Error(), "not valid UTF-8")
	assert.NotContains(t, err.Error(), "GB18030")
	enc, err = layout.ParseEncoding("GBK")
	require.NoError(t, err)
	d, err := civicnews.Parse([]byte(gbk), civicnews.WithEncoding(enc))
	require.NoError(t, err)
	assert.Equal(t, layout.GB18030, d.Encoding)
	_, err = civicnews.Parse([]byte("x"), civicnews.WithEncoding("latin1"))
	assert.ErrorIs(t, err, layout.ErrUnknownEncoding)
}

func TestWithWords(t *testing.T) {
	d, err := civicnews.Parse([]byte(inputPage), civicnews.WithWords(), civicnews.WithoutEntities())
	require.NoError(t, err)
	require.Len(t, d.Words, 1)
	w := d.Words[0]
	p := d.Articles[w.Article].Paragraphs[w.Paragraph]
	require.NotEmpty(t, w.Words)
	for _, x := range w.Words {
		assert.Equal(t, x.Text, p.Text[x.Start:x.End])
	}
	var texts []string
	for _, x := range w.Words {
		texts = append(texts, x.Text+"/"+x.POS)
	}
	assert.Contains(t, texts, "斜土街道/ns")
	assert.Contains(t, texts, "调研/vn")
	d, err = civicnews.Parse([]byte(inputPage))
	require.NoError(t, err)
	assert.Empty(t, d.Words, "words only when asked")
}

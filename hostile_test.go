package civicnews_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/layout"
)

// TestHostile runs the whole flow (entities on) on input a scanner or a
// scraper may hand over; the outcomes are those documented in the package.
func TestHostile(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		wantErr error
		check   func(t *testing.T, d *civicnews.Document)
	}{
		{"empty", "", nil, func(t *testing.T, d *civicnews.Document) { assert.Empty(t, d.Articles) }},
		{"white space", " \n\u3000\r\n", nil, func(t *testing.T, d *civicnews.Document) { assert.Empty(t, d.Articles) }},
		{"invalid UTF-8", "街道\xc3\x28会议", layout.ErrInvalidUTF8, nil},
		{"NUL", "本报讯\x00 区委书记王明到斜土街道调研。", nil, func(t *testing.T, d *civicnews.Document) {
			require.Len(t, d.Articles, 1)
			assert.NotContains(t, d.Articles[0].Paragraphs[0].Text, "\x00")
		}},
		{"masthead and no articles", "社区晨报\n\n2020年8月12日\n\n本期 8 版 第 42 期\n\n下期出版:9月9日", nil, func(t *testing.T, d *civicnews.Document) {
			require.NotNil(t, d.Masthead)
			assert.Equal(t, 42, d.Masthead.Issue)
			assert.Empty(t, d.Articles)
		}},
		{"HTML", "<html><body><h1>区委书记到斜土街道调研</h1><p>本报讯 区委书记王明到斜土街道调研。</p></body></html>", nil, func(t *testing.T, d *civicnews.Document) {
			require.Len(t, d.Articles, 1)
			assert.Equal(t, "区委书记到斜土街道调研", d.Articles[0].Title)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := civicnews.Parse([]byte(c.in))
			if c.wantErr != nil {
				require.ErrorIs(t, err, c.wantErr)
				return
			}
			require.NoError(t, err)
			marshal(t, d)
			if c.check != nil {
				c.check(t, d)
			}
		})
	}
	_, err := civicnews.Parse([]byte("街道召开会议"), civicnews.WithMaxSize(4))
	assert.ErrorIs(t, err, layout.ErrTooLarge)
}

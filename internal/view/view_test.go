package view

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/internal/testutil"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func render(t *testing.T, src []byte) (string, *civicnews.Document) {
	t.Helper()
	doc, err := civicnews.Parse(src)
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, Render(&b, "page.txt", doc))
	return b.String(), doc
}

func TestEveryMarkOnTheSamples(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(testutil.Root(), "testdata", "issues", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	entsAttr := regexp.MustCompile(`data-ents="([0-9 ]+)"`)
	repsAttr := regexp.MustCompile(`data-reps="([0-9 ]+)"`)
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		html, doc := render(t, src)
		ents, reps := map[string]bool{}, map[string]bool{}
		for _, m := range entsAttr.FindAllStringSubmatch(html, -1) {
			for _, i := range strings.Fields(m[1]) {
				ents[i] = true
			}
		}
		for _, m := range repsAttr.FindAllStringSubmatch(html, -1) {
			for _, i := range strings.Fields(m[1]) {
				reps[i] = true
			}
		}
		for i, e := range doc.Entities {
			assert.True(t, ents[fmt.Sprint(i)], "%s: entity %d %q unmarked", f, i, e.Text)
		}
		for i := range doc.Repairs {
			assert.True(t, reps[fmt.Sprint(i)], "%s: repair %d unmarked", f, i)
		}
		for i := range doc.Boilerplate {
			assert.Contains(t, html, fmt.Sprintf(`data-bp="%d"`, i), f)
		}
		if doc.Masthead != nil {
			assert.Contains(t, html, `data-role="masthead"`, f)
		}
		for _, r := range []string{"title", "body"} {
			assert.Contains(t, html, `data-role="`+r+`"`, f)
		}
	}
}

func TestUntrustedTextIsEscaped(t *testing.T) {
	html, _ := render(t, []byte("标题\n<script>alert(1)</script>\n</style><img src=x onerror=alert(2)>\n正文内容。\n"))
	assert.Equal(t, 1, strings.Count(html, "<script>"), "only the view's own script")
	assert.Contains(t, html, "&lt;script&gt;alert(1)&lt;/script&gt;")
	assert.Equal(t, 1, strings.Count(html, "</style>"))
	assert.NotContains(t, html, "<img")
	assert.Contains(t, html, "Content-Security-Policy")
}

func TestRenderNeedsParse(t *testing.T) {
	assert.Error(t, Render(&bytes.Buffer{}, "x", &civicnews.Document{}))
	assert.Error(t, Render(&bytes.Buffer{}, "x", nil))
}

func TestEmptyPage(t *testing.T) {
	html, doc := render(t, nil)
	assert.Empty(t, doc.Articles)
	assert.Contains(t, html, "0 articles")
}

// The spans of a GBK page index its GBK bytes: the view decodes them and
// shows the same source pane as for the page in UTF-8.
func TestGBKSourceMatchesUTF8(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(testutil.Root(), "testdata", "issues", "*.txt"))
	require.NoError(t, err)
	pane := regexp.MustCompile(`(?s)<div class="src">.*?</div>`)
	for _, f := range files[:2] {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		gbk, err := simplifiedchinese.GB18030.NewEncoder().Bytes(src)
		require.NoError(t, err)
		u, _ := render(t, src)
		g, doc := render(t, gbk)
		require.EqualValues(t, "gb18030", doc.Encoding)
		// The "decode" repair shifts the repairs' numbers: compare without
		// the repair marks.
		strip := func(s string) string {
			for _, re := range []*regexp.Regexp{regexp.MustCompile(`(?s) title="[^"]*"`), regexp.MustCompile(` data-reps="[^"]*"`),
				regexp.MustCompile(`<span class="point rep"></span>`), regexp.MustCompile(` rep"`)} {
				s = re.ReplaceAllString(s, map[bool]string{true: `"`, false: ""}[strings.HasPrefix(re.String(), " rep")])
			}
			return s
		}
		assert.Equal(t, strip(pane.FindString(u)), strip(pane.FindString(g)), f)
		assert.NotContains(t, pane.FindString(g), "\uFFFD")
	}
}

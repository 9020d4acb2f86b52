package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/civicnews/civicnews/internal/clitest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

const page = "社区新闻\n\n本报讯 居民区今天开展志愿服务活动。\n"

func TestUnixTool(t *testing.T) {
	clitest.Test(t, clitest.Config{Name: "newsview", Run: run, Sample: page, Check: func(t *testing.T, out string) {
		assert.Contains(t, out, "<!DOCTYPE html>")
		assert.Contains(t, out, "志愿服务")
	}})
}

func execute(stdin io.Reader, args ...string) (int, string, string) {
	var o, e bytes.Buffer
	code := run(args, stdin, &o, &e)
	return code, o.String(), e.String()
}

func TestUnixBehaviour(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(page))
	require.NoError(t, err)
	gbkFile := filepath.Join(dir, "gbk.txt")
	require.NoError(t, os.WriteFile(gbkFile, gbk, 0o644))
	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("\xff\xff\xff"), 0o644))

	for _, h := range []string{"-h", "--help"} {
		code, out, errs := execute(strings.NewReader(""), h)
		assert.Equal(t, 0, code)
		assert.Contains(t, out, "usage: newsview")
		assert.Empty(t, errs)
	}
	code, out, errs := execute(nil, filepath.Join(dir, "missing.txt"))
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errs, "no such file")

	code, out, errs = execute(nil, bad)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errs, "UTF-8")

	code, out, errs = execute(nil, "-encoding", "GBK", gbkFile)
	assert.Equal(t, 0, code, errs)
	assert.Contains(t, out, "志愿服务")

	code, _, errs = execute(nil, "a", "b")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "one FILE at most")

	code, out, errs = execute(nil, empty)
	assert.Equal(t, 0, code, errs)
	assert.Contains(t, out, "0 articles")

	code, out, errs = execute(nil, gbkFile)
	assert.Equal(t, 0, code, errs)
	assert.Contains(t, out, "志愿服务")
	assert.Contains(t, out, "encoding gb18030")

	code, out, errs = execute(strings.NewReader(page))
	assert.Equal(t, 0, code, errs)
	assert.Contains(t, out, "志愿服务")

	o := filepath.Join(dir, "v.html")
	code, out, errs = execute(strings.NewReader(page), "-o", o, "-")
	assert.Equal(t, 0, code, errs)
	assert.Empty(t, out)
	b, err := os.ReadFile(o)
	require.NoError(t, err)
	assert.Contains(t, string(b), "<!DOCTYPE html>")
}

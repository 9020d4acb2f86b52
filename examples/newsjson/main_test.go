package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/civicnews/civicnews/internal/clitest"
)

const sample = "社区新闻\n\n本报讯 居民区今天开展志愿服务活动。\n"

func checkDoc(t *testing.T, out string) {
	t.Helper()
	var d struct {
		Articles []struct {
			Paragraphs []struct {
				Text string `json:"text"`
			} `json:"paragraphs"`
		} `json:"articles"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &d), out)
	assert.Contains(t, out, "志愿服务")
	assert.NotEmpty(t, d.Articles)
}

func TestUnixTool(t *testing.T) {
	clitest.Test(t, clitest.Config{Name: "newsjson", Run: run, Sample: sample, Check: checkDoc})
}

func TestEncodingFlag(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(sample)
	require.NoError(t, err)
	p := filepath.Join(t.TempDir(), "gbk.txt")
	require.NoError(t, os.WriteFile(p, []byte(gbk), 0o644))
	c := clitest.Config{Name: "newsjson", Run: run}
	for _, name := range []string{"gbk", "GBK", "gb2312", "GB18030", " cp936 "} {
		r := c.Exec([]string{"-encoding", name, p}, nil)
		require.Equal(t, 0, r.Code, "%s: %s", name, r.Stderr)
		checkDoc(t, r.Stdout)
	}
	for _, name := range []string{"utf8", "UTF-8"} {
		r := c.Exec([]string{"-encoding", name, "-"}, strings.NewReader(sample))
		require.Equal(t, 0, r.Code, "%s: %s", name, r.Stderr)
		checkDoc(t, r.Stdout)
	}
	r := c.Exec([]string{"-encoding", "latin9", p}, nil)
	assert.Equal(t, 2, r.Code)
	assert.Contains(t, r.Stderr, "gb18030", "the error lists the valid names")
	assert.Empty(t, r.Stdout)

	r = c.Exec([]string{"-encoding", "utf-8", p}, nil)
	assert.Equal(t, 1, r.Code, "a GBK file read as UTF-8 is refused")
	assert.NotEmpty(t, r.Stderr)
	assert.Empty(t, r.Stdout)

	r = c.Exec([]string{p, p}, nil)
	assert.Equal(t, 2, r.Code)
	assert.Contains(t, r.Stderr, "newsbatch")
}

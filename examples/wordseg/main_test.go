package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews/internal/clitest"
)

func TestCLI(t *testing.T) {
	clitest.Test(t, clitest.Config{
		Name:   "wordseg",
		Run:    run,
		Sample: "徐汇区人大常委会\n",
		Check: func(t *testing.T, out string) {
			assert.Equal(t, "徐汇区 人大常委会\n", out)
		},
	})
}

func TestRunStdin(t *testing.T) {
	var out, errb bytes.Buffer
	in := "斜土街道党工委书记黄科走访恒益居民区\n\n２０００年 GDP增长１７％。\r\n末行无换行"
	require.Equal(t, 0, run(nil, strings.NewReader(in), &out, &errb), errb.String())
	assert.Equal(t, "斜土街道 党工委书记 黄科 走访 恒益居民区\n\n２０００年 GDP 增长 １７％ 。\n末行 无 换行\n", out.String())
}

func TestRunErrors(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 1, run([]string{"a", "b"}, nil, &out, &errb))
	errb.Reset()
	assert.Equal(t, 2, run([]string{"-encoding", "latin1", "x"}, nil, &out, &errb))
	assert.Contains(t, errb.String(), "gb18030", "the error lists the valid encodings")
	// GBK read as UTF-8 because the user said so: an error, not mojibake
	p := filepath.Join(t.TempDir(), "gbk.txt")
	require.NoError(t, os.WriteFile(p, []byte{0xbd, 0xd6, 0xb5, 0xc0}, 0o644))
	errb.Reset()
	out.Reset()
	assert.Equal(t, 1, run([]string{"-encoding", "UTF8", p}, nil, &out, &errb))
	assert.Contains(t, errb.String(), "not valid UTF-8")
	assert.Empty(t, out.String())
	out.Reset()
	assert.Equal(t, 0, run([]string{"-encoding", "GBK", p}, nil, &out, &errb))
	assert.Equal(t, "街道\n", out.String())
}

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunStdin(t *testing.T) {
	var out bytes.Buffer
	in := "斜土街道党工委书记黄科走访恒益居民区\n\n２０００年 GDP增长１７％。\r\n末行无换行"
	require.NoError(t, run(nil, strings.NewReader(in), &out))
	assert.Equal(t, "斜土街道 党工委书记 黄科 走访 恒益居民区\n\n２０００年 GDP 增长 １７％ 。\n末行 无 换行\n", out.String())
}

func TestRunFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "in.txt")
	require.NoError(t, os.WriteFile(p, []byte("徐汇区人大常委会\n"), 0o644))
	var out bytes.Buffer
	require.NoError(t, run([]string{p}, nil, &out))
	assert.Equal(t, "徐汇区 人大常委会\n", out.String())
}

func TestRunErrors(t *testing.T) {
	var out bytes.Buffer
	assert.Error(t, run([]string{filepath.Join(t.TempDir(), "missing.txt")}, nil, &out))
	assert.Error(t, run([]string{t.TempDir()}, nil, &out))
	assert.Error(t, run([]string{"a", "b"}, nil, &out))
}

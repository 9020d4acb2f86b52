package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews/layout"
)

func TestReadInput(t *testing.T) {
	b, err := ReadInput(nil, strings.NewReader("abc"), 0)
	require.NoError(t, err)
	assert.Equal(t, "abc", string(b))
	_, err = ReadInput(nil, strings.NewReader("abcd"), 3)
	assert.ErrorIs(t, err, layout.ErrTooLarge)
	b, err = ReadInput([]string{"-"}, strings.NewReader("abc"), 3)
	require.NoError(t, err)
	assert.Equal(t, "abc", string(b))
	p := filepath.Join(t.TempDir(), "f")
	require.NoError(t, os.WriteFile(p, []byte("xyz"), 0o644))
	b, err = ReadInput([]string{p}, nil, 0)
	require.NoError(t, err)
	assert.Equal(t, "xyz", string(b))
	_, err = ReadInput([]string{p, p}, nil, 0)
	assert.Error(t, err)
	_, err = ReadInput([]string{t.TempDir()}, nil, 0)
	assert.ErrorContains(t, err, "directory")
	assert.False(t, IsTerminal(strings.NewReader("")))
	f, err := os.Open(p)
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, IsTerminal(f), "a regular file is no terminal")
}

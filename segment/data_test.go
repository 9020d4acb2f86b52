package segment

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews/segment/internal/dictfile"
)

func TestEmbeddedData(t *testing.T) {
	d, err := dictfile.DecodeDict(dictBin)
	require.NoError(t, err)
	require.Greater(t, d.N, 150000)
	rows, err := dictfile.DecodeHMM(hmmBin)
	require.NoError(t, err)
	require.Greater(t, len(rows), 6000)
	_, err = dictfile.DecodeDict(dictBin[:len(dictBin)-1])
	require.Error(t, err)
	_, err = dictfile.DecodeDict("CNSEGD1\n\x01\x00\x00\x00")
	require.Error(t, err)
	_, err = dictfile.DecodeHMM(hmmBin[:30])
	require.Error(t, err)
}

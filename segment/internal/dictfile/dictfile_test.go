package dictfile

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDictRoundTrip(t *testing.T) {
	in := []Entry{
		{Word: "街道", Freq: 3824, POS: "n", IDF: 7.25},
		{Word: "斜土街道", Freq: 500, POS: "ns"},
		{Word: "的", Freq: 318825, POS: "uj", IDF: 1.5, Flags: FlagStop},
	}
	b, err := EncodeDict(in)
	require.NoError(t, err)
	d, err := DecodeDict(string(b))
	require.NoError(t, err)
	require.Equal(t, 3, d.N)
	// Sorted by word: 斜土街道 < 的 < 街道 in byte order.
	off := 0
	var words []string
	for i := range d.N {
		n := int(d.Lens[i])
		words = append(words, d.Blob[off:off+n])
		off += n
	}
	assert.Equal(t, []string{"斜土街道", "的", "街道"}, words)
	assert.Equal(t, uint32(500), U32(d.Freqs, 0))
	assert.Equal(t, "uj", d.POS[d.POSix[1]])
	assert.Equal(t, uint16(1.5*IDFScale), U16(d.IDFs, 2))
	assert.Equal(t, uint16(7.25*IDFScale), U16(d.IDFs, 4))
	assert.Equal(t, byte(FlagStop), d.Flags[1])

	_, err = EncodeDict([]Entry{{Word: "a"}, {Word: "a"}})
	assert.Error(t, err, "duplicate")
	_, err = EncodeDict([]Entry{{Word: ""}})
	assert.Error(t, err, "empty")
	for cut := range len(b) {
		_, err := DecodeDict(string(b[:cut]))
		assert.Error(t, err, "truncated at %d", cut)
	}
	_, err = DecodeDict(string(b) + "x")
	assert.Error(t, err, "trailing")
}

func TestHMMRoundTrip(t *testing.T) {
	rows := []HMMRow{{Rune: '街', P: [4]float32{-1, -2, -3, -4}}, {Rune: '一', P: [4]float32{-5, -6, -7, -1e30}}}
	got, err := DecodeHMM(string(EncodeHMM(rows)))
	require.NoError(t, err)
	assert.Equal(t, []HMMRow{rows[1], rows[0]}, got)
	_, err = DecodeHMM("CNSEGH1\n\x02\x00\x00\x00")
	assert.Error(t, err)
}

func TestHash(t *testing.T) {
	// FNV-1a: fixed values, since the generator and the reader must agree.
	assert.Equal(t, uint32(2166136261), Hash(""))
	assert.Equal(t, uint32(0xe40c292c), Hash("a"))
}

package dictfile

import (
	"encoding/binary"
	"errors"
	"math"
	"sort"
)

const (
	// DictMagic starts a dictionary file.
	DictMagic = "CNSEGD1\n"
	// HMMMagic starts an HMM emission file.
	HMMMagic = "CNSEGH1\n"
	// IDFScale is the fixed-point scale of stored IDF values.
	IDFScale = 4000
	// FlagStop marks a stop word (skipped by keyword extraction).
	FlagStop = 1
)

// Entry is one dictionary word.
type Entry struct {
	Word  string
	Freq  uint32
	POS   string
	IDF   float64 // 0 when unknown
	Flags uint8
}

// EncodeDict serialises entries (sorted by word; words must be unique and at
// most 255 bytes long).
func EncodeDict(entries []Entry) ([]byte, error) {
	es := append([]Entry(nil), entries...)
	sort.Slice(es, func(i, j int) bool { return es[i].Word < es[j].Word })
	posIdx := map[string]int{}
	var posList []string
	for i, e := range es {
		if len(e.Word) == 0 || len(e.Word) > 255 {
			return nil, errors.New("dictfile: bad word length: " + e.Word)
		}
		if i > 0 && es[i-1].Word == e.Word {
			return nil, errors.New("dictfile: duplicate word: " + e.Word)
		}
		if _, ok := posIdx[e.POS]; !ok {
			posIdx[e.POS] = len(posList)
			posList = append(posList, e.POS)
		}
	}
	if len(posList) > 255 {
		return nil, errors.New("dictfile: too many POS tags")
	}
	var b []byte
	b = append(b, DictMagic...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(posList)))
	for _, p := range posList {
		b = append(b, byte(len(p)))
		b = append(b, p...)
	}
	blobLen := 0
	for _, e := range es {
		blobLen += len(e.Word)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(es)))
	b = binary.LittleEndian.AppendUint32(b, uint32(blobLen))
	for _, e := range es {
		b = append(b, e.Word...)
	}
	for _, e := range es {
		b = append(b, byte(len(e.Word)))
	}
	for _, e := range es {
		b = binary.LittleEndian.AppendUint32(b, e.Freq)
	}
	for _, e := range es {
		b = append(b, byte(posIdx[e.POS]))
	}
	for _, e := range es {
		v := math.Round(e.IDF * IDFScale)
		if v < 0 {
			v = 0
		}
		if v > 65535 {
			v = 65535
		}
		b = binary.LittleEndian.AppendUint16(b, uint16(v))
	}
	for _, e := range es {
		b = append(b, e.Flags)
	}
	return b, nil
}

// Dict is a decoded view of a dictionary file. Its string fields alias the
// input, so decoding copies nothing but the POS table.
type Dict struct {
	POS   []string
	N     int
	Blob  string // all words
	Lens  string // N bytes
	Freqs string // N × u32
	POSix string // N bytes
	IDFs  string // N × u16
	Flags string // N bytes
}

var errShort = errors.New("dictfile: truncated dictionary")

// DecodeDict returns a view of data (which must stay unchanged).
func DecodeDict(data string) (*Dict, error) {
	if len(data) < len(DictMagic) || data[:len(DictMagic)] != DictMagic {
		return nil, errors.New("dictfile: bad magic")
	}
	p := len(DictMagic)
	u32 := func() (uint32, bool) {
		if p+4 > len(data) {
			return 0, false
		}
		v := U32(data, p)
		p += 4
		return v, true
	}
	npos, ok := u32()
	if !ok {
		return nil, errShort
	}
	d := &Dict{}
	for range npos {
		if p >= len(data) {
			return nil, errShort
		}
		l := int(data[p])
		p++
		if p+l > len(data) {
			return nil, errShort
		}
		d.POS = append(d.POS, data[p:p+l])
		p += l
	}
	n, ok1 := u32()
	blob, ok2 := u32()
	if !ok1 || !ok2 {
		return nil, errShort
	}
	d.N = int(n)
	take := func(k int) (string, bool) {
		if k < 0 || p+k > len(data) {
			return "", false
		}
		s := data[p : p+k]
		p += k
		return s, true
	}
	var oks [6]bool
	d.Blob, oks[0] = take(int(blob))
	d.Lens, oks[1] = take(d.N)
	d.Freqs, oks[2] = take(4 * d.N)
	d.POSix, oks[3] = take(d.N)
	d.IDFs, oks[4] = take(2 * d.N)
	d.Flags, oks[5] = take(d.N)
	for _, ok := range oks {
		if !ok {
			return nil, errShort
		}
	}
	if p != len(data) {
		return nil, errors.New("dictfile: trailing bytes")
	}
	return d, nil
}

// U32 reads a little-endian uint32 at s[i:].
func U32(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// U16 reads a little-endian uint16 at s[i:].
func U16(s string, i int) uint16 {
	return uint16(s[i]) | uint16(s[i+1])<<8
}

// HMMRow is the emission log-probabilities of one rune in states B, E, M, S.
type HMMRow struct {
	Rune rune
	P    [4]float32
}

// EncodeHMM serialises rows sorted by rune.
func EncodeHMM(rows []HMMRow) []byte {
	rs := append([]HMMRow(nil), rows...)
	sort.Slice(rs, func(i, j int) bool { return rs[i].Rune < rs[j].Rune })
	b := append([]byte(nil), HMMMagic...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(rs)))
	for _, r := range rs {
		b = binary.LittleEndian.AppendUint32(b, uint32(r.Rune))
		for _, f := range r.P {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(f))
		}
	}
	return b
}

// DecodeHMM decodes an HMM emission file.
func DecodeHMM(data string) ([]HMMRow, error) {
	if len(data) < 12 || data[:8] != HMMMagic {
		return nil, errors.New("dictfile: bad HMM magic")
	}
	n := int(U32(data, 8))
	if len(data) != 12+n*20 {
		return nil, errors.New("dictfile: bad HMM length")
	}
	rows := make([]HMMRow, n)
	p := 12
	for i := range rows {
		rows[i].Rune = rune(U32(data, p))
		for k := range 4 {
			rows[i].P[k] = math.Float32frombits(U32(data, p+4+4*k))
		}
		p += 20
	}
	return rows, nil
}

// Hash is the FNV-1a hash used for dictionary lookups.
func Hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// Package dictfile defines the compact binary form of the embedded word
// dictionary and HMM emission table, shared by the generator
// (segment/internal/gendict) and the segment package that reads them.
//
// Dictionary layout (all integers little endian):
//
//	"CNSEGD1\n"                       magic, 8 bytes
//	u32 nPOS, then nPOS × (u8 len, bytes)   part-of-speech tags
//	u32 nWords, u32 blobLen
//	blob                               all words, concatenated, sorted
//	nWords × u8                        byte length of each word
//	nWords × u32                       frequency
//	nWords × u8                        POS index
//	nWords × u16                       IDF × IDFScale (0 = unknown)
//	nWords × u8                        flags (FlagStop)
//
// The fixed-width columns let the reader build its tables in one pass with
// no parsing and no per-word allocation.
//
// HMM layout: "CNSEGH1\n", u32 n, then n × (u32 rune, 4 × f32 B E M S).
package dictfile

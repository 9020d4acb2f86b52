// Command gendict writes the segmenter's embedded data files, dict.bin and
// hmm.bin, in the current directory (the segment package, via go generate).
//
// Inputs: gse v1.1.0's simplified-Chinese dictionary, IDF table, stop tokens
// and HMM emission table, read from the module cache; the division names
// and aliases of entity/gazetteer; the civic word list
// segment/internal/lexicon/civic.txt.
package main

// Package lexicon builds the segmenter's embedded data: gse's
// simplified-Chinese dictionary, its IDF table and stop tokens, jieba's HMM
// emission table (as shipped in gse), the NBS 2023 division names with the
// short forms people print (from entity/gazetteer), and the hand-kept civic
// word list civic.txt.
//
// It is used by segment/internal/gendict (go generate) and by the test that
// checks the committed files are current.
package lexicon

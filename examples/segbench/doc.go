// Command segbench scores the segment package against the SIGHAN 2005
// bakeoff test sets (PKU and MSR) and compares it with gse v1.1.0 loaded
// with NewEmbed("zh"), in the same run: precision, recall, F, OOV rate, OOV
// recall and IV recall, plus load time, heap after load and throughput.
//
//	go run ./examples/segbench [-gse=false] [-out DIR] SIGHAN_DIR
//
// SIGHAN_DIR holds the bakeoff's UTF-8 files (pku_test.utf8,
// pku_test_gold.utf8, pku_training_words.utf8 and the same for msr_), from
// the icwb2-data archive of the Second International Chinese Word
// Segmentation Bakeoff (http://sighan.cs.uchicago.edu/bakeoff2005/), which
// you fetch yourself: the files are for research use only and are never
// copied into this project. For cold-start timing of a fresh process, run
//
//	go build -o /tmp/segbench ./examples/segbench
//	hyperfine '/tmp/segbench -cold ours' '/tmp/segbench -cold gse'
//
// which loads one segmenter, cuts one sentence and exits. Errors go to
// standard error with exit status 1 (2 for a usage error).
package main

// Command nerbench scores package entity against the People's Daily and MSRA
// NER test splits (LOC/ORG/PER spans, exact match).
//
//	go run ./examples/nerbench [-top N] NER_DIR
//
// NER_DIR holds the test files, which you fetch yourself and which are
// never copied into the project: peoples_daily_example.test (People's
// Daily 1998, BIO, one "char tag" a line: data/example.test of
// github.com/zjy-ucas/ChineseNER) and msra_test_bio.txt (MSRA, SIGHAN 2006
// bakeoff test set, BIO: NER/MSRA/msra_test_bio.txt of
// github.com/OYE93/Chinese-NLP-Corpus). Kinds are mapped: divisions, roads
// and estates → LOC; party-org, gov-org and org → ORG; person → PER; dates
// are ignored. The benchmarks label flat spans only, so nested entities are
// not scored. Errors go to standard error with exit status 1 (2 for a
// usage error).
package main

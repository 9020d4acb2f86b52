// Command structeval prints cross-validated structure scores of the line
// model: every annotated page of the shared material (../shared/corpus and
// the samples) is parsed with weights fitted on the other folds only, and
// scored as the project's scorer does (article recall and precision by
// whole headline, body first and last, reporters, correspondents,
// dateline, boilerplate), over all pages, per set and per page kind.
//
//	go run ./examples/structeval ../shared                 # 10-fold
//	go run ./examples/structeval -k 0 ../shared            # leave one page out
//	go run ./examples/structeval -misses corpus ../shared  # and list the misses
//
// The argument is the directory of the shared material: corpus/ (scored
// truth, raw pages, manifest.tsv), truth/ and seeds/.
//
// These are the only accuracy figures of the model that may be quoted:
// in-sample figures (the committed weights scored on the pages they were
// fitted on) say little about pages the model has never seen.
package main

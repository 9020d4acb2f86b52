// Command archivebench measures the throughput of examples/newsbatch on a
// generated archive against one examples/newsjson process per page, and
// checks the archive's output: every page once, every line a valid record.
//
//	go run ./examples/archivebench testdata/issues testdata/handmade                       # 10,000 pages; -jobs 1 and 2; 40 single-page processes
//	go run ./examples/archivebench -check -jobs 2 -kill testdata/issues testdata/handmade  # CI: a run killed halfway and resumed, then checked
//
// The archive is the .txt pages of the directories DIR… copied again and
// again, with the copy number appended so that no two pages are the same,
// into a temporary directory, -pages files in all. Run it from the
// repository's root: it builds examples/newsbatch and examples/newsjson.
package main

// Command newsjson parses one page of a Chinese civic or community
// newspaper (or a local-government page) and prints the document as JSON:
// masthead, articles with headline, byline, dateline and paragraphs,
// boilerplate, repairs and entities (see the civicnews package
// documentation for the fields).
//
//	go run ./examples/newsjson testdata/issues/002_263c134d26e6ddd1.txt
//	go run ./examples/newsjson < page.txt
//
// Flags:
//
//	-encoding gbk       read the input in this encoding instead of detecting it
//	                    (utf-8, utf-16le, utf-16be, gb18030 and their usual aliases)
//	-no-entities        skip entity recognition
//
// For many pages, examples/newsbatch writes one JSON record a line with
// workers, shards and resume. Errors go to standard error with exit status
// 1; usage errors exit with 2.
package main

// Command newsbatch parses an archive of pages with civicnews and writes
// one JSON record a line (JSONL): the page's path, the SHA-256 of its
// bytes, its size, and the parsed document or an error.
//
//	go run ./examples/newsbatch -o pages.jsonl archive/
//	go run ./examples/newsbatch -glob '*.txt' -jobs 4 -o part0.jsonl -shard 0/3 archive/
//	go run ./examples/newsbatch -resume -o pages.jsonl archive/      # after a killed run
//	find archive -name '*.txt' | go run ./examples/newsbatch -list - > pages.jsonl
//	go run ./examples/newsbatch - < page.txt
//
// Inputs are files, directories (walked recursively for files whose name
// matches -glob; hidden ones are skipped), "-" for standard input, or the
// paths of a list file (-list). With no input and standard input not a
// terminal, the page is read from standard input.
//
// Pages are parsed by -jobs workers sharing one parser and written in the
// order of the inputs. -shard i/n keeps the pages whose path hashes to i
// modulo n, so n machines given the same inputs process every page exactly
// once. -resume reads the -o file, skips the pages it holds, drops a torn
// last line left by a killed run and appends.
//
// A page that cannot be read or decoded, or is larger than -max-size,
// becomes a record with an "error" field and the run goes on; the exit
// status is then 1, unless -errors-ok. Usage errors exit with 2. A progress
// bar (pages, pages/s, ETA, errors) is drawn on standard error when it is a
// terminal; a one-line summary ends every run.
package main

// Command layoutdump prints the blocks that package layout finds in a text,
// one per line, with their kind and source spans (byte ranges of the input
// file, whatever its encoding): a quick way to see how a page was repaired.
//
//	go run ./examples/layoutdump FILE
//	go run ./examples/layoutdump -repairs FILE
//	go run ./examples/layoutdump -encoding gbk FILE
//
// With no FILE (or "-") it reads standard input; with no FILE and a
// terminal on standard input it prints its usage. Errors go to standard
// error with exit status 1 (2 for a usage error).
package main

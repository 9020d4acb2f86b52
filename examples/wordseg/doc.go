// Command wordseg cuts Chinese text into words, one input line to one
// output line, words separated by single spaces (the SIGHAN bakeoff
// format). Whitespace in the input is not printed as a word.
//
//	go run ./examples/wordseg FILE
//	echo 斜土街道党工委书记黄科走访恒益居民区 | go run ./examples/wordseg
//
// With no FILE (or "-") it reads standard input; with no FILE and a
// terminal on standard input it prints its usage. The input is UTF-8,
// UTF-16 with a BOM, or GB18030/GBK (detected), or the encoding named with
// -encoding (utf-8, gbk, gb2312, gb18030, utf-16le, utf-16be, any case).
// Errors go to standard error with exit status 1 (2 for a usage error).
package main

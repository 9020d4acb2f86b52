// Command wordseg cuts Chinese text into words, one input line to one
// output line, words separated by single spaces (the SIGHAN bakeoff
// format). Whitespace in the input is not printed as a word.
//
//	go run ./examples/wordseg FILE
//	echo 斜土街道党工委书记黄科走访恒益居民区 | go run ./examples/wordseg
//
// With no FILE (or "-") it reads standard input.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/civicnews/civicnews/segment"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "wordseg:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	in := stdin
	switch {
	case len(args) > 1:
		return fmt.Errorf("usage: wordseg [FILE]")
	case len(args) == 1 && args[0] != "-":
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	seg, err := segment.New()
	if err != nil {
		return err
	}
	r := bufio.NewReader(in)
	w := bufio.NewWriter(stdout)
	for {
		line, err := r.ReadString('\n')
		if len(line) > 0 {
			for i, word := range seg.Words(line) {
				if i > 0 {
					w.WriteByte(' ')
				}
				w.WriteString(word.Text)
			}
			w.WriteByte('\n')
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
	}
	return w.Flush()
}

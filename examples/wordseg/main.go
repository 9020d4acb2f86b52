package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/civicnews/civicnews/internal/cli"
	"github.com/civicnews/civicnews/layout"
	"github.com/civicnews/civicnews/segment"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage: wordseg [-encoding E] [FILE]

Cuts Chinese text into words: one output line per input line, words
separated by spaces. Reads FILE, or standard input without FILE or with "-".
`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("wordseg", flag.ContinueOnError)
	encName := cli.EncodingFlag(fs)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage+"\nFlags:\n")
		fs.PrintDefaults()
	}
	if code, done := cli.ParseFlags(fs, args, stdout, stderr); done {
		return code
	}
	src, enc, code, ok := cli.ReadText(fs, *encName, stdin, stderr)
	if !ok {
		return code
	}
	if err := segmentText(src, enc, stdout); err != nil {
		fmt.Fprintln(stderr, "wordseg:", err)
		return 1
	}
	return 0
}

func segmentText(src []byte, enc layout.Encoding, stdout io.Writer) error {
	text, _, err := layout.Decode(src, enc)
	if err != nil {
		return err
	}
	seg, err := segment.New()
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	for len(text) > 0 {
		line := text
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i+1], text[i+1:]
		} else {
			text = nil
		}
		for i, word := range seg.Words(string(line)) {
			if i > 0 {
				w.WriteByte(' ')
			}
			w.WriteString(word.Text)
		}
		w.WriteByte('\n')
	}
	return w.Flush()
}

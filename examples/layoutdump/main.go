package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/civicnews/civicnews/internal/cli"
	"github.com/civicnews/civicnews/layout"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage: layoutdump [-repairs] [-encoding E] [FILE]

Prints the blocks layout finds in a page, one a line: kind, source spans
(byte ranges of the input), reason, text. Reads FILE, or standard input
without FILE or with "-".
`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("layoutdump", flag.ContinueOnError)
	repairs := fs.Bool("repairs", false, "also print the repair log")
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
	doc, err := layout.Analyze(src, layout.WithEncoding(enc))
	if err != nil {
		fmt.Fprintln(stderr, "layoutdump:", err)
		return 1
	}
	w := bufio.NewWriter(stdout)
	for _, b := range doc.Blocks {
		extra := ""
		if b.Reason != "" {
			extra = " (" + b.Reason + ")"
		}
		if b.Narrow {
			extra += " narrow"
		}
		fmt.Fprintf(w, "%-9s %v%s\t%s\n", b.Kind, b.Spans, extra, b.Text)
	}
	if *repairs {
		for _, r := range doc.Repairs {
			fmt.Fprintf(w, "repair %-10s %v %q -> %q: %s\n", r.Kind, r.Span, r.Before, r.After, r.Reason)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "layoutdump:", err)
		return 1
	}
	return 0
}

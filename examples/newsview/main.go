package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/internal/cli"
	"github.com/civicnews/civicnews/internal/view"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newsview", flag.ContinueOnError)
	out := fs.String("o", "", "write the view to `FILE` instead of standard output")
	enc := cli.EncodingFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: newsview [-o FILE.html] [-encoding E] [FILE|-]")
		fmt.Fprintln(fs.Output(), "Parses one page and writes a self-contained HTML view of it (standard output by")
		fmt.Fprintln(fs.Output(), "default). With no FILE, reads the page from standard input.")
		fs.PrintDefaults()
	}
	if code, done := cli.ParseFlags(fs, args, stdout, stderr); done {
		return code
	}
	if fs.NArg() > 1 {
		fmt.Fprintf(stderr, "newsview: one FILE at most, got %d (use newsbatch for many)\n", fs.NArg())
		return 2
	}
	src, e, code, ok := cli.ReadText(fs, *enc, stdin, stderr)
	if !ok {
		return code
	}
	name := "standard input"
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		name = fs.Arg(0)
	}
	doc, err := civicnews.Parse(src, civicnews.WithEncoding(e))
	if err != nil {
		fmt.Fprintf(stderr, "newsview: %s: %v\n", name, err)
		return 1
	}
	var b bytes.Buffer
	if err := view.Render(&b, name, doc); err != nil {
		fmt.Fprintln(stderr, "newsview:", err)
		return 1
	}
	if *out != "" {
		err = os.WriteFile(*out, b.Bytes(), 0o644)
	} else {
		_, err = stdout.Write(b.Bytes())
	}
	if err != nil {
		fmt.Fprintln(stderr, "newsview:", err)
		return 1
	}
	return 0
}

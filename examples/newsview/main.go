// Command newsview parses one page with civicnews and writes a
// self-contained HTML view of it: the source text with every span coloured
// by what became of it (masthead, kicker, title, subtitle, byline, body,
// caption, boilerplate with its reason), the repairs and entities marked
// (hover for the details), and the parsed articles beside it. The file
// makes no network request and shows the page's own markup as text.
//
//	go run ./examples/newsview testdata/issues/002_263c134d26e6ddd1.txt > page.html
//	go run ./examples/newsview -o page.html page.txt
//	go run ./examples/newsview < page.txt > page.html
//
// Errors go to standard error with exit status 1; usage errors exit with 2.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/internal/view"
	"github.com/civicnews/civicnews/layout"
	"golang.org/x/term"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

var isTerminal = func(f any) bool {
	x, ok := f.(*os.File)
	return ok && term.IsTerminal(int(x.Fd()))
}

const usage = `usage: newsview [-o FILE.html] [-encoding E] [FILE|-]
Parses one page and writes a self-contained HTML view of it (standard
output by default). With no FILE and standard input not a terminal, reads
the page from it.

Flags:
`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newsview", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	out := fs.String("o", "", "write the view to `FILE` instead of standard output")
	enc := fs.String("encoding", "", "read the input in encoding `E` (default: detect)")
	printUsage := func(w io.Writer) {
		fmt.Fprint(w, usage)
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stdout)
			return 0
		}
		fmt.Fprintf(stderr, "newsview: %v\n", err)
		printUsage(stderr)
		return 2
	}
	var (
		src  []byte
		name string
		err  error
	)
	switch fs.NArg() {
	case 0:
		if isTerminal(stdin) {
			printUsage(stderr)
			return 2
		}
		name = "standard input"
		src, err = io.ReadAll(stdin)
	case 1:
		name = fs.Arg(0)
		if name == "-" {
			name = "standard input"
			src, err = io.ReadAll(stdin)
		} else {
			src, err = os.ReadFile(name)
		}
	default:
		fmt.Fprintf(stderr, "newsview: one FILE at most, got %d (use newsbatch for many)\n", fs.NArg())
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "newsview: %v\n", err)
		return 1
	}
	var opts []civicnews.Option
	if *enc != "" {
		opts = append(opts, civicnews.WithEncoding(layout.Encoding(*enc)))
	}
	doc, err := civicnews.Parse(src, opts...)
	if err != nil {
		fmt.Fprintf(stderr, "newsview: %s: %v\n", name, err)
		return 1
	}
	var b bytes.Buffer
	if err := view.Render(&b, name, doc); err != nil {
		fmt.Fprintf(stderr, "newsview: %v\n", err)
		return 1
	}
	if *out != "" {
		err = os.WriteFile(*out, b.Bytes(), 0o644)
	} else {
		_, err = stdout.Write(b.Bytes())
	}
	if err != nil {
		fmt.Fprintf(stderr, "newsview: %v\n", err)
		return 1
	}
	return 0
}

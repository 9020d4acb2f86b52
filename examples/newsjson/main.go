package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/internal/cli"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newsjson", flag.ContinueOnError)
	enc := cli.EncodingFlag(fs)
	noEnt := fs.Bool("no-entities", false, "skip entity recognition")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: newsjson [-encoding E] [-no-entities] [FILE|-]")
		fmt.Fprintln(fs.Output(), "Parses one page and prints its document as JSON; with no FILE, reads standard input.")
		fs.PrintDefaults()
	}
	if code, done := cli.ParseFlags(fs, args, stdout, stderr); done {
		return code
	}
	if fs.NArg() > 1 {
		fmt.Fprintf(stderr, "newsjson: one FILE at most, got %d (examples/newsbatch parses many)\n", fs.NArg())
		return 2
	}
	src, e, code, ok := cli.ReadText(fs, *enc, stdin, stderr)
	if !ok {
		return code
	}
	opts := []civicnews.Option{civicnews.WithEncoding(e)}
	if *noEnt {
		opts = append(opts, civicnews.WithoutEntities())
	}
	doc, err := civicnews.Parse(src, opts...)
	if err != nil {
		fmt.Fprintln(stderr, "newsjson:", err)
		return 1
	}
	w := json.NewEncoder(stdout)
	w.SetEscapeHTML(false)
	w.SetIndent("", "  ")
	if err := w.Encode(doc); err != nil {
		fmt.Fprintln(stderr, "newsjson:", err)
		return 1
	}
	return 0
}

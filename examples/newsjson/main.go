// Command newsjson parses one page of a Chinese civic or community
// newspaper (or a local-government page) and prints the document as JSON:
// masthead, articles with headline, byline, dateline and paragraphs,
// boilerplate, repairs and entities. The shape is the project's JSON
// contract.
//
//	go run ./examples/newsjson testdata/issues/002_263c134d26e6ddd1.txt
//	go run ./examples/newsjson < page.txt
//
// Flags:
//
//	-encoding gb18030   read the input as GB18030 instead of detecting it
//	-no-entities        skip entity recognition
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/civicnews/civicnews"
	"github.com/civicnews/civicnews/layout"
)

func main() {
	enc := flag.String("encoding", "", "input encoding: utf-8, utf-16le, utf-16be or gb18030 (default: detect)")
	noEnt := flag.Bool("no-entities", false, "skip entity recognition")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: newsjson [-encoding E] [-no-entities] [FILE]   (standard input without FILE)")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(flag.Args(), layout.Encoding(*enc), *noEnt, os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "newsjson:", err)
		os.Exit(1)
	}
}

func run(args []string, enc layout.Encoding, noEnt bool, stdin io.Reader, stdout io.Writer) error {
	var (
		src []byte
		err error
	)
	switch len(args) {
	case 0:
		src, err = io.ReadAll(stdin)
	case 1:
		src, err = os.ReadFile(args[0])
	default:
		return fmt.Errorf("one FILE at most, got %d", len(args))
	}
	if err != nil {
		return err
	}
	opts := []civicnews.Option{civicnews.WithEncoding(enc)}
	if noEnt {
		opts = append(opts, civicnews.WithoutEntities())
	}
	doc, err := civicnews.Parse(src, opts...)
	if err != nil {
		return err
	}
	e := json.NewEncoder(stdout)
	e.SetEscapeHTML(false)
	e.SetIndent("", "  ")
	return e.Encode(doc)
}

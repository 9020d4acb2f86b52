// Command layoutdump prints the blocks that package layout finds in a text,
// one per line, with their kind and source spans: a quick way to see how a
// page was repaired.
//
//	go run ./examples/layoutdump FILE
//	go run ./examples/layoutdump -repairs FILE
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/civicnews/civicnews/layout"
)

func main() {
	repairs := flag.Bool("repairs", false, "also print the repair log")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: layoutdump [-repairs] [FILE]   (standard input without FILE)")
		flag.PrintDefaults()
	}
	flag.Parse()
	var (
		src []byte
		err error
	)
	switch flag.NArg() {
	case 0:
		src, err = io.ReadAll(os.Stdin)
	case 1:
		src, err = os.ReadFile(flag.Arg(0))
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "layoutdump:", err)
		os.Exit(1)
	}
	doc, err := layout.Analyze(src)
	if err != nil {
		fmt.Fprintln(os.Stderr, "layoutdump:", err)
		os.Exit(1)
	}
	for _, b := range doc.Blocks {
		extra := ""
		if b.Reason != "" {
			extra = " (" + b.Reason + ")"
		}
		if b.Narrow {
			extra += " narrow"
		}
		fmt.Printf("%-9s %v%s\t%s\n", b.Kind, b.Spans, extra, b.Text)
	}
	if *repairs {
		for _, r := range doc.Repairs {
			fmt.Printf("repair %-10s %v %q -> %q: %s\n", r.Kind, r.Span, r.Before, r.After, r.Reason)
		}
	}
}

// Command gen fits the line model on the annotated pages of the shared
// material and writes its weights as a Go file of numbers:
//
//	go run ./internal/linemodel/gen -shared ../shared -out internal/linemodel/weights.go
//
// It is run by go generate in package linemodel. The file holds numbers
// only, never text from the pages.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/civicnews/civicnews/internal/linemodel/train"
	_ "github.com/civicnews/civicnews/layout" // sets linemodel.PageLines
)

func main() {
	shared := flag.String("shared", "../../../shared", "the shared material")
	out := flag.String("out", "weights.go", "the Go file to write")
	flag.Parse()
	pages, err := train.Load(*shared)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	exs, err := train.Examples(pages)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	m := train.Fit(exs, train.DefaultParams)
	if err := os.WriteFile(*out, train.GoSource(m, len(pages)), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

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

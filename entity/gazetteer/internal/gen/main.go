package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/civicnews/civicnews/entity/gazetteer/internal/build"
)

func main() {
	src := flag.String("src", "../../../shared/data/admin-divisions", "directory holding the admin-division CSV files")
	out := flag.String("out", "divisions.txt", "output file")
	flag.Parse()
	data, err := build.Build(*src)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// Command gendict writes the segmenter's embedded data files, dict.bin and
// hmm.bin, in the current directory (the segment package, via go generate).
//
// Inputs: gse v1.1.0's simplified-Chinese dictionary, IDF table, stop tokens
// and HMM emission table, read from the module cache; the NBS 2023 division
// tables in ../shared/data/admin-divisions relative to the module root (or
// -divisions); the civic word list segment/internal/lexicon/civic.txt.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/civicnews/civicnews/segment/internal/lexicon"
)

func main() {
	divs := flag.String("divisions", "", "directory of the NBS 2023 division CSVs (default: ../shared/data/admin-divisions from the module root)")
	out := flag.String("o", ".", "output directory")
	flag.Parse()
	if err := run(*divs, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gendict:", err)
		os.Exit(1)
	}
}

func run(divs, out string) error {
	if divs == "" {
		root, err := lexicon.ModuleRoot()
		if err != nil {
			return err
		}
		divs = lexicon.DivisionsDir(root)
	}
	gse, err := lexicon.GseDir()
	if err != nil {
		return err
	}
	dict, hmm, err := lexicon.Build(gse, divs)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "dict.bin"), dict, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "hmm.bin"), hmm, 0o644)
}

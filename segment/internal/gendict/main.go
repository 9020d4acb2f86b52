package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/civicnews/civicnews/segment/internal/lexicon"
)

func main() {
	out := flag.String("o", ".", "output directory")
	flag.Func("minfreq", "experiment: override lexicon.MinFreq", func(v string) error {
		var f uint32
		_, err := fmt.Sscan(v, &f)
		lexicon.MinFreq = f
		return err
	})
	flag.Float64Var(&lexicon.RepairFactor, "repair", lexicon.RepairFactor, "experiment: override lexicon.RepairFactor")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gendict:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	gse, err := lexicon.GseDir()
	if err != nil {
		return err
	}
	dict, hmm, err := lexicon.Build(gse)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "dict.bin"), dict, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "hmm.bin"), hmm, 0o644)
}

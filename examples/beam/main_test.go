package main

import (
	"testing"

	"github.com/civicnews/civicnews/internal/clitest"
)

// The table's cases fail before a pipeline is built: the program reads a
// glob given with --input, not files given as arguments.
func TestUnixTool(t *testing.T) {
	clitest.Test(t, clitest.Config{Name: "beam", Run: run, Dir: true, Sample: "街道召开会议"})
}

package main

import (
	"testing"

	"github.com/civicnews/civicnews/internal/clitest"
)

// TestCLI runs the Unix-tool table: the program reads the directory of
// annotated pages given as its argument.
func TestCLI(t *testing.T) {
	clitest.Test(t, clitest.Config{Name: "structeval", Run: run, Dir: true})
}

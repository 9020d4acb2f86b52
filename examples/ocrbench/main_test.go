package main

import (
	"testing"

	"github.com/civicnews/civicnews/internal/clitest"
)

// TestCLI runs the Unix-tool table: the program takes the repository's
// root directory as its argument (the table never gets as far as
// tesseract).
func TestCLI(t *testing.T) {
	clitest.Test(t, clitest.Config{Name: "ocrbench", Run: runCLI, Dir: true})
}

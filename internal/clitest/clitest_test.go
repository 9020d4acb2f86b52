package clitest

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/civicnews/civicnews/internal/cli"
	"github.com/civicnews/civicnews/layout"
)

// cat is the smallest program that passes the table: it prints its input
// decoded to UTF-8.
func cat(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("cat", flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprintln(fs.Output(), "usage: cat [FILE]") }
	if code, done := cli.ParseFlags(fs, args, stdout, stderr); done {
		return code
	}
	src, err := cli.ReadInput(fs.Args(), stdin, 0)
	if errors.Is(err, cli.ErrUsage) {
		fs.Usage()
		return 2
	}
	var text []byte
	if err == nil {
		text, _, err = layout.Decode(src, layout.Auto)
	}
	if err != nil {
		fmt.Fprintln(stderr, "cat:", err)
		return 1
	}
	stdout.Write(text)
	return 0
}

func TestTable(t *testing.T) {
	Test(t, Config{Name: "cat", Run: cat, Sample: "街道召开会议\n", Check: func(t *testing.T, out string) {
		assert.Equal(t, "街道召开会议\n", out)
	}})
}

func TestExec(t *testing.T) {
	c := Config{Name: "cat", Run: cat}
	r := c.Exec([]string{"-x"}, nil)
	assert.Equal(t, 2, r.Code)
	assert.Contains(t, r.Stderr, "flag provided but not defined")
	assert.Empty(t, r.Stdout)
}

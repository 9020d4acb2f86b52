package main

import (
	"testing"

	"github.com/civicnews/civicnews/internal/clitest"
)

// The table's cases that reach the benchmark fail before it builds or
// copies anything; the benchmark itself runs in .ci/archive.sh.
func TestUnixTool(t *testing.T) {
	clitest.Test(t, clitest.Config{Name: "archivebench", Run: run, Dir: true, Sample: "街道召开会议"})
}

package civicnews_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestReadmeCompiles type-checks every Go program in README.md (the quick
// start and the package tour) against the real API, with go build and an
// overlay, so that the README cannot drift from the code.
func TestReadmeCompiles(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	blocks := regexp.MustCompile("(?s)```go\n(.*?)```").FindAllSubmatch(readme, -1)
	require.GreaterOrEqual(t, len(blocks), 2, "the quick start and the package tour")
	root, err := filepath.Abs(".")
	require.NoError(t, err)
	tmp := t.TempDir()
	overlay := map[string]string{}
	var pkgs []string
	for i, b := range blocks {
		require.Contains(t, string(b[1]), "package main", "README block %d is a whole program", i)
		// a package that exists only in the overlay, inside the module
		dir := filepath.Join(root, "internal", "readme"+string(rune('a'+i)))
		src := filepath.Join(tmp, "main"+string(rune('a'+i))+".go")
		require.NoError(t, os.WriteFile(src, b[1], 0o644))
		overlay[filepath.Join(dir, "main.go")] = src
		pkgs = append(pkgs, "./internal/readme"+string(rune('a'+i)))
	}
	o, err := json.Marshal(map[string]any{"Replace": overlay})
	require.NoError(t, err)
	op := filepath.Join(tmp, "overlay.json")
	require.NoError(t, os.WriteFile(op, o, 0o644))
	for _, pkg := range pkgs {
		cmd := exec.Command(goTool, "build", "-overlay="+op, "-o", os.DevNull, pkg)
		cmd.Dir = root
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "a README program does not compile:\n%s", out)
	}
}

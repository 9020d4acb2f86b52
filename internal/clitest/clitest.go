package clitest

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Run is a program's entry point as main calls it; it returns the exit
// status.
type Run func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

// Config describes the program under test.
type Config struct {
	// Name is the program's name; its usage must contain it.
	Name string
	Run  Run
	// Args are put before the FILE (or alone, for standard input) in the
	// cases that read input: flags the program needs.
	Args []string
	// Dir says the program reads a data directory given as its argument,
	// not text: then no argument prints the usage whatever standard input
	// is, and a plain file (empty, GBK) is refused with an error.
	Dir bool
	// Sample is a short UTF-8 text with Chinese in it, run through the
	// program from a file, as GBK and on standard input (not for Dir).
	Sample string
	// Check checks the program's output for Sample (not for Dir).
	Check func(t *testing.T, stdout string)
	// RefuseGBK says the program refuses GBK input with an error instead
	// of decoding it.
	RefuseGBK bool
}

// Result is what one run of the program did.
type Result struct {
	Code           int
	Stdout, Stderr string
}

// Exec runs the program with args and stdin.
func (c *Config) Exec(args []string, stdin io.Reader) Result {
	var out, errb bytes.Buffer
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	code := c.Run(args, stdin, &out, &errb)
	return Result{code, out.String(), errb.String()}
}

func (c *Config) args(more ...string) []string {
	return append(append([]string{}, c.Args...), more...)
}

// Test runs the table on the program.
func Test(t *testing.T, c Config) {
	t.Helper()
	if c.Name == "" || c.Run == nil {
		t.Fatal("clitest: Config needs Name and Run")
	}
	if !c.Dir && (c.Sample == "" || c.Check == nil) {
		t.Fatal("clitest: Config needs Sample and Check for a program that reads text")
	}
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	usage := func(t *testing.T, s string) {
		t.Helper()
		if !strings.Contains(strings.ToLower(s), "usage") || !strings.Contains(s, c.Name) {
			t.Errorf("want the usage of %s, got %q", c.Name, s)
		}
	}
	failed := func(t *testing.T, r Result, mention string) {
		t.Helper()
		if r.Code == 0 {
			t.Errorf("exit status 0, want non-zero (stdout %q)", r.Stdout)
		}
		if strings.TrimSpace(r.Stderr) == "" {
			t.Error("nothing on standard error")
		}
		if mention != "" && !strings.Contains(r.Stderr, mention) {
			t.Errorf("standard error %q does not mention %q", r.Stderr, mention)
		}
		if r.Stdout != "" {
			t.Errorf("output on standard output after an error: %q", r.Stdout)
		}
	}
	ok := func(t *testing.T, r Result) {
		t.Helper()
		if r.Code != 0 {
			t.Fatalf("exit status %d, want 0; standard error: %s", r.Code, r.Stderr)
		}
		if r.Stderr != "" {
			t.Errorf("unexpected standard error: %q", r.Stderr)
		}
	}

	for _, h := range []string{"-h", "--help", "-help"} {
		t.Run(h, func(t *testing.T) {
			r := c.Exec([]string{h}, nil)
			if r.Code != 0 {
				t.Errorf("exit status %d, want 0", r.Code)
			}
			usage(t, r.Stdout)
			if r.Stderr != "" {
				t.Errorf("help wrote to standard error: %q", r.Stderr)
			}
		})
	}
	t.Run("unknown flag", func(t *testing.T) {
		r := c.Exec([]string{"-no-such-flag"}, nil)
		if r.Code != 2 {
			t.Errorf("exit status %d, want 2", r.Code)
		}
		usage(t, r.Stderr)
	})
	t.Run("no arguments, terminal on stdin", func(t *testing.T) {
		tty, closeTTY, err := openTerminal()
		if err != nil {
			t.Skip("no pseudo-terminal here:", err)
		}
		defer closeTTY()
		r := c.Exec(nil, tty)
		if r.Code != 2 {
			t.Errorf("exit status %d, want 2", r.Code)
		}
		usage(t, r.Stderr)
	})
	missing := filepath.Join(dir, "missing.txt")
	t.Run("missing file", func(t *testing.T) {
		failed(t, c.Exec(c.args(missing), nil), missing)
	})
	t.Run("directory given as a file", func(t *testing.T) {
		if c.Dir {
			t.Skip("the program reads a directory")
		}
		failed(t, c.Exec(c.args(dir), nil), "")
	})
	empty := write("empty.txt", nil)
	gbkText, err := simplifiedchinese.GBK.NewEncoder().String(c.Sample)
	if err != nil {
		t.Fatalf("clitest: sample is not encodable in GBK: %v", err)
	}
	gbk := write("gbk.txt", []byte(gbkText))
	utf8File := write("utf8.txt", []byte(c.Sample))

	if c.Dir {
		t.Run("no arguments, text on stdin", func(t *testing.T) {
			r := c.Exec(nil, strings.NewReader(c.Sample))
			if r.Code != 2 {
				t.Errorf("exit status %d, want 2", r.Code)
			}
			usage(t, r.Stderr)
		})
		t.Run("empty file", func(t *testing.T) { failed(t, c.Exec(c.args(empty), nil), empty) })
		t.Run("GBK file", func(t *testing.T) { failed(t, c.Exec(c.args(gbk), nil), gbk) })
		t.Run("empty directory", func(t *testing.T) { failed(t, c.Exec(c.args(t.TempDir()), nil), "") })
		return
	}
	t.Run("empty file", func(t *testing.T) { ok(t, c.Exec(c.args(empty), nil)) })
	t.Run("UTF-8 file", func(t *testing.T) {
		r := c.Exec(c.args(utf8File), nil)
		ok(t, r)
		c.Check(t, r.Stdout)
	})
	t.Run("GBK file", func(t *testing.T) {
		r := c.Exec(c.args(gbk), nil)
		if c.RefuseGBK {
			failed(t, r, "")
			return
		}
		ok(t, r)
		c.Check(t, r.Stdout)
	})
	t.Run("stdin", func(t *testing.T) {
		r := c.Exec(c.args(), strings.NewReader(c.Sample))
		ok(t, r)
		c.Check(t, r.Stdout)
	})
	t.Run("stdin as -", func(t *testing.T) {
		r := c.Exec(c.args("-"), strings.NewReader(c.Sample))
		ok(t, r)
		c.Check(t, r.Stdout)
	})
}

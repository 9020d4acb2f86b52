package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/civicnews/civicnews/internal/cli"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("archivebench", flag.ContinueOnError)
	pages := fs.Int("pages", 10000, "pages in the generated archive")
	jobsList := fs.String("jobs", "1,2", "comma-separated -jobs values to measure")
	single := fs.Int("single", 40, "pages to time with one newsjson process each (0: skip)")
	check := fs.Bool("check", false, "only run newsbatch with each -jobs and check its output (CI)")
	kill := fs.Bool("kill", false, "with -check: kill the run halfway with SIGKILL, resume it, then check")
	keep := fs.Bool("keep", false, "keep the temporary directory")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: archivebench [-pages N] [-jobs 1,2] [-single N] [-check [-kill]] DIR...")
		fmt.Fprintln(fs.Output(), "Copies the .txt pages of DIR... into an archive of -pages files and measures")
		fmt.Fprintln(fs.Output(), "newsbatch on it against one newsjson process per page (run from the repository's root).")
		fs.PrintDefaults()
	}
	if code, done := cli.ParseFlags(fs, args, stdout, stderr); done {
		return code
	}
	if fs.NArg() == 0 || *pages < 1 {
		fs.Usage()
		return 2
	}
	var jobs []int
	for _, s := range strings.Split(*jobsList, ",") {
		j, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || j < 1 {
			fmt.Fprintf(stderr, "archivebench: bad -jobs %q\n", *jobsList)
			return 2
		}
		jobs = append(jobs, j)
	}
	var srcs [][]byte
	for _, d := range fs.Args() {
		fi, err := os.Stat(d)
		if err == nil && !fi.IsDir() {
			err = fmt.Errorf("%s is not a directory", d)
		}
		if err != nil {
			fmt.Fprintln(stderr, "archivebench:", err)
			return 1
		}
		files, _ := filepath.Glob(filepath.Join(d, "*.txt"))
		if len(files) == 0 {
			fmt.Fprintf(stderr, "archivebench: no .txt page in %s\n", d)
			return 1
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				fmt.Fprintln(stderr, "archivebench:", err)
				return 1
			}
			srcs = append(srcs, b)
		}
	}
	if _, err := os.Stat("examples/newsbatch"); err != nil {
		fmt.Fprintln(stderr, "archivebench: run me from the repository's root (no examples/newsbatch here)")
		return 1
	}
	c := config{pages: *pages, jobs: jobs, single: *single, check: *check, kill: *kill, keep: *keep}
	if err := c.run(srcs, stdout); err != nil {
		fmt.Fprintln(stderr, "archivebench:", err)
		return 1
	}
	return 0
}

type config struct {
	pages, single     int
	jobs              []int
	check, kill, keep bool
}

func (c config) run(srcs [][]byte, stdout io.Writer) error {
	pages, jobs, single, check, kill, keep := &c.pages, c.jobs, &c.single, &c.check, &c.kill, &c.keep

	tmp, err := os.MkdirTemp("", "archivebench")
	if err != nil {
		return err
	}
	if *keep {
		fmt.Fprintln(stdout, "directory:", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}
	bin := filepath.Join(tmp, "bin")
	for _, p := range []string{"newsbatch", "newsjson"} {
		cmd := exec.Command("go", "build", "-o", filepath.Join(bin, p), "./examples/"+p)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("go build %s: %w", p, err)
		}
	}
	archive := filepath.Join(tmp, "archive")
	var total int64
	for i := range *pages {
		dir := filepath.Join(archive, fmt.Sprintf("%03d", i/100))
		if i%100 == 0 {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
		}
		b := append(append([]byte{}, srcs[i%len(srcs)]...), fmt.Sprintf("\n（第%d份）\n", i)...)
		total += int64(len(b))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%05d.txt", i)), b, 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "archive: %d pages, %.1f MB, copied from %d source pages\n", *pages, float64(total)/1e6, len(srcs))

	if *check {
		for _, j := range jobs {
			out := filepath.Join(tmp, fmt.Sprintf("out-%d.jsonl", j))
			if *kill {
				if err := killHalfway(bin, archive, out, j, *pages); err != nil {
					return err
				}
				fmt.Fprintf(stdout, "killed with SIGKILL at %d of %d lines (%d bytes); resuming\n", lines(out), *pages, fileSize(out))
			}
			if _, err := batch(bin, archive, out, j, *kill); err != nil {
				return err
			}
			if err := verify(out, archive, *pages); err != nil {
				return fmt.Errorf("-jobs %d: %w", j, err)
			}
			fmt.Fprintf(stdout, "-jobs %d: %d valid JSONL lines, every page once\n", j, *pages)
		}
		return nil
	}

	var perProc float64
	if *single > 0 {
		n := min(*single, *pages)
		start := time.Now()
		for i := range n {
			p := filepath.Join(archive, fmt.Sprintf("%03d", i/100), fmt.Sprintf("p%05d.txt", i))
			cmd := exec.Command(filepath.Join(bin, "newsjson"), p)
			if err := cmd.Run(); err != nil {
				return fmt.Errorf("newsjson %s: %w", p, err)
			}
		}
		el := time.Since(start).Seconds()
		perProc = float64(n) / el
		fmt.Fprintf(stdout, "one newsjson process per page: %d pages in %.2fs = %.1f pages/s (%.0f ms a page)\n", n, el, perProc, 1000*el/float64(n))
	}
	for _, j := range jobs {
		out := filepath.Join(tmp, fmt.Sprintf("out-%d.jsonl", j))
		el, err := batch(bin, archive, out, j, false)
		if err != nil {
			return err
		}
		if err := verify(out, archive, *pages); err != nil {
			return fmt.Errorf("-jobs %d: %w", j, err)
		}
		rate := float64(*pages) / el
		line := fmt.Sprintf("newsbatch -jobs %d: %d pages in %.2fs = %.0f pages/s, %.2f MB/s", j, *pages, el, rate, float64(total)/1e6/el)
		if perProc > 0 {
			line += fmt.Sprintf(", %.0f× one process per page", rate/perProc)
		}
		fmt.Fprintln(stdout, line)
	}
	return nil
}

func batch(bin, archive, out string, jobs int, resume bool) (float64, error) {
	args := []string{"-q", "-jobs", strconv.Itoa(jobs), "-o", out}
	if resume {
		args = append(args, "-resume")
	}
	cmd := exec.Command(filepath.Join(bin, "newsbatch"), append(args, archive)...)
	cmd.Stderr = os.Stderr
	start := time.Now()
	err := cmd.Run()
	el := time.Since(start).Seconds()
	if err != nil {
		return 0, fmt.Errorf("newsbatch %v: %w", args, err)
	}
	return el, nil
}

// killHalfway starts a run and kills it with SIGKILL once about half the
// pages are written.
func killHalfway(bin, archive, out string, jobs, pages int) error {
	cmd := exec.Command(filepath.Join(bin, "newsbatch"), "-q", "-jobs", strconv.Itoa(jobs), "-o", out, archive)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for {
		select {
		case err := <-done:
			return fmt.Errorf("the run ended before it could be killed halfway (%v): use more -pages", err)
		case <-time.After(100 * time.Millisecond):
		}
		fi, err := os.Stat(out)
		if err == nil && fi.Size() > 0 && lines(out) >= pages/2 {
			_ = cmd.Process.Signal(syscall.SIGKILL)
			<-done
			return nil
		}
	}
}

func lines(path string) int {
	b, _ := os.ReadFile(path)
	return strings.Count(string(b), "\n")
}

func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

// verify checks that out holds one valid record a line, for every page of
// the archive exactly once, none with an error.
func verify(out, archive string, pages int) error {
	f, err := os.Open(out)
	if err != nil {
		return err
	}
	defer f.Close()
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	n := 0
	for sc.Scan() {
		n++
		var r struct {
			Path     string          `json:"path"`
			SHA256   string          `json:"sha256"`
			Document json.RawMessage `json:"document"`
			Error    string          `json:"error"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("line %d is not valid JSON: %v", n, err)
		}
		if r.Error != "" || len(r.Document) == 0 || len(r.SHA256) != 64 {
			return fmt.Errorf("line %d (%s): no document or hash (error %q)", n, r.Path, r.Error)
		}
		if !strings.HasPrefix(r.Path, archive) {
			return fmt.Errorf("line %d: path %s outside the archive", n, r.Path)
		}
		if seen[r.Path] {
			return fmt.Errorf("line %d: %s twice", n, r.Path)
		}
		seen[r.Path] = true
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if n != pages {
		return fmt.Errorf("%d lines, want %d", n, pages)
	}
	return nil
}

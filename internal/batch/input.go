package batch

import (
	"bufio"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Input is one page to parse.
type Input struct {
	Path string // as gathered; "-" is standard input
	err  error  // set when the path could not be gathered (missing file)
}

// Gather lists the pages named by args: a file is taken as it is, a
// directory is walked recursively for files whose base name matches glob
// (hidden files and directories are skipped), and "-" stands for standard
// input. A list file (one path a line; blank lines and lines starting with
// # are skipped; "-" reads the list from stdin) adds its paths the same way.
// Paths are kept in the order given, directory entries in lexical order,
// and each path once. A path named in args that does not exist is an error
// (nothing has run yet, as with a usage error); a path of the list that
// does not exist becomes an input whose record will carry the error, so
// that one missing file of a long list does not stop a run. Paths in
// exclude (the output file) are left out.
func Gather(args []string, glob, list string, stdin io.Reader, exclude ...string) ([]Input, error) {
	if glob == "" {
		glob = "*"
	}
	if _, err := filepath.Match(glob, ""); err != nil {
		return nil, fmt.Errorf("bad glob %q: %w", glob, err)
	}
	names := append([]string(nil), args...)
	for _, a := range args {
		if a == "-" {
			continue
		}
		if _, err := os.Stat(a); err != nil {
			return nil, err
		}
	}
	if list != "" {
		var r io.Reader
		if list == "-" {
			if contains(args, "-") {
				return nil, errors.New("standard input cannot be both a page and the list")
			}
			r = stdin
			if r == nil {
				r = os.Stdin
			}
		} else {
			f, err := os.Open(list)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			r = f
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			names = append(names, line)
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("list %s: %w", list, err)
		}
	}
	skip := map[string]bool{}
	for _, x := range exclude {
		if x == "" || x == "-" {
			continue
		}
		if abs, err := filepath.Abs(x); err == nil {
			skip[abs] = true
		}
	}
	seen := map[string]bool{}
	var out []Input
	add := func(p string, err error) {
		if p != "-" {
			p = filepath.Clean(p)
			if abs, aerr := filepath.Abs(p); aerr == nil && skip[abs] {
				return
			}
		}
		if seen[p] {
			return
		}
		seen[p] = true
		out = append(out, Input{Path: p, err: err})
	}
	for _, n := range names {
		if n == "-" {
			add(n, nil)
			continue
		}
		fi, err := os.Stat(n)
		if err != nil {
			add(n, err)
			continue
		}
		if !fi.IsDir() {
			add(n, nil)
			continue
		}
		err = filepath.WalkDir(n, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == n {
					return err
				}
				add(p, err) // an unreadable directory or file inside: report it, keep walking
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			hidden := p != n && strings.HasPrefix(d.Name(), ".")
			if d.IsDir() {
				if hidden {
					return fs.SkipDir
				}
				return nil
			}
			if hidden {
				return nil
			}
			if ok, _ := filepath.Match(glob, d.Name()); !ok {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				if fi, err := os.Stat(p); err != nil || !fi.Mode().IsRegular() {
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			}
			add(p, nil)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// ParseShard reads "i/n" (0 ≤ i < n).
func ParseShard(s string) (i, n int, err error) {
	if _, err := fmt.Sscanf(s, "%d/%d", &i, &n); err != nil || n < 1 || i < 0 || i >= n || fmt.Sprintf("%d/%d", i, n) != s {
		return 0, 0, fmt.Errorf("bad shard %q: want i/n with 0 <= i < n, for instance 0/3", s)
	}
	return i, n, nil
}

// InShard reports whether path belongs to shard i of n: the FNV-1a hash of
// the path modulo n. Every path is in exactly one of the shards 0…n-1, and
// the split does not depend on the order or number of the other inputs, so
// n machines given the same paths process every page exactly once.
func InShard(path string, i, n int) bool {
	if n <= 1 {
		return true
	}
	h := fnv.New64a()
	io.WriteString(h, path)
	return h.Sum64()%uint64(n) == uint64(i)
}

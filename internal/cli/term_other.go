//go:build !(linux && (amd64 || arm64 || 386 || arm || riscv64 || loong64 || s390x)) && !darwin && !freebsd && !netbsd && !openbsd

package cli

import "os"

// isTerminal falls back to "a character device" where no terminal ioctl
// is wired: /dev/null on stdin is then taken for a terminal.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

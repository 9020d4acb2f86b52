//go:build linux && (amd64 || arm64 || 386 || arm || riscv64 || loong64 || s390x)

package cli

import (
	"os"
	"syscall"
	"unsafe"
)

const tcgets = 0x5401 // TCGETS on these architectures

func isTerminal(f *os.File) bool {
	var t syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), tcgets, uintptr(unsafe.Pointer(&t)))
	return errno == 0
}

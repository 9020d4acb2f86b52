//go:build !linux

package clitest

import (
	"errors"
	"os"
)

func openTerminal() (*os.File, func(), error) {
	return nil, nil, errors.New("pseudo-terminals are opened on Linux only")
}

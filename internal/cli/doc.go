// Package cli holds what the example programs share to behave like Unix
// tools: detecting a terminal on standard input (so that a program run
// with no argument prints its usage instead of waiting), reading the input
// named on the command line or standard input, and decoding it.
package cli

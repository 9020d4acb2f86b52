// Package clitest is a table test for the example programs: every program
// under examples/ must behave like a Unix tool. A program exposes
//
//	func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int
//
// (main is os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))) and
// its test calls [Test] with it. The table checks: -h and --help print the
// usage on standard output and exit 0; with no argument and a terminal on
// standard input the usage goes to standard error with exit 2 (nothing
// waits for typing); a missing file, a directory and an unknown flag give a
// message on standard error and a non-zero exit; an empty file is accepted;
// the sample text is read from a UTF-8 file, from a GBK file (decoded, or
// refused with an error when the program says so) and from standard input.
package clitest

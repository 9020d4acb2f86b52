package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/civicnews/civicnews/layout"
)

// ErrUsage is returned by [ReadInput] when there is no input to read: no
// file named and a terminal on standard input. The caller prints its usage
// and exits with status 2.
var ErrUsage = errors.New("no input: name a FILE or give the text on standard input")

// IsTerminal reports whether r is an *os.File open on a terminal.
func IsTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok || f == nil {
		return false
	}
	return isTerminal(f)
}

// ReadInput reads the file named by args (one argument at most; "-" or no
// argument means stdin). With no argument and a terminal on stdin it
// returns [ErrUsage] without reading. limit > 0 refuses input larger than
// limit bytes with an error matching [layout.ErrTooLarge], without reading
// more than limit+1 bytes.
func ReadInput(args []string, stdin io.Reader, limit int) ([]byte, error) {
	var r io.Reader
	switch {
	case len(args) > 1:
		return nil, fmt.Errorf("one FILE at most, got %d arguments", len(args))
	case len(args) == 0 || args[0] == "-":
		if len(args) == 0 && IsTerminal(stdin) {
			return nil, ErrUsage
		}
		r = stdin
	default:
		f, err := os.Open(args[0])
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			return nil, fmt.Errorf("%s is a directory", args[0])
		}
		r = f
	}
	if limit > 0 {
		r = io.LimitReader(r, int64(limit)+1)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if limit > 0 && len(b) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", layout.ErrTooLarge, limit)
	}
	return b, nil
}

// ParseFlags parses args with fs the way a Unix tool does: -h, -help and
// --help print the usage (fs.Usage) on stdout and exit 0; a bad flag
// prints the error and the usage on stderr and exits 2. done reports that
// the program should exit with code; otherwise fs.Output() is stderr.
func ParseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (code int, done bool) {
	var buf bytes.Buffer
	fs.SetOutput(&buf)
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(stdout)
		fs.Usage()
		return 0, true
	case err != nil:
		stderr.Write(buf.Bytes())
		return 2, true
	}
	fs.SetOutput(stderr)
	return 0, false
}

// EncodingFlag registers the -encoding flag of a program that reads text:
// a name [layout.ParseEncoding] takes, empty to detect.
func EncodingFlag(fs *flag.FlagSet) *string {
	return fs.String("encoding", "", "read the input in encoding `E`: "+strings.Join(layout.EncodingNames(), ", ")+" (default: detect)")
}

// ReadText reads, after [ParseFlags], the page a program is given: the
// encoding named by encName and the FILE of fs's arguments (standard input
// with none or "-"). When it cannot, it writes why on stderr (or the usage,
// when there is no input) and returns ok false with the exit status: 2 for
// an unknown encoding or no input, 1 for input that cannot be read (also
// for more than one FILE).
func ReadText(fs *flag.FlagSet, encName string, stdin io.Reader, stderr io.Writer) (src []byte, enc layout.Encoding, code int, ok bool) {
	enc, err := layout.ParseEncoding(encName)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", fs.Name(), err)
		return nil, "", 2, false
	}
	src, err = ReadInput(fs.Args(), stdin, 0)
	if errors.Is(err, ErrUsage) {
		fs.Usage()
		return nil, "", 2, false
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", fs.Name(), err)
		return nil, "", 1, false
	}
	return src, enc, 0, true
}

package batch

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/civicnews/civicnews"
)

// Record is one line of the output: one page.
type Record struct {
	Path     string              `json:"path"`               // the input's path as gathered ("-" for standard input)
	SHA256   string              `json:"sha256,omitempty"`   // hex SHA-256 of the page's bytes (empty when it could not be read)
	Bytes    int64               `json:"bytes"`              // size of the page in bytes
	Document *civicnews.Document `json:"document,omitempty"` // the parsed page, absent on error
	Error    string              `json:"error,omitempty"`    // why the page failed, absent on success
}

// Hash is the content hash written in [Record.SHA256].
func Hash(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}

// ParsePage parses one page's bytes into a record. It never panics: a
// panic inside the parser becomes the record's error.
func ParsePage(path string, data []byte, opts ...civicnews.Option) (rec Record) {
	rec = Record{Path: path, SHA256: Hash(data), Bytes: int64(len(data))}
	defer func() {
		if p := recover(); p != nil {
			rec.Document = nil
			rec.Error = fmt.Sprintf("parser panic: %v", p)
		}
	}()
	doc, err := civicnews.Parse(data, opts...)
	if err != nil {
		rec.Error = err.Error()
		return rec
	}
	rec.Document = doc
	return rec
}

// Marshal encodes the record as one JSONL line, newline included. HTML
// characters are left as they are, as in examples/newsjson.
func (r *Record) Marshal() ([]byte, error) {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	if err := e.Encode(r); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

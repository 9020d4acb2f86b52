package entity

import (
	"fmt"
	"os"
	"testing"
)

func TestDbg(t *testing.T) {
	s := os.Getenv("DBG")
	if s == "" {
		t.Skip()
	}
	r := Default()
	k := keyOf(s)
	for _, sp := range r.scan(k.key) {
		fmt.Printf("%d %q %s %q %d nested=%d\n", sp.typ, k.key[sp.start:sp.end], sp.kind, sp.word, len(sp.cands), len(sp.nested))
	}
}

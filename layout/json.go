package layout

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// MarshalJSON writes the span as a two-element array [start, end].
func (s Span) MarshalJSON() ([]byte, error) {
	return fmt.Appendf(nil, "[%d,%d]", s.Start, s.End), nil
}

// UnmarshalJSON reads a span written by [Span.MarshalJSON].
func (s *Span) UnmarshalJSON(b []byte) error {
	var a [2]int
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Errorf("layout: a span is [start, end]: %w", err)
	}
	s.Start, s.End = a[0], a[1]
	return nil
}

// repairJSON is the JSON form of a Repair.
type repairJSON struct {
	Kind   RepairKind `json:"kind"`
	Start  int        `json:"start"`
	End    int        `json:"end"`
	Detail string     `json:"detail"`
	Before string     `json:"before,omitempty"`
	After  string     `json:"after,omitempty"`
}

// MarshalJSON writes the repair as an object: "kind", "start" and "end"
// (its Span), "detail" (its Reason), and "before" and "after" when they
// are not empty.
func (r Repair) MarshalJSON() ([]byte, error) {
	// without HTML escaping: the encoder that called MarshalJSON escapes
	// the result if it was asked to
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	if err := e.Encode(repairJSON{r.Kind, r.Span.Start, r.Span.End, r.Reason, r.Before, r.After}); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// UnmarshalJSON reads a repair written by [Repair.MarshalJSON].
func (r *Repair) UnmarshalJSON(b []byte) error {
	var j repairJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = Repair{Kind: j.Kind, Span: Span{j.Start, j.End}, Before: j.Before, After: j.After, Reason: j.Detail}
	return nil
}

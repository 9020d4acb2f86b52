package main

import (
	"encoding/json"
	"testing"
)

func pathOf(t *testing.T, line string) string {
	t.Helper()
	var r struct {
		Path string `json:"path"`
	}
	if err := json.Unmarshal([]byte(line), &r); err != nil || r.Path == "" {
		t.Fatalf("not a record: %.200q (%v)", line, err)
	}
	return r.Path
}

func countsOf(t *testing.T, line string) (articles, entities int) {
	t.Helper()
	var r struct {
		Document struct {
			Articles []json.RawMessage `json:"articles"`
			Entities []json.RawMessage `json:"entities"`
		} `json:"document"`
	}
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		t.Fatal(err)
	}
	return len(r.Document.Articles), len(r.Document.Entities)
}

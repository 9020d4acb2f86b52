package entity_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/civicnews/civicnews"
)

// corpusFloors are the least the entity scores on ../shared/corpus may
// be (real pages from all of China, scored as ../shared/tools/score.py
// does). They sit a little below the scores reached, so that a change
// that loses ground fails.
var corpusFloors = map[string]float64{
	"admin.recall":    0.94,
	"admin.precision": 0.93,
	"admin.canonical": 0.99,
	"other.recall":    0.87,
	"person.title":    0.96,
}

type corpusEntity struct {
	Text      string `json:"text"`
	Kind      string `json:"kind"`
	Canonical string `json:"canonical"`
	Title     string `json:"title"`
}

func normKey(s string) string { return strings.Join(strings.Fields(norm.NFKC.String(s)), "") }

// TestCorpusEntities scores the entities of every corpus page against its
// hand-made truth. It skips when ../shared is absent.
func TestCorpusEntities(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus")
	truths, _ := filepath.Glob(filepath.Join(dir, "scored", "*.entities.json"))
	if len(truths) == 0 {
		t.Skip("no ../shared/corpus")
	}
	admin := map[string]bool{"province": true, "city": true, "district": true, "subdistrict": true, "town": true,
		"residential-committee": true, "village": true}
	got, of := map[string]int{}, map[string]int{}
	add := func(k string, ok bool) {
		of[k]++
		if ok {
			got[k]++
		}
	}
	for _, tf := range truths {
		id := strings.TrimSuffix(filepath.Base(tf), ".entities.json")
		raw, err := os.ReadFile(filepath.Join(dir, "raw", id+".txt"))
		if err != nil {
			continue
		}
		var truth struct {
			Entities   []corpusEntity `json:"entities"`
			Exhaustive []string       `json:"exhaustive"`
		}
		b, err := os.ReadFile(tf)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &truth); err != nil {
			t.Fatalf("%s: %v", tf, err)
		}
		if truth.Exhaustive == nil {
			truth.Exhaustive = []string{"admin", "other"}
		}
		doc, err := civicnews.Parse(raw)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		type key struct{ text, kind string }
		want := map[key]corpusEntity{}
		canon := map[key]bool{}
		for _, e := range truth.Entities {
			k := key{normKey(e.Text), e.Kind}
			if _, ok := want[k]; !ok {
				want[k] = e
			}
			if e.Canonical != "" {
				canon[key{normKey(e.Canonical), e.Kind}] = true
			}
		}
		pred := map[key]civicnews.Entity{}
		for _, e := range doc.Entities {
			k := key{normKey(e.Text), string(e.Kind)}
			if _, ok := pred[k]; !ok {
				pred[k] = e
			}
		}
		for k, e := range want {
			fam := "other"
			if admin[e.Kind] {
				fam = "admin"
			}
			p, ok := pred[k]
			add(fam+".recall", ok)
			if ok && fam == "admin" && e.Canonical != "" {
				add("admin.canonical", normKey(p.Canonical) == normKey(e.Canonical))
			}
			if ok && e.Kind == "person" && e.Title != "" {
				add("person.title", normKey(p.Title) == normKey(e.Title))
			}
		}
		for k, p := range pred {
			fam := "other"
			if admin[string(p.Kind)] {
				fam = "admin"
			}
			exhaustive := false
			for _, x := range truth.Exhaustive {
				exhaustive = exhaustive || x == fam
			}
			if !exhaustive || fam != "admin" {
				continue
			}
			_, ok := want[k]
			add("admin.precision", ok || canon[key{normKey(p.Canonical), string(p.Kind)}])
		}
	}
	for k, floor := range corpusFloors {
		if of[k] == 0 {
			t.Errorf("%s: nothing scored", k)
			continue
		}
		rate := float64(got[k]) / float64(of[k])
		t.Logf("%-16s %d/%d %.3f (floor %.2f)", k, got[k], of[k], rate, floor)
		if rate < floor {
			t.Errorf("%s = %.3f, below the floor %.2f", k, rate, floor)
		}
	}
}

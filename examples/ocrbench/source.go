package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// source is one article's text to lay out.
type source struct {
	Title      string
	Paragraphs []string
}

// toFull restores ASCII punctuation to the full-width forms a printed
// Chinese page uses, and drops spaces between Chinese characters.
func toFull(s string) string {
	r := strings.NewReplacer(",", "，", ":", "：", ";", "；", "!", "！", "?", "？", "(", "（", ")", "）")
	s = r.Replace(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "\u3000", "")
	return s
}

// endsSentence reports whether s ends a sentence.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "”’」』）)")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("。！？…!?", r)
}

// extract takes an article's body from a page's text: the lines from the
// one holding first to the one holding last, keeping those that read as
// body paragraphs (a sentence end, 20 characters or more).
func extract(text, title, first, last string) (source, bool) {
	lines := strings.Split(text, "\n")
	start, end := -1, -1
	for i, l := range lines {
		if start < 0 && first != "" && strings.Contains(l, first) {
			start = i
		}
		if start >= 0 && last != "" && strings.Contains(l, last) {
			end = i
			break
		}
	}
	if start < 0 || end < 0 {
		return source{}, false
	}
	s := source{Title: toFull(title)}
	for _, l := range lines[start : end+1] {
		l = toFull(l)
		for _, dl := range []string{"本报讯"} {
			l = strings.TrimSpace(strings.TrimPrefix(l, dl))
		}
		if utf8.RuneCountInString(l) < 20 || !endsSentence(l) || strings.ContainsAny(l, "|/\t") {
			continue
		}
		s.Paragraphs = append(s.Paragraphs, strings.ReplaceAll(l, " ", ""))
	}
	return s, len(s.Paragraphs) > 0 && s.Title != ""
}

// loadSamples reads the five samples' articles: their text from
// testdata/issues and their titles and body bounds from the shared truth.
func loadSamples(root, truthDir string) ([]source, error) {
	files, err := filepath.Glob(filepath.Join(root, "testdata", "issues", "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no samples under %s/testdata/issues", root)
	}
	sort.Strings(files)
	var out []source
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		text, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		raw, err := os.ReadFile(filepath.Join(truthDir, id+".json"))
		if err != nil {
			return nil, fmt.Errorf("sample truth: %w", err)
		}
		var t struct {
			Articles []struct {
				Headline  []string `json:"headline"`
				BodyFirst string   `json:"body_first"`
				BodyLast  string   `json:"body_last"`
			} `json:"articles"`
		}
		if err := json.Unmarshal(raw, &t); err != nil {
			return nil, fmt.Errorf("%s: %w", id, err)
		}
		for _, a := range t.Articles {
			if len(a.Headline) == 0 {
				continue
			}
			if s, ok := extract(string(text), a.Headline[0], a.BodyFirst, a.BodyLast); ok {
				out = append(out, s)
			}
		}
	}
	return out, nil
}

// loadCorpus reads article bodies from the shared corpus (run time only:
// its text is never written into the repository).
func loadCorpus(dir string) ([]source, error) {
	files, err := filepath.Glob(filepath.Join(dir, "truth", "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []source
	for _, f := range files {
		if strings.HasSuffix(f, ".entities.json") {
			continue
		}
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		text, err := os.ReadFile(filepath.Join(dir, "raw", id+".txt"))
		if err != nil {
			continue
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var t struct {
			Articles []struct {
				Title     string `json:"title"`
				BodyFirst string `json:"body_first"`
				BodyLast  string `json:"body_last"`
			} `json:"articles"`
		}
		if err := json.Unmarshal(raw, &t); err != nil {
			continue
		}
		for _, a := range t.Articles {
			if s, ok := extract(string(text), a.Title, a.BodyFirst, a.BodyLast); ok && len(s.Paragraphs) >= 2 {
				out = append(out, s)
			}
		}
	}
	return out, nil
}

package train

import (
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/linemodel"
)

// Example is a page's lines as the model sees them, with the labels the
// truth gives them.
type Example struct {
	Page   *Page
	Lines  []linemodel.Line
	Spans  [][2]int
	Labels []linemodel.Label
}

// Examples derives the labelled lines of every page.
func Examples(pages []Page) ([]Example, error) {
	out := make([]Example, 0, len(pages))
	for i := range pages {
		lines, spans, src, err := linemodel.PageLines(pages[i].Src)
		if err != nil {
			return nil, err
		}
		out = append(out, Example{Page: &pages[i], Lines: lines, Spans: spans, Labels: Derive(&pages[i].Truth, lines, spans, src)})
	}
	return out, nil
}

// Derive labels the lines of a page from its truth: lines inside an
// article's body span (body_first to body_last) are body, or section
// headings where the truth lists them; lines that make up a headline are
// headline; truth boilerplate and captions are furniture; short lines
// naming a reporter or correspondent outside the body are bylines; the
// rest is other.
func Derive(t *Truth, lines []linemodel.Line, spans [][2]int, src []byte) []linemodel.Label {
	n := len(lines)
	labels := make([]linemodel.Label, n)
	keys := make([]string, n)
	for i := range lines {
		keys[i] = Norm(lines[i].Text)
		labels[i] = linemodel.Other
	}
	bp := map[string]bool{}
	var bpList []string
	for _, s := range append(append([]string{}, t.Boilerplate...), t.Captions...) {
		k := Norm(s)
		if k != "" {
			bp[k] = true
			bpList = append(bpList, k)
		}
	}
	isBP := func(k string) bool {
		if bp[k] {
			return true
		}
		if utf8.RuneCountInString(k) < 6 {
			return false
		}
		for _, b := range bpList {
			if utf8.RuneCountInString(b) >= 6 && (strings.Contains(b, k) || strings.Contains(k, b) && len(k) <= len(b)+12) {
				return true
			}
		}
		return false
	}
	text := string(src)
	done := make([]bool, n)
	// headline lines first: a line spelling a headline or one of its
	// parts is a headline wherever it stands (scrambled pages set them
	// inside another article's text)
	for _, a := range t.Articles {
		head := Norm(strings.Join(a.Headline, ""))
		if head == "" {
			continue
		}
		for i := range lines {
			if !done[i] && keys[i] != "" && !bp[keys[i]] && exactHeadPart(keys[i], head, a.Headline) {
				labels[i] = linemodel.Headline
				done[i] = true
			}
		}
	}
	// a headline set in a narrow column: a run of short lines that
	// together spell a headline part
	for _, a := range t.Articles {
		head := Norm(strings.Join(a.Headline, ""))
		if head == "" {
			continue
		}
		for i := 0; i < n; i++ {
			if done[i] || keys[i] == "" || !strings.Contains(head, keys[i]) {
				continue
			}
			run, j := keys[i], i+1
			for j < n && !done[j] && keys[j] != "" && strings.Contains(head, run+keys[j]) {
				run += keys[j]
				j++
			}
			if j-i >= 3 && utf8.RuneCountInString(run) >= 6 {
				for k := i; k < j; k++ {
					labels[k] = linemodel.Headline
					done[k] = true
				}
				i = j - 1
			}
		}
	}
	from := 0
	for _, a := range t.Articles {
		head := Norm(strings.Join(a.Headline, ""))
		start, end := bodySpan(text, a, from)
		hl := -1
		for i := range lines {
			if start >= 0 && spans[i][0] >= start {
				break
			}
			if labels[i] == linemodel.Headline {
				hl = i
			}
			if done[i] || keys[i] == "" || head == "" {
				continue
			}
			if isHeadPart(keys[i], head, a.Headline) && !bp[keys[i]] {
				labels[i] = linemodel.Headline
				done[i] = true
				hl = i
			}
		}
		if start < 0 {
			continue
		}
		headings := map[string]bool{}
		for _, h := range a.Headings {
			headings[Norm(h)] = true
		}
		for i := range lines {
			if spans[i][1] <= start || spans[i][0] >= end || done[i] {
				continue
			}
			done[i] = true
			switch {
			case headings[keys[i]]:
				labels[i] = linemodel.Section
			case bp[keys[i]]:
				labels[i] = linemodel.Furniture
			case subhead(&lines[i]) && spans[i][0] > start && spans[i][1] < end:
				// a subhead inside the body: the truth lists the
				// headings of some pages only
				labels[i] = linemodel.Section
			default:
				labels[i] = linemodel.Body
			}
		}
		// bylines: outside the body, after the headline, naming the article's people
		lo := max(hl, 0)
		for i := lo; i < n; i++ {
			if done[i] || keys[i] == "" || utf8.RuneCountInString(keys[i]) > 60 {
				continue
			}
			if spans[i][0] > end+400 {
				break
			}
			if names(keys[i], a.Reporters) || names(keys[i], a.Correspondents) {
				if !isBP(keys[i]) {
					labels[i] = linemodel.Byline
					done[i] = true
				}
			}
		}
		if end > from {
			from = end
		}
	}
	for i := range lines {
		if !done[i] && isBP(keys[i]) {
			labels[i] = linemodel.Furniture
		}
	}
	return labels
}

// subhead reports a line shaped like a heading: short, no sentence in it.
func subhead(l *linemodel.Line) bool {
	return l.Det&linemodel.DetHeadingLike != 0 && utf8.RuneCountInString(l.Text) <= 30 && !strings.ContainsAny(l.Text, "，,；;")
}

// exactHeadPart reports a line that is a whole headline or one of its
// parts of four or more characters.
func exactHeadPart(k, head string, parts []string) bool {
	if k == head {
		return true
	}
	for _, p := range parts {
		if k == Norm(p) && utf8.RuneCountInString(k) >= 4 {
			return true
		}
	}
	return false
}

// isHeadPart reports whether a line is (part of) the headline.
func isHeadPart(k, head string, parts []string) bool {
	if k == head {
		return true
	}
	for _, p := range parts {
		if k == Norm(p) {
			return true
		}
	}
	return utf8.RuneCountInString(k) >= 5 && strings.Contains(head, k)
}

// names reports whether a line names one of the people.
func names(k string, people []string) bool {
	for _, p := range people {
		if q := Norm(p); q != "" && strings.Contains(k, q) {
			return true
		}
	}
	return false
}

// bodySpan finds an article's body in the source: from body_first to the
// end of body_last, searched from offset from. It returns -1, -1 when the
// body is not found.
func bodySpan(text string, a Article, from int) (int, int) {
	if a.BodyFirst == "" {
		return -1, -1
	}
	s := indexFrom(text, a.BodyFirst, from)
	if s < 0 {
		s = indexFrom(text, a.BodyFirst, 0)
	}
	if s < 0 {
		s = fuzzyIndex(text, a.BodyFirst, from)
	}
	if s < 0 {
		return -1, -1
	}
	if a.BodyLast == nil || *a.BodyLast == "" {
		return s, len(text)
	}
	e := indexFrom(text, *a.BodyLast, s)
	if e < 0 {
		e = fuzzyIndex(text, *a.BodyLast, s)
		if e < 0 {
			return s, len(text)
		}
	}
	return s, e + len(*a.BodyLast)
}

func indexFrom(text, sub string, from int) int {
	if from > len(text) {
		return -1
	}
	i := strings.Index(text[from:], sub)
	if i < 0 {
		return -1
	}
	return from + i
}

// fuzzyIndex finds sub in text comparing NFKC-folded characters and
// skipping white space; it returns the byte offset of the match, or -1.
func fuzzyIndex(text, sub string, from int) int {
	want := []rune(Norm(sub))
	if len(want) == 0 {
		return -1
	}
	for i := from; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if Norm(string(r)) == string(want[0]) {
			j, k := i, 0
			for j < len(text) && k < len(want) {
				c, sz := utf8.DecodeRuneInString(text[j:])
				f := Norm(string(c))
				switch {
				case f == "":
				case f == string(want[k]):
					k++
				default:
					j = len(text) + 1
				}
				if j <= len(text) {
					j += sz
				}
			}
			if k == len(want) {
				return i
			}
		}
		i += size
	}
	return -1
}

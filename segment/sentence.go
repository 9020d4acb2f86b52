package segment

import (
	"unicode"
	"unicode/utf8"
)

// Sentence is a span of the input ending at a sentence terminator.
type Sentence struct {
	Text  string // text[Start:End]
	Start int    // byte offset
	End   int    // byte offset just past the sentence
}

// Sentences splits text into sentences. A sentence ends after 。！？!?；; .
// or an ellipsis (…), together with any closing quotes or brackets that
// follow, or at a blank line (a line break alone does not end a sentence,
// since extracted text breaks lines inside sentences). Leading and trailing
// whitespace is left out of each sentence; text that is only whitespace
// gives nil. A full stop between two digits (3.5) does not end a sentence.
func Sentences(text string) []Sentence {
	var out []Sentence
	start := -1 // start of the current sentence, -1 between sentences
	lastNonSpace := 0
	emit := func(end int) {
		if start >= 0 {
			out = append(out, Sentence{Text: text[start:end], Start: start, End: end})
		}
		start = -1
	}
	newlines := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if n == 0 {
			break
		}
		if r == '\n' {
			newlines++
			if newlines >= 2 {
				emit(lastNonSpace)
			}
			i += n
			continue
		}
		if unicode.IsSpace(r) && !(r == utf8.RuneError && n == 1) {
			i += n
			continue
		}
		newlines = 0
		if start < 0 {
			start = i
		}
		i += n
		lastNonSpace = i
		if isTerminator(r) && !(r == '.' && betweenDigits(text, i-n, i)) {
			// Absorb repeated terminators and closing quotes/brackets.
			for i < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[i:])
				if !isTerminator(r2) && !isCloser(r2) {
					break
				}
				i += n2
			}
			lastNonSpace = i
			emit(i)
		}
	}
	emit(lastNonSpace)
	return out
}

func isTerminator(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '；', ';', '…', '.':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '】', '》', '"', '\'':
		return true
	}
	return false
}

func betweenDigits(text string, a, b int) bool {
	if a == 0 || b >= len(text) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(text[:a])
	q, _ := utf8.DecodeRuneInString(text[b:])
	return isDigit(p) && isDigit(q)
}

// Package linemodel labels the lines of a page: body, headline, byline,
// furniture, section heading or other.
//
// Each non-blank line is described by a vector of features (its length,
// punctuation, digits, separators, label-value shape, dates, position on
// the page, copies of it on the page, similarity to its neighbours, the
// layout package's detectors, and hits of general word lists as weak
// evidence), for itself and for the lines before and after it. A
// multinomial logistic regression scores every label for every line, and
// a Viterbi decoder picks the page's best sequence of labels, with
// transition scores that encode how pages are laid out (a headline is
// followed by a byline or the body, furniture comes in runs, and so on).
//
// The weights are fitted on annotated real pages by the generator in
// ./gen (go generate) and committed as numbers in weights.go; package
// train derives the training labels from the truth files and fits them.
package linemodel

//go:generate go run ./gen -shared ../../../shared -out weights.go

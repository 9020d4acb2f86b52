package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/hanzi"
)

// keyed is a text turned into its matching key: traditional characters
// simplified (楓林 → 枫林), pinyin residue after a character dropped (區(qū) →
// 区) and the spaces of a letter-spaced name removed (长 寿 路 → 长寿路).
// The recognisers read the key; offsets are mapped back to the text as
// written, so an entity's Text is its surface in the input.
type keyed struct {
	orig, key string
	// for every rune boundary b of key: start[b] the offset in orig of the
	// rune that starts at b, end[b] the offset in orig just after the rune
	// that ends at b (after its pinyin residue). nil when key == orig.
	start, end []int
}

// keyOf returns the matching key of text.
func keyOf(text string) keyed {
	if !needsKey(text) {
		return keyed{orig: text, key: text}
	}
	type rec struct {
		r      rune
		os, oe int
	}
	var recs []rec
	for i := 0; i < len(text); {
		r, sz := utf8.DecodeRuneInString(text[i:])
		os := i
		i += sz
		if r == utf8.RuneError && sz == 1 {
			recs = append(recs, rec{r, os, i})
			continue
		}
		if isHan(r) {
			if n := hanzi.PinyinResidue(text[i:]); n > 0 {
				i += n
			}
			recs = append(recs, rec{hanzi.Simplify(r), os, i})
			continue
		}
		if (r == ' ' || r == '\u3000') && letterSpaced(text, os, i) {
			continue
		}
		recs = append(recs, rec{r, os, i})
	}
	var b strings.Builder
	b.Grow(len(text))
	start := make([]int, 0, len(text)+1)
	end := make([]int, 0, len(text)+1)
	for _, c := range recs {
		n := utf8.RuneLen(c.r)
		if n < 0 {
			c.r, n = utf8.RuneError, 3
		}
		b.WriteRune(c.r)
		for k := 0; k < n; k++ {
			start = append(start, c.os)
			end = append(end, c.oe) // end[b+n-1]: the rune ending at b+n
		}
	}
	start = append(start, len(text))
	return keyed{orig: text, key: b.String(), start: start, end: end}
}

// needsKey reports whether text has anything the key changes.
func needsKey(text string) bool {
	prevHan := false
	for i, r := range text {
		if r >= 0x3400 && hanzi.Simplify(r) != r {
			return true
		}
		if prevHan && (r == '(' || r == '（') && hanzi.PinyinResidue(text[i:]) > 0 {
			return true
		}
		if (r == ' ' || r == '\u3000') && letterSpaced(text, i, i+utf8.RuneLen(r)) {
			return true
		}
		prevHan = isHan(r)
	}
	return false
}

// letterSpaced reports whether the space at text[s:e] is in a gap of a
// letter-spaced run: at least three single Chinese characters in a row,
// each separated by one or two spaces (长 寿 路 街 道). A character is
// single when no Chinese character touches it.
func letterSpaced(text string, s, e int) bool {
	isSpace := func(c rune) bool { return c == ' ' || c == '\u3000' }
	han := func(c rune) bool { return unicode.Is(unicode.Han, c) }
	// the whole gap around [s, e)
	gs, ge := s, e
	for {
		c, sz := prevRune(text, gs)
		if sz == 0 || !isSpace(c) {
			break
		}
		gs -= sz
	}
	for {
		c, sz := nextRune(text, ge)
		if sz == 0 || !isSpace(c) {
			break
		}
		ge += sz
	}
	if utf8.RuneCountInString(text[gs:ge]) > 2 {
		return false
	}
	single := func(cs, ce int) bool {
		p, _ := prevRune(text, cs)
		n, _ := nextRune(text, ce)
		return !han(p) && !han(n)
	}
	count := 0
	// leftwards: single characters each behind a gap
	for i := gs; ; {
		c, sz := prevRune(text, i)
		if sz == 0 || !han(c) || !single(i-sz, i) {
			if i == gs {
				return false
			}
			break
		}
		count++
		i -= sz
		k, n := i, 0
		for {
			q, qsz := prevRune(text, k)
			if qsz == 0 || !isSpace(q) {
				break
			}
			k -= qsz
			n++
		}
		if n == 0 || n > 2 {
			break
		}
		i = k
	}
	for i := ge; ; {
		c, sz := nextRune(text, i)
		if sz == 0 || !han(c) || !single(i, i+sz) {
			if i == ge {
				return false
			}
			break
		}
		count++
		i += sz
		k, n := i, 0
		for {
			q, qsz := nextRune(text, k)
			if qsz == 0 || !isSpace(q) {
				break
			}
			k += qsz
			n++
		}
		if n == 0 || n > 2 {
			break
		}
		i = k
	}
	return count >= 3
}

// span maps key offsets [s, e) back to the text as written.
func (k *keyed) span(s, e int) (int, int) {
	if k.start == nil {
		return s, e
	}
	os := k.start[s]
	oe := os
	if e > 0 && e > s {
		oe = k.end[e-1]
	}
	return os, oe
}

// unkey maps the offsets and texts of es (and their nested entities) from
// the key back to the text as written.
func (k *keyed) unkey(es []Entity) {
	if k.start == nil {
		return
	}
	for i := range es {
		e := &es[i]
		e.Start, e.End = k.span(e.Start, e.End)
		e.Text = k.orig[e.Start:e.End]
		k.unkey(e.Nested)
	}
}

// titles replaces the titles of person spans, read in the key, with the
// title as written: a title ends where its person's name starts.
func (k *keyed) titles(spans []span) {
	if k.start == nil {
		return
	}
	for i := range spans {
		sp := &spans[i]
		if sp.typ != sPerson || sp.title == "" {
			continue
		}
		// the title ends at the name, or shortly before it, or follows it
		ts := strings.LastIndex(k.key[:sp.start], sp.title)
		if ts < 0 || sp.start-(ts+len(sp.title)) > 300 {
			ts = -1
			if j := strings.Index(k.key[sp.end:], sp.title); j >= 0 && j <= 6 {
				ts = sp.end + j
			}
		}
		if ts < 0 {
			continue
		}
		os, oe := k.span(ts, ts+len(sp.title))
		sp.title = k.orig[os:oe]
	}
}

// Key returns the matching key of s: traditional characters simplified,
// pinyin residue and the spaces of letter-spacing removed.
func Key(s string) string { return keyOf(s).key }

// SameName reports whether a and b spell the same name once both are read
// as matching keys (traditional characters, pinyin residue and
// letter-spacing aside).
func SameName(a, b string) bool {
	if a == b {
		return true
	}
	return keyOf(a).key == keyOf(b).key
}

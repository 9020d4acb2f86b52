package segment

import "github.com/civicnews/civicnews/internal/cjk"

// seamContext is how many characters on each side of a seam are cut to
// judge it.
const seamContext = 6

// Crosses reports whether a word runs across the seam between left and
// right when they are read as one text: whether 动态排摸辖区内重点人 and
// 群及重点人群中 belong together (人群 crosses) more than 重点人 and 区充分
// (no word crosses). Only the characters next to the seam are cut.
func (s *Segmenter) Crosses(left, right string) bool {
	l := cjk.LastRunes(left, seamContext)
	r := cjk.FirstRunes(right, seamContext)
	if l == "" || r == "" {
		return false
	}
	at := len(l)
	for _, w := range s.Words(l + r) {
		if w.Start < at && w.End > at && w.POS != "x" { // a dictionary word, not a guess of the HMM
			return true
		}
	}
	return false
}

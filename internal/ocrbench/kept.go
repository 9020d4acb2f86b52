package ocrbench

// Kept measures how much of the printed text an OCR reading holds, before
// any parsing: each truth line (normalised) is aligned against the whole
// reading (semi-global edit distance), so that the harness can tell OCR
// losses from the library's.
type Kept struct {
	Chars, CharsOf int // characters of the paragraphs' lines found
	Paras, ParasOf int // paragraphs kept within [Tolerance] (their lines' distances summed)
}

// Add sums o into k.
func (k *Kept) Add(o Kept) {
	k.Chars += o.Chars
	k.CharsOf += o.CharsOf
	k.Paras += o.Paras
	k.ParasOf += o.ParasOf
}

// MeasureKept aligns every paragraph line of p against the OCR text.
func MeasureKept(p *Page, text string) Kept {
	b := Normalize(text)
	var k Kept
	for _, a := range p.Articles {
		for _, tp := range a.Paragraphs {
			dist, size := 0, 0
			for _, l := range tp.Lines {
				n := Normalize(l.Text)
				d := min(len(n), alignCost(b, n))
				size += len(n)
				dist += d
			}
			k.CharsOf += size
			k.Chars += size - dist
			k.ParasOf++
			if dist <= max(1, int(float64(size)*Tolerance)) {
				k.Paras++
			}
		}
	}
	return k
}

// alignCost is the least edit distance between a and any substring of b
// (a semi-global alignment: a whole against any part of b).
func alignCost(b, a []rune) int {
	if len(a) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	best := len(a)
	for _, v := range prev {
		best = min(best, v)
	}
	return best
}

package main

import (
	"image"
	"math"
	"math/rand/v2"
)

// scan makes a clean render look scanned: a small skew, a blur and grain.
func scan(src *image.Gray, rng *rand.Rand) *image.Gray {
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	theta := (rng.Float64()*2 - 1) * 0.8 * math.Pi / 180 // a sheet fed a little askew
	sin, cos := math.Sin(theta), math.Cos(theta)
	cx, cy := float64(w)/2, float64(h)/2
	rot := image.NewGray(b)
	at := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= w || y >= h {
			return 255
		}
		return float64(src.Pix[y*src.Stride+x])
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			// the source point that lands on (x, y), bilinear
			dx, dy := float64(x)-cx, float64(y)-cy
			sx := cos*dx + sin*dy + cx
			sy := -sin*dx + cos*dy + cy
			x0, y0 := int(math.Floor(sx)), int(math.Floor(sy))
			fx, fy := sx-float64(x0), sy-float64(y0)
			v := at(x0, y0)*(1-fx)*(1-fy) + at(x0+1, y0)*fx*(1-fy) + at(x0, y0+1)*(1-fx)*fy + at(x0+1, y0+1)*fx*fy
			rot.Pix[y*rot.Stride+x] = uint8(v)
		}
	}
	// blur: a 3×3 kernel weighted to the centre, once or twice
	out := image.NewGray(b)
	passes := 1 + rng.IntN(2)
	cur := rot
	for k := 0; k < passes; k++ {
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				s, n := 0, 0
				for j := -1; j <= 1; j++ {
					for i := -1; i <= 1; i++ {
						xx, yy := x+i, y+j
						if xx < 0 || yy < 0 || xx >= w || yy >= h {
							continue
						}
						wt := 1
						if i == 0 && j == 0 {
							wt = 4
						} else if i == 0 || j == 0 {
							wt = 2
						}
						s += wt * int(cur.Pix[yy*cur.Stride+xx])
						n += wt
					}
				}
				out.Pix[y*out.Stride+x] = uint8(s / n)
			}
		}
		cur, out = out, cur
	}
	// grain, a grey cast and a few specks
	sigma := 6 + rng.Float64()*8 // a flatbed scanner's grain, not a fax's
	paper := 225 + rng.IntN(25)
	for i, v := range cur.Pix {
		f := float64(v)*float64(paper)/255 + rng.NormFloat64()*sigma
		cur.Pix[i] = uint8(max(0, min(255, f)))
	}
	for k := 0; k < w*h/4000; k++ {
		x, y := rng.IntN(w), rng.IntN(h)
		cur.Pix[y*cur.Stride+x] = uint8(rng.IntN(80))
	}
	return cur
}

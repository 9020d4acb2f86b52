package main

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math/rand/v2"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/ocrbench"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// fontSet holds the Simplified Chinese faces of the Noto CJK collections.
type fontSet struct {
	body, head *sfnt.Font
	faces      map[faceKey]font.Face
}

type faceKey struct {
	head bool
	px   int
}

var fontDirs = []string{"/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/noto"}

// loadSC reads a CJK collection and returns its Simplified Chinese font.
func loadSC(name string) (*sfnt.Font, error) {
	for _, dir := range fontDirs {
		data, err := os.ReadFile(dir + "/" + name)
		if err != nil {
			continue
		}
		c, err := opentype.ParseCollection(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for i := 0; i < c.NumFonts(); i++ {
			f, err := c.Font(i)
			if err != nil {
				return nil, err
			}
			fam, _ := f.Name(nil, sfnt.NameIDFamily)
			if strings.Contains(fam, " SC") {
				return f, nil
			}
		}
		return nil, fmt.Errorf("%s: no SC font in the collection", name)
	}
	return nil, fmt.Errorf("%s not found in %v (apt-get install fonts-noto-cjk)", name, fontDirs)
}

func loadFonts() (*fontSet, error) {
	body, err := loadSC("NotoSerifCJK-Regular.ttc")
	if err != nil {
		return nil, err
	}
	head, err := loadSC("NotoSansCJK-Bold.ttc")
	if err != nil {
		return nil, err
	}
	return &fontSet{body: body, head: head, faces: map[faceKey]font.Face{}}, nil
}

func (fs *fontSet) face(head bool, px int) font.Face {
	k := faceKey{head, px}
	if f, ok := fs.faces[k]; ok {
		return f
	}
	src := fs.body
	if head {
		src = fs.head
	}
	f, err := opentype.NewFace(src, &opentype.FaceOptions{Size: float64(px), DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		panic(err) // a parsed font with a positive size always makes a face
	}
	fs.faces[k] = f
	return f
}

func advance(f font.Face, s string) int {
	w := fixed.Int26_6(0)
	for _, r := range s {
		a, _ := f.GlyphAdvance(r)
		w += a
	}
	return w.Ceil()
}

// op is one drawing operation on the page.
type op struct {
	x, y   int // baseline origin for text, top left for boxes
	text   string
	head   bool
	px     int
	w, h   int // a box (photo or rule) when text is empty
	photo  bool
	center bool
}

// page is a page being laid out.
type page struct {
	rng   *rand.Rand
	fs    *fontSet
	ops   []op
	truth ocrbench.Page
	w, h  int
}

func (p *page) text(x, y int, s string, head bool, px int) {
	p.ops = append(p.ops, op{x: x, y: y, text: s, head: head, px: px})
}

func (p *page) pick(xs []string) string { return xs[p.rng.IntN(len(xs))] }

var (
	papers    = []string{"社区晨报", "新城街道报", "滨江社区报", "枫林周刊", "南湖社区报", "长桥新闻", "云岭社区报", "东城街道报"}
	sections  = []string{"要闻", "综合", "民生", "社区", "文化", "邻里", "党建", "专版"}
	weekdays  = []string{"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"}
	surnames  = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "马", "胡", "郭", "林", "何", "高", "罗"}
	given     = []string{"明", "华", "伟", "丽", "军", "洁", "敏", "静", "强", "磊", "芳", "勇", "艳", "杰", "涛", "超", "平", "刚", "燕", "峰", "文", "晨", "佳", "宁"}
	kickers   = []string{"聚焦基层治理", "民生实事", "城市更新进行时", "为民办实事", "社区新风", "学习贯彻会议精神", "基层一线"}
	subtitles = []string{"多措并举提升居民获得感", "让服务更贴近群众", "共建共治共享美好家园", "推动各项工作落地见效", "把好事办到群众心坎上"}
	capWho    = []string{"社区居民", "志愿者", "党员代表", "工作人员", "小朋友们", "老年居民", "青年志愿者"}
	capWhat   = []string{"参加垃圾分类宣传活动", "在小区开展环境整治", "为老人测量血压", "参观社区文化展示", "学习急救知识", "参与楼道美化", "在活动现场交流"}
)

func (p *page) name() string {
	n := p.pick(surnames) + p.pick(given)
	if p.rng.IntN(2) == 0 {
		n += p.pick(given)
	}
	return n
}

// layout choices of one page
type params struct {
	cols, cpl, px int
	lead, gutter  int
	colW          int
	margin        int
	rules         bool // thin rules in the gutters
}

// wrap breaks s into lines no wider than width, the first indented by
// indent pixels, keeping a no-line-start character with the character
// before it (hanging it past the edge) as Chinese typesetting does.
func wrap(f font.Face, s string, width, indent int) []string {
	var lines []string
	var cur []rune
	w := indent
	for _, r := range s {
		a, _ := f.GlyphAdvance(r)
		aw := a.Ceil()
		if w+aw > width && len(cur) > 0 && !strings.ContainsRune("，。、；：？！）》”』」…", r) {
			// a line may not end with an opener
			var carry []rune
			for len(cur) > 1 && strings.ContainsRune("（《“『「", cur[len(cur)-1]) {
				carry = append([]rune{cur[len(cur)-1]}, carry...)
				cur = cur[:len(cur)-1]
			}
			lines = append(lines, string(cur))
			cur = carry
			w = advance(f, string(cur))
		}
		cur = append(cur, r)
		w += aw
	}
	if len(cur) > 0 {
		lines = append(lines, string(cur))
	}
	return lines
}

// flowItem is one unit of a column's flow: a body line, a byline line,
// or a photo with its caption.
type flowItem struct {
	h        int
	text     string
	indent   bool
	para     int // paragraph index, -1 for none
	caption  int // caption index when a photo block
	capLines []string
	capPx    int
	small    bool // a byline line set smaller
}

// makePage lays out one page from the sources, seeded.
func makePage(seed int64, fs *fontSet, srcs []source) *page {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x0c7))
	p := &page{rng: rng, fs: fs}
	p.truth.Seed = seed
	px := 40 + rng.IntN(5) // 9.5–10.5 pt at 300 dpi
	pr := params{cols: 2 + rng.IntN(3), cpl: 12 + rng.IntN(9), px: px}
	pr.lead = px * (150 + rng.IntN(20)) / 100
	pr.gutter = px * (15 + rng.IntN(16)) / 10
	pr.rules = rng.IntN(5) < 2
	pr.colW = pr.cpl * px
	pr.margin = 90
	p.truth.Columns, p.truth.PerLine = pr.cols, pr.cpl
	nart := 1
	if rng.IntN(3) == 0 {
		nart = 2
	}
	// headline style of the first article
	style := "top"
	switch x := rng.IntN(10); {
	case x < 2:
		style = "vertical"
	case x < 4:
		style = "vertical2"
	}
	strip := 0
	if style != "top" {
		strip = px * 3
		if style == "vertical2" {
			strip = px * 5
		}
	}
	bodyW := pr.cols*pr.colW + (pr.cols-1)*pr.gutter
	p.w = 2*pr.margin + bodyW + strip
	if strip > 0 {
		p.w += pr.gutter
	}
	y := pr.margin
	// running head
	paper := p.pick(papers)
	pageNo := 1 + rng.IntN(12)
	label := fmt.Sprintf("第%d版", pageNo)
	if rng.IntN(2) == 0 {
		label = fmt.Sprintf("第%02d版", pageNo)
	}
	section := p.pick(sections)
	date := fmt.Sprintf("%d年%d月%d日", 2019+rng.IntN(6), 1+rng.IntN(12), 1+rng.IntN(28))
	wd := p.pick(weekdays)
	hpx := px * 9 / 10
	labelTop := rng.IntN(4) == 0 && pr.cols >= 3 // the page label at the top of the last column instead
	furn := func(s, where string) {
		p.truth.Furniture = append(p.truth.Furniture, ocrbench.Furn{Text: s, Where: where})
	}
	y += hpx
	if rng.IntN(2) == 0 {
		p.text(pr.margin, y, paper, true, hpx)
		furn(paper, "head")
		right := date + "  " + wd
		if !labelTop {
			right = label + "  " + section + "    " + right
			furn(label, "head")
			furn(section, "head")
		}
		p.text(p.w-pr.margin-advance(fs.face(false, hpx), right), y, right, false, hpx)
		furn(date, "head")
	} else {
		left := date + " " + wd
		if !labelTop {
			left = label + "  " + left
			furn(label, "head")
		}
		p.text(pr.margin, y, left, false, hpx)
		furn(date, "head")
		right := paper + " · " + section
		p.text(p.w-pr.margin-advance(fs.face(true, hpx), right), y, right, true, hpx)
		furn(paper, "head")
		furn(section, "head")
	}
	y += px / 2
	p.ops = append(p.ops, op{x: pr.margin, y: y, w: p.w - 2*pr.margin, h: 3})
	y += px
	order := rng.Perm(len(srcs))
	kind := style
	capIdx := 0
	for ai := 0; ai < nart; ai++ {
		src := srcs[order[ai%len(order)]]
		st := style
		if ai > 0 {
			st = "top"
		}
		maxLines := 34
		if nart == 2 {
			maxLines = 16
		}
		y = p.article(&pr, src, st, y, maxLines, ai, &capIdx, labelTop && ai == 0, label+"："+section)
		if labelTop && ai == 0 {
			furn(label+"："+section, "column-top")
		}
		if ai+1 < nart {
			y += px / 2
			p.ops = append(p.ops, op{x: pr.margin, y: y, w: p.w - 2*pr.margin, h: 2})
			y += px
		}
	}
	if nart == 2 {
		kind += "+2"
	}
	p.truth.Kind = kind
	// page foot
	y += px
	var foot string
	switch rng.IntN(3) {
	case 0:
		foot = fmt.Sprintf("A%02d", pageNo)
	case 1:
		foot = fmt.Sprintf("— %d —", pageNo)
	default:
		foot = fmt.Sprintf("%d", pageNo)
	}
	y += px
	fpx := px * 8 / 10
	if rng.IntN(5) < 2 {
		ed := "责任编辑：" + p.name() + "  美术编辑：" + p.name()
		p.text(pr.margin, y, ed, false, fpx)
		furn(ed, "foot")
		p.text(p.w-pr.margin-advance(fs.face(false, fpx), foot), y, foot, false, fpx)
	} else {
		p.text((p.w-advance(fs.face(false, fpx), foot))/2, y, foot, false, fpx)
	}
	furn(foot, "foot")
	p.h = y + pr.margin
	return p
}

// article lays out one article from y down and returns the y below it.
func (p *page) article(pr *params, src source, style string, y, maxLines, ai int, capIdx *int, labelTop bool, label string) int {
	rng := p.rng
	fs := p.fs
	body := fs.face(false, pr.px)
	a := ocrbench.Article{Title: src.Title, Headline: style}
	// byline and dateline
	switch x := rng.IntN(20); {
	case x < 6:
		a.Byline = "above"
	case x < 11:
		a.Byline = "after"
	case x < 17:
		a.Byline = "bracket"
	default:
		a.Byline = "none"
	}
	if a.Byline != "none" {
		a.Reporters = []string{p.name()}
		if rng.IntN(3) == 0 {
			a.Reporters = append(a.Reporters, p.name())
		}
		if rng.IntN(2) == 0 {
			a.Correspondents = []string{p.name()}
		}
	}
	bl := "记者 " + strings.Join(a.Reporters, " ")
	if len(a.Correspondents) > 0 {
		bl += " 通讯员 " + strings.Join(a.Correspondents, " ")
	}
	if a.Byline == "bracket" || rng.IntN(5) < 2 {
		a.Dateline = "本报讯"
	}
	prefix := ""
	switch {
	case a.Byline == "bracket":
		prefix = "本报讯（" + bl + "）"
	case a.Dateline != "":
		prefix = "本报讯　"
	}
	x0 := pr.margin
	stripW := 0
	if style != "top" {
		stripW = pr.px * 3
		if style == "vertical2" {
			stripW = pr.px * 5
		}
	}
	vertRight := rng.IntN(3) > 0 // vertical headlines mostly stand right of the text
	if style != "top" && !vertRight {
		x0 += stripW + pr.gutter
	}
	bodyW := pr.cols*pr.colW + (pr.cols-1)*pr.gutter
	if style == "top" {
		if rng.IntN(10) < 3 {
			a.Kicker = p.pick(kickers)
			kpx := pr.px * 11 / 10
			y += kpx
			p.text(x0, y, a.Kicker, true, kpx)
			y += kpx / 3
		}
		n := utf8.RuneCountInString(a.Title)
		tpx := min(pr.px*22/10, max(pr.px*14/10, bodyW/(n+1)))
		tf := fs.face(true, tpx)
		var tl []string
		if advance(tf, a.Title) <= bodyW {
			tl = []string{a.Title}
		} else if i := strings.Index(a.Title, " "); i > 0 && advance(tf, a.Title[:i]) <= bodyW && advance(tf, a.Title[i+1:]) <= bodyW {
			tl = []string{a.Title[:i], a.Title[i+1:]}
		} else {
			tl = wrap(tf, a.Title, bodyW, 0)
		}
		for _, l := range tl {
			y += tpx * 12 / 10
			p.text(x0+(bodyW-advance(tf, l))/2, y, l, true, tpx)
		}
		y += tpx / 3
		if rng.IntN(10) < 3 {
			a.Subtitle = "——" + p.pick(subtitles)
			spx := pr.px * 11 / 10
			y += spx
			p.text(x0+(bodyW-advance(fs.face(false, spx), a.Subtitle))/2, y, a.Subtitle, false, spx)
			y += spx / 3
		}
		if a.Byline == "above" {
			bpx := pr.px * 9 / 10
			y += bpx * 13 / 10
			text := bl
			if rng.IntN(2) == 0 {
				text = "□" + bl
			}
			a.BylineText = text
			p.text(x0+(bodyW-advance(fs.face(false, bpx), text))/2, y, text, false, bpx)
		}
		y += pr.px
	}
	// the flow of the body
	var items []flowItem
	if style != "top" && a.Byline == "above" {
		a.BylineText = bl
		items = append(items, flowItem{h: pr.lead, text: bl, para: -1, small: true})
	}
	lines := len(items)
	paraCount := 0
	for pi, t := range src.Paragraphs {
		full := t
		if pi == 0 {
			full = prefix + t
		}
		ls := wrap(body, full, pr.colW, 2*pr.px)
		if lines+len(ls) > maxLines*pr.cols && pi > 0 {
			break
		}
		tp := ocrbench.Paragraph{Text: t, Caption: -1}
		if pi == 0 {
			tp.Prefix = strings.ReplaceAll(prefix, "　", "")
		}
		a.Paragraphs = append(a.Paragraphs, tp)
		paraCount++
		photoAfter := -1
		if *capIdx < 2 && len(ls) >= 4 && rng.IntN(4) == 0 && (len(p.truth.Captions) == 0 || ai > 0 && rng.IntN(2) == 0) {
			photoAfter = 1 + rng.IntN(len(ls)-2)
		}
		for li, l := range ls {
			items = append(items, flowItem{h: pr.lead, text: l, indent: li == 0, para: pi})
			if li == photoAfter {
				ct := p.captionText()
				cpx := pr.px * 85 / 100
				cl := wrap(fs.face(false, cpx), ct, pr.colW, 0)
				ph := pr.lead * (4 + rng.IntN(3))
				items = append(items, flowItem{h: ph + len(cl)*cpx*14/10 + pr.px/2, para: pi, caption: len(p.truth.Captions), capLines: cl, capPx: cpx})
				p.truth.Captions = append(p.truth.Captions, ocrbench.Caption{Text: ct, Article: len(p.truth.Articles), Paragraph: pi})
				a.Paragraphs[pi].Caption = len(p.truth.Captions) - 1
				*capIdx++
			}
		}
		lines += len(ls)
	}
	if a.Byline == "after" {
		text := "（" + bl + "）"
		a.BylineText = text
		items = append(items, flowItem{h: pr.lead, text: text, para: -1, small: true})
	}
	total := 0
	for _, it := range items {
		total += it.h
	}
	colH := (total + pr.cols - 1) / pr.cols
	colH += pr.lead / 2
	topPad := 0
	if labelTop {
		topPad = pr.lead
	}
	// a vertical headline needs the height of its characters
	var phrases []string
	hpx := pr.px * 2
	if style != "top" {
		t := stripPunct(a.Title)
		if style == "vertical2" {
			if i := strings.Index(t, " "); i > 0 {
				phrases = []string{t[:i], strings.ReplaceAll(t[i+1:], " ", "")}
			} else {
				r := []rune(t)
				phrases = []string{string(r[:len(r)/2]), string(r[len(r)/2:])}
			}
		} else {
			phrases = []string{strings.ReplaceAll(t, " ", "")}
		}
		longest := 0
		for _, ph := range phrases {
			longest = max(longest, utf8.RuneCountInString(ph))
		}
		need := longest * hpx * 11 / 10
		if need > colH+topPad {
			hpx = max(pr.px*13/10, (colH+topPad)*10/11/longest)
			need = longest * hpx * 11 / 10
			colH = max(colH, need-topPad)
		}
		sx := pr.margin + bodyW + pr.gutter
		if !vertRight {
			sx = pr.margin
		}
		// phrase columns right to left
		for k, ph := range phrases {
			cx := sx + stripW - (k+1)*stripW/len(phrases) + (stripW/len(phrases)-hpx)/2
			cy := y
			for _, r := range ph {
				cy += hpx * 11 / 10
				p.text(cx, cy, string(r), true, hpx)
			}
		}
	}
	// fill the columns in turn
	col, cy := 0, y // only the last column starts below the page label set at its top
	if labelTop {
		lx := x0 + (pr.cols-1)*(pr.colW+pr.gutter)
		lpx := pr.px * 85 / 100
		p.text(lx+pr.colW-advance(fs.face(false, lpx), label), y+lpx, label, false, lpx)
	}
	var truthLines = make(map[int][]ocrbench.Line)
	bottom := y
	for _, it := range items {
		if cy+it.h > y+topPad+colH && col+1 < pr.cols && cy > y {
			col++
			cy = y
			if col == pr.cols-1 {
				cy += topPad
			}
		}
		cx := x0 + col*(pr.colW+pr.gutter)
		switch {
		case it.capLines != nil:
			ph := it.h - len(it.capLines)*it.capPx*14/10 - pr.px/2
			p.ops = append(p.ops, op{x: cx, y: cy + pr.lead/4, w: pr.colW, h: ph - pr.lead/2, photo: true})
			ly := cy + ph
			for _, cl := range it.capLines {
				ly += it.capPx * 14 / 10
				p.text(cx, ly-it.capPx/3, cl, false, it.capPx)
			}
			p.truth.Captions[it.caption].Column = col
		case it.small:
			bpx := pr.px * 9 / 10
			tx := cx
			if strings.HasPrefix(it.text, "（") {
				tx = cx + pr.colW - advance(fs.face(false, bpx), it.text)
			}
			p.text(tx, cy+pr.px, it.text, false, bpx)
		default:
			tx := cx
			if it.indent {
				tx += 2 * pr.px
			}
			p.text(tx, cy+pr.px, it.text, false, pr.px)
			truthLines[it.para] = append(truthLines[it.para], ocrbench.Line{Text: it.text, Column: col})
		}
		cy += it.h
		bottom = max(bottom, cy)
	}
	for pi := range a.Paragraphs {
		a.Paragraphs[pi].Lines = truthLines[pi]
	}
	if pr.rules {
		for c := 1; c < pr.cols; c++ {
			gx := x0 + c*(pr.colW+pr.gutter) - pr.gutter/2
			p.ops = append(p.ops, op{x: gx, y: y, w: 1, h: bottom - y})
		}
	}
	p.truth.Articles = append(p.truth.Articles, a)
	if style != "top" {
		bottom = max(bottom, y+topPad+colH)
	}
	return bottom
}

func stripPunct(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == ' ' || r > 0x3400 && !(r >= 0x3000 && r <= 0x303F) && !(r >= 0xFF00 && r <= 0xFF65) && r != '“' && r != '”' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (p *page) captionText() string {
	switch p.rng.IntN(4) {
	case 0:
		return "图为" + p.pick(capWho) + p.pick(capWhat)
	case 1:
		return "▲" + p.pick(capWho) + p.pick(capWhat)
	case 2:
		return p.pick(capWho) + p.pick(capWhat) + "。记者 " + p.name() + " 摄"
	default:
		return p.pick(capWho) + p.pick(capWhat) + "  " + p.name() + " 摄"
	}
}

// draw renders the page's operations onto a white grey image.
func (p *page) draw() *image.Gray {
	img := image.NewGray(image.Rect(0, 0, p.w, p.h))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	for _, o := range p.ops {
		if o.text == "" {
			if o.photo {
				for yy := o.y; yy < o.y+o.h; yy++ {
					for xx := o.x; xx < o.x+o.w; xx++ {
						v := 150 + 60*(xx-o.x)/max(1, o.w) - 40*(yy-o.y)/max(1, o.h)
						img.SetGray(xx, yy, color.Gray{uint8(max(0, min(255, v)))})
					}
				}
				continue
			}
			draw.Draw(img, image.Rect(o.x, o.y, o.x+o.w, o.y+o.h), image.Black, image.Point{}, draw.Src)
			continue
		}
		d := font.Drawer{Dst: img, Src: image.Black, Face: p.fs.face(o.head, o.px), Dot: fixed.P(o.x, o.y)}
		d.DrawString(o.text)
	}
	return img
}

package entity

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/civicnews/civicnews/entity/gazetteer"
	"github.com/civicnews/civicnews/internal/cjk"
)

type doc struct {
	r      *Recognizer
	h      Hints
	issue  string
	prov   gazetteer.Division // home province or city, Code "" if unknown
	dist   gazetteer.Division // home district, Code "" if unknown
	sub    gazetteer.Division // home subdistrict, Code "" if unknown
	titles map[string]string  // person name → first title seen
	last   gazetteer.Division // the last subdistrict named, across texts
}

func (r *Recognizer) newDoc(h Hints) *doc {
	d := &doc{r: r, h: h, issue: h.IssueDate, titles: map[string]string{}}
	var places [][]gazetteer.Candidate
	for _, s := range []string{h.Publisher, h.Edition, h.Paper} {
		if s == "" {
			continue
		}
		var walk func([]span)
		walk = func(sps []span) {
			for _, sp := range sps {
				if sp.typ == sPlace {
					places = append(places, sp.cands)
				}
				walk(sp.nested)
			}
		}
		walk(r.scan(s))
	}
	// places of the hints that agree on one county settle the home
	// (西湖报 and 北山街道党工委: 杭州市西湖区)
	if len(places) > 1 {
		votes := map[string]int{}
		for _, cands := range places {
			seen := map[string]bool{}
			for _, c := range cands {
				county := ""
				switch c.Level {
				case gazetteer.County:
					county = c.Code
				case gazetteer.Township:
					county = c.Parent
				}
				if county != "" && !seen[county] {
					seen[county] = true
					votes[county]++
				}
			}
		}
		best, n, tie := "", 1, false
		for code, v := range votes {
			switch {
			case v > n:
				best, n, tie = code, v, false
			case v == n && best != "":
				tie = true
			}
		}
		if best != "" && !tie {
			d.dist, _ = r.g.ByCode(best)
			d.setProvince()
			for _, cands := range places {
				var subs []gazetteer.Candidate
				for _, c := range cands {
					if c.Level == gazetteer.Township && c.Parent == best {
						subs = append(subs, c)
					}
				}
				if len(subs) == 1 && d.sub.Code == "" {
					d.sub = subs[0].Division
				}
			}
		}
	}
	for _, cands := range places {
		d.homeFrom(cands)
	}
	return d
}

// homeFrom takes a home district or subdistrict (or a home city or province)
// from a hint's place. Hints name the paper's own area, so short forms are
// taken anywhere in China, Shanghai first.
func (d *doc) homeFrom(cands []gazetteer.Candidate) {
	var best []gazetteer.Candidate
	br := 99
	for _, c := range cands {
		rk := d.rank(c, nil)
		if rk < 0 {
			rk = 5
		}
		rk = rk*4 + aliasOrder(c) // a short form of a county before a bare township name
		switch {
		case rk < br:
			best, br = []gazetteer.Candidate{c}, rk
		case rk == br && !slices.ContainsFunc(best, func(b gazetteer.Candidate) bool { return b.Code == c.Code }):
			best = append(best, c)
		}
	}
	if len(best) != 1 {
		return
	}
	c := best[0].Division
	switch c.Level {
	case gazetteer.Province, gazetteer.Prefecture:
		if d.dist.Code == "" {
			d.prov = c
		}
	case gazetteer.County:
		if d.dist.Code == "" {
			d.dist = c
			d.setProvince()
		}
	case gazetteer.Township:
		if d.sub.Code == "" {
			d.sub = c
			if p, ok := d.r.g.Parent(c); ok && d.dist.Code == "" {
				d.dist = p
				d.setProvince()
			}
		}
	}
}

func (d *doc) setProvince() {
	code := d.dist.Code[:2] + "0000000000"
	if p, ok := d.r.g.ByCode(code); ok {
		d.prov = p
	}
}

// inferHome votes for the home district (and subdistrict) with the places the
// texts name, when the hints gave none. A place that may be one of n
// divisions gives each 1/n of a vote.
func (d *doc) inferHome(texts []string, raws [][]span) {
	if d.dist.Code != "" && d.sub.Code != "" {
		return
	}
	dc := map[string]float64{}
	sc := map[string]float64{}
	pc := map[string]float64{} // provinces and prefectures named or holding the places named
	for ti, spans := range raws {
		prev, prevEnd := "", -1
		var visit func(sp span)
		visit = func(sp span) {
			if sp.typ != sPlace && sp.typ != sConj {
				for _, n := range sp.nested {
					visit(n)
				}
				prev, prevEnd = "", -1
				return
			}
			var ctx []string
			if prevEnd == sp.start {
				ctx = []string{prev}
			}
			best, rk := d.pick(sp.cands, ctx)
			prev, prevEnd = "", -1
			if sp.typ == sPlace && commonWords[texts[ti][sp.start:sp.end]] {
				if rk > 2 {
					return
				}
			}
			weak := false
			if len(best) == 0 && d.prov.Code == "" {
				// before any home is known, a short form that names one
				// division in all of China (徐汇, 斜土街道) is evidence; without
				// the word for its level (徐汇, 和政) half a vote, so that one
				// such mention alone makes no home
				best, weak = uniqueShort(sp.cands), !endsWithUnit(texts[ti][sp.start:sp.end])
			}
			if len(best) == 0 {
				return
			}
			if len(best) == 1 {
				prev, prevEnd = best[0].Code, sp.end
			}
			w := 1 / float64(len(best))
			if weak {
				w /= 2
			}
			for _, c := range best {
				if c.Level >= gazetteer.Prefecture || c.Alias == gazetteer.Official {
					pc[c.Code[:2]+"0000000000"] += w
					if c.Level >= gazetteer.Prefecture {
						pc[c.Code[:4]+"00000000"] += w
					}
				}
				switch c.Level {
				case gazetteer.County:
					dc[c.Code] += w
				case gazetteer.Township:
					sc[c.Code] += w
					dc[c.Parent] += w
				case gazetteer.Village:
					if p, ok := d.r.g.ByCode(c.Parent); ok {
						sc[p.Code] += w
						dc[p.Parent] += w
					}
				}
			}
		}
		for _, sp := range spans {
			visit(sp)
		}
	}
	if d.dist.Code == "" {
		if code := argmax(dc, 1); code != "" {
			d.dist, _ = d.r.g.ByCode(code)
			d.setProvince()
		}
	}
	if d.dist.Code == "" && d.prov.Code == "" {
		// no district stands out: the province (and its city) named most
		provs := map[string]float64{}
		for c, v := range pc {
			if strings.HasSuffix(c, "0000000000") {
				provs[c] = v
			}
		}
		if code := argmax(provs, 1); code != "" {
			d.prov, _ = d.r.g.ByCode(code)
			cities := map[string]float64{}
			for c, v := range pc {
				if c != code && strings.HasPrefix(c, code[:2]) {
					cities[c] = v
				}
			}
			if city := argmax(cities, 1); city != "" && cities[city]*2 > provs[code] {
				if div, ok := d.r.g.ByCode(city); ok {
					d.prov = div
				}
			}
		}
	}
	if d.sub.Code == "" && d.dist.Code != "" {
		total := 0.0
		for _, c := range slices.Sorted(maps.Keys(sc)) { // in order: a float sum depends on it
			if d.r.g.Within(c, d.dist.Code) {
				total += sc[c]
			}
		}
		if code := argmax(sc, 1); code != "" && d.r.g.Within(code, d.dist.Code) && sc[code]*2 > total {
			d.sub, _ = d.r.g.ByCode(code)
		}
	}
}

// callerHome takes the home the caller gave where the document gave no
// home district of its own and the caller's home agrees with the home
// province found.
func (d *doc) callerHome() {
	home := d.r.home
	if home.Code == "" || d.dist.Code != "" {
		return
	}
	if d.prov.Code != "" && !d.r.g.Within(home.Code, d.prov.Code) {
		return
	}
	switch home.Level {
	case gazetteer.Province, gazetteer.Prefecture:
		d.prov = home
	case gazetteer.County:
		d.dist = home
		d.setProvince()
	default:
		d.sub = home
		for p, ok := d.r.g.Parent(home); ok; p, ok = d.r.g.Parent(p) {
			if p.Level == gazetteer.County {
				d.dist = p
				d.setProvince()
				break
			}
		}
	}
}

func argmax(m map[string]float64, min float64) string {
	best, bn := "", 0.0
	for k, n := range m {
		if n > bn || n == bn && k < best {
			best, bn = k, n
		}
	}
	if bn < min {
		return ""
	}
	return best
}

// rank orders a candidate: 0 within the place named just before, 1 within
// the home subdistrict, 2 within the home district, 3 within the home
// province, 4 elsewhere; -1 when its alias is not meant here.
func (d *doc) rank(c gazetteer.Candidate, ctx []string) int {
	g := d.r.g
	rk := 4
	within := false
	for _, p := range ctx {
		if p != "" && p != c.Code && g.Within(c.Code, p) {
			within = true
		}
	}
	switch {
	case within:
		rk = 0
	case d.sub.Code != "" && g.Within(c.Code, d.sub.Code):
		rk = 1
	case d.dist.Code != "" && g.Within(c.Code, d.dist.Code):
		rk = 2
	case d.prov.Code != "" && g.Within(c.Code, d.prov.Code):
		rk = 3
	}
	switch c.Alias {
	case gazetteer.Bare, gazetteer.Committee, gazetteer.Estate:
		if rk > 2 {
			return -1
		}
	case gazetteer.RoadStreet, gazetteer.Suffix, gazetteer.Local, gazetteer.Former:
		if rk > 3 {
			return -1
		}
	case gazetteer.Short:
		if c.Level >= gazetteer.County && rk > 3 {
			return -1
		}
	case gazetteer.Official:
		if c.Level == gazetteer.Village && rk > 3 {
			return -1
		}
	}
	return rk
}

// pick returns the best candidates and their rank.
func (d *doc) pick(cands []gazetteer.Candidate, ctx []string) ([]gazetteer.Candidate, int) {
	var best []gazetteer.Candidate
	br := 99
	bo := 99
	for _, c := range cands {
		rk := d.rank(c, ctx)
		if rk < 0 {
			continue
		}
		ord := aliasOrder(c)
		switch {
		case rk < br || rk == br && ord < bo:
			best, br, bo = []gazetteer.Candidate{c}, rk, ord
		case rk == br && ord == bo:
			dup := false
			for _, b := range best {
				if b.Code == c.Code {
					dup = true
				}
			}
			if !dup {
				best = append(best, c)
			}
		}
	}
	// a township name found all over China with no tie to this document is a word
	// (a full official name such as 北山街道 stays, with its candidates)
	if len(best) > 1 && br == 4 && best[0].Level >= gazetteer.Township && best[0].Alias != gazetteer.Official {
		return nil, br
	}
	// estates split over several committees are one estate
	if len(best) > 1 && best[0].Alias == gazetteer.Estate {
		best = best[:1]
	}
	return best, br
}

func entityKind(k gazetteer.Kind) Kind {
	switch k {
	case gazetteer.KindProvince:
		return KindProvince
	case gazetteer.KindCity:
		return KindCity
	case gazetteer.KindDistrict, gazetteer.KindCounty:
		return KindDistrict
	case gazetteer.KindSubdistrict:
		return KindSubdistrict
	case gazetteer.KindTown, gazetteer.KindTownship:
		return KindTown
	case gazetteer.KindResidentialCommittee:
		return KindResidentialCommittee
	case gazetteer.KindVillage:
		return KindVillage
	}
	return KindDistrict
}

func (d *doc) parentName(div gazetteer.Division) string {
	if p, ok := d.r.g.Parent(div); ok {
		return p.Name
	}
	return ""
}

// place resolves a place span; ok is false when no division fits.
func (d *doc) place(text string, sp span, ctx []string) (Entity, bool) {
	best, rk := d.pick(sp.cands, ctx)
	if len(best) == 0 || rk > 2 && commonWords[text[sp.start:sp.end]] {
		return Entity{}, false
	}
	if a := best[0].Alias; (a == gazetteer.Bare || a == gazetteer.Short && best[0].Level >= gazetteer.County) && !standsAlone(text, sp.start, sp.end) {
		return Entity{}, false
	}
	e := Entity{Text: text[sp.start:sp.end], Start: sp.start, End: sp.end}
	c := best[0]
	if c.Alias == gazetteer.Estate {
		e.Kind = KindNeighborhood
		e.Canonical = e.Text
		e.Parent = d.parentName(c.Division)
		e.Confidence = 0.7
		return e, true
	}
	e.Kind = entityKind(c.Kind)
	if c.Alias == gazetteer.Abolished {
		// recognised under its own name; the unit that succeeded it is given
		e.Canonical = Key(e.Text)
		e.Successor = c.Name
		e.Parent = d.parentName(c.Division)
		e.Reason = "abolished"
		e.Confidence = 0.8
		return e, true
	}
	if len(best) > 1 {
		e.Ambiguous = true
		e.Confidence = 0.3
		same := true
		for _, b := range best {
			e.Candidates = append(e.Candidates, Candidate{Canonical: b.Name, Code: b.Code, Parent: d.parentName(b.Division), Kind: entityKind(b.Kind)})
			if b.Name != c.Name {
				same = false
			}
		}
		if same {
			e.Canonical = c.Name
		}
		slices.SortFunc(e.Candidates, func(a, b Candidate) int { return cmp.Compare(a.Code, b.Code) })
		return e, true
	}
	e.Canonical = committeeCanon(e.Text, c)
	e.Code = c.Code
	e.Parent = d.parentName(c.Division)
	e.Confidence = []float64{0.95, 0.9, 0.9, 0.8, 0.6}[rk]
	return e, true
}

// committeeCanon is the canonical name of a village or committee: a
// village is named as the village (城南村, not the committee's 城南村村委会),
// and a committee after the word the text names it by: 润江社区 for
// 润江社区, 润江居委会 for 润江居委 or 润江居民区. Other divisions keep the
// gazetteer's name.
func committeeCanon(text string, c gazetteer.Candidate) string {
	if c.Level != gazetteer.Village {
		return c.Name
	}
	if c.Kind == gazetteer.KindVillage {
		core := strings.TrimSuffix(strings.TrimSuffix(c.Name, "村民委员会"), "村委会")
		if core == c.Name || strings.HasSuffix(core, "村") {
			return core
		}
		return core + "村"
	}
	if strings.HasSuffix(text, "社区居委会") || strings.HasSuffix(text, "社区居民委员会") {
		return c.Name
	}
	if core, ok := strings.CutSuffix(text, "社区"); ok && core != "" {
		return text
	}
	for _, w := range []string{"居民委员会", "居委会", "居民区", "居委"} {
		if core, ok := strings.CutSuffix(text, w); ok && core != "" {
			return core + "居委会"
		}
	}
	return c.Name
}

// provName is the {P} of templates for a district: its prefecture city, or
// the province for a municipality's district.
// For a county or county-level city the official names carry no higher unit
// (中共江阴市委员会), so {P} is empty.
func (d *doc) provName(dist gazetteer.Division) string {
	if dist.Code == "" {
		return d.prov.Name
	}
	if dist.Kind != gazetteer.KindDistrict {
		return ""
	}
	p, ok := d.r.g.Parent(dist)
	if !ok {
		return ""
	}
	return p.Name
}

func fill(tmpl, p, dname, s string) string {
	hasD := strings.Contains(tmpl, "{D}")
	if hasD && dname == "" || strings.Contains(tmpl, "{S}") && s == "" || !hasD && strings.Contains(tmpl, "{P}") && p == "" {
		return ""
	}
	return strings.NewReplacer("{P}", p, "{D}", dname, "{S}", s).Replace(tmpl)
}

// body resolves a body named by its type, qualified by a nested place.
func (d *doc) body(text string, sp span, lastSub gazetteer.Division) Entity {
	b := bodies[sp.word]
	e := Entity{Text: text[sp.start:sp.end], Kind: b.kind, Start: sp.start, End: sp.end, Confidence: 0.8}
	dist, sub := d.dist, d.sub
	if lastSub.Code != "" {
		sub = lastSub
		if p, ok := d.r.g.Parent(sub); ok {
			dist = p
		}
	}
	p := d.provName(dist)
	if b.scope == 'P' {
		p = d.prov.Name
		if dist.Code != "" {
			if dist.Kind == gazetteer.KindCity {
				p = dist.Name // 市委 of a county-level city
			} else if pp, ok := d.r.g.Parent(dist); ok {
				p = pp.Name
			}
		}
	}
	for _, n := range sp.nested {
		var ne Entity
		var ok bool
		if n.typ == sSuffix && n.kind.Admin() {
			ne, ok = d.unit(text, n, nil, true)
		} else {
			ne, ok = d.place(text, n, nil)
		}
		if !ok {
			continue
		}
		e.Nested = append(e.Nested, ne)
		if div, ok := d.r.g.ByCode(ne.Code); ok && !ne.Ambiguous && ne.Code != "" {
			switch div.Level {
			case gazetteer.County:
				dist, sub = div, gazetteer.Division{}
				p = d.provName(div)
			case gazetteer.Township:
				sub = div
				dist, _ = d.r.g.Parent(div)
				p = d.provName(dist)
			case gazetteer.Prefecture, gazetteer.Province:
				p = div.Name
				dist = gazetteer.Division{}
			}
			if b.scope == 'P' && (div.Level <= gazetteer.Prefecture || div.Kind == gazetteer.KindCity) {
				p = div.Name // 江阴市委, 无锡市委
			}
		}
	}
	switch b.scope {
	case 'N', '-':
		e.Canonical = b.canon
		if b.scope == '-' && len(e.Nested) > 0 {
			e.Canonical = e.Text
		}
	default:
		e.Canonical = fill(b.canon, p, dist.Name, sub.Name)
	}
	if e.Canonical == "" {
		e.Canonical = e.Text
		e.Confidence = 0.5
	}
	for _, n := range e.Nested {
		if n.Reason == "abolished" {
			e.Canonical = e.Text // a body of an abolished unit keeps its own name
		}
	}
	return e
}

// suffixed resolves a body, road or estate named with its own name.
func (d *doc) suffixed(text string, sp span) Entity {
	e := Entity{Text: text[sp.start:sp.end], Kind: sp.kind, Canonical: text[sp.start:sp.end], Start: sp.start, End: sp.end, Confidence: 0.7}
	if sp.word == "居民区" {
		// a committee the gazetteer does not know (created since 2023)
		e.Canonical = strings.TrimSuffix(e.Text, "居民区") + "居委会"
		e.Confidence = 0.5
	}
	for _, n := range sp.nested {
		switch n.typ {
		case sPlace:
			if ne, ok := d.place(text, n, nil); ok {
				e.Nested = append(e.Nested, ne)
			}
		case sBody:
			e.Nested = append(e.Nested, d.body(text, n, gazetteer.Division{}))
		case sSuffix:
			if n.kind.Admin() {
				if ne, ok := d.unit(text, n, nil, true); ok {
					e.Nested = append(e.Nested, ne)
				}
			}
		}
	}
	if sp.kind == KindGov && strings.HasPrefix(e.Text, "区") && d.dist.Code != "" {
		e.Canonical = d.provName(d.dist) + d.dist.Name + strings.TrimPrefix(e.Text, "区")
	} else if sp.kind == KindGov && len(e.Nested) > 0 && e.Nested[0].Start == e.Start && e.Nested[0].Kind == KindDistrict && e.Nested[0].Code != "" {
		if div, ok := d.r.g.ByCode(e.Nested[0].Code); ok {
			e.Canonical = d.provName(div) + div.Name + e.Text[len(e.Nested[0].Text):]
		}
	}
	return e
}

// maxSentencePlaces is how many places of a sentence are kept as the
// context of the next one.
const maxSentencePlaces = 8

// resolve turns the spans of one text into entities.
func (d *doc) resolve(text string, spans []span) []Entity {
	var out []Entity
	// persons win over places they overlap
	var persons []span // in order of start
	for _, sp := range spans {
		if sp.typ == sPerson {
			persons = append(persons, sp)
		}
	}
	lastSub := d.last
	defer func() { d.last = lastSub }()
	var sent []string
	lastEnd := 0
	adminEnd := -1 // where the last division or committee ended
	adj := ""      // the code of the place that ends at lastEnd
	// note adds a division found to the hierarchy of the sentence
	note := func(e Entity) {
		out = append(out, e)
		adminEnd = e.End
		if e.Code == "" {
			return
		}
		adj = e.Code
		if div, ok := d.r.g.ByCode(e.Code); ok && div.Level >= gazetteer.County && !slices.Contains(sent, e.Code) {
			if len(sent) == maxSentencePlaces {
				sent = append(sent[:0], sent[1:]...) // keep the nearest places: a run-on text stays linear
			}
			sent = append(sent, e.Code)
		}
		if div, ok := d.r.g.ByCode(e.Code); ok && div.Level == gazetteer.Township {
			lastSub = div
		}
	}
	for _, sp := range spans {
		if sp.typ != sPerson {
			for len(persons) > 0 && persons[0].end <= sp.start && persons[0].start < sp.start {
				persons = persons[1:] // ends before this span and every later one
			}
			clash := false
			for _, p := range persons {
				if p.start >= sp.end {
					break
				}
				if sp.start < p.end && p.start < sp.end {
					clash = true
					break
				}
			}
			if clash {
				continue
			}
		}
		// the hierarchy of the sentence: the places named before in it
		if strings.ContainsAny(text[min(lastEnd, sp.start):sp.start], "。！？!?;；\n") {
			sent = sent[:0]
		}
		// the place right before (杭州市西湖区) at any level; earlier places
		// of the sentence from the district level down
		ctx := sent
		if adj != "" && lastEnd == sp.start {
			ctx = append(append([]string(nil), sent...), adj)
		}
		adjBefore := ""
		if lastEnd == sp.start {
			adjBefore = adj
		}
		lastEnd = sp.end
		adj = ""
		switch sp.typ {
		case sPlace, sConj:
			e, ok := d.place(text, sp, ctx)
			if !ok && sp.typ == sConj && sp.kind != "" {
				// an item of a list of units the gazetteer does not know
				e, ok = Entity{Text: text[sp.start:sp.end], Kind: sp.kind, Canonical: sp.title, Start: sp.start, End: sp.end,
					Confidence: 0.4, Reason: "not-in-gazetteer"}, true
				if !sp.kind.Admin() {
					e.Reason = "" // an estate of a list (A、B等5个小区)
				}
			}
			if !ok {
				continue
			}
			if sp.typ == sConj && sp.kind != "" && e.Kind != sp.kind && !e.Ambiguous {
				e.Kind = sp.kind // 蒋村 in a list of towns is the town
			}
			note(e)
			continue
		case sBody:
			if sp.word == "人民政府" && len(sp.nested) == 0 {
				break // 各级人民政府: no unit named
			}
			e := d.body(text, sp, lastSub)
			out = append(out, e)
			for _, n := range e.Nested {
				if div, ok := d.r.g.ByCode(n.Code); ok && div.Level == gazetteer.Township {
					lastSub = div
				}
			}
		case sSuffix:
			// a division written the same way (恒益居民区) is the better reading
			if len(sp.nested) == 1 && sp.nested[0].typ == sPlace && sp.nested[0].start == sp.start && sp.nested[0].end == sp.end {
				if e, ok := d.place(text, sp.nested[0], ctx); ok {
					note(e)
					break
				}
			}
			if sp.kind.Admin() {
				if e, ok := d.unit(text, sp, ctx, adjBefore != "" || adminEnd == sp.start); ok {
					note(e)
				}
				break
			}
			out = append(out, d.suffixed(text, sp))
		case sPerson:
			e := Entity{Text: text[sp.start:sp.end], Kind: KindPerson, Canonical: text[sp.start:sp.end], Title: sp.title, Start: sp.start, End: sp.end, Confidence: 0.8}
			if t, ok := d.titles[e.Text]; ok && e.Title == "" {
				e.Title = t
			} else if !ok && e.Title != "" {
				d.titles[e.Text] = e.Title
			}
			out = append(out, e)
		}
	}
	return out
}

// propagatePersons finds the later mentions of persons introduced with a
// title elsewhere in the document.
func (d *doc) propagatePersons(texts []string, out [][]Entity) {
	for i, t := range texts {
		if len(d.titles) == 0 {
			break
		}
		covered := make([]bool, len(t)) // bytes already inside an entity
		for _, e := range out[i] {
			for b := e.Start; b < e.End; b++ {
				covered[b] = true
			}
		}
		for _, name := range longestFirst(d.titles) {
			title := d.titles[name]
			for off := 0; ; {
				k := index(t[off:], name)
				if k < 0 {
					break
				}
				st := off + k
				en := st + len(name)
				off = en
				if slices.Contains(covered[st:en], true) || !followsName(t, en) {
					continue
				}
				for b := st; b < en; b++ {
					covered[b] = true
				}
				out[i] = append(out[i], Entity{Text: name, Kind: KindPerson, Canonical: name, Title: title, Start: st, End: en, Confidence: 0.7})
			}
		}
	}
}

// sameCommittees gives every mention of one committee or village the
// canonical name of its first mention (明珠居委 and later 明珠社区 are
// one committee, 明珠居委会): a committee is one by its code, or, unknown
// to the gazetteer, by its name without the word for its kind.
func sameCommittees(found [][]Entity) {
	first := map[string]string{}
	var walk func(es []Entity)
	walk = func(es []Entity) {
		for i := range es {
			e := &es[i]
			if e.Kind == KindResidentialCommittee || e.Kind == KindVillage {
				k := e.Code
				if k == "" {
					k = committeeCore(e.Canonical)
				}
				k = string(e.Kind) + " " + k
				if c, ok := first[k]; ok {
					e.Canonical = c
				} else {
					first[k] = e.Canonical
				}
			}
			walk(e.Nested)
		}
	}
	for _, es := range found {
		sortEntities(es)
		walk(es)
	}
}

// committeeCore is a committee's or village's name without the words for
// its kind (七〇一所 of 七〇一所社区居委会).
func committeeCore(name string) string {
	for _, w := range []string{"社区居民委员会", "社区居委会", "居民委员会", "村民委员会", "居委会", "村委会", "居民区", "社区", "居委", "村"} {
		if c, ok := strings.CutSuffix(name, w); ok && c != "" {
			return c
		}
	}
	return name
}

// longestFirst returns the keys of m, longest first, then in byte order: a
// map's own order changes from run to run, and the longer of two
// overlapping names (普育里, 育里) must win.
func longestFirst[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if c := cmp.Compare(len(b), len(a)); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return keys
}

// estateCores are the bare names of estates written with a suffix elsewhere
// in the document (普育里 for 普育里小区): the core must end like an estate.
func estateCore(text string) (string, bool) {
	core, ok := strings.CutSuffix(text, "小区")
	if !ok || utf8.RuneCountInString(core) < 2 {
		return "", false
	}
	for _, x := range []string{"里", "村", "苑", "坊", "邨", "园"} {
		if strings.HasSuffix(core, x) {
			return core, true
		}
	}
	return "", false
}

// propagateEstates finds bare mentions of estates named with 小区 elsewhere.
func (d *doc) propagateEstates(texts []string, out [][]Entity) {
	cores := map[string]bool{}
	for _, es := range out {
		for _, e := range es {
			if e.Kind == KindNeighborhood {
				if c, ok := estateCore(e.Text); ok {
					cores[c] = true
				}
			}
		}
	}
	for _, core := range longestFirst(cores) {
		for i, t := range texts {
			for off := 0; ; {
				k := index(t[off:], core)
				if k < 0 {
					break
				}
				st, en := off+k, off+k+len(core)
				off = en
				taken := false
				for _, e := range out[i] {
					if e.Start < en && st < e.End {
						taken = true
						break
					}
				}
				if !taken {
					out[i] = append(out[i], Entity{Text: core, Kind: KindNeighborhood, Canonical: core, Start: st, End: en, Confidence: 0.6})
				}
			}
		}
	}
}

// aliasOrder orders the readings of one surface at the same rank: official
// names and province or city short forms first, bare and committee forms
// last (西湖 is 西湖区 before 西湖街道).
func aliasOrder(c gazetteer.Candidate) int {
	switch c.Alias {
	case gazetteer.Official:
		return 0
	case gazetteer.Short:
		if c.Level <= gazetteer.Prefecture {
			return 0
		}
		return 1
	case gazetteer.Bare, gazetteer.Committee:
		return 2
	case gazetteer.Estate:
		return 3
	}
	return 1
}

// features follow a bare place name when the name is a lake, river, hill or
// scenic area's (西湖风景名胜区, 西溪湿地), not the division's.
var features = []string{"湿地", "风景", "景区", "名胜", "湖畔", "河畔", "公园", "山脉", "水系", "古镇"}

// standsAlone reports whether a bare or short place name at text[s:e] names
// the place itself: not glued to Latin letters or digits (i龙华) and not
// followed by a natural feature.
func standsAlone(text string, s, e int) bool {
	if c, _ := prevRune(text, s); c < utf8.RuneSelf && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
		return false
	}
	if c, _ := nextRune(text, e); c < utf8.RuneSelf && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
		return false
	}
	return !cjk.HasAnyPrefix(text[e:], features...)
}

// narrowPairs settles places written one after the other (西湖区北山街道):
// where exactly one reading of the first holds readings of the second,
// both keep only those readings.
func narrowPairs(g *gazetteer.Gazetteer, spans []span) {
	// the place a span is: itself, or a unit's reading as a division
	placeOf := func(s *span) *span {
		switch {
		case s.typ == sPlace || s.typ == sConj:
			return s
		case s.typ == sSuffix && len(s.nested) == 1 && s.nested[0].typ == sPlace && s.nested[0].start == s.start && s.nested[0].end == s.end:
			return &s.nested[0]
		}
		return nil
	}
	for i := 0; i+1 < len(spans); i++ {
		a, b := placeOf(&spans[i]), placeOf(&spans[i+1])
		if a == nil || b == nil || a.typ == sConj || a.end != b.start || len(a.cands) < 2 && len(b.cands) < 2 {
			continue
		}
		var outer, inner []gazetteer.Candidate
		codes := map[string]bool{}
		for _, ca := range a.cands {
			hit := false
			for _, cb := range b.cands {
				if cb.Code != ca.Code && g.Within(cb.Code, ca.Code) {
					hit = true
					if !slices.ContainsFunc(inner, func(x gazetteer.Candidate) bool { return x.Code == cb.Code }) {
						inner = append(inner, cb)
					}
				}
			}
			if hit && !codes[ca.Code] {
				codes[ca.Code] = true
				outer = append(outer, ca)
			}
		}
		if len(codes) == 1 {
			a.cands, b.cands = outer, inner
		}
	}
}

// uniqueShort returns the division that all of cands name, when they name
// one and only by short, road-street, suffix, local or former forms.
func uniqueShort(cands []gazetteer.Candidate) []gazetteer.Candidate {
	if len(cands) == 0 {
		return nil
	}
	for _, c := range cands {
		if c.Code != cands[0].Code {
			return nil
		}
		switch c.Alias {
		case gazetteer.Short, gazetteer.RoadStreet, gazetteer.Suffix, gazetteer.Local, gazetteer.Former:
		default:
			return nil
		}
	}
	return cands[:1]
}

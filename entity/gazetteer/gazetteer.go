package gazetteer

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed divisions.txt
var divisionsData string

//go:embed overrides.txt
var overridesData string

// Level is the level of a division in the statistical hierarchy.
type Level int

// The levels of the hierarchy, from province to village.
const (
	Province   Level = 1 // 省, 自治区, 直辖市
	Prefecture Level = 2 // 地级市, 地区, 自治州, 盟
	County     Level = 3 // 市辖区, 县级市, 县, 旗
	Township   Level = 4 // 街道, 镇, 乡 and the non-administrative 开发区/农场 units
	Village    Level = 5 // 居委会, 村委会
)

// String returns the English name of the level.
func (l Level) String() string {
	switch l {
	case Province:
		return "province"
	case Prefecture:
		return "prefecture"
	case County:
		return "county"
	case Township:
		return "township"
	case Village:
		return "village"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

// digits is the number of significant code digits at each level.
var digits = [...]int{0, 2, 4, 6, 9, 12}

// Kind is the kind of a division as it is named in text; it is finer than
// [Level] (a county-level unit is a district, a city or a county).
type Kind string

// The division kinds.
const (
	KindProvince             Kind = "province"              // 省, 自治区, 直辖市
	KindCity                 Kind = "city"                  // 地级市 and 县级市, 地区, 自治州, 盟
	KindDistrict             Kind = "district"              // 区
	KindCounty               Kind = "county"                // 县, 旗, 自治县
	KindSubdistrict          Kind = "subdistrict"           // 街道, and the non-administrative 开发区/园区 units
	KindTown                 Kind = "town"                  // 镇
	KindTownship             Kind = "township"              // 乡, 苏木 and other township units
	KindResidentialCommittee Kind = "residential-committee" // 居委会
	KindVillage              Kind = "village"               // 村委会
)

// Division is one unit of the hierarchy.
type Division struct {
	Code   string // 12-digit statistical code, e.g. 310104007000
	Name   string // official full name, e.g. 斜土路街道
	Level  Level
	Parent string // 12-digit code of the parent, "" for a province
	Kind   Kind
}

// AliasKind says how a surface form names a division.
type AliasKind string

// The alias kinds.
const (
	// Official is the division's own name.
	Official AliasKind = "official"
	// Former is a name the unit had in the statistical data before a rename.
	Former AliasKind = "former"
	// Abolished is the name of a unit abolished or merged before the data's
	// date (闸北区); the candidate is the unit that succeeded it (静安区).
	Abolished AliasKind = "abolished"
	// Local is a customary name from the hand-kept overrides (漕开发).
	Local AliasKind = "local"
	// RoadStreet is X街道 for an X路街道 (斜土街道); scoped to the county.
	RoadStreet AliasKind = "road-street"
	// Suffix is a name with a long official suffix shortened (X街道 for X街道办事处).
	Suffix AliasKind = "suffix"
	// Short is a name without its level suffix: 上海 (上海市), 浙江 (浙江省),
	// 杭州 (杭州市), 徐汇 (徐汇区), 浦东 (浦东新区), 江阴 (江阴市).
	// Province and prefecture short forms are national; county short forms are
	// scoped to their prefecture (or province where there is none).
	Short AliasKind = "short"
	// Bare is a township name without 街道/镇/乡 (徐家汇 for 徐家汇街道);
	// scoped to the county, since bare names are common words elsewhere.
	Bare AliasKind = "bare"
	// Committee is X居民区, X居委, X社区 for X居委会, and X村 for X村村委会;
	// scoped to the township.
	Committee AliasKind = "committee"
	// Estate is the housing estate a committee is named after (凌云新村 for
	// 凌云新村居委会, 日晖六村 for 日晖六村第一居委会); scoped to the township.
	Estate AliasKind = "estate"
)

// Alias is one generated or hand-kept short form of a division.
type Alias struct {
	Surface string    // the form as written, e.g. 斜土街道
	Code    string    // 12-digit code of the division it names
	Kind    AliasKind // how it names it
	Scope   string    // 12-digit code of the division within which the form is meant, "" for anywhere
}

// Candidate is one division that a surface form may name.
type Candidate struct {
	Division
	Surface string    // the surface looked up
	Alias   AliasKind // Official for the division's own name
	Scope   string    // see [Alias.Scope]
}

type entry struct {
	div   int32
	scope int32 // index of the scope division, -1 for none
	next  int32 // index+1 of the next entry for the same surface, 0 at the end
	kind  AliasKind
}

// Gazetteer is an immutable, indexed set of divisions and their aliases. It is
// safe for concurrent use.
type Gazetteer struct {
	divs    []Division
	parent  []int32 // index of each division's parent, -1 for none
	byCode  map[string]int32
	index   map[string]int32 // surface → index+1 of its first entry
	entries []entry
	aliases []Alias
	arena   strings.Builder // backing store of generated surfaces, used while loading
}

var (
	defOnce sync.Once
	defG    *Gazetteer
)

// Default returns the gazetteer built from the embedded data. It is loaded on
// first use and shared.
func Default() *Gazetteer {
	defOnce.Do(func() {
		g, err := load(divisionsData, overridesData)
		if err != nil {
			panic("gazetteer: embedded data: " + err.Error())
		}
		defG = g
	})
	return defG
}

// pad returns the 12-digit form of a short code.
func pad(code string) string {
	if len(code) >= 12 {
		return code
	}
	return code + "000000000000"[:12-len(code)]
}

func levelOf(short string) Level {
	switch len(short) {
	case 2:
		return Province
	case 4:
		return Prefecture
	case 6:
		return County
	case 9:
		return Township
	case 12:
		return Village
	}
	return 0
}

// kindOf derives the division kind from the level, the code and the name.
func kindOf(short, name string, l Level) Kind {
	switch l {
	case Province:
		return KindProvince
	case Prefecture:
		return KindCity
	case County:
		switch {
		case strings.HasSuffix(name, "区"):
			return KindDistrict
		case strings.HasSuffix(name, "市"):
			return KindCity
		}
		return KindCounty
	case Township:
		if c := short[6]; c == '4' || c == '5' {
			return KindSubdistrict
		}
		switch {
		case strings.HasSuffix(name, "街道"), strings.HasSuffix(name, "街道办事处"):
			return KindSubdistrict
		case strings.HasSuffix(name, "镇"):
			return KindTown
		}
		return KindTownship
	case Village:
		if strings.HasSuffix(name, "村委会") {
			return KindVillage
		}
		return KindResidentialCommittee
	}
	return ""
}

// shortCode trims a 12-digit code to its significant digits for level l.
func shortCode(code string, l Level) string {
	if l < Province || l > Village || len(code) < digits[l] {
		return code
	}
	return code[:digits[l]]
}

func load(data, overrides string) (*Gazetteer, error) {
	n := strings.Count(data, "\n")
	g := &Gazetteer{
		divs:   make([]Division, 0, n+8),
		byCode: make(map[string]int32, n+8),
	}
	var codes strings.Builder // backing store of the 12-digit codes
	codes.Grow((n + 8) * 12)
	g.parent = make([]int32, 0, n+8)
	var last [6]int32 // index of the last division seen at each level (input is sorted)
	for i := range last {
		last[i] = -1
	}
	byShort := func(short string) (int32, bool) {
		i, ok := g.byCode[pad(short)]
		return i, ok
	}
	add := func(short, name string, sorted bool) error {
		l := levelOf(short)
		if l == 0 {
			return fmt.Errorf("bad code %q", short)
		}
		start := codes.Len()
		codes.WriteString(short)
		codes.WriteString("000000000000"[:12-len(short)])
		d := Division{Code: codes.String()[start:], Name: name, Level: l, Kind: kindOf(short, name, l)}
		pi := int32(-1)
		for pl := l - 1; pl >= Province; pl-- {
			if sorted {
				if j := last[pl]; j >= 0 && strings.HasPrefix(short, g.divs[j].Code[:digits[pl]]) {
					pi = j
					break
				}
				continue
			}
			if j, ok := byShort(short[:digits[pl]]); ok && g.divs[j].Level == pl {
				pi = j
				break
			}
		}
		if pi >= 0 {
			d.Parent = g.divs[pi].Code
		}
		if l > Province && d.Parent == "" {
			return fmt.Errorf("code %s has no parent", short)
		}
		idx := int32(len(g.divs))
		if sorted {
			last[l] = idx
			for k := int(l) + 1; k < len(last); k++ {
				last[k] = -1
			}
		}
		g.byCode[d.Code] = idx
		g.divs = append(g.divs, d)
		g.parent = append(g.parent, pi)
		return nil
	}
	for len(data) > 0 {
		line := data
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		c := strings.IndexByte(line, ',')
		if c < 0 {
			return nil, fmt.Errorf("bad line %q", line)
		}
		if err := add(line[:c], line[c+1:], true); err != nil {
			return nil, err
		}
	}
	// overrides
	type localAlias struct {
		surface string
		div     int32
	}
	var renamed []Alias
	var locals []localAlias
	for ln, line := range strings.Split(overrides, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) != 3 {
			return nil, fmt.Errorf("overrides:%d: want 3 fields", ln+1)
		}
		switch f[0] {
		case "rename":
			i, ok := byShort(f[1])
			if !ok {
				return nil, fmt.Errorf("overrides:%d: unknown code %s", ln+1, f[1])
			}
			d := &g.divs[i]
			renamed = append(renamed, Alias{Surface: d.Name, Code: d.Code, Kind: Former})
			d.Name = f[2]
			d.Kind = kindOf(f[1], f[2], d.Level)
		case "add":
			if _, ok := byShort(f[1]); ok {
				return nil, fmt.Errorf("overrides:%d: code %s exists", ln+1, f[1])
			}
			if err := add(f[1], f[2], false); err != nil {
				return nil, fmt.Errorf("overrides:%d: %v", ln+1, err)
			}
		case "abolished":
			i, ok := byShort(f[2])
			if !ok {
				return nil, fmt.Errorf("overrides:%d: unknown code %s", ln+1, f[2])
			}
			renamed = append(renamed, Alias{Surface: f[1], Code: g.divs[i].Code, Kind: Abolished})
		case "alias":
			i, ok := byShort(f[2])
			if !ok {
				return nil, fmt.Errorf("overrides:%d: unknown code %s", ln+1, f[2])
			}
			locals = append(locals, localAlias{f[1], i})
		default:
			return nil, fmt.Errorf("overrides:%d: unknown directive %q", ln+1, f[0])
		}
	}
	g.index = make(map[string]int32, len(g.divs)*2+len(g.divs)/2)
	g.entries = make([]entry, 0, len(g.divs)*2+len(g.divs)/2)
	g.aliases = make([]Alias, 0, len(g.divs)*3/2)
	g.arena.Grow(len(g.divs) * 24)
	for i := range g.divs {
		g.push(g.divs[i].Name, entry{div: int32(i), scope: -1, kind: Official})
	}
	for _, a := range renamed {
		g.addAlias(a)
	}
	for _, la := range locals {
		d := g.divs[la.div]
		g.addAlias(Alias{Surface: la.surface, Code: d.Code, Kind: Local, Scope: d.Parent})
	}
	g.generateAliases()
	g.arena = strings.Builder{}
	return g, nil
}

// alias adds a generated alias of division di, scoped to division si (-1: none).
func (g *Gazetteer) alias(surface string, di, si int32, kind AliasKind) {
	head := g.index[surface]
	tail := int32(0)
	for i := head; i > 0; i = g.entries[i-1].next {
		if g.entries[i-1].div == di {
			return // the surface already names this division
		}
		tail = i
	}
	g.entries = append(g.entries, entry{div: di, scope: si, kind: kind})
	n := int32(len(g.entries))
	if tail == 0 {
		g.index[surface] = n
	} else {
		g.entries[tail-1].next = n
	}
	a := Alias{Surface: surface, Code: g.divs[di].Code, Kind: kind}
	if si >= 0 {
		a.Scope = g.divs[si].Code
	}
	g.aliases = append(g.aliases, a)
}

func (g *Gazetteer) addAlias(a Alias) {
	di, ok := g.byCode[a.Code]
	if !ok {
		return
	}
	si := int32(-1)
	if a.Scope != "" {
		if s, ok := g.byCode[a.Scope]; ok {
			si = s
		}
	}
	for i := g.index[a.Surface]; i > 0; i = g.entries[i-1].next {
		if g.entries[i-1].div == di {
			return // the surface already names this division
		}
	}
	g.push(a.Surface, entry{div: di, scope: si, kind: a.Kind})
	g.aliases = append(g.aliases, a)
}

// push adds e at the end of the surface's entry list.
func (g *Gazetteer) push(surface string, e entry) {
	g.entries = append(g.entries, e)
	n := int32(len(g.entries))
	head := g.index[surface]
	if head == 0 {
		g.index[surface] = n
		return
	}
	for head > 0 && g.entries[head-1].next != 0 {
		head = g.entries[head-1].next
	}
	g.entries[head-1].next = n
}

// concat returns a+b, stored in the loading arena.
func (g *Gazetteer) concat(a, b string) string {
	start := g.arena.Len()
	g.arena.WriteString(a)
	g.arena.WriteString(b)
	return g.arena.String()[start:]
}

// Divisions returns every division, sorted by code. The slice is shared: do
// not modify it.
func (g *Gazetteer) Divisions() []Division { return g.divs }

// Aliases returns every generated and hand-kept short form, in generation
// order. The slice is shared: do not modify it.
func (g *Gazetteer) Aliases() []Alias { return g.aliases }

// ByCode returns the division with the given code. The code may be given in
// 12-digit form (310104007000) or as the short hierarchical code (310104007).
func (g *Gazetteer) ByCode(code string) (Division, bool) {
	i, ok := g.byCode[pad(code)]
	if !ok {
		return Division{}, false
	}
	return g.divs[i], true
}

// Parent returns the parent division of d.
func (g *Gazetteer) Parent(d Division) (Division, bool) {
	if d.Parent == "" {
		return Division{}, false
	}
	return g.ByCode(d.Parent)
}

// Within reports whether the division with code lies within (or is) the
// division with code ancestor. Both are 12-digit codes.
func (g *Gazetteer) Within(code, ancestor string) bool {
	a, ok := g.byCode[ancestor]
	if !ok {
		return false
	}
	sc := shortCode(ancestor, g.divs[a].Level)
	return strings.HasPrefix(code, sc)
}

// Lookup returns every division that the surface form names, through its
// official name or through an alias, official names first. It returns nil when
// the surface names nothing.
func (g *Gazetteer) Lookup(surface string) []Candidate {
	var out []Candidate
	// official names first, then the rest, each in index order
	for pass := 0; pass < 2; pass++ {
		for i := g.index[surface]; i > 0; i = g.entries[i-1].next {
			e := g.entries[i-1]
			if (e.kind == Official) != (pass == 0) {
				continue
			}
			c := Candidate{Division: g.divs[e.div], Surface: surface, Alias: e.kind}
			if e.scope >= 0 {
				c.Scope = g.divs[e.scope].Code
			}
			out = append(out, c)
		}
	}
	return out
}

// Has reports whether the surface names any division, cheaply.
func (g *Gazetteer) Has(surface string) bool { return g.index[surface] > 0 }

// Surfaces calls f for every surface form the gazetteer knows (official names
// and aliases), in no particular order, until f returns false.
func (g *Gazetteer) Surfaces(f func(surface string) bool) {
	for s := range g.index {
		if !f(s) {
			return
		}
	}
}

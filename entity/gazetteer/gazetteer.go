package gazetteer

import (
	_ "embed"
	"fmt"
	"hash/maphash"
	"math/bits"
	"slices"
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

// aliasKinds numbers the alias kinds for entries: Official is 0.
var aliasKinds = [...]AliasKind{Official, Former, Abolished, Local, RoadStreet, Suffix, Short, Bare, Committee, Estate}

func kindIndex(k AliasKind) uint8 {
	switch k {
	case Official:
		return 0
	case Former:
		return 1
	case Abolished:
		return 2
	case Local:
		return 3
	case RoadStreet:
		return 4
	case Suffix:
		return 5
	case Short:
		return 6
	case Bare:
		return 7
	case Committee:
		return 8
	case Estate:
		return 9
	}
	panic("gazetteer: unknown alias kind " + string(k))
}

// entry is one reading of a surface: a division and how the surface names it.
type entry struct {
	div   int32
	scope int32 // index of the scope division, -1 for none
	surf  int32 // index of the surface in Gazetteer.surf
	kind  uint8 // index in aliasKinds
}

// record is a reading as generated, before the index is built.
type record struct {
	surface string
	entry
}

// Gazetteer is an immutable, indexed set of divisions and their aliases. It is
// safe for concurrent use.
//
// The surfaces are indexed by an open-addressing hash table built once at
// load (a Go map built entry by entry cost half the load time): slots holds,
// for a surface of hash h at slot h&mask or after it, the surface's index+1
// in the high 32 bits and the low 32 bits of h in the low ones. The readings
// of surface i are entries[first[i]:first[i+1]], official names first, each
// part in the order generated.
type Gazetteer struct {
	divs   []Division
	parent []int32 // index of each division's parent, -1 for none
	// the divisions by code: an open-addressing table of index+1, at or
	// after slot codeSlot(key); key is the number the code spells
	codeSlots []int32
	keys      []uint64 // the key of each division
	seed      maphash.Seed
	slots     []uint64
	surf      []string // the surfaces, in the order first generated
	first     []int32
	entries   []entry
	// the aliases (entries other than official names) in the order
	// generated, as indices into entries; Aliases builds its slice from
	// them on first use
	aliasAt   []int32
	aliasOnce sync.Once
	aliases   []Alias

	arena strings.Builder // backing store of generated surfaces, used while loading
	recs  []record        // readings as generated, used while loading
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
		divs: make([]Division, 0, n+8),
	}
	size := 1024
	for size < 2*(n+strings.Count(overrides, "\n")+8) {
		size <<= 1
	}
	g.codeSlots = make([]int32, size)
	g.keys = make([]uint64, 0, n+8)
	var codes strings.Builder // backing store of the 12-digit codes
	codes.Grow((n + 8) * 12)
	g.parent = make([]int32, 0, n+8)
	var last [6]int32 // index of the last division seen at each level (input is sorted)
	for i := range last {
		last[i] = -1
	}
	byShort := func(short string) (int32, bool) {
		return g.index(pad(short))
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
		key, _ := codeKey(d.Code)
		g.keys = append(g.keys, key)
		for j := g.codeSlot(key); ; j = (j + 1) & (len(g.codeSlots) - 1) {
			if g.codeSlots[j] == 0 {
				g.codeSlots[j] = idx + 1
				break
			}
		}
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
	g.recs = make([]record, 0, len(g.divs)*5/2)
	g.arena.Grow(len(g.divs) * 24)
	for i := range g.divs {
		g.recs = append(g.recs, record{g.divs[i].Name, entry{div: int32(i), scope: -1}})
	}
	for _, a := range renamed {
		g.addAlias(a)
	}
	for _, la := range locals {
		d := g.divs[la.div]
		g.addAlias(Alias{Surface: la.surface, Code: d.Code, Kind: Local, Scope: d.Parent})
	}
	g.generateAliases()
	g.build()
	g.arena = strings.Builder{}
	g.recs = nil
	return g, nil
}

// alias adds a generated alias of division di, scoped to division si (-1: none).
func (g *Gazetteer) alias(surface string, di, si int32, kind AliasKind) {
	g.recs = append(g.recs, record{surface, entry{div: di, scope: si, kind: kindIndex(kind)}})
}

func (g *Gazetteer) addAlias(a Alias) {
	di, ok := g.index(a.Code)
	if !ok {
		return
	}
	si := int32(-1)
	if a.Scope != "" {
		if s, ok := g.index(a.Scope); ok {
			si = s
		}
	}
	g.alias(a.Surface, di, si, a.Kind)
}

// build indexes the readings of g.recs: each surface once, with its
// readings official first, and no reading of a division that an earlier
// reading of the same surface names already.
func (g *Gazetteer) build() {
	size := 1024
	for size < len(g.recs)*3/2 {
		size <<= 1
	}
	mask := uint64(size - 1)
	g.seed = maphash.MakeSeed()
	g.slots = make([]uint64, size)
	g.surf = make([]string, 0, len(g.recs))
	count := make([]int32, 0, len(g.recs)+1)
	for i := range g.recs {
		r := &g.recs[i]
		h := maphash.String(g.seed, r.surface)
		for j := h & mask; ; j = (j + 1) & mask {
			sl := g.slots[j]
			if sl == 0 {
				r.surf = int32(len(g.surf))
				g.slots[j] = uint64(r.surf+1)<<32 | h&0xffffffff
				g.surf = append(g.surf, r.surface)
				count = append(count, 0)
				break
			}
			if uint32(sl) == uint32(h) && g.surf[sl>>32-1] == r.surface {
				r.surf = int32(sl>>32 - 1)
				break
			}
		}
		count[r.surf]++
	}
	// readings in place, official names first, to find those that repeat
	// an earlier reading's division
	first := make([]int32, len(g.surf)+1)
	for i, c := range count {
		first[i+1] = first[i] + c
	}
	next := append([]int32(nil), first[:len(g.surf)]...)
	placed := make([]int32, len(g.recs)) // the division of each reading placed
	drop := make([]bool, len(g.recs))
	for pass := 0; pass < 2; pass++ {
		for i := range g.recs {
			r := &g.recs[i]
			if (r.kind == 0) != (pass == 0) {
				continue
			}
			if pass == 1 && slices.Contains(placed[first[r.surf]:next[r.surf]], r.div) {
				drop[i] = true // the surface already names this division
				continue
			}
			placed[next[r.surf]] = r.div
			next[r.surf]++
		}
	}
	// the readings kept, in the same order
	for i := range g.surf {
		count[i] = next[i] - first[i]
	}
	for i := range g.surf {
		first[i+1] = first[i] + count[i]
	}
	g.first = first
	copy(next, first[:len(g.surf)])
	g.entries = make([]entry, first[len(g.surf)])
	for pass := 0; pass < 2; pass++ {
		for i := range g.recs {
			r := &g.recs[i]
			if drop[i] || (r.kind == 0) != (pass == 0) {
				continue
			}
			if pass == 1 {
				g.aliasAt = append(g.aliasAt, next[r.surf])
			}
			g.entries[next[r.surf]] = r.entry
			next[r.surf]++
		}
	}
}

// concat returns a+b, stored in the loading arena.
func (g *Gazetteer) concat(a, b string) string {
	start := g.arena.Len()
	g.arena.WriteString(a)
	g.arena.WriteString(b)
	return g.arena.String()[start:]
}

// codeKey returns the number a 12-digit code spells.
func codeKey(code string) (uint64, bool) {
	if len(code) != 12 {
		return 0, false
	}
	var k uint64
	for i := 0; i < len(code); i++ {
		c := code[i] - '0'
		if c > 9 {
			return 0, false
		}
		k = k*10 + uint64(c)
	}
	return k, true
}

// index returns the index of the division with the 12-digit code.
func (g *Gazetteer) index(code string) (int32, bool) {
	k, ok := codeKey(code)
	if !ok {
		return 0, false
	}
	for j := g.codeSlot(k); ; j = (j + 1) & (len(g.codeSlots) - 1) {
		i := g.codeSlots[j]
		if i == 0 {
			return 0, false
		}
		if g.keys[i-1] == k {
			return i - 1, true
		}
	}
}

func (g *Gazetteer) codeSlot(key uint64) int {
	return int((key * 0x9E3779B97F4A7C15) >> (64 - bits.TrailingZeros(uint(len(g.codeSlots)))))
}

// lookup returns the index of surface in g.surf, or -1.
func (g *Gazetteer) lookup(surface string) int32 {
	if len(g.slots) == 0 {
		return -1
	}
	h := maphash.String(g.seed, surface)
	mask := uint64(len(g.slots) - 1)
	for j := h & mask; ; j = (j + 1) & mask {
		sl := g.slots[j]
		if sl == 0 {
			return -1
		}
		if uint32(sl) == uint32(h) && g.surf[sl>>32-1] == surface {
			return int32(sl>>32 - 1)
		}
	}
}

// Divisions returns every division, sorted by code. The slice is shared: do
// not modify it.
func (g *Gazetteer) Divisions() []Division { return g.divs }

// Aliases returns every generated and hand-kept short form, in generation
// order. The slice is shared: do not modify it.
func (g *Gazetteer) Aliases() []Alias {
	g.aliasOnce.Do(func() {
		g.aliases = make([]Alias, len(g.aliasAt))
		for i, at := range g.aliasAt {
			e := g.entries[at]
			a := Alias{Surface: g.surf[e.surf], Code: g.divs[e.div].Code, Kind: aliasKinds[e.kind]}
			if e.scope >= 0 {
				a.Scope = g.divs[e.scope].Code
			}
			g.aliases[i] = a
		}
	})
	return g.aliases
}

// ByCode returns the division with the given code. The code may be given in
// 12-digit form (310104007000) or as the short hierarchical code (310104007).
func (g *Gazetteer) ByCode(code string) (Division, bool) {
	i, ok := g.index(pad(code))
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
	a, ok := g.index(ancestor)
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
	i := g.lookup(surface)
	if i < 0 {
		return nil
	}
	es := g.entries[g.first[i]:g.first[i+1]]
	out := make([]Candidate, len(es))
	for k, e := range es {
		c := &out[k]
		c.Division = g.divs[e.div]
		c.Surface = surface
		c.Alias = aliasKinds[e.kind]
		if e.scope >= 0 {
			c.Scope = g.divs[e.scope].Code
		}
	}
	return out
}

// Has reports whether the surface names any division, cheaply.
func (g *Gazetteer) Has(surface string) bool { return g.lookup(surface) >= 0 }

// Surfaces calls f for every surface form the gazetteer knows (official names
// and aliases), in no particular order, until f returns false.
func (g *Gazetteer) Surfaces(f func(surface string) bool) {
	for _, s := range g.surf {
		if !f(s) {
			return
		}
	}
}

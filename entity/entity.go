package entity

import (
	"cmp"
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/civicnews/civicnews/entity/gazetteer"
)

// Kind is the kind of an entity.
type Kind string

// The entity kinds. Divisions use the kinds of the contract; a county is
// reported as a district and a township (乡) as a town.
const (
	KindProvince             Kind = "province"
	KindCity                 Kind = "city"
	KindDistrict             Kind = "district"
	KindSubdistrict          Kind = "subdistrict"
	KindTown                 Kind = "town"
	KindResidentialCommittee Kind = "residential-committee"
	KindVillage              Kind = "village"
	KindNeighborhood         Kind = "neighborhood" // housing estate, 里弄, 街区
	KindRoad                 Kind = "road"
	KindParty                Kind = "party-org"
	KindGov                  Kind = "gov-org"
	KindOrg                  Kind = "org"
	KindPerson               Kind = "person"
	KindDate                 Kind = "date"
)

// Admin reports whether k is an administrative-division kind.
func (k Kind) Admin() bool {
	switch k {
	case KindProvince, KindCity, KindDistrict, KindSubdistrict, KindTown, KindResidentialCommittee, KindVillage:
		return true
	}
	return false
}

// Candidate is one division an ambiguous place may be.
type Candidate struct {
	Canonical string `json:"canonical"` // official name
	Code      string `json:"code"`      // 12-digit code
	Parent    string `json:"parent"`    // name of the parent division
	Kind      Kind   `json:"kind"`
}

// Entity is one mention found in a text.
type Entity struct {
	Text       string      // the mention as written
	Kind       Kind        // what it is
	Canonical  string      // official full name (斜土路街道 for 斜土街道)
	Code       string      // 12-digit statistical code, for divisions
	Parent     string      // name of the parent division, for divisions
	Title      string      // the office of a person (区委副书记、区长)
	Start, End int         // byte offsets into the text it was found in
	Confidence float64     // 0..1
	Ambiguous  bool        // several divisions fit equally; see Candidates
	Candidates []Candidate // the divisions an ambiguous place may be
	Nested     []Entity    // entities inside this one (the district in 徐汇区委)
	Successor  string      // for an abolished or renamed unit, the unit that replaced it
	Reason     string      // why a division has no code ("not-in-gazetteer")
	Date       string      // YYYY-MM-DD for KindDate where resolvable
}

// Hints describe the document the texts come from.
type Hints struct {
	Paper     string // the paper's name (徐汇报)
	Publisher string // the publishing units (老西门街道党工委、办事处)
	Edition   string // an edition or community name
	IssueDate string // YYYY-MM-DD or ""
}

// Option configures a Recognizer. An option whose value is invalid makes
// [New] return an error.
type Option func(*config) error

type config struct {
	g        *gazetteer.Gazetteer
	home     string
	province string
}

// WithGazetteer uses g instead of [gazetteer.Default].
func WithGazetteer(g *gazetteer.Gazetteer) Option {
	return func(c *config) error {
		if g == nil {
			return errors.New("entity: WithGazetteer: nil gazetteer")
		}
		c.g = g
		return nil
	}
}

// WithHome sets the home region taken when a document gives no evidence of
// its own: a division's statistical code (12 digits, or its significant
// leading digits such as 330106) or a name that names one division
// (杭州市西湖区, 徐汇区, 浙江省). Evidence in the document (the hierarchy of
// a sentence, the paper's name, the places the page names most) comes
// first. [New] returns an error when the home names no division or several.
func WithHome(home string) Option {
	return func(c *config) error {
		if strings.TrimSpace(home) == "" {
			return errors.New("entity: WithHome: empty home")
		}
		c.home = strings.TrimSpace(home)
		return nil
	}
}

// WithDefaultProvince sets the home province by its 12-digit code (or its
// leading digits, 33 or 330000000000 for Zhejiang). [New] returns an error
// when the code is no province's. There is no default province.
func WithDefaultProvince(code string) Option {
	return func(c *config) error {
		c.province = code
		return nil
	}
}

// ResolveHome returns the division that home names in g: a code (12 digits
// or its leading digits) or a name naming one division.
func ResolveHome(g *gazetteer.Gazetteer, home string) (gazetteer.Division, error) {
	home = strings.TrimSpace(home)
	if home == "" {
		return gazetteer.Division{}, errors.New("empty home")
	}
	if isDigits(home) {
		code := home
		if len(code) < 12 && len(code)%2 == 0 || len(code) == 9 {
			code += strings.Repeat("0", 12-len(code))
		}
		if d, ok := g.ByCode(code); ok {
			return d, nil
		}
		return gazetteer.Division{}, fmt.Errorf("no division has the code %q", home)
	}
	// a name, possibly a hierarchy (杭州市西湖区): each unit within the one before
	r := homeRecognizer(g)
	key := Key(home)
	var places []span
	var walk func([]span)
	walk = func(sps []span) {
		for _, sp := range sps {
			if sp.typ == sPlace {
				places = append(places, sp)
			} else {
				walk(sp.nested)
			}
		}
	}
	walk(r.scan(key))
	sortSpans(places, func(a, b span) bool { return a.start < b.start })
	at := 0
	var within []string // codes the next unit must lie in
	var last []gazetteer.Candidate
	for _, p := range places {
		if p.start != at {
			break
		}
		at = p.end
		var keep []gazetteer.Candidate
		for _, c := range p.cands {
			ok := len(within) == 0
			for _, w := range within {
				ok = ok || g.Within(c.Code, w) && c.Code != w
			}
			if ok && !slices.ContainsFunc(keep, func(k gazetteer.Candidate) bool { return k.Code == c.Code }) {
				keep = append(keep, c)
			}
		}
		// official names before short forms (西湖区 the district, not a bare 西湖)
		if slices.ContainsFunc(keep, func(c gazetteer.Candidate) bool { return c.Alias == gazetteer.Official }) {
			keep = slices.DeleteFunc(keep, func(c gazetteer.Candidate) bool { return c.Alias != gazetteer.Official })
		}
		within = within[:0]
		for _, c := range keep {
			within = append(within, c.Code)
		}
		last = keep
	}
	if at != len(key) || len(last) == 0 {
		return gazetteer.Division{}, fmt.Errorf("%q names no division", home)
	}
	if len(last) > 1 {
		var cs []string
		for _, c := range last {
			p, _ := g.Parent(c.Division)
			cs = append(cs, p.Name+c.Name)
		}
		slices.Sort(cs)
		return gazetteer.Division{}, fmt.Errorf("%q names several divisions (%s): give a code or the unit above", home, strings.Join(cs, ", "))
	}
	return last[0].Division, nil
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// homeRecognizer returns a recognizer on g without a home, to read home names.
func homeRecognizer(g *gazetteer.Gazetteer) *Recognizer {
	if g == gazetteer.Default() {
		return Default()
	}
	r, _ := New(WithGazetteer(g))
	return r
}

// Recognizer finds and resolves entities. It is immutable and safe for
// concurrent use.
type Recognizer struct {
	g           *gazetteer.Gazetteer
	home        gazetteer.Division // the caller's home region, Code "" when none
	villageProv map[string]bool    // provinces (two-digit codes) whose villages the gazetteer lists
	bigrams     map[uint64]bool    // pairs of characters that occur together in divisions' names
	runeUse     map[rune]int       // how many divisions' names each character occurs in
	lex         matcher            // gazetteer surfaces and body words
	surname     map[rune]bool
	titles      matcher
}

// matcher is a longest-match dictionary of words of 2 to 63 runes.
//
// Most positions of a text start no word, and most prefixes of a text
// that start one are prefixes of no longer word: two filters in front of
// the map keep the search off it there. pairs has a bit for the first two
// runes of every word (small, read at every position); filter is a Bloom
// filter with a bit for every prefix of every word and a bit for every
// word, so that the search stops at the first prefix no word has and asks
// the map only for lengths that may be words. A filter never hides a word.
type matcher struct {
	words  map[string]uint8
	pairs  []uint64 // bit pairBit(a, b): a word starts with runes a, b
	filter []uint64 // bits prefixBit(h) and wordBit(h) of every word's prefix hashes h
	fbits  uint     // log2 of the size of filter in bits
}

// pairBits is the log2 of the size in bits of matcher.pairs.
const pairBits = 19

// pairBit hashes the first two runes of a word to a bit of matcher.pairs.
func pairBit(a, b rune) uint32 {
	return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77) >> (32 - pairBits)
}

// runeHash extends the hash h of a prefix with its next rune r.
func runeHash(h uint64, r rune) uint64 { return (h ^ uint64(r)) * 0x100000001b3 }

const runeHashSeed = 0xcbf29ce484222325

func (m *matcher) prefixBit(h uint64) uint64 { return h >> (64 - m.fbits) }

func (m *matcher) wordBit(h uint64) uint64 {
	return ((h ^ 0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9) >> (64 - m.fbits)
}

func (m *matcher) has(bit uint64) bool { return m.filter[bit/64]&(1<<(bit%64)) != 0 }

func pairKey(a, b rune) uint64 { return uint64(a)<<32 | uint64(uint32(b)) }

const (
	wPlace uint8 = 1 << iota
	wBody
	wStop // a phrase that holds a place name but names no place (金山银山)
)

// add adds w with flag; call index after the last add.
func (m *matcher) add(w string, flag uint8) {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 63 {
		return
	}
	if m.words == nil {
		m.words = map[string]uint8{}
	}
	m.words[w] |= flag
	m.filter = nil
}

// index builds the filters of the words added.
func (m *matcher) index() {
	m.fbits = 6
	for 1<<m.fbits < 32*len(m.words) { // about three hashes a word: 1 bit in 10 set
		m.fbits++
	}
	m.filter = make([]uint64, 1<<m.fbits/64)
	m.pairs = make([]uint64, 1<<pairBits/64)
	set := func(b uint64) { m.filter[b/64] |= 1 << (b % 64) }
	for w := range m.words {
		h := uint64(runeHashSeed)
		var first rune
		n := 0
		for _, r := range w {
			h = runeHash(h, r)
			n++
			switch n {
			case 1:
				first = r
			case 2:
				b := pairBit(first, r)
				m.pairs[b/64] |= 1 << (b % 64)
			}
			set(m.prefixBit(h))
		}
		set(m.wordBit(h))
	}
}

// longest returns the byte length and flags of the longest word at s[i:].
func (m *matcher) longest(s string, i int) (int, uint8) {
	if m.filter == nil {
		return 0, 0
	}
	r, sz := utf8.DecodeRuneInString(s[i:])
	if i+sz >= len(s) {
		return 0, 0
	}
	r2, sz2 := utf8.DecodeRuneInString(s[i+sz:])
	if b := pairBit(r, r2); m.pairs[b/64]&(1<<(b%64)) == 0 {
		return 0, 0
	}
	// byte ends of the prefixes of 2..63 runes that may be words
	var ends [64]int
	var maybe uint64 // bit n: a word of n runes may start here
	h := runeHash(runeHash(runeHashSeed, r), r2)
	j, n := i+sz+sz2, 2
	for {
		if !m.has(m.prefixBit(h)) {
			break // no word starts with these n runes
		}
		if m.has(m.wordBit(h)) {
			ends[n] = j
			maybe |= 1 << n
		}
		if j >= len(s) || n == 63 {
			break
		}
		c, sz := utf8.DecodeRuneInString(s[j:])
		j += sz
		n++
		h = runeHash(h, c)
	}
	for maybe != 0 {
		k := 63 - bits.LeadingZeros64(maybe)
		maybe &^= 1 << k
		if f, ok := m.words[s[i:ends[k]]]; ok {
			return ends[k] - i, f
		}
	}
	return 0, 0
}

// commonWords are short forms of divisions that are everyday words (平安,
// 和平, 西湖); they are taken as places only within the home district or the
// sentence's hierarchy.
var commonWords = map[string]bool{
	"大同": true, "长治": true, "安康": true, "平安": true, "和平": true, "太平": true, "长安": true, "东方": true,
	"永安": true, "吉安": true, "新乡": true, "新华": true, "三明": true, "北海": true, "开平": true, "兴安": true,
	"中山": true, "白山": true, "通化": true, "临江": true, "永康": true, "宁安": true, "安宁": true, "福安": true,
	"大庆": true, "江山": true, "长城": true, "青山": true, "阿里": true, "海东": true, "文山": true, "红河": true,
	"德宏": true, "黄山": true, "泰山": true, "新城": true, "城关": true, "城中": true, "城东": true, "城西": true,
	"城南": true, "城北": true, "市中": true, "高新": true, "开发": true, "西湖": true, "东湖": true, "南湖": true,
	"北湖": true, "人民": true, "解放": true, "建设": true, "胜利": true, "光明": true, "团结": true, "幸福": true,
	"友谊": true, "和谐": true, "文明": true, "民主": true, "红旗": true, "东风": true, "前进": true, "朝阳": true,
	"向阳": true, "天平": true, "白银": true, "普洱": true, "来宾": true, "日照": true, "金昌": true, "资源": true,
	"延长": true, "会同": true, "联合": true, "民政": true, "合作": true,
}

// notPlaces are names of divisions that are generic words and are never taken
// as places (街道, 城区).
var notPlaces = map[string]bool{
	"街道": true, "城区": true, "郊区": true, "矿区": true, "社区": true, "城区街道": true, "中心街道": true,
	"新村": true, "老城区": true, "新城区": true, "东区": true, "西区": true, "南区": true, "北区": true, "新区": true,
	"中心": true, "开发区": true,
}

// New returns a Recognizer.
func New(opts ...Option) (*Recognizer, error) {
	var c config
	for _, o := range opts {
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	if c.g == nil {
		c.g = gazetteer.Default()
	}
	r := &Recognizer{g: c.g, surname: map[rune]bool{}, villageProv: map[string]bool{}}
	r.bigrams = make(map[uint64]bool, 1<<17)
	r.runeUse = make(map[rune]int, 1<<13)
	for _, d := range c.g.Divisions() {
		if d.Level == gazetteer.Village {
			r.villageProv[d.Code[:2]] = true
		}
		var prev rune
		for _, c := range d.Name {
			if prev != 0 {
				r.bigrams[pairKey(prev, c)] = true
			}
			r.runeUse[c]++
			prev = c
		}
	}
	c.g.Surfaces(func(s string) bool {
		if !notPlaces[s] {
			r.lex.add(s, wPlace)
		}
		return true
	})
	for w := range bodies {
		r.lex.add(w, wBody)
	}
	for _, w := range stopPhrases {
		r.lex.add(w, wStop)
	}
	for _, s := range surnames {
		r.surname[s] = true
	}
	for _, t := range titleWords {
		r.titles.add(t, 1)
	}
	r.lex.index()
	r.titles.index()
	if c.province != "" {
		d, err := ResolveHome(c.g, c.province)
		if err != nil || d.Level != gazetteer.Province {
			return nil, fmt.Errorf("entity: WithDefaultProvince(%q): not a province's code", c.province)
		}
		r.home = d
	}
	if c.home != "" {
		d, err := ResolveHome(c.g, c.home)
		if err != nil {
			return nil, fmt.Errorf("entity: WithHome: %w", err)
		}
		r.home = d
	}
	return r, nil
}

var (
	defOnce sync.Once
	defRec  *Recognizer
)

// Default returns a Recognizer with the default options, built on first use.
func Default() *Recognizer {
	defOnce.Do(func() {
		r, err := New()
		if err != nil {
			panic(err)
		}
		defRec = r
	})
	return defRec
}

// Find returns the entities of one text, resolved with the hints and the text
// itself as the whole document.
func (r *Recognizer) Find(text string, h Hints) []Entity {
	return r.Document([]string{text}, h)[0]
}

// Document resolves all texts of one document together (the home district is
// inferred from the hints and from all texts) and returns the entities of each
// text, in order of their start.
func (r *Recognizer) Document(texts []string, h Hints) [][]Entity {
	// very long texts (a run-on scan with no paragraph breaks) are read in
	// pieces of a few sentences, so that the work stays linear in the size
	// of the input; ordinary paragraphs are read whole
	pieces, owner, offset := splitLong(texts)
	d := r.newDoc(h)
	// the recognisers read the matching key of each piece (simplified
	// characters, no pinyin residue, no letter-spacing)
	keys := make([]keyed, len(pieces))
	for i, t := range pieces {
		keys[i] = keyOf(t)
		pieces[i] = keys[i].key
	}
	raws := make([][]span, len(pieces))
	for i, t := range pieces {
		raws[i] = r.scan(t)
		narrowPairs(r.g, raws[i])
		keys[i].titles(raws[i])
	}
	d.inferHome(pieces, raws)
	d.callerHome()
	found := make([][]Entity, len(pieces))
	for i, t := range pieces {
		found[i] = d.resolve(t, raws[i])
	}
	d.propagatePersons(pieces, found)
	d.propagateEstates(pieces, found)
	sameCommittees(found)
	out := make([][]Entity, len(texts))
	for i, t := range pieces {
		found[i] = append(found[i], findDates(t, d.issue)...)
		keys[i].unkey(found[i])
	}
	count := make([]int, len(texts))
	for i := range pieces {
		count[owner[i]] += len(found[i])
	}
	for i := range out {
		out[i] = make([]Entity, 0, count[i])
	}
	for i := range pieces {
		es := found[i]
		if offset[i] != 0 {
			shift(es, offset[i])
		}
		out[owner[i]] = append(out[owner[i]], es...)
	}
	for i := range out {
		sortEntities(out[i])
	}
	return out
}

// Texts longer than longText bytes are split into pieces of about
// pieceText bytes, at a sentence end where there is one.
const (
	longText  = 8 << 10
	pieceText = 4 << 10
)

// splitLong returns the pieces to read, the text each belongs to and its
// byte offset in that text.
func splitLong(texts []string) (pieces []string, owner, offset []int) {
	for i, t := range texts {
		if len(t) <= longText {
			pieces, owner, offset = append(pieces, t), append(owner, i), append(offset, 0)
			continue
		}
		for at := 0; at < len(t); {
			end := len(t)
			if end-at > pieceText {
				end = cutAt(t, at, at+pieceText)
			}
			pieces, owner, offset = append(pieces, t[at:end]), append(owner, i), append(offset, at)
			at = end
		}
	}
	return pieces, owner, offset
}

// cutAt returns where to end a piece that starts at from and should end
// near limit: after the last sentence end (or else clause mark) in the
// second half of the piece, or else at a character boundary at limit.
func cutAt(t string, from, limit int) int {
	half := from + (limit-from)/2
	window := t[half:limit]
	for _, marks := range []string{"。！？；\n", "，、："} {
		if k := strings.LastIndexAny(window, marks); k >= 0 {
			_, size := utf8.DecodeRuneInString(window[k:])
			return half + k + size
		}
	}
	for limit > from && !utf8.RuneStart(t[limit]) {
		limit--
	}
	return limit
}

// shift moves the offsets of es (and of their nested entities) by off.
func shift(es []Entity, off int) {
	for i := range es {
		es[i].Start += off
		es[i].End += off
		shift(es[i].Nested, off)
	}
}

func sortEntities(es []Entity) {
	slices.SortStableFunc(es, func(a, b Entity) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(b.End, a.End)
	})
}

func isStopRune(r rune) bool { return stopRuneSet.has(r) }

// Flatten returns the entities with their nested entities after each, depth
// first (徐汇区委, then 徐汇区).
func Flatten(es []Entity) []Entity {
	var out []Entity
	var walk func([]Entity)
	walk = func(es []Entity) {
		for _, e := range es {
			out = append(out, e)
			walk(e.Nested)
		}
	}
	walk(es)
	return out
}

package gazetteer

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/civicnews/civicnews/entity/gazetteer/internal/build"
)

// TestGeneratedCurrent regenerates divisions.txt from ../shared in memory and
// checks that the committed file is current.
func TestGeneratedCurrent(t *testing.T) {
	src := filepath.Join("..", "..", "..", "shared", "data", "admin-divisions")
	if _, err := os.Stat(src); err != nil {
		t.Skipf("source data absent (%s); skipping", src)
	}
	want, err := build.Build(src)
	require.NoError(t, err)
	if string(want) != divisionsData {
		t.Fatal("divisions.txt is stale: run go generate ./entity/gazetteer")
	}
}

func TestByCodeAndHierarchy(t *testing.T) {
	g := Default()
	d, ok := g.ByCode("310104007000")
	require.True(t, ok)
	assert.Equal(t, "斜土路街道", d.Name)
	assert.Equal(t, Township, d.Level)
	assert.Equal(t, KindSubdistrict, d.Kind)
	assert.Equal(t, "310104000000", d.Parent)
	p, ok := g.Parent(d)
	require.True(t, ok)
	assert.Equal(t, "徐汇区", p.Name)
	// 市辖区 placeholder skipped: Shanghai's districts hang under 上海市.
	assert.Equal(t, "310000000000", p.Parent)
	_, ok = g.ByCode("310100000000")
	assert.False(t, ok, "市辖区 must be skipped")
	// synthetic county of 东莞 skipped, its townships under the city
	d, ok = g.ByCode("441900000000")
	require.True(t, ok)
	assert.Equal(t, Prefecture, d.Level, "the 12-digit code is the city's, not the synthetic county's")
	d, ok = g.ByCode("441900003")
	require.True(t, ok)
	assert.Equal(t, "441900000000", d.Parent[:12])
	d, ok = g.ByCode("310104501")
	require.True(t, ok)
	assert.Equal(t, KindSubdistrict, d.Kind)
	d, _ = g.ByCode("310104007028")
	assert.Equal(t, "恒益居委会", d.Name)
	assert.Equal(t, KindResidentialCommittee, d.Kind)
	assert.True(t, g.Within("310104007028", "310104000000"))
	assert.True(t, g.Within("310104007028", "310000000000"))
	assert.False(t, g.Within("310105001000", "310104000000"))
	d, _ = g.ByCode("320281")
	assert.Equal(t, "江阴市", d.Name)
	assert.Equal(t, KindCity, d.Kind)
	d, _ = g.ByCode("330106")
	assert.Equal(t, KindDistrict, d.Kind)
}

func find(cs []Candidate, code string) (Candidate, bool) {
	for _, c := range cs {
		if c.Code == code {
			return c, true
		}
	}
	return Candidate{}, false
}

func TestLookupAliases(t *testing.T) {
	g := Default()
	tests := []struct {
		surface, code string
		kind          AliasKind
		scope         string
	}{
		{"斜土街道", "310104007000", RoadStreet, "310104000000"},
		{"斜土路街道", "310104007000", Official, ""},
		{"徐汇", "310104000000", Short, "310000000000"},
		{"浦东", "310115000000", Short, "310000000000"},
		{"上海", "310000000000", Short, ""},
		{"浙江", "330000000000", Short, ""},
		{"广西", "450000000000", Short, ""},
		{"内蒙古", "150000000000", Short, ""},
		{"杭州", "330100000000", Short, ""},
		{"江阴", "320281000000", Short, "320200000000"},
		{"延边", "222400000000", Short, ""},
		{"徐家汇", "310104014000", Bare, "310104000000"},
		{"恒益居民区", "310104007028", Committee, "310104007000"},
		{"恒益居委", "310104007028", Committee, "310104007000"},
		{"恒益社区", "310104007028", Committee, "310104007000"},
		{"凌云新村", "310104015039", Estate, "310104015000"},
		{"梅陇三村", "310104015035", Estate, "310104015000"},
		{"日晖六村", "310104007003", Estate, "310104007000"},
		{"日晖六村", "310104007004", Estate, "310104007000"},
		{"日晖六村居民区", "310104007004", Committee, "310104007000"},
		{"漕开发", "310104501000", Local, "310104000000"},
		{"北唐村", "310120111212", Committee, "310120111000"},
		{"北唐村委会", "310120111212", Committee, "310120111000"},
		{"北唐社区", "310120111004", Committee, "310120111000"},
		{"古美路街道", "310112006000", Official, ""},
		{"古美街道", "310112006000", Former, ""},
		{"头桥街道", "310120004000", Official, ""},
	}
	for _, tt := range tests {
		c, ok := find(g.Lookup(tt.surface), tt.code)
		if assert.True(t, ok, "%s → %s", tt.surface, tt.code) {
			assert.Equal(t, tt.kind, c.Alias, tt.surface)
			assert.Equal(t, tt.scope, c.Scope, tt.surface)
			assert.Equal(t, tt.surface, c.Surface)
		}
	}
	// collisions keep every candidate
	assert.GreaterOrEqual(t, len(g.Lookup("新华街道")), 27)
	cs := g.Lookup("龙华区")
	assert.Len(t, cs, 2)
	assert.Nil(t, g.Lookup("不存在的地方"))
	assert.Nil(t, g.Lookup("市辖区"))
	// official first
	cs = g.Lookup("长桥街道")
	require.NotEmpty(t, cs)
	assert.Equal(t, Official, cs[0].Alias)
}

func TestAliasesListed(t *testing.T) {
	g := Default()
	as := g.Aliases()
	assert.Greater(t, len(as), 40000)
	seen := map[AliasKind]int{}
	for _, a := range as {
		seen[a.Kind]++
		assert.NotEqual(t, Official, a.Kind)
		_, ok := g.ByCode(a.Code)
		assert.True(t, ok, a.Code)
		assert.True(t, g.Has(a.Surface))
	}
	for _, k := range []AliasKind{Former, Local, RoadStreet, Short, Bare, Committee, Estate} {
		assert.Greater(t, seen[k], 0, k)
	}
	assert.Equal(t, 44, seenRoadStreetShanghai(as))
}

func seenRoadStreetShanghai(as []Alias) int {
	n := 0
	for _, a := range as {
		if a.Kind == RoadStreet && a.Code[:2] == "31" {
			n++
		}
	}
	return n
}

func TestLoadBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var g *Gazetteer
	el := time.Hour
	for range 3 { // best of three: the machine may be busy
		start := time.Now()
		var err error
		g, err = load(divisionsData, overridesData)
		el = min(el, time.Since(start))
		require.NoError(t, err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	heap := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("load %v, heap %.1f MB, %d divisions, %d aliases", el, float64(heap)/1e6, len(g.divs), len(g.aliasAt))
	runtime.KeepAlive(g)
	assert.Less(t, heap, int64(30<<20))
	// the load time is measured by BenchmarkLoad, not asserted here: a
	// timed unit test fails on a busy machine
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(divisionsData, overridesData); err != nil {
			b.Fatal(err)
		}
	}
}

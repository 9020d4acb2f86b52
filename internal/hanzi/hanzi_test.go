package hanzi

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"徐汇区斜土路街道", "徐汇区斜土路街道"},
		{"虹口區楓林街道", "虹口区枫林街道"},
		{"記者 張三報導", "记者 张三报导"},
		{"中峰鎮人民政府", "中峰镇人民政府"},
		{"網訊:ABC 123", "网讯:ABC 123"},
	} {
		got := Key(c.in)
		assert.Equal(t, c.want, got, c.in)
		assert.Equal(t, utf8.RuneCountInString(c.in), utf8.RuneCountInString(got), "rune count of %q", c.in)
	}
}

func TestKeyNoAlloc(t *testing.T) {
	s := "居民区党总支书记主持会议"
	assert.Zero(t, testing.AllocsPerRun(10, func() { _ = Key(s) }))
}

func TestTableSorted(t *testing.T) {
	for i := 2; i < len(table); i += 2 {
		require.Less(t, table[i-2], table[i], "table not sorted at pair %d", i/2)
	}
	for i := 0; i < len(table); i += 2 {
		require.Equal(t, table[i+1], Simplify(table[i]))
		require.NotEqual(t, table[i], table[i+1])
	}
	assert.False(t, IsTraditional('区'))
	assert.True(t, IsTraditional('區'))
	assert.Equal(t, 'a', Simplify('a'))
}

func TestPinyinResidue(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // the residue, "" for none
	}{
		{"(qū)人民政府", "(qū)"},
		{"（zhèn）", "（zhèn）"},
		{"(shè qū)居委会", "(shè qū)"},
		{"(shèqū)", "(shèqū)"},
		{"(lǜ)", "(lǜ)"},
		{"(a)", ""},     // no tone mark: an ordinary list label
		{"(km)", ""},    // a unit
		{"(qū", ""},     // unclosed
		{"()", ""},      // empty
		{"(qū )", ""},   // trailing space
		{"( qū)", ""},   // leading space
		{"(Qū)", ""},    // capitals are not residue
		{"(qū1)", ""},   // digits are not residue
		{"qū)", ""},     // no bracket
		{"(记者 张三)", ""}, // Han text
		{"(" + strings.Repeat("ā", maxResidue+1) + ")", ""}, // too long
	} {
		n := PinyinResidue(c.in)
		assert.Equal(t, c.want, c.in[:n], c.in)
	}
}

// TestTableCurrent regenerates the table and compares it with the committed
// one. It needs the module cache or the proxy, so it is skipped in -short
// mode and when the module cannot be had.
func TestTableCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerates the table: not in -short mode")
	}
	out := filepath.Join(t.TempDir(), "table.go")
	cmd := exec.Command("go", "run", "./internal/gen", "-o", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("cannot regenerate the table here (%v): %s", err, b)
	}
	want, err := os.ReadFile(out)
	require.NoError(t, err)
	got, err := os.ReadFile("table.go")
	require.NoError(t, err)
	assert.True(t, string(want) == string(got), "table.go is stale: run go generate ./internal/hanzi")
}

// TestTraditionalBMP checks the set against Simplify for every character
// of the Basic Multilingual Plane.
func TestTraditionalBMP(t *testing.T) {
	set := TraditionalBMP()
	n := 0
	for r := rune(0); r <= 0xFFFF; r++ {
		want := Simplify(r) != r
		if want {
			n++
		}
		require.Equal(t, want, set[r>>6]&(1<<(r&63)) != 0, "%U", r)
	}
	assert.Greater(t, n, 2000)
}

// BenchmarkTraditionalBMP measures the set the detectors build on first
// use.
func BenchmarkTraditionalBMP(b *testing.B) {
	for b.Loop() {
		TraditionalBMP()
	}
}

// TestSimplifyFilter checks Simplify, with its bit-set fast path, against a
// plain search of the table for every rune.
func TestSimplifyFilter(t *testing.T) {
	m := map[rune]rune{}
	for i := 0; i < len(table); i += 2 {
		m[table[i]] = table[i+1]
	}
	for r := rune(0); r <= 0x10FFFF; r++ {
		want, ok := m[r]
		if !ok || r < 0x3400 {
			want = r
		}
		if got := Simplify(r); got != want {
			t.Fatalf("Simplify(%U) = %U, want %U", r, got, want)
		}
	}
}

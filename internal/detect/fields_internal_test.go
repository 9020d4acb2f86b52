package detect

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// unlabelledAllParts is unlabelled as it was first written, splitting the
// whole text before reading a part: the definition the lazy reading must
// match.
func unlabelledAllParts(inner string) []Credit {
	parts := strings.FieldsFunc(strings.TrimSpace(inner), isNameSep)
	var out []Credit
	for k := 0; k < len(parts); k++ {
		p := parts[k]
		if utf8.RuneCountInString(p) == 1 && k+1 < len(parts) && utf8.RuneCountInString(parts[k+1]) == 1 {
			p += parts[k+1]
			k++
		}
		if !nameShaped(p) {
			return nil
		}
		out = append(out, Credit{Role: Reporter, Name: p})
	}
	if len(out) == 0 || len(out) > 4 {
		return nil
	}
	return out
}

// TestUnlabelledLazy checks unlabelled against the definition on texts
// made of names, single characters, separators and other text.
func TestUnlabelledLazy(t *testing.T) {
	pieces := []string{"张三", "李四", "王", "伟", "欧阳明华", "張偉", "的", "、", "，", ",", " ", "\u3000", "记者", "。", "a", "\xe5", "陈(chén)"}
	rng := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		require.Equal(t, unlabelledAllParts(s), unlabelled(s), "%q", s)
	}
}

// TestTrimRightSpaces checks trimRightSpaces against strings.TrimRight,
// broken bytes before the spaces among the cases.
func TestTrimRightSpaces(t *testing.T) {
	parts := []string{"中", " ", "\t", "\u3000", "\x80\x80", "\xe3", "\xe3\x80", "a", "）"}
	var gen func(prefix string, depth int)
	gen = func(prefix string, depth int) {
		if got, want := trimRightSpaces(prefix), strings.TrimRight(prefix, " \t\u3000"); got != want {
			t.Fatalf("trimRightSpaces(%q) = %q, want %q", prefix, got, want)
		}
		if depth == 0 {
			return
		}
		for _, p := range parts {
			gen(prefix+p, depth-1)
		}
	}
	gen("", 5)
}

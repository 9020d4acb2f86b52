package layout

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// repairsOf returns the repairs of kind k.
func repairsOf(d *Document, k RepairKind) []Repair {
	var out []Repair
	for _, r := range d.Repairs {
		if r.Kind == k {
			out = append(out, r)
		}
	}
	return out
}

func TestPinyinResidue(t *testing.T) {
	cases := []struct {
		in, want string
		before   []string // the residues removed, in order, as their spans give them
	}{
		{"福田區(qū)華富街道召開會議。", "福田區華富街道召開會議。", []string{"(qū)"}},
		{"社区(shèqū)居民议事会成立。", "社区居民议事会成立。", []string{"(shèqū)"}},
		{"沙县（shā xiàn）夏茂镇(zhèn)举行活动。", "沙县夏茂镇举行活动。", []string{"（shā xiàn）", "(zhèn)"}},
		// not residue: plain letters, an abbreviation, no Chinese character before
		{"全长5(km)的绿道建成。", "全长5(km)的绿道建成。", nil},
		{"成立了工作专班(PPP)。", "成立了工作专班（PPP）。", nil},
		{"(qū)开头的一行。", "(qū)开头的一行。", nil},
	}
	for _, c := range cases {
		d := analyze(t, c.in)
		require.Len(t, d.Blocks, 1, c.in)
		assert.Equal(t, c.want, d.Blocks[0].Text, c.in)
		rs := repairsOf(d, RepairPinyin)
		var got []string
		for _, r := range rs {
			got = append(got, string(d.Source[r.Span.Start:r.Span.End]))
			assert.Equal(t, r.Before, string(d.Source[r.Span.Start:r.Span.End]))
			assert.Empty(t, r.After)
		}
		assert.Equal(t, c.before, got, c.in)
		checkInvariants(t, d)
	}
}

func TestLetterSpacing(t *testing.T) {
	cases := []struct {
		name, in, want string
		closed         int // spaces removed as letter spacing
	}{
		{"report title", "政 府 工 作 报 告", "政府工作报告", 5},
		{"two characters", "公 告", "公告", 1},
		{"a subdistrict's name", "长 寿 路 街 道", "长寿路街道", 4},
		{"wide spacing", "通\u3000\u3000知", "通知", 2},
		{"names spaced inside and between", "丁 宁  贝 蕾", "丁宁 贝蕾", 2},
		{"OCR spaces around punctuation", "今 天 上 午 ， 区 里 开 会 。", "今天上午，区里开会。", 6},
		{"a list of directions", "东 南 西 北", "东 南 西 北", 0},
		{"a list in traditional characters", "東 南 西 北", "東 南 西 北", 0},
		{"a font-size chooser", "大 中 小", "大 中 小", 0},
		{"words spaced as words", "区委 区政府 召开 会议", "区委 区政府 召开 会议", 0},
		{"a spaced run beside a word", "第 一 章 总则", "第 一 章 总则", 0},
		{"a byline", "记者 王 伟", "记者 王 伟", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := analyze(t, c.in)
			require.NotEmpty(t, d.Blocks)
			assert.Equal(t, c.want, d.Blocks[0].Text)
			rs := repairsOf(d, RepairLetterSpacing)
			assert.Len(t, rs, c.closed)
			for _, r := range rs {
				assert.Equal(t, r.Before, string(d.Source[r.Span.Start:r.Span.End]))
				assert.Empty(t, strings.TrimSpace(r.Before), "only white space is removed")
			}
			checkInvariants(t, d)
		})
	}
}

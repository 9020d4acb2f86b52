package detect

import (
	"strings"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
)

// Tail finds the credit that closes an item and returns its credits and
// the byte offset in s where it starts, or (nil, -1):
//
//   - a bracketed byline: …推广。（记者 张三 通讯员 李四）, also with an
//     OCR-damaged opening bracket (…。《记者 张三）);
//   - unlabelled author names in brackets after a sentence end, which
//     Chinese papers use for the writer: …。（张三）, …。(张三 李四),
//     also after the writer's unit: (某某镇人大 张三);
//   - names between middle dots: …。·张三·, ·张三 李四·;
//   - a byline after the last sentence: …。 通讯员 张三;
//   - a bracketed metadata field that ends an item: （责任编辑：X）,
//     (来源：X), （原标题：…）; its credits may be empty.
//
// Unlabelled names must be name-shaped (two to four characters opening
// with a common surname; not 完, 续, 图片 …) and are credited as
// reporters. A tail may be the whole of s (a line of its own). Trailing
// white space and table bars are ignored. Tails stack
// ((记者 张三)(责任编辑：李四)): call Tail again on s[:start] for the one
// before.
func Tail(s string) ([]Credit, int) {
	t := strings.TrimRightFunc(s, func(r rune) bool { return cjk.IsSpace(r) || r == '|' || r == '｜' })
	if t == "" {
		return nil, -1
	}
	if start, inner := LastGroup(t, true); start >= 0 {
		if cs, ok := Byline(inner); ok && len(cs) > 0 {
			return cs, start
		}
		open, _ := utf8.DecodeRuneInString(t[start:])
		if open == '(' || open == '（' || open == '【' || open == '[' {
			if fs, ok := MetaLine(inner); ok {
				var cs []Credit
				for k := range fs {
					cs = append(cs, fs[k].Credits()...)
				}
				return cs, start
			}
		}
		if (open == '(' || open == '（') && tailFollows(t[:start]) {
			if cs := unlabelledCredits(inner); cs != nil {
				return cs, start
			}
		}
		return nil, -1
	}
	if start := lastSentenceEnd(t); start > 0 && start < len(t) {
		// …羊毛裤。 通讯员 张三: a byline after the last sentence
		if cs, ok := Byline(t[start:]); ok && len(cs) > 0 && hasWriter(cs) {
			return cs, start
		}
	}
	last, ln := utf8.DecodeLastRuneInString(t)
	if !isDot(last) {
		return nil, -1
	}
	body := t[:len(t)-ln]
	start := strings.LastIndexFunc(body, isDot)
	if start < 0 || len(body)-start > 60 {
		return nil, -1
	}
	if !tailFollows(t[:start]) {
		return nil, -1
	}
	_, dn := utf8.DecodeRuneInString(t[start:])
	if cs := unlabelled(body[start+dn:]); cs != nil {
		return cs, start
	}
	return nil, -1
}

// tailFollows reports whether an unlabelled author tail may follow
// before: nothing, white space, or the end of a sentence.
func tailFollows(before string) bool {
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if cjk.IsSpace(r) {
		return true
	}
	b := strings.TrimRightFunc(before, cjk.IsSpace)
	if b == "" {
		return true
	}
	r, _ = utf8.DecodeLastRuneInString(b)
	return cjk.IsSentenceEnd(r) || r == '”' || r == '’' || r == '」' || r == '』' || r == '）' || r == ')'
}

// unlabelled reads one to four name-shaped names separated by white space,
// 、 or ，, as reporters; two single characters separated by one space are
// one name (王 伟). It returns nil when any part is not name-shaped.
func unlabelled(inner string) []Credit {
	// the parts are read one at a time, as the first that is not a name
	// or a fifth name settles it (most texts asked are sentences)
	parts := fields{s: strings.TrimSpace(inner)}
	var out []Credit
	p, ok := parts.next()
	for ok {
		q, qok := parts.next()
		if utf8.RuneCountInString(p) == 1 && qok && utf8.RuneCountInString(q) == 1 {
			p += q
			q, qok = parts.next()
		}
		if !nameShaped(p) {
			return nil
		}
		out = append(out, Credit{Role: Reporter, Name: p})
		if len(out) > 4 {
			return nil
		}
		p, ok = q, qok
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// fields reads the parts of s between runs of the separators of names
// (white space, 、 and commas) one at a time: the parts
// strings.FieldsFunc returns, in order.
type fields struct{ s string }

func isNameSep(r rune) bool { return r == '、' || r == '，' || r == ',' || r == ' ' || r == '\u3000' }

func (f *fields) next() (string, bool) {
	s := strings.TrimLeftFunc(f.s, isNameSep)
	if s == "" {
		f.s = ""
		return "", false
	}
	end := strings.IndexFunc(s, isNameSep)
	if end < 0 {
		end = len(s)
	}
	f.s = s[end:]
	return s[:end], true
}

// lastSentenceEnd returns where the text after the last sentence end of t
// starts (white space skipped), 0 when t has no sentence end, len(t) when
// t ends with one.
func lastSentenceEnd(t string) int {
	for i := len(t); i > 0; {
		r, n := cjk.DecodeLastFast(t, i)
		if n == 0 {
			r, n = utf8.DecodeLastRuneInString(t[:i])
		}
		if cjk.IsSentenceEnd(r) || r == '”' {
			return skipSpace(t, i)
		}
		i -= n
	}
	return 0
}

// hasWriter reports whether the credits name a writer.
func hasWriter(cs []Credit) bool {
	for _, c := range cs {
		if c.Role.Writes() {
			return true
		}
	}
	return false
}

// unlabelledCredits reads the names of a bracket with no role word, as
// reporters: (张三 李四), also after the writer's unit (某某镇人大 张三).
func unlabelledCredits(inner string) []Credit {
	if cs := unlabelled(inner); cs != nil {
		return cs
	}
	in := strings.TrimSpace(inner)
	n, _ := hanRun(in, false)
	if n == 0 || !isOrg(in[:n]) {
		return nil
	}
	j := skipSepRunes(in, n)
	if j == n {
		return nil
	}
	return unlabelled(in[j:])
}

// bracketCredits reads the credits of a bracket after a dateline or
// opening a paragraph: a byline (记者 张三), unlabelled names (张三 李四),
// or unlabelled names followed by a byline (张三 摄影：李四).
func bracketCredits(inner string) []Credit {
	if cs, ok := Byline(inner); ok && len(cs) > 0 {
		return cs
	}
	if cs := unlabelledCredits(inner); cs != nil {
		return cs
	}
	in := strings.TrimSpace(inner)
	for i := 0; i < len(in); {
		r, n := utf8.DecodeRuneInString(in[i:])
		if isSep(r) {
			if _, m := RoleAt(in[skipSepRunes(in, i):]); m > 0 {
				head := unlabelled(in[:i])
				rest, ok := Byline(in[i:])
				if head != nil && ok {
					return append(head, rest...)
				}
				return nil
			}
		}
		i += n
	}
	return nil
}

// LeadCredits reads the credits that open a paragraph (or follow its
// dateline) and returns them with the bytes they take, separators after
// them not included; (nil, 0) when the text opens with none:
//
//   - a bracket holding a byline or unlabelled names: （记者 张三）,
//     (张三 李四), 《记者 张三） with an OCR-damaged bracket;
//   - role words and names standing before the text, each name followed
//     by white space: 本报记者 张三 1日一早，…
func LeadCredits(s string) ([]Credit, int) {
	if inner, n := Group(s, true); n > 0 {
		if cs := bracketCredits(inner); cs != nil {
			return cs, n
		}
		return nil, 0
	}
	if _, n := RoleAt(s); n == 0 {
		return nil, 0
	}
	return leadingCredits(s)
}

// Names reads a line made of unlabelled personal names only (张三,
// 张三 李四): the bare byline of an e-paper page. Each name must be
// name-shaped ([NameLike] without middle dots); at most four.
func Names(s string) []Credit {
	return unlabelled(s)
}

package detect

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/civicnews/civicnews/internal/cjk"
	"github.com/civicnews/civicnews/internal/hanzi"
)

// Dateline is the dateline that opens a story, and the byline glued to it.
type Dateline struct {
	Token string // the dateline exactly as written: 本报3月20日讯, 中华网(wǎng)讯, 新華社北京12月2日電
	Start int    // where Token starts in the text
	End   int    // where Token ends
	// Credits are the names of a byline written right after the dateline,
	// in brackets (本报讯（记者 张三 通讯员 李四）, also with an
	// OCR-damaged 《 or 〈) or spaced out (本报讯 记者 张三 近日…).
	Credits []Credit
	// Body is where the story's text starts: after the token, the glued
	// byline and the separators that follow them.
	Body int
}

// maxDatelineRunes bounds the characters a dateline may take.
const maxDatelineRunes = 40

// reDateline matches a dateline in the key view (simplified, pinyin
// residue removed): an optional 据, a source (本报, 本网 … or one to
// three media names joined by ·), a place and a date, or nothing, an
// optional 综合, and 讯, 电 or 消息.
var reDateline = regexp.MustCompile(`^(据)?(本报|本网|本台|本刊|本站|(?:[\p{Han}A-Za-z0-9]{1,14}?(?:报|网|台|社|刊|在线|客户端|新闻|频道|之声|融媒|APP)[·・]?){1,3}?)` +
	`(?:(\p{Han}{0,8}?)((?:(?:\d{4}|[〇零一二三四五六七八九]{4})年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日))?` +
	`(综合)?(讯|电|消息)`)

// datelineView is the opening of a text read through the key, with pinyin
// residue dropped, and the source offset of every key byte.
type datelineView struct {
	key []byte
	off []int // off[k] is the source offset of key byte k; off[len(key)] the end

	keyBuf [maxDatelineRunes * utf8.UTFMax]byte
	offBuf [maxDatelineRunes*utf8.UTFMax + 1]int
}

// viewPool holds views for reuse: a view is large, and the regular
// expression makes it escape.
var viewPool = sync.Pool{New: func() any { return new(datelineView) }}

func (v *datelineView) build(s string, i int) {
	v.key, v.off = v.keyBuf[:0], v.offBuf[:0]
	prevHan := false
	for runes := 0; i < len(s) && runes < maxDatelineRunes; runes++ {
		if prevHan {
			if n := hanzi.PinyinResidue(s[i:]); n > 0 {
				i += n
				prevHan = false
				continue
			}
		}
		r, n := cjk.DecodeFast(s, i)
		if n == 0 {
			r, n = cjk.Decode(s, i)
		}
		k := simplify(r)
		if k == utf8.RuneError {
			break
		}
		at := len(v.key)
		v.key = utf8.AppendRune(v.key, k)
		for range len(v.key) - at {
			v.off = append(v.off, i)
		}
		prevHan = cjk.IsHan(r)
		i += n
	}
	v.off = append(v.off, i)
}

// wordAfter lists characters that, right after 讯 or 电, make the
// character part of a word (讯息, 电话) rather than the end of a dateline.
var wordAfter = map[string]string{
	"讯": "息问号录速",
	"电": "话视影力子网商动器脑报站池源梯线缆费压流台讯邮",
}

// FindDateline finds the dateline that opens s (after white space and
// marks such as ■, or inside 【】): 本报讯, 本报3月20日讯, 本网讯, 某某报讯,
// 某某网讯, 某某新闻网7月23日讯, 某客户端·某新闻网2023年3月14日讯,
// 新华社北京3月5日电, 据新华社…电, 某某网消息, 某某网综合讯, read through
// the simplified key (本報訊, 網訊) and past pinyin residue (網(wǎng)訊).
// A bracketed byline right after it is read into Credits, also with an
// OCR-damaged opening bracket (本报讯《记者 张三）), and so is a spaced
// one (本报讯 记者 张三 …). It reports false when s opens with no
// dateline.
func FindDateline(s string) (Dateline, bool) {
	i := skipMarks(s, 0)
	wrapped := rune(0)
	if r, n := utf8.DecodeRuneInString(s[i:]); r == '【' || r == '[' || r == '［' || r == '〔' {
		wrapped = Closer(r)
		i += n
	}
	// a dateline ends with 讯, 电 or 息 (消息) in its first few characters,
	// and it opens with 本 or 据, or names a paper, a site or an agency
	// before them
	found, named := false, false
	for j, runes := i, 0; j < len(s) && runes < maxDatelineRunes; runes++ {
		r, n := cjk.DecodeFast(s, j)
		if n == 0 {
			r, n = cjk.Decode(s, j)
		}
		if runes == 0 && (r == '本' || r == '据' || r == '據') {
			named = true
		}
		switch r {
		case '讯', '訊', '电', '電', '息':
			found = named
		case '报', '報', '网', '網', '台', '社', '刊', '线', '線', '端', '闻', '聞', '道', '声', '聲', '媒', 'P':
			named = true
		case '，', '。', '；', '！', '？':
			runes = maxDatelineRunes // no dateline holds clause punctuation
		}
		if found {
			break
		}
		j += n
	}
	if !found || !named {
		return Dateline{}, false
	}
	v := viewPool.Get().(*datelineView)
	defer viewPool.Put(v)
	v.build(s, i)
	m := reDateline.FindSubmatchIndex(v.key)
	if m == nil {
		return Dateline{}, false
	}
	key := string(v.key)
	source := key[m[4]:m[5]]
	hasDate := m[8] >= 0
	term := key[m[12]:m[13]]
	if m[2] >= 0 && strings.HasPrefix(source, "本") {
		return Dateline{}, false // 据本报讯 is not written
	}
	if !strings.HasPrefix(source, "本") && !isMediaName(strings.Trim(source, "·・")) {
		return Dateline{}, false
	}
	for _, part := range strings.FieldsFunc(source, func(r rune) bool { return r == '·' || r == '・' }) {
		if !strings.HasPrefix(part, "本") && !isMediaName(part) {
			return Dateline{}, false
		}
	}
	if m[6] >= 0 {
		for _, r := range key[m[6]:m[7]] {
			if notMediaRunes[r] {
				return Dateline{}, false
			}
		}
	}
	if term == "电" && !hasDate && !strings.HasSuffix(source, "社") {
		return Dateline{}, false // 新华社电, but not 某网电
	}
	if after, _ := utf8.DecodeRuneInString(key[m[1]:]); strings.ContainsRune(wordAfter[term], after) {
		return Dateline{}, false
	}
	d := Dateline{Start: i, End: v.off[m[1]]}
	d.Token = s[d.Start:d.End]
	j := d.End
	if wrapped != 0 {
		if r, n := utf8.DecodeRuneInString(s[j:]); r == wrapped {
			j += n
		} else {
			return Dateline{}, false
		}
	}
	j = skipDatelineSep(s, j)
	if cs, n := LeadCredits(s[j:]); n > 0 {
		d.Credits = cs
		j = skipDatelineSep(s, j+n)
	}
	d.Body = j
	return d, true
}

// skipDatelineSep skips what stands between a dateline, its byline and the
// body: white space, colons and commas.
func skipDatelineSep(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !cjk.IsSpace(r) && !isColon(r) && r != '，' && r != ',' {
			break
		}
		i += n
	}
	return i
}

// OpensWithDateline reports whether s opens with a dateline at its first
// byte, with no mark before it.
func OpensWithDateline(s string) bool {
	dl, ok := FindDateline(s)
	return ok && dl.Start == 0
}

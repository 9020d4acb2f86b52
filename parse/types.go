package parse

import "github.com/civicnews/civicnews/layout"

// Kind is the kind of page a text was taken from.
type Kind string

// Kinds of page.
const (
	Newspaper Kind = "newspaper" // a newspaper page or issue
	Report    Kind = "report"    // a government report or document
	Web       Kind = "web"       // a web page (navigation and footers present)
)

// Document is a parsed page: its masthead, articles and the boilerplate
// that belongs to neither. Every block of the layout ends up in exactly one
// of them.
type Document struct {
	Kind        Kind
	Masthead    *Masthead // nil when the text has none
	Articles    []Article
	Boilerplate []Boilerplate
	// Repairs lists the repairs parse made on top of layout's; parse makes
	// none at present. Layout's own are in Layout.Repairs.
	Repairs []layout.Repair
	// Layout is the layout analysis the document was parsed from.
	Layout *layout.Document
}

// Masthead holds the fields of a newspaper's masthead. Unknown numbers are 0
// and unknown strings empty.
type Masthead struct {
	Paper         string // 徐汇报
	PaperEN       string // SHANGHAI COMMUNITY NEWS
	Edition       string // an edition or community name printed with the paper's name (老西门)
	Date          string // YYYY-MM-DD
	Weekday       string // 星期一
	Issue         int    // 第N期
	TotalIssue    int    // 总第N期
	Pages         int    // 本期N版
	NextIssueDate string // 下期出版, as YYYY-MM-DD
	Permit        string // the 准印证号 value, e.g. (B)0150
	CN            string // CN 31-0001
	ISSN          string // ISSN 1234-5678
	Publisher     string // the units that publish it (老西门街道党工委、办事处)
	URL           string
	Slogan        string        // a slogan set in spaced-out characters, joined (自家门口这点事)
	Spans         []layout.Span // the source spans of the masthead's lines

	nextY, nextM, nextD int // 下期出版 as printed, before resolution
}

// Article is one article of a page.
type Article struct {
	Kicker         string   // 引题: the line(s) above the title
	Title          string   // 主题: the main headline
	Subtitle       string   // 副题: the line(s) below the title
	Reporters      []string // 记者, and authors (文/)
	Correspondents []string // 通讯员
	Interns        []string // 实习生
	Photographers  []string // 摄影, 图/
	Dateline       string   // 本报讯, 本报7月18日讯, 新华社北京7月18日电
	Date           string   // YYYY-MM-DD, or empty when the year (or the date) is unknown
	DateText       string   // the date as written (7月18日上午), or empty
	Source         string   // 徐汇区生态环境局 for a line (来源：徐汇区生态环境局)
	// Front holds what stands between the headline and the body and is
	// neither: a standfirst, a photo caption, a report's header lines
	// (speaker, document number).
	Front      []Paragraph
	Paragraphs []Paragraph
	// Spans are the source spans of everything that belongs to the
	// article: headline, byline, dateline, paragraphs and source line.
	Spans []layout.Span

	headLines []*layout.Block // the blocks of the headline
}

// Headline returns kicker, title and subtitle joined by spaces, skipping
// empty parts.
func (a *Article) Headline() string {
	s := ""
	for _, p := range []string{a.Kicker, a.Title, a.Subtitle} {
		if p == "" {
			continue
		}
		if s != "" {
			s += " "
		}
		s += p
	}
	return s
}

// Paragraph is a paragraph of an article's body, or an in-article heading.
type Paragraph struct {
	Text    string
	Heading bool          // an in-article section heading (小标题) or a sidebar label (延伸阅读)
	Spans   []layout.Span // the source spans it was made from
	// segs map Text back to the blocks it was made from, in order.
	segs []seg
}

// seg is a run of a paragraph's text taken from a block's text.
type seg struct {
	block *layout.Block
	from  int // offset in the block's text
	n     int // bytes
}

// SourceSpans returns the source spans that the bytes [start, end) of the
// paragraph's Text were made from.
func (p *Paragraph) SourceSpans(start, end int) []layout.Span {
	var out []layout.Span
	at := 0
	for _, s := range p.segs {
		lo, hi := max(start, at), min(end, at+s.n)
		if lo < hi {
			out = append(out, s.block.SourceSpans(s.from+lo-at, s.from+hi-at)...)
		}
		at += s.n
	}
	return out
}

// Boilerplate is a piece of the input that belongs to no article and to no
// masthead field.
type Boilerplate struct {
	Text   string
	Reason string // qr-prompt, app-promo, navigation, web-footer, page-furniture, caption, stray
	Spans  []layout.Span
}

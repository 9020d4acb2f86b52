// Package parse understands a newspaper, web or government page: it takes
// the blocks of package layout, with the label the line model gave each
// line (body, headline, byline, furniture, section heading, other), and
// finds the masthead, the articles and the boilerplate.
//
// [Parse] (or [FromLayout] on a layout already analysed) returns a
// [Document]:
//
//   - the [Masthead], where the page has one: paper name (徐汇报, 社区晨报
//     with its English name), 第N期, 总第N期, 本期N版, the date and weekday,
//     下期出版 resolved to a full date, the 准印证号 value, CN/ISSN numbers, the
//     publishing units (…联合出版, 主办), the URL, a slogan set in spaced-out
//     characters, and an edition or community name printed beside the
//     paper's name. Other lines among the masthead's are stray boilerplate.
//   - the [Article]s. An article starts at a run of headline lines (a copy
//     of the headline before the body is the same headline), and, where the
//     model labelled no headline, at the line most likely a headline among
//     the boilerplate just before the body, or at a body with none (a page
//     with no headline has an article with an empty title). A headline
//     group is split into kicker, title and subtitle; a dash line or a line
//     likely a headline below it is its subtitle, a section line or a
//     likely headline line right above it its kicker. A dateline inside a
//     body opens a new story. Bylines (记者, 通讯员, 实习生, 摄影, 文/, 图/,
//     bare names, (张三 李四), ·张三·) are read at the top, at the end, in
//     brackets after a dateline or closing a paragraph, and on metadata
//     lines (作者：X, 来源：某报 X), all with package internal/detect; the
//     dateline (本报讯, 某某网讯, 新华社…电, 本報訊) is taken off the first
//     paragraph; editor and source fields closing a paragraph are
//     boilerplate. The date comes from a metadata line, the dateline, the
//     headline or the first paragraph, resolved against the year.
//     Standfirsts, captions and report header lines between headline and
//     body are the article's Front; section headings and sidebar labels are
//     paragraphs with Heading set.
//   - the [Boilerplate]: every line the model labelled furniture (any line
//     may be), captions, a headline with no body (a headline list, a
//     cut-off last item), stray lines, each with its reason and source
//     spans.
//
// Every block of the layout ends up in exactly one of masthead, articles and
// boilerplate, so their spans and layout's gaps cover the input exactly
// once. Parse is pure and safe for concurrent use.
package parse

// Package parse understands a newspaper page: it takes the blocks of
// package layout and finds the masthead, the articles and the boilerplate.
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
//   - the [Article]s: a headline group split into kicker, title and
//     subtitle; bylines (记者, 通讯员, 实习生, 摄影, 文/, 图/), at the top, at
//     the end, in brackets after a dateline or closing a paragraph; the
//     dateline (本报讯, 本报X月X日讯, 新华社…电) taken off the first paragraph;
//     the date from the dateline, the headline or the first paragraph,
//     resolved against the year (left empty, with DateText kept,
//     when the year is unknown); the source line (来源：…) or a web page's
//     metadata line; in-article section headings and sidebar labels (延伸阅读)
//     as paragraphs with Heading set; government report sections ((五)…,
//     一、…).
//   - the [Boilerplate]: furniture and captions from layout, and stray lines,
//     each with its reason and source spans.
//
// Scrambled reading order is repaired where the evidence is structural: a
// headless lead at the top of a page is given to the first later headline
// without a lead of its own, and a trailing paragraph after a column break
// is moved to the article whose words it shares. Each such repair is
// logged in [Document.Repairs]. Where a lead is cut in mid-word, a word
// test supplied with [WithSeam] must find a word across the seam (package
// segment offers one); parse itself imports no segmenter.
//
// Every block of the layout ends up in exactly one of masthead, articles and
// boilerplate, so their spans and layout's gaps cover the input exactly
// once. Parse is pure and safe for concurrent use.
package parse

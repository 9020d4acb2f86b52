// Package civicnews turns the broken text of Chinese civic and community
// newspapers (区报, 社区报, 街道报) and local-government pages into clean,
// typed data.
//
// Text extracted by OCR, from PDFs or by web scraping reaches the library
// with lines cut by the page's columns, photo captions dropped inside
// sentences, narrow headlines split one to five characters a line,
// punctuation folded to ASCII and web furniture mixed in. The flow is:
//
//	raw text ──layout──▶ lines and blocks, repaired, with source spans and a repair log
//	         ──parse───▶ masthead, articles (headline, byline, dateline, paragraphs), boilerplate
//	         ──segment─▶ words with byte offsets and part of speech (gse + civic lexicon)
//	         ──entity──▶ divisions, bodies, people, roads, estates; resolved to official names and codes
//
// Each stage is its own package and can be used alone. This package offers
// one call, [Parse], that runs the whole flow with sensible defaults and
// returns a [Document] that marshals to the JSON contract printed by
// examples/newsjson.
//
// Every piece of output points back to the byte ranges of the input it came
// from, and every repair is logged, so nothing of the input is silently lost:
// the spans of the masthead, the articles and the boilerplate, with the
// white space layout dropped, cover the input exactly once.
//
// # Bad input
//
// Parse never panics. Empty or blank input gives a Document with no
// articles. UTF-8 with a BOM, UTF-16 with a BOM and GB18030/GBK (detected,
// or asked for with [WithEncoding]) are decoded; input that is neither
// valid UTF-8 nor valid GB18030 is refused with an error matching
// layout.ErrInvalidUTF8 that names the byte offset. Control characters are
// removed and logged; HTML is read as text with its markup removed and
// logged. Pathological input (a 10 MB line, one character repeated, a
// million tiny lines) takes time and memory linear in its size; a size
// limit can be set with [WithMaxSize] (errors match layout.ErrTooLarge).
//
// # Concurrency
//
// Parse is safe for concurrent use: the segmenter and gazetteer it loads
// once are immutable and shared, and the same input always gives the same
// Document.
package civicnews

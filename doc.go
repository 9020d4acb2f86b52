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
// from, and every repair is logged, so nothing of the input is silently lost.
package civicnews

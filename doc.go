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
// one call, [Parse] (or [ParseReader]), that runs the whole flow with
// sensible defaults and returns a [Document]: the masthead, articles and
// boilerplate of package parse, the repairs of layout and parse, the
// entities and dates of package entity and, with [WithWords], the words of
// every paragraph.
//
// Every piece of output points back to the byte ranges of the input it came
// from, and every repair is logged, so nothing of the input is silently lost:
// the spans of the masthead, the articles and the boilerplate, with the
// white space layout dropped, cover the input exactly once. Spans index the
// input as the caller gave it, whatever its encoding: for GBK or UTF-16
// input, input[s.Start:s.End] holds the GBK or UTF-16 bytes of the text,
// while every Text field is UTF-8.
//
// # JSON
//
// A Document marshals with encoding/json (examples/newsjson prints it) to
// one object. Byte offsets are Go byte offsets, end exclusive; a span is a
// two-element array [start, end] of offsets into the input; dates are
// YYYY-MM-DD; unknown strings are "" and unknown numbers 0.
//
//	{
//	  "schema_version": 1,
//	  "kind": "newspaper",               // or "report", "web"
//	  "masthead": {                      // null when the page has none
//	    "paper": "徐汇报", "paper_en": "", "edition": "",
//	    "date": "2022-07-25", "weekday": "星期一",
//	    "issue": 30, "total_issue": 1684, "pages": 8,
//	    "next_issue_date": "2022-08-01", "permit": "(B)0150",
//	    "cn": "CN 31-0001", "issn": "",  // omitted when empty
//	    "publisher": "", "url": "", "slogan": "",
//	    "spans": [[0, 9], [11, 80]]
//	  },
//	  "articles": [{
//	    "kicker": "", "title": "全力做好我区信访和安稳工作", "subtitle": "",
//	    "reporters": ["刘坤", "朱亮"],   // everyone credited but correspondents
//	    "correspondents": [],
//	    "interns": [], "photographers": [], // omitted when empty
//	    "dateline": "本报讯", "date": "2022-07-20", "date_text": "7月20日下午",
//	    "source": "区信访办",
//	    "paragraphs": [{"text": "区信访工作会议7月20日下午召开。", "heading": false,
//	                    "spans": [[130, 175]]}],
//	    "spans": [[82, 200]]             // everything of the article
//	  }],
//	  "boilerplate": [{"text": "扫描二维码", "reason": "qr-prompt",
//	                   "start": 10, "end": 25, "spans": [[10, 25]]}],
//	  "repairs": [{"kind": "punct", "start": 300, "end": 301,
//	               "detail": "ASCII punctuation in Chinese text", "before": ",", "after": "，"}],
//	  "entities": [{"text": "斜土街道", "kind": "subdistrict", "canonical": "斜土路街道",
//	                "code": "310104007000", "parent": "徐汇区", "title": "",
//	                "article": 0, "paragraph": 2, "start": 15, "end": 27,
//	                "confidence": 0.9, "spans": [[412, 424]]}],
//	  "dates": [{"text": "7月20日", "date": "2022-07-20", "article": 0, "paragraph": 0, "start": 18, "end": 27}],
//	  "words": [{"article": 0, "paragraph": 0,   // with WithWords only
//	             "words": [{"text": "区", "start": 0, "end": 3, "pos": "n"}]}],
//	  "encoding": "utf-8"                // or "gb18030", "utf-16le", "utf-16be"
//	}
//
// The fields are those of [Masthead], [Article], [Paragraph],
// [Boilerplate], [Repair], [Entity], [Date] and [ParagraphWords]. A
// boilerplate's "start" and "end" run from its first span to its last; a
// repair's "start" and "end" are its Span and "detail" its Reason; an
// entity's "start" and "end" are offsets into the text it was found in
// (the paragraph, or the headline part its location names) and its
// "spans" the input bytes of the mention. SchemaVersion changes when a
// field is renamed or removed or changes meaning.
//
// # Bad input
//
// Parse never panics. Empty or blank input gives a Document with no
// articles. UTF-8 with a BOM, UTF-16 with a BOM and GB18030/GBK (detected,
// or asked for with [WithEncoding]; [layout.ParseEncoding] reads names such
// as gbk or UTF8) are decoded. Input that is not valid in the encoding it
// is read in is refused with a [*layout.DecodeError] naming the byte
// offset, which matches [layout.ErrDecode] (and [layout.ErrInvalidUTF8]
// for UTF-8); an unknown encoding gives an error matching
// [layout.ErrUnknownEncoding]. Control characters are removed and logged;
// HTML is read as text with its markup removed and logged. Pathological
// input (a 10 MB line, one character repeated, a million tiny lines) takes
// time and memory linear in its size; a size limit can be set with
// [WithMaxSize] (errors match [layout.ErrTooLarge]), which [ParseReader]
// enforces while reading.
//
// # Concurrency
//
// Parse is safe for concurrent use: the segmenter and gazetteer it loads
// once are immutable and shared, and the same input always gives the same
// Document.
package civicnews

// Package layout repairs text extracted from Chinese newspaper pages by
// OCR, from PDFs or by web scraping, and splits it into typed blocks.
//
// [Analyze] reads the input, decodes it, splits it into lines, repairs each
// line and assembles the lines into blocks:
//
//   - Decoding: UTF-8 with or without a BOM (the BOM is dropped and
//     logged), UTF-16 with a BOM, and GB18030/GBK when asked for with
//     [WithEncoding] or when the input is not valid UTF-8 but is valid
//     GB18030 ([Document.Encoding] and [Document.Detected] say which).
//     Input that is neither is refused with an [*InvalidUTF8Error] naming
//     the offset of the first bad byte. Lines end at \n, \r\n or \r. NUL,
//     other control characters and zero-width characters are removed and
//     logged.
//   - Width and punctuation: ASCII , ; : ! ? ( ) in Chinese context become
//     ，；：！？（）; full-width digits and Latin letters are narrowed;
//     leading white space (U+3000 included) marks an indented paragraph
//     start; spaces between Chinese and numbers are removed
//     (日晖六村 111-113 号 → 日晖六村111-113号) while spaces between Latin
//     words and between the parts of a headline stay. Folding (width.Fold,
//     NFKC) is never applied to the returned text.
//   - Column breaks: the halves of a sentence split across lines (and blank
//     lines) are joined, following Chinese line-breaking rules: a line that
//     starts with ，。、；：？！）》” or follows a line ending in （《“ continues
//     it; a line ending in 。！？… (maybe followed by closing quotes or
//     brackets) ends a paragraph. Headings, bylines and datelines are never
//     joined into body text.
//   - Line labels: every non-blank line gets a [LineLabel] (body, headline,
//     byline, furniture, section, other) from a line model fitted on
//     annotated real pages (internal/linemodel): features of the line and
//     its neighbours, the detectors' answers and general word lists as
//     weak evidence, scored by logistic regression and decoded over the
//     page. [Line.HeadlineP] keeps the model's headline probability. Lines
//     of different labels are not joined, unless the line-breaking rules
//     say one continues the other (the decoder gives such lines one
//     label).
//   - Captions and furniture: a short line that interrupts a cut sentence
//     (marked as a caption, or followed by a line that cannot start a
//     sentence) is lifted out as a [Caption] and the halves are joined
//     around it. Lines the model labels furniture become [Furniture]
//     blocks with a reason (qr-prompt, app-promo, navigation, web-footer,
//     page-furniture, metadata, credit, repost, or furniture).
//   - Narrow columns: three or more adjacent lines of at most six
//     characters are reassembled into headings and a byline
//     (一刻钟 / 「圈住」 / 美好生 / 活 → 一刻钟「圈住」美好生活).
//   - Stray words: a lone English "and" between Chinese words becomes 和.
//
// Every repair is logged in [Document.Repairs] with its kind, source span,
// text before and after, and reason. Every [Block] records the source spans
// it was made from, and [Block.SourceSpans] maps any byte range of its
// repaired text back to the source. The blocks' spans and the dropped
// bytes reported by [Document.Gaps] (line ends, blank lines, indentation,
// a BOM, removed control characters) cover the source exactly once.
//
// # Bad input
//
// Analyze never panics and never drops text silently:
//
//   - empty input or only white space: a Document with no blocks;
//   - invalid UTF-8 that is not valid GB18030 either (binary junk too): an
//     [*InvalidUTF8Error] naming the offset of the first bad byte;
//   - GB18030/GBK: decoded when detected or asked for; UTF-16 with a BOM:
//     decoded; a UTF-8 BOM: dropped and logged;
//   - NUL, other control and zero-width characters: removed, each logged;
//   - HTML: read as text; comments, scripts and styles are dropped whole,
//     block-level tags end lines, other tags are dropped, character
//     references are decoded; each removal is logged as [RepairHTML] and the
//     removed bytes are among the gaps;
//   - one line of 10 MB, 10 MB of one character, a million tiny lines: time
//     and memory linear in the size (8 MB within about ten times 1 MB);
//   - input larger than [WithMaxSize]: an error matching [ErrTooLarge].
//
// [Document.Text] gives the repaired text; analysing it again gives the
// same blocks for real pages.
//
// Package layout knows nothing of articles or entities; package parse
// builds on it. Analyze is pure and safe for concurrent use.
package layout

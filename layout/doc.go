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
//     Input that is neither is refused with a [*DecodeError] naming the
//     offset of the first bad byte. Whatever the encoding, every [Span]
//     indexes the caller's bytes ([Document.Source] is the input), while
//     the Text of lines and blocks is UTF-8. Lines end at \n, \r\n or \r. NUL,
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
//   - Damaged text: pinyin residue that converters leave after a Chinese
//     character is removed (福田區(qū) → 福田區, [RepairPinyin]); the
//     spaces of a letter-spaced word are removed (政 府 工 作 报 告 →
//     政府工作报告, [RepairLetterSpacing], one repair a space) when every
//     space of the line stands between two lone characters or next to
//     clause punctuation, except where the spaced characters are all ones
//     that make lists on their own (东 南 西 北, 是 否); traditional
//     characters stay as written, and the detectors read them through a
//     simplified key (package internal/detect).
//   - OCR'd pages (tesseract, or pdftotext -layout): text columns read
//     straight across the gutters (lines holding two or more columns
//     side by side, separated by runs of spaces, or by a quote or bar OCR
//     read in the gutter, at consistent positions) are split back into
//     columns and read one after the other, each split logged as
//     [RepairColumns]; rows beside a photo keep their column, and a
//     vertical headline set in a strip beside the text is read first. The
//     width of the page's column lines is read from the page: a line as
//     wide as its neighbours with no sentence end runs on across a blank
//     line or a column break, a short line with a sentence end closes
//     its paragraph, a full-width line is no heading, and a short line
//     inside a sentence cut at a column's foot (a caption, a byline) is
//     lifted out. Running heads, page labels, dates and page numbers are
//     page furniture wherever they stand ([IsRunningHead]). Brackets OCR
//     misread around a byline (本报讯〈记者 张三)) are restored
//     ([RepairOCRBracket]), the dash opening a subtitle read as 一一 is
//     restored ([RepairOCRDash]) and the subtitle stands apart from its
//     headline and the body, and a vertical headline of two phrase columns
//     read across, a character of each a line, is reassembled right
//     column first. None of this applies to text without column lines.
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
//   - invalid UTF-8 that is not valid GB18030 either (binary junk too): a
//     [*DecodeError] naming the offset of the first bad byte, matching
//     [ErrDecode] and [ErrInvalidUTF8]; input not valid in the encoding
//     asked for with [WithEncoding]: a [*DecodeError] matching [ErrDecode]
//     (and [ErrInvalidUTF8] for UTF-8); an encoding the package does not
//     know: an error matching [ErrUnknownEncoding];
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

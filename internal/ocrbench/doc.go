// Package ocrbench holds the placement truth of pages rendered and read
// back with OCR, and scores a parse of the OCR text against it.
//
// A [Page] records what was printed where: every article's headline,
// byline and dateline, every paragraph with its lines and the columns they
// were set in, the captions that interrupt paragraphs, and the page
// furniture (running heads, page labels, dates, page numbers). [Score]
// compares a [Result] (what a parser made of the OCR text: articles with
// their paragraphs, reporters and datelines) with that truth and returns
// [Counts]; [FromDocument] makes a Result from [civicnews.Document] and
// [Baseline] the trivial one: tesseract's blank-line blocks as
// paragraphs of one article.
//
// Text is compared after [Normalize]: only Chinese characters, letters and
// digits are kept, so OCR's spacing and punctuation noise does not count,
// and a paragraph is recovered when the edit distance between the truth
// and one output paragraph is at most [Tolerance] of the truth's length:
// OCR's character errors pass, a neighbour merged in or a caption left
// inside does not.
//
// The renderer that makes the pages lives in the examples/ocrbench module
// (it needs golang.org/x/image); this package needs nothing beyond the
// library, so its golden tests run without tesseract.
package ocrbench

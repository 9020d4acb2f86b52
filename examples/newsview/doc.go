// Command newsview parses one page with civicnews and writes a
// self-contained HTML view of it: the source text with every span coloured
// by what became of it (masthead, kicker, title, subtitle, byline, body,
// caption, boilerplate with its reason), the repairs and entities marked
// (hover for the details), and the parsed articles beside it. The file
// makes no network request and shows the page's own markup as text.
//
//	go run ./examples/newsview testdata/issues/002_263c134d26e6ddd1.txt > page.html
//	go run ./examples/newsview -o page.html page.txt
//	go run ./examples/newsview < page.txt > page.html
//
// Errors go to standard error with exit status 1; usage errors exit with 2.
package main

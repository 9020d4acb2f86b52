package layout

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// HTML input is read as text with its markup taken out: comments, scripts
// and styles are dropped whole; block-level tags (p, div, br, li, h1…,
// tr, td…) end a line; other tags are dropped inside the line; character
// references (&nbsp; &amp; &#20013;) are decoded. Every removal is logged
// as a repair of kind RepairHTML and the removed bytes stay accounted for
// among the gaps, so nothing is lost silently.

// RepairHTML marks markup removed from HTML input, or a character
// reference decoded.
const RepairHTML RepairKind = "html"

// cut is a range of markup in the source.
type cut struct {
	span      Span
	lineBreak bool // the markup ends a line
}

// looksHTML reports whether src is HTML rather than text that happens to
// hold an angle bracket: a doctype or html/body tag, or several tags of the
// kinds that structure a page.
func looksHTML(src []byte) bool {
	head := src
	if len(head) > 4096 {
		head = head[:4096]
	}
	if bytes.IndexByte(head, '<') < 0 {
		return false // every mark below opens with <
	}
	lower := make([]byte, len(head))
	for i, c := range head {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	for _, m := range []string{"<!doctype html", "<html", "<body", "<head>"} {
		if bytes.Contains(lower, []byte(m)) {
			return true
		}
	}
	n := 0
	for _, m := range []string{"<p>", "</p>", "<br", "<div", "</div>", "<li>", "</li>", "<span", "</a>"} {
		n += bytes.Count(lower, []byte(m))
	}
	return n >= 3
}

var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "tr": true, "td": true, "th": true, "table": true, "tbody": true, "thead": true,
	"section": true, "article": true, "header": true, "footer": true, "nav": true, "title": true, "dd": true,
	"dt": true, "dl": true, "blockquote": true, "pre": true, "hr": true, "body": true, "html": true, "head": true,
	"meta": true, "link": true, "form": true, "figure": true, "figcaption": true, "main": true, "aside": true,
	"iframe": true, "noscript": true, "option": true, "select": true, "button": true, "input": true, "textarea": true,
}

// findCuts lists the markup of HTML source src (from offset from), in order.
func findCuts(src []byte, from int) []cut {
	var out []cut
	for i := from; i < len(src); {
		j := bytes.IndexByte(src[i:], '<')
		if j < 0 {
			break
		}
		i += j
		rest := src[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			end := bytes.Index(rest, []byte("-->"))
			if end < 0 {
				end = len(rest) - 3
			}
			out = append(out, cut{Span{i, i + end + 3}, true})
			i += end + 3
			continue
		}
		name, ok := tagName(rest)
		if !ok {
			i++
			continue
		}
		end := bytes.IndexByte(rest, '>')
		if end < 0 {
			break
		}
		span := Span{i, i + end + 1}
		if name == "script" || name == "style" {
			closing := "</" + name
			k := bytes.Index(bytes.ToLower(rest[end+1:]), []byte(closing))
			if k >= 0 {
				k2 := bytes.IndexByte(rest[end+1+k:], '>')
				if k2 >= 0 {
					span.End = i + end + 1 + k + k2 + 1
				}
			} else {
				span.End = len(src)
			}
		}
		out = append(out, cut{span, blockTags[name] || name == "script" || name == "style"})
		i = span.End
	}
	return out
}

// tagName reads the name of the tag that s starts with (<p class=…>,
// </div>, <br/>, <!DOCTYPE>), lowercased.
func tagName(s []byte) (string, bool) {
	if len(s) < 3 || s[0] != '<' {
		return "", false
	}
	k := 1
	if s[k] == '/' || s[k] == '!' || s[k] == '?' {
		k++
	}
	start := k
	for k < len(s) && k-start < 16 && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || s[k] >= '0' && s[k] <= '9' && k > start) {
		k++
	}
	if k == start {
		return "", false
	}
	if k < len(s) && !(s[k] == '>' || s[k] == ' ' || s[k] == '/' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r') {
		return "", false
	}
	name := strings.ToLower(string(s[start:k]))
	if s[1] == '!' {
		return "!" + name, true
	}
	return name, true
}

var namedRefs = map[string]string{"nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "middot": "·",
	"ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "hellip": "…", "ensp": " ", "emsp": " ", "copy": "©"}

// charRef decodes the character reference that s starts with (&amp;,
// &#20013;, &#x4E2D;) and returns the text and its length in bytes.
func charRef(s []byte) (string, int) {
	end := bytes.IndexByte(s[:min(len(s), 12)], ';')
	if end < 2 {
		return "", 0
	}
	body := string(s[1:end])
	if v, ok := namedRefs[body]; ok {
		return v, end + 1
	}
	if body[0] == '#' {
		var n int64
		var err error
		if len(body) > 1 && (body[1] == 'x' || body[1] == 'X') {
			n, err = strconv.ParseInt(body[2:], 16, 32)
		} else {
			n, err = strconv.ParseInt(body[1:], 10, 32)
		}
		if err == nil && n > 0 && utf8.ValidRune(rune(n)) {
			return string(rune(n)), end + 1
		}
	}
	return "", 0
}

// Package view renders a parsed page as one self-contained HTML file: the
// source text on the left, every span coloured by what became of it
// (masthead, kicker, title, subtitle, byline, body, heading, caption,
// boilerplate with its reason), the repairs and entities marked with their
// details on hover, and the parsed articles on the right.
//
// The file needs no network: CSS and script are inline, and a
// Content-Security-Policy allows nothing else (no image, font, frame or
// connection, and only the file's own script). Everything taken from the
// input is escaped by html/template, so a page whose text holds <script>,
// <img onerror=…> or </style> shows it as text.
//
// The marks carry data attributes for tools and tests: data-role on every
// source span, data-bp="i" on the pieces of boilerplate i, data-ents and
// data-reps (space-separated indices into the document's Entities and
// Repairs) on entity and repair marks, data-art on the spans of article i.
package view

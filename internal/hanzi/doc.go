// Package hanzi gives a simplified matching key for Chinese text that may be
// written in traditional characters, and finds pinyin residue: the
// parenthesised romanisation (區(qū), 鎮(zhèn)) that some mirrors and
// converters leave after characters.
//
// The key changes each rune on its own (never phrases), so a key has as
// many runes as its text and a rune offset in one is a rune offset in the
// other. Text is never returned in its keyed form: the key is for matching
// only. The table is OpenCC's character table (Apache-2.0), generated into
// table.go by `go generate`.
//
// Everything here is a pure function, safe for concurrent use.
package hanzi

//go:generate go run ./internal/gen -o table.go

// Command gen writes table.go for package hanzi: the traditional-to-simplified
// character table of OpenCC (Apache-2.0), taken from the dictionary file
// TSCharacters.txt of github.com/longbridgeapp/opencc at a pinned version.
//
// It reads the module from the module cache (downloading it with `go mod
// download` when missing) instead of importing it: the opencc package
// registers a global -dir flag when imported, which a library must not do
// to its users' programs, and its phrase-level Convert changes the number
// of runes, which would break offset alignment.
package main

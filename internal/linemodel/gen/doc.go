// Command gen fits the line model on the annotated pages of the shared
// material and writes its weights as a Go file of numbers:
//
//	go run ./internal/linemodel/gen -shared ../shared -out internal/linemodel/weights.go
//
// It is run by go generate in package linemodel. The file holds numbers
// only, never text from the pages.
package main

module github.com/civicnews/civicnews

go 1.26.0

require (
	github.com/go-ego/gse v1.1.0 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
	github.com/vcaesar/cedar v0.50.0 // indirect
	golang.org/x/text v0.43.0 // indirect
)

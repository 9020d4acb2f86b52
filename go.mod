module github.com/civicnews/civicnews

go 1.26.0

require (
	github.com/go-ego/gse v1.1.0
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.43.0
)

require (
	github.com/vcaesar/cedar v0.50.0 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)

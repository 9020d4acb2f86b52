package parse_test

// The project's golden-file flag -update is registered by testutil; it is
// imported here so that "go test ./... -update" also runs in this package.
import _ "github.com/civicnews/civicnews/internal/testutil"

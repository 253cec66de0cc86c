package goldmatch

import (
	"os"
	"path/filepath"
)

// SharedDir is the development data folder for a test in a package two
// levels below the repository (corpus/quote, corpus/engine): $FACTDESK_SHARED,
// else ../shared beside the repository. Read through the environment, it
// is a declared input of the test, so a cached skip does not outlive the
// folder appearing (go test keys its cache on the variables a test reads).
func SharedDir() string {
	if d := os.Getenv("FACTDESK_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared")
}

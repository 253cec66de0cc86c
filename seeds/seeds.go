// Package seeds embeds the default corpus: five articles on the leaked
// October 2025 Witkoff–Ushakov call and their sources.yaml manifest, so the
// factdesk binary answers questions with no files beside it.
package seeds

import "embed"

// FS holds the seed articles and sources.yaml at its root.
//
//go:embed *.txt sources.yaml
var FS embed.FS

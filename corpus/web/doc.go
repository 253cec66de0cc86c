// Package web brings articles in the way a newsroom has them: an address,
// a saved page or a feed. It fetches safely (Fetcher: http(s) only, no
// loopback, private, link-local or metadata address at connect time,
// bounded in time, size, redirects and rate), reads a page's metadata and
// main text (ReadPage), parses RSS, Atom and JSON Feed (ParseFeed), and
// writes what it found into a corpus folder as the loader reads it
// (Folder.Save): one .txt per article and its entry in sources.yaml,
// atomically, never losing an entry and refusing duplicates.
//
// Data flows one way: web produces files and articles; the engine serves
// them. Nothing here knows about Discord.
package web

// Package wnfmt is the layout of wordnet.bin, shared by the generator that
// writes it and the lex package that reads it, so the two cannot drift.
//
// The file is a header followed by sections: offset tables of little-endian
// uint32 and records of varints. Lookups read the sections in place, so
// decoding is a bounds check per section, not a map build.
package wnfmt

// Magic opens the file; the digit is the format version.
const Magic = "FDWORDN5"

// Section numbers, in file order. The header holds one uint32 byte length per
// section after Magic.
//
// A word entry is its text (a varint length and the bytes), then three
// counted lists of unsigned varints: its senses (synset, SemCor tag count)
// by part of speech then frequency; its derivations (target synset, target
// word id); its exceptions (POS<<24 | base word id). A synset is named by the
// offset of its record in Synsets: its lexicographer file number (one byte)
// and a counted list of member word ids. Word ids number the entries in
// sorted order. Broader links a synset to the one a step more general in
// meaning: a verb synset to its hypernyms ("cling" → "hold"), an adjective
// synset to the ones WordNet calls similar ("proper" ↔ "right"), both
// named by record offset and sorted by the first.
const (
	WordOff     = iota // uint32 × (N+1): word i's entry is Words[WordOff[i]:WordOff[i+1]]
	Words              // word entries, sorted by text
	Synsets            // synset records
	Broader            // uint32 pairs (synset, broader synset), sorted: a verb's hypernyms, an adjective's similar-to heads
	NumSections        // how many sections there are
)

// MaxCount caps a stored tag count.
const MaxCount = 1<<16 - 1

// POS numbers as stored (the lex package's POS values).
const (
	Noun = 1
	Verb = 2
	Adj  = 3
	Adv  = 4
)

// POSOfClass gives the part of speech of a lexicographer file number.
func POSOfClass(c byte) int {
	switch {
	case c <= 1 || c == 44:
		return Adj
	case c == 2:
		return Adv
	case c <= 28:
		return Noun
	default:
		return Verb
	}
}

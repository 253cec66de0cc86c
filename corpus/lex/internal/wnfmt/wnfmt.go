// Package wnfmt is the layout of wordnet.bin, shared by the generator that
// writes it and the lex package that reads it, so the two cannot drift.
//
// The file is a header followed by sections: offset tables of little-endian
// uint32 and records of varints. Lookups read the sections in place, so
// decoding is a bounds check per section, not a map build.
package wnfmt

// Magic opens the file; the digit is the format version.
const Magic = "FDWORDN3"

// Section numbers, in file order. The header holds one uint32 byte length per
// section after Magic.
//
// A word record is three counted lists of unsigned varints: its senses
// (synset id, SemCor tag count) by part of speech then frequency; its
// derivations (target synset id, target word id); its exceptions
// (POS<<24 | base word id). A synset record is its lexicographer file number
// (one byte) and a counted list of member word ids.
const (
	Strings = iota // sorted unique strings, concatenated
	StrOff         // uint32 × (N+1): string i is Strings[StrOff[i]:StrOff[i+1]]
	WordOff        // uint32 × (N+1): word i's record is WordRec[WordOff[i]:WordOff[i+1]]
	WordRec        // word records
	SynOff         // uint32 × (S+1)
	SynRec         // synset records
	NumSections
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

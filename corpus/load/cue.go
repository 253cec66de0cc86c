package load

import (
	"strings"

	"factdesk/corpus"
)

// A cueSet answers "which of these substrings does s hold?" in one pass
// over s. strings.Contains per cue read every paragraph once per cue,
// twenty times for the signature and cite cues. Here each cue is anchored
// on its rarest byte but the last (the "g" of "according to", the "b" of
// "published"): a pass over s stops only where an anchor and the byte
// after it start some cue's tail, and compares there.
type cueSet struct {
	// pair has a bit for each anchor byte and the byte after it in some
	// cue: a pass stops at few bytes ("pe" of "per", "po" of "report"),
	// not at every "p".
	pair   [1 << 16 / 64]uint64
	anchor [256][]anchored // by anchor byte
	all    cueKind         // every kind the set holds
}

// cueKind says what a cue announces, as a bit: a cueSet can hold cues of
// several kinds and tell which it found.
type cueKind uint8

const (
	cueSignature cueKind = 1 << iota // the outlet signs the text (see signature)
	cueCite                          // the text relays a source (see sentenceCites)
)

// anchored is a cue, its kind and where its anchor byte sits in it.
type anchored struct {
	cue  string
	at   int
	kind cueKind
}

// byRarity orders the space and lower-case letters from the most to the
// least frequent in English text; any other byte (capitals, punctuation)
// counts as rarer still.
const byRarity = " etaoinshrdlcumwfgypbvkjxqz"

func rarity(c byte) int {
	if i := strings.IndexByte(byRarity, c); i >= 0 {
		return i
	}
	return len(byRarity)
}

// add files cues of kind k.
func (cs *cueSet) add(k cueKind, cues ...string) *cueSet {
	for _, c := range cues {
		if len(c) < 2 {
			panic("load: a cue needs two bytes") // its anchor and the next
		}
		at := 0
		for i := 1; i < len(c)-1; i++ {
			if rarity(c[i]) > rarity(c[at]) {
				at = i
			}
		}
		p := uint16(c[at])<<8 | uint16(c[at+1])
		cs.pair[p/64] |= 1 << (p % 64)
		cs.anchor[c[at]] = append(cs.anchor[c[at]], anchored{c, at, k})
	}
	cs.all |= k
	return cs
}

// find returns the kinds of the cues s contains: for each kind, whether
// strings.Contains(s, cue) holds for one of its cues. It stops as soon as
// every kind is found.
func (cs *cueSet) find(s string) cueKind {
	var found cueKind
	for i := 0; i+1 < len(s); i++ {
		if p := uint16(s[i])<<8 | uint16(s[i+1]); cs.pair[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		for _, a := range cs.anchor[s[i]] {
			if found&a.kind != 0 {
				continue
			}
			if start := i - a.at; start >= 0 && strings.HasPrefix(s[start:], a.cue) {
				found |= a.kind
				if found == cs.all {
					return found
				}
			}
		}
	}
	return found
}

// in reports whether s contains one of the cues.
func (cs *cueSet) in(s string) bool { return cs.find(s) != 0 }

// signatureCues and citeCues are substrings a paragraph must hold for the
// word-level rules to have anything to find: a cheap scan spares
// tokenizing the rest. paragraphCues holds both, to look for them in one
// pass.
var (
	signatureWords = []string{"informs ", "reports ", "writes ", "reported by "}
	citeWords      = []string{"ccording to", " per ", "Per ", "citing ", "Citing ", "report", "published", "obtained by",
		"broadcast by", "aired by", "reviewed by", "seen by", "wrote", "revealed", "transcript", "recording"}
	citeCues      = new(cueSet).add(cueCite, citeWords...)
	paragraphCues = new(cueSet).add(cueSignature, signatureWords...).add(cueCite, citeWords...)
)

// findCues returns, per paragraph, the kinds of cue it holds; boilerplate
// holds none, as nothing reads it.
func findCues(text string, paras []corpus.Paragraph) []cueKind {
	out := make([]cueKind, len(paras))
	for i, p := range paras {
		if p.Kind != corpus.ParaBoilerplate {
			out[i] = paragraphCues.find(p.Span().Of(text))
		}
	}
	return out
}

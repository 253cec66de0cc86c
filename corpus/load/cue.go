package load

import "strings"

// cueSet answers "does s hold any of these substrings?" in one pass over s.
// strings.Contains per cue read every paragraph once per cue, sixteen
// times for the cite cues. Here each cue is anchored on its rarest byte
// (the "g" of "according to", the "b" of "published"): a pass over s
// stops only at the few bytes that anchor some cue, and compares there.
type cueSet struct {
	isAnchor [256]bool       // a small table, so the pass stays in cache
	anchor   [256][]anchored // by anchor byte
}

// anchored is a cue and where its anchor byte sits in it.
type anchored struct {
	cue string
	at  int
}

// byRarity orders lower-case letters from the most to the least frequent
// in English text; any other byte (capitals, space) counts as rarer still,
// except the space, which is the most frequent of all.
const byRarity = " etaoinshrdlcumwfgypbvkjxqz"

func rarity(c byte) int {
	if i := strings.IndexByte(byRarity, c); i >= 0 {
		return i
	}
	return len(byRarity)
}

func newCueSet(cues ...string) *cueSet {
	cs := &cueSet{}
	for _, c := range cues {
		if c == "" {
			panic("load: empty cue") // would match everything: a bug
		}
		at := 0
		for i := 1; i < len(c); i++ {
			if rarity(c[i]) > rarity(c[at]) {
				at = i
			}
		}
		cs.isAnchor[c[at]] = true
		cs.anchor[c[at]] = append(cs.anchor[c[at]], anchored{c, at})
	}
	return cs
}

// in reports whether s contains one of the cues: strings.Contains(s, cue)
// for each cue, or-ed.
func (cs *cueSet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		if !cs.isAnchor[s[i]] {
			continue
		}
		for _, a := range cs.anchor[s[i]] {
			if start := i - a.at; start >= 0 && strings.HasPrefix(s[start:], a.cue) {
				return true
			}
		}
	}
	return false
}

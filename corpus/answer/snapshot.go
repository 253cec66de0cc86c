package answer

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/person"
)

// Snapshot is what New works out from a corpus beyond the corpus and its
// index — the tables of names and of the phrases written beside them — as
// encoding/gob writes it. A snapshot file (see corpus/engine) holds one:
// building them read every person's mentions again and was about half of
// a start from a snapshot.
type Snapshot struct {
	Forms, Roles, Sounds map[string][]int
	Near, Words          *index.VocabSnapshot
	// The role phrases: Stems are their distinct stems; phrase i is the
	// stems PhraseStems[PhraseStart[i]:PhraseStart[i+1]], of person
	// PhraseOwner[i]; the phrases holding stem k are
	// StemPhrases[StemStart[k]:StemStart[k+1]].
	Stems                    []string
	PhraseStart              []uint32
	PhraseStems, PhraseOwner []int32
	StemStart                []uint32
	StemPhrases              []int32
}

// Snapshot returns a's tables; the maps are shared, not copied.
func (a *Answerer) Snapshot() *Snapshot {
	s := &Snapshot{Forms: a.nm.forms, Roles: a.nm.roles, Sounds: a.nm.sounds,
		Near: a.nm.near.Snapshot(), Words: a.nm.words.Snapshot()}
	ri := a.roles
	ids := map[string]int32{}
	s.PhraseStart = make([]uint32, 1, ri.phrases.len()+1)
	for i := range ri.phrases.len() {
		for _, st := range ri.phrases.at(int32(i)) {
			k, ok := ids[st]
			if !ok {
				k = int32(len(s.Stems))
				ids[st] = k
				s.Stems = append(s.Stems, st)
			}
			s.PhraseStems = append(s.PhraseStems, k)
		}
		s.PhraseStart = append(s.PhraseStart, uint32(len(s.PhraseStems)))
		s.PhraseOwner = append(s.PhraseOwner, ri.owner[i])
	}
	s.StemStart = make([]uint32, 1, len(s.Stems)+1)
	for _, st := range s.Stems {
		s.StemPhrases = append(s.StemPhrases, ri.byStem[st]...)
		s.StemStart = append(s.StemStart, uint32(len(s.StemPhrases)))
	}
	return s
}

// Restore prepares an Answerer over c, its index and resolver from the
// tables of a snapshot taken of the same corpus, after checking that every
// person and phrase they name is in range: a snapshot that does not fit c
// is refused, never read out of bounds later.
func Restore(c *corpus.Corpus, idx *index.Index, r *person.Resolver, s *Snapshot) (*Answerer, error) {
	if s == nil || idx == nil {
		return nil, fmt.Errorf("answer: empty snapshot")
	}
	np := len(c.People)
	for what, m := range map[string]map[string][]int{"name": s.Forms, "role word": s.Roles, "sound": s.Sounds} {
		for k, ids := range m {
			for _, id := range ids {
				if id < 0 || id >= np {
					return nil, fmt.Errorf("answer: %s %q names person %d of %d", what, k, id, np)
				}
			}
		}
	}
	near, err := index.RestoreVocab(s.Near)
	if err != nil {
		return nil, fmt.Errorf("answer: names: %v", err)
	}
	words, err := index.RestoreVocab(s.Words)
	if err != nil {
		return nil, fmt.Errorf("answer: words of names: %v", err)
	}
	nm := &names{forms: orEmpty(s.Forms), roles: orEmpty(s.Roles), sounds: orEmpty(s.Sounds), near: near, words: words}

	nph, nst := len(s.PhraseOwner), len(s.Stems)
	if err := checkStarts("phrases", s.PhraseStart, len(s.PhraseStems), nph); err != nil {
		return nil, err
	}
	if err := checkStarts("stems", s.StemStart, len(s.StemPhrases), nst); err != nil {
		return nil, err
	}
	ri := &roleIndex{owner: make([]int32, nph), byStem: make(map[string][]int32, nst)}
	// Each distinct phrase is a slice of one array of stems, shared by
	// its repeats (as compact leaves them), each stem's phrases a slice
	// of StemPhrases: two allocations instead of one per phrase.
	for _, k := range s.PhraseStems {
		if k < 0 || int(k) >= nst {
			return nil, fmt.Errorf("answer: phrase stem %d out of range", k)
		}
	}
	first := make([]int32, nph)
	seen := map[string]int32{}
	var key []byte
	n := 0
	for i := range first {
		key = key[:0]
		for _, k := range s.PhraseStems[s.PhraseStart[i]:s.PhraseStart[i+1]] {
			key = binary.LittleEndian.AppendUint32(key, uint32(k))
		}
		k, ok := seen[string(key)]
		if !ok {
			k = int32(i)
			seen[string(key)] = k
			n += int(s.PhraseStart[i+1] - s.PhraseStart[i])
		}
		first[i] = k
	}
	ri.phrases = phraseList{flat: make([]string, 0, n), off: make([]uint32, 0, nph), n: make([]uint16, 0, nph)}
	var stems []string
	for i := range first {
		if k := first[i]; int(k) != i {
			ri.phrases.repeat(int(k))
		} else {
			stems = stems[:0]
			for _, k := range s.PhraseStems[s.PhraseStart[i]:s.PhraseStart[i+1]] {
				stems = append(stems, s.Stems[k])
			}
			ri.phrases.add(stems)
		}
		if o := s.PhraseOwner[i]; o < 0 || int(o) >= np {
			return nil, fmt.Errorf("answer: phrase %d names person %d of %d", i, o, np)
		}
		ri.owner[i] = s.PhraseOwner[i]
	}
	for _, ph := range s.StemPhrases {
		if ph < 0 || int(ph) >= nph {
			return nil, fmt.Errorf("answer: phrase %d out of range", ph)
		}
	}
	for k, st := range s.Stems {
		a, b := s.StemStart[k], s.StemStart[k+1]
		ri.byStem[st] = s.StemPhrases[a:b:b]
	}
	if len(ri.byStem) != nst {
		return nil, fmt.Errorf("answer: a stem twice")
	}
	return newAnswerer(c, idx, r, nm, ri.weigh()), nil
}

func orEmpty(m map[string][]int) map[string][]int {
	if m == nil {
		return map[string][]int{}
	}
	return m
}

// checkStarts checks that start delimits n lists over size items.
func checkStarts(what string, start []uint32, size, n int) error {
	if len(start) != n+1 || start[0] != 0 || int(start[n]) != size {
		return fmt.Errorf("answer: %s: %d lists over %d items do not fit", what, len(start)-1, size)
	}
	for i := 1; i < len(start); i++ {
		if start[i] < start[i-1] {
			return fmt.Errorf("answer: %s: list %d starts before the one before it", what, i)
		}
	}
	return nil
}

// compact packs ri's phrases into one array and its lists of phrases per
// stem into another, each stem one string: grown by append, one slice per
// phrase and per stem, they held about twice their size.
func (ri *roleIndex) compact() *roleIndex {
	m := 0
	for _, l := range ri.byStem {
		m += len(l)
	}
	out := &roleIndex{owner: slices.Clone(ri.owner), byStem: make(map[string][]int32, len(ri.byStem))}
	all := make([]int32, 0, m)
	for st, l := range ri.byStem {
		a := len(all)
		all = append(all, l...)
		out.byStem[st] = all[a:len(all):len(all)]
	}
	// The map's keys are one string per stem; a phrase's stems, stemmed
	// again for each phrase, were copies of their own.
	canon := make(map[string]string, len(ri.byStem))
	for st := range ri.byStem {
		canon[st] = st
	}
	// The same phrase ("the minister", "said the president") is written
	// beside many names: its stems are kept once, shared. First each
	// phrase's first occurrence, then one array of the distinct ones.
	first := make([]int32, ri.phrases.len())
	seen := map[string]int32{}
	var key strings.Builder
	n := 0
	for i := range first {
		ph := ri.phrases.at(int32(i))
		key.Reset()
		for _, st := range ph {
			key.WriteString(st)
			key.WriteByte(0)
		}
		k, ok := seen[key.String()]
		if !ok {
			k = int32(i)
			seen[key.String()] = k
			n += len(ph)
		}
		first[i] = k
	}
	out.phrases = phraseList{flat: make([]string, 0, n), off: make([]uint32, 0, len(first)), n: make([]uint16, 0, len(first))}
	var stems []string
	for i := range first {
		if k := first[i]; int(k) != i {
			out.phrases.repeat(int(k))
			continue
		}
		stems = stems[:0]
		for _, st := range ri.phrases.at(int32(i)) {
			if c, ok := canon[st]; ok {
				st = c
			}
			stems = append(stems, st)
		}
		out.phrases.add(stems)
	}
	out.own, out.stems = ri.own, ri.stems
	return out
}

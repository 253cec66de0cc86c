package lex

import (
	"encoding/binary"
	"slices"
	"testing"

	"factdesk/corpus/lex/internal/wnfmt"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLemma(t *testing.T) {
	tests := []struct {
		name, word string
		pos        POS
		want       string
	}{
		{"regular verb", "walked", Verb, "walk"},
		{"regular -s", "announces", Verb, "announce"},
		{"-ing drops e", "resigning", Verb, "resign"},
		{"-ing restores e", "making", Verb, "make"},
		{"-ied", "cried", Verb, "cry"},
		{"-ies noun", "countries", Noun, "country"},
		{"doubled consonant -ed", "stopped", Verb, "stop"},
		{"doubled consonant -ing", "running", Verb, "run"},
		{"doubled consonant -er", "bigger", Adj, "big"},
		{"irregular said", "said", Verb, "say"},
		{"irregular told", "told", Verb, "tell"},
		{"irregular went", "went", Verb, "go"},
		{"irregular noun", "women", Noun, "woman"},
		{"capitalised", "Says", Verb, "say"},
		{"phrasal verb", "stepped down", Verb, "step down"},
		{"compound noun plural", "chief executives", Noun, "chief executive"},
		{"unknown word kept", "Zelenskyy", Noun, "zelenskyy"},
		{"possessive", "minister’s", Noun, "minister"},
		{"plural possessive", "ministers'", Noun, "minister"},
		{"a lone clitic stays", "'s", 0, "'s"},
		{"any POS prefers the frequent reading", "said", 0, "say"},
		{"any POS: a noun", "countries", 0, "country"},
		{"any POS: saw is see", "saw", 0, "see"},
		{"empty", "", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Lemma(tt.word, tt.pos))
		})
	}
}

func TestClasses(t *testing.T) {
	tests := []struct {
		name, word string
		pos        POS
		has        Class
		first      Class
	}{
		{"say is communication", "say", Verb, Communication, VerbCommunication},
		{"told, inflected, is communication", "told", Verb, Communication, VerbCommunication},
		{"bark has a communication sense", "bark", Verb, Communication, 0},
		{"walk is motion", "walk", Verb, Motion, VerbMotion},
		{"resign is change of office", "resign", Verb, Social, 0},
		{"minister is a person", "minister", Noun, NounPerson, NounPerson},
		{"ministry is a group", "ministry", Noun, NounGroup, 0},
		{"Tuesday is a time", "Tuesday", Noun, NounTime, NounTime},
		{"announcement is communication", "announcement", Noun, NounCommunication, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.True(t, Classes(tt.word, tt.pos).Has(tt.has), "Classes(%q) = %s", tt.word, Classes(tt.word, tt.pos))
			if tt.first != 0 {
				assert.Equal(t, tt.first, FirstClass(tt.word, tt.pos))
			}
		})
	}
	t.Run("unknown word has no class", func(t *testing.T) {
		assert.Zero(t, Classes("qwzxv", 0))
		assert.Zero(t, FirstClass("qwzxv", 0))
	})
	t.Run("VerbClasses is Classes for verbs", func(t *testing.T) {
		assert.Equal(t, Classes("shout", Verb), VerbClasses("shout"))
	})
	t.Run("class names", func(t *testing.T) {
		assert.Equal(t, "noun.person|verb.communication", (VerbCommunication | NounPerson).String())
		c, ok := ParseClass("noun.location")
		require.True(t, ok)
		assert.Equal(t, NounLocation, c)
	})
}

func TestIsCommunication(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"said", true}, {"tells", true}, {"insisted", true}, {"announced", true},
		{"barked", true}, {"added", true}, {"asked", true}, {"replied", true},
		{"tweeted", true}, {"texting", true},
		{"walked", false}, {"had", false}, {"ran", false}, {"table", false}, {"", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			assert.Equal(t, tt.want, IsCommunication(tt.word))
		})
	}
}

func TestSynonymsAndRelated(t *testing.T) {
	tests := []struct {
		name  string
		got   []string
		wants []string
	}{
		{"resign's synonyms", Synonyms("resign", Verb), []string{"step down", "vacate"}},
		{"say's synonyms", Synonyms("said", Verb), []string{"state", "tell"}},
		{"resign → resignation", Related("resign"), []string{"resignation"}},
		{"resignation → resign", Related("resignation"), []string{"resign"}},
		{"announce → announcement", Related("announce"), []string{"announcement", "announcer"}},
		{"pertainym", Related("presidential"), []string{"president"}},
		{"agent noun", Agents("negotiate"), []string{"negotiator"}},
		{"noun of action WordNet lacks", Related("appoint"), []string{"appointment", "appointee"}},
		{"and back", Related("appointment"), []string{"appoint"}},
		{"gerund of action", Related("sack"), []string{"sacking"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, w := range tt.wants {
				assert.Contains(t, tt.got, w)
			}
		})
	}
	t.Run("a lemma is not its own synonym", func(t *testing.T) {
		assert.NotContains(t, Synonyms("resign", Verb), "resign")
	})
	t.Run("a noun that only looks derived is not related", func(t *testing.T) {
		assert.NotContains(t, Related("depart"), "department")
		assert.NotContains(t, Related("base"), "basement")
		assert.NotContains(t, Related("rat"), "rating")
	})
	t.Run("agents are people only", func(t *testing.T) {
		assert.NotContains(t, Agents("announce"), "announcement")
	})
	t.Run("senses carry their class and count", func(t *testing.T) {
		s := Senses("say", Verb)
		require.NotEmpty(t, s)
		assert.Equal(t, VerbCommunication, s[0].Class)
		assert.Positive(t, s[0].Count)
		assert.Equal(t, Verb, s[0].POS)
	})
}

// TestBroader: each sense of a verb has the verbs one step more general
// in meaning, an adjective's the ones WordNet calls similar; a noun has
// none, and an unknown word nothing.
func TestBroader(t *testing.T) {
	has := func(senses [][]string, w string) bool {
		for _, s := range senses {
			if slices.Contains(s, w) {
				return true
			}
		}
		return false
	}
	tests := []struct {
		name         string
		lemma        string
		pos          POS
		want, absent string
	}{
		{"holding on tightly is holding", "cling", Verb, "hold on", "cling"},
		{"an inflected form is read as its lemma", "clinging", Verb, "grasp", "clinging"},
		{"whispering is a way of talking", "whisper", Verb, "talk", "harbour"},
		{"an adjective's similar one", "correct", Adj, "accurate", "correct"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Broader(tt.lemma, tt.pos)
			assert.Len(t, got, len(Senses(tt.lemma, tt.pos)), "one list per sense")
			assert.True(t, has(got, tt.want), "%q in %q", tt.want, got)
			assert.False(t, has(got, tt.absent), "%q in %q", tt.absent, got)
		})
	}
	t.Run("a root of the verbs' tree says too little", func(t *testing.T) {
		assert.False(t, has(Broader("win", Verb), "get"))
		assert.False(t, has(Broader("cling", Verb), "touch"))
	})
	t.Run("a noun has none here", func(t *testing.T) {
		for _, s := range Broader("harbour", Noun) {
			assert.Empty(t, s)
		}
	})
	assert.Nil(t, Broader("zzxqv", Verb), "an unknown word")
}

func TestKnown(t *testing.T) {
	tests := []struct {
		word string
		pos  POS
		want bool
	}{
		{"chief executive", Noun, true},
		{"Chief_Executive", Noun, true},
		{"resigned", Verb, true},
		{"resign", Noun, false},
		{"qwzxv", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.word+"/"+tt.pos.String(), func(t *testing.T) {
			assert.Equal(t, tt.want, Known(tt.word, tt.pos))
		})
	}
}

func TestOpenTableRejectsBadInput(t *testing.T) {
	tests := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"wrong magic", []byte("NOTWORDNET000000000000000000000000000000000000000000")},
		{"truncated", wordnetBin[:len(wordnetBin)/2]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := openTable(tt.b)
			assert.Error(t, err)
		})
	}
}

// BenchmarkFirstLookup is the cost a fresh process pays for its first
// WordNet question: opening the table and one lemma lookup.
func BenchmarkFirstLookup(b *testing.B) {
	for b.Loop() {
		t, err := openTable(wordnetBin)
		if err != nil {
			b.Fatal(err)
		}
		if t.find("say") < 0 {
			b.Fatal("say not found")
		}
	}
}

func BenchmarkLemma(b *testing.B) {
	words := []string{"said", "announced", "resignation", "stopped", "countries", "Zelenskyy"}
	for b.Loop() {
		for _, w := range words {
			Lemma(w, 0)
		}
	}
}

// tinyTable builds a one-word table in wordnet.bin's format: "say", one
// verb.communication sense, no derivations or exceptions.
func tinyTable() []byte {
	var word []byte
	word = binary.AppendUvarint(word, 3)
	word = append(word, "say"...)
	word = append(word, 1, 0, 5, 0, 0) // one sense (synset 0, count 5), no derivs, no excs
	syn := []byte{byte(classIndex(VerbCommunication)), 1, 0}
	var b []byte
	b = append(b, wnfmt.Magic...)
	b = binary.LittleEndian.AppendUint32(b, 8)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(word)))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(syn)))
	b = binary.LittleEndian.AppendUint32(b, 0) // no broader links
	b = binary.LittleEndian.AppendUint32(b, 0)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(word)))
	b = append(b, word...)
	return append(b, syn...)
}

func TestTinyTable(t *testing.T) {
	tb, err := openTable(tinyTable())
	require.NoError(t, err)
	id := tb.find("say")
	require.Equal(t, 0, id)
	s, _, _ := tb.record(id)
	require.Len(t, s, 1)
	assert.Equal(t, Verb, tb.pos(s[0].syn))
	assert.Equal(t, 5, s[0].count)
	assert.Equal(t, -1, tb.find("tell"))
}

// FuzzOpenTable feeds broken tables to the reader: it either refuses them
// with an error or answers lookups without panicking.
func FuzzOpenTable(f *testing.F) {
	f.Add(tinyTable())
	f.Add([]byte(wnfmt.Magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		tb, err := openTable(b)
		if err != nil {
			return
		}
		for _, w := range []string{"say", "", "zzz"} {
			tb.find(w)
		}
		for i := range min(tb.n, 8) {
			senses, derivs, excs := tb.record(i)
			tb.word(i)
			for _, s := range senses {
				tb.synset(s.syn)
				tb.pos(s.syn)
				tb.broaderOf(s.syn, nil)
			}
			for _, d := range derivs {
				tb.word(d.word)
				tb.class(d.syn)
			}
			for _, e := range excs {
				tb.word(e.base)
			}
		}
	})
}

// TestConcurrentUse runs lookups and tagging from several goroutines, so that
// -race checks the shared table, the lemma cache and the tagger.
func TestConcurrentUse(t *testing.T) {
	words := []string{"said", "resignation", "stopped", "tweeted", "ministers'", "chief executives"}
	done := make(chan []string)
	for g := range 4 {
		go func() {
			var got []string
			for i := range 200 {
				w := words[(i+g)%len(words)]
				got = append(got, Lemma(w, 0))
				IsCommunication(w)
				Related(w)
			}
			Tag("“We won’t sign,” said the minister.")
			done <- got
		}()
	}
	for range 4 {
		got := <-done
		assert.Len(t, got, 200)
	}
	assert.Equal(t, "say", Lemma("said", 0))
}

// A built corpus forgets its build's lemma lookups; lemmas read the same
// after.
func TestForgetCacheKeepsLemmas(t *testing.T) {
	words := []string{"resigned", "geese", "running", "better"}
	var before []string
	for _, w := range words {
		before = append(before, Lemma(w, Verb), Lemma(w, Noun))
	}
	morphMu.RLock()
	filled := len(morphCache)
	morphMu.RUnlock()
	require.Positive(t, filled)
	ForgetCache()
	morphMu.RLock()
	assert.Zero(t, len(morphCache))
	morphMu.RUnlock()
	var after []string
	for _, w := range words {
		after = append(after, Lemma(w, Verb), Lemma(w, Noun))
	}
	assert.Equal(t, before, after)
}

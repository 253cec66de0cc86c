package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const wordnetDir = "/usr/share/wordnet"

// TestCommittedTableIsGenerated holds the committed wordnet.bin to what the
// generator makes of the installed database, so nobody edits it by hand and
// a change to the generator ships with its output.
func TestCommittedTableIsGenerated(t *testing.T) {
	if _, err := os.Stat(wordnetDir + "/data.verb"); err != nil {
		t.Skip("WordNet is not installed (apt-get install wordnet-base): " + err.Error())
	}
	got, err := Build(wordnetDir)
	require.NoError(t, err)
	want, err := os.ReadFile("../../wordnet.bin")
	require.NoError(t, err)
	assert.True(t, bytes.Equal(want, got), "wordnet.bin is stale: run go generate ./corpus/lex (generated %d bytes, committed %d)", len(got), len(want))
}

func TestBuildNamesTheBadFile(t *testing.T) {
	tests := []struct {
		name, file, content, want string
	}{
		{"bad offset", "data.noun", "xx 03 n 01 entity 0 000 | gloss\n", "data.noun:1: offset"},
		{"bad lexfile", "data.noun", "00001740 99 n 01 entity 0 000 | gloss\n", "data.noun:1: lex_filenum"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range []string{"data.noun", "data.verb", "data.adj", "data.adv", "index.noun", "index.verb", "index.adj", "index.adv", "cntlist.rev", "noun.exc", "verb.exc", "adj.exc", "adv.exc"} {
				require.NoError(t, os.WriteFile(dir+"/"+f, nil, 0o644))
			}
			require.NoError(t, os.WriteFile(dir+"/"+tt.file, []byte(tt.content), 0o644))
			_, err := Build(dir)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// TestParseDataBroader: a verb's hypernym and an adjective's similar-to
// pointers are kept as links a step broader; a noun's hypernym and a
// word-to-word derivation are not.
func TestParseDataBroader(t *testing.T) {
	tests := []struct {
		name, line string
		pos        int
		want       []bool
	}{
		{"a verb's hypernym", "00002000 35 v 01 moor_fast 0 002 @ 00001000 v 0000 + 00003000 n 0101 | x", 2, []bool{true, false}},
		{"an adjective's similar one", "00002000 00 s 01 harbourish 0 001 & 00001000 a 0000 | x", 3, []bool{true}},
		{"a noun's hypernym is left out", "00002000 06 n 01 quay 0 001 @ 00001000 n 0000 | x", 1, []bool{false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _, err := parseData(tt.line, tt.pos)
			require.NoError(t, err)
			require.Len(t, s.ptrs, len(tt.want))
			for i, w := range tt.want {
				assert.Equal(t, w, s.ptrs[i].broader, "pointer %d", i)
			}
		})
	}
}

// FuzzParseData holds the data-line parser to an error, never a panic, on
// lines WordNet never wrote.
func FuzzParseData(f *testing.F) {
	f.Add("00001740 29 v 04 breathe 0 take_a_breath 0 respire 0 suspire 3 001 + 00831191 n 0303 01 + 02 00 | draw air")
	f.Add("00019731 00 s 02 handy 0 ready_to_hand(p) 0 001 & 00019131 a 0000 | easy to reach")
	f.Add("00000000 03 n 01 x 0 999")
	f.Fuzz(func(t *testing.T, line string) {
		s, _, err := parseData(line, 1)
		if err == nil && s == nil {
			t.Fatal("no synset and no error")
		}
	})
}

func TestParseDataRejects(t *testing.T) {
	tests := []struct{ name, line, want string }{
		{"negative word count", "0 0 n -1", "w_cnt"},
		{"negative pointer count", "0 03 n 01 x 0 -5", "p_cnt"},
		{"pointer past the line", "0 03 n 01 x 0 002 + 1 n 0101", "p_cnt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := parseData(tt.line, 1)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

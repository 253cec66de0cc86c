package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/quote"
)

func TestRuneOffsets(t *testing.T) {
	conv := runeOffsets("Zoë said “yes”.")
	tests := []struct {
		name      string
		cp, bytes int
	}{
		{"start", 0, 0},
		{"after a two-byte letter", 3, 4},
		{"after a three-byte mark", 10, 13},
		{"past the end is the end", 99, len("Zoë said “yes”.")},
		{"before the start is the start", -1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.bytes, conv(tt.cp))
		})
	}
}

func TestLabel(t *testing.T) {
	// "Zoë said: “Come in.”" — the source "Zoë" is code points 0-3, the
	// content "Come in." 11-19 (bytes 14-22).
	text := "Zoë said: “Come in.”"
	ex := quote.Example{Quote: corpus.Span{Start: 14, End: 22}, Candidates: []quote.Candidate{
		{}, {Span: corpus.Span{Start: 0, End: 4}}}}
	src := &part{Spans: [][2]int{{0, 3}}}
	content := &part{Spans: [][2]int{{11, 19}}}
	other := &part{Spans: [][2]int{{4, 8}}}
	tests := []struct {
		name  string
		attrs []attribution
		want  int
		ok    bool
	}{
		{"the candidate in the source", []attribution{{Source: src, Content: content}}, 1, true},
		{"no attribution: nobody's", nil, 0, true},
		{"a source no candidate is: nobody of these", []attribution{{Source: other, Content: content}}, 0, true},
		{"an attribution without a source teaches nothing", []attribution{{Content: content}}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := label(text, tt.attrs, ex)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestScoreOnlyNamesABadFile: weights that cannot be read are refused
// with an error naming the file, before any corpus is read.
func TestScoreOnlyNamesABadFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte("{not json"), 0o644))
	tests := []struct {
		name, path string
	}{
		{"missing", filepath.Join(dir, "none.json")},
		{"not JSON", bad},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := scoreOnly(tt.path, filepath.Join(dir, "no-train"), "")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.path)
		})
	}
}

// TestTally: the trainer's report counts right and wrong mentions and the
// quotations kept from anyone.
func TestTally(t *testing.T) {
	tests := []struct {
		name  string
		picks [][2]int
		want  string
	}{
		{"none", nil, "0 quotations; someone's: 0, model right 0 (0.000), wrong mention 0; nobody's: 0, kept out 0 (0.000)"},
		{"a right, a wrong and a missed speaker; one kept out, one not",
			[][2]int{{1, 1}, {2, 1}, {3, 0}, {0, 0}, {0, 2}},
			"5 quotations; someone's: 3, model right 1 (0.333), wrong mention 1; nobody's: 2, kept out 1 (0.500)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tally(tt.picks))
		})
	}
}

// TestOnlyCueless: tuning and the reports read the cue-less examples.
func TestOnlyCueless(t *testing.T) {
	exs := []labelled{{gold: 1, cueless: true}, {gold: 2}, {gold: 0, cueless: true}}
	got := onlyCueless(exs)
	require.Len(t, got, 2)
	assert.Equal(t, 1, got[0].gold)
	assert.Equal(t, 0, got[1].gold)
}

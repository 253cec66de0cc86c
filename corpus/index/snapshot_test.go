package index

import (
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestColumns writes an index's numeric arrays raw and reads them back:
// the index restored from them finds what the built one finds, and a cut
// or inflated column is refused with an error, never read past its end.
func TestColumns(t *testing.T) {
	c := phraseCorpus()
	x := Build(c)
	s := x.Snapshot()
	raw, err := s.AppendColumns(nil)
	require.NoError(t, err)

	t.Run("round trip", func(t *testing.T) {
		back := s.WithoutColumns()
		assert.Empty(t, back.TPost.Data, "gob's part holds no postings")
		rest, err := back.ReadColumns(append(raw, "tail"...))
		require.NoError(t, err)
		assert.Equal(t, "tail", string(rest))
		y, err := Restore(c, back)
		require.NoError(t, err)
		for _, frag := range []string{"know this is esy", "talks must go"} {
			want := x.Phrase(frag, x.Analyze(frag), KindQuote, 10)
			require.NotEmpty(t, want)
			assert.Equal(t, want, y.Phrase(frag, y.Analyze(frag), KindQuote, 10), frag)
		}
	})

	bad := []struct {
		name string
		raw  []byte
	}{
		{"empty", nil},
		{"cut in a length", raw[:4]},
		{"cut in the items", raw[:len(raw)-1]},
		{"a length past the end", binary.LittleEndian.AppendUint64(nil, 1<<60)},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := (&Snapshot{}).ReadColumns(tt.raw)
			assert.Error(t, err)
		})
	}
}

// TestRestoreRefuses: a snapshot whose postings, documents by article or
// terms do not hold together is refused with an error, never read.
func TestRestoreRefuses(t *testing.T) {
	c := phraseCorpus()
	tests := []struct {
		name  string
		spoil func(s *Snapshot)
	}{
		{"a posting list cut short", func(s *Snapshot) { s.TPost.Start[1]-- }},
		{"a document id past the end", func(s *Snapshot) { s.TPost.Data[3] = 0x7f }},
		{"paragraph postings read as text", func(s *Snapshot) { s.TPost, s.PPost = s.PPost, s.TPost }},
		{"an article's first document out of order", func(s *Snapshot) { s.ArtFirst[len(s.ArtFirst)-1] = 0 }},
		{"documents by article missing", func(s *Snapshot) { s.ArtFirst = s.ArtFirst[:len(s.ArtFirst)-1] }},
		{"a term twice", func(s *Snapshot) {
			// The arena packed again with the second term the first's.
			first := s.TermBytes[:s.TermStarts[1]]
			rest := s.TermBytes[s.TermStarts[2]:]
			b := append(append(append([]byte(nil), first...), first...), rest...)
			shift := 2*s.TermStarts[1] - s.TermStarts[2]
			starts := append([]uint32(nil), s.TermStarts...)
			starts[2] = 2 * s.TermStarts[1]
			for i := 3; i < len(starts); i++ {
				starts[i] += shift
			}
			s.TermBytes, s.TermStarts = b, starts
		}},
		{"terms past their bytes", func(s *Snapshot) { s.TermStarts[len(s.TermStarts)-1]++ }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Build(c).Snapshot() // a build of its own: the spoils write into its arrays
			tt.spoil(s)
			_, err := Restore(c, s)
			assert.Error(t, err)
		})
	}
	_, err := Restore(c, Build(c).Snapshot())
	assert.NoError(t, err, "the snapshot as taken")
}

// FuzzColumns: no input makes the column reader panic or allocate more
// than its input holds, and what it reads is written back the same.
func FuzzColumns(f *testing.F) {
	raw, err := Build(phraseCorpus()).Snapshot().AppendColumns(nil)
	require.NoError(f, err)
	f.Add(raw)
	f.Add(raw[:20])
	f.Fuzz(func(t *testing.T, b []byte) {
		var s Snapshot
		rest, err := s.ReadColumns(b)
		if err != nil {
			return
		}
		again, err := s.AppendColumns(nil)
		require.NoError(t, err)
		assert.Equal(t, b[:len(b)-len(rest)], again)
	})
}

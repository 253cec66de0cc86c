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

package engine

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/synth"
)

// TestColumnsCoverModel fails when a model type gains or loses a field
// that the snapshot's columns (snapshot_cols.go) do not write: extend
// appendCorpusColumns and readCorpusColumns, then this list.
func TestColumnsCoverModel(t *testing.T) {
	written := map[reflect.Type]string{
		reflect.TypeOf(corpus.Article{}):   "ID File Text Title Paragraphs Sentences Outlet OutletFrom URL Published Cites",
		reflect.TypeOf(corpus.Paragraph{}): "start end Kind why line",
		reflect.TypeOf(corpus.Date{}):      "Year Month Day",
		reflect.TypeOf(corpus.Span{}):      "Start End",
		reflect.TypeOf(corpus.Person{}):    "ID Name Kind Aliases Roles Mentions",
		reflect.TypeOf(corpus.Mention{}):   "Article start end",
		reflect.TypeOf(corpus.Quote{}):     "ID Article File Text Paragraph SpeakerID Speaker Cue Cluster start end mStart mEnd Form",
		reflect.TypeOf(corpus.Fact{}):      "Article Paragraph Cluster nValues nPeople start end values people",
		reflect.TypeOf(corpus.Value{}):     "Text Norm Num start end Unit Kind",
		reflect.TypeOf(corpus.Cluster{}):   "p",
	}
	for typ, want := range written {
		t.Run(typ.Name(), func(t *testing.T) {
			var got []string
			for i := 0; i < typ.NumField(); i++ {
				got = append(got, typ.Field(i).Name)
			}
			assert.Equal(t, want, strings.Join(got, " "))
		})
	}
}

// TestCorpusColumnsRoundTrip writes corpora's lists as columns and reads
// them back equal, field for field, with the strings a build points into
// its article's text pointing into it again.
func TestCorpusColumnsRoundTrip(t *testing.T) {
	seeds, err := OpenDir("", Options{})
	require.NoError(t, err)
	gen := synth.Generate(synth.Options{Articles: 200, Seed: 5})
	syn, err := Open(gen.FS, "synth", Options{})
	require.NoError(t, err)
	tiny, err := Open(tinyCorpus, "tiny", Options{})
	require.NoError(t, err)
	for _, tt := range []struct {
		name string
		e    *Engine
	}{{"seeds", seeds}, {"synthetic", syn}, {"one article", tiny}, {"empty", &Engine{}}} {
		t.Run(tt.name, func(t *testing.T) {
			c := &corpus.Corpus{}
			if tt.e.cur.Load() != nil {
				c = tt.e.Corpus()
			}
			b, err := appendCorpusColumns([]byte("before"), c)
			require.NoError(t, err)
			require.Equal(t, "before", string(b[:6]))
			back, rest, err := readCorpusColumns(append(b[6:], "after"...))
			require.NoError(t, err)
			assert.Equal(t, "after", string(rest))
			assert.Equal(t, c.Articles, back.Articles)
			assert.Equal(t, c.People, back.People)
			assert.Equal(t, c.Quotes, back.Quotes)
			assert.Equal(t, c.Facts, back.Facts)
			assert.Equal(t, c.QuoteClusters, back.QuoteClusters)
			assert.Equal(t, c.FactClusters, back.FactClusters)
			// The lists behind a pointer are compared whole: an equality
			// of structs follows the pointer to the first item only.
			for i := range c.Facts {
				assert.Equal(t, c.Facts[i].Values(), back.Facts[i].Values(), "fact %d's values", i)
				assert.Equal(t, c.Facts[i].People(), back.Facts[i].People(), "fact %d's people", i)
			}
			for _, cs := range [][2][]corpus.Cluster{{c.QuoteClusters, back.QuoteClusters}, {c.FactClusters, back.FactClusters}} {
				for i := range cs[0] {
					assert.Equal(t, cs[0][i].Members(), cs[1][i].Members(), "cluster %d's members", i)
					assert.Equal(t, cs[0][i].Articles(), cs[1][i].Articles(), "cluster %d's articles", i)
				}
			}
			for i, a := range c.Articles {
				for k, p := range a.Paragraphs {
					assert.Equal(t, p.Why(), back.Articles[i].Paragraphs[k].Why(), "article %d paragraph %d's reason", i, k)
				}
			}
			into := func(a *corpus.Article, s string) bool {
				p, base := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(a.Text)))
				return s == "" || p >= base && p+uintptr(len(s)) <= base+uintptr(len(a.Text))
			}
			for _, q := range back.Quotes {
				assert.True(t, into(back.Articles[q.Article], q.Text), "quotation %d's text", q.ID)
			}
			for i, f := range back.Facts {
				assert.True(t, into(back.Articles[f.Article], f.Text(back)), "fact %d's text", i)
			}
		})
	}
}

// TestCorpusColumnsRefused checks that lists which do not hold together
// are refused with a line that says what is wrong, and that a corpus
// whose ids are not their places is not written.
func TestCorpusColumnsRefused(t *testing.T) {
	e, err := Open(tinyCorpus, "tiny", Options{})
	require.NoError(t, err)
	good, err := appendCorpusColumns(nil, e.Corpus())
	require.NoError(t, err)
	for _, tt := range []struct {
		name string
		b    []byte
		want string
	}{
		{"cut short", good[:len(good)-3], "cut short"},
		{"a huge count of strings", append([]byte{0xff, 0xff, 0xff, 0x7f}, good[4:]...), "strings out of range"},
		{"nothing", nil, "cut short"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := readCorpusColumns(tt.b)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	t.Run("a quotation out of place is not written", func(t *testing.T) {
		c := *e.Corpus()
		c.Quotes = append([]corpus.Quote(nil), c.Quotes...)
		require.NotEmpty(t, c.Quotes)
		c.Quotes[0].ID = 7
		_, err := appendCorpusColumns(nil, &c)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "quotation 0 out of place")
	})
	t.Run("a derived text past its article is refused", func(t *testing.T) {
		a := &corpus.Article{File: "a.txt", Text: "hello world", Paragraphs: []corpus.Paragraph{corpus.NewParagraph(corpus.Span{End: 11}, corpus.ParaBody)}}
		c := &corpus.Corpus{Articles: []*corpus.Article{a},
			Quotes:        []corpus.Quote{corpus.Quote{File: "a.txt", Text: "hello", SpeakerID: corpus.NoPerson}.WithSpan(corpus.Span{End: 5})},
			QuoteClusters: []corpus.Cluster{{}}}
		c.QuoteClusters[0].SetLists([]int32{0, 0}, 1)
		b, err := appendCorpusColumns(nil, c)
		require.NoError(t, err)
		back, _, err := readCorpusColumns(b)
		require.NoError(t, err)
		require.Equal(t, "hello", back.Quotes[0].Text)
		// The quotation's file and text derived, its span 0–5: make it
		// 0–50.
		at := bytes.Index(b, []byte{1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0})
		require.Positive(t, at)
		b[at+12] = 50
		_, _, err = readCorpusColumns(b)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "quotation 0: span out of range")
	})
}

// FuzzCorpusColumns feeds the lists' reader damaged bytes: they are
// refused or read, never a panic, and what reads is within its bounds
// and, written again, reads back the same.
func FuzzCorpusColumns(f *testing.F) {
	e, err := Open(tinyCorpus, "tiny", Options{})
	if err != nil {
		f.Fatal(err)
	}
	good, err := appendCorpusColumns(nil, e.Corpus())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		c, _, err := readCorpusColumns(b)
		if err != nil {
			return
		}
		if checkCorpus(c) != nil {
			return
		}
		again, err := appendCorpusColumns(nil, c)
		if err != nil {
			return // a corpus the writer refuses (ids out of place) is not a snapshot's
		}
		back, _, err := readCorpusColumns(again)
		require.NoError(t, err)
		assert.Equal(t, c, back)
	})
}

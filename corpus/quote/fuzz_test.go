package quote_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/person"
	"factdesk/corpus/quote"
	"factdesk/seeds"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"\"We will win,\" said Tom Fuller.",
		"''It is over,'' Mr. Fuller said. ''Not now.",
		"The talks are over - Kowalska wrote on X.\nEverything depends on trust - Kowalska",
		"He said: \u201cShe asked, \u2018why?\u2019\u201d and left \u2015 Ann Lee",
		"rock 'n' roll, '90s, \u201c\u201d\"\"'' - - \u2013 said the Russian diplomat.",
		"Weber (R-Utah), a veteran, said \"x\" and \"y\" (",
		"We played with our hearts today and the young ones showed it.\n- Weber emphasized.",
		"On Tuesday, before saying, \"x y z.\"",
		"\u2018No time to rest\u2019 \u2014 Weber tells his squad\nKarl Weber spoke.",
		"\"The piers will not last another hard winter.\"\n-Mayor Ann Vell, speaking after the vote.",
		"DUNMORE, Ore. \u2014 Even as Ann Vell spoke, she called it a \"Harbour Friends for Ann 2008\" bus tour.",
		"She said that it held, to which Lund interjected: \"No.\" \"x y z,\" the report stated.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := article(0, text)
		if len(a.Paragraphs) > 1 && len(text)%2 == 0 {
			// Half the inputs open with a headline, which the headline
			// sieve reads.
			a.Paragraphs[0].Kind = corpus.ParaTitle
		}
		arts := []*corpus.Article{a}
		r := person.Build(arts)
		qs := quote.Extract(arts, r)
		people := r.People()
		for i, q := range qs {
			if int(q.ID) != i {
				t.Fatalf("quote %d has id %d", i, q.ID)
			}
			if q.Span().Start < 0 || q.Span().End > len(text) || q.Span().Start > q.Span().End {
				t.Fatalf("span %v out of %d bytes", q.Span(), len(text))
			}
			if text[q.Span().Start:q.Span().End] != q.Text {
				t.Fatalf("text %q is not Text[%v]", q.Text, q.Span())
			}
			if q.SpeakerID != corpus.NoPerson && (q.SpeakerID < 0 || int(q.SpeakerID) >= len(people)) {
				t.Fatalf("speaker id %d of %d people", q.SpeakerID, len(people))
			}
			if q.SpeakerID == corpus.NoPerson && q.Speaker != "" {
				t.Fatalf("speaker %q without an id", q.Speaker)
			}
			if utf8.ValidString(text) && !utf8.ValidString(q.Text) {
				t.Fatalf("quote %q cuts a character", q.Text)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	arts, size := seedsTenTimes(b)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := person.Build(arts)
		_ = quote.Extract(arts, r)
	}
}

// BenchmarkExtractFeatures is BenchmarkExtract with the quotation filter's
// features computed for every quotation: what the filter costs when on.
func BenchmarkExtractFeatures(b *testing.B) {
	arts, size := seedsTenTimes(b)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := person.Build(arts)
		_, _, _ = quote.ExtractFeatures(arts, r)
	}
}

// seedsTenTimes is the seeds ten times over, a corpus the size of a day's
// news desk, and its size in bytes.
func seedsTenTimes(b *testing.B) ([]*corpus.Article, int) {
	c, _ := extractSeeds(b)
	var texts []string
	size := 0
	for _, a := range c.Articles {
		texts = append(texts, a.Text)
		size += len(a.Text)
	}
	var arts []*corpus.Article
	for i := 0; i < 10; i++ {
		for _, s := range texts {
			arts = append(arts, article(len(arts), s))
		}
	}
	_ = seeds.FS
	_ = strings.TrimSpace
	return arts, 10 * size
}

// FuzzExtractFeatures reads any text into the filter's features without a
// panic, one list per quotation, each with its bias.
func FuzzExtractFeatures(f *testing.F) {
	for _, s := range []string{
		"\"We will win,\" said Tom Fuller.",
		"Fuller called it \"a farce\" and left.",
		"\u201cNo,\u201d \u201cyes\u201d [sic] #tag said Ann Lee. \"",
		"Ann Lee: \"We\" \"I\"\n\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		arts := []*corpus.Article{article(0, text)}
		qs, by, feats := quote.ExtractFeatures(arts, person.Build(arts))
		if len(feats) != len(qs) || len(by) != len(qs) {
			t.Fatalf("%d quotations, %d feature lists, %d sieves", len(qs), len(feats), len(by))
		}
		for i, fs := range feats {
			if len(fs) == 0 || fs[0] != "bias" {
				t.Fatalf("quotation %d: features %q lack the bias", i, fs)
			}
		}
	})
}

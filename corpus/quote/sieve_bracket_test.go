package quote_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBracketedSourceSpeaks: a digest cites what it excerpts by naming the
// source in square brackets after the quotation; that source is the
// speaker. Brackets holding anything but a short name cite no one.
func TestBracketedSourceSpeaks(t *testing.T) {
	type q struct{ text, speaker string }
	for _, tc := range []struct {
		name, text string
		want       []q
	}{
		{"a newsletter item cites its source",
			"NORTH QUAY SHUT FOR THE WINTER \u201cThe harbour board voted on Monday to close the north quay until March, citing storm damage.\u201d [Dunmore Gazette.]",
			[]q{{"The harbour board voted on Monday to close the north quay until March, citing storm damage.", "Dunmore Gazette"}}},
		{"without a full stop in the brackets",
			"FERRY FARES RISE \u201cTickets on the island route will cost a fifth more from May.\u201d [Coast Herald]",
			[]q{{"Tickets on the island route will cost a fifth more from May.", "Coast Herald"}}},
		{"an author named before a colon wrote it; the brackets say where",
			"FARES TO RISE IN MAY - Ann B. Lowry: \u201cThe island route has lost money for three winters running.\u201d [Coast Herald.]",
			[]q{{"The island route has lost money for three winters running.", "Ann B. Lowry"}}},
		{"a bracket of lower-case words cites no one",
			"NORTH QUAY SHUT FOR THE WINTER \u201cThe harbour board voted on Monday to close the north quay until March.\u201d [photo by staff]",
			nil},
		{"an editor's insertion is no source",
			"\u201cWe told [the mayor] about the cracks twice,\u201d Tom Lund said.",
			[]q{{"We told [the mayor] about the cracks twice,", "Tom Lund"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got, _ := extract(t, tc.text)
			var have []q
			for _, g := range got {
				have = append(have, q{g.Text, g.Speaker})
			}
			assert.Equal(t, tc.want, have)
		})
	}
}

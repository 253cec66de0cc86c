package person_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
	"factdesk/corpus/person"
)

// The text around a name the scanner made a person's can say it is a
// body: a parliament, a club, a firm (invented names).
func TestBuildBodiesFromContext(t *testing.T) {
	tests := []struct {
		name, text, who, kind string
	}{
		{"the before most mentions", "The Varna Sejmik met on Monday.\n\nLater the Varna Sejmik approved the budget.\n",
			"Varna Sejmik", "org"},
		{"a plural verb after", "Ostrava Kestrels have confirmed the signing.\n\nOstrava Kestrels were beaten on Saturday.\n",
			"Ostrava Kestrels", "org"},
		{"a group noun last", "Pellam Caucus said on Monday it would back the levy.\n",
			"Pellam Caucus", "org"},
		{"the before a noun is the noun's", "Brevik Holm spoke on Monday.\n\nThe Brevik Holm campaign said the Brevik Holm team would rest.\n",
			"Brevik Holm", "person"},
		{"a person's verbs", "Brevik Holm has resigned.\n\nBrevik Holm was seen leaving on Monday.\n",
			"Brevik Holm", "person"},
		{"one of two doing it", "Tove Quillan and Brevik Holm have resigned.\n\nBrevik Holm was seen leaving.\n",
			"Brevik Holm", "person"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := person.Build(articles(tt.text))
			kinds := kindsOf(r)
			assert.Equal(t, tt.kind, kinds[tt.who], "%v", kinds)
		})
	}
}

// A quotation's speaker written after "the" ("The Harbour Ledger
// added:") is a body, not a person the tables should hold.
func TestEnsureSpeakerAfterThe(t *testing.T) {
	text := "Ann Vell spoke on Monday.\n\nThe Skerry Ledger added: \"The ferry will run.\"\n"
	arts := articles(text)
	r := person.Build(arts)
	at := strings.Index(text, "The Skerry Ledger")
	id := r.Ensure(arts[0], "The Skerry Ledger", corpus.Span{Start: at, End: at + len("The Skerry Ledger")})
	p := r.Person(id)
	if assert.NotNil(t, p) {
		assert.NotEqual(t, corpus.KindPerson, p.Kind, "%s", p.Name)
	}
	at = strings.Index(text, "Ann Vell")
	id = r.Ensure(arts[0], "Ann Vell", corpus.Span{Start: at, End: at + len("Ann Vell")})
	assert.Equal(t, corpus.KindPerson, r.Person(id).Kind)
}

package person_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/person"
)

func TestTypeOf(t *testing.T) {
	for _, tc := range []struct {
		name string
		want person.EntityType
	}{
		{"Sen. Ann Lord", person.TypePerson},
		{"the spokesman", person.TypePerson},
		{"the Harbour Safety Board", person.TypeOrg},
		{"the agency", person.TypeOrg},
		{"the Board of Elections", person.TypeOrg}, // the head is before "of"
		{"Interior Ministry", person.TypeOrg},
		{"Harbour Products", person.TypeOrg}, // a firm's plural word
		{"Coastal News", person.TypeOutlet},
		{"The Dunmore Daily", person.TypeOutlet},
		{"Twitter", person.TypeOutlet},
		{"Dunmore Mayor Ann Guardian", person.TypeOrg}, // no outlet: a mayor's surname; the scan's organisation word decides
		{"the Harbour Caucus", person.TypeUnknown},     // lawmakers, not an event
		{"CNN", person.TypeOutlet},
		{"the Dunmore caucuses", person.TypeEvent},
		{"the rally", person.TypeEvent},
		{"National Rally", person.TypeUnknown}, // a party
		{"the Harbour Summit", person.TypeEvent},
		{"the clip", person.TypeWork},
		{"a weekly talk show", person.TypeWork},
		{"Lake County", person.TypePlace},
		{"Central America", person.TypePlace},
		{"Harbour Relief Ministries", person.TypeOrg}, // an organisation word in the plural
		{"Dunmore Glass", person.TypeUnknown},         // "glass" is no plural
		{"Camp Harlow", person.TypeOrg},               // a summer camp, which speaks through its staff
		{"Operation Tidewater", person.TypeEvent},     // a police operation
		{"camp Harlow", person.TypeUnknown},           // only a capitalised word opens a name
		{"Vell", person.TypeUnknown},                  // a name alone tells nothing
		{"the book", person.TypeUnknown},              // a document speaks for its author
		{"", person.TypeUnknown},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want.String(), person.TypeOf(tc.name).String())
		})
	}
}

func TestTypeSpeaks(t *testing.T) {
	for _, tc := range []struct {
		t    person.EntityType
		want bool
	}{
		{person.TypePerson, true}, {person.TypeOrg, true}, {person.TypeOutlet, true}, {person.TypeUnknown, true},
		{person.TypePlace, false}, {person.TypeEvent, false}, {person.TypeWork, false},
	} {
		t.Run(tc.t.String(), func(t *testing.T) {
			assert.Equal(t, tc.want, tc.t.Speaks())
		})
	}
}

func TestWorkTitle(t *testing.T) {
	for _, tc := range []struct {
		name, text, quoted string
		want               bool
	}{
		{"after a work's noun", `He wrote the book "Harbour Nights" in a year.`, `"Harbour Nights"`, true},
		{"a show called", `It is based on a show called "Dock Lives," from Norway.`, `"Dock Lives,"`, true},
		{"titled", `The ad, titled "Harbour First," ran twice.`, `"Harbour First,"`, true},
		{"starred in", `Lund, who starred in "Coast Guard Blues," said no.`, `"Coast Guard Blues,"`, true},
		{"a noun after it", `The "Harbour Nights" series ended.`, `"Harbour Nights"`, true},
		{"a list of titles", `Lund, who starred in "Coast Guard Blues" and "Harbour Nights," said no.`, `"Harbour Nights,"`, true},
		{"a quotation after speech", `Vell said "we will win" and "Harbour Nights Forever" twice.`, `"Harbour Nights Forever"`, false},
		{"a song", `She closed with the old anthem "Harbour Lights Forever," to cheers.`, `"Harbour Lights Forever,"`, true},
		{"a programme told", `"I wish him well," Vell told the hosts of "Harbour Mornings," on Monday.`, `"Harbour Mornings,"`, true},
		{"told it", `Vell told "Harbour Mornings" he would run.`, `"Harbour Mornings"`, true},
		{"speech in lower case", `He called the book "a waste of paper" on Monday.`, `"a waste of paper"`, false},
		{"a nickname after called", `Vell called him "Crooked Strand" again.`, `"Crooked Strand"`, false},
		{"no work named", `"We Will Win," Vell said.`, `"We Will Win,"`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			i := indexOf(t, tc.text, tc.quoted)
			assert.Equal(t, tc.want, person.WorkTitle(tc.text, i, i+len(tc.quoted)))
		})
	}
}

func indexOf(t *testing.T, text, sub string) int {
	t.Helper()
	for i := 0; i+len(sub) <= len(text); i++ {
		if text[i:i+len(sub)] == sub {
			return i
		}
	}
	require.FailNow(t, "not in text", sub)
	return -1
}

// kindsOf maps each built name to its kind as `factdesk people --json`
// writes it.
func kindsOf(r *person.Resolver) map[string]string {
	kinds := map[string]string{}
	for _, p := range r.People() {
		kinds[p.Name] = p.Kind.String()
	}
	return kinds
}

// The kinds a reader sees in `factdesk people --json`.
func TestBuildKinds(t *testing.T) {
	text := "On Monday, Sen. Ann Vell spoke to Coastal News about the Dunmore Summit.\n\n" +
		"Vell said the Harbour Safety Board would meet at the Dunmore Summit again.\n"
	r := person.Build(articles(text))
	kinds := kindsOf(r)
	assert.Equal(t, "person", kinds["Ann Vell"])
	assert.Equal(t, "outlet", kinds["Coastal News"])
	assert.Equal(t, "event", kinds["Dunmore Summit"])
	assert.Equal(t, "org", kinds["Harbour Safety Board"])
}

// The text around a name the scanner made a person's can say it is no
// person: a place's preposition before most of its mentions, the
// dictionary's gazetteer, a camp's or an operation's word first. A name
// opening with a given name, or one written after "in" only as a
// possessive or a noun's modifier, stays a person's.
func TestBuildKindsFromContext(t *testing.T) {
	tests := []struct {
		name, text, who, kind string
	}{
		{"preposition of place", "Protesters gathered in Brevik Holm on Monday.\n\nPolice in Brevik Holm said four were held.\n",
			"Brevik Holm", "place"},
		{"gazetteer", "Sen. Ann Vell flew on Monday.\n\nBaton Rouge was quiet when Vell landed. Baton Rouge police met her.\n",
			"Baton Rouge", "place"},
		{"camp", "Camp Harlow lost four canoes on Monday.\n\nCamp Harlow said the river rose overnight.\n",
			"Camp Harlow", "org"},
		{"operation", "Operation Tidewater began on Monday.\n\nOperation Tidewater ended with six arrests.\n",
			"Operation Tidewater", "event"},
		{"possessive after in", "Brevik Holm spoke on Monday.\n\nIn Brevik Holm's view, the plan failed. Brevik Holm left.\n",
			"Brevik Holm", "person"},
		{"modifier after in", "Brevik Holm spoke on Monday.\n\nVoters in Brevik Holm country stayed home.\n",
			"Brevik Holm", "person"},
		{"given name first", "Voters in Ann Vell trust little.\n\nThey voted in Ann Vell again.\n",
			"Ann Vell", "person"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := person.Build(articles(tt.text))
			kinds := kindsOf(r)
			assert.Equal(t, tt.kind, kinds[tt.who], "%v", kinds)
		})
	}
}

// A corpus's own publishers are outlets wherever they are named.
func TestTypeOfCorpusOutlet(t *testing.T) {
	arts := articles("Vell spoke on Monday.\n")
	arts[0].Outlet = "The Harbour Ledger"
	r := person.Build(arts)
	assert.Equal(t, person.TypeOutlet, r.TypeOf("the Harbour Ledger"))
	assert.Equal(t, person.TypeUnknown, r.TypeOf("Vell"))
}

func TestKindText(t *testing.T) {
	for _, k := range []corpus.EntityKind{corpus.KindPerson, corpus.KindOrg, corpus.KindOutlet, corpus.KindPlace, corpus.KindEvent, corpus.KindWork, corpus.KindProduct} {
		t.Run(k.String(), func(t *testing.T) {
			b, err := k.MarshalText()
			require.NoError(t, err)
			var back corpus.EntityKind
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, k, back)
		})
	}
	var k corpus.EntityKind
	assert.Error(t, k.UnmarshalText([]byte("planet")))
}

func FuzzWorkTitle(f *testing.F) {
	f.Add(`the book "Harbour Nights" ended`, 9, 25)
	f.Add(`a show called "Dock Lives,"`, 14, 27)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		_ = person.WorkTitle(text, start, end) // must not panic, whatever the span
		_ = person.TypeOf(text)
	})
}

// A maker's name before a product's ("Arlo Skimmer", a drone) names the
// product, and the maker alone is no first name of it; a person whose
// surname modifies a product's noun ("the Vell plane") stays a person.
func TestBuildProduct(t *testing.T) {
	tests := []struct {
		name, text, who, kind string
	}{
		{"maker and product", "The Arlo Skimmer flew on Monday.\n\nThe Skimmer drone landed late. Arlo said it was safe.\n",
			"Arlo Skimmer", "product"},
		{"person's plane", "Sen. Ann Vell flew on Monday.\n\nThe Vell plane landed late. Ann said it was safe.\n",
			"Ann Vell", "person"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := person.Build(articles(tt.text))
			kinds := kindsOf(r)
			assert.Equal(t, tt.kind, kinds[tt.who])
			a := articles(tt.text)[0]
			id := r.Resolve(a, strings.Fields(tt.who)[0], strings.LastIndex(tt.text, strings.Fields(tt.who)[0]))
			if tt.kind == "product" {
				assert.NotEqual(t, tt.who, nameOf(r, id), "the maker alone is not the product")
			} else {
				assert.Equal(t, tt.who, nameOf(r, id))
			}
		})
	}
}

func nameOf(r *person.Resolver, id int) string {
	for _, p := range r.People() {
		if p.ID == id {
			return p.Name
		}
	}
	return ""
}

// A verb with "not" run into it opens a question, not a name: "Don’t"
// is no Don.
func TestContractionIsNoName(t *testing.T) {
	for _, tt := range []struct{ name, text string }{
		{"curly", "Ann Vell spoke on Monday.\n\nBut what if Tom Strand wins? Don\u2019t Republicans run the risk of his picks?\n"},
		{"straight", "Ann Vell spoke on Monday.\n\nBut what if Tom Strand wins? Won't Republicans run the risk of his picks?\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := person.Build(articles(tt.text))
			for _, p := range r.People() {
				assert.NotContains(t, p.Name, "Republicans")
			}
		})
	}
}

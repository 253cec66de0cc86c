package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
)

func TestFutureClause(t *testing.T) {
	for _, c := range []struct {
		name, text, value string
		want              bool
	}{
		{"will", "The ferry will sail again in late May.", "May", true},
		{"is supposed to", "The new ferry is supposed to launch in late May.", "May", true},
		{"past", "The ferry sailed again in late May.", "May", false},
		{"a past plan", "The ferry was slated to sail after it was launched in May.", "May", false},
		{"a past verb after the mark", "Berg, who will lead the crew, was named in May.", "May", false},
		{"the mark after the date", "The crew left in May for what was expected to be a week.", "May", false},
		{"a clause that goes on", "The tug will tow it out when it leaves port, freeing the berth in May.", "May", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			at := strings.LastIndex(c.text, c.value)
			assert.Equal(t, c.want, futureClause(c.text, 0, at))
		})
	}
}

func TestPastAsked(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"when did the ferry launch", true},
		{"when was the ferry launched", true},
		{"when was the launch scheduled", false},
		{"when will the ferry launch", false},
		{"when is the ferry due", false},
	} {
		t.Run(c.q, func(t *testing.T) {
			assert.Equal(t, c.want, pastAsked(Parse(c.q)))
		})
	}
}

// TestWhenDidNotTheDateToCome: a past question is not answered by the
// date of the same event's next occasion, written in the future.
func TestWhenDidNotTheDateToCome(t *testing.T) {
	f := newFixture(t)
	a := f.article("a.txt", "Harbour Wire", "",
		"The Nordlys ferry first sailed from Halden on June 5.\n\n"+
			"The Nordlys ferry will sail from Halden again in late September.\n")
	f.fact(a, "The Nordlys ferry first sailed from Halden on June 5.", nil, corpus.Value{Kind: corpus.ValueDate, Text: "June 5", Norm: "2025-06-05"})
	f.fact(a, "The Nordlys ferry will sail from Halden again in late September.", nil, corpus.Value{Kind: corpus.ValueDate, Text: "late September", Norm: "2025-09"})
	checkAsks(t, f.build(), []askCase{
		{"past", "when did the nordlys ferry sail from halden", "June 5, 2025"},
		{"future", "when will the nordlys ferry sail from halden", "late September"},
	})
}

// FuzzFutureClause checks the reader never panics on any text and offset
// and reads only the clause between from and at.
func FuzzFutureClause(f *testing.F) {
	for _, s := range []string{"The ferry will sail in May.", "", "will ’ll is to", "Berg, who will lead, was named in May."} {
		f.Add(s, 0, len(s)/2)
	}
	f.Fuzz(func(t *testing.T, text string, from, at int) {
		got := futureClause(text, from, at)
		if at < 0 || at > len(text) || from < 0 || from > at {
			assert.False(t, got, "a span outside the text says nothing")
			return
		}
		// Only the clause before at is read: what follows it, or comes
		// before from, does not change the reading.
		assert.Equal(t, got, futureClause(text[:at], from, at), "text after at")
		assert.Equal(t, got, futureClause("Ny will. "+text, from+9, at+9), "text before from")
	})
}

// TestWhenDue: "when is X due in Y" is answered by the visit's own verb;
// "due" is the question's modality.
func TestWhenDue(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	a := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"The port said Ann Berg has agreed to visit Halden next week.\n")
	f.mention(berg, a, "Ann Berg")
	f.fact(a, "The port said Ann Berg has agreed to visit Halden next week.", []int{berg},
		corpus.Value{Kind: corpus.ValueRelative, Text: "next week", Norm: "next week"})
	checkAsks(t, f.build(), []askCase{
		{"due in", "when is berg due in halden", "next week"},
	})
}

// TestWhenTheThingNotItsCrew: "when will the ferry come back" is not
// answered by the day its crew comes back, written with the crew as the
// verb's subject, however many outlets give it.
func TestWhenTheThingNotItsCrew(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Per Lund", []string{"Lund"})
	a := f.article("a.txt", "Harbour Wire", "2025-08-02",
		"Ann Berg and Per Lund will come back on a tug in February.\n\n"+
			"The Nordlys ferry will come back in late September.\n")
	b := f.article("b.txt", "Coast Post", "2025-08-02",
		"Ann Berg and Per Lund will come back aboard a tug from the Nordlys ferry in February.\n")
	c := f.article("c.txt", "Fjord Times", "2025-08-02",
		"Ann Berg and Per Lund will come back from the Nordlys ferry in February.\n")
	for _, art := range []int{a, b, c} {
		f.mention(berg, art, "Ann Berg")
		f.mention(lund, art, "Per Lund")
	}
	feb := corpus.Value{Kind: corpus.ValueDate, Text: "February", Norm: "2026-02"}
	f.fact(a, "Ann Berg and Per Lund will come back on a tug in February.", []int{berg, lund}, feb)
	f.fact(a, "The Nordlys ferry will come back in late September.", nil, corpus.Value{Kind: corpus.ValueDate, Text: "late September", Norm: "2025-09"})
	f.fact(b, "Ann Berg and Per Lund will come back aboard a tug from the Nordlys ferry in February.", []int{berg, lund}, feb)
	f.fact(c, "Ann Berg and Per Lund will come back from the Nordlys ferry in February.", []int{berg, lund}, feb)
	checkAsks(t, f.build(), []askCase{
		{"the thing", "when will the nordlys ferry come back", "late September"},
		{"its crew", "when will berg and lund come back", "February"},
	})
}

func TestThingAsked(t *testing.T) {
	for _, c := range []struct{ q, head, verb string }{
		{"when will the halden ferry come back", "ferry", "come"},
		{"when will the crew return", "", ""},
		{"how many boats sailed", "", ""},
	} {
		t.Run(c.q, func(t *testing.T) {
			h, v := thingAsked(Parse(c.q), nil)
			assert.Equal(t, c.head, h)
			assert.Equal(t, c.verb, v)
		})
	}
}

func TestMonthName(t *testing.T) {
	for norm, want := range map[string]string{"2024-09": "September 2024", "2024-13": "", "2024-09-05": "", "next week": "", "": ""} {
		t.Run(norm, func(t *testing.T) { assert.Equal(t, want, monthName(norm)) })
	}
}

// TestWhenSourcesNameThemOtherwise: a date asked of named people is
// reported by an outlet whose sentence, in other words than the
// question's, calls one of them by another form of the name or only "the
// crew" beside a sentence that names them, when its article names them;
// not by one whose article never does.
func TestWhenSourcesNameThemOtherwise(t *testing.T) {
	for _, c := range []struct {
		name, article, sentence string
		reports                 bool
	}{
		{"another form of the name",
			"Annie Berg and Per Lund will return from the Nordlys station on a tug in February.\n",
			"Annie Berg and Per Lund will return from the Nordlys station on a tug in February.", true},
		{"the crew, beside their names",
			"Ann Berg and Per Lund were stranded at the Nordlys station. The station crew will return on a tug in February.\n",
			"The station crew will return on a tug in February.", true},
		{"the crew, never named",
			"A storm closed the Nordlys station. The station crew will return on a tug in February.\n",
			"The station crew will return on a tug in February.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			berg := f.person("Ann Berg", []string{"Berg"})
			lund := f.person("Per Lund", []string{"Lund"})
			lead := "Ann Berg and Per Lund, stranded at the Nordlys station, are due back on a tug in February."
			a := f.article("a.txt", "Harbour Wire", "2025-08-02", lead+"\n")
			f.mention(berg, a, "Ann Berg")
			f.mention(lund, a, "Per Lund")
			feb := corpus.Value{Kind: corpus.ValueDate, Text: "February", Norm: "2026-02"}
			f.fact(a, lead, []int{berg, lund}, feb)
			b := f.article("b.txt", "Coast Post", "2025-08-03", c.article)
			f.fact(b, c.sentence, nil, feb)
			got := f.build().Ask(context.Background(), "when are ann berg and per lund due back")
			require.True(t, got.Found)
			assert.True(t, strings.HasPrefix(got.Answer, "February"), got.Answer)
			files := map[string]bool{}
			for _, s := range got.Sources {
				files[s.File] = true
			}
			assert.Equal(t, c.reports, files["b.txt"], "the other outlet among the sources")
		})
	}
}

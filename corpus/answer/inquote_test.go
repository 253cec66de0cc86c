package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// factDoc is the index document of fact id.
func factDoc(a *Answerer, id int) index.Doc {
	return index.Doc{Kind: index.KindFact, Ref: int32(id), Article: a.c.Facts[id].Article}
}

func TestQuotedSpeaker(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"}, "port director")
	lund := f.person("Ola Lund", []string{"Lund"})
	art := f.article("a.txt", "Harbour Post", "2026-03-02",
		"\"There were 14 arrests at the quay,\" port director Ann Berg told reporters.\n"+
			"Lund called the new timetable \"late and reckless\" before the vote.\n"+
			"The ferry left at noon with 20 cars aboard.\n")
	f.quote(art, "There were 14 arrests at the quay,", berg)
	f.quote(art, "late and reckless", lund)
	arrests := f.fact(art, "\"There were 14 arrests at the quay,\" port director Ann Berg told reporters.", []int{berg}, num("14", "14"))
	called := f.fact(art, "Lund called the new timetable \"late and reckless\" before the vote.", []int{lund})
	ferry := f.fact(art, "The ferry left at noon with 20 cars aboard.", nil, num("20", "20"))
	a := f.build()
	val := func(id int) *corpus.Value { v := a.c.Facts[id].Values()[0]; return &v }
	for _, tc := range []struct {
		name string
		fact int
		c    candidate
		want string
	}{
		{"a count inside a quotation", arrests, candidate{value: val(arrests), line: "14 arrests"}, "Ann Berg"},
		{"a line that is a quoted fragment", called, candidate{line: "late and reckless\" before the vote"}, "Ola Lund"},
		{"a sentence no quotation holds", ferry, candidate{value: val(ferry), line: "20 cars"}, ""},
		{"a line outside the quotation", called, candidate{line: "Lund called the new timetable"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name, _, ok := a.quotedSpeaker(factDoc(a, tc.fact), tc.c)
			assert.Equal(t, tc.want != "", ok)
			assert.Equal(t, tc.want, name)
		})
	}
}

func TestClusterSpeaker(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	one := f.article("a.txt", "Harbour Post", "2026-03-02", "\"We hoped for more, but we will carry on,\" a port executive wrote.\n")
	two := f.article("b.txt", "Coast Wire", "2026-03-02", "\"We had hoped for more, but we will carry on,\" Ann Berg wrote.\n")
	three := f.article("c.txt", "Island Courier", "2026-03-03", "\"Nobody asked the crews,\" a union member said.\n")
	unnamed := f.quote(one, "We hoped for more, but we will carry on,", corpus.NoPerson)
	named := f.quote(two, "We had hoped for more, but we will carry on,", berg)
	alone := f.quote(three, "Nobody asked the crews,", corpus.NoPerson)
	f.sameQuote(unnamed, named)
	a := f.build()
	name, id, ok := a.clusterSpeaker(&a.c.Quotes[unnamed])
	require.True(t, ok, "another outlet names the speaker")
	assert.Equal(t, "Ann Berg", name)
	assert.Equal(t, berg, id)
	_, _, ok = a.clusterSpeaker(&a.c.Quotes[named])
	assert.False(t, ok, "a named quotation keeps its own speaker")
	_, _, ok = a.clusterSpeaker(&a.c.Quotes[alone])
	assert.False(t, ok, "no other wording, no name")

	ans, _ := a.whoSaid(t.Context(), "we hoped for more but we will carry on", "we hoped for more but we will carry on")
	require.True(t, ans.Found)
	assert.Equal(t, "Ann Berg", ans.Speaker)
}

// A line too short to cluster takes its speaker from another outlet's
// wording the question also found, and both outlets are its sources.
func TestWordingSpeakerShortLine(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	one := f.article("a.txt", "Harbour Post", "2026-03-02", "\"That keeps us afloat,\" an official wrote.\n")
	two := f.article("b.txt", "Coast Wire", "2026-03-03", "\"Frankly, that keeps us afloat,\" Ann Berg said of the ferry grant.\n")
	three := f.article("c.txt", "Island Courier", "2026-03-04", "\"That keeps the ferry afloat,\" a clerk said.\n")
	unnamed := f.quote(one, "That keeps us afloat,", corpus.NoPerson)
	f.quote(two, "Frankly, that keeps us afloat,", berg)
	clerk := f.quote(three, "That keeps the ferry afloat,", corpus.NoPerson)
	a := f.build()
	_, _, ok := a.clusterSpeaker(&a.c.Quotes[unnamed])
	require.False(t, ok, "no cluster joins them")

	ans, _ := a.whoSaid(t.Context(), "that keeps us afloat", "that keeps us afloat")
	require.True(t, ans.Found)
	assert.Equal(t, "Ann Berg", ans.Speaker)
	var outlets []string
	for _, s := range ans.Sources {
		require.NotNil(t, s.Outlet)
		outlets = append(outlets, *s.Outlet)
	}
	assert.ElementsMatch(t, []string{"Harbour Post", "Coast Wire"}, outlets)

	_, _, ok = a.wordingSpeaker(&a.c.Quotes[clerk], nil)
	assert.False(t, ok, "with no other wording found, no name")
}

func TestReportedBy(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Ola Lund", []string{"Lund"})
	art := f.article("a.txt", "Harbour Post", "2026-03-02",
		"Berg added that safety is the port's \"Pole Star\" and that crews come first.\n"+
			"Lund repaired the crane that Berg had bought for the port.\n")
	added := f.fact(art, "Berg added that safety is the port's \"Pole Star\" and that crews come first.", []int{berg})
	repaired := f.fact(art, "Lund repaired the crane that Berg had bought for the port.", []int{lund, berg})
	a := f.build()
	for _, tc := range []struct {
		name   string
		fact   int
		person int
		line   string
		want   bool
	}{
		{"the person asked reports it", added, berg, "the port's \"Pole Star\"", true},
		{"another person", added, lund, "the port's \"Pole Star\"", false},
		{"no verb of speech", repaired, lund, "the crane", false},
		{"a line not in the sentence", added, berg, "the harbour", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, a.reportedBy(factDoc(a, tc.fact), a.c.Person(tc.person), tc.line))
		})
	}
}

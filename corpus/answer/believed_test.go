package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWhyBelievedReadsTheReasonAsTheirs(t *testing.T) {
	tests := []struct {
		name, q, want string
	}{
		{"a view's reason is what the person said about why", "why does kolb think the ferry was late", "what did kolb say about why the ferry was late"},
		{"a verb of speech too, and its 'that' dropped", "why did the harbour chief claim that the levy failed?", "what did the harbour chief say about why the levy failed"},
		{"a deed's reason is not a view's", "why did kolb close the quay", ""},
		{"a noun after 'the' is no verb", "why does the report say the dock flooded", "what did the report say about why the dock flooded"},
		{"no one before the verb", "why do think tanks worry", ""},
		{"not a why question", "what does kolb think of the ferry", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := whyBelieved(Parse(tc.q))
			assert.Equal(t, tc.want != "", ok)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestWhySomeoneThinksIsAnsweredByTheirWords(t *testing.T) {
	f := newFixture(t)
	kolb := f.person("Mira Kolb", []string{"Kolb"})
	brandt := f.person("Sven Brandt", []string{"Brandt"})
	art := f.article("a.txt", "Fjord Post", "2026-03-04",
		"The Vesta ferry reached Orvik four hours late on Monday.\n\n"+
			"“The crossing was slow because the new engines were never tested in ice,” Mira Kolb said.\n\n"+
			"“It was a bad night for everyone on board,” Sven Brandt said.\n")
	f.quote(art, "The crossing was slow because the new engines were never tested in ice,", kolb)
	f.quote(art, "It was a bad night for everyone on board,", brandt)
	f.fact(art, "The Vesta ferry reached Orvik four hours late on Monday.", nil)
	a := f.build()
	ans := a.Ask(context.Background(), "why does kolb think the vesta ferry was so slow")
	require.True(t, ans.Found)
	assert.Equal(t, "Mira Kolb", ans.Speaker)
	assert.Contains(t, ans.Quote, "because the new engines")
}

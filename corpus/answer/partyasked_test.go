package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestParsePartyAsked: the kind of party a keyword question asks for,
// wherever it is typed: a party named with "that" or "which" and its
// deed ("the outlet that ran the tape"), a compound after "which" that
// ends the question or meets a clause in -ing, "news org" typed short.
// Each is asked as "which <kind> …" is, for a party of that kind.
func TestParsePartyAsked(t *testing.T) {
	tests := []struct {
		q, kind, typ string
	}{
		{"outlet that aired the harbour tape", KindWho, "outlet"},
		{"the firm that built the Skarnes quay", KindWho, "firm"},
		{"harbour committee which approved the levy", KindWho, "committee"},
		{"the dean who quit over the ferry levy", KindWho, "dean"},
		{"which harbour official blaming the levy", KindWho, "official"},
		{"which harbour official blaming the pilots", KindWho, "official"},
		{"which harbour board ruled on the levy", KindWho, "board"},
		{"what news org ran the harbour tape first", KindWho, "organisation"},
		{"the levy remark - which harbour official", KindWho, "official"},
		// "gov" is the governor, as "Gov." before a name is: a person,
		// not a place the state's name would make it.
		{"which vestland gov signed the levy", KindWho, "governor"},
		// Left as descriptions: the head is no party, or it describes.
		{"the report that found the levy unlawful", KindWhat, ""},
		{"the outlet that is owned by Lund", KindWhat, ""},
		{"the vote which ousted Lund", KindWhat, ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			q := Parse(topicFirst(tt.q))
			assert.Equal(t, tt.kind, q.Kind)
			assert.Equal(t, tt.typ, q.Type)
		})
	}
}

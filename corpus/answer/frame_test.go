package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFrame(t *testing.T) {
	tests := []struct {
		q    string
		want string
	}{
		{"When did Lund and Voss meet in Halden?", `answer=date predicate="meet" class="verb.motion" agent="Lund and Voss" place="Halden"`},
		{"who tabled the motion in parliament", `answer=person predicate="table" class="verb.stative" patient="the motion"`},
		{"What did Berg say about the offer?", `answer=quotation predicate="say" class="verb.communication" agent="Berg" topic="the offer"`},
		{"Who did not sign the deal?", `answer=person predicate="sign" class="verb.communication" patient="the deal" negated`},
		{"when will the port reopen", `answer=date predicate="reopen" class="verb.contact" agent="port" modal="will"`},
		{"how many dockers stopped work", `answer=count of dockers predicate="stop" class="verb.motion" patient="work"`},
		{"which outlet reported the strike", `answer=outlet predicate="report" class="verb.communication" patient="the strike"`},
		{"Did Voss resign?", `answer=yes/no predicate="resign" class="verb.social" agent="Voss"`},
		{"Who is the new port director?", `answer=person predicate="director" class="noun.person"`},
		{"when's the vote", `answer=date predicate="vote" class="verb.social"`},
		{"when are Moe and Lund now due back", `answer=date predicate="due" class="noun.attribute" agent="Moe and Lund now" patient="back"`},
		// The subject follows the auxiliary; what comes before it is asked.
		{"what share of the crews did Voss send north", `answer=count of crews predicate="send" class="verb.motion" agent="Voss" patient="north"`},
		// The counted phrase ends at the auxiliary, whatever the tagger reads in it.
		{"how much harbour duty did Lund underpay", `answer=count of duty predicate="underpay" class="verb.possession" agent="Lund"`},
		{"how many people said they would vote", `answer=count of people predicate="say" class="verb.communication" patient="they would vote" modal="would"`},
		{"how many of the boats will Lund sell", `answer=count of boats predicate="sell" class="verb.possession" agent="Lund" modal="will"`},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			assert.Equal(t, tt.want, Parse(tt.q).Frame().String())
		})
	}
}

// TestNamesTypedInLowerCase: a name the corpus knows, typed in lower case,
// is read as a name, not as the action asked, even when its words are
// common words.
func TestNamesTypedInLowerCase(t *testing.T) {
	f := newFixture(t)
	f.person("Rose Hill", []string{"Hill"})
	f.person("Will Baker", []string{"Baker"})
	an := f.build()
	tests := []struct{ q, pred, agent string }{
		{"when did rose hill quit the board", "quit", "rose hill"},
		{"when did Rose Hill quit the board", "quit", "Rose Hill"},
		{"when did the price rose", "rise", "price"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			fr := an.namesAsNames(Parse(tt.q)).Frame()
			assert.Equal(t, tt.pred, fr.Predicate)
			assert.Equal(t, tt.agent, fr.Agent)
		})
	}
}

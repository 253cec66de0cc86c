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
		{"When did Lund and Voss meet in Halden?", `answer=date predicate="meet" agent="Lund and Voss" place="Halden"`},
		{"who tabled the motion in parliament", `answer=person predicate="table" patient="the motion"`},
		{"What did Berg say about the offer?", `answer=quotation predicate="say" agent="Berg" topic="the offer"`},
		{"Who did not sign the deal?", `answer=person predicate="sign" patient="the deal" negated`},
		{"when will the port reopen", `answer=date predicate="reopen" agent="port" modal="will"`},
		{"how many dockers stopped work", `answer=count of dockers predicate="stop" patient="work"`},
		{"which outlet reported the strike", `answer=outlet predicate="report" patient="the strike"`},
		{"Did Voss resign?", `answer=yes/no predicate="resign" agent="Voss"`},
		{"when's the vote", `answer=date predicate="vote"`},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			assert.Equal(t, tt.want, Parse(tt.q).Frame().String())
		})
	}
}

func TestLemma(t *testing.T) {
	tests := []struct{ in, want string }{
		{"resigned", "resign"}, {"tabled", "table"}, {"spoke", "speak"}, {"stopped", "stop"},
		{"carried", "carry"}, {"announces", "announce"}, {"reaches", "reach"}, {"meet", "meet"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) { assert.Equal(t, tt.want, lemma(tt.in)) })
	}
}

package lex

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// handTagged are invented sentences, statements and questions of the kinds
// factdesk reads, with Penn Treebank tags checked by hand.
var handTagged = []struct{ text, tags string }{
	{"The mayor told reporters on Monday that the bridge would reopen in March.", "DT NN VBD NNS IN NNP IN DT NN MD VB IN NNP ."},
	{"“We are not going anywhere,” the union’s president said, adding that talks had stalled.", "`` PRP VBP RB VBG RB , '' DT NN POS NN VBD , VBG IN NNS VBD VBN ."},
	{"Officials declined to comment, but a spokeswoman for the ministry confirmed the resignation.", "NNS VBD TO VB , CC DT NN IN DT NN VBD DT NN ."},
	{"She barked back: ‘Ask the board, not me.’", "PRP VBD RB : `` VB DT NN , RB PRP . ''"},
	{"Three firefighters were injured when the roof collapsed late Sunday.", "CD NNS VBD VBN WRB DT NN VBD RB NNP ."},
	{"The company's shares fell 12 percent after it announced layoffs.", "DT NN POS NNS VBD CD NN IN PRP VBD NNS ."},
	{"Asked whether he would run again, Gómez shrugged and said it was too early to tell.", "VBN IN PRP MD VB RB , NNP VBD CC VBD PRP VBD RB JJ TO VB ."},
	{"In a statement, the club thanked its former manager and wished him well.", "IN DT NN , DT NN VBD PRP$ JJ NN CC VBD PRP RB ."},
	{"Did the coach resign, or was he sacked?", "VBD DT NN VB , CC VBD PRP VBN ."},
	{"Who said the deal was dead?", "WP VBD DT NN VBD JJ ."},
	{"How long did the call last?", "WRB RB VBD DT NN VB ."},
	{"When did Smith and Jones speak on the phone?", "WRB VBD NNP CC NNP VB IN DT NN ."},
	{"Does the minister plan to quit?", "VBZ DT NN VB TO VB ."},
	{"What did the senator say about the strike?", "WP VBD DT NN VB IN DT NN ."},
}

// TestTagAccuracy prints the tagger's accuracy on the hand-tagged sentences,
// with and without the question fix, and holds it above 95 %.
func TestTagAccuracy(t *testing.T) {
	for _, fix := range []bool{false, true} {
		right, total := 0, 0
		var wrong []string
		for _, s := range handTagged {
			toks := tagText(s.text, fix, MaxTagBytes)
			want := strings.Fields(s.tags)
			require.Len(t, toks, len(want), s.text)
			for i, tk := range toks {
				total++
				if tk.Tag == want[i] {
					right++
				} else {
					wrong = append(wrong, fmt.Sprintf("%s/%s (want %s)", tk.Text, tk.Tag, want[i]))
				}
			}
		}
		acc := float64(right) / float64(total)
		t.Logf("question fix %v: %d of %d tokens right (%.3f); wrong: %s", fix, right, total, acc, strings.Join(wrong, ", "))
		if fix {
			assert.GreaterOrEqual(t, acc, 0.95)
		}
	}
}

package answer

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestParse(t *testing.T) {
	tests := []struct {
		q       string
		kind    string
		subject string
		rest    string
		future  bool
		unit    string
		typ     string
		define  bool
	}{
		{q: "whosaid really good call", kind: KindWhoSaid, rest: "really good call"},
		{q: "Who said 'sell Ukraine to Russia'?", kind: KindWhoSaid, rest: "sell Ukraine to Russia'?"},
		{q: "What did Rubio say about the story?", kind: KindSaid, subject: "Rubio", rest: "about the story?"},
		{q: "what did the Nebraska Republican say", kind: KindSaid, subject: "the Nebraska Republican"},
		{q: "What has Ushkov told reporters about confidentiality", kind: KindSaid, subject: "Ushkov", rest: "reporters about confidentiality"},
		{q: "what did the secretary of state say", kind: KindSaid, subject: "the secretary of state"},
		// A verb of communication that WordNet gives a verb of saying as a
		// synonym ("describe": "report") ends the speaker too; a verb
		// that is not one of communication does not, though a rare sense
		// makes it a synonym ("do": "answer").
		{q: "how did the harbour master describe the dredging plan", kind: KindSaid, subject: "the harbour master", rest: "the dredging plan"},
		{q: "what did the ferry union tell the crews to do if the strike held", kind: KindSaid, subject: "the ferry union", rest: "the crews to do if the strike held"},
		{q: "what did the ferry union do after the yard closed", kind: KindWhat, rest: "the ferry union do after the yard closed"},
		{q: "When did Witkoff and Ushakov speak on the phone?", kind: KindWhen, rest: "Witkoff and Ushakov speak on the phone?"},
		{q: "when will Witkoff visit Moscow", kind: KindWhen, rest: "Witkoff visit Moscow", future: true},
		{q: "How long did the call last?", kind: KindHowLong, rest: "did the call last?"},
		{q: "How many points did the proposal have?", kind: KindHowMany, rest: "points did the proposal have?", unit: "points"},
		{q: "Who called for Witkoff to be fired?", kind: KindWho, rest: "called for Witkoff to be fired?"},
		{q: "Did the White House dispute the transcript?", kind: KindYesNo, rest: "the White House dispute the transcript?"},
		{q: "What did Dmitriev call the publication?", kind: KindWhat, rest: "Dmitriev call the publication?"},
		{q: "peace deal", kind: KindWhat, rest: "peace deal"},
		{q: "Which day did they speak?", kind: KindWhen, rest: "did they speak?"},
		{q: "Which outlet published the transcript?", kind: KindWho, rest: "outlet published the transcript?", typ: "outlet"},
		{q: "What outlet published the transcript?", kind: KindWho, rest: "outlet published the transcript?", typ: "outlet"},
		{q: "which news agency obtained the recording", kind: KindWho, rest: "news agency obtained the recording", typ: "agency"},
		{q: "What is the 28-point plan?", kind: KindWhat, rest: "the 28-point plan?", define: true},
		{q: "What plan did they discuss?", kind: KindWhat, rest: "plan did they discuss?"},
		{q: "", kind: KindWhat},
		{q: "what date was the leaked call", kind: KindWhen, rest: "was the leaked call"},
		{q: "On which day did they speak?", kind: KindWhen, rest: "did they speak?"},
		{q: "wen did witkof and ushakov talk", kind: KindWhen, rest: "witkof and ushakov talk"},
		{q: "hwo called the publication a fake", kind: KindWho, rest: "called the publication a fake"},
		{q: "why did they talk", kind: KindWhat, rest: "why did they talk"},
		{q: "Where will Witkoff go next week?", kind: KindWhere, rest: "Witkoff go next week?", future: true},
		{q: "how many minutes was the call", kind: KindHowLong, rest: "minutes was the call"},
		{q: "where did they meet", kind: KindWhere, rest: "they meet"},
		// "where'd" is "where did"; "who'd" may be "who would", and stays.
		{q: "where'd the harbour board hold its vote", kind: KindWhere, rest: "the harbour board hold its vote"},
		{q: "when'd the ferry sail", kind: KindWhen, rest: "the ferry sail"},
		{q: "date of the call", kind: KindWhen, rest: "the call"},
		{q: "witkoff ushakov call date", kind: KindWhen, rest: "witkoff ushakov call date"},
		{q: "call length", kind: KindHowLong, rest: "call length"},
		{q: "a date night in Paris", kind: KindWhat, rest: "a date night in Paris"},
		{q: "how lon did the call last", kind: KindHowLong, rest: "did the call last"},
		{q: "who sayd sell ukraine to russia", kind: KindWhoSaid, rest: "sell ukraine to russia"},
		{q: "when's the next strike", kind: KindWhen, rest: "the next strike"},
		{q: "what's the offer", kind: KindWhat, rest: "the offer", define: true},
		{q: "didnt the union sign", kind: KindYesNo, rest: "the union sign"},
		{q: "What was the committee vote on the strike?", kind: KindHowMany, rest: "the committee vote on the strike?"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := Parse(tt.q)
			assert.Equal(t, tt.kind, got.Kind)
			assert.Equal(t, tt.subject, got.SubjectText())
			assert.Equal(t, tt.rest, got.Rest(got.Body))
			assert.Equal(t, tt.future, got.Future)
			assert.Equal(t, tt.unit, got.Unit)
			assert.Equal(t, tt.typ, got.Type)
			assert.Equal(t, tt.define, got.Define)
		})
	}
}

func TestLight(t *testing.T) {
	tests := []struct {
		q     string
		light []string // words that only say something happened
	}{
		{q: "When did the call happen?", light: []string{"happen"}},
		{q: "when did the meeting take place", light: []string{"take", "place"}},
		{q: "which place did Trump take", light: nil},
		{q: "When was the call held?", light: nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			qu := Parse(tt.q)
			var got []string
			for i, w := range qu.Words {
				if qu.Light(i) {
					got = append(got, w.Fold)
				}
			}
			assert.Equal(t, tt.light, got)
		})
	}
}

// FuzzParse checks that no question, however strange, makes the parser or
// the answerer panic, and that what they return stays inside the text.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"whosaid really good call", "What did  say about?", "how many", "Who said", "когда?", "what did X\u2019s aide say", "\xff\xfe", "who said who said what", "which outlets reported", "which outlets reported that ?", "what media covered how much", "how old is", "how old", "how fast did the river rise", "how long was it supposed to", "where was the office",
		"how many registered harbour pilots did", "how many ppl", "how many MPs", "why did", "which outlets reported on",
		"who is interim master after he got fired", "who is the", "how many 2024",
		"outlet that", "firm which is", "the levy row - which harbour official", "which harbour official the", "what news org", "org that ran it",
		"league position when", "league position on the day", "on the day", "who left on the", "table position at the night the",
		"pilot who, name", "harbour chief - whats his", ", name",
		"age of", "size of the", "quay row - size of", "a - age of b"} {
		f.Add(s)
	}
	_, a := story(f)
	f.Fuzz(func(t *testing.T, q string) {
		p := Parse(q)
		assert.LessOrEqual(t, p.Body, len(p.Words)+2)
		for _, w := range p.Words {
			assert.Equal(t, w.Text, q[w.Start:w.Start+len(w.Text)])
		}
		_ = p.SubjectText()
		_ = p.Rest(p.Body)
		_ = a.namesAsNames(p).Frame()
		if !utf8.ValidString(q) {
			return
		}
		ans := a.Ask(context.Background(), q)
		if !ans.Found {
			assert.Empty(t, ans.Quote)
		}
		_ = a.SuggestQuotes(q, 3)
	})
}

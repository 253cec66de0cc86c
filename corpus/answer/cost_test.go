package answer

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCostVerbAsksAnAmount: "what did X cost" asks how much, as "how much
// did X cost" does; "pay" after a determiner is a noun and asks nothing
// of the kind.
func TestCostVerbAsksAnAmount(t *testing.T) {
	for _, c := range []struct {
		q    string
		much bool
	}{
		{"what did the harbour flat cost her", true},
		{"roughly what did the club pay for the striker", true},
		{"what was the coach earning per week", true},
		{"what would the new bridge cost", true},
		{"what did the pay rise do to morale", false},
		{"what did the mayor say about the cost", false},
		{"what was the cost of the pier", true}, // the noun form, as before
	} {
		t.Run(c.q, func(t *testing.T) {
			qu := Parse(c.q)
			assert.Equal(t, c.much, qu.Kind == KindHowMany && qu.Much)
		})
	}
}

// TestAmountSourcesByValue: every outlet that gives the amount of the
// thing asked is a source, also where the amount only qualifies the
// thing ("her £450,000 harbour flat") and no verb says it cost that.
func TestAmountSourcesByValue(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Ann Lund", []string{"Lund"})
	a1 := f.article("a.txt", "Harbour Wire", "2025-05-02", "Her harbour flat cost £450,000 in 2021, the register shows.\n")
	a2 := f.article("b.txt", "Coast Post", "2025-05-03", "Lund underpaid tax on her £450,000 harbour flat, the report found.\n")
	a3 := f.article("c.txt", "Bay Times", "2025-05-03", "Lund paid £450,000 into the harbour fund last year.\n")
	f.mentionAll(lund, a2, "Lund")
	f.mentionAll(lund, a3, "Lund")
	f.fact(a1, "Her harbour flat cost £450,000 in 2021, the register shows.", nil, money("£450,000", "GBP450000"))
	f.fact(a2, "Lund underpaid tax on her £450,000 harbour flat, the report found.", []int{lund}, money("£450,000", "GBP450000"))
	f.fact(a3, "Lund paid £450,000 into the harbour fund last year.", []int{lund}, money("£450,000", "GBP450000"))
	a := f.build()
	got := a.Ask(context.Background(), "what did the harbour flat cost")
	assert.True(t, got.Found)
	assert.Contains(t, got.Answer, "450,000")
	var outlets []string
	for _, s := range got.Sources {
		if s.Outlet != nil {
			outlets = append(outlets, *s.Outlet)
		}
	}
	assert.ElementsMatch(t, []string{"Harbour Wire", "Coast Post"}, outlets, "the fund's payment is another thing of the same amount")
}

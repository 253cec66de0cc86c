package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// TestAmountOfTheThingAfterItsUnit: "how much snow" is answered by the
// measure written before "of" and the thing ("9 inches of snowfall"), not
// by another measure of the same sentence nearer the question's other
// words (a distance to a town).
func TestAmountOfTheThingAfterItsUnit(t *testing.T) {
	f := newFixture(t)
	text := "Brekke, some 40 miles east of Tarvik, had up to 9 inches of snowfall by dawn.\n"
	art := f.article("a.txt", "Fjord Wire", "2025-02-02", text)
	f.fact(art, strings.TrimSpace(text), nil,
		corpus.Value{Kind: corpus.ValueNumber, Text: "some 40", Norm: "40", Num: 40, Unit: corpus.UnitOf("mile")},
		corpus.Value{Kind: corpus.ValueNumber, Text: "up to 9", Norm: "9", Num: 9, Unit: corpus.UnitOf("inch")})
	a := f.build()
	for _, c := range []struct{ name, q, want string }{
		{"the thing after its unit", "how much snow fell on brekke", "9"},
		{"the distance asked", "how many miles is brekke from tarvik", "40"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := a.Ask(context.Background(), c.q)
			assert.True(t, got.Found, got.Answer)
			assert.Contains(t, got.Answer, c.want)
		})
	}
}

package answer

import (
	"testing"
)

func TestAPlanIsAskedWithoutItsWordForPlanning(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"What should have been a weeklong dock strike in Halden has now run for three months.\n")
	f.fact(art, "What should have been a weeklong dock strike in Halden has now run for three months.", nil,
		dur("weeklong", "P1W"), dur("three months", "P3M"))
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the planned length, beside the planning word the article does not use", "How long was the Halden dock strike supposed to last?", "weeklong"},
	})
}

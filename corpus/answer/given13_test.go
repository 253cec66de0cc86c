package answer

import "testing"

// TestGivenInThePassive: "who got handed / was given X" asks for the one
// X was given to, named after "to", not for who gave it.
func TestGivenInThePassive(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Per Lund", []string{"Lund"})
	moe := f.person("Siri Moe", []string{"Moe"})
	text := "The council suspended harbour master Per Lund on Monday.\n" +
		"The mayor said the council has handed the duties of the harbour master to deputy harbour master Siri Moe.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.mention(lund, a, "Per Lund")
	f.mention(moe, a, "Siri Moe")
	f.fact(a, "The council suspended harbour master Per Lund on Monday.", []int{lund})
	f.fact(a, "The mayor said the council has handed the duties of the harbour master to deputy harbour master Siri Moe.", []int{moe})
	checkAsks(t, f.build(), []askCase{
		{"got handed", "who got handed the harbour master duties after lund was suspended", "Siri Moe"},
		{"was given", "who was given the harbour master's duties", "Siri Moe"},
		{"got assigned", "who got assigned the duties of the harbour master", "Siri Moe"},
	})
}

// TestTheTwoOfThem: "the two wardens" points at wardens the article
// has named; the sentence that answers need not hold the number.
func TestTheTwoOfThem(t *testing.T) {
	f := newFixture(t)
	holm := f.person("Kari Holm", []string{"Holm"})
	text := "The council voted to remove the wardens of the north and south piers.\n" +
		"The proposal, filed by councillor Kari Holm, cited the missing harbour fees.\n"
	a := f.article("a.txt", "Harbour Wire", "2025-05-02", text)
	f.mention(holm, a, "Kari Holm")
	f.fact(a, "The proposal, filed by councillor Kari Holm, cited the missing harbour fees.", []int{holm})
	checkAsks(t, f.build(), []askCase{
		{"the two, pointing back", "which councillor filed the proposal to remove the two wardens", "Kari Holm"},
	})
}

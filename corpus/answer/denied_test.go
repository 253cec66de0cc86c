package answer

import "testing"

// A yes/no question that no sentence answers in its own words is
// answered "No" by a sentence that denies its action in other words; a
// sentence that only agrees in other words, or negates no more than a
// name the question gives, still answers nothing.
func TestNoFromADenialInOtherWords(t *testing.T) {
	f := newFixture(t)
	tarn := f.person("Tarn Shipping", []string{"Tarn"})
	kolb := f.person("Mira Kolb", []string{"Kolb"})
	brandt := f.person("Sven Brandt", []string{"Brandt"})
	art := f.article("a.txt", "Fjord Post", "2026-03-04",
		"Tarn Shipping did not participate in the quay hearing on Tuesday.\n\n"+
			"The ferry operator Tarn Shipping departed the pilot scheme in January.\n\n"+
			"Mira Kolb said she had not heard Sven Brandt talk about the harbour levy since May.\n")
	f.fact(art, "Tarn Shipping did not participate in the quay hearing on Tuesday.", []int{tarn})
	f.fact(art, "The ferry operator Tarn Shipping departed the pilot scheme in January.", []int{tarn})
	f.fact(art, "Mira Kolb said she had not heard Sven Brandt talk about the harbour levy since May.", []int{kolb, brandt})
	a := f.build()
	tests := []askCase{
		{"a denial in other words answers no", "did tarn shipping take part in the quay hearing", "No — "},
		{"an agreement in other words says too little for yes", "did tarn shipping leave the pilot scheme", ""},
		{"a negation before a name denies nothing asked", "did sven brandt scrap the harbour levy", ""},
	}
	checkAsksBy(t, a, tests, yesNoOf)
}

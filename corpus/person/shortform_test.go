package person

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The parts of a short form stand, in order, for the words of the name it
// abbreviates; a word of its own, a plural, a slip of a name or a
// surname's prefix stand for nothing.
func TestShortFormAbbreviates(t *testing.T) {
	tests := []struct {
		name        string
		short, long []string
		org         bool
		want        bool
	}{
		{"an initialism", []string{"KRTA"}, []string{"Kellan", "River", "Transit", "Authority"}, true, true},
		{"an initialism past 'of'", []string{"NBPS"}, []string{"National", "Board", "of", "Port", "Safety"}, true, true},
		{"a blend of the words' starts", []string{"KelTrans"}, []string{"Kellan", "Transport"}, true, true},
		{"a blend ending in a two-letter clip", []string{"DoPo"}, []string{"Dorset", "Post"}, true, true},
		{"words cut short", []string{"Dunmore", "Utd"}, []string{"Dunmore", "United"}, false, true},
		{"a contraction", []string{"Harbour", "Dept"}, []string{"Harbour", "Department"}, true, true},
		{"the name itself", []string{"Dunmore", "United"}, []string{"Dunmore", "United"}, false, false},
		{"a plural", []string{"Vessel", "Pilot"}, []string{"Vessel", "Pilots"}, true, false},
		{"a derivation", []string{"Radical", "Civic"}, []string{"Radical", "Civics"}, true, false},
		{"a slip of a name", []string{"Greta", "Sayed"}, []string{"Greta", "Syeed"}, false, false},
		{"a person's name", []string{"Chris", "Halv"}, []string{"Christopher", "Halvard"}, false, false},
		{"a surname's prefix", []string{"McAllen"}, []string{"Mc", "Allen"}, true, false},
		{"an initialism of two letters", []string{"KT"}, []string{"Kellan", "Transit"}, true, false},
		{"more parts than words", []string{"KRTA"}, []string{"Kellan", "Transit", "Authority"}, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp, lp := shortParts(tt.short), longParts(tt.long, tt.org)
			assert.Equal(t, tt.want, sp != nil && lp != nil && abbreviates(sp, lp))
		})
	}
}

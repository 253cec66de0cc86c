package answer

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGlance(t *testing.T) {
	tests := []struct {
		name, clause, words, want string
	}{
		{"a lead-in and a trailing clause go",
			"When asked by reporters about the audit, Berg did not dispute the figures but said the board had erred",
			"did not dispute the figures", "Berg did not dispute the figures"},
		{"two lead-ins", "Earlier, on Monday, the union signed the deal, according to the port",
			"the union signed the deal", "The union signed the deal"},
		{"a lead-in before a cut-off subject stays", "talking to reporters, stated that he had not seen the memo",
			"had not seen the memo", "talking to reporters, stated that he had not seen the memo"},
		{"the question's words on both sides keep the whole", "Berg did not dispute the figures but said the board had erred",
			"dispute … erred", "Berg did not dispute the figures but said the board had erred"},
		{"nothing to cut", "The board signed", "signed", "The board signed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first, last := -1, -1
			for _, w := range strings.Split(tt.words, " … ") {
				i := strings.Index(tt.clause, w)
				if i < 0 {
					i = strings.LastIndex(tt.clause, w)
				}
				if first < 0 {
					first = i
				}
				last = i + len(w)
			}
			assert.Equal(t, tt.want, glance(tt.clause, first, last))
		})
	}
}

func TestAnswerLinesAtAGlance(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Ann Berg", []string{"Berg"})
	art := f.article("a.txt", "Harbour Wire", "2025-05-02",
		"When asked by reporters about the audit on Monday, Ann Berg did not dispute the figures but said the board had been misled by its own accountants.\n")
	f.fact(art, "When asked by reporters about the audit on Monday, Ann Berg did not dispute the figures but said the board had been misled by its own accountants.", []int{berg})
	a := f.build()
	checkAsks(t, a, []askCase{
		{"the clause that answers", "Did Berg dispute the figures?", "No — Ann Berg did not dispute the figures"},
	})
}

// FuzzGlance checks that cutting a line to its clause never panics and
// returns words of the line.
func FuzzGlance(f *testing.F) {
	for _, s := range []string{"When asked, Berg did not dispute it but said so", ", , but ", "Earlier, ", "é, à but —", ""} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, s string, first, last int) {
		got := glance(s, first, last)
		if got == s {
			return
		}
		if lower := strings.ToLower(got); !strings.Contains(strings.ToLower(s), lower) && len(got) > 0 {
			// upperFirst may change the first letter only.
			_, rest := got[:1], got[1:]
			assert.Contains(t, s, rest)
		}
	})
}

func TestUnlabelled(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a transcript's speaker and its open quote", "\"BERG: Ann Berg will not be at the meeting", "Ann Berg will not be at the meeting"},
		{"a name in capitals and a full stop", "MS. BERG: We will stay", "We will stay"},
		{"a closed quotation keeps its marks", "\"We will stay,\" Berg said", "\"We will stay,\" Berg said"},
		{"a colon after ordinary words stays", "Berg said one thing: no", "Berg said one thing: no"},
		{"an acronym before a colon is a label too", "NASA: the crew is safe", "the crew is safe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, unlabelled(tt.in))
		})
	}
}

package answer

import (
	"slices"
	"strings"

	"factdesk/corpus"
)

// A relation asked of someone ("how old is Lund's daughter") makes the question
// about the relative: Lund's own age, written beside Lund's name, does not
// answer it.

// relativeAsked is the relation word that follows, owned, a person the
// question names ("how old is Lund's daughter", "lunds daughter"), or "".
func relativeAsked(qu Question, people []mention) string {
	for _, m := range people {
		if m.To >= len(qu.Words) || m.Person.Kind != corpus.KindPerson || theNamed(qu, m) {
			continue
		}
		w := qu.Words[m.To]
		named := slices.ContainsFunc(people, func(n mention) bool { return n.From == m.To+1 && n.Person != m.Person })
		if !w.Upper && !named && personNoun(w.Fold) {
			// "Lund's daughter"; "Lund's brother Tom" names whom it asks.
			return w.Fold
		}
	}
	return ""
}

// theNamed reports whether mention m stands between "the" and a word in
// lower case, as a modifier of that noun ("the Harbour Inn landlord"):
// it names what the noun belongs to, not whom the question asks, and is
// no owner as "Berg's daughter" is.
func theNamed(qu Question, m mention) bool {
	the := qu.Words[m.From].Fold == "the" || m.From > 0 && qu.Words[m.From-1].Fold == "the"
	return the && m.To < len(qu.Words) && !qu.Words[m.To].Upper && !ownerPossessive(qu, m)
}

// ageReach bounds, in bytes each side, how far from a relation word its
// age is written ("her daughter, 12,", "her 12-year-old daughter").
const ageReach = 24

// beside is the stretch of text around the first use of word, about
// ageReach bytes each side, or "" when the text does not use it.
func beside(text, word string) string {
	low := strings.ToLower(text)
	i := strings.Index(low, word)
	for i >= 0 && (i > 0 && isLetter(low[i-1]) || i+len(word) < len(low) && isLetter(low[i+len(word)]) && low[i+len(word)] != 's') {
		j := strings.Index(low[i+1:], word)
		if j < 0 {
			return ""
		}
		i += 1 + j
	}
	if i < 0 {
		return ""
	}
	return text[max(0, i-ageReach):min(len(text), i+len(word)+ageReach)]
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' }

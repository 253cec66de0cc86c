package person

import (
	"strings"

	"factdesk/corpus"
	"unicode"
	"unicode/utf8"
)

// A short form of a longer name of the same corpus is that name: an
// initialism ("KRTA" for the Kellan River Transit Authority), a blend of
// its words' first letters ("KelTrans" for Kellan Transport), or its words
// each cut short ("Kel. Rovers", "Kellan Rvrs" for Kellan Rovers). The
// acronym in parentheses beside a name (acronymAfter) joins only where the
// article spells it out; an article that writes only the short form,
// another the long one, held the one organisation twice.
//
// Safe by construction: the short form's parts stand, in order, for every
// word of the long name but its function words, each part the word's
// start or its first and last letters with some between ("Rvrs"); the
// long name is no person's (no given name opens it), the short form holds
// holds no given name but one cut short or the org's own, and it abbreviates one name of the corpus only: a short
// form two names fit is neither's.

// shortFunctionWords are left out of an initialism ("KRTA", not "KRTOA").
var shortFunctionWords = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "&": true, "on": true, "in": true, "at": true, "to": true,
}

// longParts are the words of a long name an abbreviation must stand for,
// or nil when the name cannot be abbreviated (fewer than two such words,
// or, unless org, a given name first: a person's name).
func longParts(words []string, org bool) []string {
	var out []string
	for i, w := range words {
		lw := strings.ToLower(w)
		if shortFunctionWords[lw] {
			continue
		}
		if i == 0 && !org && IsGivenName(w) {
			return nil
		}
		out = append(out, lw)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// shortParts splits a name into the parts that may abbreviate a longer
// one's words: the letters of an initialism of three letters or more, the
// capitalised pieces of a one-word blend, or the words of a name of
// several, none a given name. It gives nil for anything else.
func shortParts(words []string) []string {
	switch {
	case len(words) == 1:
		w := words[0]
		if n := utf8.RuneCountInString(w); n >= 3 && n <= 6 && allLetters(w) && strings.ToUpper(w) == w {
			out := make([]string, 0, n)
			for _, r := range strings.ToLower(w) {
				out = append(out, string(r))
			}
			return out
		}
		return camelParts(w)
	case len(words) >= 2:
		out := make([]string, 0, len(words))
		for _, w := range words {
			w = strings.TrimSuffix(w, ".")
			if w == "" || !allLetters(w) || !unicode.IsUpper(firstRune(w)) {
				return nil
			}
			out = append(out, strings.ToLower(w))
		}
		return out
	}
	return nil
}

// camelParts splits "KelTrans" into "kel", "trans": two pieces or more,
// each of two letters or more and capitalised, the rest lower case.
func camelParts(w string) []string {
	if !allLetters(w) || !unicode.IsUpper(firstRune(w)) {
		return nil
	}
	var out []string
	start := 0
	prevLower := false
	for i, r := range w {
		if unicode.IsUpper(r) {
			if i > 0 && !prevLower {
				return nil // two capitals in a row: no blend of words
			}
			if i > 0 {
				out = append(out, strings.ToLower(w[start:i]))
			}
			start = i
		}
		prevLower = unicode.IsLower(r)
	}
	out = append(out, strings.ToLower(w[start:]))
	if len(out) < 2 {
		return nil
	}
	for _, p := range out {
		if utf8.RuneCountInString(p) < 2 {
			return nil
		}
	}
	// "McAllen", "MacLeod", "DeSantis", "LaRue": a surname's prefix is
	// no word.
	if len(out) == 2 && len(out[0]) <= 3 {
		switch out[0] {
		case "mc", "mac", "de", "la", "le", "di", "du", "van", "von", "del", "da", "lo":
			return nil
		}
	}
	return out
}

// abbreviates reports whether the parts of a short form stand, in order,
// for the words of a long name, one for one, and at least one of them is
// cut short.
func abbreviates(short, long []string) bool {
	if len(short) != len(long) {
		return false
	}
	cut := false
	for i, p := range short {
		w := long[i]
		switch {
		case p == w:
		case clipped(p, w):
			cut = true
		case contracted(p, w):
			cut = true
		default:
			return false
		}
	}
	return cut
}

// An abbreviated word is short: a part of more letters is a word of its
// own, or a spelling of the word (a plural, a derivation, a slip).
const maxShortPart = 5

// clipped reports whether p is the start of w cut short: five letters at
// most, three or more letters of w left off, or two after a part of two
// ("Kel" for "kellan", "Po" for "post"; not "Rover" for "rovers", "Civic"
// for "civics").
func clipped(p, w string) bool {
	left := len(w) - len(p)
	return len(p) <= maxShortPart && (left >= 3 || len(p) <= 2 && left >= 2) && strings.HasPrefix(w, p) && allLetters(w[len(p):])
}

// contracted reports whether p is w with letters left out but its first
// and last ("Rvrs" for "rovers", "Dept" for "department"): three to five
// letters, in w's order, two or more left out ("Sayed" and "Syed" are
// two spellings of a name).
func contracted(p, w string) bool {
	if len(p) < 3 || len(p) > maxShortPart || len(w)-len(p) < 2 || p[0] != w[0] || p[len(p)-1] != w[len(w)-1] {
		return false
	}
	j := 0
	for i := 0; i < len(w) && j < len(p); i++ {
		if w[i] == p[j] {
			j++
		}
	}
	return j == len(p)
}

// shortForm is a short form as first written, and the Key of the name it
// abbreviates.
type shortForm struct{ name, long string }

// shortForms maps the Key of each candidate name that abbreviates exactly
// one longer name of the corpus to that name.
func (r *Resolver) shortForms(cands []candidate, keys []string) map[string]shortForm {
	byInitials := map[string][]int{} // the long names' initials -> their candidates
	longOrg := map[int]bool{}
	seen := map[string]bool{}
	for i, c := range cands {
		if len(c.words) < 2 || seen[keys[i]] || keys[i] == "" {
			continue
		}
		seen[keys[i]] = true
		org := r.kindFor(c.name(), c.org) != corpus.KindPerson
		longOrg[i] = org
		if lp := longParts(c.words, org); lp != nil {
			byInitials[initialsOf(lp)] = append(byInitials[initialsOf(lp)], i)
		}
	}
	if len(byInitials) == 0 {
		return nil
	}
	var out map[string]shortForm
	done := map[string]bool{}
	for _, c := range cands {
		sp := shortParts(c.words)
		if sp == nil {
			continue
		}
		k := Key(c.name())
		if done[k] {
			continue
		}
		done[k] = true
		long := ""
		for _, j := range byInitials[initialsOf(sp)] {
			if keys[j] == k || !abbreviates(sp, longParts(cands[j].words, longOrg[j])) {
				continue
			}
			if long != "" && long != keys[j] {
				long = "" // it abbreviates two names: neither's
				break
			}
			long = keys[j]
		}
		if long != "" {
			if out == nil {
				out = map[string]shortForm{}
			}
			out[k] = shortForm{c.name(), long}
		}
	}
	return out
}

func initialsOf(parts []string) string {
	var b strings.Builder
	for _, p := range parts {
		r, _ := utf8.DecodeRuneInString(p)
		b.WriteRune(r)
	}
	return b.String()
}

func allLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

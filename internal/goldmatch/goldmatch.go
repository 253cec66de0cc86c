// Package goldmatch holds the text comparisons of ../shared/eval/score.py, so
// that every in-repo scorer (factdesk eval sieves, the answer score's
// fitting command) judges a quotation or a speaker exactly as the outside
// check does, from one copy.
package goldmatch

import (
	"regexp"
	"strings"
)

var marks = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`,
	"\u2013", "-", "\u2014", "-", "\u00a0", " ")

// Norm lower-cases s, folds typographic quotes and dashes, and collapses
// white space.
func Norm(s string) string {
	return strings.Join(strings.Fields(marks.Replace(strings.ToLower(s))), " ")
}

var wordRe = regexp.MustCompile(`[a-z0-9]+(?:'[a-z]+)?`)

// Words are the words of s as the scorer counts them.
func Words(s string) []string { return wordRe.FindAllString(Norm(s), -1) }

var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// Surname is the last word of a name, past a suffix such as "Jr.".
func Surname(name string) string {
	w := strings.Fields(strings.ReplaceAll(strings.ReplaceAll(Norm(name), ".", ""), ",", " "))
	for len(w) > 1 && suffixes[w[len(w)-1]] {
		w = w[:len(w)-1]
	}
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// SameSurname reports whether two names share a surname, allowing one
// edit in long ones (Zelensky, Zelenskyy).
func SameSurname(a, b string) bool {
	x, y := Surname(a), Surname(b)
	if x == y {
		return x != ""
	}
	if min(len(x), len(y)) < 6 || len(x)-len(y) > 1 || len(y)-len(x) > 1 {
		return false
	}
	i := 0
	for i < len(x) && i < len(y) && x[i] == y[i] {
		i++
	}
	return tail(x, i+1) == tail(y, i+1) || tail(x, i) == tail(y, i+1) || tail(x, i+1) == tail(y, i)
}

func tail(s string, i int) string {
	if i >= len(s) {
		return ""
	}
	return s[i:]
}

// HasWord reports whether name holds word whole (hyphens kept: Reed-Veal).
func HasWord(name, word string) bool {
	w := strings.Trim(Norm(word), ".'")
	if w == "" {
		return false
	}
	n := Norm(name)
	isWord := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' }
	for i := 0; ; {
		j := strings.Index(n[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if (j == 0 || !isWord(n[j-1])) && (j+len(w) == len(n) || !isWord(n[j+len(w)])) {
			return true
		}
		i = j + 1
	}
}

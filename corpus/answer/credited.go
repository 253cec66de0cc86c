package answer

import (
	"strings"

	"factdesk/corpus/index"
)

// A reporter names the outlet a thing was read in as loosely as she
// types the rest: "per the AP, who …", "who …, according to Reuters",
// "per ap". The outlet is no word to find in the sentence: it says which
// articles to prefer, by their publisher or the sources they relay.

// maxCreditWords bounds the words of an outlet named in a question.
const maxCreditWords = 4

// creditOpeners open a clause naming the outlet in one word; "according
// to" is the two-word one.
var creditOpeners = map[string]bool{"per": true, "citing": true}

// creditClause splits q into the question without the clause that names
// an outlet, and that outlet's words ("the AP"); q itself and "" when
// there is none. The clause opens the question and ends at a comma or at
// a question word, or closes it after a comma.
func creditClause(q string) (rest, outlet string) {
	toks := index.Words.Tokenize(q)
	if len(toks) < 3 {
		return q, ""
	}
	opener := func(i int) int {
		f := index.Fold(toks[i].Term)
		if creditOpeners[f] {
			return 1
		}
		if f == "according" && i+1 < len(toks) && index.Fold(toks[i+1].Term) == "to" {
			return 2
		}
		return 0
	}
	// At the start: "per the AP, who …", "according to Reuters when …".
	if n := opener(0); n > 0 {
		end := n
		for end < len(toks) && end-n < maxCreditWords+1 {
			f := index.Fold(toks[end].Term)
			if questionWords[f] || auxiliaries[f] {
				break
			}
			end++
			if strings.HasPrefix(strings.TrimSpace(q[toks[end-1].End:]), ",") {
				break
			}
		}
		if f := index.Fold(toks[end%len(toks)].Term); end < len(toks) && end > n && end-n <= maxCreditWords+1 && (questionWords[f] || auxiliaries[f]) {
			outlet = strings.TrimSpace(q[toks[n].Start:toks[end-1].End])
			return strings.TrimSpace(q[toks[end].Start:]), outlet
		}
		return q, ""
	}
	// At the end, after a comma: "…, per the AP".
	for i := len(toks) - 1; i >= len(toks)-maxCreditWords-2 && i > 1; i-- {
		n := opener(i)
		if n == 0 {
			continue
		}
		if i+n >= len(toks) || !strings.HasSuffix(strings.TrimSpace(q[:toks[i].Start]), ",") {
			return q, ""
		}
		outlet = strings.TrimRight(strings.TrimSpace(q[toks[i+n].Start:]), "?.!")
		return strings.TrimRight(strings.TrimSpace(q[:toks[i].Start]), ",") + trailingMark(q), outlet
	}
	return q, ""
}

// trailingMark is q's closing question mark, kept when a clause before
// it goes.
func trailingMark(q string) string {
	if strings.HasSuffix(strings.TrimSpace(q), "?") {
		return "?"
	}
	return ""
}

// outletKey folds an outlet's name for comparing: lower case, without a
// leading "the" or a possessive.
func outletKey(s string) string {
	f := strings.Fields(strings.ToLower(strings.NewReplacer("’", "'", ".", "").Replace(s)))
	if len(f) > 0 && f[0] == "the" {
		f = f[1:]
	}
	for i := range f {
		f[i] = dropPossessive(f[i])
	}
	return strings.Join(f, " ")
}

// sameOutlet reports whether asked, as a reporter typed it, names the
// outlet called name: the same words, one name's words ending the other's
// ("the Times", "The New York Times"), or asked the initials of name
// ("AP", "Associated Press").
func sameOutlet(asked, name string) bool {
	x, y := outletKey(asked), outletKey(name)
	if x == "" || y == "" {
		return false
	}
	if x == y || strings.HasSuffix(" "+y, " "+x) || strings.HasSuffix(" "+x, " "+y) {
		return true
	}
	if strings.Contains(x, " ") {
		return false
	}
	initials := ""
	for _, w := range strings.Fields(y) {
		initials += w[:1]
	}
	return len(initials) >= 2 && initials == x
}

// credits reports whether article art is by the outlet asked, or relays
// it.
func (a *Answerer) credits(art int, asked string) bool {
	if art < 0 || art >= len(a.c.Articles) {
		return false
	}
	ar := a.c.Articles[art]
	if sameOutlet(asked, ar.Outlet) {
		return true
	}
	for _, c := range ar.Cites {
		if sameOutlet(asked, c) {
			return true
		}
	}
	return false
}

// preferCredited moves to the front the first candidate whose article is
// by the outlet the question names, when one is: the outlet narrows the
// answer, and a question whose outlet reports nothing of it is still
// answered from the others.
func (a *Answerer) preferCredited(cands []candidate, outlet string) {
	if outlet == "" {
		return
	}
	k := -1
	for i, c := range cands {
		if !c.weak && a.credits(int(c.doc.Article), outlet) {
			k = i
			break
		}
	}
	if k > 0 {
		promote(cands, k)
	}
}

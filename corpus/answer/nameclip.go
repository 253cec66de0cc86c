package answer

import (
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// A reporter types a name's later word short after its first: "tarvik
// co sheriff" for the Tarvik County sheriff, "harbour u" for Harbour
// United. Neither the search nor WordNet reads "co" as that word ("co"
// is cobalt there), so the name's own word is put in its place, from the
// corpus's names.

// maxNameClip is the longest word read as a name's word typed short.
const maxNameClip = 3

// nameNexts maps each capitalised word of the corpus's names (people,
// organisations, places; their aliases, and the names in people's roles)
// to the capitalised words that follow it, each with the mentions of the
// names that write it so. A word is folded once however many names write
// it (words), and a name's words are read where they stand.
func nameNexts(people []*corpus.Person) map[string]map[string]int {
	out := map[string]map[string]int{}
	words := map[string]string{} // a word as written → its fold, made once
	fold := func(w string) string {
		f, ok := words[w]
		if !ok {
			f = index.Fold(w)
			words[w] = f
		}
		return f
	}
	add := func(name string, n int) {
		prev := ""
		for rest := name; rest != ""; {
			i := strings.IndexAny(rest, " -") // nameWords' separators
			word := rest
			if i >= 0 {
				word, rest = rest[:i], rest[i+1:]
			} else {
				rest = ""
			}
			if word == "" {
				continue
			}
			if prev != "" && isUpperWord(prev) && isUpperWord(word) {
				w, next := fold(prev), fold(word)
				// a word as short as a clipping ("Ltd") is one already
				if !index.IsStop(w) && len(next) > maxNameClip {
					if out[w] == nil {
						out[w] = map[string]int{}
					}
					out[w][next] += n
				}
			}
			prev = word
		}
	}
	for _, p := range people {
		if p == nil || p.Kind > corpus.KindPlace {
			continue
		}
		add(p.Name, len(p.Mentions)+1)
		for _, al := range p.Aliases {
			add(al, len(p.Mentions)+1)
		}
		for _, r := range p.Roles {
			add(r, 1) // the names in a role: "Tarvik County Sheriff"
		}
	}
	return out
}

// nameNextOf is the table of nameNexts for the word w, the table made on
// the first question that asks for it: few questions type a name's word
// short, and the build (or a snapshot's start) need not pay for it.
func (a *Answerer) nameNextOf(w string) map[string]int {
	a.nameNextOnce.Do(func() { a.nameNext = nameNexts(a.c.People) })
	return a.nameNext[w]
}

// nameClipped is q with each word of three letters or fewer that opens
// the word a name of the corpus writes after the word before it ("tarvik
// co" where the corpus names Tarvik County) put as that word, two letters
// longer at least; of several such names, the one mentioned most.
func (a *Answerer) nameClipped(q string) string {
	toks := index.Words.Tokenize(q)
	var b strings.Builder
	last := 0
	for i := 1; i < len(toks); i++ {
		f := index.Fold(toks[i].Term)
		if len(f) > maxNameClip || index.IsStop(f) || !allLetters(f) || strings.TrimSpace(q[toks[i-1].End:toks[i].Start]) != "" ||
			strings.HasPrefix(q[toks[i].End:], "-") {
			continue // "tarvik co-op": a word of its own
		}
		best, most := "", 0
		for next, n := range a.nameNextOf(index.Fold(toks[i-1].Term)) {
			if len(next) >= len(f)+2 && strings.HasPrefix(next, f) && (n > most || n == most && next < best) {
				best, most = next, n
			}
		}
		if best == "" {
			continue
		}
		b.WriteString(q[last:toks[i].Start])
		b.WriteString(best)
		last = toks[i].End
	}
	if last == 0 {
		return q
	}
	b.WriteString(q[last:])
	return b.String()
}

// allLetters reports whether w is made of letters a to z only.
func allLetters(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

package answer

import (
	"slices"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// mediumNouns name what words are said on: "on what show did X say …"
// asks for the programme, channel or paper, not a town.
var mediumNouns = map[string]bool{"show": true, "program": true, "programme": true, "network": true,
	"channel": true, "podcast": true, "station": true, "broadcast": true, "radio": true, "tv": true,
	"television": true, "newspaper": true, "paper": true, "website": true, "site": true, "outlet": true}

// mediaWords, in a capitalised name, say that it names a medium ("Sean
// Hannity Show", "Boston Herald Radio", "Fox News").
var mediaWords = map[string]bool{"show": true, "radio": true, "tv": true, "news": true, "network": true,
	"channel": true, "podcast": true, "program": true, "programme": true, "live": true, "tonight": true,
	"hour": true, "today": true, "hour's": true, "times": true, "post": true, "journal": true, "herald": true}

// maxMediumLead bounds the words read between "on" and the medium's name
// ("on Wednesday's", "on the").
const maxMediumLead = 3

// medium is the name of the programme or channel that text says words
// were said on: the capitalised name after "on" (or after "interview
// with"), past a day or a determiner ("on Wednesday's “Sean Hannity
// Show”"), that holds a word of media or the kind asked (noun), or "".
func medium(text string, noun string) string {
	toks := index.Words.Tokenize(text)
	for i, t := range toks {
		f := index.Fold(t.Term)
		on := f == "on" || f == "with" && i > 0 && strings.HasPrefix(index.Fold(toks[i-1].Term), "interview")
		if !on {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+1+maxMediumLead; k++ {
			w := index.Fold(toks[k].Term)
			day := dropPossessive(w)
			if calendar[day] || determiners[w] || possessives[w] {
				continue // "on Wednesday's", "on the", "on his"
			}
			if !isUpperWord(toks[k].Term) {
				break
			}
			run := properRun(text, toks, k, 1)
			for _, rw := range strings.Fields(run) {
				if x := index.Fold(rw); mediaWords[x] || x == noun {
					return run
				}
			}
			break
		}
	}
	return ""
}

// choiceVerbs choose one of several.
var choiceVerbs = []string{"pick", "choose", "support", "back", "vote", "prefer", "endorse", "favor", "favour", "select"}

var choiceStems = stemSet(choiceVerbs)

// stemList is the index stems of words.
func stemList(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		out = append(out, index.Stem(w))
	}
	return out
}

// stemSet is the index stems of words, as a set.
func stemSet(words []string) map[string]bool {
	m := map[string]bool{}
	for _, st := range stemList(words) {
		m[st] = true
	}
	return m
}

// choosing adds to g, the group of question word i of a question that
// names its choices, the other verbs of choosing: "pick" is as often
// written "would support".
func (a *Answerer) choosing(qu Question, i int, g index.Group) index.Group {
	if len(qu.Choices) != 2 || !choiceStems[index.Stem(qu.Words[i].Fold)] {
		return g
	}
	stems := stemList(choiceVerbs)
	// Not addSynonyms: "support" and "back" are common words, which it
	// leaves out for their cost, and a question naming its choices is
	// rare enough to pay it.
	for _, st := range stems {
		if a.idx.DF(st) > 0 && !slices.ContainsFunc(g.Alts, func(x index.Alt) bool { return x.Term == st }) {
			g.Alts = append(g.Alts, index.Alt{Term: st, Factor: index.SynonymFactor, Cover: index.SynonymFactor, Why: "a verb of choosing"})
		}
	}
	return g
}

// chooser reports whether d involves every person the question names
// outside its choices: the one who chooses.
func (a *Answerer) chooser(qu Question, d index.Doc, h index.Hit, people []mention) bool {
	for _, m := range people {
		in := false
		for _, r := range qu.Choices {
			in = in || m.From >= r[0] && m.To <= r[1]
		}
		if !in && !a.involves(d, h, m) {
			return false
		}
	}
	return true
}

// chosen is which of a question's two choices (Question.Choices) text
// says was chosen: "the former" or "the latter", by the order text
// names them in, or the one named within a few words after a verb of
// choosing; "" when it says neither.
func (a *Answerer) chosen(text string, qu Question, people []mention) string {
	if len(qu.Choices) != 2 {
		return ""
	}
	var opts [2]*corpus.Person
	for k, r := range qu.Choices {
		for _, m := range people {
			if m.From >= r[0] && m.To <= r[1] && m.Person != nil {
				opts[k] = m.Person
			}
		}
		if opts[k] == nil {
			return ""
		}
	}
	words := [2]map[string]bool{personWords(opts[0]), personWords(opts[1])}
	toks := index.Words.Tokenize(text)
	if titleCase(toks) {
		return "" // a headline's capitals tell no name from a word
	}
	last := [2]int{-1, -1} // where text last named each
	for i, t := range toks {
		f := index.Fold(t.Term)
		for k := range words {
			if words[k][f] {
				last[k] = i
			}
		}
		// "the former" of a pair named together ("between A and Senator
		// B"), not of two people named apart.
		if (f == "former" || f == "latter") && i > 0 && index.Fold(toks[i-1].Term) == "the" && last[0] >= 0 && last[1] >= 0 &&
			max(last[0]-last[1], last[1]-last[0]) <= maxPairGap {
			early, late := opts[0], opts[1]
			if last[1] < last[0] {
				early, late = late, early
			}
			if f == "former" {
				return early.Name
			}
			return late.Name
		}
		if !choiceStems[a.stemOf(t.Term)] || negated(toks, i) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+maxChoiceGap; j++ {
			g := index.Fold(toks[j].Term)
			if g == "between" || g == "or" || prepositions[g] && g != "for" {
				break // "to choose between A and B" names both; "picked a fight with B" chose no one
			}
			for k := range words {
				if words[k][g] {
					return opts[k].Name
				}
			}
		}
	}
	return ""
}

// maxPairGap bounds the words between the two names of a pair that "the
// former" and "the latter" refer to.
const maxPairGap = 6

// maxChoiceGap bounds the words between a verb of choosing and the name
// chosen ("would vote for Senator Ann Berg").
const maxChoiceGap = 3

// pronounVerb reports whether folded word w is a pronoun joined to its
// verb ("he'd", "they've"): a small word, which the corpus may write
// rarely enough to weigh as much as a name.
func pronounVerb(w string) bool {
	i := strings.IndexAny(w, "'’")
	if i <= 0 {
		return false
	}
	switch w[:i] {
	case "i", "he", "she", "it", "we", "you", "they":
		return true
	}
	return false
}

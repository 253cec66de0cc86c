package answer

import (
	"strings"

	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// "What did X call Y", "how did X describe Y", "what did X compare Y
// to" ask for the words X gave Y: "called the levy a disgrace", "said the
// levy was unfair", "described it as a “stitch-up”". Articles often
// write the naming without its verb ("the levy was, like, a tax on
// work"), so the verb need not be matched; the sentence must hold the
// words given, and they are the answer line.

// namingVerbs give something a name or a description.
var namingVerbs = map[string]bool{"call": true, "describe": true, "label": true, "dub": true, "term": true,
	"brand": true, "compare": true, "liken": true, "characterize": true, "characterise": true, "nickname": true}

// namingWord reports whether the folded word names something: a form of
// a naming verb.
func namingWord(f string) bool {
	return namingVerbs[lex.Lemma(f, lex.Verb)]
}

// asksNaming reports whether qu asks what someone called something.
func asksNaming(qu Question) bool {
	if qu.Kind != KindWhat || qu.Bare {
		return false
	}
	for i := qu.Body; i < len(qu.Words); i++ {
		if !qu.Words[i].Upper && namingWord(qu.Words[i].Fold) {
			// "what did X call for": a demand, not a name.
			return i+1 >= len(qu.Words) || !namingParticles[qu.Words[i+1].Fold]
		}
	}
	return false
}

// namingParticles after "call" make another verb of it ("call for",
// "call off", "call on").
var namingParticles = map[string]bool{"for": true, "off": true, "on": true, "up": true, "out": true, "in": true, "back": true}

// maxCopulaGap bounds the words between the thing's last word and the
// copula after it ("the use of email for work was …").
const maxCopulaGap = 6

// maxNamingWords bounds the answer line of a naming.
const maxNamingWords = 8

// namingLeads are the words between a copula and the description that
// say nothing of it ("was just, like, a disaster").
var namingLeads = map[string]bool{"just": true, "like": true, "simply": true, "really": true, "truly": true,
	"basically": true, "frankly": true, "also": true, "still": true, "now": true}

// namedAs is what text calls the thing asked about (the groups' words):
// the words after a naming verb ("as" or a quotation past its object),
// else what a copula after the thing's words says it is ("the harbour
// levy was a tax on work"); "" when it gives none. A quotation alone
// elsewhere in the sentence may name anything.
func (a *Answerer) namedAs(text string, groups []index.Group) string {
	toks := index.Words.Tokenize(text)
	terms := groupTerms(groups)
	last := -1 // the last of the thing's words before a copula
	for i, t := range toks {
		f := index.Fold(t.Term)
		if namingWord(f) {
			if s := a.afterNaming(text, toks, i, terms); s != "" {
				return s
			}
			continue
		}
		if terms[a.stemOf(t.Term)] {
			last = i
			continue
		}
		if copulas[f] && last >= 0 && i-last <= maxCopulaGap && !strings.ContainsAny(text[toks[last].End:t.Start], ",;:") &&
			!(i+1 < len(toks) && verbForm(index.Fold(toks[i+1].Term))) { // "was doing", "was sacked": no description
			if s := description(text, toks, i+1); s != "" {
				return s
			}
		}
	}
	return ""
}

// afterNaming reads the description after the naming verb at token i:
// past its object (the thing's words, a pronoun, a determiner), the
// words after "as", or a quotation, or the rest of the clause.
func (a *Answerer) afterNaming(text string, toks []index.Token, i int, terms map[string]bool) string {
	k, last := i+1, -1 // last: the object's last word
	for ; k < len(toks) && k <= i+6; k++ {
		f := index.Fold(toks[k].Term)
		if f == "as" || f == "to" {
			return description(text, toks, k+1)
		}
		if terms[a.stemOf(toks[k].Term)] || objectPronouns[f] {
			last = k
			continue
		}
		if !determiners[f] && !possessives[f] {
			break
		}
	}
	if last < 0 && len(terms) == 0 {
		// "what did X call it": the thing is whatever the verb's object
		// is ("called the memo a forgery"), up to the article or
		// quotation that opens the name given.
		for k = i + 1; k < len(toks) && k <= i+6; k++ {
			f := index.Fold(toks[k].Term)
			if k > i+1 && (f == "a" || f == "an") {
				break
			}
			if k > i+1 && shortQuote(text[toks[k-1].End:toks[k].End]) != "" {
				break
			}
			last = k
		}
		if k > i+6 || k >= len(toks) {
			return ""
		}
	}
	if last < 0 || last+1 >= len(toks) {
		return ""
	}
	k = last + 1 // "called the levy a farce": the description keeps its article
	if q := shortQuote(text[toks[k-1].End:]); q != "" {
		return q
	}
	return description(text, toks, k)
}

// objectPronouns stand for the thing named ("called it a farce").
var objectPronouns = map[string]bool{"it": true, "him": true, "her": true, "them": true, "this": true, "that": true}

// description is the words of text from token k to the end of the
// clause, past words that say nothing of it, at most maxNamingWords.
func description(text string, toks []index.Token, k int) string {
	for k < len(toks) && namingLeads[index.Fold(toks[k].Term)] {
		k++
	}
	if k >= len(toks) {
		return ""
	}
	return phraseUpTo(text[toks[k].Start:], true, maxNamingWords)
}

// maxQuoteWords bounds a quotation read as a name given ("a “farce”").
const maxQuoteWords = 6

// shortQuote is the first quotation of at most maxQuoteWords words in
// text, or "".
func shortQuote(text string) string {
	for _, pair := range [][2]string{{"“", "”"}, {"\"", "\""}, {"''", "''"}} {
		rest := text
		for {
			i := strings.Index(rest, pair[0])
			if i < 0 {
				break
			}
			rest = rest[i+len(pair[0]):]
			j := strings.Index(rest, pair[1])
			if j < 0 {
				break
			}
			q := strings.TrimSpace(rest[:j])
			rest = rest[j+len(pair[1]):]
			if n := len(strings.Fields(q)); n >= 1 && n <= maxQuoteWords {
				return strings.Trim(q, " ,.")
			}
		}
	}
	return ""
}

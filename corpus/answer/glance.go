package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus/index"
)

// An answer line is read at a glance: of a long sentence, the clause that
// holds the answer, without the clauses that lead into it ("When asked by
// reporters, …", "Earlier, …") or trail after it ("… but said …", "…,
// according to …").

// leadClauses are the first words of a clause that leads into the main one and ends at a comma.
var leadClauses = map[string]bool{"when": true, "after": true, "before": true, "while": true, "as": true,
	"although": true, "though": true, "if": true, "earlier": true, "later": true, "meanwhile": true,
	"asked": true, "speaking": true, "talking": true, "according": true, "however": true, "instead": true,
	"also": true, "separately": true, "previously": true, "last": true, "on": true, "in": true}

// trails open a clause after the answer that the answer does not need.
var trails = []string{" but ", ", according to ", ", who ", ", which ", ", saying ", ", adding ", " — ", " – ", ", despite ", ", as "}

// glanceWords is the length from which a sentence answer line is cut
// to its clause.
const glanceWords = 12

// atAGlance shortens the answer line of a yes/no question, or of a what
// question answered by a sentence, to the clause that answers: the
// question's words it holds stay, the clauses before and after them go.
// Other lines (a name, a date, a count) are returned as they are.
func (a *Answerer) atAGlance(qu Question, line string) string {
	if qu.Kind != KindYesNo && qu.Kind != KindWhat {
		return line
	}
	return a.glanceLine(qu, line)
}

// saidLine is the answer line of "what did X say about Y": who said it
// and the words said, cut at a glance to the clause about Y ("Ann Berg:
// the levy is unfair"), not the speaker's name alone.
func (a *Answerer) saidLine(qu Question, speaker, quote string) string {
	words := a.glanceLine(qu, strings.TrimSpace(oneLine(quote)))
	if len(strings.Fields(words)) > 2*glanceWords {
		// Several sentences of a speech: the first, or the first that
		// holds the question's words, reads at a glance.
		words = a.firstSentence(qu, words)
	}
	if speaker == "" {
		return words
	}
	return speaker + ": " + words
}

// glanceLine is line cut to the clause that holds the question's words
// (see atAGlance).
func (a *Answerer) glanceLine(qu Question, line string) string {
	head := ""
	for _, p := range []string{yesLine, noLine} {
		if rest, ok := strings.CutPrefix(line, p); ok {
			head, line = p, rest
		}
	}
	line = unlabelled(line)
	if len(strings.Fields(line)) < glanceWords {
		return head + line
	}
	terms := map[string]bool{}
	for i := qu.Body; i < len(qu.Words); i++ {
		if st := a.stemOf(qu.Words[i].Text); st != "" {
			terms[st] = true
		}
	}
	first, last := -1, -1
	for _, t := range index.Words.Tokenize(line) {
		if terms[a.stemOf(t.Term)] {
			if first < 0 {
				first = t.Start
			}
			last = t.End
		}
	}
	if first < 0 {
		return head + line
	}
	return head + glance(line, first, last)
}

// glance is the part of clause a reporter reads first: the question's
// words lie in clause[first:last]; lead-in clauses before them and
// trailing clauses after them are cut. A clause with nothing to cut is
// returned as it is.
func glance(clause string, first, last int) string {
	if first < 0 || last > len(clause) || first > last {
		return clause
	}
	start, end := 0, len(clause)
	// Lead-ins, one after the other: "Earlier, when asked, X did …".
	for {
		comma := strings.Index(clause[start:first], ", ")
		if comma < 0 || !leadClauses[firstWord(clause[start:])] || !opensClause(clause[start+comma+len(", "):]) {
			break
		}
		start += comma + len(", ")
	}
	for _, t := range trails {
		if i := strings.Index(clause[last:end], t); i >= 0 {
			end = last + i
		}
	}
	out := strings.TrimRight(clause[start:end], " ,;:.")
	if start > 0 {
		out = upperFirst(out)
	}
	return out
}

// opensClause reports whether s starts as a main clause does: with a
// name or a subject's first word ("Berg did not …", "the panel held
// …") or another lead-in ("Earlier, on Monday, …"), not with a verb whose subject was cut off ("stated that …").
func opensClause(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || subjectStarts[firstWord(s)] || leadClauses[firstWord(s)]
}

// subjectStarts are the small words a subject may start with.
var subjectStarts = map[string]bool{"the": true, "a": true, "an": true, "he": true, "she": true, "they": true,
	"it": true, "we": true, "i": true, "his": true, "her": true, "their": true, "its": true, "this": true, "that": true}

// firstWord is the first word of s, folded to lower case.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " \"“'‘")
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(s)
	}
	return strings.ToLower(s[:i])
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// unlabelled is an answer line without what a transcript puts before the
// words ("\"PENCE: Ann Berg will not …" → "Ann Berg will not …"): an
// opening quotation mark the line never closes, and a speaker's name in
// capitals before a colon.
func unlabelled(line string) string {
	trimmed := strings.TrimLeft(line, "\"“'‘")
	if len(trimmed) < len(line) && !strings.ContainsAny(trimmed, "\"”") {
		line = trimmed
	}
	colon := strings.Index(line, ": ")
	if colon < 2 || colon > 30 {
		return line
	}
	for _, r := range line[:colon] {
		if !unicode.IsUpper(r) && r != ' ' && r != '.' && r != '-' {
			return line
		}
	}
	return line[colon+2:]
}

// firstSentence is the first sentence of text that holds one of the
// question's words after its question form, or its first sentence.
func (a *Answerer) firstSentence(qu Question, text string) string {
	var sentences []string
	for rest := text; rest != ""; {
		i := strings.IndexAny(rest, ".!?")
		for i >= 0 && i+1 < len(rest) && rest[i+1] != ' ' {
			// "U.S.", "3.5": no end of sentence.
			j := strings.IndexAny(rest[i+1:], ".!?")
			if j < 0 {
				i = -1
				break
			}
			i += j + 1
		}
		if i < 0 {
			sentences = append(sentences, rest)
			break
		}
		sentences = append(sentences, rest[:i+1])
		rest = strings.TrimSpace(rest[i+1:])
	}
	terms := map[string]bool{}
	for i := qu.Body; i < len(qu.Words); i++ {
		if !index.IsStop(qu.Words[i].Fold) {
			if st := a.stemOf(qu.Words[i].Text); st != "" {
				terms[st] = true
			}
		}
	}
	for _, s := range sentences {
		for _, t := range index.Words.Tokenize(s) {
			if terms[a.stemOf(t.Term)] {
				return s
			}
		}
	}
	return sentences[0]
}

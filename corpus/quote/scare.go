package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/person"
	"factdesk/corpus/segment"
)

// titleCase reports whether every longer word of s is capitalised: a show,
// a book or a slogan, not speech.
func titleCase(text string, s corpus.Span) bool {
	n := 0
	for i, w := range segment.Words(text, s) {
		if utf8.RuneCountInString(w.Text) < 4 {
			continue
		}
		if i == 0 && isCap(w.Text) {
			continue // any sentence starts so: "Absolutely not," he replied
		}
		if !isCap(w.Text) {
			return false
		}
		n++
	}
	return n > 0
}

// namedThing reports whether a quotation no cue reaches is the name of a
// thing the sentence speaks of, not words someone said: in headline case
// (see headline), eight words at most, and the object of a preposition
// ("the founder of "Harbour Friends for Ann 2008"", "host of "The Late
// Hour with Ann Lee"") or a modifier of the noun after it (a ""Lee Can
// Fix It" bus tour"). A memo "titled" so, or a slogan after a comma, is
// left to the model: PolNeAR gives those to their author.
func namedThing(text string, m marked) bool {
	if words(text, m.inner) > 8 || !headline(text, m.inner) {
		return false
	}
	if beforeNoun(text, m) {
		return true
	}
	before := segment.Words(text, corpus.Span{Start: max(0, m.open.Start-30), End: m.open.Start})
	if len(before) == 0 {
		return false
	}
	prev := before[len(before)-1]
	return onlySpace(text, prev.Span.End, m.open.Start) && prepositions[prev.Text]
}

// headline reports whether s is written as a title is: two words or more,
// the first capitalised, every other one capitalised or a number unless
// it is a function word ("America with Ann Lee", "Friends for Ann 2008",
// "Lee Can Fix It").
func headline(text string, s corpus.Span) bool {
	ws := segment.Words(text, s)
	if len(ws) < 2 || !isCap(ws[0].Text) {
		return false
	}
	for _, w := range ws[1:] {
		r, _ := utf8.DecodeRuneInString(w.Text)
		if !isCap(w.Text) && !unicode.IsDigit(r) && !segment.LowerIn(function, w.Text) {
			return false
		}
	}
	return true
}

// scare reports whether a quotation inside a sentence is a scare quote or
// a title rather than reported words: title case, or a short quoted phrase
// that modifies a noun ("a "peace agreement"", "Witkoff's "leaked" call").
func scare(text string, m marked) bool {
	if titleCase(text, m.inner) && words(text, m.inner) <= 8 || named(text, m) {
		return true
	}
	if words(text, m.inner) > 3 {
		return false
	}
	before := segment.Words(text, corpus.Span{Start: max(0, m.open.Start-40), End: m.open.Start})
	if len(before) > 0 {
		prev := before[len(before)-1]
		if strings.TrimSpace(text[prev.Span.End:m.open.Start]) == "" {
			lw := strings.ToLower(prev.Text)
			// "her" after a verb is its object ("called her "rude"").
			object := lw == "her" && len(before) > 1 && verbOf(before[len(before)-2].Text) != ""
			if _, poss := possessive(prev.Text); poss || ownerWords[lw] && !object {
				// Under a reporting verb, a possessive's word or two that
				// modify no noun after them are the speaker's ("said
				// Weber's "judgment" was poor"), unless they are a name
				// ("on ZDF's "Morning Show""), "so-called", or the
				// writer's own ("my "campaign"").
				heard := lw != "so-called" && !writerWords[lw] && !isCap(m.inner.Of(text)) &&
					!beforeNoun(text, m) && reported(text, m.open.Start)
				return !heard // "Witkoff's "leaked" call", "her "sex tape"", "so-called "plan""
			}
		}
	}
	// A quoted word or two modifying the noun after it: "a "peace" deal",
	// "kept "black accounting" records" (but "to "hinder" ties" is a
	// verb); a longer phrase before a noun is someone's words ("warned of
	// a "long and bitter" fight ahead"), and so is a word or two that a
	// reporting verb of the clause governs, unless an article makes it a
	// label ("promised to pass "sweeping" reforms", but "said the
	// "Stay" camp").
	return words(text, m.inner) <= 2 && !afterInfinitive(text, m.open.Start) && beforeNoun(text, m) &&
		(afterArticle(text, m.open.Start) || !reported(text, m.open.Start))
}

// subtitled reports whether a quotation is a work's title and subtitle:
// a headline of one word or more, a colon, then another ("Harbour Lights: A Life on
// the Quay", with or without a full stop inside the closing mark), as a
// book, a film or a report is named. Speech after a speaker's colon goes
// on in lower case ("Lund: We Will see about that" is no title), and so
// does a quoted sentence after a colon of its own.
func subtitled(text string, m marked) bool {
	in := m.inner.Of(text)
	colon := strings.Index(in, ": ")
	if colon <= 0 {
		return false
	}
	head := corpus.Span{Start: m.inner.Start, End: m.inner.Start + colon}
	ws := segment.Words(text, head)
	if len(ws) == 0 {
		return false
	}
	for i, w := range ws {
		if !isCap(w.Text) && (i == 0 || !segment.LowerIn(function, w.Text)) {
			return false
		}
	}
	return headline(text, corpus.Span{Start: head.End + 1, End: m.inner.End})
}

// ownedTitle reports whether a quotation whose every word is capitalised
// stands right after a capitalised possessive or "on": the name of a
// programme or a column ("on the network's "Morning Call,"", "said on
// "Late Desk""), whatever reporting verb the sentence has.
func ownedTitle(text string, m marked) bool {
	in := segment.Words(text, m.inner)
	if len(in) < 2 || len(in) > 8 {
		return false
	}
	for _, w := range in {
		if !isCap(w.Text) && !segment.LowerIn(function, w.Text) {
			return false
		}
	}
	before := segment.Words(text, corpus.Span{Start: max(0, m.open.Start-40), End: m.open.Start})
	if len(before) == 0 || !onlySpace(text, before[len(before)-1].Span.End, m.open.Start) {
		return false
	}
	prev := before[len(before)-1].Text
	if _, poss := possessive(prev); poss {
		return isCap(prev)
	}
	return prev == "on"
}

// workTitle reports whether a closed quotation is a title of a work the
// words around it name: "a show called "Harbour Nights"", "starred in "Harbour
// Nights"" (see person.WorkTitle).
func workTitle(text string, m marked) bool {
	return !m.close.IsZero() && person.WorkTitle(text, m.open.Start, m.close.End)
}

// namingWords give the quotation after them as a name: "an inquiry
// code-named "Harbour"", "the hacker known as "Ghost"".
var namingWords = []string{"code-named", "codenamed", "nicknamed", "known as"}

// named reports whether a short capitalised quotation is the name a naming
// word right before it gives: a code name or a nickname is nobody's words.
func named(text string, m marked) bool {
	if words(text, m.inner) > 3 || !isCap(m.inner.Of(text)) {
		return false
	}
	before := strings.ToLower(strings.TrimRight(text[max(0, m.open.Start-16):m.open.Start], " \u00a0"))
	for _, w := range namingWords {
		if strings.HasSuffix(before, " "+w) {
			return true
		}
	}
	return false
}

// endsOnPunct reports whether a lower-case quotation ends on its own
// comma or stop: "called it a "bad deal," adding …". A capitalised one is
// still a name however it ends (a column, ""Notebook," every Monday").
func endsOnPunct(text string, m marked) bool {
	in := strings.TrimRight(m.inner.Of(text), " ")
	return !isCap(in) && in != strings.TrimRight(in, ",.;:!?")
}

// beforeNoun reports whether a lower-case word that is no function word
// and no reporting verb follows the quotation's closing mark, as the noun
// it modifies does: "a "peace" deal". A quotation that closes on its own
// punctuation (see endsOnPunct) has ended its phrase, and a
// function word contracted with "is" ("a "bad deal" that's …") opens a
// clause, not a noun.
func beforeNoun(text string, m marked) bool {
	if m.close.IsZero() || endsOnPunct(text, m) {
		return false
	}
	after := segment.Words(text, corpus.Span{Start: m.close.End, End: min(len(text), m.close.End+40)})
	if len(after) == 0 || !onlySpace(text, m.close.End, after[0].Span.Start) || m.close.End >= after[0].Span.Start {
		return false
	}
	w := strings.ToLower(after[0].Text)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return !isCap(after[0].Text) && !function[w] && verbOf(after[0].Text) == ""
}

// nickname reports whether the quotation is a capitalised word between
// the parts of a name: Marcia "Cia" Price, Thomas "Tip" O'Neill.
func nickname(text string, m marked) bool {
	in := segment.Words(text, m.inner)
	if len(in) != 1 || !isCap(in[0].Text) || m.close.IsZero() {
		return false
	}
	before := segment.Words(text, corpus.Span{Start: max(0, m.open.Start-30), End: m.open.Start})
	after := segment.Words(text, corpus.Span{Start: m.close.End, End: min(len(text), m.close.End+30)})
	return len(before) > 0 && len(after) > 0 &&
		isCap(before[len(before)-1].Text) && onlySpace(text, before[len(before)-1].Span.End, m.open.Start) && before[len(before)-1].Span.End < m.open.Start &&
		isCap(after[0].Text) && onlySpace(text, m.close.End, after[0].Span.Start) && m.close.End < after[0].Span.Start
}

// ownerWords before a short quotation make it a label for something, not
// speech.
var ownerWords = segment.WordSet(`so-called his her their its our my your whose`)

// writerWords are the owners that speak in the writer's voice.
var writerWords = segment.WordSet(`my our your`)

// afterInfinitive reports whether the word before off is "to" or an
// auxiliary, so the quoted word after it is a verb or a predicate.
func afterInfinitive(text string, off int) bool {
	before := segment.Words(text, corpus.Span{Start: max(0, off-20), End: off})
	if len(before) == 0 {
		return false
	}
	switch strings.ToLower(before[len(before)-1].Text) {
	case "to", "be", "is", "was", "are", "were", "been", "being", "not", "would", "will", "could", "should", "can", "might", "must", "never":
		return true
	}
	return false
}

// afterArticle reports whether the noun phrase the quotation at off stands
// in opens with an article: "a "peace" deal", "a city-run "charity"
// shop". Up to three words back, none of them a function word or after a
// comma.
func afterArticle(text string, off int) bool {
	before := segment.Words(text, corpus.Span{Start: max(0, off-60), End: off})
	end := off
	for k := len(before) - 1; k >= 0 && len(before)-k <= 3; k-- {
		if strings.ContainsAny(text[before[k].Span.End:end], ",;:()\u2013\u2014.!?") {
			return false
		}
		switch lw := strings.ToLower(before[k].Text); {
		case lw == "a" || lw == "an" || lw == "the":
			return true
		case function[lw] || verbOf(lw) != "":
			return false
		}
		end = before[k].Span.Start
	}
	return false
}

// reported reports whether a reporting verb, or its noun, stands before off
// in the same clause: no more than maxFragmentReach words before it and no
// comma, semicolon, colon, dash or parenthesis between.
func reported(text string, off int) bool {
	toks := tokens(text, corpus.Span{Start: max(0, off-maxClause), End: off})
	return reportingVerbBefore(text, toks, off, clauseMarks+".!?", nil) >= 0
}

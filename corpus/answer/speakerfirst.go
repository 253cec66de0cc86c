package answer

import (
	"slices"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// A reporter types the person first and asks of them by a pronoun: "the
// harbour chief on the radio - what did she tell listeners the fee
// would cost". The question after the dash names its speaker only as "she";
// the person is the one the topic names.

// speakerPronouns stand for a person named before them.
var speakerPronouns = map[string]bool{"he": true, "she": true, "they": true}

// speakerFirst is, for a question typed after its topic (splitTopic)
// that asks what a pronoun said, the same question with the pronoun
// replaced by the one person the topic names, and true; "" and false
// otherwise. The rest of the topic (the interview, the speech) is left
// out: it says where the words were said, which the quotation's own
// sentence seldom repeats.
func (a *Answerer) speakerFirst(q string) (string, bool) {
	topic, rest, at := splitTopic(q)
	if at < 0 {
		return "", false
	}
	qu := Parse(rest)
	if qu.Kind != KindSaid || qu.Subject[1] != qu.Subject[0]+1 || !speakerPronouns[qu.Words[qu.Subject[0]].Fold] {
		return "", false
	}
	who := a.topicPerson(Parse(topic))
	if who == nil {
		return "", false
	}
	w := qu.Words[qu.Subject[0]]
	return rest[:w.Start] + who.Name + rest[w.Start+len(w.Text):], true
}

// topicPerson is the one person a topic's words name: a run of up to
// four words (the longest at each word) that is a form of a person's name
// the corpus writes (a full name, an alias, a surname), of someone it
// quotes; nil when none is, or when two people are named, either of whom
// the pronoun could stand for. Only names count: a description ("the
// port's chief") may fit many, and a topic holds other nouns.
func (a *Answerer) topicPerson(tq Question) *corpus.Person {
	ws := tq.Words
	var who *corpus.Person
	for i := 0; i < len(ws); i++ {
		if index.IsStop(ws[i].Fold) {
			continue
		}
		for l := min(4, len(ws)-i); l >= 1; l-- {
			span := ws[i : i+l]
			if index.IsStop(span[l-1].Fold) {
				continue
			}
			f := dropPossessive(index.Fold(tq.Text[span[0].Start : span[l-1].Start+len(span[l-1].Text)]))
			ids := a.nm.forms[strings.Join(strings.Fields(f), " ")]
			if len(ids) == 0 {
				continue
			}
			p := a.mostQuoted(ids)
			if p == nil || p.Kind != corpus.KindPerson || len(a.quotesBy.of(p.ID)) == 0 {
				continue
			}
			if who != nil && who != p {
				return nil
			}
			who = p
			i += l - 1
			break
		}
	}
	return who
}

// personPronouns stand, in a question typed after its topic, for the
// one person the topic names: "he"/"she" by the name, "his"/"her" by its
// possessive.
var personPronouns = map[string]string{"he": "", "she": "", "his": "'s", "her": "'s"}

// pronounTopic is, for a question typed after its topic (splitTopic)
// whose words after the dash speak of a person by a pronoun, the same
// question with its first such pronoun replaced by the one person the
// topic names, and true: "berg on the port strike - when did she call it
// off" asks when Ann Berg called it off. The rest of the topic is left
// out, as speakerFirst leaves it (appended, it answered an archive's
// questions worse). "" and false when the topic names no one person, or
// the question no pronoun.
func (a *Answerer) pronounTopic(q string) (string, bool) {
	topic, rest, at := splitTopic(q)
	if at < 0 {
		return "", false
	}
	toks := index.Words.Tokenize(rest)
	k := slices.IndexFunc(toks, func(t index.Token) bool { _, ok := personPronouns[index.Fold(t.Term)]; return ok })
	if k < 1 {
		return "", false
	}
	who := a.topicPerson(Parse(topic))
	if who == nil {
		return "", false
	}
	t := toks[k]
	end := strings.TrimRight(rest, "?!. ")
	out := rest[:t.Start] + who.Name + personPronouns[index.Fold(t.Term)] + end[t.End:]
	return out + rest[len(end):], true
}

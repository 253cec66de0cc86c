package answer

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"factdesk/corpus"
	"factdesk/corpus/fact"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// Question kinds, as corpus.Answer.Kind names them.
const (
	KindWhoSaid = "whosaid" // who said a fragment
	KindSaid    = "said"    // what did someone say (about something)
	KindWhen    = "when"
	KindHowLong = "howlong"
	KindHowMany = "howmany"
	KindWho     = "who"   // who did something
	KindYesNo   = "yesno" // did something happen
	KindWhere   = "where" // where something happened or will
	KindWhat    = "what"  // anything else: what, which, a bare phrase
)

// Word is one word of a question.
type Word struct {
	Text  string // as typed
	Fold  string // folded, as the index sees it before stemming
	Start int    // byte offset in the question
	Upper bool   // starts with a capital letter
	Name  bool   // part of the name of someone the corpus knows (namesAsNames)
}

// Question is a parsed question.
type Question struct {
	Text string
	// tagged is the tagger's reading of Text, shared by the copies of a
	// parsed question and read once (tags).
	tagged *taggedText
	Kind   string
	Words  []Word
	// Body is the index of the first word after the question form ("when
	// did", "who said"): the words the answer must match.
	Body int
	// Subject is, for KindSaid, the words naming who spoke: Words[Subject[0]:Subject[1]].
	Subject [2]int
	// Future is set for "when will …": a relative time ("next week") is then
	// as good an answer as a date.
	Future bool
	// Begun is set for "since when was Lund chair": the date asked is
	// when it began, which articles write after "since" or "from" or
	// with the verb of its start ("was appointed in July").
	Begun bool
	// Unit is, for KindHowMany, the thing counted ("points").
	Unit string
	// Much is set for "how much …": an amount (money, a share) answers
	// before a count.
	Much bool
	// Age is set for "how old is X": the answer is X's age.
	Age bool
	// Tally is set for "what was the vote": the answer is a tally or a
	// score ("19-15").
	Tally bool
	// Share is set for "what percentage of X …": the answer is a
	// percentage (measure.go).
	Share bool
	// Measure is set for "how fast", "how high": the answer is a number
	// with a unit of measure ("26 feet"), not a count of things.
	Measure bool
	// Type is, for "which X …", the kind of party asked for: "outlet".
	Type string
	// Object is set for "who did X call": the answer is the party the
	// action was done to, named after the verb.
	Object bool
	// Verb is, for Object, the action's lemma as the frame reads it
	// (propose sets it once): "hire" in "who did the board hire".
	Verb string
	// nouns marks, for propose, the search groups of words that can be
	// nothing but a noun and name no one (absentShare).
	nouns []bool
	// Passive is set for "who was accused of …": the answer is the one
	// it was done to, after the verb of an active sentence or before
	// that of a passive one.
	Passive bool
	// Define is set for "what is …": the answer is the sentence about it,
	// not the words after it.
	Define bool
	// Bare is set for words typed without a question form ("peace deal"):
	// the answer is the sentence, or the speaker of the quotation, that
	// holds them, not the words after them.
	Bare bool
	// Why is set for "why …": the answer must give a reason, not only
	// tell that the thing happened.
	Why bool
	// Setting is set, for "where" questions, when they ask where words
	// were said (setting.go): the answerer sets it once per question.
	Setting bool
	// Thing is, for a when-question whose subject is a thing, its head
	// noun and the verb's lemma (when.go); set by propose.
	Thing [2]string
	// Source is the outlet the question names as where it was read
	// ("per the AP"), set apart from its words; "" when none.
	Source string
	// Naming is set for "what did X call Y": the answer is the words X
	// gave Y, and the verb of naming need not be in the sentence.
	Naming bool
	// NameAsked is set for "what is the codename of X": the answer is
	// the name the sentence gives (nameasked.go).
	NameAsked bool
	// Days are the calendar days the question names, as "MM-DD" ("whom
	// did Lund meet on May 3": 05-03): the answer must be about
	// that day.
	Days []string
	// Grain is, for "what month …" or "which year …", how much of a
	// date is asked: "month" or "year"; "" for any date.
	Grain string
	// Medium is, for "on what show did X say …", the kind of medium
	// asked for: the answer is the name of the programme or channel.
	Medium string
	// Choices are, for "who would X pick between A and B", the word
	// ranges of A and B: the answer is the one the sentence says was
	// chosen.
	Choices [][2]int
	// Since is, for "who took over after Lund was dismissed", the first
	// word of a closing clause that only places the event in time, or
	// 0: the sentence that answers seldom says it again, and its
	// people are the occasion, not the party asked about.
	Since int
	// Context is the first word of a topic typed before the question and
	// read after it ("the port strike - who called it off" asked as "who
	// called it off the port strike"), or 0: the topic says which
	// articles, and the answering sentence may leave it to its article
	// (topicheld.go).
	Context int
	// Figure is set for a what-question, or words typed without one,
	// whose noun asked is one the parse reads elsewhere as asking a
	// value ("the visitor number of X", "price the club paid for
	// him"): a line that writes no value of its kind answers nothing
	// (figure.go).
	Figure figure
	// Slot is, for a question typed as a statement with "what" after a
	// preposition ("X should congratulate Y on what"), the word before
	// the preposition and the preposition, folded: the answer is what
	// follows them in a sentence (slot.go).
	Slot [2]string
}

var leadIns = map[string]bool{"on": true, "in": true, "at": true, "for": true, "by": true, "from": true, "to": true}

// startLeads are the prepositions that lead in "since when …" and
// "until when …".
var startLeads = map[string]bool{"since": true, "until": true, "from": true}

var questionWords = map[string]bool{"when": true, "what": true, "which": true, "who": true, "whom": true,
	"how": true, "why": true, "where": true, "whose": true, "whosaid": true, "ask": true}

// contractions typed without their apostrophe.
var contractions = map[string]string{"dont": "don't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't",
	"wasnt": "wasn't", "werent": "weren't", "hasnt": "hasn't", "havent": "haven't", "wont": "won't",
	"cant": "can't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't",
	// Pronouns with their verb: none is a word of its own.
	"hed": "he'd", "theyd": "they'd", "youd": "you'd", "hes": "he's", "shes": "she's", "theyre": "they're",
	"youre": "you're", "thats": "that's", "theres": "there's", "im": "i'm", "ive": "i've", "itll": "it'll",
	"theyve": "they've", "weve": "we've", "youve": "you've", "wouldve": "would've", "couldve": "could've",
	"arent": "aren't", "hadnt": "hadn't", "aint": "ain't", "youll": "you'll", "theyll": "they'll"}

// contractedIs are question words with "is" typed without the
// apostrophe: "whats the fee".
var contractedIs = map[string]bool{"whats": true, "whos": true, "wheres": true, "whens": true, "hows": true}

// shorthands are words typed short in a hurry, which no article writes
// so: "how many ppl were rescued".
var shorthands = map[string]string{"ppl": "people", "govt": "government", "gov't": "government",
	"dept": "department", "pres": "president", "yrs": "years", "yr": "year", "hrs": "hours",
	"mins": "minutes", "secs": "seconds", "approx": "approximately", "intl": "international",
	"org": "organisation", "abt": "about",
	// "till 2026": articles write "until".
	"till": "until"}

// typedShort are words a reporter types short that articles print whole,
// though they print the short form too, as a title before a name ("Gov.
// Ann Berg") or in a name ("Leeds Utd"): a question word so typed is
// read as the whole word, and the whole word is searched in both forms
// (printedShort, expand). The roles' own clipping reads a short post only
// where a person is asked by role; these are read wherever they are typed.
var typedShort = map[string]string{"pct": "percent", "gov": "governor", "govs": "governors",
	"sen": "senator", "sens": "senators", "rep": "representative", "reps": "representatives",
	"sec": "secretary", "supt": "superintendent", "dem": "democratic", "dems": "democrats",
	"mgr": "manager", "utd": "united",
	"helo": "helicopter", "helos": "helicopters"}

// unitShort are the words typed short for an office that, after a
// number, are a unit of time: "a 20 sec clip" is no secretary.
var unitShort = map[string]string{"sec": "seconds", "min": "minutes"}

// printedShort is typedShort the other way: the short form of a whole
// word, which an article may print.
var printedShort = func() map[string]string {
	m := make(map[string]string, len(typedShort))
	for short, full := range typedShort {
		m[full] = short
	}
	return m
}()

// initialAt reports whether the letter ending at byte end of q is an
// initial: a full stop follows it ("george w. bush").
func initialAt(q string, end int) bool { return end < len(q) && q[end] == '.' }

// officeShorthands are offices typed short whose short form articles
// print mostly as a unit ("45 min"), so, unlike typedShort's, it is not
// searched for: "acting justice min" is the minister.
var officeShorthands = map[string]string{"min": "minister"}

// afterNumber reports whether the last of words is a number ("30",
// "forty"): the word typed after it counts something.
func afterNumber(words []Word) bool {
	if len(words) == 0 {
		return false
	}
	w := words[len(words)-1].Text
	return len(fact.Values(w, corpus.Span{End: len(w)}, corpus.Date{})) > 0
}

// sameLetters reports whether a and b hold the same letters in another
// order ("hwo" for "who").
func sameLetters(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	x, y := []byte(a), []byte(b)
	slices.Sort(x)
	slices.Sort(y)
	return string(x) == string(y)
}

// lightVerbs say that something happened, not what: "when did the vote
// happen" asks about the vote. "take place" is two of them.
var lightVerbs = map[string]bool{"happen": true, "happened": true, "happens": true, "occur": true,
	"occurred": true, "occurs": true, "take": true, "took": true, "taken": true, "place": true}

// upper reports whether the question writes the folded word with a
// capital after its first word: a name, known to the corpus or not
// ("Moscow").
func (q Question) upper(fold string) bool {
	for i := max(q.Body, 1); i < len(q.Words); i++ {
		if q.Words[i].Fold == fold && q.Words[i].Upper {
			return true
		}
	}
	return false
}

// Light reports whether word i only says that something happened
// ("happen", "take place"): it is no term to match.
func (q Question) Light(i int) bool {
	if i < 0 || i >= len(q.Words) {
		return false
	}
	f := q.Words[i].Fold
	if endUp[f] {
		// "who did they end up hiring": the outcome, which articles
		// write as the verb after "up" alone.
		return i+2 < len(q.Words) && q.Words[i+1].Fold == "up" && strings.HasSuffix(q.Words[i+2].Fold, "ing")
	}
	if supportVerbs[lex.Lemma(f, lex.Verb)] {
		// "give the interview", "held a long briefing": the verb
		// only carries the act its noun names, which articles write
		// "in an interview with", "interviewed". Any form of it
		// (WordNet's lemma).
		return supportVerb(q.Words, i)
	}
	switch f {
	case "take", "took", "taken":
		return i+1 < len(q.Words) && q.Words[i+1].Fold == "place"
	case "place":
		return i > 0 && (q.Words[i-1].Fold == "take" || q.Words[i-1].Fold == "took" || q.Words[i-1].Fold == "taken")
	case "going", "gonna":
		// "is X going to be at Y", "is she going to resign": the future,
		// which articles write "will", not a word to match. "going to
		// the debate" goes somewhere and keeps it.
		return goingTo(q.Words, i)
	case "get", "gets", "got", "gotten", "getting":
		// "after she got fired": the passive's auxiliary, which articles
		// write "was sacked" or not at all.
		// "get back home": the particle says where one goes, and
		// articles write "come back" or "return".
		return i+1 < len(q.Words) && (participle(q.Words[i+1].Fold) || getParticles[q.Words[i+1].Fold])
	case "up":
		return i > 0 && endUp[q.Words[i-1].Fold] && q.Light(i-1)
	case "ought":
		// "X ought to be sacked": the modal, which articles write
		// "should", a word too small to match, or "must".
		return true
	case "one", "ones":
		// "the other call, the Lund–Berg one", "which one resigned": a
		// word that stands for the noun said before it, which the
		// article writes as the noun. Not a count: "only one", "one of
		// them", "one boat".
		return propOne(q.Words, i)
	case "anything", "something", "everything", "anyone", "anybody", "someone", "somebody":
		// "did X say anything about Y": a placeholder for what the
		// sentence says, which may be "nothing".
		return q.Kind == KindYesNo
	}
	return lightVerbs[f] && q.Kind != KindWhat
}

// supportVerbs carry the act a noun after them names.
var supportVerbs = map[string]bool{"give": true, "hold": true, "conduct": true, "grant": true}

// supportVerb reports whether the verb at word i carries the act of the
// noun phrase after it, opened by an article or a possessive within four
// words ("give the Fjord Radio interview", "holding his rally"): its noun is
// one WordNet also knows as a verb, with a sense that is an act, an event
// or a communication. "give new staff" names whom it is given to, "give
// the boat" a thing.
func supportVerb(words []Word, i int) bool {
	det := false
	for k := i + 1; k < len(words) && k <= i+4; k++ {
		f := words[k].Fold
		if determiners[f] || possessives[f] {
			det = true
			continue
		}
		if index.IsStop(f) || words[k].Upper || words[k].Name || lex.Known(f, lex.Adj) && !lex.Known(f, lex.Noun) {
			continue // "the Fjord Radio interview", "a long interview"
		}
		acts := lex.NounAct | lex.NounEvent | lex.NounCommunication
		return det && lex.Classes(lex.Lemma(f, lex.Noun), lex.Noun)&acts != 0 && lex.Known(lex.Lemma(f, lex.Verb), lex.Verb)
	}
	return false
}

// propOne reports whether "one" at word i stands for a noun said
// before it: after a word that is no number or quantity ("the other
// one", "the Lund one", "which one"), and before the question's end, a
// relative word or a verb's auxiliary, not a noun or "of".
func propOne(words []Word, i int) bool {
	if i == 0 || countBefore[words[i-1].Fold] || isNumber(words[i-1].Fold) {
		return false
	}
	if i+1 < len(words) {
		next := words[i+1].Fold
		return relativeWords[next] || auxiliaries[next]
	}
	return true
}

// countBefore make "one" after them a count: "only one", "just one",
// "no one".
var countBefore = map[string]bool{"only": true, "just": true, "no": true, "than": true, "least": true,
	"exactly": true, "about": true, "over": true, "under": true, "every": true, "each": true, "any": true}

// endUp are the forms of "end" and "wind" that, with "up", say the outcome.
var endUp = map[string]bool{"end": true, "ended": true, "ends": true, "ending": true,
	"wind": true, "wound": true, "winds": true, "winding": true}

// getParticles, after "get", say the motion that "get" only carries.
var getParticles = map[string]bool{"back": true, "home": true, "out": true, "away": true, "off": true, "there": true}

// goingTo reports whether word i ("going", "gonna") says the future:
// followed by "to" (unless it is "gonna") and a verb in its base form.
func goingTo(ws []Word, i int) bool {
	j := i + 1
	if ws[i].Fold == "going" {
		if j >= len(ws) || ws[j].Fold != "to" {
			return false
		}
		j++
	}
	if j >= len(ws) || ws[j].Upper || determiners[ws[j].Fold] {
		return false
	}
	f := ws[j].Fold
	return f == "be" || f == "have" || lex.Known(f, lex.Verb) && lex.Lemma(f, lex.Verb) == f
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true}

// Modifier reports whether word i, in lower case, stands between a
// determiner and the noun it describes ("the leaked call"): it narrows
// what is asked about, the noun names it.
func (q Question) Modifier(i int) bool {
	if i < 1 || i+1 >= len(q.Words) || q.Words[i].Upper || !determiners[q.Words[i-1].Fold] {
		return false
	}
	next := q.Words[i+1]
	return !next.Upper && !index.IsStop(next.Fold) && !q.Light(i+1) &&
		strings.TrimSpace(q.Text[q.Words[i].Start+len(q.Words[i].Text):next.Start]) == ""
}

var timeWords = map[string]bool{"day": true, "date": true, "month": true, "year": true, "week": true, "time": true}

// kindEnd is the index of the first question word after the kind of
// party asked for, when the kind is among the body's first maxKindWords
// words ("which ferry union chief said": the word after "chief"), else Body.
func (q Question) kindEnd() int {
	for i := q.Body; i < len(q.Words) && i < q.Body+maxKindWords; i++ {
		if kindWord(q.Type, q.Words[i].Fold) {
			return i + 1
		}
	}
	return q.Body
}

// kindWord reports whether the folded question word w names the kind of
// party a question asks for (typ, its Type), "news" of "which news agency"
// included.
func kindWord(typ, w string) bool { return typ != "" && (w == typ || w == "news") }

// parties are the kinds of party a "what X did …" question asks for.
var parties = map[string]bool{"outlet": true, "outlets": true, "newspaper": true, "paper": true, "agency": true,
	"network": true, "channel": true, "publication": true, "media": true, "organisation": true,
	"organization": true, "official": true, "officials": true, "person": true, "people": true,
	"country": true, "countries": true, "government": true, "senator": true, "lawmaker": true,
	"politician": true, "company": true, "group": true, "party": true, "leader": true, "diplomat": true,
	"service": true, "site": true, "website": true, "broadcaster": true, "wire": true}

// partyNoun reports whether folded word w names a kind of party that
// is no person: one of parties, or a noun whose first WordNet sense is
// a group ("firm", "committee", "council").
func partyNoun(w string) bool {
	return parties[w] || lex.FirstClass(lex.Lemma(w, lex.Noun), lex.Noun).Has(lex.NounGroup)
}

// measures are the adjectives of "how fast", "how high": each asks for a
// number with a unit.
var measures = map[string]bool{"fast": true, "high": true, "far": true, "deep": true, "tall": true,
	"big": true, "large": true, "heavy": true, "wide": true, "strong": true, "quickly": true, "close": true}

// tallies are the nouns that ask for a count of votes or a score.
var tallies = map[string]bool{"vote": true, "tally": true, "score": true, "margin": true, "result": true, "scoreline": true}

// versus name the other side of a game: "the score v Halden".
var versus = map[string]bool{"v": true, "vs": true, "versus": true}

// tallyAsked reports whether the noun phrase from word i ("the committee
// vote", "the final score") ends with a tally noun: the words up to the
// first small word or the end.
func tallyAsked(q Question, i int) bool {
	if i < len(q.Words) && determiners[q.Words[i].Fold] {
		i++
	}
	last := ""
	for ; i < len(q.Words) && !index.IsStop(q.Words[i].Fold) && !versus[q.Words[i].Fold]; i++ {
		last = q.Words[i].Fold
	}
	return tallies[last]
}

// hedge reports whether a folded word only hedges a question typed as
// keywords ("roughly", "exactly"): an adverb and nothing else.
func hedge(w string) bool {
	return !index.IsStop(w) && lex.Known(w, lex.Adv) && !lex.Known(lex.Lemma(w, lex.Noun), lex.Noun) && !lex.Known(lex.Lemma(w, lex.Verb), lex.Verb) && !lex.Known(w, lex.Adj)
}

// prices are the nouns that ask for an amount of money.
var prices = map[string]bool{"price": true, "cost": true, "fee": true, "salary": true, "fine": true,
	"bail": true, "ransom": true, "budget": true, "bill": true, "wage": true, "pay": true}

// priceAsked reports whether the noun phrase at word i ("the price of
// the ticket", "the new fee", "the estimated repair bill") is headed by a
// price noun: its first content word, past a determiner and up to two
// modifiers.
func priceAsked(q Question, i int) bool {
	if i < len(q.Words) && (determiners[q.Words[i].Fold] || possessives[q.Words[i].Fold]) {
		i++
	}
	for k := i; k < len(q.Words) && k <= i+2; k++ {
		if prices[q.Words[k].Fold] {
			return k+1 == len(q.Words) || index.IsStop(q.Words[k+1].Fold)
		}
	}
	return false
}

// costVerbs have an amount of money for their object: "what did the flat
// cost", "what did the club pay for him".
var costVerbs = map[string]bool{"cost": true, "pay": true, "spend": true, "charge": true, "earn": true}

// costVerb reports whether a question word from i on is a verb of
// costVerbs (after a copula, in -ing: "what was she earning"): not after a determiner or a possessive, where it is a noun
// ("what did the pay rise do"). The tagger is no help here: it reads
// "what did the flat cost her" as a noun "flat cost".
func costVerb(q Question, i int, copula bool) bool {
	for k := max(i, 1); k < len(q.Words); k++ {
		w, prev := q.Words[k].Fold, q.Words[k-1].Fold
		if copula && !strings.HasSuffix(w, "ing") {
			continue // "what was the pay like": after a copula, only "was X earning"
		}
		if costVerbs[lex.Lemma(w, lex.Verb)] && !determiners[prev] && !possessives[prev] {
			return true
		}
	}
	return false
}

// timeUnits count a length of time.
var timeUnits = map[string]bool{"seconds": true, "minutes": true, "hours": true, "days": true, "weeks": true,
	"months": true, "years": true}

var copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true, "'s": true}

// doForms are the auxiliaries after which a question's subject follows.
var doForms = map[string]bool{"did": true, "does": true, "do": true}

var auxiliaries = map[string]bool{
	"did": true, "does": true, "do": true, "is": true, "was": true, "were": true, "are": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true,
	"should": true, "shall": true, "may": true, "might": true, "didn't": true, "doesn't": true,
	"isn't": true, "wasn't": true, "hasn't": true, "won't": true,
}

var sayVerbs = map[string]bool{
	"say": true, "said": true, "says": true, "tell": true, "told": true, "think": true,
	"write": true, "wrote": true, "claim": true, "claimed": true, "state": true, "stated": true,
	"comment": true, "mean": true, "reply": true, "respond": true, "answer": true, "add": true,
}

// reportVerbs end the speaker in "what did X …": the verbs of saying, and
// what a reporter asks of an outlet or a post as of a speaker. ("who
// reported the leak" asks who did it, not whose words these are, so they
// are not sayVerbs.)
var reportVerbs = func() map[string]bool {
	m := map[string]bool{"report": true, "post": true, "tweet": true, "announce": true, "argue": true,
		"insist": true, "admit": true, "warn": true, "explain": true, "reveal": true, "confirm": true, "deny": true}
	for w := range sayVerbs {
		m[w] = true
	}
	return m
}()

// participle reports whether a folded word reads as a past participle:
// an irregular one, or a regular "-ed" form of a verb WordNet knows.
func participle(w string) bool {
	if irregularVerb(w) != "" {
		return true
	}
	base, ok := strings.CutSuffix(w, "ed")
	return ok && len(base) >= 2 && lex.Known(lex.Lemma(w, lex.Verb), lex.Verb)
}

// nameOfWho is, for "the name of the <role> who …" at word i (its
// article may be left out, as a terse question does: "name of the pilot
// who landed"), the index of the role's head word, a noun of a person,
// and the index of the word after "of" and its article, where the body
// of the question opens; 0, 0 when it is not.
func nameOfWho(qu Question, i int) (kind, body int) {
	if i < len(qu.Words) && determiners[qu.Words[i].Fold] {
		i++
	}
	if i+2 >= len(qu.Words) || qu.Words[i].Fold != "name" || qu.Words[i+1].Fold != "of" {
		return 0, 0
	}
	from := i + 2
	if determiners[qu.Words[from].Fold] {
		from++
	}
	for k := from + 1; k < len(qu.Words) && k <= from+maxKindWords; k++ {
		if f := qu.Words[k].Fold; f == "who" || f == "that" {
			head := qu.Words[k-1].Fold
			if !personNoun(head) {
				return 0, 0
			}
			return k - 1, from
		}
	}
	return 0, 0
}

// maxWhoRoleWords bounds the words of a role typed before "who" (roleWho).
const maxWhoRoleWords = 5

// roleWho is, for a question typed as a role and a clause of its deed
// ("the port union boss who quit", "tarvik law school dean who wrote
// back") from word i, the index of the role's head, the word before
// "who": a noun whose first sense is a person, after words that are no
// verb, no small word and no question word; -1 when it is not. The word
// after "who" must be no auxiliary ("the dean who is …" describes). A
// party that is no person is typed with "that" or "which" ("the outlet
// that ran the tape", "harbour firm which built the quay"): its kind is
// a party's (partyNoun), and it is asked as "which outlet ran the tape"
// asks.
func roleWho(qu Question, i int) int {
	if i < len(qu.Words) && determiners[qu.Words[i].Fold] {
		i++
	}
	for k := i + 1; k < len(qu.Words)-1 && k <= i+maxWhoRoleWords; k++ {
		f := qu.Words[k].Fold
		if f == "who" || f == "that" || f == "which" {
			head := qu.Words[k-1].Fold
			if auxiliaries[qu.Words[k+1].Fold] || !personNoun(head) && (f == "who" || !partyNoun(head)) {
				return -1
			}
			if gap := qu.Text[qu.Words[k-1].Start+len(qu.Words[k-1].Text) : qu.Words[k].Start]; f != "who" && strings.TrimSpace(gap) != "" {
				return -1 // "the levy row - which official": a question after the topic
			}
			if f == "who" && k-1 == 0 {
				// A lone role noun opening the question ("pilot who
				// steered it name") is left to the other readings.
				return -1
			}
			return k - 1
		}
		prev := qu.Words[k-1]
		if index.IsStop(prev.Fold) || questionWords[prev.Fold] || presentVerb(qu, k-1) || participle(prev.Fold) && !prev.Upper {
			return -1
		}
	}
	return -1
}

// nameLast reads a description of someone typed first and the name
// asked after a dash, a comma or a colon ("the harbour inspector who
// stopped the ferry - name?", "ferry union chief who quit, name"): as
// nameOfWho reads "name of the … who …", it asks who, of the kind its
// head noun says, and drops the trailing "name". It reports whether q
// is so; words from start on.
func nameLast(qu *Question, start int) bool {
	last := len(qu.Words) - 1
	for last > start && hedge(qu.Words[last].Fold) {
		last--
	}
	if last < start+3 || qu.Words[last].Fold != "name" {
		return false
	}
	prev := qu.Words[last-1]
	if gap := qu.Text[prev.Start+len(prev.Text) : qu.Words[last].Start]; !strings.ContainsAny(gap, ",:–—") && !strings.Contains(gap, "-") {
		return false
	}
	from := start
	if determiners[qu.Words[from].Fold] {
		from++
	}
	for k := from + 1; k < last && k <= from+maxKindWords; k++ {
		if f := qu.Words[k].Fold; f == "who" || f == "that" {
			if !personNoun(qu.Words[k-1].Fold) {
				return false
			}
			qu.Kind, qu.Type, qu.Body, qu.Bare = KindWho, qu.Words[k-1].Fold, from, false
			qu.Words = qu.Words[:last]
			return true
		}
	}
	return false
}

// nameOfWhoAt reports whether nameOfWho reads a role at word i.
func nameOfWhoAt(qu Question, i int) bool {
	k, _ := nameOfWho(qu, i)
	return k > 0
}

// maxKindWords bounds the words of "which A B C …" read as one kind.
const maxKindWords = 3

// presentVerb reports whether question word i is a verb in the present
// tense, as the tagger reads it ("wants" in "which state senator wants
// Lund fired"): most such words are also nouns' plurals, so only the
// tagger tells.
func presentVerb(qu Question, i int) bool {
	if i >= len(qu.Words) || !strings.HasSuffix(qu.Words[i].Fold, "s") {
		return false // no tagging for most questions
	}
	for _, t := range qu.tags() {
		if t.Start == qu.Words[i].Start {
			return t.Tag == "VBZ"
		}
	}
	return false
}

// saidVerb is the reporting verb that ends the speaker's description in
// "what did X say …", looked for from word from on, or 0. A reporting verb
// that ends the question or is followed by a small word ("say in reply
// to", "write to the members") ends it, the first such; a word that only
// looks like one inside a name ("the state department say") is followed
// by a content word. Else the last reporting verb ("tell reporters"). A
// verb of communication with a verb of saying among its synonyms counts
// (saysWords: "how did X describe Y").
func saidVerb(qu Question, from int) int {
	last := 0
	for i := from; i < len(qu.Words); i++ {
		if f := qu.Words[i].Fold; !reportVerbs[f] && !saysWords(f) {
			continue
		}
		if i+1 == len(qu.Words) || index.IsStop(qu.Words[i+1].Fold) {
			last = i
			break
		}
		last = i
	}
	if b := bareSaid(qu, from); b > 0 && (last == 0 || b < last) {
		return b
	}
	return last
}

// bareSaid is the first word from word from on that is a verb in its
// bare form, as after "did" ("how did X react to Y"), and reports words
// in its first sense: a verb of saying, or one whose most frequent sense
// has a verb of saying among its synonyms ("react": "respond", "reply":
// "answer"); else 0. "How did X react to Y, what did he say" asks what X
// said in reply, and its speaker ends at the first such verb, not the
// last. The word is a verb if WordNet knows it as no noun or the tagger
// reads it as a bare verb ("reply", "comment" are nouns too); typed in
// lower case a name can take the tagger's verb, so its reading of the
// other words is not asked. A verb whose first sense is another act
// ("do": "make") is no answer of words, nor is an infinitive ("to react").
func bareSaid(qu Question, from int) int {
	for i := from; i < len(qu.Words); i++ {
		f := qu.Words[i].Fold
		if lex.Lemma(f, lex.Verb) != f || !firstSenseSays(f) || qu.Words[i-1].Fold == "to" {
			continue
		}
		if !lex.Known(f, lex.Noun) || wordTag(qu, i) == "VB" {
			return i
		}
	}
	return 0
}

// firstSenseSays reports whether verb v is a verb of saying (reportVerbs)
// or its most frequent sense has one of the plain ones (sayVerbs) among
// its synonyms: "post", "report" name other acts too ("station": "post").
func firstSenseSays(v string) bool {
	if reportVerbs[v] {
		return true
	}
	ss := lex.Senses(v, lex.Verb)
	if len(ss) == 0 {
		return false
	}
	for _, s := range ss[0].Synonyms {
		if sayVerbs[s] {
			return true
		}
	}
	return false
}

// wordTag is the tagger's tag of question word i, or "".
func wordTag(qu Question, i int) string {
	for _, t := range qu.tags() {
		if t.Start == qu.Words[i].Start {
			return t.Tag
		}
	}
	return ""
}

// saysWords reports whether folded word w, in its bare form as after
// "did", is a verb of communication that WordNet gives a verb of saying
// as a synonym ("describe": "report"), and no noun, which a question would
// rather read as part of the speaker's name or the thing asked ("the
// warning", "the phone number").
func saysWords(w string) bool {
	return lex.Lemma(w, lex.Verb) == w && !lex.Known(w, lex.Noun) && lex.IsCommunication(w) && reportsWords(w)
}

// feltAbout returns the index, from word from on, of a word of feeling
// before "about" or "over" ("worried about", "angry over"), or 0: what
// someone felt about something is known from what they said of it.
func feltAbout(qu Question, from int) int {
	for i := from; i+1 < len(qu.Words); i++ {
		if p := qu.Words[i+1].Fold; p != "about" && p != "over" {
			continue
		}
		if qu.Words[i].Upper {
			return 0
		}
		v := lex.Lemma(qu.Words[i].Fold, lex.Verb)
		if v != "" && lex.FirstClass(v, lex.Verb).String() == "verb.emotion" {
			return i
		}
		return 0
	}
	return 0
}

// Parse reads a question. It never fails: a question it cannot place is
// KindWhat, matched on all its words.
func Parse(q string) Question {
	qu := Question{Text: q, Kind: KindWhat, tagged: &taggedText{}}
	for _, t := range index.Words.Tokenize(q) {
		r, _ := utf8.DecodeRuneInString(t.Term)
		wd := Word{Text: t.Term, Fold: index.Fold(t.Term), Start: t.Start, Upper: unicode.IsUpper(r)}
		// "when's" is "when is"; "didnt" typed in a hurry is "didn't".
		suffix := "'s"
		if _, ok := contractedIs[wd.Fold]; ok {
			suffix = "s" // "whats", typed without its apostrophe
		}
		if base, ok := strings.CutSuffix(wd.Fold, suffix); ok && questionWords[base] {
			n := len(t.Term) - len(suffix)
			qu.Words = append(qu.Words, Word{Text: t.Term[:n], Fold: base, Start: t.Start, Upper: wd.Upper},
				Word{Text: t.Term[n:], Fold: "is", Start: t.Start + n})
			continue
		}
		if base, ok := strings.CutSuffix(wd.Fold, "'d"); ok && questionWords[base] && base != "who" {
			// "where'd they hold it" is "where did"; "who'd" is as often
			// "who would", and is left as typed.
			n := len(t.Term) - len("'d")
			qu.Words = append(qu.Words, Word{Text: t.Term[:n], Fold: base, Start: t.Start, Upper: wd.Upper},
				Word{Text: t.Term[n:], Fold: "did", Start: t.Start + n})
			continue
		}
		if full, ok := contractions[wd.Fold]; ok {
			wd.Fold = full
		} else if full, ok := shorthands[wd.Fold]; ok {
			wd.Fold = full
		} else if unit, ok := unitShort[wd.Fold]; ok && afterNumber(qu.Words) {
			wd.Fold = unit // "a 20 sec clip", "45 min"
		} else if full, ok := typedShort[wd.Fold]; ok {
			wd.Fold = full
		} else if full, ok := officeShorthands[wd.Fold]; ok {
			wd.Fold = full // "the home sec", "acting justice min"
		} else if wd.Fold == "w" && (strings.HasPrefix(q[t.End:], "/") || !wd.Upper && !initialAt(q, t.End)) {
			// "call w/ Voss", "poll w trump": "with" typed short; a
			// capital W or one before a full stop is an initial
			// ("George W. Lund", "ann w. velk").
			wd.Fold = "with"
		}
		qu.Words = append(qu.Words, wd)
	}
	qu.Words = nowAsAfter(qu.Words) // nowthat.go
	for _, v := range fact.Values(q, corpus.Span{End: len(q)}, corpus.Date{}) {
		if d := monthDay(v); d != "" {
			qu.Days = append(qu.Days, d)
		}
	}
	w := func(i int) string {
		if i < len(qu.Words) {
			return qu.Words[i].Fold
		}
		return ""
	}
	// A command word typed into the question ("whosaid really good call").
	start := 0
	if f := w(0); f == "whosaid" || f == "ask" {
		start = 1
		if f == "whosaid" {
			qu.Kind, qu.Body = KindWhoSaid, 1
			return qu
		}
	}
	// "roughly how much …", "so when did …": an adverb typed before the
	// question word hedges it and leaves the question form as it is.
	if f := w(start); !questionWords[f] && !index.IsStop(f) && lex.Known(f, lex.Adv) && questionWords[w(start+1)] {
		start++
	}
	// "On what show did X say …": the medium it was said on.
	if leadIns[w(start)] && (w(start+1) == "which" || w(start+1) == "what") && mediumNouns[w(start+2)] {
		qu.Kind, qu.Medium, qu.Body = KindWhere, w(start+2), start+3
		if auxiliaries[w(qu.Body)] {
			qu.Body++
		}
		return qu
	}
	// "On which day …", "In what year …": the preposition only leads in.
	if leadIns[w(start)] && (w(start+1) == "which" || w(start+1) == "what") {
		start++
	}
	// "Since when was Lund chair", "until when …": the preposition only
	// leads in; the question asks for a date as "when" does.
	begun := false
	if startLeads[w(start)] && w(start+1) == "when" {
		begun = w(start) != "until"
		start++
	}
	// A question word typed in a hurry ("wen did …", "hwo said"): one
	// slip from a question word, and not a word of its own.
	if f := w(start); !questionWords[f] && !auxiliaries[f] && !index.IsStop(f) {
		for _, qw := range []string{"when", "what", "which", "who"} {
			if len(f) >= 3 && levenshtein.ComputeDistance(f, qw) <= 1 || len(f) == 3 && sameLetters(f, qw) {
				qu.Words[start].Fold = qw
				break
			}
		}
	}
	first, second := w(start), w(start+1)
	// "who sayd", "how lon": the second word of the question form typed in
	// a hurry too.
	if first == "who" && !sayVerbs[second] && !auxiliaries[second] && len(second) >= 3 {
		for _, v := range []string{"said", "says", "say"} {
			if levenshtein.ComputeDistance(second, v) == 1 {
				second = v
				break
			}
		}
	}
	if first == "how" && len(second) >= 3 {
		for _, v := range []string{"long", "many", "much"} {
			if second != v && levenshtein.ComputeDistance(second, v) == 1 {
				second = v
				break
			}
		}
	}
	qu.Why = first == "why"
	ranked := false // a place in a ranking asked (placeHead)
	switch {
	case first == "who" && sayVerbs[second]:
		qu.Kind, qu.Body = KindWhoSaid, start+2
	case first == "what" && copulas[second] && nameOfWhoAt(qu, start+2),
		!questionWords[first] && nameOfWhoAt(qu, start):
		// "what's the name of the inspector who stopped the ferry", or
		// typed tersely "name of the inspector who …": who stopped it,
		// an inspector; no name, no answer.
		at := start
		if first == "what" {
			at = start + 2
		}
		kind, body := nameOfWho(qu, at)
		qu.Kind, qu.Type, qu.Body = KindWho, qu.Words[kind].Fold, body
	case !questionWords[first] && !auxiliaries[first] && roleWho(qu, start) >= 0:
		// "harbour board chair who resigned over the fees", typed
		// without "who is the": the person the role and the deed
		// describe, as "name of the chair who …" asks.
		k := roleWho(qu, start)
		qu.Kind, qu.Type, qu.Body = KindWho, qu.Words[k].Fold, start
		if determiners[w(start)] {
			qu.Body++
		}
	case first == "what" && copulas[second] && priceAsked(qu, start+2):
		// "what was the cost of the pier": how much it cost.
		qu.Kind, qu.Body, qu.Much = KindHowMany, start+2, true
	case first == "what" && copulas[second] && tallyAsked(qu, start+2):
		// "what was the panel's vote on X": the tally, "19-15".
		qu.Kind, qu.Body, qu.Tally = KindHowMany, start+2, true
	case (first == "what" || first == "which") && start+1 < len(qu.Words) &&
		strings.Contains(q[qu.Words[start].Start+len(qu.Words[start].Text):qu.Words[start+1].Start], "%"):
		// "what % of the fee went to Lund", "what % cut": "%" is no
		// word to the tokenizer, and asks as "percentage" does.
		qu.Kind, qu.Body, qu.Share = KindHowMany, start+1, true
		if k := start + 2; w(start+1) == "of" && w(k) != "" {
			if determiners[w(k)] && w(k+1) != "" {
				k++ // "of the fee"
			}
			qu.Unit = countedHead(qu, k)
		}
	case (first == "what" || first == "which") && shareWords[second]:
		// "what share of voters backed X": a percentage (measure.go).
		qu.Kind, qu.Body, qu.Share = KindHowMany, start+2, true
		if w(start+2) == "of" && w(start+3) != "" {
			qu.Unit = countedHead(qu, start+3) // the whole: "voters"
		}
	case (first == "what" || first == "how") && auxiliaries[second]:
		// "what did X say about Y", "what has X told …"; otherwise a
		// plain what-question.
		if i := saidVerb(qu, start+3); i > 0 {
			qu.Kind, qu.Subject, qu.Body = KindSaid, [2]int{start + 2, i}, i+1
			return qu
		}
		if i := feltAbout(qu, start+3); i > 0 && copulas[second] {
			// "what was X worried about": what X said of it.
			qu.Kind, qu.Subject, qu.Body = KindSaid, [2]int{start + 2, i}, i+1
			return qu
		}
		qu.Kind, qu.Body = KindWhat, start+2
		qu.Define = first == "what" && copulas[second]
		if first == "what" && costVerb(qu, start+2, copulas[second]) {
			// "what did the flat cost her": how much it cost.
			qu.Kind, qu.Much = KindHowMany, true
		}
	case first == "when":
		qu.Kind, qu.Body, qu.Begun = KindWhen, start+1, begun
		if auxiliaries[second] {
			qu.Body++
			qu.Future = second == "will" || second == "would" || second == "shall"
		}
	case first == "where":
		qu.Kind, qu.Body = KindWhere, start+1
		if auxiliaries[second] {
			qu.Body++
			qu.Future = second == "will" || second == "would" || second == "shall"
		}
	case first == "how" && (second == "long" || second == "soon"):
		qu.Kind, qu.Body = KindHowLong, start+2
		if second == "soon" {
			qu.Kind, qu.Future = KindWhen, true
		}
	case first == "how" && (second == "many" || second == "much"):
		qu.Kind, qu.Body, qu.Much = KindHowMany, start+2, second == "much"
		if u := w(start + 2); u != "" && !auxiliaries[u] {
			qu.Unit = countedHead(qu, start+2)
		}
		if timeUnits[qu.Unit] || qu.Much && spanOfTime(qu, start+2) {
			// "how many minutes was the call": a length; "how much
			// leave do the pilots get" too (asked.go).
			qu.Kind, qu.Unit, qu.Much = KindHowLong, "", false
		}
	case first == "how" && second == "old":
		// "how old is X": X's age, which news writes beside the name.
		qu.Kind, qu.Body, qu.Age = KindHowMany, start+2, true
		if auxiliaries[w(start+2)] {
			qu.Body++
		}
	case first == "how" && measures[second]:
		// "how fast did the river rise", "how high is the dam": a
		// measure, which articles give as a number and its unit.
		qu.Kind, qu.Body, qu.Measure = KindHowMany, start+2, true
	case first == "who" || first == "whom":
		qu.Kind, qu.Body = KindWho, start+1
		if auxiliaries[second] {
			qu.Body++
			// "who did Berg talk to": a name after the auxiliary
			// is the subject; the answer is whom it was done to.
			// After "did" or "does" whatever comes is the subject, in
			// whatever case it is typed ("who did voss phone"); after
			// "will" or "has" it may be the action ("who has resigned").
			qu.Object = qu.Body < len(qu.Words) && !copulas[second] && !negations[w(qu.Body)] &&
				(qu.Words[qu.Body].Upper || doForms[second])
			// "who was accused of …": a passive asks for whom it was
			// done to, who an active sentence names after its verb.
			qu.Passive = copulas[second] && qu.Body < len(qu.Words) && participle(qu.Words[qu.Body].Fold)
		}
	case auxiliaries[first]:
		qu.Kind, qu.Body = KindYesNo, start+1
	case (first == "which" || first == "what") && timeWords[second]:
		// "which day did they speak", "what date was the call"
		qu.Kind, qu.Body = KindWhen, start+2
		qu.Grain = grains[second]
	case (first == "which" || first == "what") && placeKind(qu, start+1):
		// "which town is the boathouse in", "what city hosted the summit": a
		// place, found as where finds one; the word for its kind is
		// seldom written beside it ("her boathouse in Halden").
		qu.Kind, qu.Body = KindWhere, start+2
		if auxiliaries[w(qu.Body)] {
			qu.Body++
			qu.Future = w(start+2) == "will" || w(start+2) == "would" || w(start+2) == "shall"
		}
	case (first == "which" || first == "what") && placeHead(qu, start+1) > 0:
		// "what table position were they in": a compound whose head is
		// a kind of place asks where, as "what position in the league"
		// does; the head goes, the words that say which stay.
		h := placeHead(qu, start+1)
		qu.Kind, qu.Body, ranked = KindWhere, start+1, true
		qu.Words = append(qu.Words[:h:h], qu.Words[h+1:]...)
		if auxiliaries[w(h)] {
			qu.Words = append(qu.Words[:h:h], qu.Words[h+1:]...)
		}
	case (first == "which" || first == "what") && strandedAt(qu, start+1):
		// "which lodge were the walkers sheltering at" asks where, as
		// "where were the walkers sheltering" does (strandedat.go).
		qu.Kind, qu.Body = KindWhere, start+3
		qu.Words = qu.Words[:len(qu.Words)-1]
	case first == "which" && second == "news" && parties[w(start+2)]:
		qu.Kind, qu.Body, qu.Type = KindWho, start+1, w(start+2)
	case first == "which":
		// "which outlet published it": the answer is a party, as for who,
		// and likely named right after the word for its kind ("outlet
		// Bloomberg").
		qu.Kind, qu.Body, qu.Type = KindWho, start+1, second
		// "which harbour board ruled", "which coastal rescue team
		// arrived": the kind is the head of a noun compound, the last
		// noun before the verb; the words before it say which.
		for k := start + 2; k <= start+1+maxKindWords && k < len(qu.Words); k++ {
			if verbForm(w(k-1)) || !lex.Known(w(k), lex.Noun) {
				break
			}
			if participle(w(k+1)) || auxiliaries[w(k+1)] || presentVerb(qu, k+1) {
				qu.Type = w(k)
				break
			}
			// The compound may end the question ("ferry levy row -
			// which town official", and the topic after it when it is
			// asked of it), or a clause in -ing follow it ("which town
			// official blaming the levy"): its last word is the
			// kind, unless the tagger reads it as a verb ("which
			// candidate beat Lund by a point").
			if next := w(k + 1); (next == "" || determiners[next] || strings.HasSuffix(next, "ing") && wordTag(qu, k+1) == "VBG") &&
				!index.IsStop(w(k)) && !strings.HasPrefix(wordTag(qu, k), "VB") {
				qu.Type = w(k)
				break
			}
		}
	case first == "what" && (parties[second] || second == "news" && parties[w(start+2)]):
		// "what outlet published it" asks for a party as "which" does.
		qu.Kind, qu.Body, qu.Type = KindWho, start+1, second
		if second == "news" {
			qu.Type = w(start + 2)
		}
	case first == "what" && copulas[second]:
		qu.Kind, qu.Body, qu.Define = KindWhat, start+2, true
	case first == "what":
		qu.Kind, qu.Body = KindWhat, start+1
	default:
		qu.Body = start
		qu.Bare = true
		keywords(&qu)
		// The noun that says what is asked may end the question, before
		// a hedge ("harbour flat price roughly?", "Berg age?", "the
		// dismissal - vote count?").
		last := len(qu.Words) - 1
		for last > start && hedge(qu.Words[last].Fold) {
			last--
		}
		ageAt, countAt := ageBefore(qu, start), countOf(qu, start) // asked.go
		switch {
		case qu.Kind != KindWhat:
		case placeHead(qu, start) > 0:
			// "league position when the coach left", typed without
			// "what was the": where, as the question in full asks.
			h := placeHead(qu, start)
			qu.Kind, qu.Bare, ranked = KindWhere, false, true
			qu.Words = append(qu.Words[:h:h], qu.Words[h+1:]...)
		case nameLast(&qu, start):
			// "the harbour inspector who stopped the ferry - name?": as
			// "name of the inspector who …", asked last.
		case inSitu(&qu, start):
			// "the union paid how much for the ad": asked where the
			// answer goes.
		case shareAt(qu, start) >= 0:
			// "harbour levy pct the firms paid": a percentage, not the
			// amount paid.
			i := shareAt(qu, start)
			qu.Kind, qu.Bare, qu.Share = KindHowMany, false, true
			qu.Words = append(qu.Words[:i:i], qu.Words[i+1:]...)
		case priceAsked(qu, start) || last > start && prices[w(last)]:
			// "price of the harbour flat", typed without "what was": how
			// much it cost, as the question in full asks.
			qu.Kind, qu.Much, qu.Bare = KindHowMany, true, false
		case last > start && tallies[w(last)] && !tallies[w(start)]:
			qu.Kind, qu.Tally, qu.Bare = KindHowMany, true, false
		case last > start+1 && (w(last) == "count" || w(last) == "number" || w(last) == "total"):
			// "the dismissal - vote count?": how many.
			qu.Kind, qu.Bare = KindHowMany, false
			qu.Words = qu.Words[:last]
		case last > start && w(last) == "age":
			qu.Kind, qu.Age, qu.Bare = KindHowMany, true, false
			qu.Words = qu.Words[:last]
		case ageAt > 0:
			// "Berg age when she left the club": her age then.
			i := ageAt
			qu.Kind, qu.Age, qu.Bare = KindHowMany, true, false
			qu.Words = append(qu.Words[:i:i], qu.Words[i+1:]...)
		case askedBefore(qu, start, last) > 0:
			// "the dismissal - vote count in the chamber", "Berg age?
			// the club's coach": the noun of asking ends the words
			// that say what is asked; a phrase after it only says
			// which, and stays to match.
			i := askedBefore(qu, start, last)
			qu.Kind, qu.Bare, qu.Age = KindHowMany, false, w(i) == "age"
			qu.Words = append(qu.Words[:i:i], qu.Words[i+1:]...)
		case ofAsked(qu, start) >= 0:
			// "age of Per Berg": how old; "size of the refund": how
			// much.
			i := ofAsked(qu, start)
			qu.Kind, qu.Bare = KindHowMany, false
			qu.Age, qu.Much = w(i) == "age", w(i) == "size"
			qu.Words = append(qu.Words[:i:i], qu.Words[i+2:]...)
		case countAt >= 0:
			// "number of pilots the port needs": how many.
			i := countAt
			qu.Kind, qu.Bare = KindHowMany, false
			qu.Words = append(qu.Words[:i:i], qu.Words[i+2:]...)
			qu.Unit = countedHead(qu, i)
		}
	}
	askedLast(&qu) // asked.go: "…, word count", "…, percentage wise"
	qu.Figure = figureAsked(qu)
	if qu.Kind == KindWho {
		qu.Since = occasion(qu)
		qu.Choices = choices(qu)
	}
	if ranked {
		// "league position when the coach left": the clause dates the
		// standing asked, which the sentence that gives it seldom says
		// again.
		qu.Since = occasionFrom(qu, qu.Body+1)
	}
	qu.Naming = asksNaming(qu) // naming.go
	qu.NameAsked = !qu.Naming && asksName(qu)
	if qu.Naming && qu.Since == 0 {
		// "what did X call Y at the spring fair": the sentence that
		// names Y seldom says where again.
		qu.Since = occasion(qu)
	}
	return qu
}

// grains are the time words that ask for a date to the month or the
// year, which a date that does not name one cannot answer.
var grains = map[string]string{"month": "month", "year": "year", "day": "day", "date": "day"}

// inSitu reads a question typed as a statement with its question words
// where the answer goes, after word start: "the union paid how much for
// the ad", "the gauge climbed how many feet", "the lease lasted till what year".
// It drops them from the words to match and sets the kind they ask; it
// reports whether there were any.
func inSitu(qu *Question, start int) bool {
	for i := start + 1; i+1 < len(qu.Words); i++ {
		x, y := qu.Words[i].Fold, qu.Words[i+1].Fold
		prev := qu.Words[i-1]
		if (x == "how" || x == "what" || x == "which") && strings.TrimSpace(qu.Text[prev.Start+len(prev.Text):qu.Words[i].Start]) != "" {
			// "the film's budget, what did they spend": a question
			// of its own after a topic, not words in the answer's place.
			return false
		}
		switch {
		case x == "how" && (y == "much" || y == "many"):
			qu.Kind, qu.Much, qu.Bare = KindHowMany, y == "much", false
			qu.Words = append(qu.Words[:i:i], qu.Words[i+2:]...)
			if y == "many" && i < len(qu.Words) {
				qu.Unit = countedHead(*qu, i)
			}
			if timeUnits[qu.Unit] {
				qu.Kind, qu.Unit = KindHowLong, ""
			}
			return true
		case (x == "what" || x == "which") && timeWords[y] && y != "time" && y != "week":
			qu.Kind, qu.Bare, qu.Grain = KindWhen, false, grains[y]
			qu.Words = append(qu.Words[:i:i], qu.Words[i+2:]...)
			return true
		}
		if slot, ok := slotAt(*qu, i); ok {
			// "Lund should thank Berg for what": what follows "Berg
			// for" in a sentence (slot.go).
			qu.Bare, qu.Slot = false, slot
			qu.Words = append(qu.Words[:i:i], qu.Words[i+1:]...)
			return true
		}
	}
	return false
}

// hasGrain reports whether a date's norm ("2025-05", "2025", "--05-03")
// names the month, the year or the day, as grain asks; any date for "".
// "What day did it sail" is not answered by "in February", nor by "on
// Friday" that no date pins down.
func hasGrain(norm, grain string) bool {
	switch grain {
	case "day":
		return len(norm) >= 10 && norm[4] == '-' && norm[7] == '-' || strings.HasPrefix(norm, "--") && len(norm) >= 7
	case "year":
		return len(norm) >= 4 && norm[0] != '-' && allDigits(norm[:4])
	case "month":
		return len(norm) >= 7 && norm[4] == '-' && allDigits(norm[:4]) || strings.HasPrefix(norm, "--") && len(norm) >= 4
	}
	return true
}

// choices is, for "who would X pick between A and B", the words of A and
// B ({from, to} word ranges), or nil: the answer is one of them.
func choices(qu Question) [][2]int {
	for i := qu.Body; i+3 < len(qu.Words); i++ {
		if qu.Words[i].Fold != "between" {
			continue
		}
		and := -1
		for j := i + 2; j < len(qu.Words) && j <= i+4; j++ {
			if qu.Words[j].Fold == "and" {
				and = j
				break
			}
		}
		if and < 0 || and+1 >= len(qu.Words) {
			return nil
		}
		end := and + 1
		for end < len(qu.Words) && end < and+4 && !prepositions[qu.Words[end].Fold] && !index.IsStop(qu.Words[end].Fold) {
			end++
		}
		return [][2]int{{i + 1, and}, {and + 1, end}}
	}
	return nil
}

// occasionWords open a clause that says when something else happened.
var occasionWords = map[string]bool{"after": true, "before": true, "when": true, "once": true, "following": true}

// occasion is the first word of a clause closing the question that says
// when the asked event came, with a verb of its own ("after Lund was
// dismissed", "once she had resigned"), or 0. A bare noun phrase ("after
// the vote") is no clause: it may be the event's own object.
func occasion(qu Question) int { return occasionFrom(qu, qu.Body+2) }

// timePhrase reports whether word i opens a noun phrase of time that a
// clause may describe: "on the day", "on the night", "by the morning"
// (a preposition, "the", and a noun whose first WordNet sense is a
// time; "time" itself is an occasion's noun first, and is not read), as
// in "on the day Lund was dismissed".
func timePhrase(qu Question, i int) bool {
	if i+2 >= len(qu.Words) || !prepositions[qu.Words[i].Fold] || qu.Words[i+1].Fold != "the" {
		return false
	}
	n := qu.Words[i+2].Fold
	return lex.FirstClass(lex.Lemma(n, lex.Noun), lex.Noun).Has(lex.NounTime)
}

// occasionFrom is occasion's clause, looked for from word from on.
func occasionFrom(qu Question, from int) int {
	for i := from; i+2 < len(qu.Words); i++ {
		timed := timePhrase(qu, i)
		if !occasionWords[qu.Words[i].Fold] && !timed {
			continue
		}
		for j := i + 1; j < len(qu.Words) && j <= i+5; j++ {
			f := qu.Words[j].Fold
			if j > i+1 && (auxiliaries[f] || f == "got" || f == "gets") || !qu.Words[j].Upper && participle(f) && j > i+1 {
				return i
			}
		}
		if !timed {
			return 0
		}
	}
	// "… at the spring fair": a trailing place where the event was, which
	// the article names where the sentence that answers may not.
	for i := len(qu.Words) - 2; i >= from && i >= len(qu.Words)-maxVenueWords-1; i-- {
		if qu.Words[i].Fold != "at" {
			continue
		}
		for _, w := range qu.Words[i+1:] {
			if auxiliaries[w.Fold] || participle(w.Fold) || prepositions[w.Fold] && w.Fold != "by" && w.Fold != "of" {
				return 0
			}
		}
		return i
	}
	return 0
}

// maxVenueWords bounds the words of a trailing place read as an occasion.
const maxVenueWords = 4

// keywords places a question typed as words without a question form:
// "date of the call" and "witkoff ushakov call date" ask when, "length of
// the call" how long. The kind word itself is left out of the words to
// match. Anything else stays a plain what-question.
func keywords(qu *Question) {
	kinds := map[string]string{"date": KindWhen, "day": KindWhen, "when": KindWhen,
		"length": KindHowLong, "duration": KindHowLong}
	for i := qu.Body; i < len(qu.Words); i++ {
		k, ok := kinds[qu.Words[i].Fold]
		if !ok {
			continue
		}
		if k == KindWhen && i > qu.Body && qu.Words[i-1].Fold == "age" {
			continue // "Berg age when she left": her age then (ageBefore)
		}
		// Only a kind word at either end, or before a small word: "the
		// date of the call", "call date", "sailing date to the island";
		// not "a date night".
		if i != qu.Body && i != len(qu.Words)-1 && !(i+1 < len(qu.Words) && index.IsStop(qu.Words[i+1].Fold) &&
			qu.Words[i+1].Fold != "and" && qu.Words[i+1].Fold != "or") {
			continue
		}
		qu.Kind = k
		qu.Words = append(qu.Words[:i:i], qu.Words[i+1:]...)
		if i < len(qu.Words) && qu.Words[i].Fold == "of" {
			qu.Words = append(qu.Words[:i:i], qu.Words[i+1:]...)
		}
		return
	}
}

// monthDay is the "MM-DD" of a date value naming a day ("2025-10-29",
// "--10-29"), or "".
func monthDay(v corpus.Value) string {
	if v.Kind != corpus.ValueDate && v.Kind != corpus.ValueRelative {
		return ""
	}
	n := v.Norm
	if len(n) == 10 && n[4] == '-' && n[7] == '-' || len(n) == 7 && strings.HasPrefix(n, "--") {
		return n[len(n)-5:]
	}
	return ""
}

// SubjectText is the name of who spoke in a KindSaid question, as typed.
func (q Question) SubjectText() string {
	if q.Kind != KindSaid || q.Subject[1] <= q.Subject[0] {
		return ""
	}
	a, b := q.Words[q.Subject[0]], q.Words[q.Subject[1]-1]
	return q.Text[a.Start : b.Start+len(b.Text)]
}

// Rest is the text of the question from word i on.
func (q Question) Rest(i int) string {
	if i >= len(q.Words) {
		return ""
	}
	return strings.TrimSpace(q.Text[q.Words[i].Start:])
}

// outletTypes are the words a question uses for several publishers.
var outletTypes = map[string]bool{"outlets": true, "media": true, "newspapers": true, "papers": true,
	"publications": true, "sites": true, "websites": true, "agencies": true, "broadcasters": true, "networks": true}

// coverVerbs are what an outlet does with a story.
var coverVerbs = map[string]bool{"reported": true, "report": true, "covered": true, "cover": true,
	"published": true, "publish": true, "carried": true, "ran": true, "wrote": true, "mentioned": true}

// outletsOf reports whether the question asks which outlets reported
// something ("which outlets reported the fire", "what media covered the
// strike"), and returns that something as a question of its own.
func (q Question) outletsOf() (string, bool) {
	rest, _, ok := q.outletsOn()
	return rest, ok
}

// outletsOn is outletsOf, and says whether the thing reported is led by
// "on" or "about": a topic ("reported on the ferry tender"), which every
// article covering it reports, not one event's sentence.
func (q Question) outletsOn() (rest string, on, ok bool) {
	if q.Kind != KindWho || !outletTypes[q.Type] {
		return "", false, false
	}
	i := q.Body
	for i < len(q.Words) && (kindWord(q.Type, q.Words[i].Fold) || q.Words[i].Fold == "have" || q.Words[i].Fold == "has") {
		i++
	}
	if i >= len(q.Words) || !coverVerbs[q.Words[i].Fold] {
		return "", false, false
	}
	i++
	for i < len(q.Words) && (q.Words[i].Fold == "that" || q.Words[i].Fold == "on" || q.Words[i].Fold == "about") {
		on = on || q.Words[i].Fold != "that"
		i++
	}
	rest = strings.TrimRight(q.Rest(i), "?. ")
	if !on && i < len(q.Words) && (determiners[q.Words[i].Fold] || possessives[q.Words[i].Fold]) && !clause(rest) {
		// "reported the leaked call": a thing, which every article about
		// it reports, as "on the leaked call" does; "reported the
		// minister resigned" is an event's sentence.
		on = true
	}
	return rest, on, rest != ""
}

// clause reports whether the tagger finds a finite verb in text: it says
// that something happened, it does not only name a thing.
func clause(text string) bool {
	for _, t := range lex.Tag(text) {
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// countedHead is the thing a "how many" question counts: the head of the
// noun phrase after "many" ("registered pilots", "county council
// candidates", "harbour personnel"), which the number's own noun must
// agree with, not its first modifier. The tagger reads the phrase; the
// word at from stands when it finds no noun there.
func countedHead(qu Question, from int) string {
	// "how many of the boats", "what share of the crews": the counted
	// thing is the noun after "of" and its determiner.
	if qu.Words[from].Fold == "of" && from+1 < len(qu.Words) {
		from++
	}
	if determiners[qu.Words[from].Fold] && from+1 < len(qu.Words) {
		from++
	}
	head := qu.Words[from].Fold
	if from+1 >= len(qu.Words) || auxiliaries[qu.Words[from+1].Fold] || index.IsStop(qu.Words[from+1].Fold) {
		return head // "how many people came": one word, no tagging
	}
	start := qu.Words[from].Start
	// The word as the question reads it: "ppl" is "people".
	fold := func(t lex.Token) string {
		for _, w := range qu.Words[from:] {
			if w.Start == t.Start {
				return w.Fold
			}
		}
		return index.Fold(t.Text)
	}
	noun := ""
	n := 0
	for _, t := range qu.tags() {
		if t.Start < start {
			continue
		}
		if n++; n > 5 {
			break // a noun phrase, not the clause after it
		}
		switch {
		case t.Tag == "NNS" || t.Tag == "NNPS":
			return fold(t) // a plural ends the counted phrase
		case t.Tag == "NN" || t.Tag == "NNP":
			noun = fold(t)
			continue
		case strings.HasPrefix(t.Tag, "JJ") || t.Tag == "VBN" || t.Tag == "VBG" || noun == "" && strings.HasPrefix(t.Tag, "VB"):
			// A modifier: "registered pilots", "county council
			// candidates", and a noun the tagger does not know in its
			// British spelling ("harbour pilots").
			continue
		}
		break
	}
	if noun != "" {
		return noun
	}
	return head
}

// contextOpeners open a phrase that sets the scene before the question
// word: "in the run-off, who …", "after the storm how …".
var contextOpeners = map[string]bool{"in": true, "on": true, "at": true, "during": true, "after": true,
	"before": true, "following": true, "since": true, "amid": true, "over": true, "ahead": true}

// maxContextWords bounds the scene-setting phrase moved behind the question.
const maxContextWords = 14

// frontedContext moves a scene-setting phrase typed before the question
// word to the question's end, where questions carry it: "in the run-off,
// who came second" reads "who came second in the run-off". The phrase is
// then a constraint (a clause that dates the event, a place, a setting),
// not the predicate. Only a question word ends the phrase, not an
// auxiliary ("in the run-off was …" is left as typed).
func frontedContext(q string) string {
	toks := index.Words.Tokenize(q)
	if len(toks) < 4 || !contextOpeners[index.Fold(toks[0].Term)] {
		return q
	}
	// From the third word: "in which year", "on what day" keep their
	// question word, which Parse reads as leading in. A question word
	// after a comma is the question's ("in the poll where Lund led,
	// who came second"); else the first.
	at := -1
	for i := 2; i < len(toks) && i <= maxContextWords; i++ {
		f := index.Fold(toks[i].Term)
		if !questionWords[f] || f == "ask" || f == "whosaid" {
			continue
		}
		if at < 0 || strings.HasSuffix(strings.TrimSpace(q[:toks[i].Start]), ",") {
			at = i
		}
	}
	if i := at; i >= 0 {
		lead := strings.TrimRight(strings.TrimSpace(q[:toks[i].Start]), ",;:—- ")
		rest := strings.TrimSpace(q[toks[i].Start:])
		end := strings.TrimRight(rest, "?!. ")
		return end + " " + lead + rest[len(end):]
	}
	return q
}

// taggedText holds the tagger's reading of a question's text: the frame,
// the weights of its words (informs.go) and several readers here all ask
// for it, and a question is tagged once.
type taggedText struct {
	once sync.Once
	toks []lex.Token
}

// tags is the tagger's reading of q.Text, read once for a parsed
// question (a Question built by hand is tagged each time). The tokens
// are shared: callers only read them.
func (q Question) tags() []lex.Token {
	if q.tagged == nil {
		return lex.Tag(q.Text)
	}
	q.tagged.once.Do(func() { q.tagged.toks = lex.Tag(q.Text) })
	return q.tagged.toks
}

// placeHead is the index of the head of a noun compound at word i
// ("league position", "host city") whose head is a kind of place (a
// noun whose first WordNet sense is a location) and whose other words
// are common nouns that say which ("league"), followed by a small word,
// an auxiliary or the question's end; 0 when there is none. A single
// noun is placeKind's.
func placeHead(qu Question, i int) int {
	for k := i + 1; k < len(qu.Words) && k <= i+maxKindWords; k++ {
		prev := qu.Words[k-1]
		if prev.Upper || prev.Name || index.IsStop(prev.Fold) || !lex.Known(lex.Lemma(prev.Fold, lex.Noun), lex.Noun) {
			return 0
		}
		cur := qu.Words[k]
		if cur.Upper || cur.Name || index.IsStop(cur.Fold) {
			return 0
		}
		next := ""
		if k+1 < len(qu.Words) {
			next = qu.Words[k+1].Fold
		}
		if next != "" && !auxiliaries[next] && !index.IsStop(next) {
			continue // the compound goes on ("league table position")
		}
		if lex.FirstClass(lex.Lemma(cur.Fold, lex.Noun), lex.Noun).Has(lex.NounLocation) {
			return k
		}
		return 0
	}
	return 0
}

// placeKind reports whether the word at i, after "which" or "what", is
// a kind of place: a noun whose first WordNet sense is a location
// ("town", "city", "state", "county", "venue"), not the head of a longer
// kind ("which state department", "which city council"), and not in a
// question of what someone said ("what region did X say …").
func placeKind(qu Question, i int) bool {
	if i >= len(qu.Words) || i+1 >= len(qu.Words) {
		return false
	}
	f := qu.Words[i].Fold
	if !lex.FirstClass(lex.Lemma(f, lex.Noun), lex.Noun).Has(lex.NounLocation) {
		return false
	}
	for _, w := range qu.Words[i+1:] {
		if sayVerbs[w.Fold] {
			return false // "what region did X say the levy covers": what X said
		}
	}
	next := qu.Words[i+1].Fold
	if auxiliaries[next] || index.IsStop(next) {
		return true
	}
	// A noun after it makes a compound ("state department"); a verb
	// ("hosted", "won") does not.
	return !lex.Known(lex.Lemma(next, lex.Noun), lex.Noun) || lex.Known(lex.Lemma(next, lex.Verb), lex.Verb) && lex.Lemma(next, lex.Verb) != next
}

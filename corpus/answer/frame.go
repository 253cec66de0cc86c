package answer

import (
	"fmt"
	"strings"

	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// Frame is what a question asks, read from its parse and the tags and
// lemmas of corpus/lex: the kind of answer
// wanted, the action and who does it to whom, and what narrows it. It is
// printed by ask --explain, and its predicate is a feature of the fitted
// score (FPredicate).
type Frame struct {
	Answer    string   // person, organisation, outlet, date, duration, count, place, quotation, yes/no, description
	Predicate string   // the action as a base form: "speak" for "spoke", "resign" for "resigned"
	Class     string   // its WordNet class: verb.communication, verb.change, …
	Agent     string   // who does it, as typed, when the question names them
	Patient   string   // to whom or what, as typed
	Topic     string   // what it is about ("about the offer")
	Days      []string // the calendar days it names, "MM-DD"
	Place     string   // a place it names ("in Halden")
	Negated   bool     // "who did not sign"
	Modal     string   // "will", "would", "supposed": it may not have happened
	Occasion  string   // a clause that dates it ("after Lund was dismissed")
}

// frameAnswer names the kind of answer each kind of question wants.
var frameAnswer = map[string]string{KindWhoSaid: "person (speaker)", KindSaid: "quotation", KindWhen: "date",
	KindHowLong: "duration", KindHowMany: "count", KindWho: "person", KindYesNo: "yes/no", KindWhere: "place",
	KindWhat: "description"}

// possessives stand before a noun.
var possessives = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// prepositions end a role's words.
var prepositions = map[string]bool{"about": true, "to": true, "with": true, "in": true, "on": true, "at": true,
	"for": true, "from": true, "by": true, "after": true, "before": true, "of": true, "over": true, "during": true}

// Frame reads q's frame.
func (q Question) Frame() Frame {
	f := Frame{Answer: frameAnswer[q.Kind], Days: q.Days}
	if q.Type != "" {
		f.Answer = q.Type
	}
	if q.asksOutlet() {
		f.Answer = "outlet"
	}
	if q.Unit != "" {
		f.Answer = "count of " + q.Unit
	}
	if q.Medium != "" {
		f.Answer = "medium (" + q.Medium + ")"
	}
	text := func(from, to int) string {
		if from >= to || from < 0 || to > len(q.Words) {
			return ""
		}
		a, b := q.Words[from], q.Words[to-1]
		return strings.Trim(q.Text[a.Start:b.Start+len(b.Text)], "?!. ")
	}
	if q.Since > 0 && q.Since < len(q.Words) {
		// The occasion's clause has roles of its own; the question's end
		// there.
		f.Occasion = text(q.Since, len(q.Words))
		q.Words = q.Words[:q.Since]
	}
	if q.Kind == KindSaid {
		f.Agent = q.SubjectText()
		f.Predicate = "say"
	}
	// The predicate: the first verb the tagger finds after the question
	// form, but an auxiliary; else the first word that is no name, no
	// small word, no auxiliary.
	verb, noun, first := -1, "", -1 // first: the first word that may be the action, when none is a verb
	inNP, headOpen := false, false  // inside a noun phrase; its head may still move right
	adverb := map[int]bool{}        // byte offsets of the words the tagger reads as adverbs
	described := false              // the tagger found only verbs of clauses that describe a noun (clause.go)
	body := q.Body
	if k := countedAux(q); k > 0 {
		body = k + 1
	}
	if q.Kind != KindSaid && body < len(q.Words) {
		from := q.Words[body].Start
		toks := q.tags()
		for _, t := range toks {
			if strings.HasPrefix(t.Tag, "RB") {
				adverb[t.Start] = true
			}
		}
		for k, t := range toks {
			if t.Start < from || !strings.HasPrefix(t.Tag, "VB") || auxiliaryLemma[t.Lemma] {
				continue
			}
			if k > 0 && (toks[k-1].Tag == "DT" || toks[k-1].Tag == "JJ" || toks[k-1].Tag == "PRP$") {
				continue // "the new harbour master": a noun the tagger took for a verb
			}
			if !lex.Known(t.Lemma, lex.Verb) && !prefixedVerb(t.Lemma) {
				continue // "will nygaard stay": a name typed in lower case after a modal
			}
			if subordinate(toks, k, from) {
				described = true
				continue // "the report that came out": the report's clause, not the question's
			}
			for i := body; i < len(q.Words); i++ {
				if q.Words[i].Start == t.Start && !q.Light(i) && !q.Words[i].Name {
					verb = i
					f.Predicate = t.Lemma
					break
				}
			}
			if verb >= 0 {
				break
			}
		}
	}
	for i := q.Body; i < len(q.Words) && q.Kind != KindSaid; i++ {
		w := q.Words[i]
		switch {
		case negations[w.Fold]:
			f.Negated = true
		case modals[w.Fold] || w.Fold == "will" || w.Fold == "supposed":
			f.Modal = w.Fold
		}
		if verb >= 0 || described || i < body {
			continue // the tagger found it (or only a noun's clause), or the counted phrase; only negation and modality to read
		}
		if determiners[w.Fold] || possessives[w.Fold] {
			inNP = true // a noun phrase opens
			continue
		}
		// An adverb ("first", "now", "actually") says how or when the
		// action was done; it is not the action.
		if w.Upper || w.Name || index.IsStop(w.Fold) || auxiliaries[w.Fold] || q.Light(i) || kindWord(q.Type, w.Fold) || isNumber(w.Fold) || adverb[w.Start] && !inNP ||
			!lex.Known(lex.Lemma(w.Fold, 0), 0) && !prefixedVerb(w.Fold) { // a name typed in lower case: "will nygaard stay"
			inNP = inNP && !index.IsStop(w.Fold)
			continue
		}
		// The words of a noun phrase after "the" are nouns and their
		// modifiers ("when will the port reopen", "the new port
		// director": its head is its last), and so is the counted thing.
		if inNP || i == q.Body && q.Unit != "" && w.Fold == q.Unit {
			if noun == "" || inNP && headOpen {
				noun, headOpen = w.Fold, inNP
			}
			continue
		}
		// A word WordNet knows only as a verb is the action before one
		// it knows as a noun or an adjective: "which station did
		// counselor Holm speak to" (the tagger read "counselor" as a
		// verb and "speak" as a noun).
		if first < 0 {
			first = i
		}
		if onlyVerb(w.Fold) {
			verb = i
			f.Predicate = lex.Lemma(w.Fold, lex.Verb)
		}
	}
	if verb < 0 && first >= 0 {
		verb = first
		f.Predicate = lex.Lemma(q.Words[first].Fold, lex.Verb)
	}
	if verb < 0 && f.Predicate == "" && noun != "" {
		// No verb: the event is named by its noun ("when's the vote").
		f.Predicate = lex.Lemma(noun, lex.Noun)
	}
	if f.Predicate != "" {
		f.Class = lex.FirstClass(f.Predicate, lex.Verb).String()
		if f.Class == "" {
			f.Class = lex.FirstClass(f.Predicate, lex.Noun).String()
		}
	}
	if f.Modal == "" && q.Future {
		f.Modal = "will"
	}
	if verb > q.Body && q.Kind != KindSaid {
		// Names before the action do it ("did Lund sign"), unless the
		// question asks who did ("who did Lund meet": Lund is the agent
		// and the answer the patient).
		from := q.Body
		for from < verb && (index.IsStop(q.Words[from].Fold) || auxiliaries[q.Words[from].Fold] || kindWord(q.Type, q.Words[from].Fold) || q.Unit != "" && q.Words[from].Fold == q.Unit) {
			from++
		}
		to := verb
		for to > from && (index.IsStop(q.Words[to-1].Fold) || negations[q.Words[to-1].Fold] || auxiliaries[q.Words[to-1].Fold]) {
			to--
		}
		// The subject follows the auxiliary ("what portion of the ballots did
		// Lund win": Lund); the words before it end the asked phrase.
		for k := to - 1; k > from; k-- {
			if auxiliaries[q.Words[k].Fold] {
				from = k + 1
				break
			}
		}
		f.Agent = text(from, to)
	}
	// After the action: its patient up to a preposition, then what
	// prepositions bring.
	start := verb + 1
	if q.Kind == KindSaid {
		start = q.Body
	}
	if verb < 0 && q.Kind != KindSaid {
		start = len(q.Words)
	}
	i := start
	for i < len(q.Words) && !prepositions[q.Words[i].Fold] {
		i++
	}
	f.Patient = text(start, i)
	for i < len(q.Words) {
		p := q.Words[i].Fold
		j := i + 1
		for j < len(q.Words) && !prepositions[q.Words[j].Fold] {
			j++
		}
		switch {
		case p == "about" || p == "over" || p == "on" && f.Topic == "" && j > i+1 && !q.Words[i+1].Upper:
			f.Topic = text(i+1, j)
		case locatives[p] && j > i+1 && (q.Words[i+1].Upper || j > i+2 && q.Words[i+2].Upper):
			f.Place = text(i+1, j)
		case f.Patient == "":
			f.Patient = text(i, j)
		}
		i = j
	}
	return f
}

// countedAux is, in "how much harbour duty did Lund pay" or "how long a
// ban will the club get", the index of the auxiliary that ends the
// counted phrase, after which the subject and the action come; 0 when
// there is none within two words of the phrase's start, or a verb in the
// past or third person stands before it ("how many said they would"):
// then the phrase is the subject and that verb the action. Without it,
// a first word WordNet knows as a verb ("harbour", "cash") was taken for
// the action when the tagger found none.
func countedAux(q Question) int {
	if q.Kind != KindHowMany && q.Kind != KindHowLong {
		return 0
	}
	for k := q.Body; k < len(q.Words)-1 && k <= q.Body+2; k++ {
		if f := q.Words[k].Fold; doForms[f] || modals[f] || f == "will" {
			for _, t := range q.tags() {
				if t.Start >= q.Words[q.Body].Start && t.Start < q.Words[k].Start && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBN") {
					return 0
				}
			}
			return k
		}
	}
	return 0
}

// verbPrefixes make a verb of a verb ("rehire", "unfollow", "co-sign"),
// many of them too new or too plain for WordNet to list.
var verbPrefixes = []string{"re", "un", "de", "co", "pre", "over", "out", "mis"}

// prefixedVerb reports whether w, unknown to WordNet, is a verb WordNet
// knows after a prefix ("rehire": hire again), of four letters or more.
func prefixedVerb(w string) bool {
	if lex.Known(w, lex.Verb) {
		return false
	}
	for _, p := range verbPrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 4 {
			rest = strings.TrimPrefix(rest, "-")
			if lex.Known(lex.Lemma(rest, lex.Verb), lex.Verb) {
				return true
			}
		}
	}
	return false
}

// auxiliaryLemma are verbs that carry tense, mood or voice, not the
// action.
var auxiliaryLemma = map[string]bool{"be": true, "do": true, "have": true, "will": true, "would": true,
	"can": true, "could": true, "shall": true, "should": true, "may": true, "might": true, "must": true, "get": true}

// String prints the frame on one line, the empty roles left out.
func (f Frame) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "answer=%s", f.Answer)
	for _, kv := range [][2]string{{"predicate", f.Predicate}, {"class", f.Class}, {"agent", f.Agent}, {"patient", f.Patient},
		{"topic", f.Topic}, {"place", f.Place}, {"days", strings.Join(f.Days, ",")}, {"modal", f.Modal}, {"occasion", f.Occasion}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, " %s=%q", kv[0], kv[1])
		}
	}
	if f.Negated {
		b.WriteString(" negated")
	}
	return b.String()
}

package person

import (
	"strings"

	"factdesk/corpus"
)

// Gender says which pronoun the articles use for a person: +1 "he", -1
// "she", 0 unknown. Quotations use it so that "she said" does not go to
// the last man named.
func (r *Resolver) Gender(id int) int {
	if r == nil || id < 0 || id >= len(r.gender) {
		return 0
	}
	return sign(r.gender[id])
}

// TextGender is Gender from the articles' evidence alone, without what
// the given name says: +1, -1 or 0. The speaker model was trained on it
// (its "he" and "she" features meant "the articles call this person so").
func (r *Resolver) TextGender(id int) int {
	if r == nil || id < 0 || id >= len(r.gender) {
		return 0
	}
	switch g := r.gender[id] - r.namePrior(id); {
	case g > 0:
		return 1
	case g < 0:
		return -1
	}
	return 0
}

// learnGender starts each person from what their given name says
// (namePrior) and adds, for each sentence that names one person, the
// pronouns in it and the next sentence of its paragraph, and the honorific
// before each mention ("Mr.", "Mrs.", "Sir", "Dame"): the articles' own
// evidence overturns the name.
func (r *Resolver) learnGender(arts []*corpus.Article, sents []sentence) {
	r.gender = make([]int, len(r.people))
	for id := range r.gender {
		r.gender[id] = r.namePrior(id)
	}
	var names, next []Named // reused from one sentence to the next
	for i, s := range sents {
		if s.art < 0 || s.art >= len(arts) || arts[s.art] == nil {
			continue
		}
		a := arts[s.art]
		names = r.appendNamesIn(names[:0], a, s.span)
		one := len(names) > 0
		for _, n := range names {
			r.gender[n.ID] += 3 * honorific(a.Text, n.Span.Start)
			one = one && n.ID == names[0].ID
		}
		if !one || r.people[names[0].ID].Kind != corpus.KindPerson {
			continue
		}
		g := s.g
		if j := i + 1; j < len(sents) && sents[j].art == s.art && sameLine(a.Text, s.span.End, sents[j].span.Start) {
			if next = r.appendNamesIn(next[:0], a, sents[j].span); len(next) == 0 {
				g += sents[j].all
			}
		}
		r.gender[names[0].ID] += g
	}
}

// priorWeight is what a given name counts for against the articles'
// evidence: a pronoun counts 1 and an honorific 3.
const priorWeight = 2

// namePrior is priorWeight times what person id's given name says of
// their gender (GivenGender), 0 for an organisation or a name without a
// given name ("Vell", "J. Vell").
func (r *Resolver) namePrior(id int) int {
	p := r.people[id]
	if p.Kind != corpus.KindPerson {
		return 0
	}
	first, rest, ok := strings.Cut(p.Name, " ")
	if !ok || rest == "" {
		return 0
	}
	return priorWeight * GivenGender(first)
}

// sameLine reports whether no line break lies between two offsets: the
// sentences are of one paragraph.
func sameLine(text string, from, to int) bool {
	return from <= to && to <= len(text) && !strings.Contains(text[from:to], "\n")
}

func honorific(text string, off int) int {
	before := text[max(0, off-5):off]
	switch {
	// A knight or a peer is a man, a dame or a lady a woman ("Sir Ian",
	// "Dame Joan"): British news names them so, often without a pronoun
	// near.
	case strings.HasSuffix(before, "Mr. "), strings.HasSuffix(before, "Sir "), strings.HasSuffix(before, "Lord "):
		return 1
	case strings.HasSuffix(before, "Mrs. "), strings.HasSuffix(before, "Ms. "), strings.HasSuffix(before, "Miss "),
		strings.HasSuffix(before, "Dame "), strings.HasSuffix(before, "Lady "):
		return -1
	}
	return 0
}

// pronounScore is +1 for a word that is "he", -1 for "she", 0 otherwise.
// Only the subject forms count: "her" and "him" after a name are more
// often someone the named person met or spoke of ("Vell met her"), and
// a man whom such sentences called "she" lost "he said" once his given
// name no longer outweighed them.
func pronounScore(w string) int {
	if len(w) > 9 || len(w) < 2 || (w[0]|0x20) != 'h' && (w[0]|0x20) != 's' {
		return 0
	}
	switch strings.ToLower(w) {
	case "he", "himself", "he's", "he\u2019s":
		return 1
	case "she", "herself", "she's", "she\u2019s":
		return -1
	}
	return 0
}

// resolveTitled is resolveIn for a lone surname after an honorific of
// gender h (+1 "Mr.", -1 "Mrs.", 0 none): when the person resolveIn finds
// is of the other gender ("Mr. Vell" where the article named Ann Vell),
// the one found among the others is taken, or nobody (Build then makes
// the titled surname a person of its own).
func (r *Resolver) resolveTitled(art int, k string, off, h int) int {
	id := r.resolveIn(art, k, off)
	if h != 0 && id != corpus.NoPerson && r.genderOf(id) == 0 {
		return r.titledAgrees(art, k, off, h, id)
	}
	if h == 0 || id == corpus.NoPerson || r.genderOf(id) != -h {
		return id
	}
	ids := r.forms[k]
	keep := make([]int, 0, len(ids))
	for _, x := range ids {
		if r.genderOf(x) != -h {
			keep = append(keep, x)
		}
	}
	if len(keep) > 1 {
		if x := r.principal(art, keep, off); x != corpus.NoPerson {
			return x
		}
	}
	if x, ok := r.resolveAmong(art, keep, off); ok {
		return x
	}
	return corpus.NoPerson
}

// titledAgrees is resolveTitled's choice when id, the person resolveIn
// found for a surname after an honorific of gender h, is of no known
// gender: another of the surname whom the article names and who is known
// to be of gender h is meant ("Mrs. Vell" where the article named Kim
// Vell, whom nothing sexes, and Ann Vell), the one named nearest before;
// else id.
func (r *Resolver) titledAgrees(art int, k string, off, h, id int) int {
	m := r.offsetsIn(art)
	var keep []int
	for _, x := range r.forms[k] {
		if x != id && len(m[int32(x)]) > 0 && r.people[x].Kind == corpus.KindPerson && r.genderOf(x) == h {
			keep = append(keep, x)
		}
	}
	if x := r.inArticle(art, keep, off); x != corpus.NoPerson {
		return x
	}
	return id
}

// genderOf is what person id's given name says of their gender, or, for a
// name of both genders, what the honorifics before their surname alone
// say where only they could be meant (learnTitled). The gender learnt
// from pronouns is no test here: it counts the mentions that a wrong join
// gave the person ("Mr. Vell" joined to Ann Vell).
func (r *Resolver) genderOf(id int) int {
	if g := r.namePrior(id) / priorWeight; g != 0 || id >= len(r.titled) {
		return g
	}
	return sign(r.titled[id])
}

// sign reads a tally of gender evidence as 1 (he), -1 (she) or 0.
func sign(n int) int {
	switch {
	case n > 0:
		return 1
	case n < 0:
		return -1
	}
	return 0
}

// learnTitled counts, for each person, the honorifics before a lone
// surname that only they could mean, being the one person of that
// surname their article names in full ("Mr. Vell" where the article
// names Tom Vell and no other Vell): what the articles call a person
// whose given name the table holds for both genders ("Kim", or "Bill"
// and "Hillary", each given to some of the other gender). Build cannot
// use the learnt gender for this: that counts the honorifics of the lone
// surnames it is deciding, so "Mrs. Vell" joined to the husband made him
// a woman and the next "Mrs. Vell" his. hs[n] is the honorific before
// singles[n] (+1, -1, 0).
func (r *Resolver) learnTitled(cands []candidate, singles []int, keys []string, hs []int8) {
	r.titled = make([]int, len(r.people))
	for n, i := range singles {
		if hs[n] == 0 {
			continue
		}
		art := cands[i].art
		m := r.offsetsIn(art)
		only := corpus.NoPerson
		for _, id := range r.forms[keys[n]] {
			if len(m[int32(id)]) == 0 {
				continue
			}
			if only != corpus.NoPerson && only != id {
				only = corpus.NoPerson
				break
			}
			only = id
		}
		if only != corpus.NoPerson && r.people[only].Kind == corpus.KindPerson {
			r.titled[only] += int(hs[n])
		}
	}
}

// nameHonorific is the honorific that name opens with ("Mrs. Vell"), as
// honorific reads it in text.
func nameHonorific(name string) int {
	i := strings.IndexByte(name, ' ')
	if i < 0 {
		return 0
	}
	return honorific(name[:i+1], i+1)
}

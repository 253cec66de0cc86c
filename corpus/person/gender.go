package person

import (
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/segment"
)

// Gender says which pronoun the articles use for a person: +1 "he", -1
// "she", 0 unknown. Quotations use it so that "she said" does not go to
// the last man named.
func (r *Resolver) Gender(id int) int {
	if r == nil || id < 0 || id >= len(r.gender) {
		return 0
	}
	switch g := r.gender[id]; {
	case g > 0:
		return 1
	case g < 0:
		return -1
	}
	return 0
}

// learnGender counts, for each sentence that names one person, the
// pronouns in it and the next sentence, and the honorific before each
// mention ("Mr.", "Mrs.").
func (r *Resolver) learnGender(arts []*corpus.Article) {
	r.gender = make([]int, len(r.people))
	for _, a := range arts {
		if a == nil || len(r.byArt[a.ID]) == 0 {
			continue
		}
		for _, p := range a.Body() {
			if p.Kind != corpus.ParaBody {
				continue
			}
			if len(r.NamesIn(a, p.Span)) == 0 {
				continue
			}
			sents := segment.Sentences(a.Text, p.Span)
			for i, s := range sents {
				names := r.NamesIn(a, s)
				one := len(names) > 0
				for _, n := range names {
					r.gender[n.ID] += 3 * honorific(a.Text, n.Span.Start)
					one = one && n.ID == names[0].ID
				}
				if !one || r.people[names[0].ID].Kind != corpus.KindPerson {
					continue
				}
				g := pronouns(a.Text, s)
				if i+1 < len(sents) && len(r.NamesIn(a, sents[i+1])) == 0 {
					g += pronouns(a.Text, sents[i+1])
				}
				r.gender[names[0].ID] += g
			}
		}
	}
}

func honorific(text string, off int) int {
	before := text[max(0, off-5):off]
	switch {
	case strings.HasSuffix(before, "Mr. "):
		return 1
	case strings.HasSuffix(before, "Mrs. "), strings.HasSuffix(before, "Ms. "):
		return -1
	}
	return 0
}

// pronouns scores the personal pronouns of span s: + for he, - for she.
func pronouns(text string, s corpus.Span) int {
	g := 0
	for _, w := range segment.Words(text, s) {
		if len(w.Text) > 9 || len(w.Text) < 2 || (w.Text[0]|0x20) != 'h' && (w.Text[0]|0x20) != 's' {
			continue
		}
		switch strings.ToLower(w.Text) {
		case "he", "his", "him", "himself", "he's", "he\u2019s":
			g++
		case "she", "her", "hers", "herself", "she's", "she\u2019s":
			g--
		}
	}
	return g
}

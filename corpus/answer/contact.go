package answer

import (
	"context"
	"regexp"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// A contact asked for: "what number should families call", "what is the
// hotline", "which address do tips go to". The answer is a telephone
// number or an e-mail address written in a sentence that holds the rest
// of the question ("… urged residents to report the missing by calling
// 555-201-3344"). The words that ask for the contact (phone, number,
// e-mail) are the kind of value asked, not words a sentence must hold:
// the number itself is what they name.

// contactKind is what kind of contact a question asks for.
type contactKind int

const (
	noContact contactKind = iota
	phoneContact
	emailContact
)

// phoneWords ask for a telephone number; "number" only beside a verb of
// calling or another of these ("what number should they call").
var phoneWords = map[string]bool{"phone": true, "telephone": true, "hotline": true, "helpline": true,
	"tipline": true, "dial": true}

// emailWords ask for an e-mail address.
var emailWords = map[string]bool{"email": true, "e-mail": true}

// contactWords are the words of a contact question that name the value
// asked, and are no words the sentence must hold.
var contactWords = map[string]bool{"number": true, "numbers": true, "address": true, "contact": true,
	"call": true, "calling": true, "reach": true, "line": true}

var (
	// 555-201-3344, (555) 201-3344, 555.201.3344, 1-800-555-0199,
	// +1 555 201 3344.
	phonePattern = regexp.MustCompile(`(?:\+?1[ .-])?(?:\(\d{3}\) ?|\b\d{3}[ .-])\d{3}[ .-]\d{4}\b|\b1-8\d\d-[0-9A-Z]{3}-[0-9A-Z]{4}\b`)
	emailPattern = regexp.MustCompile(`\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b`)
)

// contactLimit bounds the hits read for a contact.
const contactLimit = 50

// minContactCoverage is the share of the question's other words a
// sentence giving a contact must hold: less than MinCoverage, as few
// sentences give one, and the people a contact is for are named loosely
// ("families", "anyone", "residents").
const minContactCoverage = 0.34

// asksContact is the kind of contact question qu asks, if any.
func asksContact(qu Question) contactKind {
	if qu.Kind == KindWho || qu.Kind == KindWhen || qu.Kind == KindHowMany || qu.Kind == KindHowLong {
		return noContact
	}
	number, calling := false, false
	for i := qu.Body; i < len(qu.Words); i++ {
		f := qu.Words[i].Fold
		switch {
		case emailWords[f]:
			return emailContact
		case phoneWords[f]:
			return phoneContact
		case f == "number" || f == "numbers":
			number = true
		case f == "call" || f == "calling" || f == "called":
			calling = true
		}
	}
	if number && calling {
		return phoneContact
	}
	return noContact
}

// contact answers a question that asks for a telephone number or an
// e-mail address: the first found in a sentence that holds
// minContactCoverage of the question's other words. It reports false when the question asks
// for none, or no sentence gives one.
func (a *Answerer) contact(ctx context.Context, qu Question) (corpus.Answer, bool) {
	ans := blank(qu.Text, qu.Kind)
	kind := asksContact(qu)
	if kind == noContact {
		return ans, false
	}
	pattern := phonePattern
	if kind == emailContact {
		pattern = emailPattern
	}
	var groups []index.Group
	for i := qu.Body; i < len(qu.Words); i++ {
		f := dropPossessive(qu.Words[i].Fold)
		if index.IsStop(f) || qu.Light(i) || contactWords[f] || phoneWords[f] || emailWords[f] {
			continue
		}
		groups = append(groups, a.expand(f))
	}
	if len(groups) == 0 {
		return ans, false
	}
	filter := func(d int) bool { return pattern.MatchString(a.idx.Text(d)) }
	for _, h := range a.idx.Search(index.Query{Groups: groups, Filter: filter, Limit: contactLimit, Mode: a.mode(ctx)}) {
		if !enoughAt(groups, h, nil, minContactCoverage) {
			continue
		}
		text := a.idx.Text(h.Doc)
		a.foundIn(&ans, pattern.FindString(text), text, h, a.idx.Doc(h.Doc))
		return ans, true
	}
	return ans, false
}

// Package quote extracts attributed quotations from articles: marked
// quotations, dash attribution, fragments inside reported speech and
// continuations, each with its speaker resolved through person.Resolver.
//
// Each body paragraph goes through four steps: a scanner finds the
// top-level quotation spans (nested quoted words stay inside); a dash
// check reads "… - said X." paragraphs; a cue finder reads the reporting
// clause after or before each span ("," he said", "X noted: "); and a
// per-article discourse state resolves pronouns and descriptions ("the
// Russian diplomat") to the people mentioned before, most recent first.
// Quotations with no cue continue the previous speaker when they open a
// sentence after one; anything else (scare quotes, titles) is dropped.
package quote

import (
	"factdesk/corpus"
	"factdesk/corpus/person"
	"slices"
)

// Extract returns the quotations of every article, with IDs in order and
// Cluster unset.
func Extract(arts []*corpus.Article, r *person.Resolver) []corpus.Quote {
	qs, _ := ExtractTrace(arts, r)
	return qs
}

// ExtractTrace is Extract that also names, for each quotation, the sieve
// that attributed it (see Sieves), for measuring each sieve on gold.
func ExtractTrace(arts []*corpus.Article, r *person.Resolver) ([]corpus.Quote, []string) {
	x := extractAll(arts, r, filterOn)
	return x.quotes, x.by
}

// ExtractFeatures is ExtractTrace with the quotation filter off: every
// quotation the sieves attributed, with the filter's features of each, as
// its trainer reads them.
func ExtractFeatures(arts []*corpus.Article, r *person.Resolver) ([]corpus.Quote, []string, [][]string) {
	x := extractAll(arts, r, filterCollect)
	return x.quotes, x.by, x.feats
}

func extractAll(arts []*corpus.Article, r *person.Resolver, mode filterMode) extraction {
	x := extraction{mode: mode}
	for _, a := range arts {
		if a == nil {
			continue
		}
		extractArticle(a, r, &x, nil)
	}
	out := x.quotes
	// Names are filled in last: a later article may give a fuller one.
	for i := range out {
		out[i].ID = int32(i)
		if p := r.Person(int(out[i].SpeakerID)); p != nil {
			out[i].Speaker = p.Name
		} else {
			out[i].SpeakerID = corpus.NoPerson
		}
	}
	// An exact copy gives back the slack growth by append left.
	x.quotes = slices.Clone(out)
	return x
}

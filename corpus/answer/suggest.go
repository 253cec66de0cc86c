package answer

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus/index"
)

// SuggestQuotes returns up to n quotation ids that match a fragment as it
// is being typed, best first: the autocomplete of /whosaid. The last word,
// unless followed by a space, counts as a prefix ("really good ca" → call).
func (a *Answerer) SuggestQuotes(fragment string, n int) []int {
	if n <= 0 {
		return nil
	}
	groups := a.idx.Analyze(fragment)
	// Typing is literal: synonyms would offer quotations the user is not
	// typing.
	for i := range groups {
		alts := groups[i].Alts[:0]
		for _, alt := range groups[i].Alts {
			if alt.Why != "synonym" {
				alts = append(alts, alt)
			}
		}
		groups[i].Alts = alts
	}
	if r, _ := utf8.DecodeLastRuneInString(fragment); len(groups) > 0 && !unicode.IsSpace(r) {
		last := &groups[len(groups)-1]
		for _, p := range a.idx.Vocab().Prefix(last.Word, 8) {
			last.Alts = append(last.Alts, index.Alt{Term: p.Stem, Factor: 0.9, Why: "prefix"})
		}
	}
	if len(groups) == 0 {
		return a.mostReported(n)
	}
	hits := a.idx.Search(index.Query{Groups: groups, Kinds: index.KindQuote, Limit: 4 * n})
	var out []int
	seen := map[int]bool{}
	for _, h := range hits {
		q := a.c.Quotes[a.idx.Doc(h.Doc).Ref]
		if seen[int(q.Cluster)] {
			continue
		}
		seen[int(q.Cluster)] = true
		out = append(out, int(q.ID))
		if len(out) == n {
			break
		}
	}
	return out
}

// mostReported returns the n quotations carried by the most articles.
func (a *Answerer) mostReported(n int) []int {
	var out []int
	seen := map[int]bool{}
	ids := make([]int, len(a.c.Quotes))
	for i := range ids {
		ids[i] = i
	}
	sort.SliceStable(ids, func(i, j int) bool { return a.clusterSize(ids[i]) > a.clusterSize(ids[j]) })
	for _, id := range ids {
		if c := a.c.Quotes[id].Cluster; !seen[int(c)] && len(out) < n {
			seen[int(c)] = true
			out = append(out, id)
		}
	}
	return out
}

// QuotesAbout ranks quotation ids (a speaker's, usually) by how well they
// match a topic; ids that do not match at all are dropped.
func (a *Answerer) QuotesAbout(ids []int, about string) []int {
	groups := a.idx.Analyze(about)
	if len(groups) == 0 || strings.TrimSpace(about) == "" {
		return ids
	}
	want := map[int]bool{}
	for _, id := range ids {
		if d := a.idx.QuoteDoc(id); d >= 0 {
			want[d] = true
		}
	}
	hits := a.idx.Search(index.Query{Groups: groups, Kinds: index.KindQuote, ParaWeight: paraWeight,
		Filter: func(d int) bool { return want[d] }})
	out := make([]int, 0, len(hits))
	for _, h := range hits {
		out = append(out, int(a.idx.Doc(h.Doc).Ref))
	}
	return out
}

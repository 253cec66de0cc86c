package answer

import (
	"sort"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// sources lists every article that reports document d: for a quotation or
// a fact, its whole cluster, each article once with its own wording; d's
// own article comes first. extra adds documents that give the same answer
// in other words (the same date written differently by another outlet).
func (a *Answerer) sources(d index.Doc, extra ...index.Doc) []corpus.Source {
	return a.sourcesFor(d, nil, extra...)
}

// sourcesFor is sources for an answer that rests on value v (nil when it
// does not): a cluster member that states a different value of the same
// kind reports something else, and is left out.
func (a *Answerer) sourcesFor(d index.Doc, v *corpus.Value, extra ...index.Doc) []corpus.Source {
	seen := map[int]bool{}
	var out []corpus.Source
	add := func(art int, wording string, span corpus.Span) {
		if art < 0 || art >= len(a.c.Articles) || seen[art] {
			return
		}
		seen[art] = true
		s := a.c.Articles[art].Source()
		s.Wording, s.Span = wording, span
		out = append(out, s)
	}
	for _, doc := range append([]index.Doc{d}, extra...) {
		add(int(doc.Article), doc.Span.Of(a.c.Articles[doc.Article].Text), doc.Span)
		for _, m := range a.members(doc) {
			if v != nil && m.fact >= 0 && contradicts(a.c.Facts[m.fact].Values, v) {
				continue
			}
			add(m.art, m.text, m.span)
		}
	}
	// The best source leads; the others follow by date, then file.
	if len(out) > 1 {
		rest := out[1:]
		sort.SliceStable(rest, func(i, j int) bool {
			if pi, pj := rest[i].Published, rest[j].Published; pi != pj {
				return before(pi, pj)
			}
			return rest[i].File < rest[j].File
		})
	}
	return out
}

type member struct {
	art  int
	text string
	span corpus.Span
	fact int // Corpus.Facts id, -1 for a quotation
}

// contradicts reports whether values hold v's kind but never v's value.
func contradicts(values []corpus.Value, v *corpus.Value) bool {
	kind := false
	for _, x := range values {
		if x.Kind == v.Kind {
			if x.Norm == v.Norm {
				return false
			}
			kind = true
		}
	}
	return kind
}

// members are the items of d's cluster.
func (a *Answerer) members(d index.Doc) []member {
	switch d.Kind {
	case index.KindQuote:
		return clusterMembers(a.c.QuoteClusters, a.c.Quotes[d.Ref].Cluster, len(a.c.Quotes), func(id int) member {
			m := a.c.Quotes[id]
			return member{art: m.Article, text: m.Text, span: m.Span, fact: -1}
		})
	case index.KindFact:
		return clusterMembers(a.c.FactClusters, a.c.Facts[d.Ref].Cluster, len(a.c.Facts), func(id int) member {
			m := a.c.Facts[id]
			return member{art: m.Article, text: m.Text, span: m.Span, fact: id}
		})
	}
	return nil
}

// clusterMembers are the members of clusters[cl], ids below n, as of
// returns them; none when cl is out of range.
func clusterMembers(clusters []corpus.Cluster, cl, n int, of func(int) member) []member {
	if cl < 0 || cl >= len(clusters) {
		return nil
	}
	var out []member
	for _, id := range clusters[cl].Members {
		if id >= 0 && id < n {
			out = append(out, of(id))
		}
	}
	return out
}

// clusterOf identifies d's cluster for "is this the same answer" checks.
func (a *Answerer) clusterOf(d index.Doc) int64 {
	switch d.Kind {
	case index.KindQuote:
		return int64(a.c.Quotes[d.Ref].Cluster)
	case index.KindFact:
		return 1<<32 + int64(a.c.Facts[d.Ref].Cluster)
	}
	return 2<<32 + int64(d.Span.Start)<<8 + int64(d.Article)
}

// before orders dates, unknown ones first.
func before(a, b corpus.Date) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	return a.Day < b.Day
}

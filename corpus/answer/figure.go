package answer

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/fact"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
)

// figure is the kind of value a what-question asks for by its noun.
type figure uint8

const (
	noFigure    figure = iota
	figureCount        // "number", "total", "score", "vote": a count or a tally
	figurePrice        // "price", "fee", "bill": an amount of money
)

// figureOf is the figure folded word w asks for at the head of what is
// asked: the nouns the parse reads elsewhere as asking a value (prices,
// tallies, "number", "count", "total").
func figureOf(w string) figure {
	w = lex.Lemma(w, lex.Noun)
	if f := figureOf1(strings.TrimSuffix(w, "s")); f != noFigure {
		return f // "numbers", which WordNet holds apart
	}
	return figureOf1(w)
}

func figureOf1(w string) figure {
	switch {
	case prices[w]:
		return figurePrice
	case tallies[w] || w == "number" || w == "count" || w == "total":
		return figureCount
	}
	return noFigure
}

// figureAsked is the figure a what-question, or words typed without a
// question form, asks for by its noun where the parse read no value
// kind: the head of the noun phrase after the form ("what's the
// official turnout number at the fair"), or, typed bare, the first word
// ("fee the club paid for him", "score in the cup final") or the last
// ("the council race, Lund vs Berg tally").
func figureAsked(qu Question) figure {
	if qu.Kind != KindWhat || qu.Naming || qu.NameAsked || qu.Body >= len(qu.Words) {
		return noFigure
	}
	w := func(i int) string { return qu.Words[i].Fold }
	i := qu.Body
	if determiners[w(i)] || possessives[w(i)] {
		i++
	}
	last := ""
	for k := i; k < len(qu.Words) && k < i+4 && !index.IsStop(w(k)) && !versus[w(k)]; k++ {
		last = w(k)
	}
	if f := figureOf(last); last != "" && f != noFigure {
		return f
	}
	if !qu.Bare {
		return noFigure
	}
	end := len(qu.Words) - 1
	for end > qu.Body && hedge(w(end)) {
		end--
	}
	if f := figureOf(w(qu.Body)); f != noFigure {
		return f
	}
	return figureOf(w(end))
}

// in reports whether line writes a value of figure f: an amount of money
// for a price; a count, an amount or a share for a count. A date or a
// year is none ("in 2012"), nor a measure for a count ("a 20-yard run").
func (f figure) in(line string) bool {
	_, ok := f.value(line)
	return ok
}

// value is the first value of figure f that line writes (see in).
func (f figure) value(line string) (corpus.Value, bool) {
	for _, v := range fact.Values(line, corpus.Span{End: len(line)}, corpus.Date{}) {
		if partOfName(line, v) {
			continue
		}
		switch v.Kind {
		case corpus.ValueMoney:
			return v, true
		case corpus.ValuePercent:
			if f == figureCount {
				return v, true
			}
		case corpus.ValueNumber:
			if f == figureCount && (!measured(&v) || tallies[v.Unit.String()]) {
				// A count or a score ("a 5-2 win"), not a length ("the
				// 20-yard line").
				return v, true
			}
		}
	}
	return corpus.Value{}, false
}

// figureSources lists, for an answer line that writes the figure asked
// (a sentence that holds "a 3-0 defeat" for "score in the cup final"),
// the facts that write the same figure in an article that names the
// question's people, with one of the question's other words in the
// sentence itself: "a 3-0 home defeat by Harbour" reports the
// score of "the Harbour game"; a 3-0 of another match names another
// side, or another team's article.
func (a *Answerer) figureSources(ctx context.Context, qu Question, line string, groups []index.Group, isName []bool, people []mention) []index.Doc {
	v, ok := qu.Figure.value(line)
	if !ok || len(people) == 0 {
		return nil
	}
	var out []index.Doc
	for _, h := range a.idx.Search(index.Query{Groups: groups, Kinds: index.KindFact, Filter: a.factsWith(v), Limit: valueSourceLimit, Mode: a.mode(ctx)}) {
		words := 0
		for i, m := range h.Matched {
			if m == 2 && (i >= len(isName) || !isName[i]) {
				words++
			}
		}
		if words > 0 && a.inArticle(a.idx.Doc(h.Doc), people) {
			out = append(out, a.idx.Doc(h.Doc))
		}
	}
	return out
}

// partOfName reports whether value v of line is a number word that a
// capitalised word follows, part of a name ("Erik ten Hag", "the Big
// Ten Conference"), not a count.
func partOfName(line string, v corpus.Value) bool {
	if strings.ContainsFunc(v.Text, unicode.IsDigit) {
		return false
	}
	rest := strings.TrimLeft(line[v.Span().End:], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || unicode.IsUpper([]rune(v.Text)[0])
}

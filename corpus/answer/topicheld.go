package answer

import (
	"context"
	"slices"

	"factdesk/corpus/index"
)

// A topic typed before the question ("the port strike - who called it
// off", "the harbour story - what fee was paid") is read after it
// (topicFirst), and its words are then words the answering sentence
// must cover. Reporters name the story, the piece or the poll they
// remember, and the sentence that answers seldom names it again: its
// article does. So when no sentence covers enough of the question with
// the topic counted, the hits are judged again with the topic's words
// left to the article: a sentence covering the question asked after the
// dash, in an article that writes the topic, is a candidate, and the
// fitted score, whose coverage in text still counts the topic, decides.

type contextKey struct{}

// withContext tells askParsed, through ctx, that the question it reads
// ends with topic, typed before it.
func withContext(ctx context.Context, topic string) context.Context {
	if topic == "" {
		return ctx
	}
	return context.WithValue(ctx, contextKey{}, topic)
}

// markContext sets qu.Context to the first of the words that end qu
// and are those of the topic ctx carries; qu unchanged when there is
// none, or qu does not end with it as typed.
func markContext(ctx context.Context, qu Question) Question {
	topic, _ := ctx.Value(contextKey{}).(string)
	if topic == "" {
		return qu
	}
	toks := index.Words.Tokenize(topic)
	n := len(toks)
	if n == 0 || n >= len(qu.Words)-qu.Body {
		return qu
	}
	from := len(qu.Words) - n
	for k, t := range toks {
		if qu.Words[from+k].Fold != index.Fold(t.Term) {
			return qu
		}
	}
	qu.Context = from
	return qu
}

// MinTopicHeld is the least share of the topic's weight the article of
// a sentence judged without it must write (articleCoverage): the topic
// says which article, so half of it at least must be there.
const MinTopicHeld = 0.5

// topicHeld judges hits again, the groups from..to (the topic's) left to
// the article: each hit whose own sentence covers MinCoverage of the
// rest of the question, and passes every other rule, is a candidate
// when its article writes the most of the topic among the hits'
// articles, and MinTopicHeld of it at least. nil when the rest of the
// question has no word of its own to cover.
func (a *Answerer) topicHeld(qu Question, groups []index.Group, isName, opt []bool, people, occasion []mention, hits []index.Hit, from, to int) []candidate {
	rest := slices.Clone(opt)
	own := false
	for i := range rest {
		if i >= from && i < to {
			rest[i] = true
		} else if !rest[i] {
			own = true
		}
	}
	if !own {
		return nil
	}
	topic := groups[from:to]
	// The topic names one story: the articles among the hits that write
	// the most of it are the ones it means. In an archive, an article on
	// another story may write half its words too.
	best := MinTopicHeld
	share := map[int32]float64{}
	for _, h := range hits {
		art := a.idx.Doc(h.Doc).Article
		if _, ok := share[art]; !ok {
			share[art] = a.articleCoverage(int(art), topic)
			best = max(best, share[art])
		}
	}
	var out []candidate
	for _, h := range hits {
		c, ok := a.judge(qu, groups, isName, rest, people, a.goesOnFrom(h, groups, isName), MinCoverage)
		if !ok || c.absent > 0 || !a.inArticle(c.doc, occasion) || inText(groups, c.hit, rest) < MinCoverage {
			// The sentence itself covers the question after the dash;
			// its paragraph is the topic's article's, not the answer.
			continue
		}
		if share[c.doc.Article] < best {
			continue
		}
		out = append(out, c)
	}
	return out
}

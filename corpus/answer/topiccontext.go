package answer

import (
	"context"

	"factdesk/corpus/index"
)

// A topic typed before the question ("the port strike - who called it
// off") is read after it (topicFirst) as the question's context: the
// articles and the paragraph hold its words, the answering sentence
// need not, and it plays no role in the question's frame.

type contextKey struct{}

// withContext tells askParsed, through ctx, that the question it reads
// ends with topic, typed before it.
func withContext(ctx context.Context, topic string) context.Context {
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

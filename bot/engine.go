package bot

import (
	"context"

	"factdesk/corpus"
	"factdesk/corpus/engine"
)

// Engine is what the bot needs from factdesk's engine; *engine.Engine
// satisfies it, and tests use a struct of function fields.
type Engine interface {
	Ask(ctx context.Context, question string) (corpus.Answer, error)
	WhoSaid(ctx context.Context, fragment string) (corpus.Answer, error)
	Quotes(f engine.QuoteFilter) []corpus.Quote
	Speakers(typed string, n int) []string
	SuggestQuotes(fragment string, n int) []corpus.Quote
	Sources() []corpus.Source
	Stats() engine.Stats
}

var _ Engine = (*engine.Engine)(nil)

package engine

import (
	"context"

	"factdesk/corpus/answer"
)

// WithExplain asks Ask and WhoSaid, through ctx, to explain how the answer
// was scored (Answer.Explain). Explanations cost time, so they are built
// only when asked for.
func WithExplain(ctx context.Context) context.Context { return answer.WithExplain(ctx) }

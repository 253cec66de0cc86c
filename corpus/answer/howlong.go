package answer

import (
	"strings"

	"factdesk/corpus"
)

// A "how long" question is answered by a length ("for 51 years") or, for
// something that still goes on, by when it began: "have run the ferry
// line since 1988" says how long they have run it. The date is given as
// written after "since", so the reader sees it is a start, not a length.

// sinceDate reports whether date value v of fact f is what "since" (or
// "ever since") names: the start of something that goes on.
func sinceDate(f *corpus.Fact, v *corpus.Value) bool {
	if v.Kind != corpus.ValueDate && v.Kind != corpus.ValueRelative {
		return false
	}
	rel := v.Span.Start - f.Span.Start
	if rel <= 0 || rel > len(f.Text) {
		return false
	}
	before := strings.Fields(strings.ToLower(f.Text[:rel]))
	// "since 1988", "since early 1988", "since at least 1988".
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		switch before[k] {
		case "since":
			return true
		case "early", "late", "mid", "at", "least", "about", "around", "the", "in":
			continue
		}
		return false
	}
	return false
}

// sinceLine is the answer line of a how-long question answered by a
// start date: "since 1988", "since May 2, 2024".
func sinceLine(v corpus.Value, qu Question) (string, bool) {
	if qu.Kind != KindHowLong || v.Kind != corpus.ValueDate && v.Kind != corpus.ValueRelative {
		return "", false
	}
	if d, err := corpus.ParseDate(v.Norm); err == nil {
		return "since " + d.Long(), true
	}
	return "since " + strings.TrimSpace(v.Text), true
}

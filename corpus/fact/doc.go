// Package fact extracts sentences that state events, dates, numbers and
// durations, with normalized values and the people they name.
//
// A fact is a sentence of an article's own text that has a finite verb and
// either names an actor or states a value. Values (Values) are dates in
// every usual wording, times relative to publication, durations, counts,
// money, percentages and plain numbers, each with a Norm that compares
// equal across wordings: "Oct. 14", "October 14" and "the 14th of October"
// are all "2025-10-14" in an article of November 2025.
package fact

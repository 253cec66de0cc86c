package quote

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// hasQuoteMark decides whether a paragraph without quotations may carry
// the speech of the next one; it must agree with ContainsAny over the same
// marks, which it replaces for speed.
func TestHasQuoteMark(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"plain prose", "The ferry left Dunmore at nine with forty cars aboard.", false},
		{"a straight mark", `The clerk called it "settled" before noon.`, true},
		{"an opening curly mark alone", "The clerk wrote \u201cnever again and left.", true},
		{"a closing curly mark alone", "and left.\u201d The clerk stayed.", true},
		{"a guillemet", "Le greffier a dit \u00abjamais\u00bb hier.", true},
		{"single curly marks are apostrophes", "The clerk\u2019s \u2018plan\u2019 held.", false},
		{"other punctuation beyond ASCII", "Prices rose \u2014 by 5\u202f% \u2026 again.", false},
		{"invalid bytes", "\xe2\x80 then \xff", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, hasQuoteMark(tt.in))
			assert.Equal(t, strings.ContainsAny(tt.in, "\"\u201c\u201d\u00ab"), hasQuoteMark(tt.in))
		})
	}
}

// sentenceStartBySearch is sentenceStart as it was written first, one
// search back for each separator: the reference the one scan must match.
func sentenceStartBySearch(text string, pos int) int {
	from := max(0, pos-400)
	best := from
	for _, sep := range []string{". ", "? ", "! ", "\n"} {
		to := pos
		for {
			i := strings.LastIndex(text[from:to], sep)
			if i < 0 {
				break
			}
			if sep == ". " && abbrevBefore(text, from+i) {
				to = from + i
				continue
			}
			best = max(best, from+i+len(sep))
			break
		}
	}
	return best
}

func TestSentenceStart(t *testing.T) {
	long := strings.Repeat("The quay was quiet and the cranes stood still ", 12)
	tests := []struct {
		name, text, at string
		want           string // the sentence's first words; "" for 400 bytes back
	}{
		{"after a full stop", "The ferry left. Vell said it was late.", "said", "Vell said"},
		{"not after a title's abbreviation", "The ferry left. Mr. Vell said it was late.", "said", "Mr. Vell"},
		{"not after an initial", "Nobody came. Then J. Vell spoke.", "spoke", "Then J."},
		{"after a question", "Was it late? Vell thought so.", "thought", "Vell thought"},
		{"after an exclamation", "Late again! Vell sighed.", "sighed", "Vell sighed"},
		{"after a line end", "Harbour notes\nVell said the quay shut.", "said", "Vell said"},
		{"the nearest of several", "One. Two? Three! Four\nFive. Vell said.", "said", "Vell said"},
		{"the text's start", "Vell said the quay shut.", "said", "Vell said"},
		{"no further back than 400 bytes", long + "and Vell said so.", "said", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pos := strings.LastIndex(tt.text, tt.at)
			got := sentenceStart(tt.text, pos)
			if tt.want == "" {
				assert.Equal(t, pos-400, got)
			} else {
				assert.True(t, strings.HasPrefix(tt.text[got:], tt.want), "starts at %q", tt.text[got:])
			}
			for p := 0; p <= len(tt.text); p++ {
				assert.Equal(t, sentenceStartBySearch(tt.text, p), sentenceStart(tt.text, p), "at %d", p)
			}
		})
	}
}

// A quotation inside a quotation, opened with the same mark and never
// closed, must not swallow the outer quotation's closing mark.
func TestScanNestedSameMarkUnclosed(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a nested title whose own closer is missing",
			"Lund went on, \u201cShe even wrote a column titled \u201c\u2018Never Again,\u2019 and meant every word of it.\u201d",
			[]string{"She even wrote a column titled \u201c\u2018Never Again,\u2019 and meant every word of it."}},
		{"a nested quotation closed as usual",
			"Lund went on, \u201cShe called it \u201cmy plan\u201d and left.\u201d",
			[]string{"She called it \u201cmy plan\u201d and left."}},
		{"words after the last mark: no closer to borrow",
			"Lund went on, \u201cShe called it \u201cmy plan\u201d and left the room",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, scanned(tt.in))
		})
	}
}

// A single mark left open that may not run to the paragraph's end was an
// apostrophe printed the wrong way round; the quotations after it are
// found as if it were not there, and a single quotation that closes, or
// one that opens the paragraph and runs on, stays as it was.
func TestScanSetsAsideStraySingleMark(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"after a network's name", "On KDLT\u2018 Harbour Hour, Vell stated, \u201cThe channel stays open all winter.\u201d", []string{"The channel stays open all winter."}},
		{"inside a word", "Vell said she meant toMoll\u2018s plan, \u201cnot the council itself.\u201d", []string{"not the council itself."}},
		{"an elision", "And how \u2018bout the pier? Vell said, \u201cWe rebuild it in May,\u201d and \u201cnot a day later.\u201d", []string{"We rebuild it in May,", "not a day later."}},
		{"two strays", "KDLT\u2018 and WPRT\u2018 both aired it: \u201cThe ferry runs at six.\u201d", []string{"The ferry runs at six."}},
		{"a single quotation is kept", "Vell called it \u2018a fair price\u2019 and left.", []string{"a fair price"}},
		{"a double inside a single", "Vell said \u2018the clerk told me \u201cno\u201d twice\u2019 at the quay.", []string{"the clerk told me \u201cno\u201d twice"}},
		{"a single opening the paragraph runs on", "\u2018We will rebuild the pier by May.", []string{"We will rebuild the pier by May."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, scanned(tt.in))
		})
	}
}

// scanned is the inner text of each quotation scan finds in the whole of in.
func scanned(in string) []string {
	var got []string
	for _, m := range scan(in, corpus.Span{Start: 0, End: len(in)}) {
		got = append(got, m.inner.Of(in))
	}
	return got
}

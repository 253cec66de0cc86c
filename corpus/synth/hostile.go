package synth

import (
	"math/rand/v2"
	"strings"
)

// Shape is a kind of hostile article: text made to hit whatever step of
// loading grows faster than its input.
type Shape string

// The hostile shapes. Each makes an article of about the asked size.
const (
	LongWord      Shape = "long-word"      // one run of letters inside a sentence
	LongParagraph Shape = "long-paragraph" // ordinary sentences with no line break
	ManyNames     Shape = "many-names"     // thousands of distinct capitalised names
	ManyQuotes    Shape = "many-quotes"    // thousands of quotation marks, most unbalanced
	DeepNesting   Shape = "deep-nesting"   // brackets and quotation marks opened inside each other
	Ordinary      Shape = "ordinary"       // one long article of ordinary news paragraphs
)

// Shapes lists every hostile shape, for tables.
var Shapes = []Shape{LongWord, LongParagraph, ManyNames, ManyQuotes, DeepNesting, Ordinary}

// Hostile returns an article of about size bytes of the given shape.
// Generation is deterministic.
func Hostile(s Shape, size int) string {
	g := &gen{r: rand.New(rand.NewPCG(uint64(size), 7))}
	g.people = g.names(64)
	g.places = g.words(32, 2, 3, true)
	g.vocab = g.words(500, 2, 4, false)
	var b strings.Builder
	b.Grow(size + 256)
	b.WriteString("Envoy and aide spoke by phone\n\n")
	switch s {
	case LongWord:
		b.WriteString("Witkoff said the code was ")
		b.WriteString(strings.Repeat("a", max(size-b.Len()-11, 1)))
		b.WriteString(" and left.\n")
	case LongParagraph:
		for b.Len() < size {
			b.WriteString(g.sentence(8, 20))
			b.WriteByte(' ')
			if g.r.IntN(4) == 0 {
				b.WriteString("\u201c" + strings.TrimSuffix(g.sentence(6, 12), ".") + ",\u201d " + surname(g.pick(g.people)) + " said. ")
			}
		}
		b.WriteByte('\n')
	case ManyNames:
		// Every name is new, so no map of known people saves the work.
		for i := 0; b.Len() < size; i++ {
			b.WriteString(title(g.word(2, 3)) + " " + title(g.word(2, 4)) + " said it was " + g.pick(g.vocab) + ". ")
			if i%8 == 7 {
				b.WriteString("\n\n")
			}
		}
		b.WriteByte('\n')
	case ManyQuotes:
		marks := []string{"\"", "\u201c", "\u201d", "'", "\u00ab", "\u00bb", "\u2018", "\u2019"}
		for b.Len() < size {
			b.WriteString(marks[g.r.IntN(len(marks))])
			b.WriteString(g.pick(g.vocab))
			b.WriteByte(' ')
			if g.r.IntN(16) == 0 {
				b.WriteString(surname(g.pick(g.people)) + " said. ")
			}
		}
		b.WriteByte('\n')
	case DeepNesting:
		open := []string{"(", "[", "{", "\u201c", "\u2018", "\u00ab", "\""}
		shut := []string{")", "]", "}", "\u201d", "\u2019", "\u00bb", "\""}
		var stack []int
		b.WriteString(surname(g.pick(g.people)) + " said ")
		for b.Len() < size/2 {
			k := g.r.IntN(len(open))
			stack = append(stack, k)
			b.WriteString(open[k] + g.pick(g.vocab) + " ")
		}
		for i := len(stack) - 1; i >= 0 && b.Len() < size; i-- {
			b.WriteString(g.pick(g.vocab) + shut[stack[i]] + " ")
		}
		b.WriteString("and left.\n")
	default: // Ordinary
		for n := 0; b.Len() < size; n++ {
			ev := g.event()
			b.WriteString(g.article(&ev, n%4, ""))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

package answer

import (
	"strconv"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// A question the articles do not answer is most often one with a single
// detail wrong or unreported: the wrong person ("what did A tell B" when A
// told C), the wrong place or occasion, a group the sentence does not
// name. The rest of its words match a sentence that answers another
// question. The features here say how much of what the question pins
// down, its names and numbers, the answer's own sentence and its
// paragraph leave out; the fitted score weighs them with the others.

// constraintWords are the groups of question qu's words that pin down
// what it asks of: a name (capitalised past the first word, or part of
// the name of someone the corpus knows, however typed) or a number,
// that the corpus writes somewhere. A word the corpus never writes is
// scored as unknown (FUnknown), and a capitalised name it never
// mentions already means "not found".
func (a *Answerer) constraintWords(qu Question) []index.Group {
	var out []index.Group
	seen := map[string]bool{}
	for i, w := range qu.Words {
		f := strings.TrimSuffix(w.Fold, "'s")
		if f == "" || seen[f] || index.IsStop(f) || pronounVerb(f) {
			continue
		}
		if !(w.Upper && i > 0 || w.Name || hasDigit(f)) {
			continue
		}
		g := a.expand(f)
		if !g.Known() {
			continue
		}
		seen[f] = true
		out = append(out, g)
	}
	return out
}

// hasDigit reports whether s holds a digit.
func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// missingShare is the share of groups none of whose words stems holds;
// 0 when there are no groups.
func missingShare(groups []index.Group, stems map[string]bool) float64 {
	if len(groups) == 0 {
		return 0
	}
	missing := 0
	for _, g := range groups {
		if covered([]index.Group{g}, stems) == 0 {
			missing++
		}
	}
	return float64(missing) / float64(len(groups))
}

// constraintsMissing is the share of the question's names and numbers
// (constraintWords) that proposal ans leaves out: its sentence, the
// answer line and the speaker. "How many delegates did A win in B" is
// not answered by a sentence on the delegates C needs, however many of
// its other words it shares; but a sentence that names its people "he"
// and "the envoy" leaves them out too, so it counts only beside another
// detail missing (FMissing2). The paragraph around the sentence was
// tried as well and told no better.
func (a *Answerer) constraintsMissing(qu Question, ans corpus.Answer) float64 {
	groups := a.constraintWords(qu)
	if len(groups) == 0 {
		return 0
	}
	text := a.stemSet(ans.Quote)
	a.addStems(text, ans.Answer)
	a.addStems(text, ans.Speaker)
	if ans.QuoteN >= 0 && ans.QuoteN < len(a.c.Quotes) {
		// A quotation's own words seldom name who said it, to whom or
		// where: its paragraph does.
		a.addStems(text, a.paragraphOf(a.c.Quotes[ans.QuoteN]))
	}
	return missingShare(groups, text)
}

// paragraphOf is the text of the paragraph that holds quotation q, ""
// when it cannot be read.
func (a *Answerer) paragraphOf(q corpus.Quote) string {
	if int(q.Article) < 0 || int(q.Article) >= len(a.c.Articles) {
		return ""
	}
	ar := a.c.Articles[q.Article]
	if int(q.Paragraph) < 0 || int(q.Paragraph) >= len(ar.Paragraphs) {
		return ""
	}
	s := ar.Paragraphs[q.Paragraph].Span()
	if s.Start < 0 || s.End > len(ar.Text) || s.Start >= s.End {
		return ""
	}
	return ar.Text[s.Start:s.End]
}

// b2f is 1 for true, 0 for false.
func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// finerAsked is 1 when question qu asks for a day ("on what day", "the
// date of …") and the answer line gives none, only a month or a year:
// the articles print the value less finely than it is asked, and the
// reply would pass a month off as the day. 0 otherwise.
func finerAsked(qu Question, line string) float64 {
	if qu.Kind != KindWhen {
		return 0
	}
	asked := false
	for _, w := range qu.Words {
		if w.Fold == "day" || w.Fold == "date" {
			asked = true
			break
		}
	}
	if !asked || namesDay(line) {
		return 0
	}
	return 1
}

// namesDay reports whether an answer line names a day: a day of the
// month (a number up to 31, "14th") or a weekday.
func namesDay(line string) bool {
	for _, t := range strings.FieldsFunc(strings.ToLower(line), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if weekdays[t] {
			return true
		}
		n := strings.TrimRight(strings.TrimRight(strings.TrimRight(strings.TrimRight(t, "th"), "st"), "nd"), "rd")
		if v, err := strconv.Atoi(n); err == nil && v >= 1 && v <= 31 && len(n) <= 2 {
			return true
		}
	}
	return false
}

// weekdays are the days of the week, folded.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

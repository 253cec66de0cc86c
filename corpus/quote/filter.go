package quote

import (
	_ "embed"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/person"
	"factdesk/corpus/segment"
)

// The quotation filter runs after every sieve, on an article's
// attributed quotations: a logistic regression over what a reader sees of
// each one (its length, whether it is a whole sentence, who speaks, how
// far the cue stands, which sieve found it) gives the chance that it is an
// attributed quotation and not a scare-quoted phrase, a title or a
// passage of the writer's own. Those below the threshold are dropped. The
// weights are fitted on PolNeAR by `go run ./corpus/quote/internal/filtertrain`
// (README, "Fifth round") and embedded here. Without a threshold in the
// file, as it ships, the filter is off and costs nothing.

//go:embed filter_weights.json
var filterJSON []byte

// filterThreshold is the weight that holds the decision threshold, a
// probability, in filter_weights.json.
const filterThreshold = "@threshold"

// filterMaxWords holds, when present, the longest quotation in words the
// filter weighs: the model is fitted on those only, the short quotations
// whose scare quotes and titles it learns to tell from speech.
const filterMaxWords = "@max-words"

var filterModel = func() Weights {
	var w Weights
	if err := json.Unmarshal(filterJSON, &w); err != nil {
		panic("quote: filter_weights.json: " + err.Error()) // a bug: the file is embedded
	}
	return w
}()

// FilterProb is the chance, by weights w, that a quotation with these
// features is one a reader would call attributed.
func FilterProb(w Weights, feats []string) float64 {
	return 1 / (1 + math.Exp(-w.Score(feats)))
}

// filterMode says whether the filter drops quotations or, for its
// trainer, only records their features (see ExtractFeatures).
type filterMode uint8

const (
	filterOn filterMode = iota
	filterCollect
)

// filter drops, from the quotations of one article (x.quotes[from:]), those
// the model gives less than the threshold; when collecting it keeps them
// all and records their features instead.
func (x *extraction) filter(a *corpus.Article, r *person.Resolver, from int) {
	t, hasT := filterModel[filterThreshold]
	if from < 0 || from >= len(x.quotes) || x.mode == filterOn && !hasT {
		return // without a threshold the filter is off and costs nothing
	}
	qs, by := x.quotes[from:], x.by[from:]
	perPara := map[int]int{}
	perSpeaker := map[int]int{}
	for _, q := range qs {
		perPara[int(q.Paragraph)]++
		if q.SpeakerID != corpus.NoPerson {
			perSpeaker[int(q.SpeakerID)]++
		}
	}
	most, scoped := filterModel[filterMaxWords]
	keep := from
	for i, q := range qs {
		f := filterFeatures(a, q, by[i], perPara[int(q.Paragraph)], perSpeaker[int(q.SpeakerID)])
		if p := r.Person(int(q.SpeakerID)); p != nil {
			f = append(f, speakerFeatures(p)...)
		}
		if x.mode == filterCollect {
			x.feats = append(x.feats, f)
		} else if (!scoped || float64(segment.CountWords(a.Text, q.Span())) <= most) && FilterProb(filterModel, f) < t {
			continue
		}
		x.quotes[keep], x.by[keep] = q, by[i]
		keep++
	}
	x.quotes, x.by = x.quotes[:keep], x.by[:keep]
}

// rangeOf names the range n falls in: the first bound it does not pass.
func rangeOf(prefix string, n int, bounds ...int) string {
	for _, b := range bounds {
		if n <= b {
			return prefix + strconv.Itoa(b)
		}
	}
	return prefix + "more"
}

// personWords are the pronouns of the first and second person: speech
// uses them, the writer's own text and a title seldom do.
var personWords = segment.WordSet(`i me my mine we us our ours you your yours i'm i've i'll i'd we're we've we'll you're`)

// filterFeatures names what a reader would weigh of quotation q (found by
// sieve by; inPara quotations share its paragraph, and its speaker has
// bySpeaker quotations in the article).
func filterFeatures(a *corpus.Article, q corpus.Quote, by string, inPara, bySpeaker int) []string {
	text := a.Text
	f := make([]string, 0, 32)
	f = append(f, "bias")
	if q.Span().Start < 0 || q.Span().End > len(text) || q.Span().Start >= q.Span().End {
		return f
	}
	ws := segment.Words(text, q.Span())
	n := len(ws)
	wb := rangeOf("w:", n, 1, 2, 3, 5, 8, 12, 20, 35, 60)
	form := "form:" + q.Form.String()
	f = append(f, wb, form, form+"|"+wb, "sieve:"+by, "sieve:"+by+"|"+wb)
	// who speaks, and as what they are written
	switch m := q.MentionAt().Of(text); {
	case q.SpeakerID == corpus.NoPerson:
		f = append(f, "spk:none")
	case m == "":
		f = append(f, "spk:unwritten")
	case pronounOf(m) != "":
		f = append(f, "spk:pronoun")
	case isCap(m):
		f = append(f, "spk:name")
	default:
		f = append(f, "spk:description")
	}
	if q.SpeakerID != corpus.NoPerson {
		f = append(f, rangeOf("spk-quotes:", bySpeaker, 1, 3, 8))
	}
	f = append(f, rangeOf("in-para:", inPara, 1, 2, 4))
	f = append(f, rangeOf("para:", int(q.Paragraph), 0, 2, 5, 10, 20))
	// how far the cue's speaker stands from the words
	if !q.MentionAt().IsZero() {
		d := q.MentionAt().Start - q.Span().End
		side := "after"
		if q.MentionAt().End <= q.Span().Start {
			d, side = q.Span().Start-q.MentionAt().End, "before"
		} else if q.MentionAt().Start < q.Span().End {
			d, side = 0, "inside"
		}
		f = append(f, "cue-side:"+side, rangeOf("cue-dist:", d, 3, 10, 30, 80, 200))
	}
	// the shape of the words themselves
	inner := q.Span().Of(text)
	r, _ := utf8.DecodeRuneInString(inner)
	switch {
	case unicode.IsUpper(r):
		f = append(f, "start:upper")
	case unicode.IsLower(r):
		f = append(f, "start:lower")
	default:
		f = append(f, "start:other")
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(inner, " \"'\u201d\u2019)"))
	switch last {
	case '.', '!', '?', ',', ';', ':':
		f = append(f, "end:"+string(last))
	case '\u2026':
		f = append(f, "end:.")
	default:
		f = append(f, "end:word")
	}
	if titleCase(text, q.Span()) {
		f = append(f, "title-case", "title-case|"+wb)
	}
	caps := 0
	for _, w := range ws[min(1, n):] {
		if isCap(w.Text) {
			caps++
		}
	}
	if n > 1 {
		f = append(f, rangeOf("caps-share:", 10*caps/(n-1), 0, 2, 5, 8))
	}
	if strings.ContainsAny(inner, "#@") {
		f = append(f, "hashtag")
	}
	f = append(f, besideFeatures(text, q.Span())...)
	person, digits := false, false
	for _, w := range ws {
		if segment.LowerIn(personWords, strings.ReplaceAll(w.Text, "\u2019", "'")) {
			person = true
		}
		if w.Text[0] >= '0' && w.Text[0] <= '9' {
			digits = true
		}
	}
	if person {
		f = append(f, "person-word", "person-word|"+wb)
	}
	if digits {
		f = append(f, "digits")
	}
	if strings.ContainsAny(inner, "\"\u201c\u201d\u2018") {
		f = append(f, "nested-quote")
	}
	if strings.ContainsRune(inner, '[') {
		f = append(f, "bracket")
	}
	if sentenceEnds(inner) > 1 {
		f = append(f, "sentences:many")
	}
	// where the words stand in their sentence and paragraph
	if q.Paragraph >= 0 && int(q.Paragraph) < len(a.Paragraphs) {
		pg := a.Paragraphs[q.Paragraph]
		if pg.Kind == corpus.ParaTitle {
			f = append(f, "headline")
		}
		ps := trim(text, pg.Span())
		around := segment.CountWords(text, corpus.Span{Start: ps.Start, End: q.Span().Start}) +
			segment.CountWords(text, corpus.Span{Start: q.Span().End, End: ps.End})
		f = append(f, rangeOf("para-words-outside:", around, 0, 3, 8, 20))
		sents := segment.SentencesOf(text, a.Sentences, pg)
		s := sentenceOf(sents, q.Span().Start, ps)
		before := segment.CountWords(text, corpus.Span{Start: s.Start, End: q.Span().Start})
		f = append(f, rangeOf("sent-before:", before, 0, 2, 6))
		if q.Span().End <= s.End {
			after := segment.CountWords(text, corpus.Span{Start: q.Span().End, End: s.End})
			f = append(f, rangeOf("sent-after:", after, 0, 2, 6))
			if before > 0 && after > 0 {
				f = append(f, "mid-sentence|"+wb)
			}
		} else {
			f = append(f, "sent-after:spans")
		}
	}
	return f
}

// sentenceEnds counts the sentence-ending marks of s followed by a space.
func sentenceEnds(s string) int {
	n := 0
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			n++
		}
	}
	return n
}

// speakerFeatures name what the speaker is: a person or an organisation,
// and how many words their name has ("Young Latinos" is seldom anyone).
func speakerFeatures(p *corpus.Person) []string {
	kind := "kind:person"
	if p.Kind.Org() {
		kind = "kind:org"
	}
	return []string{kind, rangeOf("name-words:", len(strings.Fields(p.Name)), 1, 2, 3)}
}

// besideFeatures name the words right outside the quotation's marks: a
// quoted phrase after an article or a preposition, or before a noun, is a
// label; after a reporting verb, speech.
func besideFeatures(text string, s corpus.Span) []string {
	var f []string
	before := segment.Words(text, corpus.Span{Start: max(0, s.Start-40), End: s.Start})
	if len(before) > 0 && segment.CountWords(text, corpus.Span{Start: before[len(before)-1].Span.End, End: s.Start}) == 0 {
		gap := text[before[len(before)-1].Span.End:s.Start]
		w := before[len(before)-1].Text
		lw := strings.ToLower(w)
		switch {
		case strings.ContainsAny(gap, ",:;.\u2013\u2014("):
			f = append(f, "prev:punct")
		case lw == "a" || lw == "an" || lw == "the":
			f = append(f, "prev:article")
		case verbOf(w) != "":
			f = append(f, "prev:cue-verb")
		case function[lw]:
			f = append(f, "prev:function")
		case isCap(w):
			f = append(f, "prev:capital")
		default:
			f = append(f, "prev:word")
		}
	} else {
		f = append(f, "prev:none")
	}
	after := segment.Words(text, corpus.Span{Start: s.End, End: min(len(text), s.End+40)})
	if len(after) > 0 {
		gap := text[s.End:after[0].Span.Start]
		w := after[0].Text
		switch {
		case strings.ContainsAny(gap, ",:;.!?\u2013\u2014()"):
			f = append(f, "next:punct")
		case verbOf(w) != "":
			f = append(f, "next:cue-verb")
		case segment.LowerIn(function, w):
			f = append(f, "next:function")
		case isCap(w):
			f = append(f, "next:capital")
		default:
			f = append(f, "next:word")
		}
	} else {
		f = append(f, "next:none")
	}
	return f
}

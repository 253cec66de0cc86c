package lex

import (
	"iter"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"
	ptoken "github.com/jdkato/prose/v3/token"
)

// Token is one word or punctuation mark of a tagged text.
type Token struct {
	Text  string // text[Start:End], as written
	Start int    // byte offsets into the text given to Tag
	End   int
	Tag   string // Penn Treebank tag (NN, VBD, NNP, ``, …)
	Lemma string // Lemma(Text, the tag's part of speech); names and punctuation lower-cased as written
}

// MaxTagBytes bounds one Tag call: longer text is tagged in its first
// MaxTagBytes only (cut at a space), since Tag is meant for sentences and
// paragraphs, not whole corpora.
const MaxTagBytes = 1 << 20

// tagLexicon fixes the tags of the auxiliaries a question opens with,
// which the perceptron alone reads as nouns as often as verbs.
var tagLexicon = map[string]string{"did": "VBD", "does": "VBZ"}

// tagger is prose's own tagger: it tags only where fastTagger cannot
// read prose's model, and in the test that the two agree.
var tagger = sync.OnceValue(func() *tag.Tagger {
	t, err := tag.New(tag.WithLexicon(tag.Lexicon(tagLexicon)))
	if err != nil { // the model is embedded in prose; failing is a build error
		panic("lex: prose tagger: " + err.Error())
	}
	return t
})

// Tag splits text into tokens and tags them with prose's averaged-perceptron
// tagger (Penn Treebank tags). Offsets are byte offsets into text, curly
// quotes and accents included. It runs at a few MB/s (README), so callers use
// it on the sentences they need, not on every article.
func Tag(text string) []Token { return tagText(text, true, MaxTagBytes) }

// TagStatement is Tag without the question fix: for a few words cut from
// an article's sentence, whose auxiliary at the start opens no question.
func TagStatement(text string) []Token { return tagText(text, false, MaxTagBytes) }

// TagStatementSeq is TagStatement a token at a time: each token is
// tagged as the loop reaches it, with the tag and lemma TagStatement
// gives it, so a loop that stops at the word it looks for tags none
// after it.
func TagStatementSeq(text string) iter.Seq[Token] { return TagStatementThrough(text, nil) }

// TagStatementThrough is TagStatementSeq up to the last token whose text
// (as written) keep accepts: the tokens after it are neither tagged nor
// yielded. A nil keep accepts every token.
func TagStatementThrough(text string, keep func(word string) bool) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		text = cutToTag(text, MaxTagBytes)
		spans := tokenize(text)
		n := len(spans)
		if keep != nil {
			for n > 0 && !keep(text[spans[n-1].start:spans[n-1].end]) {
				n--
			}
		}
		p := hashedTagger()
		if p == nil {
			for _, t := range tagText(text, false, MaxTagBytes)[:n] {
				if !yield(t) {
					return
				}
			}
			return
		}
		if n == 0 {
			return
		}
		r := p.start(spans, tagLexicon)
		defer r.done()
		for _, s := range spans[:n] {
			if !yield(tagged(text, s, r.next())) {
				return
			}
		}
	}
}

// cutToTag is text cut to at most limit bytes, at a space where it can.
func cutToTag(text string, limit int) string {
	if len(text) <= limit {
		return text
	}
	cut := strings.LastIndexByte(text[:limit], ' ')
	if cut <= 0 {
		cut = limit
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
	}
	return text[:cut]
}

// tagged is the token of span s of text, with the perceptron's tag tg
// (quotation marks and brackets keep their own) and its lemma.
func tagged(text string, s span, tg string) Token {
	t := Token{Text: text[s.start:s.end], Start: s.start, End: s.end, Tag: ownTag(s, tg)}
	t.Lemma = TagLemma(t.Text, t.Tag)
	return t
}

// ownTag is the tag of span s: its own for the marks the model may not
// know in every position, else the perceptron's tg.
func ownTag(s span, tg string) string {
	switch s.norm {
	case "``", "''", "-LRB-", "-RRB-":
		return s.norm
	}
	return tg
}

// tagText is Tag with its bound as a parameter and the question fix
// optional, so that tests can measure both.
func tagText(text string, fixQuestions bool, limit int) []Token {
	text = cutToTag(text, limit)
	spans := tokenize(text)
	tags := tagSpans(spans)
	out := make([]Token, len(spans))
	for i, s := range spans {
		out[i] = Token{Text: text[s.start:s.end], Start: s.start, End: s.end, Tag: ownTag(s, tags[i])}
	}
	if fixQuestions {
		fixInversion(out)
	}
	for i := range out {
		out[i].Lemma = TagLemma(out[i].Text, out[i].Tag)
	}
	return out
}

// tagSpans is the perceptron's tag of each span's normal form: by
// fastTagger, or by prose's tagger where that cannot read the model.
func tagSpans(spans []span) []string {
	tags := make([]string, len(spans))
	if p := hashedTagger(); p != nil {
		p.tag(spans, tags, tagLexicon)
		return tags
	}
	toks := make([]ptoken.Token, len(spans))
	for i, s := range spans {
		toks[i] = ptoken.Token{Text: s.norm, Start: s.start}
	}
	tagger().TagTokens(toks)
	for i := range toks {
		tags[i] = toks[i].Tag
	}
	return tags
}

// fixInversion corrects the verb of a question with subject-auxiliary
// inversion, where the perceptron, trained mostly on statements, reads the
// verb after the subject as a noun or adjective: "Did the coach resign/NN",
// "How long did the strike last/JJ" become VB, and "Was he sacked/VBD" VBN.
// Only an auxiliary in the inverted position counts: at the start of a
// sentence, or after a wh-word and its phrase ("How long", "Which outlet").
func fixInversion(toks []Token) {
	for i, a := range toks {
		aux := strings.ToLower(a.Text)
		do := aux == "did" || aux == "does" || aux == "do"
		be := aux == "was" || aux == "were" || aux == "is" || aux == "are"
		if !do && !be || !inverted(toks, i) {
			continue
		}
		j := skipSubject(toks, i+1)
		if j <= i+1 || j >= len(toks) {
			continue
		}
		v := &toks[j]
		w := strings.ToLower(v.Text)
		switch {
		case do && (v.Tag == "NN" || v.Tag == "JJ" || v.Tag == "VBP" || v.Tag == "RB") && morphyHas(w, Verb, w):
			v.Tag = "VB"
		case be && v.Tag == "VBD":
			v.Tag = "VBN"
		}
	}
}

// inverted reports whether the auxiliary at i opens a question clause.
func inverted(toks []Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch t := toks[k].Tag; {
		case strings.HasPrefix(t, "W"):
			return !strings.EqualFold(toks[k].Text, "that") // a relative "that is …" is no question
		case k == i-1 && (t == "." || t == "``" || t == ":" || t == "CC"): // "…, or was he sacked?"
			return true
		case t == "JJ" || t == "RB" || t == "NN" || t == "NNS" || t == "JJS": // "How long", "Which outlets"
			continue
		default:
			return false
		}
	}
	return i == 0
}

// skipSubject returns the index after the subject noun phrase starting at i:
// a pronoun, a run of names (joined by "and"), or determiners and adjectives
// up to the first common noun.
func skipSubject(toks []Token, i int) int {
	if i < len(toks) && (toks[i].Tag == "PRP" || toks[i].Tag == "EX") {
		return i + 1
	}
	j := i
	for j < len(toks) {
		switch t := toks[j].Tag; {
		case t == "DT" || t == "PRP$" || t == "JJ" || t == "CD" || t == "POS":
			j++
		case t == "NNP" || t == "NNPS":
			for j < len(toks) && (toks[j].Tag == "NNP" || toks[j].Tag == "NNPS" || toks[j].Tag == "POS" ||
				toks[j].Tag == "CC" && j+1 < len(toks) && strings.HasPrefix(toks[j+1].Tag, "NNP")) {
				j++
			}
			if j < len(toks) && (toks[j].Tag == "NN" || toks[j].Tag == "NNS") && toks[j-1].Tag == "POS" {
				j++ // "Putin's aide"
			}
			return j
		case t == "NN" || t == "NNS":
			return j + 1
		default:
			return j
		}
	}
	return j
}

// morphyHas reports whether lemma is among morphy's lemmas of w for pos.
func morphyHas(w string, pos POS, lemma string) bool {
	for _, l := range morphy(w, pos) {
		if l == lemma {
			return true
		}
	}
	return false
}

// inflected are the Penn tags of inflected forms.
var inflected = map[string]bool{"NNS": true, "VBD": true, "VBZ": true, "VBG": true, "VBN": true, "JJR": true, "JJS": true, "RBR": true, "RBS": true}

// contractions are the lemmas of the pieces Penn tokenization leaves of a
// contraction, which no dictionary lists.
var contractions = map[string]string{
	"n't": "not", "'re": "be", "'m": "be", "'ve": "have", "'ll": "will",
	"wo": "will", "ca": "can", "sha": "shall",
}

// TagPOS maps a Penn Treebank tag to a WordNet part of speech (0 for tags
// WordNet has no words for: names, determiners, punctuation, …).
func TagPOS(tag string) POS {
	switch {
	case strings.HasPrefix(tag, "NNP"):
		return 0
	case strings.HasPrefix(tag, "NN"):
		return Noun
	case strings.HasPrefix(tag, "VB"), tag == "MD":
		return Verb
	case strings.HasPrefix(tag, "JJ"):
		return Adj
	case strings.HasPrefix(tag, "RB"):
		return Adv
	}
	return 0
}

// TagLemma is the lemma of a word tagged with a Penn tag: morphy in the tag's
// part of speech, the lower-cased word for names and closed classes ("Kansas"
// stays "kansas", not "kansa").
func TagLemma(word, tag string) string {
	w := normWord(word)
	if l, ok := contractions[w]; ok && (tag == "MD" || strings.HasPrefix(tag, "VB") || tag == "RB") {
		return l
	}
	if w == "'s" && strings.HasPrefix(tag, "VB") {
		return "be" // he's; has is rarer and the tag cannot tell
	}
	if w == "'d" && tag == "MD" {
		return "would"
	}
	if p := TagPOS(tag); p != 0 {
		c := morphy(w, p)
		if inflected[tag] {
			// "times" is a noun lemma too, but NNS says this one is a plural.
			for _, l := range c {
				if l != w {
					return l
				}
			}
		}
		if len(c) > 0 {
			return c[0]
		}
		return w
	}
	return w
}

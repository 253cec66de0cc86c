package lex

import (
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

var tagger = sync.OnceValue(func() *tag.Tagger {
	t, err := tag.New()
	if err != nil { // the model is embedded in prose; failing is a build error
		panic("lex: prose tagger: " + err.Error())
	}
	return t
})

// Tag splits text into tokens and tags them with prose's averaged-perceptron
// tagger (Penn Treebank tags). Offsets are byte offsets into text, curly
// quotes and accents included. It runs at a few MB/s (README), so callers use
// it on the sentences they need, not on every article.
func Tag(text string) []Token {
	if len(text) > MaxTagBytes {
		cut := strings.LastIndexByte(text[:MaxTagBytes], ' ')
		if cut <= 0 {
			cut = MaxTagBytes
			for cut > 0 && !utf8.RuneStart(text[cut]) {
				cut--
			}
		}
		text = text[:cut]
	}
	spans := tokenize(text)
	toks := make([]ptoken.Token, len(spans))
	for i, s := range spans {
		toks[i] = ptoken.Token{Text: s.norm, Start: s.start}
	}
	tagger().TagTokens(toks)
	out := make([]Token, len(spans))
	for i, s := range spans {
		tg := toks[i].Tag
		switch s.norm { // marks the model may not know in every position
		case "``", "''":
			tg = s.norm
		case "-LRB-", "-RRB-":
			tg = s.norm
		}
		w := text[s.start:s.end]
		out[i] = Token{Text: w, Start: s.start, End: s.end, Tag: tg, Lemma: TagLemma(w, tg)}
	}
	return out
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

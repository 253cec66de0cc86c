package answer

import (
	"factdesk/corpus"
	"factdesk/corpus/index"
	"factdesk/corpus/segment"
)

// The occasion of words said: an article often tells what someone said in
// one sentence and where in the next or the one before ("Berg called the
// levy fair. \"It is a fair price,\" Berg told reporters aboard the
// ferry."), or once for the whole piece in its lede ("At a union congress
// in Halden on Monday, Berg said …"). When the sentence that answers a
// where-was-she-speaking question names no setting, the setting is read
// from the clause of a speaking verb of the same speaker in the
// sentences around it in its paragraph, nearest first, then in the
// article's first sentence: bound to the one asked, never any place the
// article names.

// occasionReach bounds how many sentences before or after the answering
// one are read for the speaker's occasion.
const occasionReach = 2

// occasionNear is the setting of who's speaking in the sentences around
// document d's in its paragraph, or in its article's lede; "" when none
// of them has who speak at a place, or when no speaker is asked.
func (a *Answerer) occasionNear(d index.Doc, who *corpus.Person) string {
	if who == nil || d.Article < 0 || int(d.Article) >= len(a.c.Articles) {
		return ""
	}
	art := a.c.Articles[d.Article]
	lede := -1 // the first paragraph of the article's own text
	for n, p := range art.Paragraphs {
		span := p.Span()
		if p.Kind != corpus.ParaBody || span.Start < 0 || span.End > len(art.Text) || span.Start >= span.End {
			continue
		}
		if lede < 0 {
			lede = n
		}
		if d.Span.Start < span.Start || d.Span.Start >= span.End {
			continue
		}
		sents := segment.SentencesOf(art.Text, art.Sentences, p)
		at := -1
		for i, s := range sents {
			if s.End > d.Span.Start {
				at = i
				break
			}
		}
		for k := 1; at >= 0 && k <= occasionReach; k++ {
			for _, i := range []int{at + k, at - k} {
				if i >= 0 && i < len(sents) {
					if s := a.occasionIn(art.Text[sents[i].Start:sents[i].End], who); s != "" {
						return s
					}
				}
			}
		}
		if n == lede {
			return "" // its own paragraph opens the article
		}
		break
	}
	if lede < 0 {
		return ""
	}
	p := art.Paragraphs[lede]
	if sents := segment.SentencesOf(art.Text, art.Sentences, p); len(sents) > 0 {
		return a.occasionIn(art.Text[sents[0].Start:sents[0].End], who)
	}
	return ""
}

// occasionIn is where who speaks in sentence text: the setting in the
// clause of a speaking verb whose speaker is who, or, when that clause
// names none, a setting before the verb ("At a union congress in
// Halden, Berg said …").
func (a *Answerer) occasionIn(text string, who *corpus.Person) string {
	text = unquoted(text)
	line, cue := a.cueSetting(text, who)
	if line == "" && cue > 0 {
		line = a.setting(text[:cue])
	}
	return line
}

// isTitle reports whether document d is its article's headline.
func (a *Answerer) isTitle(d index.Doc) bool {
	if d.Kind == index.KindQuote || d.Article < 0 || int(d.Article) >= len(a.c.Articles) {
		return false
	}
	t := a.c.Articles[d.Article].Title
	return t.End > t.Start && d.Span.Start <= t.Start && d.Span.End >= t.End-1
}

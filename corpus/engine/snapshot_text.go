package engine

import (
	"fmt"

	"factdesk/corpus"
)

// Most strings of quotations, facts and mentions are their article's
// text at their span, its file name, or their speaker's name. A snapshot
// file leaves those out and marks them, per item, in derivedText; reading
// it points them back into the article's text (as a build leaves them)
// instead of decoding a copy of each: the copies were most of what gob
// allocated in a start, and garbage as soon as they were shared.

// Bits of a quotation's or fact's mark: which of its strings are left out.
const (
	derivedTxt     uint8 = 1 << iota // Text is the article's text at Span
	derivedFile                      // File is the article's
	derivedMention                   // a quotation's Mention is the text at MentionAt
	derivedSpeaker                   // a quotation's Speaker is its person's Name
	derivedValues                    // every Value's Text is the text at its Span
)

// derivedText marks, per quotation, fact and person (derivedTxt: all
// their mentions' texts), the strings a snapshot leaves out.
type derivedText struct {
	Quotes, Facts, People []uint8
}

// deriveText marks what p's items can leave out.
func deriveText(p *snapshotPayload) derivedText {
	d := derivedText{Quotes: make([]uint8, len(p.Quotes)), Facts: make([]uint8, len(p.Facts)), People: make([]uint8, len(p.People))}
	art := func(i int) *corpus.Article {
		if i >= 0 && i < len(p.Articles) && p.Articles[i] != nil {
			return p.Articles[i]
		}
		return nil
	}
	at := func(a *corpus.Article, s corpus.Span, text string) bool {
		return text != "" && s.Start >= 0 && s.Start <= s.End && s.End <= len(a.Text) && a.Text[s.Start:s.End] == text
	}
	for i, q := range p.Quotes {
		a := art(q.Article)
		if a == nil {
			continue
		}
		if at(a, q.Span, q.Text) {
			d.Quotes[i] |= derivedTxt
		}
		if q.File != "" && q.File == a.File {
			d.Quotes[i] |= derivedFile
		}
		if at(a, q.MentionAt, q.Mention) {
			d.Quotes[i] |= derivedMention
		}
		if q.SpeakerID >= 0 && q.SpeakerID < len(p.People) && q.Speaker != "" && q.Speaker == p.People[q.SpeakerID].Name {
			d.Quotes[i] |= derivedSpeaker
		}
	}
	for i, f := range p.Facts {
		a := art(f.Article)
		if a == nil {
			continue
		}
		if at(a, f.Span, f.Text) {
			d.Facts[i] |= derivedTxt
		}
		if f.File != "" && f.File == a.File {
			d.Facts[i] |= derivedFile
		}
		all := len(f.Values) > 0
		for _, v := range f.Values {
			all = all && at(a, v.Span, v.Text)
		}
		if all {
			d.Facts[i] |= derivedValues
		}
	}
	for i, pe := range p.People {
		all := len(pe.Mentions) > 0
		for _, m := range pe.Mentions {
			all = all && art(m.Article) != nil && at(art(m.Article), m.Span, m.Text)
		}
		if all {
			d.People[i] = derivedTxt
		}
	}
	return d
}

// blankQuotes, blankFacts and blankPeople empty, in a batch copied from
// item at on, the strings d marks. Slices inside an item are copied
// before they are changed: the batch shares them with the corpus.
func (d derivedText) blankQuotes(qs []corpus.Quote, at int) {
	for i := range qs {
		q, m := &qs[i], d.Quotes[at+i]
		if m&derivedTxt != 0 {
			q.Text = ""
		}
		if m&derivedFile != 0 {
			q.File = ""
		}
		if m&derivedMention != 0 {
			q.Mention = ""
		}
		if m&derivedSpeaker != 0 {
			q.Speaker = ""
		}
	}
}

func (d derivedText) blankFacts(fs []corpus.Fact, at int) {
	for i := range fs {
		f, m := &fs[i], d.Facts[at+i]
		if m&derivedTxt != 0 {
			f.Text = ""
		}
		if m&derivedFile != 0 {
			f.File = ""
		}
		if m&derivedValues != 0 {
			vs := make([]corpus.Value, len(f.Values))
			copy(vs, f.Values)
			for k := range vs {
				vs[k].Text = ""
			}
			f.Values = vs
		}
	}
}

func (d derivedText) blankPeople(ps []*corpus.Person, at int) {
	for i, p := range ps {
		if d.People[at+i]&derivedTxt == 0 {
			continue
		}
		c := *p
		c.Mentions = make([]corpus.Mention, len(p.Mentions))
		for k, m := range p.Mentions {
			c.Mentions[k] = corpus.Mention{Article: m.Article, Span: m.Span}
		}
		ps[i] = &c
	}
}

// fill puts back into c, whose references checkCorpus has checked, the
// strings d marks as left out.
func (d derivedText) fill(c *corpus.Corpus) error {
	if len(d.Quotes) != len(c.Quotes) || len(d.Facts) != len(c.Facts) || len(d.People) != len(c.People) {
		return fmt.Errorf("marks of left-out texts do not fit the corpus")
	}
	for i := range c.Quotes {
		q, m := &c.Quotes[i], d.Quotes[i]
		a := c.Articles[q.Article]
		if m&derivedTxt != 0 {
			q.Text = a.Text[q.Span.Start:q.Span.End]
		}
		if m&derivedFile != 0 {
			q.File = a.File
		}
		if m&derivedMention != 0 {
			if s := q.MentionAt; s.Start < 0 || s.Start > s.End || s.End > len(a.Text) {
				return fmt.Errorf("quotation %d: mention out of range", i)
			}
			q.Mention = a.Text[q.MentionAt.Start:q.MentionAt.End]
		}
		if m&derivedSpeaker != 0 {
			if q.SpeakerID < 0 {
				return fmt.Errorf("quotation %d: no speaker to name", i)
			}
			q.Speaker = c.People[q.SpeakerID].Name
		}
	}
	for i := range c.Facts {
		f, m := &c.Facts[i], d.Facts[i]
		a := c.Articles[f.Article]
		if m&derivedTxt != 0 {
			f.Text = a.Text[f.Span.Start:f.Span.End]
		}
		if m&derivedFile != 0 {
			f.File = a.File
		}
		if m&derivedValues != 0 {
			for k := range f.Values {
				v := &f.Values[k]
				v.Text = a.Text[v.Span.Start:v.Span.End]
			}
		}
	}
	for i, p := range c.People {
		if d.People[i]&derivedTxt == 0 {
			continue
		}
		for k := range p.Mentions {
			m := &p.Mentions[k]
			m.Text = c.Articles[m.Article].Text[m.Span.Start:m.Span.End]
		}
	}
	return nil
}

package answer

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"factdesk/corpus"
	"factdesk/corpus/index"
)

// maxRoleBeforeName bounds the words of role a question may give before
// the name asked about ("the camp counsellor Ann Berg").
const maxRoleBeforeName = 3

// ageLimit bounds the facts read for a person's age.
const ageLimit = 100

// howOld answers "how old is X": the age news gives beside a name
// ("Berg, 52, said"), before it ("the 52-year-old Ann Berg"), or for
// someone named earlier in the article ("The 52-year-old gave an
// interview" after a paragraph about her). The age the most articles give
// answers, the first found among equals; every article that gives it is
// a source. It reports false when the question names nobody or no age of
// them is written.
func (a *Answerer) howOld(ctx context.Context, qu Question) (corpus.Answer, bool) {
	ans := blank(qu.Text, qu.Kind)
	people, unknown := a.findPeople(qu, qu.Body)
	// The person asked about is named first ("how old was Berg when she
	// met Lund"); a question naming no one there must name one alone.
	subject := qu.Body
	if subject < len(qu.Words) && qu.Words[subject].Fold == "the" {
		subject++
	}
	k := slices.IndexFunc(people, func(m mention) bool { return m.From == subject })
	var p *corpus.Person
	if k < 0 && subject > qu.Body {
		// "how old is the nurse from Halden": asked by what the person
		// is, as "who is the nurse from Halden" is read.
		p = a.describedPerson(qu, subject)
	}
	if k < 0 && p == nil {
		// "how old is the camp counsellor Ann Berg": the person named
		// after a few words of role.
		k = slices.IndexFunc(people, func(m mention) bool {
			return m.Person.Kind == corpus.KindPerson && m.From > subject && m.From <= subject+maxRoleBeforeName
		})
	}
	if k < 0 && p == nil && (len(people) != 1 || len(unknown) > 0) {
		return ans, false
	}
	if k >= 0 && p == nil {
		// "how old is Berg's daughter": the age of whom the role names,
		// never Berg's; not found when no one is known by it.
		if owner, ok := a.owner(qu, subject, people); ok && ownerPossessive(qu, owner) {
			// "Berg's brother Tom": the role names the one asked, and
			// the name after it says who that is.
			if n := slices.IndexFunc(people, func(m mention) bool {
				return m.Person.Kind == corpus.KindPerson && m.Person != owner.Person && m.From > owner.To && m.From <= owner.To+maxRoleBeforeName
			}); n >= 0 {
				p = people[n].Person
			}
		}
		if owner, ok := a.owner(qu, subject, people); p == nil && ok && ownerPossessive(qu, owner) {
			if held, asked := a.ownedBy(qu, owner); asked {
				if held == nil {
					return ans, true
				}
				p = held
			}
		}
	}
	if p == nil {
		p = people[max(k, 0)].Person
	}
	groups := []index.Group{a.expand("year"), a.expand("old")}
	for _, w := range strings.Fields(index.Fold(p.Name)) {
		groups = append(groups, a.expand(w))
	}
	filter := func(d int) bool {
		doc := a.idx.Doc(d)
		return doc.Kind == index.KindFact && a.ageIn(doc) != nil
	}
	type found struct {
		v    *corpus.Value
		docs []index.Doc
	}
	var ages []*found
	byNorm := map[string]*found{}
	for _, h := range a.idx.Search(index.Query{Groups: groups, Kinds: index.KindFact, Filter: filter, ParaWeight: paraWeight, Limit: ageLimit, Mode: a.mode(ctx)}) {
		d := a.idx.Doc(h.Doc)
		v := a.ageIn(d)
		if v == nil || a.ageOf(d, v) != p.ID {
			continue
		}
		f := byNorm[v.Norm]
		if f == nil {
			f = &found{v: v}
			byNorm[v.Norm] = f
			ages = append(ages, f)
		}
		f.docs = append(f.docs, d)
	}
	if len(ages) == 0 {
		return ans, false
	}
	best := ages[0]
	for _, f := range ages[1:] {
		if len(f.docs) > len(best.docs) {
			best = f
		}
	}
	d := best.docs[0]
	ans.Found = true
	ans.Answer = fmt.Sprintf("%s, %s", p.Name, best.v.Norm)
	ans.Quote = a.c.Facts[d.Ref].Text(a.c)
	ans.File = a.c.Articles[d.Article].File
	ans.FactN = int(d.Ref)
	ans.Sources = a.sources(d, best.docs[1:]...)
	return ans, true
}

// ageIn is fact d's value that gives someone's age: "45-year-old", or a
// number set off by commas after a name ("Berg, 52,"); nil when none.
func (a *Answerer) ageIn(d index.Doc) *corpus.Value {
	f := &a.c.Facts[d.Ref]
	for i := range f.Values() {
		v := &f.Values()[i]
		if v.Kind == corpus.ValueNumber && (v.Unit.String() == "year old" || age(a.c, f, v) || agedAt(a.c, f, v)) {
			return v
		}
	}
	return nil
}

// ageOf is the person whose age v gives in fact d: the name right before
// it ("Berg, 52,") or right after it ("52-year-old Ann Berg"), or,
// when the sentence opens with "the 52-year-old", the last person named
// before it in the article; -1 when none is known.
func (a *Answerer) ageOf(d index.Doc, v *corpus.Value) int {
	art := a.c.Articles[d.Article]
	f := &a.c.Facts[d.Ref]
	text := f.Text(a.c)
	toks := index.Words.Tokenize(text)
	at := -1
	for i, t := range toks {
		if f.Span().Start+t.Start >= v.Span().Start {
			at = i
			break
		}
	}
	if at < 0 {
		return -1
	}
	// The name before: "Berg, 52,"; "the 52-year-old" is no age of a
	// name before it.
	yearOld := v.Unit.String() == "year old" || strings.Contains(strings.ToLower(v.Text), "year")
	if !yearOld && at > 0 {
		if p, ok := a.lookupRun(properRun(text, toks, at-1, -1)); ok && p.Kind == corpus.KindPerson {
			return p.ID
		}
	}
	// The name after: "the 52-year-old Ann Berg".
	// The value is "52" of "52-year-old" or the whole word.
	end := v.Span().End
	if !strings.Contains(strings.ToLower(v.Text), "year") {
		end += len("-year-old")
	}
	after := at
	for after < len(toks) && f.Span().Start+toks[after].Start < end {
		after++
	}
	if after < len(toks) && isUpperWord(toks[after].Term) {
		if p, ok := a.lookupRun(nameAt(text, toks, after)); ok && p.Kind == corpus.KindPerson {
			return p.ID
		}
	}
	// "Berg, who died in 1981 at the age of 43": the one named last
	// before it, in the sentence or, when it names no one, before it.
	if agedAt(a.c, f, v) {
		if id := a.lastPersonBefore(text, toks, at); id >= 0 {
			return id
		}
		return a.lastNamed(art, f.Span().Start)
	}
	// "The 45-year-old …" opening the sentence: who was named before.
	if at <= 1 {
		return a.lastNamed(art, f.Span().Start)
	}
	return -1
}

// lastNamed is the last known person named in art before byte end,
// within lookBack bytes; -1 when none.
func (a *Answerer) lastNamed(art *corpus.Article, end int) int {
	text := art.Text[max(0, end-lookBack):end]
	toks := index.Words.Tokenize(text)
	return a.lastPersonBefore(text, toks, len(toks))
}

// nameAt is the name that opens at token i: its capitalised words and the
// small words inside it ("Erik ten Hag", "Ruud van Nistelrooy"), up to a
// possessive, which still names the person ("the 54-year-old Berg's
// contract"); at most maxNameWords words.
func nameAt(text string, toks []index.Token, i int) string {
	var run []string
	for j := i; j < len(toks) && len(run) < maxNameWords; j++ {
		w := toks[j].Term
		if j > i && strings.TrimSpace(text[toks[j-1].End:toks[j].Start]) != "" {
			break
		}
		inner := nameParticles[strings.ToLower(w)] && j > i && j+1 < len(toks) && isUpperWord(toks[j+1].Term)
		if !isUpperWord(w) && !inner {
			break
		}
		if possessive(w) {
			run = append(run, dropPossessive(w))
			break
		}
		run = append(run, w)
	}
	return strings.Join(run, " ")
}

// maxNameWords bounds the words of a name read by nameAt.
const maxNameWords = 4

// nameParticles are the small words inside names ("ten Hag", "van der
// Berg", "bin Salman"), which a capitalised word follows.
var nameParticles = map[string]bool{"van": true, "von": true, "der": true, "den": true, "de": true, "ten": true,
	"ter": true, "da": true, "di": true, "du": true, "la": true, "le": true, "bin": true, "al": true}

// descBreak end a description in a question: a clause about the person
// follows ("the owner who died"). "from", "at" and "of" stay: "the
// student from Halden" is who is meant.
var descBreak = map[string]bool{"who": true, "whom": true, "which": true, "that": true, "when": true, "while": true,
	"after": true, "before": true, "during": true, "said": true, "says": true, "told": true, "because": true, "since": true}

// describedPerson is the person a description names from question word
// from to the end or to a word that opens another phrase ("the camp
// owner who died"), as the role table finds them; nil when none holds
// enough of it.
func (a *Answerer) describedPerson(qu Question, from int) *corpus.Person {
	to := from
	for to < len(qu.Words) && !descBreak[qu.Words[to].Fold] {
		to++
	}
	if to == from {
		return nil
	}
	head := qu.Words[to-1].Fold
	if to-from == 1 && !personNoun(head) {
		return nil // "how old is the bridge": no one
	}
	p, ok := a.byRole(qu.Text[qu.Words[from].Start : qu.Words[to-1].Start+len(qu.Words[to-1].Text)])
	if !ok || p.Kind != corpus.KindPerson {
		return nil
	}
	return p
}

// ownerPossessive reports whether the name of mention m is typed as an
// owner, "Berg's" or "bergs", before a word in lower case: "Admiral
// Harris" is one name, not the admiral's Harris.
func ownerPossessive(qu Question, m mention) bool {
	if m.To >= len(qu.Words) || qu.Words[m.To].Upper {
		return false
	}
	last := qu.Words[m.To-1].Fold
	if strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
		return true
	}
	return strings.HasSuffix(last, "s") && personWords(m.Person)[strings.TrimSuffix(last, "s")]
}

// agedLeads are the words before a bare number that make it an age: "at
// the age of 43", "aged 43", "at age 43", "died at 43".
var agedLeads = [][]string{{"at", "the", "age", "of"}, {"aged"}, {"at", "age"}, {"died", "at"}, {"dies", "at"}}

// agedAt reports whether number v of fact f is an age by the words before
// it (agedLeads): a whole number below 130 written without a unit.
func agedAt(c *corpus.Corpus, f *corpus.Fact, v *corpus.Value) bool {
	if v.Kind != corpus.ValueNumber || v.Unit.String() != "" {
		return false
	}
	n, err := strconv.Atoi(strings.TrimSpace(v.Text))
	if err != nil || n <= 0 || n >= 130 {
		return false
	}
	start := v.Span().Start - f.Span().Start
	if start < 0 || start > len(f.Text(c)) {
		return false
	}
	before := strings.Fields(strings.ToLower(f.Text(c)[max(0, start-40):start]))
	for _, lead := range agedLeads {
		if len(before) >= len(lead) && slices.Equal(before[len(before)-len(lead):], lead) {
			return true
		}
	}
	return false
}

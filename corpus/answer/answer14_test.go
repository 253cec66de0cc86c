package answer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus"
)

// "which A B <verb>": the kind asked is the last noun before the verb,
// whatever the verb's tense, and the words before it say which one: the
// sentence that answers need not repeat them.
func TestWhichKindAndTheWordsThatSayWhich(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"which nordby pilot wants the quay closed", "pilot"},
		{"which coastal rescue team arrived first", "team"},
		{"which old ferry company did lund buy", "company"},
		{"which outlet published it", "outlet"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			assert.Equal(t, tt.want, Parse(tt.q).Type)
		})
	}
	f := newFixture(t)
	voss := f.person("Mira Voss", []string{"Voss"})
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"Mira Voss, who has steered ships into Nordby for twenty years, said the new quay \"should be closed\" before winter.\n")
	q1 := f.quote(art, "should be closed", voss)
	f.fact(art, "Mira Voss, who has steered ships into Nordby for twenty years, said the new quay \"should be closed\" before winter.", []int{voss})
	other := f.article("b.txt", "Harbour Wire", "2025-05-04",
		"The new quay \"should be closed\" before winter, Mira Voss said on Sunday.\n")
	f.sameQuote(q1, f.quote(other, "should be closed", voss))
	checkAsks(t, f.build(), []askCase{
		{"a present verb after the kind", "which nordby pilot wants the quay closed", "Mira Voss"},
	})
}

// A price asked without a question form ("price of the harbour flat") is
// asked as "what was the price of the harbour flat": the amount answers.
func TestBarePriceAsksHowMuch(t *testing.T) {
	f := newFixture(t)
	art := f.article("a.txt", "Coast Post", "2025-05-03",
		"The purchase of her harbour flat in Nordby, which cost about £450,000, is now under review.\n")
	f.fact(art, "The purchase of her harbour flat in Nordby, which cost about £450,000, is now under review.", nil,
		corpus.Value{Kind: corpus.ValueMoney, Text: "£450,000", Norm: "GBP450000"})
	checkAsks(t, f.build(), []askCase{
		{"typed without a question form", "price of the nordby flat", "£450,000"},
		{"asked in full", "what was the price of the nordby flat", "£450,000"},
	})
}

// A role given after a pronoun that opens a sentence ("She is a partner
// in …", "He was the county's fire marshal") is the role of the person it
// stands for; "who is the partner" asks for a person, not for the firm
// the same words precede.
func TestRoleAfterAPronounOpeningASentence(t *testing.T) {
	f := newFixture(t)
	berg := f.person("Laura Berg", []string{"Berg"})
	lund := f.person("Daniel Lund", []string{"Lund"})
	firm := f.person("Holm & Vik", nil)
	f.c.People[firm].Kind = corpus.KindOrg
	text := "Laura Berg, who speaks for the ferry board, said the case would be heard in spring. " +
		"She is a partner in the law firm of Holm & Vik, which has advised the board for years.\n\n" +
		"Daniel Lund told reporters the operator would appeal. He was the county's fire marshal before he joined the operator.\n"
	art := f.article("a.txt", "Coast Post", "2025-05-03", text)
	f.mention(berg, art, "Laura Berg")
	f.mention(firm, art, "Holm & Vik")
	f.mention(lund, art, "Daniel Lund")
	f.fact(art, "She is a partner in the law firm of Holm & Vik, which has advised the board for years.", []int{firm})
	f.fact(art, "He was the county's fire marshal before he joined the operator.", nil)
	checkAsks(t, f.build(), []askCase{
		{"she is a partner", "who is the partner at holm & vik", "Laura Berg"},
		{"he was the marshal", "who was the county's fire marshal", "Daniel Lund"},
	})
}

// "what's the name of the <role> who …" asks who did it, one described
// by the role: when the articles name no one doing it, nothing answers.
func TestNameOfTheRoleWho(t *testing.T) {
	for _, tt := range []struct{ q, kind, typ string }{
		{"what's the name of the harbour pilot who steered the ferry", KindWho, "pilot"},
		{"what is the name of the aide who leaked the memo", KindWho, "aide"},
		{"what is the name of the ship that sank", KindWhat, ""},
		// Typed tersely, without the question word.
		{"name of the harbour pilot who steered the ferry", KindWho, "pilot"},
		{"the name of the aide who leaked the memo?", KindWho, "aide"},
		{"name of the ship that sank", KindWhat, ""},
		// The name asked last, after a dash, a comma or a colon.
		{"harbour pilot who steered the ferry - name?", KindWho, "pilot"},
		{"the aide who leaked the memo, name", KindWho, "aide"},
		{"ship that sank - name?", KindWhat, ""},
		{"pilot who steered the ferry name", KindWhat, ""},
	} {
		t.Run(tt.q, func(t *testing.T) {
			qu := Parse(tt.q)
			assert.Equal(t, tt.kind, qu.Kind)
			assert.Equal(t, tt.typ, qu.Type)
		})
	}
	f := newFixture(t)
	falk := f.person("Tove Falk", []string{"Falk"})
	berg := f.person("Ann Berg", []string{"Berg"})
	lund := f.person("Erik Lund", []string{"Lund"})
	holm := f.person("Kari Holm", []string{"Holm"})
	text := "Harbour pilot Tove Falk steered the ferry into port on Friday.\n\n" +
		"The leak of the memo involved the minister's aide, Ann Berg.\n\n" +
		"Erik Lund advised the board to wait. Kari Holm, the board's adviser, said nothing.\n"
	art := f.article("a.txt", "Coast Post", "2025-05-03", text)
	for id, name := range map[int]string{falk: "Tove Falk", berg: "Ann Berg", lund: "Erik Lund", holm: "Kari Holm"} {
		f.mention(id, art, name)
	}
	f.fact(art, "Harbour pilot Tove Falk steered the ferry into port on Friday.", []int{falk})
	f.fact(art, "The leak of the memo involved the minister's aide, Ann Berg.", []int{berg})
	f.fact(art, "Erik Lund advised the board to wait.", []int{lund})
	checkAsks(t, f.build(), []askCase{
		{"the role and the deed", "what's the name of the pilot who steered the ferry", "Tove Falk"},
		{"the role and the deed, typed tersely", "name of the pilot who steered the ferry", "Tove Falk"},
		{"the role and the deed, the name asked last", "the pilot who steered the ferry - name?", "Tove Falk"},
		{"the role beside a name that did nothing", "what's the name of the aide who leaked the memo", ""},
		{"a deed done by someone the articles do not call so", "what's the name of the adviser who advised the board", ""},
		{"the role and the deed with no question form", "harbour pilot who steered the ferry into port", "Tove Falk"},
		{"a role the articles give no one who did it", "the board adviser who advised waiting", ""},
	})
}

func TestRoleWhoTypedBare(t *testing.T) {
	for _, tt := range []struct{ q, kind, typ string }{
		{"tarvik port union boss who quit over the fees", KindWho, "boss"},
		{"the harbour pilot who steered the ferry", KindWho, "pilot"},
		// A clause that describes, a thing, a verb before "who".
		{"the harbour pilot who is on duty", KindWhat, ""},
		{"the ferry that sank", KindWhat, ""},
		{"lund asked the pilot who steered", KindWhat, ""},
	} {
		t.Run(tt.q, func(t *testing.T) {
			qu := Parse(tt.q)
			assert.Equal(t, tt.kind, qu.Kind)
			assert.Equal(t, tt.typ, qu.Type)
		})
	}
}

// A description no phrase beside a name holds whole ("the attorney for
// the family that sued the port") names the person whose phrase holds its
// head ("lawyer Erik Lund") and whose name the rest of it stands just
// before; typed without "who is" too.
func TestDescribedInContext(t *testing.T) {
	f := newFixture(t)
	holm := f.person("Kari Holm", []string{"Holm"})
	falk := f.person("Tove Falk", []string{"Falk"})
	lund := f.person("Erik Lund", []string{"Lund"})
	text := "The ferry union will move its office to the northern towns. Press officer Kari Holm says the union keeps a small staff.\n\n" +
		"The family of two divers has sued the port of Halden over the accident. They are represented by lawyer Erik Lund, who called the port careless.\n\n" +
		"Press officer Tove Falk said the harbour would reopen on Monday.\n"
	art := f.article("a.txt", "Coast Post", "2025-05-03", text)
	for id, name := range map[int]string{holm: "Kari Holm", falk: "Tove Falk", lund: "Erik Lund"} {
		f.mention(id, art, name)
	}
	f.fact(art, "The ferry union will move its office to the northern towns.", nil)
	f.fact(art, "Press officer Tove Falk said the harbour would reopen on Monday.", []int{falk})
	f.fact(art, "They are represented by lawyer Erik Lund, who called the port careless.", []int{lund})
	checkAsks(t, f.build(), []askCase{
		{"typed without who is", "ferry union press officer", "Kari Holm"},
		{"the head before its preposition", "who is the attorney for the family that sued the port", "Erik Lund"},
		{"typed without who is, the head first", "attorney for the divers' family in the halden case", "Erik Lund"},
		{"a description nobody's name stands beside", "press officer of the pilots' guild", ""},
	})
}

// "what did X call Y": Y is the thing named even when it is a person's
// name, a copula before a verb ("Y is doing well") gives no name, and a
// place closing the question ("at the spring fair") need not be in the
// sentence that names Y.
func TestNamingAPerson(t *testing.T) {
	f := newFixture(t)
	lund := f.person("Erik Lund", []string{"Lund"})
	berg := f.person("Ann Berg", []string{"Berg"})
	text := "Erik Lund spoke for an hour at the spring fair in Halden on Saturday.\n\n" +
		"He went on to call Berg \u201cthe worst mayor this county has had.\u201d\n\n" +
		"Ann Berg is doing better than Erik Lund in the polls.\n"
	art := f.article("a.txt", "Coast Post", "2025-05-03", text)
	f.mention(lund, art, "Erik Lund")
	f.mention(berg, art, "Ann Berg")
	f.fact(art, "Erik Lund spoke for an hour at the spring fair in Halden on Saturday.", []int{lund})
	f.fact(art, "He went on to call Berg \u201cthe worst mayor this county has had.\u201d", []int{berg})
	f.fact(art, "Ann Berg is doing better than Erik Lund in the polls.", []int{berg, lund})
	checkAsks(t, f.build(), []askCase{
		{"a person named", "what did erik lund call ann berg", "the worst mayor this county has had"},
		{"a place closing the question", "what did erik lund call ann berg at the spring fair", "the worst mayor this county has had"},
	})
}

package person_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/person"
)

// TestOnePersonPerIndividual: the forms an article writes for one person
// or organisation, after naming it in full, are that one entity.
func TestOnePersonPerIndividual(t *testing.T) {
	tests := []struct {
		name string
		text string
		form string // as written later in the text
		want string // the canonical name it resolves to
	}{
		{"first name alone after the full name", "The inquiry by Sir Ronald Pell ended. Sir Ronald said the rules were broken.", "Ronald", "Ronald Pell"},
		{"surname with a particle", "The club sacked Joris ten Brink on Monday. Ten Brink thanked the fans.", "Ten Brink", "Joris ten Brink"},
		{"surname without its particle", "Coach Pieter van Doorn left. Later Doorn spoke.", "Doorn", "Pieter van Doorn"},
		{"acronym in parentheses", "The Federal Audit Office of Norland (FAON) opened a case. FAON said more would follow.", "FAON", "Federal Audit Office of Norland"},
		{"a title before the name is a role", "Associate Administrator Lena Dahl spoke first. Dahl said the crew was safe.", "Dahl", "Lena Dahl"},
		{"a surname transliterated two ways", "President Oleksandr Zabolotny spoke. Later President Oleksandr Zabolotnyy said more.", "Oleksandr Zabolotnyy", "Oleksandr Zabolotny"},
		{"organisation without its of-phrase", "The Federal Audit Office of Norland opened a case. The Federal Audit Office said more would follow.", "Federal Audit Office", "Federal Audit Office of Norland"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := articles(tt.text)
			r := person.Build(arts)
			id := r.Resolve(arts[0], tt.form, len(tt.text))
			require.NotEqual(t, corpus.NoPerson, id, "%q resolves to nobody", tt.form)
			assert.Equal(t, tt.want, r.Person(id).Name)
		})
	}
}

func TestFirstNameNeedsOnePerson(t *testing.T) {
	tests := []struct {
		name, text, form string
	}{
		{"two people of that first name", "Anna Holt met Anna Berg. Later Anna said no.", "Anna"},
		{"a common word is no first name", "Correction Appended to the story. It is a correction. Correction: none.", "Correction"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := articles(tt.text)
			r := person.Build(arts)
			assert.Equal(t, corpus.NoPerson, r.Resolve(arts[0], tt.form, len(tt.text)))
		})
	}
}

// TestMisspellingAcrossArticles: a surname spelt unlike anyone's of its
// article is a story's main actor as another outlet spells it, but in a
// corpus of many stories, someone else whom one article names.
func TestMisspellingAcrossArticles(t *testing.T) {
	var filler []string
	for range 40 {
		filler = append(filler, "Nothing of note happened in the valley that week.")
	}
	tests := []struct {
		name  string
		texts []string
		art   int    // the article that writes form
		form  string // as written there
		want  string // the person it means, "" for nobody known
	}{
		{"one story: a transliteration of its actor",
			[]string{"Minister Olena Hrytsenko resigned.", "Hrytsenko denied it.", "Hrytsanko was not reached."},
			2, "Hrytsanko", "Olena Hrytsenko"},
		{"many stories: someone else",
			append([]string{"Pollster Bruno Haynes spoke.", "Haines, a farmer, was not reached."}, filler...),
			1, "Haines", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := articles(tt.texts...)
			r := person.Build(arts)
			id := r.Resolve(arts[tt.art], tt.form, 0)
			if tt.want == "" {
				assert.Equal(t, corpus.NoPerson, id)
				return
			}
			require.NotEqual(t, corpus.NoPerson, id)
			assert.Equal(t, tt.want, r.Person(id).Name)
		})
	}
}

// TestHyphenatedWordsBeforeAName: a modifier in "-born" or "-based", and a
// hyphenated title, come before a name without being part of it.
func TestHyphenatedWordsBeforeAName(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a birthplace", "The Norland-born Ivo Tamm won the race.", "Ivo Tamm"},
		{"a base", "Harbour-based Rita Olsen spoke.", "Rita Olsen"},
		{"a hyphenated title", "Journal Editor-in-Chief Dora Lind replied.", "Dora Lind"},
		{"a hyphen inside a first name stays", "Ann-li Moss wrote back.", "Ann-li Moss"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := person.Build(articles(tt.text))
			byName(t, r, tt.want)
		})
	}
}

// TestAmpersandMakesAFirm: capitalised words joined by "&" are one
// organisation, not the person whose surname one of them is; so is a
// candidate's "Team".
func TestAmpersandMakesAFirm(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a law firm", "Managing partner Eva Lund spoke. The firm Lund & Berg said it had followed the rules.", "Lund & Berg"},
		{"at a sentence start", "Holt & Partners issued a statement on Friday.", "Holt & Partners"},
		{"a candidate's team", "Ann Vell spoke in Dunmore. Team Vell said the count was wrong.", "Team Vell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := person.Build(articles(tt.text))
			assert.Equal(t, corpus.KindOrg, byName(t, r, tt.want).Kind)
		})
	}
}

// TestHonorificKeepsGendersApart: a surname after "Mr." or "Mrs." is not
// the person of the other gender the article named in full, by the given
// names' table; a name of both genders ("Kelly") decides nothing.
func TestHonorificKeepsGendersApart(t *testing.T) {
	tests := []struct {
		name string
		text string
		form string // as written later in the text, at its end
		want string // the canonical name it resolves to, "" for a person of its own
	}{
		{"Mr. after a woman of the surname", "Ann Quill ran the mill. Mr. Quill said nothing.", "Mr. Quill", ""},
		{"Mrs. after a man, his wife named too", "Owen Brack and Jane Brack came. Mrs. Brack said it went well.", "Mrs. Brack", "Jane Brack"},
		{"Mr. after the man", "Owen Brack and Jane Brack came. Mr. Brack said it went well.", "Mr. Brack", "Owen Brack"},
		{"no honorific: the article's usual choice", "Owen Brack and Jane Brack came. Brack said it went well.", "Brack", "Owen Brack"},
		{"a given name of both genders", "Kelly Marr ran the mill. Mr. Marr said nothing.", "Mr. Marr", "Kelly Marr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := articles(tt.text)
			r := person.Build(arts)
			id := r.Resolve(arts[0], tt.form, len(tt.text)-len(tt.form)-len(" said nothing."))
			if tt.want == "" {
				if id != corpus.NoPerson {
					assert.NotContains(t, r.Person(id).Name, " ", "%q resolves to %q", tt.form, r.Person(id).Name)
				}
				return
			}
			require.NotEqual(t, corpus.NoPerson, id, "%q resolves to nobody", tt.form)
			assert.Equal(t, tt.want, r.Person(id).Name)
		})
	}
}

// TestHonorificLearntFromOtherArticles: when both given names of a
// couple are of both genders in the table ("Kim", "Lee"), what other
// articles call each by, where only one of them was named, decides
// "Mrs. Tarrow" in an article that names both, though the article
// introduced the husband first.
func TestHonorificLearntFromOtherArticles(t *testing.T) {
	elsewhere := []string{
		"Kim Tarrow opened the fair.\n\nMrs. Tarrow praised the volunteers.",
		"Lee Tarrow opened the mill.\n\nMr. Tarrow thanked the workers.",
	}
	tests := []struct {
		name string
		text string
		form string // written once, last in the text
		want string
	}{
		{"Mrs. where the husband came first", "Lee Tarrow and Kim Tarrow came.\n\nLee Tarrow spoke, then Mrs. Tarrow", "Mrs. Tarrow", "Kim Tarrow"},
		{"Mr. where the wife came first", "Kim Tarrow and Lee Tarrow came.\n\nKim Tarrow spoke, then Mr. Tarrow", "Mr. Tarrow", "Lee Tarrow"},
		{"no honorific: the one introduced first", "Lee Tarrow and Kim Tarrow came.\n\nKim Tarrow spoke, then Tarrow", "Tarrow", "Lee Tarrow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := articles(append(elsewhere, tt.text)...)
			r := person.Build(arts)
			a := arts[len(arts)-1]
			id := r.Resolve(a, tt.form, len(tt.text)-len(tt.form))
			require.NotEqual(t, corpus.NoPerson, id, "%q resolves to nobody", tt.form)
			assert.Equal(t, tt.want, r.Person(id).Name)
		})
	}
}

// TestNicknameInsideName: a quoted nickname between a name's parts
// leaves one person, named without it, whatever the marks.
func TestNicknameInsideName(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
	}{
		{"straight apostrophes", "Richard 'Dick' Lane, 70, ran the camp.", "Richard Lane"},
		{"curly double marks", "Officials said Sunita \u201cSuni\u201d Okafor will stay.", "Sunita Okafor"},
		{"the NYT's doubled apostrophes", "Officials said John ''Jack'' Roe will stay.", "John Roe"},
		{"after a title", "Former Marine Sgt. Paul \"Buck\" Mercer spoke.", "Paul Mercer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := person.Build(articles(tt.text))
			p := byName(t, r, tt.want)
			assert.Equal(t, corpus.KindPerson, p.Kind)
			for _, q := range r.People() {
				assert.NotContains(t, q.Name, "\"", "a nickname's mark in %q", q.Name)
			}
		})
	}
}

// TestTitleInsideRunMakesAPerson: a title inside a capitalised run,
// then a given name and a surname that is also an organisation word,
// is a person; the organisation words before the title still make the
// whole run an organisation.
func TestTitleInsideRunMakesAPerson(t *testing.T) {
	tests := []struct {
		name, text, want string
		kind             corpus.EntityKind
	}{
		{"a city's mayor", "Harbour City Mayor Don Times said the budget was late.", "Don Times", corpus.KindPerson},
		{"a governor", "Gov. Ann Herald spoke first.", "Ann Herald", corpus.KindPerson},
		{"no given name: the organisation", "Harbour City Mayor Office Times said it would wait.", "Harbour City Mayor Office Times", corpus.KindOrg},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := person.Build(articles(tt.text))
			assert.Equal(t, tt.kind, byName(t, r, tt.want).Kind)
		})
	}
}

// TestSharedSurnameStaysWithTheSubject: an article that writes about one
// person by surname, page after page, names a relative once; the surname
// after that is still its subject's, however long ago her full name was.
func TestSharedSurnameStaysWithTheSubject(t *testing.T) {
	text := "Carla Vance ran the mill for twenty years.\n\n"
	for i := 0; i < 40; i++ {
		text += "Vance hired more workers from the valley that season.\n\n"
	}
	text += "Her husband, Frank Vance, kept the books.\n\nVance said the mill would stay open.\n\nVance thanked the town."
	r := person.Build(articles(text))
	assert.Len(t, byName(t, r, "Frank Vance").Mentions, 1)
	assert.Len(t, byName(t, r, "Carla Vance").Mentions, 43)
}

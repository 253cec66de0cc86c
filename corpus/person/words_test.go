package person

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestKey(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Trump", "trump"},
		{"Donald J. Trump", "donald j trump"},
		{"  Donald \t  Trump\n", "donald trump"},
		{"Trump's", "trump"},
		{"TRUMP'S", "trump"},
		{"Trump\u2019s", "trump"},
		{"Trump's.", "trump's"},
		{"Jr.'s", "jr"},
		{"U.S.", "us"},
		{"a . b", "a b"},
		{". a", "a"},
		{"'s", ""},
		{"", ""},
		{"donald trump", "donald trump"},
		{"Zelenskyy\u00a0Volodymyr", "zelenskyy volodymyr"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Key(tt.in))
			assert.Equal(t, tt.want, slowKey(tt.in), "the general path agrees")
		})
	}
}

// FuzzKey checks the one-pass ASCII key against the general one.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"Donald J. Trump", "Trump's", " a . b ", "Jr.'s", "x\t\ny's"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if k, ok := asciiKey(s); ok && k != slowKey(s) {
			t.Fatalf("asciiKey(%q) = %q, slowKey = %q", s, k, slowKey(s))
		}
	})
}

// classOf must answer as has does for each word set it joins.
func TestClassOf(t *testing.T) {
	sets := []struct {
		name  string
		words map[string]bool
		cl    class
	}{{"stopCaps", stopCaps, clStopCap}, {"titles", titles, clTitle}, {"orgWords", orgWords, clOrg},
		{"placeFirst", placeFirst, clPlaceFirst}, {"placeWords", placeWords, clPlace}, {"calendar", calendar, clCalendar}}
	probe := []string{"The", "Sen.", "SENATE", "House's", "New", "york", "Monday", "Trump", "O'Brien", "Zelenskyy", "Jan.", "St.", ""}
	for _, set := range sets {
		for w := range set.words {
			probe = append(probe, w)
		}
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			for _, w := range probe {
				assert.Equal(t, has(set.words, w), classOf(w)&set.cl != 0, w)
			}
		})
	}
}

// keyIn, pairIn and keySet read and write a set of keys as m[Key(…)]
// does, for any text, and make no string for an ASCII name looked up.
func TestKeyHelpersAreKeyLookUps(t *testing.T) {
	set := map[string]bool{}
	forms := []string{
		"Brenn", "BRENN", "brenn", "Brenn's", "O'Dwyer", "Dr. Ola Brenn", " Ola  Brenn ",
		"Ola\vBrenn", "Ola\fBrenn", "Åsa", "ÅSA", "Lindqvist’s", "", "a-name-of-more-than-sixty-four-bytes-written-out-in-one-long-run-ok",
	}
	for i, f := range forms {
		if i%2 == 0 {
			keySet(set, f)
		}
	}
	want := map[string]bool{}
	for i, f := range forms {
		if i%2 == 0 {
			want[Key(f)] = true
		}
	}
	assert.Equal(t, want, set)
	for _, a := range forms {
		t.Run(a, func(t *testing.T) {
			assert.Equal(t, set[Key(a)], keyIn(set, a))
			for _, b := range forms[:4] {
				assert.Equal(t, set[Key(a+" "+b)], pairIn(set, a, b), "%q %q", a, b)
			}
		})
	}
	set["ola brenn"] = true
	allocs := testing.AllocsPerRun(100, func() {
		if !pairIn(set, "Ola", "Brenn") || !keyIn(set, "Ola Brenn") {
			t.Fatal("Ola Brenn is in the set")
		}
	})
	assert.Zero(t, allocs)
}

// NotAName and determinerWord read a word as its lower-cased form, for
// any text; they lower-case an ASCII word without copying it.
func TestNotANameReadsTheLowerCasedWord(t *testing.T) {
	cases := []struct {
		words []string
		want  bool
	}{
		{[]string{"Bill"}, false},             // a first name alone
		{[]string{"BILL"}, false},             // in capitals too
		{[]string{"Harbour", "Bill"}, true},   // a bill of the harbour
		{[]string{"Ola", "Brenn"}, false},     // a name
		{[]string{"Saturday"}, true},          // a day
		{[]string{"Northgate", "Act"}, false}, // not a thing this list knows
	}
	for _, c := range cases {
		t.Run(strings.Join(c.words, " "), func(t *testing.T) {
			if c.words[len(c.words)-1] == "Act" {
				c.want = has(things, "act")
			}
			assert.Equal(t, c.want, NotAName(c.words))
		})
	}
	for _, w := range []string{"The", "THE", "Their", "Ola", "Åsa", "ThE", "theirs"} {
		t.Run("determiner "+w, func(t *testing.T) {
			switch strings.ToLower(w) {
			case "the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your":
				assert.True(t, determinerWord(w))
			default:
				assert.False(t, determinerWord(w))
			}
		})
	}
	assert.Zero(t, testing.AllocsPerRun(50, func() { NotAName([]string{"Ola", "Brenn"}) }))
}

// appendFields and firstField split a name as strings.Fields does, for
// any text; TypeOf reads an ASCII name, and a corpus's publishers, with
// no string made.
func TestFieldsOfANameWithoutASlice(t *testing.T) {
	for _, s := range []string{"", " ", "Ola", " Ola  Brenn ", "the\tHarbour\nLedger", "Åsa\u00a0Lindqvist", "a\u2003b", "\xffOla Brenn", "Ola\vBrenn\f"} {
		t.Run(s, func(t *testing.T) {
			want := strings.Fields(s)
			assert.Equal(t, want, appendFields([]string{}, s))
			first, more := firstField(s)
			if len(want) == 0 {
				assert.Equal(t, "", first)
				assert.False(t, more)
				return
			}
			assert.Equal(t, want[0], first)
			assert.Equal(t, len(want) > 1, more)
		})
	}
	r := &Resolver{}
	r.noteOutlet("The Harbour Ledger")
	allocs := testing.AllocsPerRun(100, func() {
		if TypeOf("the Harbour Council") != TypeOrg || TypeOf("Sen. Ola Brenn") != TypePerson || r.TypeOf("the Harbour  Ledger") != TypeOutlet {
			t.Fatal("wrong type")
		}
	})
	assert.Zero(t, allocs)
}

// stripTitles' words joined are strings.Join's, a span of the name where
// one space stands between them, and it reads an ASCII name with no
// string made.
func TestStripTitlesJoins(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Sen. Ola Brenn", "Ola Brenn"},
		{" Sen.  Ola\tBrenn ", "Ola Brenn"},
		{"Interior Ministry", "Interior Ministry"},
		{"President", "President"},
		{"Dr. Åsa\u00a0Lindqvist", "Åsa Lindqvist"},
		{"", ""},
	} {
		t.Run(c.in, func(t *testing.T) {
			assert.Equal(t, c.want, stripTitles(c.in))
			f := strings.Fields(c.in)
			assert.Equal(t, strings.Join(f, " "), joinedIn(c.in, appendFields(nil, c.in)))
		})
	}
	allocs := testing.AllocsPerRun(100, func() {
		if stripTitles("Sen. Ola Brenn") != "Ola Brenn" {
			t.Fatal("title kept")
		}
	})
	assert.Zero(t, allocs)
}

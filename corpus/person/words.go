package person

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"factdesk/corpus/segment"
)

// The word classes below are English grammar and titles, not names: they
// tell a person's name from the title, place or organisation around it.

// titles are words that precede a name without being part of it
// ("US Secretary of State Marco Rubio", "Retired Lt. Gen. Michael Flynn").
var titles = segment.WordSet(`mr mrs ms miss dr prof professor sen senator rep reps representative gov governor
president presidents vice secretary state lt gen general col colonel capt captain sgt maj major adm admiral
retired former ambassador envoy special minister prime foreign chancellor mayor judge justice attorney
chief speaker leader majority minority rev reverend pope sir dame lord lady king queen prince princess
sheriff officer director commissioner chairman chairwoman chair deputy assistant press spokesman
spokeswoman first democratic republican democrat gop candidate nominee host anchor coach dean
congressman congresswoman sec supt gens sens vp ceo founder publisher editor correspondent aide adviser
advisor commander premier president-elect emir sheikh ayatollah cardinal bishop father sister brother
detective agent inspector lawyer pastor interior defense defence del delegate surrogate advocate administrator associate
magnate analyst economist strategist pollster consultant researcher scientist historian author writer
columnist commentator activist organizer actor actress singer rapper comedian businessman businesswoman
entrepreneur investor billionaire physician doctor nurse teacher student veteran reporter journalist
senators counsel`)

// orgWords make a capitalised run an organisation ("the White House",
// "Fox News", "Air Force One").
var orgWords = segment.WordSet(`house party department ministry committee campaign times post news journal agency
council senate congress administration office company inc corp corporation foundation institute
university college school court bureau network press service force federation union republic kingdom
association commission group center centre fund bank club church army navy forces police media tribune
herald review daily magazine radio tv television channel kremlin pentagon assembly parliament cabinet
government club league organization organisation coalition alliance movement project trust board
authority airlines ltd llc co express telegraph guardian gazette chronicle observer monitor wire
products industries systems holdings partners associates enterprises technologies laboratories
pharmaceuticals motors studios ventures securities team`)

// placeWords make a capitalised run a place, not a person.
var placeWords = segment.WordSet(`states york city county street avenue island islands river valley mountain mountains
east west north south beach airport square park hall hill bay lake coast gulf sea ocean atoll capitol
building tower plaza road station base strait peninsula america europe asia africa district province
region territory airbase harbor harbour field center heights springs falls`)

// placeFirst start place names ("New York", "Los Angeles", "Islamic State").
var placeFirst = segment.WordSet(`new los las san santa saint st fort mount port cape middle islamic united european
soviet great northern southern eastern western central greater`)

// stopCaps are capitalised at a sentence start but never start a name:
// function words, and the verbs that open a question or an order ("Does
// Ann Vell want …?", "See Vell's remarks"). "Will" and "May" are given
// names and stay out.
var stopCaps = segment.WordSet(`the a an in on at for but and or if when while this that these those it he she they
we i you his her their our my your its there here what who why how where after before during since
until as so yet also then thus later earlier meanwhile however still even just now today yesterday
tomorrow last next some many most all both each every no not one two three four five six seven eight
nine ten according asked said says told because although though once with without from by of to
despite under over into about among between against details context read more dear i'm i've i'd i'll
is was are were does did do has had have can could would should shall might must neither nor either like
unlike see perhaps maybe whatever another other others fellow several top`)

// particles are the lower-case words inside names (as written: "De
// Blasio" at a sentence start is a capitalised name of its own).
var particles = map[string]bool{"de": true, "van": true, "von": true, "der": true, "den": true, "da": true,
	"di": true, "del": true, "della": true, "du": true, "la": true, "le": true, "bin": true, "ibn": true, "al": true,
	"ten": true, "ter": true}

// things end capitalised runs that name a law or a member of a group, not
// a person: "the Crime Bill", "a Rohingya Muslim". (A group in the plural
// can speak: "fellow Republicans said".)
var things = segment.WordSet(`bill act amendment treaty accord accords doctrine law laws muslim christian jew
jewish catholic hindu sikh buddhist latino latina hispanic`)

// NotAName reports whether capitalised words name no person however they
// are used: party words alone ("Democratic", "Republican"), or a law or a
// group ("Crime Bill", "Rohingya Muslim").
func NotAName(words []string) bool {
	if len(words) == 0 {
		return true
	}
	// has lower-cases an ASCII word itself: only other text is lowered
	// here first.
	last, bill := words[len(words)-1], false
	if ascii(last) {
		bill = strings.EqualFold(last, "bill")
	} else {
		last = strings.ToLower(last)
		bill = last == "bill"
	}
	if has(things, last) && (len(words) > 1 || !bill) {
		return true // "Bill" alone is a first name
	}
	if len(words) == 1 && has(weekdays, strings.Trim(words[0], ".,")) {
		return true // "on Saturday, said": a day, not the verb's subject
	}
	if headlineCase(words) {
		return true
	}
	for _, w := range words {
		if !has(partyWords, w) {
			return false
		}
	}
	return true
}

// headlineWords are function words. Capitalised after a run's first word
// they are a headline's or a title's casing, no name's ("Smarter Than
// Ever", "Walk Of Fame", "Jane The Virgin", "Women Who Work"); "Will",
// "May" and "As" are left out, being parts of names too.
var headlineWords = segment.WordSet(`than with for and the of to in on at by from is are was were be been or nor
but not who whom what how why into over about against that this these those it its their his our your my
can has have had no does did`)

// headlineCase reports whether a function word in capitals follows a
// run's first word: inside the run, or last after a first word that is no
// given name ("Al From" is a person, "Tales From" is not).
func headlineCase(words []string) bool {
	for k := 1; k < len(words); k++ {
		w := words[k]
		if !isCap(w) || !has(headlineWords, w) {
			continue
		}
		if k < len(words)-1 || !IsGivenName(words[0]) {
			return true
		}
	}
	return false
}

// partyWords are adjectives of a party or camp, capitalised but no name
// ("Democratic claims"); other titles can be surnames (King, Dean).
var partyWords = segment.WordSet(`democratic republican democrat gop libertarian liberal conservative progressive`)

// calendar words break a run of capitals ("On Tuesday Trump said").
var calendar = segment.WordSet(`monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov
dec`)

// weekdays name nobody alone; a month may be a given name ("June").
var weekdays = segment.WordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// nameSuffixes follow a surname without being one.
var nameSuffixes = segment.WordSet(`jr sr ii iii iv`)

// Key folds a written form for comparison: lower case, curly apostrophes
// straight, periods and possessive endings dropped.
func Key(s string) string {
	if plainWord(s) {
		return strings.ToLower(s) // the common case: one plain word
	}
	if k, ok := asciiKey(s); ok {
		return k // a name of several words: one pass, one string
	}
	return slowKey(s)
}

// plainWord reports whether s is its key lower-cased: ASCII, with no
// period, space or apostrophe.
func plainWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c == '.' || c == ' ' || c == '\'' || c == '\t' || c == '\n' || c == '\r' {
			return false
		}
	}
	return true
}

// appendKey appends Key(s) to out when s is ASCII; ok is false, and out
// as it was, for other text.
func appendKey(out []byte, s string) ([]byte, bool) {
	if !plainWord(s) {
		return appendASCIIKey(out, s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out = append(out, c)
	}
	return out, true
}

// slowKey is Key for any text.
func slowKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "\u2019", "'")
	s = strings.TrimSuffix(s, "'s")
	s = strings.ReplaceAll(s, ".", "")
	return strings.Join(strings.Fields(s), " ")
}

// asciiKey is Key for ASCII text, in one pass: lower-cased, a final "'s"
// dropped, periods dropped, runs of space made one. ok is false for other
// text. It returns s itself when s is its own key.
func asciiKey(s string) (string, bool) {
	var buf [64]byte
	out, ok := appendASCIIKey(buf[:0], s)
	if !ok {
		return "", false
	}
	if string(out) == s {
		return s, true
	}
	return string(out), true
}

// appendASCIIKey appends asciiKey(s) to out; ok is false, and out as it
// was, when s is not ASCII.
func appendASCIIKey(out []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return out, false
		}
	}
	t := strings.TrimSpace(s)
	if n := len(t); n >= 2 && t[n-2] == '\'' && (t[n-1] == 's' || t[n-1] == 'S') {
		t = t[:n-2]
	}
	space, from := false, len(out)
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '.':
			continue
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			space = true
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space && len(out) > from {
			out = append(out, ' ')
		}
		space = false
		out = append(out, c)
	}
	return out, true
}

// stackKey is Key(s) made in buf for ASCII text that fits it, else
// Key(s): a key to look up with and drop, never to keep, for it is only
// as lasting as buf.
func stackKey(buf *[64]byte, s string) string {
	if len(s) > len(buf) {
		return Key(s)
	}
	k, ok := appendKey(buf[:0], s)
	if !ok {
		return Key(s)
	}
	if len(k) == 0 {
		return ""
	}
	return unsafe.String(&k[0], len(k))
}

// appendFields appends strings.Fields(s) to dst: a name's words in an
// array of the caller's, not a slice made for each name.
func appendFields(dst []string, s string) []string {
	return AppendFieldsUpTo(dst, s, -1)
}

// AppendFieldsUpTo appends strings.Fields(s) to dst, stopping once dst
// holds max words (max < 0: no bound): a name's words in the caller's
// array, for the quotation stage's name readers too.
func AppendFieldsUpTo(dst []string, s string, max int) []string {
	start := -1
	for i, c := range s {
		switch {
		case unicode.IsSpace(c):
			if start >= 0 {
				if dst = append(dst, s[start:i]); max >= 0 && len(dst) >= max {
					return dst
				}
				start = -1
			}
		case start < 0:
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// keyIn is m[Key(s)] without Key's copy for ASCII text: the key is made
// on the stack, and Go looks a []byte key up in place.
func keyIn[V any](m map[string]V, s string) V {
	var buf [64]byte
	if k, ok := appendKey(buf[:0], s); ok {
		return m[string(k)]
	}
	return m[Key(s)]
}

// pairIn is keyIn(m, a+" "+b) without the joined copy either.
func pairIn[V any](m map[string]V, a, b string) V {
	var buf [64]byte
	if len(a)+1+len(b) > len(buf) {
		return m[Key(a+" "+b)]
	}
	j := append(append(append(buf[:0], a...), ' '), b...)
	var kb [64]byte
	if k, ok := appendKey(kb[:0], unsafe.String(&j[0], len(j))); ok {
		return m[string(k)]
	}
	return m[Key(a+" "+b)]
}

// keySet sets m[Key(s)], making the key's string only when m lacks it: a
// name written a thousand times is keyed once.
func keySet(m map[string]bool, s string) {
	var buf [64]byte
	if k, ok := appendKey(buf[:0], s); ok {
		if !m[string(k)] {
			m[string(k)] = true
		}
		return
	}
	m[Key(s)] = true
}

// has looks a word up in a word set by its Key, without allocating for
// ASCII words (keyIn).
//
// It is keyIn written out for a set: the generic call lets the compiler
// prove nothing of w, which then could not be a key made on the stack
// (stackKey).
func has(m map[string]bool, w string) bool {
	var buf [64]byte
	if k, ok := appendKey(buf[:0], w); ok {
		return m[string(k)]
	}
	return m[Key(strings.Clone(w))] // Key's slow path would let w escape
}

// class says which of the word sets of a run's rules hold a word.
type class uint8

const (
	clStopCap class = 1 << iota
	clTitle
	clOrg
	clPlaceFirst
	clPlace
	clCalendar
)

// classes joins the word sets makeCandidate and nameish ask about, so a
// word is lower-cased and hashed once for all of them.
var classes = func() map[string]class {
	m := map[string]class{}
	for _, set := range []struct {
		words map[string]bool
		cl    class
	}{{stopCaps, clStopCap}, {titles, clTitle}, {orgWords, clOrg}, {placeFirst, clPlaceFirst}, {placeWords, clPlace}, {calendar, clCalendar}} {
		for w, in := range set.words {
			if in {
				m[w] |= set.cl
			}
		}
	}
	return m
}()

// classOf is the classes of w: classOf(w)&clTitle != 0 is has(titles, w).
func classOf(w string) class { return keyIn(classes, w) }

// isCap reports whether a word starts with an upper-case letter.
func isCap(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return 'A' <= w[0] && w[0] <= 'Z' // most words, without decoding
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// stripPossessive removes a trailing 's or ’s (and a bare trailing
// apostrophe after s), reporting whether there was one.
func stripPossessive(w string) (string, bool) {
	n := len(w)
	if n < 3 || w[n-1] != 's' && w[n-1] != 'S' {
		return w, false // most words, at the cost of one byte compared
	}
	if w[n-2] == '\'' {
		return w[:n-2], true
	}
	if n > 4 && w[n-4:n-1] == "\u2019" {
		return w[:n-4], true
	}
	return w, false
}

// IsTitle reports whether w is a title or honorific, not part of a name.
func IsTitle(w string) bool { return has(titles, w) }

// nationKey folds a nationality or country to a comparable stem:
// "American", "America", "US" and "U.S." are one; "Russian" and "Russia"
// are one.
// demonym reports whether a capitalised word of a description can say
// where someone is from ("the Russian negotiator", "the US envoy"): a
// nation's adjective or short name. Other capitals in a description are an
// employer or a place of work ("the Kremlin aide", "the Nordline boss"),
// which a person's roles need not repeat.
func demonym(w string) bool {
	k := strings.ReplaceAll(Key(w), "-", "")
	switch k {
	case "us", "usa", "uk", "eu", "un", "america", "britain":
		return true
	}
	for _, suf := range []string{"an", "ese", "ish", "ch", "i", "ic"} {
		if strings.HasSuffix(k, suf) && len(k) > len(suf)+2 {
			return true
		}
	}
	return false
}

func nationKey(w string) string {
	k := strings.ReplaceAll(Key(w), "-", "")
	switch k {
	case "us", "usa", "american", "america", "americans":
		return "us"
	case "uk", "british", "britain":
		return "uk"
	}
	if len(k) < 5 {
		return ""
	}
	return k[:5]
}

// roleClasses group head nouns that describe the same function, so "the
// American diplomat" finds the person the articles call "US envoy".
var roleClasses = map[string]int{}

func init() {
	for i, group := range []string{
		`diplomat envoy ambassador negotiator emissary representative secretary`,
		`aide adviser advisor assistant counselor counsellor spokesman spokeswoman spokesperson`,
		`president leader dictator ruler head premier chancellor king`,
		`senator lawmaker congressman congresswoman legislator republican democrat rep`,
		`pollster strategist analyst consultant`,
		`candidate nominee challenger contender`,
		`boss ceo executive chairman chairwoman director manager owner founder`,
	} {
		for _, w := range strings.Fields(group) {
			roleClasses[w] = i + 1
		}
	}
}

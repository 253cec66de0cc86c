package person

import (
	"strings"
	"unsafe"

	"factdesk/corpus"
	"factdesk/corpus/lex"
	"factdesk/corpus/segment"
)

// EntityType is what a written name or description names, as a reader
// tells it from its words: only people and organisations (outlets among
// them) speak; a place, an event or a title of a work does not.
type EntityType uint8

const (
	TypeUnknown EntityType = iota
	TypePerson
	TypeOrg
	TypeOutlet
	TypePlace
	TypeEvent
	TypeWork
)

var typeNames = [...]string{"", "person", "org", "outlet", "place", "event", "work"}

func (t EntityType) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return ""
}

// Speaks reports whether an entity of type t can say something: a
// person, an organisation, an outlet, or what the words do not tell.
func (t EntityType) Speaks() bool {
	return t != TypePlace && t != TypeEvent && t != TypeWork
}

// outletWords end an outlet's name ("Fox News", "The Daily Beast",
// "Burlington Free Press", "Public Radio").
var outletWords = segment.WordSet(`news times post journal tribune herald gazette magazine radio tv television
channel daily press wire chronicle telegraph observer monitor beast voice register examiner dispatch
inquirer bulletin courier mirror sun independent guardian politico`)

// platforms are the social networks and broadcasters news cites by name
// alone: outlets a quotation is posted on or told to.
var platforms = segment.WordSet(`twitter facebook instagram youtube tiktok snapchat reddit linkedin telegram
whatsapp cnn msnbc nbc abc cbs pbs npr bbc reuters ap afp upi axios politico`)

// eventWords end an event's name or head its description ("the Iowa
// caucuses", "the Republican National Convention", "the Dunmore attacks").
var eventWords = segment.WordSet(`caucus caucuses primary primaries debate debates summit summits convention
election elections referendum rally rallies championship championships olympics games cup tournament
attack attacks bombing bombings shooting shootings massacre war hearing hearings inauguration festival
marathon parade ceremony vote`)

// partyEvents name parties, campaigns and groups when capitalised
// ("National Rally", "the Harbour Caucus" of lawmakers): only "the
// rally", "the caucus" are events.
var partyEvents = segment.WordSet(`rally rallies vote caucus`)

// workWords head a title of a work: the words before a quoted title ("the
// book "…"", "a show called "…"") or a description of one ("the clip").
var workWords = segment.WordSet(`book books film films movie movies show shows series program programme
programs song songs album albums play novel novels documentary podcast column op-ed essay article
headline episode sitcom musical memoir poem painting clip video ad advert commercial bill anthem hymn ballad
tune track opera report study`)

// shows are the works that are performed or played, not documents that
// speak for their author ("the book says", "the ad claims" are left to
// the statement sieve and the resolver).
var shows = segment.WordSet(`show shows film films movie movies series program programme programs song songs
album albums episode sitcom musical documentary podcast clip video`)

// showPeople make and present a programme: "the hosts of "…"".
var showPeople = segment.WordSet(`host hosts anchor anchors star stars creator creators producer producers
cast episode episodes edition season`)

// titling words name a work after them: "a show called "Harbour Nights"", "an
// essay titled "…"".
var titling = segment.WordSet(`called titled entitled dubbed named headlined`)

// TypeOf is the type of a written name or description from its own
// words: the head (last) word, a title before it, gazetteer words, outlet
// and event words, WordNet's commonest sense of the head.
func TypeOf(name string) EntityType {
	var fb [8]string // most names' words, on the stack
	f := appendFields(fb[:0], name)
	for len(f) > 0 && determinerWord(f[0]) {
		f = f[1:]
	}
	if len(f) == 0 {
		return TypeUnknown
	}
	for i, w := range f {
		if i > 0 && strings.EqualFold(w, "of") {
			f = f[:i] // "the Board of Elections", "the head of state"
			break
		}
	}
	last, _ := stripPossessive(strings.Trim(f[len(f)-1], ".,;:"))
	// The keys of the last and first words are read, never kept: made
	// on the stack (stackKey).
	var lb, fb0 [64]byte
	lk, k0 := stackKey(&lb, last), stackKey(&fb0, f[0])
	capital := isCap(last)
	switch {
	case classOf(f[0])&clTitle != 0 && capital && len(f) > 1 && !has(orgWords, lk):
		return TypePerson // "Sen. Ann Lord", "Mrs. Vell"
	case has(platforms, lk) && (capital || strings.ToUpper(last) == last):
		return TypeOutlet
	case has(eventWords, lk) && !(capital && has(partyEvents, lk)):
		return TypeEvent
	case has(shows, lk) && !capital:
		return TypeWork // "the clip", "a talk show"
	case capital && len(f) > 1 && has(outletWords, lk) && !titled(f):
		return TypeOutlet
	case has(orgWords, lk) || has(orgWords, k0) && len(f) > 1:
		return TypeOrg
	case capital && len(f) > 1 && has(orgWords, singular(lk)):
		return TypeOrg // "Harbour Relief Ministries", "Coastal Crisis Councils"
	case capital && len(f) > 1 && isCap(f[0]) && namedFirst[k0] != TypeUnknown:
		return namedFirst[k0]
	case capital && len(f) > 1 && classOf(last)&clPlace != 0:
		return TypePlace // "Lake County", "Central America"
	}
	if !capital {
		// WordNet's commonest sense of a description's head; its
		// locations are left out ("the source" is first a place).
		switch c := lex.FirstClass(lex.Lemma(strings.ToLower(last), lex.Noun), lex.Noun); {
		case c.Has(lex.NounPerson):
			return TypePerson // "the spokesman"
		case c.Has(lex.NounGroup):
			return TypeOrg // "the agency"
		}
	}
	return TypeUnknown
}

// namedFirst open the names of organisations and events, not people's:
// "Camp Harlow" is a summer camp, "Operation Tidewater" a police operation.
var namedFirst = map[string]EntityType{"camp": TypeOrg, "operation": TypeEvent}

// singular is a plural noun's singular, by its regular ending: "ministries"
// is "ministry", "councils" "council"; other words are themselves.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// titled reports whether a title stands inside a name before its last
// word: "Dunmore Mayor Ann Guardian" is a person, whatever her surname.
func titled(f []string) bool {
	for _, w := range f[:len(f)-1] {
		if classOf(w)&clTitle != 0 && !has(partyWords, w) {
			return true
		}
	}
	return false
}

func determinerWord(w string) bool { return segment.LowerIn(determinerWords, w) }

var determinerWords = segment.WordSet(`the a an this that his her its their our my your`)

// TypeOf is the type of a written name with what the corpus adds: the
// outlets that published its articles ("Breitbart", "the Guardian") are
// outlets wherever they are named.
func (r *Resolver) TypeOf(name string) EntityType {
	t := TypeOf(name)
	if r == nil || len(r.outlets) == 0 || t != TypeUnknown && t != TypeOrg {
		return t
	}
	var fb [8]string
	f := appendFields(fb[:0], name)
	for len(f) > 0 && determinerWord(f[0]) {
		f = f[1:]
	}
	if len(f) == 0 {
		return t
	}
	// Key of the words joined by one space is Key of the name from its
	// first word kept on, for ASCII: Key makes any run of space one.
	rest := name[uintptr(unsafe.Pointer(unsafe.StringData(f[0])))-uintptr(unsafe.Pointer(unsafe.StringData(name))):]
	var kb [64]byte
	if k, ok := appendKey(kb[:0], rest); ok {
		if _, ok := r.outlets[string(k)]; ok {
			return TypeOutlet
		}
		return t
	}
	if _, ok := r.outlets[Key(strings.Join(f, " "))]; ok {
		return TypeOutlet
	}
	return t
}

// noteOutlet records an article's publisher as an outlet's name.
func (r *Resolver) noteOutlet(outlet string) {
	k := Key(strings.TrimPrefix(strings.TrimPrefix(outlet, "The "), "the "))
	if k == "" {
		return
	}
	if r.outlets == nil {
		r.outlets = map[string]struct{}{}
	}
	r.outlets[k] = struct{}{}
}

// WorkTitle reports whether the quoted span [start, end) of text is a
// title of a work: its words are in title case and a work's noun or a
// titling word stands right before it ("the book "Harbour Nights"", "a
// show called "Harbour Nights"", "starred in "Harbour Nights""), or a work's noun
// right after it ("the "Harbour Nights" show").
func WorkTitle(text string, start, end int) bool {
	return workTitle(text, start, end, 2)
}

// workTitle is WorkTitle that follows a list of titles back at most
// depth quotations: 'starred in "A" and "B"' makes "B" a title too.
func workTitle(text string, start, end, depth int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	inner := strings.Fields(text[start:end])
	if !titleCase(inner) {
		return false
	}
	before := strings.Fields(text[max(0, start-40):start])
	if n := len(before); n > 0 {
		w := strings.ToLower(strings.Trim(before[n-1], "\"'\u201c\u2018,:"))
		switch {
		case has(workWords, w), w == "titled", w == "entitled", w == "headlined":
			return true
		case has(titling, w):
			// "a show called": not "called him "Crooked"", a nickname.
			for i := n - 2; i >= 0 && i >= n-4; i-- {
				if has(workWords, strings.ToLower(strings.Trim(before[i], ",:"))) {
					return true
				}
			}
		case w == "in" && n > 1 && strings.ToLower(before[n-2]) == "starred":
			return true
		case w == "of" && n > 1 && has(showPeople, strings.ToLower(before[n-2])):
			return true // "the hosts of "Harbour Mornings""
		case w == "told" || w == "tells" || w == "telling":
			return true // 'told "Harbour Mornings"': a programme was told
		case (w == "and" || w == "or") && depth > 0:
			if o, c, ok := quotedBefore(text, start-len(before[n-1])-1); ok {
				return workTitle(text, o, c, depth-1)
			}
		}
	}
	after := strings.Fields(text[end:min(len(text), end+30)])
	if len(after) > 0 {
		w := strings.ToLower(strings.Trim(after[0], "\"'\u201d\u2019,.:;"))
		if has(workWords, w) && w != "bill" {
			return true
		}
	}
	return false
}

// quotedBefore finds the quotation that closes right before offset at
// (spaces and a comma between): its marks' span, within 120 bytes.
func quotedBefore(text string, at int) (open, end int, ok bool) {
	at = min(max(at, 0), len(text))
	i := at
	for i > 0 && (text[i-1] == ' ' || text[i-1] == ',') {
		i--
	}
	var closer string
	switch {
	case strings.HasSuffix(text[:i], "\u201d"):
		closer = "\u201c"
	case strings.HasSuffix(text[:i], "\""):
		closer = "\""
	default:
		return 0, 0, false
	}
	end = i
	inner := i - len(closer)
	if closer == "\u201c" {
		inner = i - len("\u201d")
	}
	from := max(0, inner-120)
	j := strings.LastIndex(text[from:inner], closer)
	if j < 0 {
		return 0, 0, false
	}
	return from + j, end, true
}

// titleCase reports whether words read as a title: every word of four letters or more capitalised, and no end of a
// sentence inside.
func titleCase(words []string) bool {
	n := 0
	for _, w := range words {
		w = strings.Trim(w, "\"'\u201c\u201d\u2018\u2019,:;()")
		if w == "" {
			continue
		}
		n++
		if len(w) >= 4 && !isCap(w) {
			return false
		}
		if strings.HasSuffix(w, ".") && len(w) > 3 {
			return false
		}
	}
	return n >= 1
}

// kindFor is the kind of a new entity named name: its type where the
// words tell one, else an organisation when an organisation word made it
// one (org), else a person.
func (r *Resolver) kindFor(name string, org bool) corpus.EntityKind {
	return typeKind(r.TypeOf(name), org)
}

// typeKind is kindFor of a name whose type is t.
func typeKind(t EntityType, org bool) corpus.EntityKind {
	switch t {
	case TypeOutlet:
		return corpus.KindOutlet
	case TypePlace:
		return corpus.KindPlace
	case TypeEvent:
		return corpus.KindEvent
	case TypeWork:
		return corpus.KindWork
	}
	return kindOf(org)
}

// productHeads are the nouns a product's name modifies ("the Starliner
// capsule", "a Galaxy phone"): a thing made and sold, which its maker
// speaks for.
var productHeads = segment.WordSet(`spacecraft capsule capsules rocket rockets jet jets airliner airliners
aircraft plane planes helicopter helicopters drone drones car cars truck trucks vehicle vehicles
shuttle spaceship satellite satellites rover lander probe missile missiles phone phones smartphone
smartphones tablet tablets laptop laptops console consoles app apps software chatbot`)

// productWords are the last words of names the corpus writes as a
// modifier of a product's noun ("Starliner" of "Starliner capsule"),
// by Key.
func productWords(arts []*corpus.Article, cands []candidate) map[string]bool {
	var out map[string]bool
	for _, c := range cands {
		if c.art < 0 || c.art >= len(arts) || arts[c.art] == nil || len(c.words) == 0 {
			continue
		}
		if w := nextWord(arts[c.art].Text, c.span.End); w != "" && has(productHeads, w) {
			if out == nil {
				out = map[string]bool{}
			}
			out[Key(c.words[len(c.words)-1])] = true
		}
	}
	return out
}

// nextWord is the lower-case word right after offset at, one space
// between: "" when it is capitalised or another mark comes first.
func nextWord(text string, at int) string {
	if at < 0 || at+1 >= len(text) || text[at] != ' ' {
		return ""
	}
	rest := text[at+1:]
	n := 0
	for n < len(rest) && n < 20 && (rest[n] >= 'a' && rest[n] <= 'z') {
		n++
	}
	if n == 0 || n < len(rest) && (rest[n] >= 'A' && rest[n] <= 'Z' || rest[n] == '-') {
		return ""
	}
	return rest[:n]
}

// productName reports whether a person's name of several words is a
// product's ("Boeing Starliner"): its last word modifies a product's noun
// somewhere in the corpus (products), its first is no given name, so a
// maker's name stands where a first name would, and no one with a given
// name bears that last word (people: "the Vell plane" is a campaign's,
// and "Unlike Ann Vell", a name the scanner ran on, still a Vell).
func productName(name string, products, people map[string]bool) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	sn := Key(surnameOf(f))
	return products[sn] && !people[sn] && !givenName(f[0])
}

// givenName reports whether the given-name table holds word.
func givenName(word string) bool {
	var buf [40]byte
	k, ok := givenKey(&buf, word)
	return ok && givenLookup(givenNames, k) != 0
}

// givenSurnames are, by Key, the surnames of the people whose names
// begin with a given name ("Hillary Clinton"), when products holds any
// name at all: the names a product's cannot be.
func (r *Resolver) givenSurnames(products map[string]bool) map[string]bool {
	if len(products) == 0 {
		return nil
	}
	out := map[string]bool{}
	for id, p := range r.people {
		if f := strings.Fields(p.Name); len(f) > 0 && p.Kind == corpus.KindPerson && products[r.surname[id]] && givenName(f[0]) {
			out[r.surname[id]] = true
		}
	}
	return out
}

package person

import (
	"factdesk/corpus/lex"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/segment"
)

// candidate is one capitalised run that may name a person or organisation.
type candidate struct {
	art    int
	span   corpus.Span // the name itself, titles excluded
	words  []string    // its words as written, possessive dropped
	text   string      // the name as written ("Donald J. Trump")
	org    bool
	titled bool // a title came right before it ("Mr.", "Sen.", "President")
	start  bool // it opens its sentence
	roles  []string
}

// quoteState is whether reading is inside a quotation after gap, from
// whether it was before: a curly mark opens or closes one, a straight
// one toggles.
func quoteState(in bool, gap string) bool {
	for _, r := range gap {
		switch r {
		case '\u201c':
			in = true
		case '\u201d':
			in = false
		case '"':
			in = !in
		}
	}
	return in
}

// roleStop ends a role phrase walking back from a name.
var roleStop = segment.WordSet(`the a an and or but by with to from for between of in on at as that which who
said says told tells met is was are were has have had will would can could should may might must did
does do be been being than like after before during since about against among into over under while
when where also then thus not no so if its his her their our my your this these those it he she they
we i you what asked called named tell call ask maybe thank congratulate`)

// sentence is a sentence of a body paragraph with its pronoun score (see
// pronounScore), kept so gender is learnt without reading the text again.
type sentence struct {
	art  int
	span corpus.Span
	g    int // the pronouns after its first name
	all  int // every pronoun of it, for a sentence that names nobody
}

// scanNames finds the capitalised runs of paragraph p, and its sentences;
// sc holds what scanning reuses from one sentence to the next.
func scanNames(a *corpus.Article, p corpus.Paragraph, out []candidate, sents []sentence, sc *scratch) ([]candidate, []sentence) {
	text := a.Text
	if sc.lower == nil {
		sc.lower = map[string]struct{}{}
	}
	// quoted: whether reading is inside a quotation, whose "he" and
	// "she" are the speaker's words about others ("He cares about
	// farmers," Ann Lund said), no clue to the speaker's gender.
	quoted, prev := false, -1
	// The engine splits the sentences once for every stage (segment.Split).
	for _, sent := range segment.SentencesOf(text, a.Sentences, p) {
		sc.toks = segment.AppendWords(sc.toks[:0], text, sent)
		toks := sc.toks
		first := true
		// Only the pronouns after the sentence's first name count: one
		// before it means someone named earlier ("His talk with Vell
		// …" says nothing of Vell).
		g, all, named := 0, 0, false
		for _, t := range toks {
			if prev >= 0 && prev <= t.Span.Start {
				quoted = quoteState(quoted, text[prev:t.Span.Start])
			}
			prev = t.Span.End
			ps := pronounScore(t.Text)
			if quoted {
				ps = 0
			}
			all += ps
			if named {
				g += ps
			} else if ps == 0 && nameish(t.Text) && classOf(t.Text)&clStopCap == 0 {
				named = true
			}
		}
		sents = append(sents, sentence{art: a.ID, span: sent, g: g, all: all})
		for i := 0; i < len(toks); {
			if !nameish(toks[i].Text) {
				if w := toks[i].Text; w != "" && 'a' <= w[0] && w[0] <= 'z' {
					sc.lower[w] = struct{}{}
				}
				i++
				first = false
				continue
			}
			j := i + 1
			_, poss := stripPossessive(toks[i].Text)
			org := classOf(toks[i].Text)&clOrg != 0
			nick := false
			for !poss && j < len(toks) {
				if !nick && nickAt(text, toks, j) {
					// Richard "Dick" Lane: one person, whose nickname is
					// neither a name of its own nor a part of the name.
					toks = slices.Delete(toks, j, j+1)
					nick = true
				} else if !joins(text, toks[j-1], toks[j]) {
					break
				}
				if !nameish(toks[j].Text) {
					// "the National Board of Port Safety",
					// "the Department of Justice": an organisation's name
					// goes on through "of".
					if org && toks[j].Text == "of" && j+1 < len(toks) && nameish(toks[j+1].Text) && joins(text, toks[j], toks[j+1]) {
						j++
						continue
					}
					// "Bill de Blasio", "Ludwig van Beethoven": a particle
					// between capitalised words of one name.
					if j+1 < len(toks) && particles[toks[j].Text] && nameish(toks[j+1].Text) && joins(text, toks[j], toks[j+1]) {
						j++
						continue
					}
					break
				}
				_, poss = stripPossessive(toks[j].Text)
				org = org || classOf(toks[j].Text)&clOrg != 0
				j++
			}
			if c, ok := makeCandidate(a, toks, i, j, first && leadsSentence(text, sent.Start, toks[i].Span.Start), sc); ok {
				if nick {
					c.text = "" // the name is its words, without the nickname
				}
				out = append(out, c)
			}
			first = false
			i = j
		}
	}
	return out, sents
}

// scratch is what scanNames reuses: the words of a sentence (nothing keeps
// the tokens, only substrings of the text), and the array the candidates'
// word lists are cut from.
type scratch struct {
	toks  []segment.Token
	words []string
	// lower are the words written in lower case: a capitalised word
	// among them is a common word ("Correction:"), no first name.
	lower map[string]struct{}
}

// keep returns a copy of ws cut from a shared array: a candidate's few
// words do not each need an allocation of their own.
func (sc *scratch) keep(ws []string) []string {
	if cap(sc.words)-len(sc.words) < len(ws) {
		sc.words = make([]string, 0, max(4096, len(ws)))
	}
	start := len(sc.words)
	sc.words = append(sc.words, ws...)
	return sc.words[start:len(sc.words):len(sc.words)] // capped: an append copies out
}

// name is the candidate as written, on one line.
func (c candidate) name() string {
	if c.text == "" {
		return strings.Join(c.words, " ")
	}
	if oneLine(c.text) {
		return c.text // most names: no copy
	}
	return strings.Join(strings.Fields(c.text), " ")
}

// oneLine reports whether s is already its words joined by single spaces:
// ASCII, no other space, none at either end or doubled.
func oneLine(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return false
		}
	}
	return true
}

// nameish reports whether a word can be part of a capitalised run.
func nameish(w string) bool {
	if !isCap(w) || contraction(w) {
		return false
	}
	return classOf(w)&clCalendar == 0
}

// contraction reports whether w is a verb with "not" run into it
// ("Don't", "Can’t", "Won't"): a question's first word, no name's.
func contraction(w string) bool {
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n\u2019t") ||
		strings.HasSuffix(w, "N'T") || strings.HasSuffix(w, "N\u2019T")
}

// allCaps reports whether w is an acronym like "US" or "NATO".
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// joins reports whether two words belong to one run: only spaces between
// them, or the period of an abbreviation or an initial ("Lt. Gen.", "J.").
func joins(text string, a, b segment.Token) bool {
	gap := text[a.Span.End:b.Span.Start]
	if strings.TrimSpace(strings.ReplaceAll(gap, "\u00a0", " ")) == "" {
		return gap != "" && !strings.Contains(gap, "\n")
	}
	if gap == " & " {
		return true // "Verrico & Associates", "Procter & Gamble": a firm's name
	}
	if strings.HasPrefix(gap, ".") && strings.TrimSpace(strings.ReplaceAll(gap[1:], "\u00a0", " ")) == "" {
		k := Key(a.Text)
		return len([]rune(a.Text)) == 1 || (titles[k] && len(k) <= 4)
	}
	return false
}

// nickAt reports whether toks[j] is a nickname quoted inside a name, one
// capitalised word between the name's parts: Richard "Dick" Lane, Ann
// 'Nan' Lee, John ”Jack” Roe (the NYT's doubled marks). Whether the
// name is a person's is for makeCandidate to say.
func nickAt(text string, toks []segment.Token, j int) bool {
	if j < 1 || j+1 >= len(toks) || !nameish(toks[j-1].Text) || !nameish(toks[j].Text) || !nameish(toks[j+1].Text) {
		return false
	}
	if _, poss := stripPossessive(toks[j-1].Text); poss {
		return false
	}
	open, shut := text[toks[j-1].Span.End:toks[j].Span.Start], text[toks[j].Span.End:toks[j+1].Span.Start]
	return strings.HasPrefix(open, " ") && quoteMarks(open[1:]) &&
		strings.HasSuffix(shut, " ") && quoteMarks(shut[:len(shut)-1])
}

// quoteMarks reports whether s is one quotation mark, or the NYT's two
// apostrophes.
func quoteMarks(s string) bool {
	switch s {
	case "\"", "'", "''", "\u201c", "\u201d", "\u2018", "\u2019":
		return true
	}
	return false
}

// leadsSentence reports whether only opening marks come before off.
func leadsSentence(text string, start, off int) bool {
	for _, r := range text[start:off] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// makeCandidate turns the run toks[i:j] into a candidate name.
func makeCandidate(a *corpus.Article, toks []segment.Token, i, j int, start bool, sc *scratch) (candidate, bool) {
	text := a.Text
	// Determiners and sentence-initial words are not names.
	for i < j && (classOf(toks[i].Text)&clStopCap != 0 || segment.LowerIn(statusWords, toks[i].Text)) {
		i++
		start = false
	}
	// "South Korean-born Ann Lee", "Oslo-based Ann Lee": a word whose
	// part after a hyphen is in lower case modifies the name after it.
	for k := i; k < j-1; k++ {
		if h := strings.IndexByte(toks[k].Text, '-'); h > 0 && lowerWord(toks[k].Text[h+1:]) {
			i, start = k+1, false
		}
	}
	if i >= j {
		return candidate{}, false
	}
	// The run's words without their possessive, read once: the rules
	// below look at each several times.
	var wbuf [8]string
	var cbuf [8]class
	ws, cls := wbuf[:0], cbuf[:0]
	for k := i; k < j; k++ {
		w, _ := stripPossessive(toks[k].Text)
		ws, cls = append(ws, w), append(cls, classOf(w))
	}
	word := func(k int) string { return ws[k-i] }
	is := func(k int, cl class) bool { return cls[k-i]&cl != 0 }
	// A generation's numeral after two name words or more ("Ann Lee
	// Vell III") ends the name as "Jr." does; it is no acronym.
	generation := j-i >= 3 && allCaps(word(j-1)) && has(nameSuffixes, word(j-1)) && !allCaps(word(j-2))
	acronym := func(k int) bool { return allCaps(word(k)) && !(generation && k == j-1) }
	// Titles and acronyms before the name are roles, not the name.
	n, caps := i, 0
	for k := i; k < j; k++ {
		if ac := acronym(k); ac || is(k, clTitle) || hyphenTitle(word(k)) {
			n = k + 1
			if ac {
				caps++
			}
		}
	}
	if caps >= 2 {
		return candidate{}, false // "CONGRESS HAS INVESTIGATED HIM": a shouted heading
	}
	// An organisation word in what is left makes the whole run an
	// organisation ("Senate Armed Services Committee"); one among the
	// titles does not ("Senate Majority Leader Mitch McConnell"). So
	// does an ampersand ("Verrico & Associates").
	amp := n < j && toks[n].Span.Start < endOf(toks[j-1]) && strings.Contains(text[toks[n].Span.Start:endOf(toks[j-1])], " & ")
	// "Harbour City Mayor Don Guardian": after a title, a given name and
	// one word more are a person's name, though the surname is an
	// organisation word too.
	titledPerson := n > i && j-n == 2 && !amp && !is(n, clOrg) && IsGivenName(word(n))
	for k := n; k < j && !titledPerson; k++ {
		if is(k, clOrg) || amp {
			c := candidate{art: a.ID, org: true, start: start, span: corpus.Span{Start: toks[i].Span.Start, End: endOf(toks[j-1])}}
			c.words = sc.keep(ws)
			c.text = c.span.Of(text)
			return c, true
		}
	}
	if n == j && j-i > 1 && is(j-1, clOrg) {
		// "White House": every word a title or an organisation word.
		c := candidate{art: a.ID, org: true, start: start, span: corpus.Span{Start: toks[i].Span.Start, End: endOf(toks[j-1])}}
		c.words = sc.keep(ws)
		c.text = c.span.Of(text)
		return c, true
	}
	// "… for Trade and Fisheries Policy Ines Varga": a run that
	// goes on a capitalised title past its small joining word starts
	// with the title's last words, common nouns, not with the name.
	if n == i && j-i > 2 && titleGoesOn(text, toks, i) {
		for n < j-2 && lex.Known(strings.ToLower(word(n)), lex.Noun) {
			n++
		}
	}
	titled := n > i
	if n >= j {
		return candidate{}, false
	}
	if is(n, clPlaceFirst) {
		return candidate{}, false
	}
	for k := n; k < j; k++ {
		if is(k, clPlace) || acronym(k) {
			return candidate{}, false
		}
	}
	if j-n > 4 || utf8.RuneCountInString(word(j-1)) < 2 {
		return candidate{}, false
	}
	if NotAName(ws[n-i:]) && (j-n < 2 || !describedPerson(text, endOf(toks[j-1]))) {
		return candidate{}, false
	}
	words := sc.keep(ws[n-i:])
	c := candidate{art: a.ID, words: words, titled: titled, start: start && !titled,
		span: corpus.Span{Start: toks[n].Span.Start, End: endOf(toks[j-1])}}
	c.text = c.span.Of(text)
	if role := preRole(text, toks, n); role != "" {
		c.roles = append(c.roles, role)
		if short := possessiveRole(role); short != "" && short != role {
			c.roles = append(c.roles, short)
		}
	} else if role := apposedRole(text, toks, n, j); role != "" {
		c.roles = append(c.roles, role)
	}
	if _, poss := stripPossessive(toks[j-1].Text); !poss {
		if role := postRole(text, c.span.End); role != "" {
			c.roles = append(c.roles, role)
		}
	}
	return c, true
}

// titleGoesOn reports whether the run at token i follows a capitalised
// title's joining word: "Affairs and", "Minister for".
func titleGoesOn(text string, toks []segment.Token, i int) bool {
	if i < 2 || !titleJoin[toks[i-1].Text] {
		return false
	}
	prev := toks[i-2]
	return nameish(prev.Text) && strings.TrimSpace(text[prev.Span.End:toks[i-1].Span.Start]) == "" &&
		strings.TrimSpace(text[toks[i-1].Span.End:toks[i].Span.Start]) == ""
}

// titleJoin are the small words inside a capitalised title.
var titleJoin = map[string]bool{"and": true, "for": true, "of": true}

// lowerWord reports whether w is three or more lower-case ASCII letters
// ("born", "based", "led"; not the "el" of "Dan-el").
func lowerWord(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// hyphenTitle reports whether a hyphenated word starts with a title
// ("Editor-in-Chief", "Commander-in-Chief").
func hyphenTitle(w string) bool {
	h := strings.IndexByte(w, '-')
	return h > 0 && classOf(w[:h])&clTitle != 0
}

// endOf is the end of a word without its possessive ending.
func endOf(t segment.Token) int {
	w, _ := stripPossessive(t.Text)
	return t.Span.Start + len(w)
}

// preRole is the description right before a name: "US President's envoy"
// in "between US President's envoy Steve Witkoff".
func preRole(text string, toks []segment.Token, n int) string {
	if n == 0 || !joins(text, toks[n-1], toks[n]) || !roleNoun(toks[n-1].Text) {
		return ""
	}
	k := n
	for k > 0 && n-k < 7 {
		t := toks[k-1]
		if !joins(text, t, toks[k]) {
			break
		}
		lw := strings.ToLower(t.Text)
		// "Secretary of State": "of" between capitalised words.
		if lw == "of" && k-1 > 0 && isCap(toks[k-2].Text) && isCap(toks[k].Text) {
			k--
			continue
		}
		// "Chief Adviser to the Harbour Board", "Ambassador to
		// Spain": "to" (and "the") between capitalised words, the title
		// before it holding a role's noun.
		if t2 := k - 2; lw == "the" && t2 > 0 && strings.ToLower(toks[t2].Text) == "to" && isCap(toks[k].Text) && titleTo(text, toks, t2) {
			k -= 2
			continue
		}
		if lw == "to" && isCap(toks[k].Text) && titleTo(text, toks, k-1) {
			k--
			continue
		}
		if !isCap(t.Text) && (roleStop[lw] || !roleNoun(t.Text) && !roleAdjectives[lw]) {
			break
		}
		if isCap(t.Text) && has(stopCaps, t.Text) || strings.ContainsAny(t.Text, "'\u2019") && !strings.HasSuffix(lw, "s") {
			break
		}
		k--
	}
	if k == n || (n-k == 1 && has(honorifics, toks[k].Text)) {
		return ""
	}
	if !describes(text, toks, k, n) {
		return ""
	}
	end := toks[n-1].Span.End
	if end < len(text) && text[end] == '.' && has(titles, toks[n-1].Text) {
		end++
	}
	return text[toks[k].Span.Start:end]
}

// titleTo reports whether toks[to] is a "to" that joins a capitalised
// title holding a role's noun right before it ("Secretary to", "Adviser
// to") to what follows it.
func titleTo(text string, toks []segment.Token, to int) bool {
	if to < 1 || strings.ToLower(toks[to].Text) != "to" || !joins(text, toks[to-1], toks[to]) || !joins(text, toks[to], toks[to+1]) {
		return false
	}
	w := toks[to-1].Text
	return isCap(w) && roleNoun(w)
}

// apposedRole is a role set off by commas before a name that a comma
// closes: "Its chief executive, Erik Lund, said" gives "chief executive".
func apposedRole(text string, toks []segment.Token, n, j int) string {
	if n == 0 || strings.TrimSpace(text[toks[n-1].Span.End:toks[n].Span.Start]) != "," {
		return ""
	}
	if end := toks[j-1].Span.End; end >= len(text) || text[end] != ',' {
		return ""
	}
	k := n
	for k > 0 && n-k < 4 {
		t := toks[k-1]
		lw := strings.ToLower(t.Text)
		if isCap(t.Text) || !(roleNoun(t.Text) || roleAdjectives[lw]) || k < n && strings.TrimSpace(text[t.Span.End:toks[k].Span.Start]) != "" {
			break
		}
		k--
	}
	if k == n || !roleNoun(toks[n-1].Text) {
		return ""
	}
	return text[toks[k].Span.Start:toks[n-1].Span.End]
}

// verbCues make the word after them a verb, not a noun: "to prevent
// Trump", "could represent Clinton", "he heard Witkoff".
var verbCues = segment.WordSet(`to will would can could should may might must did does do not never also he she they
we i you`)

// kin are nouns for a person that no verb shares an ending with ("to
// daughter Chelsea"); titles and role classes are the others.
var kin = segment.WordSet(`daughter son wife husband mother father brother sister grandson granddaughter
grandmother grandfather nephew niece cousin partner widow widower`)

// describes reports whether toks[k:n], found before a name, reads as a
// noun phrase describing the person: not a verb ("to prevent Trump"), not
// a lone adjective ("former Obama"), not a count ("20-point", "45 percent
// Obama").
func describes(text string, toks []segment.Token, k, n int) bool {
	// "former Obama", "Retired": one word that only qualifies a noun.
	if n-k == 1 && segment.LowerIn(roleAdjectives, toks[k].Text) {
		return false
	}
	for _, t := range toks[k:n] {
		if strings.IndexFunc(t.Text, unicode.IsDigit) >= 0 && !strings.HasSuffix(strings.ToLower(t.Text), "-year-old") {
			return false
		}
	}
	if k > 0 {
		prev := toks[k-1]
		first := Key(toks[k].Text)
		if segment.LowerIn(verbCues, prev.Text) && !isCap(toks[k].Text) && !titles[first] && roleClasses[first] == 0 && !kin[first] {
			return false
		}
		if strings.IndexFunc(prev.Text, unicode.IsDigit) >= 0 && joins(text, prev, toks[k]) {
			return false
		}
	}
	return true
}

// statusWords say when or how someone holds a role and never open a
// name, though a sentence's first word or a headline capitalises them:
// "Former Super League umpire Ann Berg" names the league, "Senior
// Labour figures" the party.
var statusWords = segment.WordSet(`former ex late senior veteran longtime retired outgoing incoming acting interim current`)

// roleAdjectives are the lower-case words a role is made of besides its
// nouns: "longtime Democratic pollster", "Putin's foreign policy adviser".
var roleAdjectives = segment.WordSet(`former top senior chief longtime retired foreign vice deputy special acting current
presidential political national policy press campaign state party defense defence security federal news
economic police executive general assistant associate lead leading veteran fellow conservative liberal
progressive local regional international military intelligence legal health finance financial trade
energy climate communications media public veteran longtime prominent influential outgoing incoming
interim founding tech business union labor labour world global white house county city district`)

// honorifics are titles too bare to describe anyone.
var honorifics = segment.WordSet(`mr mrs ms miss dr sir`)

// roleNoun reports whether w can end a description of a person: a title,
// or a noun for a person's function ("adviser", "pollster", "dictator").
func roleNoun(w string) bool {
	k := Key(w)
	if honorifics[k] {
		return false
	}
	if titles[k] || roleClasses[k] != 0 {
		return true
	}
	if len(k) < 4 || isCap(w) && !titles[k] {
		return false
	}
	for _, suf := range roleSuffixes {
		if strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

// roleSuffixes end the nouns for a person's function.
var roleSuffixes = []string{"er", "or", "ist", "ian", "man", "woman", "crat", "can", "ee", "ive", "ary", "ster", "ant", "ent", "eur", "ier"}

// possessiveRole keeps the part of a role from its last possessive on:
// "Russian dictator Vladimir Putin's aide" also reads "Putin's aide".
func possessiveRole(role string) string {
	f := strings.Fields(role)
	for i := len(f) - 2; i >= 0; i-- {
		if _, poss := stripPossessive(f[i]); poss {
			return strings.Join(f[i:], " ")
		}
	}
	return ""
}

// describedPerson reports whether the apposition after a name describes
// a person ("Dan Law, a former aide to the mayor,"): a run that reads
// like a law's or a group's name is then someone's.
func describedPerson(text string, end int) bool {
	rest := text[end:min(len(text), end+80)]
	if !strings.HasPrefix(rest, ", ") {
		return false
	}
	f := strings.Fields(rest[2:])
	if len(f) < 2 {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "a", "an", "the":
	default:
		return false
	}
	for k := 1; k < len(f) && k <= 4; k++ {
		w := strings.TrimRight(f[k], ",.;:")
		if roleNoun(w) {
			return true
		}
		if w != f[k] || !lowerWord(w) {
			return false // the apposition's head ends it
		}
	}
	return false
}

// postRole is an apposition after a name: ", a Nebraska Republican who has
// been critical of Trump's approach to Ukraine,".
func postRole(text string, end int) string {
	rest := text[end:min(len(text), end+300)]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	if !strings.HasPrefix(rest, ", ") {
		return ""
	}
	rest = rest[2:]
	lw := strings.ToLower(rest[:min(len(rest), 4)])
	if !strings.HasPrefix(lw, "a ") && !strings.HasPrefix(lw, "an ") && !strings.HasPrefix(lw, "the ") {
		return ""
	}
	stop := strings.IndexAny(rest, ",;:()\"\u201c\u201d\n")
	if dot := sentenceDot(rest); dot >= 0 && (stop < 0 || dot < stop) {
		stop = dot
	}
	if stop < 0 {
		stop = len(rest)
	}
	role := strings.TrimSpace(rest[:stop])
	f := strings.Fields(role)
	if n := len(f); n < 2 || n > 20 {
		return ""
	}
	// ", the answer is no": a clause, not an apposition.
	for _, w := range f[1:min(len(f), 5)] {
		lw := strings.ToLower(w)
		if lw == "who" || lw == "which" || lw == "that" {
			break
		}
		if clauseVerbs[lw] {
			return ""
		}
	}
	return role
}

var clauseVerbs = segment.WordSet(`is was are were has have had will would can could said says did does do be`)

// sentenceDot finds a period that ends a sentence (not "Rep." or "U.S.").
func sentenceDot(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		w := i
		for w > 0 && s[w-1] != ' ' {
			w--
		}
		word := s[w:i]
		if len([]rune(word)) <= 1 || has(titles, word) || strings.Contains(word, ".") {
			continue
		}
		return i
	}
	return -1
}

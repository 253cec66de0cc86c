package quote

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"factdesk/corpus"
	"factdesk/corpus/person"
	"factdesk/corpus/segment"
)

// reporting verbs, as lemmas; their inflected forms are generated below.
const lemmas = `say tell write add note reply respond continue offer ask explain state argue claim insist
warn declare announce tweet post recall acknowledge admit suggest describe conclude remark observe
comment answer predict complain charge contend urge promise vow joke quip concede maintain emphasize
emphasise stress repeat reiterate testify mention agree confirm deny report recount call counter
caution assert allege boast brag lament plead pledge proclaim scoff shout yell whisper wonder
speculate estimate theorize muse retort snap tout criticize criticise exclaim demand brand accuse
condemn dismiss label mock deride praise blast slam hail decry denounce laud attack compare dub
characterize portray lash scold chide`

var verbForms = map[string]string{}

// longForms are the forms long enough to match misspelt ("responsed").
var longForms []string

func init() {
	irregular := map[string][]string{
		"say": {"said", "says", "saying"}, "tell": {"told", "tells", "telling"},
		"write": {"wrote", "written", "writes", "writing"},
	}
	for _, l := range strings.Fields(lemmas) {
		if forms, ok := irregular[l]; ok {
			for _, f := range forms {
				verbForms[f] = l
			}
			verbForms[l] = l
			continue
		}
		verbForms[l] = l
		switch {
		case strings.HasSuffix(l, "e"):
			verbForms[l+"d"], verbForms[l+"s"], verbForms[l[:len(l)-1]+"ing"] = l, l, l
		case strings.HasSuffix(l, "y") && !strings.HasSuffix(l, "ay"):
			verbForms[l[:len(l)-1]+"ied"], verbForms[l[:len(l)-1]+"ies"], verbForms[l+"ing"] = l, l, l
		default:
			verbForms[l+"ed"], verbForms[l+"s"], verbForms[l+"ing"] = l, l, l
			// admit → admitted, admitting; snap → snapped
			if n := len(l); n >= 3 && strings.IndexByte("aeiou", l[n-2]) >= 0 && strings.IndexByte("aeiouwxy", l[n-1]) < 0 && strings.IndexByte("aeiou", l[n-3]) < 0 {
				verbForms[l+l[n-1:]+"ed"], verbForms[l+l[n-1:]+"ing"] = l, l
			}
		}
	}
	for f := range verbForms {
		if len(f) >= 7 {
			longForms = append(longForms, f)
		}
	}
}

// verbOf returns the reporting verb lemma of a word, tolerating one typo in
// long words ("responsed", "explaning").
func verbOf(w string) string {
	lw := strings.ToLower(w)
	if l, ok := verbForms[lw]; ok {
		return l
	}
	if len(lw) >= 7 && !isCap(w) {
		if l, ok := typos.Load(lw); ok {
			return l.(string)
		}
		l := ""
		for _, f := range longForms {
			// Participles are left out: "shooting" is not "shouting".
			if abs(len(f)-len(lw)) <= 1 && f[0] == lw[0] && !strings.HasSuffix(f, "ing") && levenshtein.ComputeDistance(f, lw) == 1 {
				l = verbForms[f]
				break
			}
		}
		typos.Store(lw, l)
		return l
	}
	return ""
}

// typos remembers which long words are misspelt verbs; the vocabulary of
// news is small enough to keep.
var typos sync.Map

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// tok is a word of a cue region with the punctuation before it.
type tok struct {
	text string
	span corpus.Span
	gap  string // what lies between the previous word (or region start) and this one
}

// tokens splits region s into words, keeping the gaps.
func tokens(text string, s corpus.Span) []tok {
	words := segment.Words(text, s)
	out := make([]tok, len(words))
	prev := s.Start
	for i, w := range words {
		out[i] = tok{text: w.Text, span: w.Span, gap: text[prev:w.Span.Start]}
		prev = w.Span.End
	}
	return out
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// mention is a speaker as a cue names it.
type mention struct {
	kind  int // mName, mPronoun, mDesc
	text  string
	span  corpus.Span
	from  int // first token index
	to    int // one past the last token
	plain bool
}

const (
	mNone = iota
	mName
	mPronoun
	mDesc
)

var pronouns = map[string]bool{"he": true, "she": true, "they": true}

// pronounOf returns the pronoun in a word, contractions included ("He’s").
func pronounOf(w string) string {
	lw := strings.ToLower(strings.ReplaceAll(w, "\u2019", "'"))
	if i := strings.IndexByte(lw, '\''); i > 0 {
		lw = lw[:i]
	}
	if pronouns[lw] {
		return lw
	}
	return ""
}

// determiners open a description of a speaker.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true}

// function words end a description or a name walking through a cue.
var function = set(`the a an and or but by with to from for between of in on at as that which who whom
whose is was are were has have had will would can could should may might must did does do be been
being than like after before during since about against among into over under while when where also
then thus not no so if it this these those there here what why how said says told after upon via per
through without within across amid toward towards however meanwhile instead moreover furthermore
indeed finally following nonetheless nevertheless`)

// adverbs may stand between a speaker and the verb ("Witkoff reportedly said").
var adverbs = set(`reportedly also later then once previously repeatedly recently further quickly simply
again still has had have would will was is had later earlier flatly angrily bluntly quietly publicly
privately separately initially finally jokingly sarcastically`)

// calendar words with timePrep before them make a time phrase that may
// stand between a speaker and the verb.
var calendar = set(`monday tuesday wednesday thursday friday saturday sunday morning night evening
afternoon week month year weekend`)

var months = set(`january february march april may june july august september october november december`)

var timePrep = set(`on last this next late early that`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// abbrevGap drops the period of an abbreviation before a comma or a
// parenthesis ("R-Ky., said", "(D-Wis.) said"), which ends no sentence.
func abbrevGap(g string) string {
	return strings.NewReplacer(".,", ",", ".)", ")").Replace(g)
}

// isAdverb reports whether a lower-case word is an adverb that may stand
// between a speaker and the verb: a listed one, or one in -ly ("cynically",
// "openly") that is not a noun like "family".
func isAdverb(w string) bool {
	if adverbs[w] {
		return true
	}
	return len(w) >= 6 && strings.HasSuffix(w, "ly") && !lyNouns[w]
}

var lyNouns = set(`family assembly supply monopoly anomaly rally ally belly bully jelly folly italy`)

// hasPunct reports whether a gap holds punctuation that ends a phrase.
func hasPunct(gap string) bool {
	return strings.ContainsAny(gap, ",;:.!?()\"\u201c\u201d\u2018\u2019\u2014\u2013") || strings.Contains(gap, " - ")
}

// nameAt reads a capitalised name starting at toks[k]: "Rep. Don Bacon",
// "Caddell", "The White House".
func nameAt(toks []tok, k int) (mention, bool) {
	if k >= len(toks) || !isCap(toks[k].text) {
		return mention{}, false
	}
	j := k
	lw := strings.ToLower(toks[k].text)
	if lw == "the" {
		j++
		if j >= len(toks) || !isCap(toks[j].text) || hasPunct(toks[j].gap) {
			return mention{}, false
		}
	} else if function[lw] || pronouns[lw] || verbOf(lw) != "" || lw == "i" || lw == "we" || lw == "you" || calendar[lw] || months[lw] {
		return mention{}, false
	}
	end := j + 1
	for end < len(toks) && isCap(toks[end].text) && joinGap(toks[end-1], toks[end].gap) && verbOf(toks[end].text) == "" {
		if _, poss := possessive(toks[end-1].text); poss {
			break
		}
		end++
	}
	caps := 0
	for _, t := range toks[j:end] {
		if len(t.text) > 1 && strings.ToUpper(t.text) == t.text {
			caps++
		}
	}
	if caps >= 2 {
		return mention{}, false // "CONGRESS HAS INVESTIGATED HIM": a shouted headline
	}
	m := mention{kind: mName, from: k, to: end, span: corpus.Span{Start: toks[k].span.Start, End: toks[end-1].span.End}}
	return m, true
}

// joinGap: two capitalised words are one name when only spaces (or the
// period of "Rep." or an initial) stand between them.
func joinGap(prev tok, gap string) bool {
	g := strings.TrimLeft(gap, ".")
	if gap == "." {
		return utf8.RuneCountInString(prev.text) == 1 // "G.K. Butterfield"
	}
	if strings.TrimSpace(strings.ReplaceAll(g, "\u00a0", " ")) != "" || g == "" {
		return false
	}
	if strings.HasPrefix(gap, ".") {
		return utf8.RuneCountInString(prev.text) == 1 || person.IsTitle(prev.text)
	}
	return true
}

func possessive(w string) (string, bool) {
	for _, s := range []string{"'s", "\u2019s"} {
		if strings.HasSuffix(w, s) {
			return strings.TrimSuffix(w, s), true
		}
	}
	return w, false
}

// npAt reads the speaker phrase starting at toks[k]: a pronoun, a name or a
// description ("the Russian diplomat", "a White House spokesman").
func npAt(toks []tok, k int) (mention, bool) {
	m, ok := npAtRaw(toks, k)
	if !ok {
		// "panel Chairman Rep. Jason Chaffetz": a role in lower case first.
		j := k
		for j < len(toks) && j-k < 2 && roleWord(toks, j) {
			j++
		}
		if j == k || j >= len(toks) || hasPunct(toks[j].gap) {
			return mention{}, false
		}
		if n, ok := nameAt(toks, j); ok {
			return n, true
		}
		return mention{}, false
	}
	if m.kind == mPronoun {
		return m, true
	}
	// "White House press secretary Josh Earnest", "Trump lawyer Marc
	// Kasowitz", "the Latvian journalist Dainis Ivans": the person is the
	// name after the role.
	last := -1
	for j := m.from; j < m.to; j++ {
		if !isCap(toks[j].text) {
			last = j
		}
	}
	if last > m.from && last+1 < m.to {
		if n, ok := nameAt(toks, last+1); ok && n.to == m.to {
			return n, true
		}
	}
	j := m.to
	for j < len(toks) && j-m.to < 3 && roleWord(toks, j) {
		j++
	}
	if j > m.to && j < len(toks) && !hasPunct(toks[j].gap) {
		if n, ok := nameAt(toks, j); ok {
			return n, true
		}
	}
	return m, true
}

// roleWord reports whether toks[j] is a lower-case word that can be part of
// a role before a name ("press secretary", "lawyer"), joined to what
// precedes it.
func roleWord(toks []tok, j int) bool {
	w := toks[j].text
	lw := strings.ToLower(w)
	return !isCap(w) && !hasPunct(toks[j].gap) && !function[lw] && !isAdverb(lw) && verbOf(lw) == "" && !pronouns[lw] && !determiners[lw]
}

func npAtRaw(toks []tok, k int) (mention, bool) {
	if k >= len(toks) {
		return mention{}, false
	}
	lw := strings.ToLower(toks[k].text)
	if pronounOf(lw) != "" {
		return mention{kind: mPronoun, from: k, to: k + 1, span: toks[k].span}, true
	}
	if m, ok := nameAt(toks, k); ok {
		if _, poss := possessive(toks[m.to-1].text); !poss {
			return m, true
		}
	}
	if !determiners[lw] && !isPossessiveName(toks, k) {
		return mention{}, false
	}
	end := k + 1
	for end < len(toks) && end-k <= 6 && !hasPunct(toks[end].gap) {
		w := strings.ToLower(toks[end].text)
		if function[w] || verbOf(w) != "" || isAdverb(w) {
			break
		}
		end++
	}
	if end == k+1 {
		return mention{}, false
	}
	return mention{kind: mDesc, from: k, to: end, span: corpus.Span{Start: toks[k].span.Start, End: toks[end-1].span.End}}, true
}

func isPossessiveName(toks []tok, k int) bool {
	_, poss := possessive(toks[k].text)
	return poss && isCap(toks[k].text)
}

// opensClause reports whether toks[k] starts a clause: the first word, after
// punctuation, or after a conjunction.
func opensClause(toks []tok, k int) bool {
	if k == 0 || hasPunct(toks[k].gap) {
		return true
	}
	switch strings.ToLower(toks[k-1].text) {
	case "and", "but", "that", "while", "when", "as", "because", "then", "so", "meanwhile", "also", "later", "even":
		return true
	}
	return false
}

// npBefore reads the speaker phrase that ends right before toks[k],
// skipping adverbs and an apposition ("Flynn, a top Trump surrogate, said").
func npBefore(toks []tok, k int) (mention, bool) { return npBeforeX(toks, k, true) }

func gapAt(toks []tok, j int) string {
	if j < len(toks) {
		return toks[j].gap
	}
	return ""
}

func npBeforeX(toks []tok, k int, appos bool) (mention, bool) {
	j := k
	for j > 0 && k-j < 4 && !hasPunct(gapAt(toks, j)) {
		w := strings.ToLower(toks[j-1].text)
		switch {
		case isAdverb(w):
			j--
			continue
		case calendar[w] && j > 1 && timePrep[strings.ToLower(toks[j-2].text)]:
			j -= 2 // "Trump on Tuesday said"
			continue
		}
		break
	}
	paren := false
	if j > 0 && strings.Contains(gapAt(toks, j), ")") {
		// "Rep. Jason Chaffetz (R-Utah) said"
		for a := j - 1; a > 0 && j-a <= 8; a-- {
			if strings.Contains(toks[a].gap, "(") {
				j, paren = a, true
				break
			}
		}
	}
	if j > 0 && appos && !paren && strings.Contains(gapAt(toks, j), ",") {
		// An apposition ("Michael Mulgrew, president of the United
		// Federation of Teachers, said"): the speaker is a name that opens
		// its clause before one of the commas.
		for a := j - 1; a > 0 && j-a <= 25; a-- {
			g := abbrevGap(toks[a].gap)
			if strings.ContainsAny(g, ".;!?:\"\u201c\u201d") {
				break
			}
			if !strings.Contains(g, ",") || !isCap(toks[a-1].text) {
				continue
			}
			if m, ok := npBeforeX(toks[:a], a, false); ok && m.kind == mName && opensClause(toks, m.from) && !strings.Contains(toks[m.from].gap, "(") {
				return m, true
			}
		}
	}
	if j == 0 || hasPunct(gapAt(toks, j)) && !strings.Contains(gapAt(toks, j), ",") && !paren {
		return mention{}, false
	}
	last := j - 1
	lw := strings.ToLower(toks[last].text)
	if determiners[lw] || function[lw] {
		return mention{}, false
	}
	if pronounOf(lw) != "" {
		return mention{kind: mPronoun, from: last, to: j, span: toks[last].span}, true
	}
	// Walk back over a name or a description.
	start := last
	for start > 0 && j-start < 7 && !hasPunct(toks[start].gap) {
		w := strings.ToLower(toks[start-1].text)
		if determiners[w] {
			start--
			break
		}
		if function[w] || verbOf(w) != "" || pronouns[w] {
			break
		}
		start--
	}
	// A run of capitals is a name; drop lower-case words before it.
	if isCap(toks[last].text) {
		s := last
		for s > start && isCap(toks[s-1].text) && joinGap(toks[s-1], toks[s].gap) {
			s--
		}
		if _, poss := possessive(toks[last].text); poss {
			return mention{}, false
		}
		if determiners[strings.ToLower(toks[start].text)] && start == s-1 {
			s = start // "the White House"
		}
		if lw := strings.ToLower(toks[s].text); function[lw] && lw != "the" {
			s++
		}
		if s > last {
			return mention{}, false
		}
		// "Mr. Morgan of the Sierra Club said": the person before "of".
		o := s - 1
		if o > 0 && strings.EqualFold(toks[o].text, "the") {
			o--
		}
		if o > 0 && o < s && strings.EqualFold(toks[o].text, "of") && isCap(toks[o-1].text) && !hasPunct(toks[o].gap) {
			if m, ok := npBeforeX(toks[:o], o, false); ok && m.kind == mName {
				return m, true
			}
		}
		return mention{kind: mName, from: s, to: j, span: corpus.Span{Start: toks[s].span.Start, End: toks[last].span.End}}, true
	}
	if !determiners[strings.ToLower(toks[start].text)] && !isPossessiveName(toks, start) {
		if strings.HasSuffix(lw, "s") && start == last {
			// "officials said": a speaker nobody named.
			return mention{kind: mDesc, from: last, to: j, span: toks[last].span}, true
		}
		return mention{}, false
	}
	return mention{kind: mDesc, from: start, to: j, span: corpus.Span{Start: toks[start].span.Start, End: toks[last].span.End}}, true
}

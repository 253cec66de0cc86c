package quote

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"factdesk/corpus/lex"

	"factdesk/corpus"
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

	// A word WordNet knows is spelt as meant ("changed" is no slip for
	// "charged").
	if len(lw) >= 7 && !isCap(w) && !lex.Known(lw, 0) {
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

// ForgetCache empties the cache of misspelt verbs: once a corpus is built,
// the words its build looked up (every long word no dictionary knows) are
// not the few a question asks, and kept they would be served beside the
// corpus, small strings scattered over pages of the build's garbage.
func ForgetCache() { typos.Clear() }

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

// function words end a description or a name walking through a cue.
var function = segment.WordSet(`the a an and or but by with to from for between of in on at as that which who whom
whose is was are were has have had will would can could should may might must did does do be been
being than like after before during since about against among into over under while when where also
then thus not no so if it this these those there here what why how said says told after upon via per
through without within across amid toward towards however meanwhile instead moreover furthermore
indeed finally following nonetheless nevertheless`)

// adverbs may stand between a speaker and the verb ("Witkoff reportedly said").
var adverbs = segment.WordSet(`reportedly also later then once previously repeatedly recently further quickly simply
again still has had have would will was is had later earlier flatly angrily bluntly quietly publicly
privately separately initially finally jokingly sarcastically`)

// calendar words with timePrep before them make a time phrase that may
// stand between a speaker and the verb.
var calendar = segment.WordSet(`monday tuesday wednesday thursday friday saturday sunday morning night evening
afternoon week month year weekend`)

var months = segment.WordSet(`january february march april may june july august september october november december`)

var timePrep = segment.WordSet(`on last this next late early that`)

// abbrevGap drops the period of an abbreviation before a comma or a
// parenthesis ("R-Ky., said", "(D-Wis.) said"), which ends no sentence.
func abbrevGap(g string) string {
	if !strings.Contains(g, ".") {
		return g // most gaps: no replacer work at all
	}
	return abbrevDots.Replace(g)
}

// abbrevDots is built once: a Replacer is safe for concurrent use, and
// building one per gap was a hot spot.
var abbrevDots = strings.NewReplacer(".,", ",", ".)", ")")

// isAdverb reports whether a lower-case word is an adverb that may stand
// between a speaker and the verb: a listed one, or one in -ly ("cynically",
// "openly") that is not a noun like "family".
func isAdverb(w string) bool {
	if adverbs[w] {
		return true
	}
	return len(w) >= 6 && strings.HasSuffix(w, "ly") && !lyNouns[w]
}

var lyNouns = segment.WordSet(`family assembly supply monopoly anomaly rally ally belly bully jelly folly italy`)

// hasPunct reports whether a gap holds punctuation that ends a phrase.
func hasPunct(gap string) bool {
	return strings.ContainsAny(gap, ",;:.!?()\"\u201c\u201d\u2018\u2019\u2014\u2013") || strings.Contains(gap, " - ")
}

// commVerb is verbOf widened by WordNet: any verb whose first or second
// sense is a verb of communication ("insisted", "barked", "elaborated").
// It is read only in a reporting position, never to end a name.
func commVerb(w string) string {
	if l := verbOf(w); l != "" {
		return l
	}
	if !isCap(w) && lex.IsCommunication(w) {
		return lex.Lemma(w, lex.Verb)
	}
	return ""
}

package load

import "strings"

// stopwords are English function words. Their share of a paragraph's words
// tells running prose (about 40 %) from menus, headlines and lists (under
// 20 %); the list is the core of jusText's, in lower case, with the
// apostrophe forms news text prints.
var stopwords = map[string]struct{}{
	"a": {}, "about": {}, "above": {}, "after": {}, "again": {}, "against": {}, "all": {},
	"almost": {}, "also": {}, "although": {}, "always": {}, "am": {}, "among": {}, "an": {},
	"and": {}, "another": {}, "any": {}, "anyone": {}, "anything": {}, "are": {}, "aren't": {},
	"around": {}, "as": {}, "at": {}, "back": {}, "be": {}, "became": {}, "because": {}, "become": {},
	"been": {}, "before": {}, "being": {}, "below": {}, "between": {}, "both": {}, "but": {},
	"by": {}, "can": {}, "can't": {}, "cannot": {}, "could": {}, "couldn't": {}, "did": {},
	"didn't": {}, "do": {}, "does": {}, "doesn't": {}, "doing": {}, "don't": {}, "done": {},
	"down": {}, "during": {}, "each": {}, "either": {}, "else": {}, "enough": {}, "even": {},
	"ever": {}, "every": {}, "few": {}, "for": {}, "from": {}, "further": {}, "get": {}, "gets": {},
	"getting": {}, "go": {}, "going": {}, "gone": {}, "got": {}, "had": {}, "hadn't": {}, "has": {},
	"hasn't": {}, "have": {}, "haven't": {}, "having": {}, "he": {}, "he's": {}, "her": {},
	"here": {}, "hers": {}, "herself": {}, "him": {}, "himself": {}, "his": {}, "how": {},
	"however": {}, "i": {}, "i'd": {}, "i'll": {}, "i'm": {}, "i've": {}, "if": {}, "in": {},
	"into": {}, "is": {}, "isn't": {}, "it": {}, "it's": {}, "its": {}, "itself": {}, "just": {},
	"last": {}, "least": {}, "less": {}, "let": {}, "let's": {}, "like": {}, "made": {}, "make": {},
	"many": {}, "may": {}, "me": {}, "might": {}, "more": {}, "most": {}, "much": {}, "must": {},
	"my": {}, "myself": {}, "neither": {}, "never": {}, "next": {}, "no": {}, "nobody": {},
	"none": {}, "nor": {}, "not": {}, "nothing": {}, "now": {}, "of": {}, "off": {}, "often": {},
	"on": {}, "once": {}, "one": {}, "only": {}, "onto": {}, "or": {}, "other": {}, "others": {},
	"otherwise": {}, "our": {}, "ours": {}, "ourselves": {}, "out": {}, "over": {}, "own": {},
	"per": {}, "perhaps": {}, "quite": {}, "rather": {}, "really": {}, "said": {}, "same": {},
	"say": {}, "says": {}, "see": {}, "seem": {}, "seemed": {}, "seems": {}, "several": {},
	"shall": {}, "she": {}, "she's": {}, "should": {}, "shouldn't": {}, "since": {}, "so": {},
	"some": {}, "somebody": {}, "someone": {}, "something": {}, "sometimes": {}, "still": {},
	"such": {}, "than": {}, "that": {}, "that's": {}, "the": {}, "their": {}, "theirs": {},
	"them": {}, "themselves": {}, "then": {}, "there": {}, "there's": {}, "therefore": {},
	"these": {}, "they": {}, "they're": {}, "they've": {}, "this": {}, "those": {}, "though": {},
	"through": {}, "thus": {}, "to": {}, "together": {}, "too": {}, "toward": {}, "towards": {},
	"under": {}, "until": {}, "up": {}, "upon": {}, "us": {}, "very": {}, "via": {}, "was": {},
	"wasn't": {}, "we": {}, "we're": {}, "we've": {}, "well": {}, "were": {}, "weren't": {},
	"what": {}, "whatever": {}, "when": {}, "whenever": {}, "where": {}, "whether": {}, "which": {},
	"while": {}, "who": {}, "whoever": {}, "whole": {}, "whom": {}, "whose": {}, "why": {},
	"will": {}, "with": {}, "within": {}, "without": {}, "won't": {}, "would": {}, "wouldn't": {},
	"yet": {}, "you": {}, "your": {}, "yours": {}, "yourself": {}, "yourselves": {},
}

// isStopword looks w up without allocating: words are lower-cased into a
// small buffer, and a curly apostrophe is read as a straight one.
func isStopword(w string) bool {
	if !mayBeStopword(w) {
		return false
	}
	var buf [16]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xe2 && i+2 < len(w) && w[i+1] == 0x80 && w[i+2] == 0x99: // U+2019
			c = '\''
			i += 2
		case c >= 0x80:
			return false
		}
		if n == len(buf) {
			return false
		}
		buf[n] = c
		n++
	}
	_, ok := stopwords[string(buf[:n])]
	return ok
}

// stopwordShapes[n][f] has bit l set when some stopword is n bytes long,
// starts with the letter 'a'+f and ends with 'a'+l, n counting a curly
// apostrophe as the three bytes it takes. No stopword starts or ends with
// an apostrophe and none has two, so these three numbers of a word, read
// without lower-casing the rest, turn most words away before the lookup.
var stopwordShapes = func() (t [maxStopwordBytes + 1][26]uint32) {
	for w := range stopwords {
		f, l := w[0]-'a', w[len(w)-1]-'a'
		if f >= 26 || l >= 26 || strings.Count(w, "'") > 1 {
			panic("load: stopword " + w + " does not fit the shape table")
		}
		t[len(w)][f] |= 1 << l
		if strings.Contains(w, "'") {
			t[len(w)+2][f] |= 1 << l // it’s
		}
	}
	return t
}()

// maxStopwordBytes is the longest stopword ("themselves"), in bytes.
const maxStopwordBytes = 12

// mayBeStopword is false when w cannot be a stopword by its shape. Words
// that do not start and end with an ASCII letter go to the full lookup.
func mayBeStopword(w string) bool {
	if len(w) > maxStopwordBytes {
		return false
	}
	if len(w) == 0 {
		return true
	}
	f, l := w[0]|0x20-'a', w[len(w)-1]|0x20-'a'
	if f >= 26 || l >= 26 || !isASCIILetter(w[0]) || !isASCIILetter(w[len(w)-1]) {
		return true
	}
	return stopwordShapes[len(w)][f]&(1<<l) != 0
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

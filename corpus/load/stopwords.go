package load

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

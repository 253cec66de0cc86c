package index

import (
	"regexp"
	"strings"
)

// A fragment typed fast writes some words as they are said, not as an
// article prints them: "im", "cos", "gonna", "tho", "w/". No corpus
// writes these, so each is an unknown word, which weighs most in a
// search, and the quotation's own words ("I'm", "because", "going to")
// go unmatched. Informal writes them back as printed. Apostrophes mends a
// contraction the corpus knows; these are the few informal forms of
// English that no apostrophe mends, or whose bare form is also a rare
// word ("cant", "wont"), so the corpus cannot tell them. The table is
// closed: English has these few and no resource lists them.

// informalForms maps an informal form, folded, to the words it stands for.
var informalForms = map[string]string{
	// contractions typed without their apostrophe that are too short for
	// Apostrophes, or are also rare words of their own
	"im": "i'm", "ive": "i've", "cant": "can't", "wont": "won't", "aint": "ain't",
	"dont": "don't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't",
	"wasnt": "wasn't", "arent": "aren't", "werent": "weren't", "havent": "haven't",
	"hasnt": "hasn't", "hadnt": "hadn't", "wouldnt": "wouldn't", "couldnt": "couldn't",
	"shouldnt": "shouldn't", "thats": "that's", "whats": "what's", "theres": "there's",
	"youre": "you're", "theyre": "they're", "youve": "you've", "theyve": "they've",
	"weve": "we've", "youll": "you'll", "theyll": "they'll", "itll": "it'll",
	// spoken and shortened forms
	"cos": "because", "coz": "because", "cuz": "because", "bc": "because",
	"gonna": "going to", "wanna": "want to", "gotta": "got to", "hafta": "have to",
	"kinda": "kind of", "sorta": "sort of", "outta": "out of", "lotta": "lot of",
	"gimme": "give me", "lemme": "let me", "dunno": "don't know",
	"tho": "though", "altho": "although", "thru": "through",
	"u": "you", "ur": "your", "ya": "you", "yall": "you all",
	"ppl": "people", "govt": "government", "pls": "please", "plz": "please",
}

// slashForms are the informal forms written with a slash, which the word
// tokenizer splits: "w/o" without, "b/c" because, "w/" with.
var slashForms = []struct {
	re   *regexp.Regexp
	full string
}{
	{regexp.MustCompile(`(?i)\bw/o\b`), "without"},
	{regexp.MustCompile(`(?i)\bb/c\b`), "because"},
	{regexp.MustCompile(`(?i)\bw/\s*`), "with "},
}

// Informal writes the informal forms of text (informalForms, slashForms)
// as an article prints them, and leaves every other word as typed. A
// letter of an abbreviation ("u" of "U.S.") is no word of its own.
func Informal(text string) string {
	if strings.Contains(text, "/") {
		for _, f := range slashForms {
			text = f.re.ReplaceAllString(text, f.full)
		}
	}
	var b strings.Builder
	last := 0
	for _, t := range Words.Tokenize(text) {
		full, ok := informalForms[Fold(text[t.Start:t.End])]
		if !ok || t.Start > 0 && text[t.Start-1] == '.' || t.End < len(text) && text[t.End] == '.' && t.End+1 < len(text) && text[t.End+1] != ' ' {
			continue
		}
		b.WriteString(text[last:t.Start])
		b.WriteString(full)
		last = t.End
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

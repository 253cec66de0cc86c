package answer

import (
	"regexp"
	"strings"

	"factdesk/corpus/index"
)

// A fragment typed fast writes some words as they are said, not as an
// article prints them: "im", "cos", "gonna", "tho", "w/". No corpus
// writes these, so each is an unknown word, which weighs most in a
// search, and the quotation's own words ("I'm", "because", "going to")
// go unmatched. informal writes them back as printed. index.Apostrophes
// mends a contraction the corpus prints; these are the informal forms of
// English that no apostrophe mends, or whose bare form is also a rare
// word ("cant", "wont"), so the corpus cannot tell them. The tables are
// closed: English has these few and no resource lists them.

// spokenForms map words typed as said, folded, to the words an article
// prints: beside the contractions and shorthands a question is read with
// (question.go), which are one word each, these may be two.
var spokenForms = map[string]string{
	"cos": "because", "coz": "because", "cuz": "because", "bc": "because",
	"gonna": "going to", "wanna": "want to", "gotta": "got to", "hafta": "have to",
	"kinda": "kind of", "sorta": "sort of", "outta": "out of", "lotta": "lot of",
	"gimme": "give me", "lemme": "let me", "dunno": "don't know",
	"tho": "though", "altho": "although", "thru": "through",
	"u": "you", "ur": "your", "ya": "you", "yall": "you all", "pls": "please", "plz": "please",
}

// informalForm is what an article prints for folded word w typed
// informally, and whether w is so typed.
func informalForm(w string) (string, bool) {
	if full, ok := contractions[w]; ok {
		return full, true
	}
	if full, ok := shorthands[w]; ok {
		return full, true
	}
	full, ok := spokenForms[w]
	return full, ok
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

// informal writes the informal forms of text (informalForm, slashForms)
// as an article prints them, and leaves every other word as typed. A
// letter of an abbreviation ("u" of "U.S.") is no word of its own.
func informal(text string) string {
	if strings.Contains(text, "/") {
		for _, f := range slashForms {
			text = f.re.ReplaceAllString(text, f.full)
		}
	}
	var b strings.Builder
	last := 0
	for _, t := range index.Words.Tokenize(text) {
		full, ok := informalForm(index.Fold(text[t.Start:t.End]))
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

// typedStop reports whether w, typed short for a word a search skips
// ("abt" for about), is the question word that search group word g was
// read from: the topic of "what did X say abt Y" is Y, and the short
// form, written by no article, would count as a word the quotation
// lacks.
func typedStop(w Word, g string) bool {
	return w.Fold != g && index.IsStop(w.Fold) && index.Fold(w.Text) == g
}

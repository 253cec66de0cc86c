package answer

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdesk/corpus/index"
)

// Texts for the shortcuts below: invented people, places and events.
var roleScanTexts = []string{
	"Port Authority chief Ona Vell said the quay would shut; deputy harbour master Ivo Dren agreed.",
	"The ferry board (led by Ana Kros) met; its treasurer, Lem Tassi, said nothing. Dr. Pell Orr left.",
	"Mara Quist will take charge as interim head of the ferry trust, the board said on Monday.",
	"Ivo Dren, 52, a pilot at the quay, was named as the new harbour warden. AS Lem Tassi wrote: \u201cNo.\u201d",
	"Sen. Ana Kros \u2014 \u00e1s ever \u2014 spoke for Rep. Ivo Dren as well as the \u00c9tienne Orr trust.",
}

// wordsBeforeAllTokens is wordsBefore as it was written first, tokenising
// all 120 bytes: the reference the shortcut must match.
func wordsBeforeAllTokens(text string, at int) []string {
	from := max(0, at-120)
	for from > 0 && from < at && text[from]&0xC0 == 0x80 {
		from++
	}
	seg := text[from:at]
	toks := index.Words.Tokenize(seg)
	var out []string
	for k := len(toks) - 1; k >= 0 && len(out) < roleTitle; k-- {
		end := len(seg)
		if k+1 < len(toks) {
			end = toks[k+1].Start
		}
		if gap := strings.TrimSpace(seg[toks[k].End:end]); gap != "" && !(gap == "." && abbreviation(toks[k].Term)) {
			break
		}
		w := toks[k].Term
		if roleBreak[index.Fold(w)] {
			break
		}
		if len(out) >= roleBefore && !isUpperWord(w) && !(titleJoin[strings.ToLower(w)] && isUpperWord(out[len(out)-1])) {
			break
		}
		out = append(out, w)
	}
	for len(out) > roleBefore && !isUpperWord(out[len(out)-1]) {
		out = out[:len(out)-1]
	}
	slices.Reverse(out)
	return out
}

// The words before a name, read up to the last clause mark only, are the
// words read from all 120 bytes, before every word of the texts.
func TestWordsBeforeSkipsPastClauses(t *testing.T) {
	for _, text := range roleScanTexts {
		for _, w := range index.Words.Tokenize(text) {
			assert.Equal(t, wordsBeforeAllTokens(text, w.Start), wordsBefore(text, w.Start), "before %q in %q", w.Term, text)
		}
	}
	assert.Equal(t, []string{"Port", "Authority", "chief"}, wordsBefore(roleScanTexts[0], strings.Index(roleScanTexts[0], "Ona")))
	assert.Equal(t, []string{"deputy", "harbour", "master"}, wordsBefore(roleScanTexts[0], strings.Index(roleScanTexts[0], "Ivo")))
}

// asRole skips the tokenising when the text cannot hold "as"; what it
// finds must not change.
func TestMayHoldAs(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"will take charge as interim head", true},
		{"AS Lem Tassi wrote", true},
		{"the last word of the quay", true}, // "last": a and s side by side
		{"Ona Vell said nothing more", false},
		{"\u00e1s ever", true}, // beyond ASCII: Fold might write it as "as"
		{"", false},
		{"a", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, mayHoldAs(tt.in), tt.in)
	}
	// Wherever it says no, no word of the text folds to "as".
	for _, text := range roleScanTexts {
		for i := range len(text) {
			rest := text[i:min(len(text), i+40)]
			if mayHoldAs(rest) {
				continue
			}
			for _, w := range index.Words.Tokenize(rest) {
				assert.NotEqual(t, "as", index.Fold(w.Term), "in %q", rest)
			}
		}
	}
	assert.Equal(t, []string{"interim", "head", "of"}, asRole(roleScanTexts[2], strings.Index(roleScanTexts[2], " will")))
}

// futureClause searches for its marks only in a clause holding "ll " or
// " to ": a mark ending otherwise would never be found.
func TestFutureMarksEndAsTheShortcutAssumes(t *testing.T) {
	for _, m := range futureMarks {
		assert.True(t, strings.HasSuffix(m, "ll ") || strings.HasSuffix(m, " to "), "%q", m)
	}
	tests := []struct {
		text string
		want bool
	}{
		{"The ferry trust will open the quay", true},
		{"The ferry trust IS SET TO open the quay", true},
		{"The ferry trust opened the quay", false},
		{"The ferry trust, which plans to grow, was fined", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, futureClause(tt.text, 0, len(tt.text)), tt.text)
	}
}

// marksEnd reads "ll " and " to " in a clause as written exactly as in
// the clause lowered with a space before it, which futureClause searched.
func TestMarksEndAsLowered(t *testing.T) {
	tests := []string{
		"The ferry trust WILL open the quay",
		"To open the quay",
		"to",
		"the toll road",
		"the tOll  road",
		"plans TO\tgrow",
		"Kelvin's KK gauge and İstanbul's Ll office",
		"She'LL return",
		"into the hall ",
		"a café ll to ",
		"\xff\xfell to the quay",
		"",
	}
	for _, clause := range tests {
		lowered := " " + strings.ToLower(clause)
		ll, to := marksEnd(clause)
		assert.Equal(t, strings.Contains(lowered, "ll "), ll, "%q", clause)
		assert.Equal(t, strings.Contains(lowered, " to "), to, "%q", clause)
	}
}

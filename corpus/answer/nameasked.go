package answer

import (
	"context"
	"strings"

	"factdesk/corpus/index"
)

// "What is the harbour inquiry's codename", "the port's new
// ferry, its name?" ask for a name: the answer line is the name the
// sentence gives, after a verb of naming ("dubbed Operation Lantern",
// "code-named “Lantern”", "known as …") or right after the question's
// own word for the thing ("the law firm Osk & Varde"). A sentence that
// gives none gives way to one that does.

// nameNouns ask for a name when the question asks what one is.
var nameNouns = map[string]bool{"name": true, "codename": true, "nickname": true, "moniker": true}

// givenNameVerbs, as the article writes them, open the name they give.
var givenNameVerbs = map[string]bool{"dubbed": true, "codenamed": true, "named": true, "called": true,
	"nicknamed": true, "titled": true, "entitled": true, "branded": true}

// asksName reports whether what-question qu asks for a name: a name noun
// with "the", "its" or "of" beside it, or that ends the question
// ("harbour inquiry codename?").
func asksName(qu Question) bool {
	if qu.Kind != KindWhat {
		return false
	}
	for i := qu.Body; i < len(qu.Words); i++ {
		if qu.Words[i].Upper || !nameNouns[qu.Words[i].Fold] {
			continue
		}
		prev, next := "", ""
		if i > 0 {
			prev = qu.Words[i-1].Fold
		}
		if i+1 < len(qu.Words) {
			next = qu.Words[i+1].Fold
		}
		// "what's his name" asks who; "its name" a thing's.
		if prev != "its" && possessives[prev] {
			continue
		}
		if next == "" || next == "of" || prev == "the" || prev == "its" {
			return true
		}
	}
	return false
}

// namedKind is the word for the thing whose name qu asks: the last word
// of the noun phrase after "name of" ("the harbour office that …": "office"),
// before a relative word or a verb; "" when the question gives none.
func namedKind(qu Question) string {
	i := qu.Body
	for i < len(qu.Words) && !nameNouns[qu.Words[i].Fold] {
		i++
	}
	if i+1 >= len(qu.Words) || qu.Words[i+1].Fold != "of" {
		return ""
	}
	kind := ""
	for k := i + 2; k < len(qu.Words); k++ {
		f := qu.Words[k].Fold
		if relativeWords[f] || participle(f) || verbForm(f) || auxiliaries[f] {
			break
		}
		if !index.IsStop(f) {
			kind = f
		}
	}
	return kind
}

// givenName is the name text gives: a short quotation or a capitalised
// run right after a verb of naming ("known as" too), else a capitalised
// run set right after the word for the thing (kind: "the legal firm Osk &
// Varde", "her last novel, The Quiet Harbour,"); it holds a word the
// question does not (terms, stems); "" when there is none.
func (a *Answerer) givenName(text, kind string, terms map[string]bool) string {
	toks := index.Words.Tokenize(text)
	for i, t := range toks {
		f := index.Fold(t.Term)
		opens := givenNameVerbs[f] || f == "as" && i > 0 && index.Fold(toks[i-1].Term) == "known"
		if opens && i+1 < len(toks) {
			if rest := strings.TrimLeft(text[t.End:], " "); strings.HasPrefix(rest, "“") || strings.HasPrefix(rest, "\"") {
				if q := shortQuote(rest); q != "" {
					return q
				}
			}
			if run := a.capitalRun(text, toks, i+1, terms); run != "" {
				return run
			}
		}
	}
	for i, t := range toks {
		if kind != "" && i+1 < len(toks) && a.stemOf(t.Term) == a.stemOf(kind) && !isUpperWord(t.Term) &&
			(text[t.End:toks[i+1].Start] == " " || text[t.End:toks[i+1].Start] == ", ") {
			if run := a.capitalRun(text, toks, i+1, terms); run != "" {
				return run
			}
		}
	}
	return ""
}

// nameJoiners stand in a name between its capitalised words.
var nameJoiners = map[string]bool{"of": true, "for": true, "the": true, "and": true, "in": true, "on": true, "to": true}

// capitalRun is the run of capitalised words of text from token k
// ("Operation Lantern", "Osk & Varde"), when it holds a word the question
// does not give; "" otherwise.
func (a *Answerer) capitalRun(text string, toks []index.Token, k int, terms map[string]bool) string {
	if k >= len(toks) || !namelike(toks[k].Term) || calendar[index.Fold(toks[k].Term)] {
		return ""
	}
	end, news := k, 0
	for {
		if !terms[a.stemOf(toks[end].Term)] {
			news++
		}
		next := end + 1
		if next+1 < len(toks) && nameJoiners[index.Fold(toks[next].Term)] && namelike(toks[next+1].Term) &&
			text[toks[next].End:toks[next+1].Start] == " " {
			next++ // "Case for Trump", "Bank of Lorn"
		}
		if next >= len(toks) || !namelike(toks[next].Term) {
			break
		}
		if gap := text[toks[end].End:toks[end+1].Start]; gap != " " && gap != "-" && gap != " & " {
			break
		}
		end = next
	}
	if news == 0 {
		return ""
	}
	return text[toks[k].Start:toks[end].End]
}

// sameName lists the documents that give name, the answer to a question
// for a thing's name ("what is the operation's codename"), as another
// outlet writes it: the name's own words, those the question does not
// give ("Lantern" of "Operation Lantern"), beside the question's names
// and another of its words (sameStatement). An outlet that writes
// "the Lantern case" or "code-named Lantern" reports the name too.
func (a *Answerer) sameName(ctx context.Context, name string, groups []index.Group, isName []bool) []index.Doc {
	terms := groupTerms(groups)
	var own []string
	for _, t := range index.Words.Tokenize(name) {
		if !terms[a.stemOf(t.Term)] {
			own = append(own, t.Term)
		}
	}
	if len(own) == 0 {
		return nil
	}
	return a.sameStatement(ctx, strings.Join(own, " "), groups, isName)
}

package answer

import (
	"strings"

	"factdesk/corpus/index"
)

// mediumNouns name what words are said on: "on what show did X say …"
// asks for the programme, channel or paper, not a town.
var mediumNouns = map[string]bool{"show": true, "program": true, "programme": true, "network": true,
	"channel": true, "podcast": true, "station": true, "broadcast": true, "radio": true, "tv": true,
	"television": true, "newspaper": true, "paper": true, "website": true, "site": true, "outlet": true}

// mediaWords, in a capitalised name, say that it names a medium ("Sean
// Hannity Show", "Boston Herald Radio", "Fox News").
var mediaWords = map[string]bool{"show": true, "radio": true, "tv": true, "news": true, "network": true,
	"channel": true, "podcast": true, "program": true, "programme": true, "live": true, "tonight": true,
	"hour": true, "today": true, "hour's": true, "times": true, "post": true, "journal": true, "herald": true}

// maxMediumLead bounds the words read between "on" and the medium's name
// ("on Wednesday's", "on the").
const maxMediumLead = 3

// medium is the name of the programme or channel that text says words
// were said on: the capitalised name after "on" (or after "interview
// with"), past a day or a determiner ("on Wednesday's “Sean Hannity
// Show”"), that holds a word of media or the kind asked (noun), or "".
func medium(text string, noun string) string {
	toks := index.Words.Tokenize(text)
	for i, t := range toks {
		f := index.Fold(t.Term)
		on := f == "on" || f == "with" && i > 0 && strings.HasPrefix(index.Fold(toks[i-1].Term), "interview")
		if !on {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+1+maxMediumLead; k++ {
			w := index.Fold(toks[k].Term)
			day := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if calendar[day] || determiners[w] || possessives[w] {
				continue // "on Wednesday's", "on the", "on his"
			}
			if !isUpperWord(toks[k].Term) {
				break
			}
			run := properRun(text, toks, k, 1)
			for _, rw := range strings.Fields(run) {
				if x := index.Fold(rw); mediaWords[x] || x == noun {
					return run
				}
			}
			break
		}
	}
	return ""
}

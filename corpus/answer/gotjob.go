package answer

import (
	"factdesk/corpus/index"
)

// "Who got the pilot's job", "when did she land the harbour post": to
// get a post is to be appointed to it, which is how articles write it
// ("the board appointed Ann Berg as pilot", "she was appointed in
// April"). The question is read as that passive, so the one appointed
// is the one asked, not a party who "got" anything.

// getVerbs are the forms of "get" and "land" that take a post.
var getVerbs = map[string]string{"got": "was appointed", "gets": "is appointed", "landed": "was appointed",
	"lands": "is appointed", "get": "be appointed", "land": "be appointed", "getting": "being appointed",
	"gotten": "been appointed"}

// gotPosts name a post one is appointed to ("got the job"; not "got her place").
var gotPosts = map[string]bool{"job": true, "post": true, "position": true, "role": true}

// doPast are the auxiliaries of a question with "get" after its subject
// ("when did she get the job"), and the copula of its passive.
var doPast = map[string]string{"did": "was", "does": "is", "do": "are"}

// gotPost is q with a form of "get" or "land" whose object is a post
// ("got the chief pilot job", "get the harbour post") read as being
// appointed to it ("was appointed chief pilot"), and a "did" that
// asks it ("when did she first get the job") as the passive's "was"; q
// itself when it holds none.
func gotPost(q string) string {
	toks := index.Words.Tokenize(q)
	for v, t := range toks {
		form, ok := getVerbs[index.Fold(t.Term)]
		if !ok {
			continue
		}
		// The object: an article or an owner, at most three words that
		// say which post, the post's noun, and nothing after it but a
		// small word or the end.
		k := v + 1
		if k < len(toks) && (determiners[index.Fold(toks[k].Term)] || possessives[index.Fold(toks[k].Term)]) {
			k++
		}
		head := -1
		for j := k; j < len(toks) && j <= k+3; j++ {
			f := index.Fold(toks[j].Term)
			if gotPosts[f] && (j+1 == len(toks) || index.IsStop(index.Fold(toks[j+1].Term)) || prepositions[index.Fold(toks[j+1].Term)]) {
				head = j
				break
			}
			if index.IsStop(f) {
				break
			}
		}
		if head < 0 {
			continue
		}
		out := q[:t.Start]
		if form == "be appointed" {
			// "when did she get": "when was she appointed".
			for d := v - 1; d >= 0 && d >= v-6; d-- {
				if be, ok := doPast[index.Fold(toks[d].Term)]; ok {
					out = q[:toks[d].Start] + be + q[toks[d].End:t.Start]
					form = "appointed"
					break
				}
			}
		}
		// The words that say which post stay ("appointed chief
		// pilot"); the post's noun and its article go: the sentence
		// that appoints someone seldom writes "job".
		if head > k {
			form += " " + q[toks[k].Start:toks[head-1].End]
		}
		return out + form + q[toks[head].End:]
	}
	return q
}

package index

// InArticle reports whether a document of article art (a quotation, fact
// or sentence of its body) holds the stemmed term: a lookup in the
// term's postings, where stemming the article's text again would cost a
// read of every word of it.
func (x *Index) InArticle(term string, art int) bool {
	if art < 0 || art >= len(x.artFirst) {
		return false
	}
	id, ok := x.terms.id(term)
	if !ok {
		return false
	}
	from, to := x.artFirst[art], int32(x.docs.len())
	if art+1 < len(x.artFirst) {
		to = x.artFirst[art+1]
	}
	if from >= to {
		return false
	}
	var c cursor
	if !x.textCursor(&c, id).advance(from) {
		return false
	}
	d, _ := c.cur()
	return d < to
}

package engine

// View returns an engine frozen on the corpus being served now: every call
// on it reads that one snapshot, whatever reloads happen meanwhile. A bot
// request takes one View and reads only it, so a /quotes page cannot mix
// two corpora. A View costs one small allocation; the snapshot it holds is
// shared, not copied. A View is for reading: Add and Reload belong to the
// live engine.
func (e *Engine) View() *Engine {
	v := &Engine{}
	v.cur.Store(e.snap())
	return v
}

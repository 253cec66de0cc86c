package goldmatch

// Quotes holds extracted quotations by file, each as the counts of its
// words, and matches gold quotations to them as ../shared/eval/score.py
// does.
type Quotes struct {
	byFile map[string][]entry
	words  map[int]int // an extraction's number of words
}

type entry struct {
	i     int
	count map[string]int
}

// NewQuotes returns an empty set of extractions.
func NewQuotes() *Quotes {
	return &Quotes{byFile: map[string][]entry{}, words: map[int]int{}}
}

// Add takes extraction i of file.
func (x *Quotes) Add(i int, file, text string) {
	w := Words(text)
	c := make(map[string]int, len(w))
	for _, s := range w {
		c[s]++
	}
	x.byFile[file] = append(x.byFile[file], entry{i: i, count: c})
	x.words[i] = len(w)
}

// Best is the extraction of file that holds the most of the gold words
// gw, at least half of them (the first added at a tie); -1 when none does.
func (x *Quotes) Best(file string, gw []string) int {
	hit, best := -1, 0.5
	for _, e := range x.byFile[file] {
		if s := Share(e.count, gw); s > best || s == best && hit < 0 {
			hit, best = e.i, s
		}
	}
	return hit
}

// Held is score.py's rule for a right extraction: it holds gold words
// (used of them, over every gold quotation matched to it) and is not much
// longer than them; a whole paragraph taken as a quotation is wrong.
func (x *Quotes) Held(i, used int) bool {
	return used > 0 && x.words[i] <= 2*used+3
}

// Share is the part of gw's words (with repeats) that have holds.
func Share(have map[string]int, gw []string) float64 {
	left := make(map[string]int, len(have))
	hit := 0
	for _, w := range gw {
		n, seen := left[w]
		if !seen {
			n = have[w]
		}
		if n > 0 {
			hit++
			n--
		}
		left[w] = n
	}
	return float64(hit) / float64(max(1, len(gw)))
}

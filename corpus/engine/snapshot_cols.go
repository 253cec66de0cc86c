package engine

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"time"

	"factdesk/corpus"
)

// Format 5 (4 of branch memmodel, with the index's compressed postings)
// writes the corpus's lists — articles and their paragraphs, people and
// their mentions, quotations, facts and their values, the two lists of
// clusters — as fixed-width little-endian numbers, one item after
// another, instead of gob: gob decoded them field by field through
// reflection, most of a start (3.7 of 6.8 s at 100,000 articles).
//
// Every string is a 4-byte code: 0 is "", 1 is "derived" (the article's
// text at the item's span, its file name, the speaker's name: most
// quotations', facts' and values' strings are, and a build leaves them
// pointing into the article), and 2+k is the k-th
// string of a table written first (each distinct string once: cues,
// outlets, norms and units repeat). The table is read into one string
// that every table string is a part of.
//
//	strings   count, each length (4 bytes), then their bytes
//	articles  count, paragraphs, cites; per article: file, text, title,
//	          paragraphs (span, kind, why), outlet, outlet_from, url,
//	          published (year 4, month 1, day 1), cites
//	people    count, aliases and roles, mentions; per person: name, kind,
//	          aliases, roles, mentions (article, span)
//	quotes    count; per quotation: article, file, text, span, paragraph,
//	          speaker id, speaker, mention, mention span, cue, form, cluster
//	facts     count, values, people; per fact: article, span,
//	          paragraph, values (kind, text, span, norm, num 8, unit),
//	          people, cluster
//	clusters  twice (quotations', facts'): count, members, articles; per
//	          cluster: members, articles
//
// A count is 4 bytes, followed by its items; a span is two 4-byte
// numbers; ids (article, paragraph, person, cluster) are 4 bytes, signed.
// An item's id is its place in its list and is not written. Totals come
// first so that each list's slices are cut from one array.

// String codes.
const (
	strEmpty   = 0
	strDerived = 1
	strTable   = 2
)

// colWriter appends numbers and string codes to b; the first error
// (a number that does not fit) sticks.
type colWriter struct {
	b    []byte
	ids  map[string]uint32
	strs []string
	err  error
}

func (w *colWriter) fail(format string, args ...any) {
	if w.err == nil {
		w.err = fmt.Errorf(format, args...)
	}
}

func (w *colWriter) u8(v uint8) { w.b = append(w.b, v) }

func (w *colWriter) u32(v int) {
	if v < 0 || v > math.MaxUint32 {
		w.fail("count %d out of range", v)
	}
	w.b = binary.LittleEndian.AppendUint32(w.b, uint32(v))
}

func (w *colWriter) i32(v int) {
	if v < math.MinInt32 || v > math.MaxInt32 {
		w.fail("number %d out of range", v)
	}
	w.b = binary.LittleEndian.AppendUint32(w.b, uint32(int32(v)))
}

func (w *colWriter) f64(v float64) {
	w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(v))
}

func (w *colWriter) span(s corpus.Span) { w.i32(s.Start); w.i32(s.End) }

// str writes s's code; derived says that s is what the reader derives.
func (w *colWriter) str(s string, derived bool) {
	switch {
	case s == "":
		w.u32(strEmpty)
		return
	case derived:
		w.u32(strDerived)
		return
	}
	id, ok := w.ids[s]
	if !ok {
		id = uint32(len(w.strs) + strTable)
		w.ids[s] = id
		w.strs = append(w.strs, s)
	}
	w.b = binary.LittleEndian.AppendUint32(w.b, id)
}

// textAt reports whether s is a's text at span sp.
func textAt(a *corpus.Article, sp corpus.Span, s string) bool {
	return sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(a.Text) && a.Text[sp.Start:sp.End] == s
}

// appendCorpusColumns appends c's lists to b in the layout above.
func appendCorpusColumns(b []byte, c *corpus.Corpus) ([]byte, error) {
	w := &colWriter{ids: map[string]uint32{}}
	// Sized once, from the counts, a little over: grown by doubling,
	// the copies were a third of laying a built corpus out again
	// (engine.compact).
	w.b = make([]byte, 0, itemsSize(c))
	art := func(what string, i, id int) *corpus.Article {
		if id < 0 || id >= len(c.Articles) {
			w.fail("%s %d: article %d out of range", what, i, id)
			return &corpus.Article{}
		}
		return c.Articles[id]
	}
	paras, cites := 0, 0
	for _, a := range c.Articles {
		paras += len(a.Paragraphs)
		cites += len(a.Cites)
	}
	w.u32(len(c.Articles))
	w.u32(paras)
	w.u32(cites)
	for i, a := range c.Articles {
		if a.ID != i {
			w.fail("article %d out of place", i)
		}
		w.str(a.File, false)
		w.str(a.Text, false)
		w.span(a.Title)
		w.u32(len(a.Paragraphs))
		for _, p := range a.Paragraphs {
			w.span(p.Span())
			w.u8(uint8(p.Kind))
			code, line := p.WhyCode()
			w.u8(code)
			w.i32(int(line))
		}
		w.str(a.Outlet, false)
		w.str(a.OutletFrom, false)
		w.str(a.URL, false)
		w.i32(a.Published.Year)
		w.u8(uint8(a.Published.Month))
		w.u8(uint8(a.Published.Day))
		w.u32(len(a.Cites))
		for _, s := range a.Cites {
			w.str(s, false)
		}
	}

	names, mentions := 0, 0
	for _, p := range c.People {
		names += len(p.Aliases) + len(p.Roles)
		mentions += len(p.Mentions)
	}
	w.u32(len(c.People))
	w.u32(names)
	w.u32(mentions)
	for i, p := range c.People {
		if p.ID != i {
			w.fail("person %d out of place", i)
		}
		w.str(p.Name, false)
		w.u8(uint8(p.Kind))
		for _, list := range [][]string{p.Aliases, p.Roles} {
			w.u32(len(list))
			for _, s := range list {
				w.str(s, false)
			}
		}
		w.u32(len(p.Mentions))
		for _, m := range p.Mentions {
			w.i32(int(m.Article))
			w.span(m.Span())
		}
	}

	w.u32(len(c.Quotes))
	for i, q := range c.Quotes {
		if int(q.ID) != i {
			w.fail("quotation %d out of place", i)
		}
		a := art("quotation", i, int(q.Article))
		w.i32(int(q.Article))
		w.str(q.File, q.File == a.File)
		w.str(q.Text, textAt(a, q.Span(), q.Text))
		w.span(q.Span())
		w.i32(int(q.Paragraph))
		w.i32(int(q.SpeakerID))
		w.str(q.Speaker, q.SpeakerID >= 0 && int(q.SpeakerID) < len(c.People) && q.Speaker == c.People[q.SpeakerID].Name)
		w.span(q.MentionAt())
		w.str(q.Cue, false)
		w.u8(uint8(q.Form))
		w.i32(int(q.Cluster))
	}

	values, people := 0, 0
	for _, f := range c.Facts {
		values += len(f.Values())
		people += len(f.People())
	}
	w.u32(len(c.Facts))
	w.u32(values)
	w.u32(people)
	for i, f := range c.Facts {
		a := art("fact", i, int(f.Article))
		w.i32(int(f.Article))
		w.span(f.Span())
		w.i32(int(f.Paragraph))
		w.u32(len(f.Values()))
		for _, v := range f.Values() {
			w.u8(uint8(v.Kind))
			w.str(v.Text, textAt(a, v.Span(), v.Text))
			w.span(v.Span())
			w.str(v.Norm, false)
			w.f64(v.Num)
			w.str(v.Unit.String(), false)
		}
		w.u32(len(f.People()))
		for _, id := range f.People() {
			w.i32(int(id))
		}
		w.i32(int(f.Cluster))
	}

	for _, cs := range [][]corpus.Cluster{c.QuoteClusters, c.FactClusters} {
		members, arts := 0, 0
		for _, cl := range cs {
			members += len(cl.Members())
			arts += len(cl.Articles())
		}
		w.u32(len(cs))
		w.u32(members)
		w.u32(arts)
		for _, cl := range cs {
			w.u32(len(cl.Members()))
			w.u32(len(cl.Articles()))
			for _, list := range [][]int32{cl.Members(), cl.Articles()} {
				for _, id := range list {
					w.i32(int(id))
				}
			}
		}
	}
	if w.err != nil {
		return nil, w.err
	}

	// The table goes first: the reader needs it for the items.
	n := 4 + 4*len(w.strs) + len(w.b)
	for _, s := range w.strs {
		n += len(s)
	}
	b = slices.Grow(b, n)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(w.strs)))
	for _, s := range w.strs {
		if len(s) > math.MaxUint32 {
			return nil, fmt.Errorf("a string of %d bytes out of range", len(s))
		}
		b = binary.LittleEndian.AppendUint32(b, uint32(len(s)))
	}
	for _, s := range w.strs {
		b = append(b, s...)
	}
	return append(b, w.b...), nil
}

// itemsSize is about what appendCorpusColumns writes of c's items (the
// table of strings aside), at least that in the common case.
func itemsSize(c *corpus.Corpus) int {
	n := 64
	for _, a := range c.Articles {
		n += 48 + 14*len(a.Paragraphs) + 4*len(a.Cites)
	}
	for _, p := range c.People {
		n += 24 + 4*(len(p.Aliases)+len(p.Roles)) + 12*len(p.Mentions)
	}
	n += 49 * len(c.Quotes)
	for _, f := range c.Facts {
		n += 32 + 29*len(f.Values()) + 4*len(f.People())
	}
	for _, cs := range [][]corpus.Cluster{c.QuoteClusters, c.FactClusters} {
		for _, cl := range cs {
			n += 8 + 4*(len(cl.Members())+len(cl.Articles()))
		}
	}
	return n
}

// colReader reads what a colWriter wrote; the first error sticks, and
// reads after it give zeros.
type colReader struct {
	b    []byte
	strs []string
	err  error
}

func (r *colReader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf(format, args...)
	}
	r.b = nil
}

func (r *colReader) u8() uint8 {
	if len(r.b) < 1 {
		r.fail("columns cut short")
		return 0
	}
	v := r.b[0]
	r.b = r.b[1:]
	return v
}

func (r *colReader) u32() uint32 {
	if len(r.b) < 4 {
		r.fail("columns cut short")
		return 0
	}
	v := binary.LittleEndian.Uint32(r.b)
	r.b = r.b[4:]
	return v
}

func (r *colReader) i32() int { return int(int32(r.u32())) }

func (r *colReader) f64() float64 {
	if len(r.b) < 8 {
		r.fail("columns cut short")
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(r.b))
	r.b = r.b[8:]
	return v
}

func (r *colReader) span() corpus.Span { return corpus.Span{Start: r.i32(), End: r.i32()} }

// count reads a count of items that take at least size bytes each, and
// refuses one that the bytes left cannot hold, before anything is
// allocated for it.
func (r *colReader) count(what string, size int) int {
	n := int(r.u32())
	if n > len(r.b)/size {
		r.fail("%d %s out of range", n, what)
		return 0
	}
	return n
}

// str reads a string code: the string, or derived = true for strDerived.
func (r *colReader) str() (s string, derived bool) {
	switch id := r.u32(); {
	case id == strEmpty:
		return "", false
	case id == strDerived:
		return "", true
	case int(id-strTable) < len(r.strs):
		return r.strs[id-strTable], false
	default:
		r.fail("string %d out of range", id)
		return "", false
	}
}

// plain reads a string that is never derived.
func (r *colReader) plain() string {
	s, d := r.str()
	if d {
		r.fail("a derived string where none can be")
	}
	return s
}

// take cuts n items off the front of *arena, capped so that an append
// to one item's slice never runs into the next's; nil when n is 0.
func take[T any](r *colReader, arena *[]T, n int) []T {
	if n == 0 || r.err != nil {
		return nil
	}
	if n > len(*arena) {
		r.fail("more items than their total")
		return nil
	}
	out := (*arena)[:n:n]
	*arena = (*arena)[n:]
	return out
}

// list makes a list of n items, nil when n is 0 (as a build leaves an
// empty one).
func list[T any](n int) []T {
	if n == 0 {
		return nil
	}
	return make([]T, n)
}

// readCorpusColumns reads what appendCorpusColumns wrote at the front of
// b, and returns the bytes after it. Derived strings are pointed back
// into their article, whose number and span are checked first; every
// other reference is left to checkCorpus.
func readCorpusColumns(b []byte) (*corpus.Corpus, []byte, error) {
	r := &colReader{b: b}
	ns := r.count("strings", 4)
	lens := make([]int, ns)
	total := 0
	for i := range lens {
		lens[i] = int(r.u32())
		total += lens[i]
	}
	if r.err == nil && total > len(r.b) {
		r.fail("strings of %d bytes out of range", total)
	}
	if r.err != nil {
		return nil, nil, r.err
	}
	blob := string(r.b[:total])
	r.b = r.b[total:]
	r.strs = make([]string, ns)
	for i, n := range lens {
		r.strs[i], blob = blob[:n], blob[n:]
	}

	c := &corpus.Corpus{}
	// derive is the article's text at span s, checked.
	derive := func(what string, i, art int, s corpus.Span) string {
		if art < 0 || art >= len(c.Articles) {
			r.fail("%s %d: article %d out of range", what, i, art)
			return ""
		}
		a := c.Articles[art]
		if s.Start < 0 || s.Start > s.End || s.End > len(a.Text) {
			r.fail("%s %d: span out of range", what, i)
			return ""
		}
		return a.Text[s.Start:s.End]
	}
	file := func(s string, d bool, what string, i, art int) string {
		if !d {
			return s
		}
		if art < 0 || art >= len(c.Articles) {
			r.fail("%s %d: article %d out of range", what, i, art)
			return ""
		}
		return c.Articles[art].File
	}
	orDerive := func(s string, d bool, what string, i, art int, sp corpus.Span) string {
		if d {
			return derive(what, i, art, sp)
		}
		return s
	}

	// Articles: each at least 42 bytes (six strings, title, two counts, date).
	na := r.count("articles", 42)
	paras := make([]corpus.Paragraph, r.count("paragraphs", 14))
	cites := make([]string, r.count("cites", 4))
	arts := make([]corpus.Article, na)
	c.Articles = list[*corpus.Article](na)
	for i := range arts {
		a := &arts[i]
		a.ID = i
		a.File = r.plain()
		a.Text = r.plain()
		a.Title = r.span()
		a.Paragraphs = take(r, &paras, int(r.u32()))
		for k := range a.Paragraphs {
			p := &a.Paragraphs[k]
			p.SetSpan(r.span())
			p.Kind = corpus.ParaKind(r.u8())
			if err := p.SetWhyCode(r.u8(), int32(r.i32())); err != nil {
				r.fail("article %d paragraph %d: %v", i, k, err)
			}
		}
		a.Outlet = r.plain()
		a.OutletFrom = r.plain()
		a.URL = r.plain()
		a.Published.Year = r.i32()
		a.Published.Month = time.Month(r.u8())
		a.Published.Day = int(r.u8())
		if a.Published.Month > time.December || a.Published.Day > 31 {
			r.fail("article %d: date out of range", i)
		}
		a.Cites = take(r, &cites, int(r.u32()))
		for k := range a.Cites {
			a.Cites[k] = r.plain()
		}
		c.Articles[i] = a
		if r.err != nil {
			return nil, nil, r.err
		}
	}

	// People: each at least 17 bytes (name, kind, three counts).
	np := r.count("people", 17)
	names := make([]string, r.count("aliases and roles", 4))
	mentions := make([]corpus.Mention, r.count("mentions", 12))
	people := make([]corpus.Person, np)
	c.People = list[*corpus.Person](np)
	for i := range people {
		p := &people[i]
		p.ID = i
		p.Name = r.plain()
		p.Kind = corpus.EntityKind(r.u8())
		for _, list := range []*[]string{&p.Aliases, &p.Roles} {
			*list = take(r, &names, int(r.u32()))
			for k := range *list {
				(*list)[k] = r.plain()
			}
		}
		p.Mentions = take(r, &mentions, int(r.u32()))
		for k := range p.Mentions {
			art := r.i32()
			p.Mentions[k] = corpus.NewMention(art, r.span())
		}
		c.People[i] = p
		if r.err != nil {
			return nil, nil, r.err
		}
	}

	// Quotations: 49 bytes each.
	c.Quotes = list[corpus.Quote](r.count("quotations", 49))
	for i := range c.Quotes {
		q := &c.Quotes[i]
		q.ID = int32(i)
		q.Article = int32(r.i32())
		fileS, fileD := r.str()
		textS, textD := r.str()
		q.SetSpan(r.span())
		q.Paragraph = int32(r.i32())
		q.SpeakerID = int32(r.i32())
		spkS, spkD := r.str()
		q.SetMentionAt(r.span())
		q.Cue = r.plain()
		q.Form = corpus.Form(r.u8())
		q.Cluster = int32(r.i32())
		q.File = file(fileS, fileD, "quotation", i, int(q.Article))
		q.Text = orDerive(textS, textD, "quotation", i, int(q.Article), q.Span())
		q.Speaker = spkS
		if spkD {
			if q.SpeakerID < 0 || int(q.SpeakerID) >= len(c.People) {
				r.fail("quotation %d: no speaker to name", i)
			} else {
				q.Speaker = c.People[q.SpeakerID].Name
			}
		}
		if r.err != nil {
			return nil, nil, r.err
		}
	}

	// Facts: each at least 28 bytes, values 29.
	nf := r.count("facts", 28)
	values := make([]corpus.Value, r.count("values", 29))
	factPeople := make([]int32, r.count("people of facts", 4))
	c.Facts = list[corpus.Fact](nf)
	for i := range c.Facts {
		f := &c.Facts[i]
		f.Article = int32(r.i32())
		f.SetSpan(r.span())
		f.Paragraph = int32(r.i32())
		derive("fact", i, int(f.Article), f.Span()) // its sentence (Fact.Text) is read there
		vals := take(r, &values, int(r.u32()))
		f.SetValues(vals)
		for k := range vals {
			v := &vals[k]
			// ValueKind.String indexes its names by kind.
			v.Kind = corpus.ValueKind(r.u8())
			if v.Kind > corpus.ValueRelative {
				r.fail("fact %d: value kind out of range", i)
			}
			s, d := r.str()
			v.SetSpan(r.span())
			v.Text = orDerive(s, d, "fact", i, int(f.Article), v.Span())
			v.Norm = r.plain()
			v.Num = r.f64()
			v.Unit = corpus.UnitOf(r.plain())
		}
		ids := take(r, &factPeople, int(r.u32()))
		for k := range ids {
			ids[k] = int32(r.i32())
		}
		f.SetPeople(ids)
		f.Cluster = int32(r.i32())
		if r.err != nil {
			return nil, nil, r.err
		}
	}

	for _, cs := range []*[]corpus.Cluster{&c.QuoteClusters, &c.FactClusters} {
		n := r.count("clusters", 8)
		// Each cluster's counts, then its members and articles, in one
		// array as the cluster keeps them: a word of counts each, and a
		// cluster too large for one word is copied on its own.
		ids := make([]int32, r.count("members", 4)+r.count("articles of clusters", 4)+n)
		*cs = list[corpus.Cluster](n)
		for i := range *cs {
			cl := &(*cs)[i]
			nm, na := int(r.u32()), int(r.u32())
			if nm+na == 0 {
				continue
			}
			if corpus.ClusterSpace(nm, na) != 1+nm+na {
				both := take(r, &ids, nm+na)
				for k := range both {
					both[k] = int32(r.i32())
				}
				cl.SetLists(both, na)
				continue
			}
			buf := take(r, &ids, 1+nm+na)
			for k := 1; k < len(buf); k++ {
				buf[k] = int32(r.i32())
			}
			cl.SetPacked(buf, nm, na)
		}
		if r.err != nil {
			return nil, nil, r.err
		}
	}
	return c, r.b, r.err
}

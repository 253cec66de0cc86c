package corpus

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unsafe"
)

// Span is a half-open byte range [Start, End) into an article's original
// Text. The zero Span means "unknown", like token.NoPos.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// IsZero reports whether s is the unknown span.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Of returns the text the span covers, or "" when it does not fit in text.
func (s Span) Of(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Date is a calendar day without time zone. The zero Date is "unknown" and
// marshals to JSON null.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate reads YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	if err != nil {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return Date{t.Year(), t.Month(), t.Day()}, nil
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// String is YYYY-MM-DD, or "" when unknown.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Long is the form a reader expects: "October 14, 2025".
func (d Date) Long() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%s %d, %d", d.Month, d.Day, d.Year)
}

// MarshalJSON writes "YYYY-MM-DD" or null.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads what MarshalJSON writes.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s == nil || *s == "" {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(*s)
	*d = v
	return err
}

// ParaKind says what a paragraph of a scraped article is.
type ParaKind uint8

const (
	ParaBody        ParaKind = iota // the article's own text
	ParaTitle                       // its headline
	ParaBoilerplate                 // menus, trending lists, footers, disclaimers
)

func (k ParaKind) String() string {
	switch k {
	case ParaTitle:
		return "title"
	case ParaBoilerplate:
		return "boilerplate"
	}
	return "body"
}

// MarshalText makes kinds readable in JSON.
func (k ParaKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Paragraph is one paragraph (a non-empty line) of an article. A corpus
// holds about ten an article, so a paragraph is 16 bytes, not 24: its
// span is two int32 (Span).
type Paragraph struct {
	start, end int32
	Kind       ParaKind
	// why says, for boilerplate, what gave it away, as a code in
	// paraReasons (and the line a repeat repeats): a corpus holds about
	// ten paragraphs an article, so a string each cost 16 bytes and, for
	// repeats, a composed string. Why composes it for `factdesk check`.
	why  uint8
	line int32
}

// NewParagraph is the paragraph at s of kind k.
func NewParagraph(s Span, k ParaKind) Paragraph {
	p := Paragraph{Kind: k}
	p.SetSpan(s)
	return p
}

// Span is where the paragraph stands in its article's text.
func (p Paragraph) Span() Span { return Span{Start: int(p.start), End: int(p.end)} }

// SetSpan sets where the paragraph stands (an article's offsets fit in 32
// bits).
func (p *Paragraph) SetSpan(s Span) { p.start, p.end = int32(s.Start), int32(s.End) }

// paraReasons is every reason a paragraph is boilerplate, by code; the
// code of "" is 0. corpus/load gives them.
var paraReasons = [...]string{
	"",
	"before the title",
	"repeats the title",
	"repeats line ", // followed by Paragraph.line
	"short heading, no sentence",
	"headline, no sentence",
	"short list item",
	"no words",
	"fields separated by pipes (a menu or dateline)",
	"copyright line",
	"mostly links or e-mail addresses",
	"mostly digits",
	"share buttons",
	"few function words (headlines or a list)",
	"short, among boilerplate",
	"no sentence, among boilerplate",
	"between boilerplate paragraphs",
}

// reasonRepeatsLine is the code of "repeats line N".
const reasonRepeatsLine = 3

// Why says, for boilerplate, what gave it away ("short list item",
// "repeats line 3"); "" for the article's own text.
func (p Paragraph) Why() string {
	if p.why == reasonRepeatsLine {
		return paraReasons[reasonRepeatsLine] + strconv.Itoa(int(p.line))
	}
	if int(p.why) < len(paraReasons) {
		return paraReasons[p.why]
	}
	return ""
}

// SetWhy records why as the paragraph's reason. A reason that is not one
// of paraReasons is refused, naming it: the reasons are a fixed list so
// that a paragraph keeps a byte, not a string.
func (p *Paragraph) SetWhy(why string) error {
	if rest, ok := strings.CutPrefix(why, paraReasons[reasonRepeatsLine]); ok {
		if n, err := strconv.ParseInt(rest, 10, 32); err == nil && n >= 0 {
			p.why, p.line = reasonRepeatsLine, int32(n)
			return nil
		}
	}
	for i, r := range paraReasons {
		if r == why && i != reasonRepeatsLine {
			p.why, p.line = uint8(i), 0
			return nil
		}
	}
	return fmt.Errorf("paragraph reason %q: not a known reason", why)
}

// WhyCode is the paragraph's reason as its code and line, for a snapshot.
func (p Paragraph) WhyCode() (code uint8, line int32) { return p.why, p.line }

// SetWhyCode restores what WhyCode returned; an unknown code is refused.
func (p *Paragraph) SetWhyCode(code uint8, line int32) error {
	if int(code) >= len(paraReasons) || line < 0 || (line != 0 && code != reasonRepeatsLine) {
		return fmt.Errorf("paragraph reason %d (line %d): not a known reason", code, line)
	}
	p.why, p.line = code, line
	return nil
}

// MarshalJSON writes the reason composed, as before it was a code.
func (p Paragraph) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Span Span     `json:"span"`
		Kind ParaKind `json:"kind"`
		Why  string   `json:"why,omitempty"`
	}{p.Span(), p.Kind, p.Why()})
}

// Article is one loaded file. Text is never rewritten: every Span in the
// model points into it, so what factdesk quotes is what the article prints.
type Article struct {
	ID   int    `json:"id"`   // index in Corpus.Articles
	File string `json:"file"` // base name, e.g. 001_x.txt
	Text string `json:"-"`

	Title      Span        `json:"title"`
	Paragraphs []Paragraph `json:"paragraphs"`
	// Sentences are the sentences of the paragraphs, trimmed and in text
	// order, as segment.Split leaves them while a corpus is built, so that
	// no stage splits the text again; nil when not split (the engine drops
	// them once built: segment.SentencesOf splits on demand).
	Sentences []Span `json:"-"`

	Outlet string `json:"outlet,omitempty"` // publisher; "" when unknown, never guessed
	// OutletFrom says how the outlet was established: "manifest", "text" or "".
	OutletFrom string   `json:"outlet_from,omitempty"`
	URL        string   `json:"url,omitempty"`
	Published  Date     `json:"published"`
	Cites      []string `json:"cites,omitempty"` // upstream sources it relays (AP, Bloomberg)
}

// Body returns the paragraphs that are the article's own text (title and
// body), in order.
func (a *Article) Body() []Paragraph {
	out := make([]Paragraph, 0, len(a.Paragraphs))
	for _, p := range a.Paragraphs {
		if p.Kind != ParaBoilerplate {
			out = append(out, p)
		}
	}
	return out
}

// Source describes the article as a source of an answer, without wording.
func (a *Article) Source() Source {
	src := Source{File: a.File, URL: a.URL, Published: a.Published, Cites: a.Cites}
	if a.Outlet != "" {
		o := a.Outlet
		src.Outlet = &o
	}
	return src
}

// Position turns a byte offset into a 1-based line and column (in bytes),
// for printing only: the lines are counted each time, not kept beside
// every article of an archive for the few that are printed.
func (a *Article) Position(off int) (line, col int) {
	before := a.Text[:max(0, min(off, len(a.Text)))]
	start := strings.LastIndexByte(before, '\n') + 1
	return strings.Count(before[:start], "\n") + 1, off - start + 1
}

// EntityKind is what an entity the person stage finds is: a person, an
// organisation, an outlet (a publisher, a network, a platform: an
// organisation that reports), a place, an event, a title of a work or a
// product (a spacecraft, a car, an app: its maker speaks, not it).
// Only people, organisations and outlets speak (see corpus/person's
// entity types).
type EntityKind uint8

const (
	KindPerson EntityKind = iota
	KindOrg
	KindOutlet
	KindPlace
	KindEvent
	KindWork
	KindProduct
)

var kindNames = [...]string{"person", "org", "outlet", "place", "event", "work", "product"}

// Org reports whether the entity is an organisation, an outlet included.
func (k EntityKind) Org() bool { return k == KindOrg || k == KindOutlet }

// Speaks reports whether an entity of this kind can be a speaker.
func (k EntityKind) Speaks() bool { return k <= KindOutlet }

// String is the kind's name: "person", "org", "outlet", "place", "event",
// "work" or "product".
func (k EntityKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "person"
}

// MarshalText makes kinds readable in JSON.
func (k EntityKind) MarshalText() ([]byte, error) {
	return []byte(k.String()), nil
}

// Mention is one place an article names or refers to a person: "Ushkov",
// "the Russian negotiator", "he" as written at Span (Corpus.MentionText).
// A corpus holds about eight per article, so the text is not kept twice
// and its numbers are 32-bit (an article is at most a few megabytes):
// 12 bytes a mention instead of 24.
type Mention struct {
	Article    int32
	start, end int32
}

// NewMention is the mention of article at span s.
func NewMention(article int, s Span) Mention {
	return Mention{Article: int32(article), start: int32(s.Start), end: int32(s.End)}
}

// Span is where the mention stands in its article's text.
func (m Mention) Span() Span { return Span{Start: int(m.start), End: int(m.end)} }

// MarshalJSON writes the mention's article and span.
func (m Mention) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Article int32 `json:"article"`
		Span    Span  `json:"span"`
	}{m.Article, m.Span()})
}

// Person is one individual (or organisation) across the whole corpus.
type Person struct {
	ID       int        `json:"id"`   // index in Corpus.People
	Name     string     `json:"name"` // canonical full name: "Yuri Ushakov"
	Kind     EntityKind `json:"kind"`
	Aliases  []string   `json:"aliases,omitempty"` // other written forms: "Ushakov", "Ushkov", "Oshokov"
	Roles    []string   `json:"roles,omitempty"`   // "Putin's aide", "US Secretary of State"
	Mentions []Mention  `json:"-"`
}

// Form is how a quotation is marked in the article.
type Form uint8

const (
	FormMarked       Form = iota // inside quotation marks
	FormDash                     // a paragraph of speech closed by "- said X."
	FormFragment                 // a few quoted words inside reported speech
	FormContinuation             // no cue of its own; continues the previous speaker
	FormTranscript               // a paragraph of speech after the speaker's name and a colon, as in an interview
)

func (f Form) String() string {
	switch f {
	case FormDash:
		return "dash"
	case FormFragment:
		return "fragment"
	case FormContinuation:
		return "continuation"
	case FormTranscript:
		return "transcript"
	}
	return "marked"
}

// MarshalText makes forms readable in JSON.
func (f Form) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// NoPerson is the Speaker id of a quotation whose speaker is unknown.
const NoPerson = -1

// Quote is one attributed quotation as one article reports it. The
// speaker as written is not kept beside its span: Corpus.QuoteMention
// reads it from the article's text (16 bytes a quotation).
type Quote struct {
	ID        int32 // index in Corpus.Quotes
	Article   int32 // index in Corpus.Articles
	File      string
	Text      string // == Article.Text[Span().Start:Span().End]
	Paragraph int32  // index in Article.Paragraphs

	SpeakerID int32  // index in Corpus.People, or NoPerson
	Speaker   string // canonical name, "" when unknown
	Cue       string // the reporting verb or mark: "said", "wrote", "according to", "dash"
	Cluster   int32  // index in Corpus.QuoteClusters

	// Where the quotation and the speaker as written stand, 32-bit (an
	// article is at most a few megabytes), beside its form: 16 bytes a
	// quotation fewer than two Spans and a padded byte.
	start, end   int32
	mStart, mEnd int32
	Form         Form
}

// Span is where the quotation stands in its article's text.
func (q *Quote) Span() Span { return Span{Start: int(q.start), End: int(q.end)} }

// MentionAt is where the speaker as written stands ("he", "Ushkov"); zero
// when no mention names the speaker.
func (q *Quote) MentionAt() Span { return Span{Start: int(q.mStart), End: int(q.mEnd)} }

// SetSpan sets where the quotation stands.
func (q *Quote) SetSpan(s Span) { q.start, q.end = int32(s.Start), int32(s.End) }

// SetMentionAt sets where the speaker as written stands.
func (q *Quote) SetMentionAt(s Span) { q.mStart, q.mEnd = int32(s.Start), int32(s.End) }

// WithSpan is q at span s, for building quotations in one expression.
func (q Quote) WithSpan(s Span) Quote {
	q.SetSpan(s)
	return q
}

// MarshalJSON writes the quotation as when its spans were fields.
func (q Quote) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		ID          int    `json:"id"`
		Article     int    `json:"article"`
		File        string `json:"file"`
		Text        string `json:"text"`
		Span        Span   `json:"span"`
		Paragraph   int    `json:"paragraph"`
		SpeakerID   int    `json:"speaker_id"`
		Speaker     string `json:"speaker"`
		MentionSpan Span   `json:"mention_span"`
		Cue         string `json:"cue"`
		Form        Form   `json:"form"`
		Cluster     int    `json:"cluster"`
	}{int(q.ID), int(q.Article), q.File, q.Text, q.Span(), int(q.Paragraph), int(q.SpeakerID), q.Speaker, q.MentionAt(), q.Cue, q.Form, int(q.Cluster)})
}

// ValueKind is the kind of a normalized value in a fact.
type ValueKind uint8

const (
	ValueDate ValueKind = iota
	ValueNumber
	ValueDuration
	ValueMoney
	ValuePercent
	ValueRelative // "next week", "last month", "on Tuesday"
)

func (k ValueKind) String() string {
	return [...]string{"date", "number", "duration", "money", "percent", "relative"}[k]
}

// MarshalText makes kinds readable in JSON.
func (k ValueKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Value is one date, number or duration found in a fact, normalized so that
// "Oct. 14", "October 14" and "the 14th of October" compare equal.
// A corpus holds about five values an article, so a value is 56 bytes,
// not 80: its span is two int32 (Span), its unit an interned code (Unit),
// its kind a byte.
type Value struct {
	Text string // as written: "just over five minutes"
	// Norm is the comparable form: "2025-10-14" for dates, "28" for counts,
	// "PT5M" (ISO 8601) for durations, "next week" for relative times.
	Norm       string
	Num        float64 // numeric value, seconds for durations
	start, end int32
	Unit       Unit // what is counted: "people", "GBP", "year old"
	Kind       ValueKind
}

// Span is where the value stands in its article's text.
func (v *Value) Span() Span { return Span{Start: int(v.start), End: int(v.end)} }

// SetSpan sets where the value stands (an article's offsets fit in 32 bits).
func (v *Value) SetSpan(s Span) { v.start, v.end = int32(s.Start), int32(s.End) }

// MarshalJSON writes the value as when its span and unit were fields.
func (v Value) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Kind ValueKind `json:"kind"`
		Text string    `json:"text"`
		Span Span      `json:"span"`
		Norm string    `json:"norm"`
		Num  float64   `json:"num,omitempty"`
		Unit string    `json:"unit,omitempty"`
	}{v.Kind, v.Text, v.Span(), v.Norm, v.Num, v.Unit.String()})
}

// Fact is a sentence that states an event, a date, a number or a duration.
// A corpus holds about ten per article, so a fact is 40 bytes, not 96:
// its id is its place in Corpus.Facts, its file its article's
// (Corpus.File), its sentence its article's text at its span (Text), its
// numbers and span 32-bit (Span), and its two lists each a pointer and a
// 16-bit length into arrays shared by all facts (Values, People).
type Fact struct {
	Article    int32
	Paragraph  int32
	Cluster    int32 // index in Corpus.FactClusters
	nValues    uint16
	nPeople    uint16
	start, end int32
	values     *Value
	people     *int32
}

// Text is the fact's sentence as printed, its article's text at its span
// in c: kept as a string of its own it cost 16 bytes of every fact, 0.16
// times the text.
func (f *Fact) Text(c *Corpus) string {
	return c.Articles[f.Article].Text[f.start:f.end]
}

// Span is where the fact's sentence stands in its article's text.
func (f *Fact) Span() Span { return Span{Start: int(f.start), End: int(f.end)} }

// SetSpan sets where the fact's sentence stands (an article is at most a
// few megabytes, so its offsets fit in 32 bits).
func (f *Fact) SetSpan(s Span) { f.start, f.end = int32(s.Start), int32(s.End) }

// MaxFactList bounds a fact's values and its people: a "sentence" of
// thousands of figures (a table without full stops) keeps its first ones.
const MaxFactList = 1<<16 - 1

// Values are the fact's dates, numbers and durations, in text order; nil
// when none. They are shared: change none.
func (f *Fact) Values() []Value { return view(f.values, uint32(f.nValues)) }

// People are the ids in Corpus.People of whom the fact names; nil when
// none. They are shared: change none.
func (f *Fact) People() []int32 { return view(f.people, uint32(f.nPeople)) }

// SetValues makes vs the fact's values, its first MaxFactList; the fact
// keeps vs, not a copy.
func (f *Fact) SetValues(vs []Value) {
	p, n := head(vs[:min(len(vs), MaxFactList)])
	f.values, f.nValues = p, uint16(n)
}

// SetPeople makes ids the fact's people, the first MaxFactList; the fact
// keeps ids, not a copy.
func (f *Fact) SetPeople(ids []int32) {
	p, n := head(ids[:min(len(ids), MaxFactList)])
	f.people, f.nPeople = p, uint16(n)
}

// MarshalJSON writes the fact with its lists, as when they were fields;
// its sentence is its article's text at its span.
func (f Fact) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Article   int32   `json:"article"`
		Span      Span    `json:"span"`
		Paragraph int32   `json:"paragraph"`
		Cluster   int32   `json:"cluster"`
		Values    []Value `json:"values,omitempty"`
		People    []int32 `json:"people,omitempty"`
	}{f.Article, f.Span(), f.Paragraph, f.Cluster, f.Values(), f.People()})
}

// Cluster groups the same quotation, or the same fact, as several articles
// report it, in whatever wording. A corpus holds about five clusters an
// article, most of one item, so a cluster is a pointer into one shared
// 32-bit array, where its counts (one word, see clusterHead) precede its
// members and its articles; its id is its place in its list
// (Corpus.QuoteClusters or FactClusters): 8 bytes a cluster and 4 of
// counts, not 16 (a pointer and two lengths), nor 56 (two slices).
type Cluster struct {
	p *int32 // the counts, then the members, then the articles
}

// Counts of up to shortMembers members and 1<<16 articles share one
// non-negative word, the members' in its high half; others take three
// words: -1, then each count.
const shortMembers = 1 << 15

// ClusterSpace is how many words a cluster of nMembers members and
// nArticles articles takes in the shared array (see SetPacked).
func ClusterSpace(nMembers, nArticles int) int {
	if nMembers+nArticles == 0 {
		return 0
	}
	if nMembers < shortMembers && nArticles < 1<<16 {
		return 1 + nMembers + nArticles
	}
	return 3 + nMembers + nArticles
}

// counts are the cluster's two counts and where its members start.
func (c *Cluster) counts() (nMem, nArt, at uint32) {
	if c.p == nil {
		return 0, 0, 0
	}
	if h := *c.p; h >= 0 {
		return uint32(h) >> 16, uint32(h) & 0xffff, 1
	}
	w := unsafe.Slice(c.p, 3)
	return uint32(w[1]), uint32(w[2]), 3
}

// from is the list of n words of the cluster's array from word at.
func (c *Cluster) from(at, n uint32) []int32 {
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*int32)(unsafe.Add(unsafe.Pointer(c.p), 4*uintptr(at))), n)
}

// Members are the cluster's Quote or Fact ids, its representative first.
// They are shared: change none.
func (c *Cluster) Members() []int32 {
	m, _, at := c.counts()
	return c.from(at, m)
}

// Articles are the distinct ids of its members' articles, sorted. They are
// shared: change none.
func (c *Cluster) Articles() []int32 {
	m, a, at := c.counts()
	return c.from(at+m, a)
}

// SetLists makes ids the cluster's members followed by its nArticles
// articles, copied. A count past ids is cut to it.
func (c *Cluster) SetLists(ids []int32, nArticles int) {
	nArticles = max(0, min(nArticles, len(ids)))
	buf := make([]int32, ClusterSpace(len(ids)-nArticles, nArticles))
	if len(buf) > 0 {
		copy(buf[len(buf)-len(ids):], ids)
	}
	c.SetPacked(buf, len(ids)-nArticles, nArticles)
}

// SetPacked makes buf, of ClusterSpace(nMembers, nArticles) words whose
// last nMembers+nArticles are the members then the articles, the
// cluster's: it writes the counts before them and keeps buf, not a copy.
// A buf of another length leaves the cluster empty.
func (c *Cluster) SetPacked(buf []int32, nMembers, nArticles int) {
	if nMembers < 0 || nArticles < 0 || len(buf) != ClusterSpace(nMembers, nArticles) || len(buf) == 0 {
		c.p = nil
		return
	}
	if len(buf) == 1+nMembers+nArticles {
		buf[0] = int32(nMembers<<16 | nArticles)
	} else {
		buf[0], buf[1], buf[2] = -1, int32(nMembers), int32(nArticles)
	}
	c.p = &buf[0]
}

// MarshalJSON writes the cluster with its lists, as when they were fields.
func (c Cluster) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Members  []int32 `json:"members"`
		Articles []int32 `json:"articles"`
	}{c.Members(), c.Articles()})
}

// view is the n elements from p as a slice capped at n, nil when n is 0.
func view[T any](p *T, n uint32) []T {
	if n == 0 || p == nil {
		return nil
	}
	return unsafe.Slice(p, n)
}

// head is s as view takes it: its first element and length. The lists
// of a corpus's records are a few elements each, millions in all: a
// pointer and a 32-bit length save a slice's capacity and the padding.
func head[T any](s []T) (*T, uint32) {
	if len(s) == 0 {
		return nil, 0
	}
	return &s[0], uint32(len(s))
}

// Corpus is everything factdesk knows: articles and what was extracted.
type Corpus struct {
	Articles      []*Article
	People        []*Person
	Quotes        []Quote
	Facts         []Fact
	QuoteClusters []Cluster
	FactClusters  []Cluster
	// Problems lists what loading skipped or warned about; the corpus is
	// usable all the same.
	Problems Problems
}

// File is the file name of article id, or "" when there is none.
func (c *Corpus) File(id int) string {
	if id < 0 || id >= len(c.Articles) {
		return ""
	}
	return c.Articles[id].File
}

// MentionText is what mention m writes: its article's text at its span,
// or "" when it does not fit.
func (c *Corpus) MentionText(m Mention) string {
	if m.Article < 0 || int(m.Article) >= len(c.Articles) {
		return ""
	}
	return m.Span().Of(c.Articles[m.Article].Text)
}

// QuoteMention is the speaker as quotation q's article writes it ("he",
// "Ushkov"), or "" when it names none or its span does not fit.
func (c *Corpus) QuoteMention(q *Quote) string {
	if q.Article < 0 || int(q.Article) >= len(c.Articles) || q.MentionAt().IsZero() {
		return ""
	}
	return q.MentionAt().Of(c.Articles[q.Article].Text)
}

// Person returns the person with id, or nil.
func (c *Corpus) Person(id int) *Person {
	if id < 0 || id >= len(c.People) {
		return nil
	}
	return c.People[id]
}

package lex

import (
	"encoding/binary"
	"hash/maphash"
	"math"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// perceptron is prose's averaged-perceptron tagger read from the model
// prose embeds (aptagmodel.English), with its features found by hashing
// instead of prose's binary search over 75,000 sorted strings: two thirds
// of a tagging's time went to that search, and tagging was a sixth of an
// ask. The model, the features, their order and the sums are prose's
// (github.com/jdkato/prose/v3/tag, MIT licence), so every tag is the one
// prose gives; TestPerceptronAsProse checks it token by token. A model
// in a format this reader does not know leaves prose's tagger in use.
type perceptron struct {
	classes []string
	blob    string   // feature strings, concatenated (the model's bytes, read in place)
	featOff []uint32 // feature i is blob[featOff[i]:featOff[i+1]]
	pairOff []uint32 // its weights are weights[pairOff[i]:pairOff[i+1]]
	ids     []uint8  // the class of each weight
	weights []float32
	tagMap  map[string]uint8 // words whose tag the model fixes, unscored
	seed    maphash.Seed
	slots   []uint32 // open addressing: feature index + 1, 0 for empty
	mask    uint64
}

// flatMagic and flatVersion name the one layout of prose's model file
// this reader knows (prose's internal/flat, version 1).
const (
	flatMagic   = "PROSETAG"
	flatVersion = 1
)

// fastTagger is the perceptron, or nil when prose's model is in another
// format (then prose's own tagger tags).
var fastTagger = sync.OnceValue(func() *perceptron {
	return readPerceptron(aptagmodel.English)
})

// proseOnly, set by UseProseTagger, leaves tagging to prose's tagger.
var proseOnly atomic.Bool

// hashedTagger is the perceptron Tag uses: nil when prose's own tagger
// tags (its model unread, or UseProseTagger).
func hashedTagger() *perceptron {
	if proseOnly.Load() {
		return nil
	}
	return fastTagger()
}

// UseProseTagger makes Tag and its kin tag with prose's own tagger (on)
// or with the hashed perceptron (off, the default), and reports the
// setting it replaces. The tags are the same either way: it is for
// measuring the two in one process (TestSlowProbes, FACTDESK_SLOWAB).
func UseProseTagger(on bool) bool { return proseOnly.Swap(on) }

// readPerceptron reads prose's flat model: the classes, the features as
// one sorted blob with offsets, each feature's class ids and weights, and
// the words the model tags without scoring. nil if b is not that layout.
func readPerceptron(b []byte) *perceptron {
	r := flatReader{b: b}
	if string(r.bytes(len(flatMagic))) != flatMagic || r.u32() != flatVersion {
		return nil
	}
	p := &perceptron{classes: make([]string, r.u32())}
	if len(p.classes) == 0 || len(p.classes) > 256 {
		return nil
	}
	for i := range p.classes {
		p.classes[i] = string(r.bytes(int(r.u16())))
	}
	nFeat, nPairs, blobLen := int(r.u32()), int(r.u32()), int(r.u32())
	if r.bad || nFeat <= 0 {
		return nil
	}
	blob := r.bytes(blobLen)
	p.featOff = r.u32s(nFeat + 1)
	p.pairOff = r.u32s(nFeat + 1)
	p.ids = append([]uint8(nil), r.bytes(nPairs)...)
	p.weights = make([]float32, nPairs)
	for i, u := range r.u32s(nPairs) {
		p.weights[i] = math.Float32frombits(u)
	}
	nMap := int(r.u32())
	if r.bad || nMap < 0 {
		return nil
	}
	p.tagMap = make(map[string]uint8, nMap)
	for i := 0; i < nMap && !r.bad; i++ {
		w := string(r.bytes(int(r.u16())))
		p.tagMap[w] = r.u8()
	}
	if r.bad || int(p.featOff[nFeat]) != len(blob) || int(p.pairOff[nFeat]) != nPairs {
		return nil
	}
	for i := 0; i < nFeat; i++ {
		if p.featOff[i] > p.featOff[i+1] || p.pairOff[i] > p.pairOff[i+1] {
			return nil
		}
	}
	for _, id := range p.ids {
		if int(id) >= len(p.classes) {
			return nil
		}
	}
	for _, id := range p.tagMap {
		if int(id) >= len(p.classes) {
			return nil
		}
	}
	if len(blob) > 0 {
		p.blob = unsafe.String(&blob[0], len(blob)) // embedded, read-only
	}
	p.seed = maphash.MakeSeed()
	size := 1
	for size < 2*nFeat {
		size <<= 1
	}
	p.slots = make([]uint32, size)
	p.mask = uint64(size - 1)
	for i := 0; i < nFeat; i++ {
		h := maphash.String(p.seed, p.feature(i)) & p.mask
		for p.slots[h] != 0 {
			h = (h + 1) & p.mask
		}
		p.slots[h] = uint32(i + 1)
	}
	return p
}

func (p *perceptron) feature(i int) string { return p.blob[p.featOff[i]:p.featOff[i+1]] }

// find is the index of feature key, or -1.
func (p *perceptron) find(key []byte) int {
	h := maphash.Bytes(p.seed, key) & p.mask
	for {
		s := p.slots[h]
		if s == 0 {
			return -1
		}
		if p.feature(int(s-1)) == string(key) {
			return int(s - 1)
		}
		h = (h + 1) & p.mask
	}
}

// scratch is one tagging's working memory.
type perceptronScratch struct {
	scores []float32
	key    []byte
	ctx    []string
}

var perceptronScratches = sync.Pool{New: func() any { return &perceptronScratch{key: make([]byte, 0, 64)} }}

// tag sets tags[i] to the tag of the word spans[i].norm, as prose's
// Tagger.TagTokens with lexicon sets Token.Tag.
func (p *perceptron) tag(spans []span, tags []string, lexicon map[string]string) {
	if len(spans) == 0 {
		return
	}
	r := p.start(spans, lexicon)
	for i := range spans {
		tags[i] = r.next()
	}
	r.done()
}

// perceptronRun tags one text's spans a token at a time, left to right:
// each tag reads the two before it, so a caller that needs the first
// tokens only can stop early and get the tags the whole text would.
type perceptronRun struct {
	p       *perceptron
	s       *perceptronScratch
	spans   []span
	ctx     []string
	lexicon map[string]string
	i       int
	p1, p2  string
}

// start readies the tagging of spans; done must follow.
func (p *perceptron) start(spans []span, lexicon map[string]string) perceptronRun {
	s := perceptronScratches.Get().(*perceptronScratch)
	if cap(s.scores) < len(p.classes) {
		s.scores = make([]float32, len(p.classes))
	}
	s.scores = s.scores[:len(p.classes)]
	need := len(spans) + 4
	if cap(s.ctx) < need {
		s.ctx = make([]string, need)
	}
	ctx := s.ctx[:need]
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, sp := range spans {
		ctx[i+2] = perceptronNorm(sp.norm)
	}
	ctx[need-2], ctx[need-1] = "-END-", "-END2-"
	return perceptronRun{p: p, s: s, spans: spans, ctx: ctx, lexicon: lexicon, p1: "-START-", p2: "-START2-"}
}

// next is the tag of the next span.
func (r *perceptronRun) next() string {
	t := r.p.tagOne(r.s, r.i, r.ctx, r.spans[r.i].norm, r.p1, r.p2, r.lexicon)
	r.i++
	r.p2, r.p1 = r.p1, t
	return t
}

// done gives the scratch back.
func (r *perceptronRun) done() {
	clear(r.ctx) // the pool keeps no text alive
	perceptronScratches.Put(r.s)
	r.s = nil
}

// perceptronNone and perceptronKeep are prose's patterns of tokens that
// keep a tag of their own (Penn's empty elements, "-LRB-" and the like).
var (
	perceptronNone = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	perceptronKeep = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

func (p *perceptron) tagOne(s *perceptronScratch, i int, ctx []string, word, p1, p2 string, lexicon map[string]string) string {
	switch {
	case word == "-":
		return "-"
	case perceptronEmoticons[word]:
		return "SYM"
	case strings.HasPrefix(word, "@"):
		return "NN"
	case word != "" && (word[0] == '0' || word[0] == '*') && perceptronNone.MatchString(word):
		return "-NONE-"
	case word != "" && word[0] == '-' && perceptronKeep.MatchString(word):
		return word
	}
	if t, ok := lexicon[word]; ok {
		return t
	}
	if l := strings.ToLower(word); l != word {
		if t, ok := lexicon[l]; ok {
			return t
		}
	}
	if id, ok := p.tagMap[word]; ok {
		return p.classes[id]
	}
	clear(s.scores)
	i = min(len(ctx)-3, i+2)
	p.feat(s, "bias")
	p.feat(s, "i suffix ", perceptronSuffix(word))
	p.feat(s, "i pref1 ", word[:min(1, len(word))])
	p.feat(s, "i-1 tag ", p1)
	p.feat(s, "i-2 tag ", p2)
	p.feat(s, "i tag+i-2 tag ", p1, " ", p2)
	p.feat(s, "i word ", ctx[i])
	p.feat(s, "i-1 tag+i word ", p1, " ", ctx[i])
	p.feat(s, "i-1 word ", ctx[i-1])
	p.feat(s, "i-1 suffix ", perceptronSuffix(ctx[i-1]))
	p.feat(s, "i-2 word ", ctx[i-2])
	p.feat(s, "i+1 word ", ctx[i+1])
	p.feat(s, "i+1 suffix ", perceptronSuffix(ctx[i+1]))
	p.feat(s, "i+2 word ", ctx[i+2])
	best, id := float32(math.Inf(-1)), -1
	for c, v := range s.scores {
		if v > best {
			best, id = v, c
		}
	}
	if id < 0 {
		return ""
	}
	return p.classes[id]
}

// feat adds the weights of the feature made of parts, as prose does.
func (p *perceptron) feat(s *perceptronScratch, parts ...string) {
	s.key = s.key[:0]
	for _, x := range parts {
		s.key = append(s.key, x...)
	}
	i := p.find(s.key)
	if i < 0 {
		return
	}
	lo, hi := p.pairOff[i], p.pairOff[i+1]
	ids, wts := p.ids[lo:hi], p.weights[lo:hi]
	for j := range ids {
		s.scores[ids[j]] += 1 * wts[j]
	}
}

func perceptronSuffix(w string) string { return w[max(0, len(w)-3):] }

// perceptronNorm is prose's normalisation of a context word.
func perceptronNorm(w string) string {
	if w == "" {
		return w
	}
	if w[0] != '-' && strings.IndexByte(w, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(w) == 4 && isYear(w) {
		return "!YEAR"
	}
	if w[0] >= '0' && w[0] <= '9' {
		return "!DIGITS"
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

// isYear is prose's test of a four-byte decimal integer, sign allowed.
func isYear(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// perceptronEmoticons are the tokens prose tags SYM by themselves
// (prose's internal/emoticon).
var perceptronEmoticons = map[string]bool{
	"(-8": true, "(-;": true, "(-_-)": true, "(._.)": true, "(:": true, "(=": true, "(o:": true,
	"(¬_¬)": true, "(ಠ_ಠ)": true, "(╯°□°）╯︵┻━┻": true, "-__-": true, "8-)": true, "8-D": true,
	"8D": true, ":(": true, ":((": true, ":(((": true, ":()": true, ":)))": true, ":-)": true,
	":-))": true, ":-)))": true, ":-*": true, ":-/": true, ":-X": true, ":-]": true, ":-o": true,
	":-p": true, ":-x": true, ":-|": true, ":-}": true, ":0": true, ":3": true, ":P": true,
	":]": true, ":`(": true, ":`)": true, ":`-(": true, ":o": true, ":o)": true, "=(": true,
	"=)": true, "=D": true, "=|": true, "@_@": true, "O.o": true, "O_o": true, "V_V": true,
	"XDD": true, "[-:": true, "^___^": true, "o_0": true, "o_O": true, "o_o": true, "v_v": true,
	"xD": true, "xDD": true, "¯\\(ツ)/¯": true,
}

// flatReader reads prose's little-endian model file; bad is set, and
// every later read gives zeros, once the bytes run out.
type flatReader struct {
	b   []byte
	pos int
	bad bool
}

func (r *flatReader) bytes(n int) []byte {
	if r.bad || n < 0 || r.pos+n > len(r.b) {
		r.bad = true
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *flatReader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *flatReader) u16() uint16 {
	if b := r.bytes(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (r *flatReader) u8() uint8 {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *flatReader) u32s(n int) []uint32 {
	b := r.bytes(n * 4)
	out := make([]uint32, n)
	for i := range out {
		if b == nil {
			break
		}
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}

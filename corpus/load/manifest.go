package load

import (
	"fmt"
	"path"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"factdesk/corpus"
)

// ManifestFile is the optional file beside the articles that says what is
// known about each one beyond its text.
const ManifestFile = "sources.yaml"

// Manifest is one entry of sources.yaml. Fields it does not know (such as
// "how") are allowed and ignored.
type Manifest struct {
	File      string     `yaml:"file"`
	Outlet    *string    `yaml:"outlet"` // nil or null: not known, look in the text
	URL       string     `yaml:"url"`
	Published string     `yaml:"published"` // YYYY-MM-DD or empty
	Cites     stringList `yaml:"cites"`

	Line int         `yaml:"-"` // where the entry starts in sources.yaml
	Date corpus.Date `yaml:"-"` // Published, parsed
}

// stringList reads both `cites: [AP, Bloomberg]` and `cites: AP`: people
// write the one-element list as a plain scalar.
type stringList []string

func (l *stringList) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" || strings.TrimSpace(n.Value) == "" {
			*l = nil
			return nil
		}
		*l = stringList{n.Value}
		return nil
	case yaml.SequenceNode:
		out := make(stringList, 0, len(n.Content))
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode {
				return fmt.Errorf("line %d: want a name, got %s", c.Line, kindName(c.Kind))
			}
			if s := strings.TrimSpace(c.Value); s != "" && c.Tag != "!!null" {
				out = append(out, s)
			}
		}
		*l = out
		return nil
	}
	return fmt.Errorf("line %d: want a name or a list of names, got %s", n.Line, kindName(n.Kind))
}

// kindName names a kind of YAML node for people, with its article.
func kindName(k yaml.Kind) string {
	switch k {
	case yaml.MappingNode:
		return "a mapping (key: value lines)"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias (*name): write the entry out in full"
	}
	return "a single value"
}

// textFields are the fields that take one value.
var textFields = map[string]bool{"file": true, "outlet": true, "url": true, "published": true}

// checkKinds finds a field given a list or mapping where it takes one
// value, and says which: the library's message names neither the field
// nor the problem in words ("cannot unmarshal !!seq into string").
func checkKinds(n *yaml.Node, entry int, bad func(int, string, ...any) error) error {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if textFields[k.Value] && v.Kind != yaml.ScalarNode {
			return bad(v.Line, "entry %d: %s: want one value, got %s", entry, k.Value, kindName(v.Kind))
		}
	}
	return nil
}

// ParseManifest reads sources.yaml. name is the path shown in errors. Every
// error is one line naming the file, the line and the entry, e.g.
// `corpus/sources.yaml:12: entry 3: published "2025-13-01": want YYYY-MM-DD`.
func ParseManifest(b []byte, name string) ([]Manifest, error) {
	return parseManifest(b, name, true)
}

// parseManifest is ParseManifest; quick false skips the fast path, so
// tests can compare it with the library.
func parseManifest(b []byte, name string, quick bool) ([]Manifest, error) {
	bad := func(line int, format string, args ...any) error {
		where := name
		if line > 0 {
			where = fmt.Sprintf("%s:%d", name, line)
		}
		return corpus.Errorf(corpus.EINVALID, "%s: %s", where, fmt.Sprintf(format, args...))
	}
	if list, ok := quickManifest(b); quick && ok {
		seen := make(map[string]int, len(list))
		for i := range list {
			if err := checkEntry(&list[i], i+1, seen, bad); err != nil {
				return nil, err
			}
		}
		return list, nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		line, msg := splitLine(yamlMessage(err))
		return nil, bad(line, "%s", msg)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil // an empty file: nothing known
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return nil, nil
	}
	if root.Kind != yaml.SequenceNode {
		return nil, bad(root.Line, "want a list of entries (- file: NAME), got %s", kindName(root.Kind))
	}
	out := make([]Manifest, 0, len(root.Content))
	seen := map[string]int{}
	for i, n := range root.Content {
		entry := i + 1
		if n.Kind != yaml.MappingNode {
			return nil, bad(n.Line, "entry %d: want file, outlet, url, published, cites; got %s", entry, kindName(n.Kind))
		}
		if err := checkKinds(n, entry, bad); err != nil {
			return nil, err
		}
		var m Manifest
		if err := n.Decode(&m); err != nil {
			line, msg := splitLine(yamlMessage(err))
			if line == 0 {
				line = n.Line
			}
			return nil, bad(line, "entry %d: %s", entry, msg)
		}
		m.Line = n.Line
		if err := checkEntry(&m, entry, seen, bad); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

// checkEntry validates and tidies entry number entry, as decoded; seen
// holds the files of the entries before it.
func checkEntry(m *Manifest, entry int, seen map[string]int, bad func(int, string, ...any) error) error {
	m.File = strings.TrimSpace(m.File)
	switch {
	case m.File == "":
		return bad(m.Line, "entry %d: no file", entry)
	case m.File != path.Base(m.File) || strings.ContainsAny(m.File, `/\`) || m.File == "." || m.File == "..":
		return bad(m.Line, "entry %d: file %q: want a file name in this folder, not a path", entry, m.File)
	}
	if prev, ok := seen[m.File]; ok {
		return bad(m.Line, "entry %d: file %q is already described by entry %d", entry, m.File, prev)
	}
	seen[m.File] = entry
	if p := strings.TrimSpace(m.Published); p != "" {
		d, err := corpus.ParseDate(p)
		if err != nil || len(p) != len("2006-01-02") {
			return bad(m.Line, "entry %d: published %q: want YYYY-MM-DD", entry, m.Published)
		}
		m.Date = d
	}
	if m.Outlet != nil {
		if o := strings.TrimSpace(*m.Outlet); o == "" {
			m.Outlet = nil
		} else {
			m.Outlet = &o
		}
	}
	m.URL = strings.TrimSpace(m.URL)
	return nil
}

// splitLine takes the "line 3: " the YAML library puts first, so the line
// goes where people look for it: "sources.yaml:3: …".
func splitLine(msg string) (int, string) {
	rest, ok := strings.CutPrefix(msg, "line ")
	if !ok {
		return 0, msg
	}
	num, text, ok := strings.Cut(rest, ": ")
	n, err := strconv.Atoi(num)
	if !ok || err != nil {
		return 0, msg
	}
	return n, text
}

// yamlMessage keeps a YAML error to one line without the library's prefix.
// The library's commonest syntax errors are said for people, with a hint
// at the usual cause.
func yamlMessage(err error) string {
	s := err.Error()
	s = strings.TrimPrefix(s, "yaml: ")
	s = strings.TrimPrefix(s, "unmarshal errors:")
	s = strings.Join(strings.Fields(s), " ")
	for _, w := range yamlWords {
		if strings.Contains(s, w[0]) {
			s = strings.Replace(s, w[0], w[1], 1)
			break
		}
	}
	if a, ok := strings.CutPrefix(s, "unknown anchor '"); ok {
		if name, _, ok := strings.Cut(a, "'"); ok {
			s = "*" + name + " refers to no &" + name + " above it"
		}
	}
	s = strings.ReplaceAll(s, "!!seq", "a list")
	s = strings.ReplaceAll(s, "!!map", "a mapping")
	return s
}

var yamlWords = [][2]string{
	{"found character that cannot start any token", "a character YAML cannot read here (a tab? indent with spaces)"},
	{"found unexpected end of stream", "the file ends inside a value (a quotation mark or bracket left open?)"},
	{"did not find expected key", "a line is indented wrongly or lacks its colon"},
	{"mapping values are not allowed in this context", "a colon inside a value: put the value in quotes"},
	{"did not find expected '-' indicator", "an entry is indented wrongly (each starts with '- ')"},
	{"could not find expected ':'", "a line lacks the colon after its key"},
}

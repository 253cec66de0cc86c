package load

import (
	"slices"
	"strings"
)

// quickManifest reads the plain form nearly every sources.yaml takes, the
// form synth and people write:
//
//	# a comment
//	- file: a.txt
//	  outlet: UNN
//	  published: 2025-11-26
//	  cites: [Bloomberg, AP]
//
// line by line, without the YAML library, which spent a fifth of loading
// building nodes and decoding them by reflection. Anything else (quotes,
// tabs, non-ASCII bytes, nested blocks, flow mappings, a comment after a
// value, a repeated key…) returns ok false, and the caller reads the file
// with the library: this is a fast path that gives what the library gives,
// never a second YAML dialect. The entries are as decoded, not yet checked.
func quickManifest(b []byte) (list []Manifest, ok bool) {
	for _, c := range b {
		if (c < 0x20 || c > 0x7e) && c != '\n' {
			return nil, false // tabs, CR, a BOM, Unicode line breaks: the library's
		}
	}
	text := string(b)
	list = make([]Manifest, 0, strings.Count(text, "\n- ")+1)
	var m *Manifest
	var seen []string // keys of the current entry: a handful
	for n := 1; text != ""; n++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		line = strings.TrimRight(line, " ")
		body := strings.TrimLeft(line, " ")
		if body == "" || body[0] == '#' {
			continue
		}
		switch {
		case strings.HasPrefix(line, "- "):
			list = append(list, Manifest{Line: n})
			m = &list[len(list)-1]
			seen = seen[:0]
			line = line[2:]
		case strings.HasPrefix(line, "  ") && m != nil:
			line = line[2:]
		default:
			return nil, false
		}
		key, value, ok := quickKeyValue(line)
		if !ok || slices.Contains(seen, key) {
			return nil, false
		}
		seen = append(seen, key)
		if !quickField(m, key, value) {
			return nil, false
		}
	}
	return list, len(list) > 0
}

// maxQuickKey is the longest key the fast path reads.
const maxQuickKey = 64

// quickKeyValue splits "key: value" or "key:", the key in lower-case
// letters and underscores.
func quickKeyValue(line string) (key, value string, ok bool) {
	i := 0
	for i < len(line) && (line[i] >= 'a' && line[i] <= 'z' || line[i] == '_') {
		i++
	}
	// The library reads a key of a mapping written without "?" only up
	// to 1024 characters; a key that long is not one of ours anyway.
	if i == 0 || i > maxQuickKey || i == len(line) || line[i] != ':' {
		return "", "", false
	}
	key, value = line[:i], line[i+1:]
	if value != "" && value[0] != ' ' {
		return "", "", false
	}
	return key, strings.TrimLeft(value, " "), true
}

// quickField sets the field key of m as the library decodes a plain value.
func quickField(m *Manifest, key, value string) bool {
	if key == "cites" && strings.HasPrefix(value, "[") {
		return quickList(m, value)
	}
	if !quickNull(value) && !quickPlain(value, false) {
		return false
	}
	if quickNull(value) {
		return true // every field's zero value, a nil Outlet and nil Cites
	}
	switch key {
	case "file":
		m.File = value
	case "outlet":
		m.Outlet = &value
	case "url":
		m.URL = value
	case "published":
		m.Published = value
	case "cites":
		m.Cites = stringList{value}
	}
	return true // other keys are allowed and ignored
}

// quickList reads a flow list of plain names, "[AP, Bloomberg]".
func quickList(m *Manifest, value string) bool {
	inner, ok := strings.CutSuffix(value[1:], "]")
	if !ok {
		return false
	}
	if strings.TrimSpace(inner) == "" {
		m.Cites = stringList{}
		return true
	}
	items := strings.Split(inner, ",")
	out := make(stringList, 0, len(items))
	for _, it := range items {
		it = strings.Trim(it, " ")
		switch {
		case quickNull(it) && it != "":
			continue // a null item is dropped
		case !quickPlain(it, true):
			return false // an empty item, a nested list, quotes…
		}
		out = append(out, it)
	}
	m.Cites = out
	return true
}

// quickNull reports whether a plain value is YAML's null.
func quickNull(v string) bool {
	return v == "" || v == "~" || v == "null" || v == "Null" || v == "NULL"
}

// quickPlain reports whether v is a plain scalar whose value is its text,
// the same inside a flow list when inFlow: no indicator first, no ": " or
// " #" inside, and in a list no comma, bracket, brace or colon at all.
func quickPlain(v string, inFlow bool) bool {
	if v == "" || strings.IndexByte("-?:,[]{}#&*!|>'\"%@`", v[0]) >= 0 {
		return false
	}
	if strings.Contains(v, ": ") || strings.Contains(v, " #") || strings.HasSuffix(v, ":") {
		return false
	}
	return !inFlow || !strings.ContainsAny(v, ",[]{}:")
}

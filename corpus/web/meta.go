package web

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"factdesk/corpus"
)

// Meta is what a page says about itself for machines: JSON-LD, Open Graph
// and <link rel=canonical>, read before any guess from the text.
type Meta struct {
	Title     string
	Author    string
	Outlet    string
	Published corpus.Date
	Canonical string
}

// Bounds: a page's metadata is small; a hostile page must stay cheap.
const (
	maxJSONLD      = 1 << 20 // bytes of one ld+json script
	maxJSONLDDepth = 8
	maxMetaNodes   = 200_000 // elements visited
)

// readMeta collects the metadata of a parsed page. The first source that
// gives a field wins, in this order: JSON-LD NewsArticle, Open Graph and
// article:* properties, other named meta tags, <link rel=canonical>,
// <time datetime>, <title>.
func readMeta(doc *html.Node) Meta {
	var m Meta
	var ld []map[string]any
	props := map[string]string{}
	var canonical, titleTag, timeTag string
	visited := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if visited++; visited > maxMetaNodes {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					if s := n.FirstChild.Data; len(s) <= maxJSONLD {
						var v any
						if json.Unmarshal([]byte(s), &v) == nil {
							ld = appendArticles(ld, v, 0)
						}
					}
				}
				return
			case atom.Meta:
				key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
				}
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(attr(n, "itemprop")))
				}
				if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" {
					if _, ok := props[key]; !ok {
						props[key] = v
					}
				}
			case atom.Link:
				for _, rel := range strings.Fields(strings.ToLower(attr(n, "rel"))) {
					if rel == "canonical" && canonical == "" {
						canonical = strings.TrimSpace(attr(n, "href"))
					}
				}
			case atom.Title:
				if titleTag == "" && n.FirstChild != nil {
					titleTag = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.Time:
				if timeTag == "" {
					timeTag = strings.TrimSpace(attr(n, "datetime"))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)

	for _, a := range ld {
		m.Title = first(m.Title, str(a["headline"]), str(a["name"]))
		m.Outlet = first(m.Outlet, name(a["publisher"]), name(a["sourceOrganization"]))
		m.Author = first(m.Author, name(a["author"]), name(a["creator"]))
		if m.Published.IsZero() {
			m.Published = parseDate(str(a["datePublished"]))
		}
		if m.Published.IsZero() {
			m.Published = parseDate(str(a["dateCreated"]))
		}
		m.Canonical = first(m.Canonical, id(a["mainEntityOfPage"]), str(a["url"]))
	}
	m.Title = first(m.Title, props["og:title"], props["twitter:title"], props["parsely-title"], props["sailthru.title"], titleTag)
	m.Outlet = first(m.Outlet, props["og:site_name"], props["application-name"], props["publisher"], props["dc.publisher"])
	m.Author = first(m.Author, notURL(props["author"]), notURL(props["article:author"]), props["parsely-author"], props["sailthru.author"], props["dc.creator"], props["byl"])
	for _, k := range []string{"article:published_time", "og:article:published_time", "datepublished", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.created"} {
		if !m.Published.IsZero() {
			break
		}
		m.Published = parseDate(props[k])
	}
	if m.Published.IsZero() {
		m.Published = parseDate(timeTag)
	}
	// The canonical link is the publisher's own statement of the address;
	// og:url and JSON-LD are often the same, sometimes a tracking variant.
	m.Canonical = first(canonical, m.Canonical, props["og:url"])
	m.Title = strings.Join(strings.Fields(m.Title), " ")
	m.Outlet = strings.Join(strings.Fields(m.Outlet), " ")
	m.Author = strings.Join(strings.Fields(m.Author), " ")
	return m
}

// articleTypes are the schema.org types of a news article.
func isArticleType(t any) bool {
	check := func(s string) bool {
		s = strings.TrimPrefix(strings.TrimPrefix(s, "http://schema.org/"), "https://schema.org/")
		return strings.HasSuffix(s, "Article") || s == "BlogPosting" || s == "LiveBlogPosting" || s == "Report"
	}
	switch v := t.(type) {
	case string:
		return check(v)
	case []any:
		for _, x := range v {
			if s, ok := x.(string); ok && check(s) {
				return true
			}
		}
	}
	return false
}

// appendArticles finds the article objects in a JSON-LD value: a single
// object, a list, or a @graph (Yoast and most CMS plug-ins).
func appendArticles(out []map[string]any, v any, depth int) []map[string]any {
	if depth > maxJSONLDDepth || len(out) > 16 {
		return out
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			out = appendArticles(out, e, depth+1)
		}
	case map[string]any:
		if isArticleType(x["@type"]) {
			out = append(out, x)
		}
		if g, ok := x["@graph"]; ok {
			out = appendArticles(out, g, depth+1)
		}
	}
	return out
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		if len(x) > 0 {
			return str(x[0])
		}
	}
	return ""
}

// name reads a Person or Organization, a list of them, or a plain string;
// several authors are joined with commas.
func name(v any) string {
	switch x := v.(type) {
	case string:
		return notURL(strings.TrimSpace(x))
	case map[string]any:
		return str(x["name"])
	case []any:
		var names []string
		for i, e := range x {
			if i >= 8 {
				break
			}
			if n := name(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

func id(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return first(str(x["@id"]), str(x["url"]))
	}
	return ""
}

func notURL(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ""
	}
	return s
}

func first(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

// dateLayouts are the forms publishers write in metadata. The day is the
// one written, in the publisher's own time zone: an article published at
// 23:30 in New York is dated that day, not the next in UTC.
var dateLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123, "20060102",
}

func parseDate(s string) corpus.Date {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return corpus.Date{}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1900 || t.Year() > 2200 {
				return corpus.Date{}
			}
			return corpus.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
		}
	}
	return corpus.Date{}
}

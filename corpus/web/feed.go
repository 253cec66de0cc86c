package web

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html/charset"

	"factdesk/corpus"
	"factdesk/corpus/load"
)

// Feed is an RSS, Atom or JSON Feed document, reduced to what adding
// articles needs.
type Feed struct {
	Title string
	Items []Item
}

// Item is one entry of a feed: the article's address and what the feed
// says of it.
type Item struct {
	Title     string
	Link      string
	ID        string // guid or id; Link when the feed gives none
	Published corpus.Date
}

// MaxItems bounds the entries read from one feed: a feed lists the latest
// stories, and a hostile one must not make us fetch thousands.
const MaxItems = 200

// maxFeedBytes bounds a feed document.
const maxFeedBytes = 8 << 20

// ParseFeed reads RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed. contentType
// may be "" (then the document says what it is). Errors are one line.
func ParseFeed(b []byte, contentType string) (Feed, error) {
	if len(b) > maxFeedBytes {
		return Feed{}, corpus.Errorf(corpus.EINVALID, "feed of %s is over the %s limit", load.HumanSize(int64(len(b))), load.HumanSize(maxFeedBytes))
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\ufeff")), " \t\r\n")
	if len(t) == 0 {
		return Feed{}, corpus.Errorf(corpus.EINVALID, "feed: empty document")
	}
	if t[0] == '{' {
		return parseJSONFeed(t)
	}
	return parseXMLFeed(t)
}

// The XML shapes: only the elements read are declared; encoding/xml
// matches on local names, so namespaces (Atom's, RDF's) need no prefix.
type rssDoc struct {
	XMLName xml.Name
	Channel struct {
		Title string    `xml:"title"`
		Items []rssItem `xml:"item"`
	} `xml:"channel"`
	Items []rssItem `xml:"item"` // RSS 1.0 puts items beside the channel
	// Atom
	Title   string      `xml:"title"`
	Entries []atomEntry `xml:"entry"`
}

type rssItem struct {
	Title   string `xml:"title"`
	Link    string `xml:"link"`
	GUID    string `xml:"guid"`
	PubDate string `xml:"pubDate"`
	Date    string `xml:"date"` // dc:date
}

type atomEntry struct {
	Title     string `xml:"title"`
	ID        string `xml:"id"`
	Published string `xml:"published"`
	Updated   string `xml:"updated"`
	Links     []struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr"`
		Type string `xml:"type,attr"`
	} `xml:"link"`
}

func parseXMLFeed(b []byte) (Feed, error) {
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.CharsetReader = charset.NewReaderLabel
	// Feeds in the wild use HTML entities (&nbsp;) that XML does not
	// define; the parse stays strict otherwise, so a broken feed says so.
	dec.Entity = xml.HTMLEntity
	var doc rssDoc
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return Feed{}, corpus.Errorf(corpus.EINVALID, "feed: not XML or JSON")
		}
		return Feed{}, corpus.Errorf(corpus.EINVALID, "feed: broken XML: %s", strings.TrimPrefix(err.Error(), "XML syntax error on "))
	}
	var f Feed
	switch strings.ToLower(doc.XMLName.Local) {
	case "rss", "rdf":
		f.Title = clean(doc.Channel.Title)
		for _, it := range append(doc.Channel.Items, doc.Items...) {
			link := strings.TrimSpace(it.Link)
			f.add(Item{Title: clean(it.Title), Link: link, ID: first(strings.TrimSpace(it.GUID), link), Published: feedDate(first(it.PubDate, it.Date))})
		}
	case "feed":
		f.Title = clean(doc.Title)
		for _, e := range doc.Entries {
			link := ""
			for _, l := range e.Links {
				if (l.Rel == "" || l.Rel == "alternate") && (l.Type == "" || strings.Contains(l.Type, "html")) {
					link = strings.TrimSpace(l.Href)
					break
				}
			}
			f.add(Item{Title: clean(e.Title), Link: link, ID: first(strings.TrimSpace(e.ID), link), Published: feedDate(first(e.Published, e.Updated))})
		}
	default:
		return Feed{}, corpus.Errorf(corpus.EINVALID, "feed: root element <%s>: want rss, rdf:RDF or an Atom feed", shorten(doc.XMLName.Local))
	}
	return f, nil
}

type jsonFeed struct {
	Version string `json:"version"`
	Title   string `json:"title"`
	Items   []struct {
		ID            json.RawMessage `json:"id"` // a string in 1.1; some feeds write a number
		URL           string          `json:"url"`
		ExternalURL   string          `json:"external_url"`
		Title         string          `json:"title"`
		DatePublished string          `json:"date_published"`
	} `json:"items"`
}

func parseJSONFeed(b []byte) (Feed, error) {
	var doc jsonFeed
	if err := json.Unmarshal(b, &doc); err != nil {
		return Feed{}, corpus.Errorf(corpus.EINVALID, "feed: broken JSON: %v", err)
	}
	if !strings.HasPrefix(doc.Version, "https://jsonfeed.org/version/") {
		return Feed{}, corpus.Errorf(corpus.EINVALID, "feed: JSON without a jsonfeed.org version: not a JSON Feed")
	}
	f := Feed{Title: clean(doc.Title)}
	for _, it := range doc.Items {
		id := strings.Trim(strings.TrimSpace(string(it.ID)), `"`)
		link := first(it.URL, it.ExternalURL)
		f.add(Item{Title: clean(it.Title), Link: link, ID: first(id, link), Published: feedDate(it.DatePublished)})
	}
	return f, nil
}

// add keeps an item that has an address, up to MaxItems.
func (f *Feed) add(it Item) {
	if it.Link == "" || len(f.Items) >= MaxItems {
		return
	}
	f.Items = append(f.Items, it)
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// feedDate reads RSS's RFC 822 dates (with their common variants) and
// Atom's and JSON Feed's RFC 3339.
func feedDate(s string) corpus.Date {
	s = strings.TrimSpace(s)
	if d := parseDate(s); !d.IsZero() {
		return d
	}
	for _, l := range []string{time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04:05 -0700", "Mon, 02 Jan 06 15:04:05 -0700"} {
		if t, err := time.Parse(l, s); err == nil {
			return corpus.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
		}
	}
	return corpus.Date{}
}

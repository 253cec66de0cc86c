package web

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Gazette &amp; Friends</title>
<item><title>Ferry crews vote to strike&nbsp;again</title><link>https://harbourgazette.example/a</link><guid isPermaLink="false">hg-1</guid><pubDate>Wed, 04 Mar 2026 09:15:00 +0000</pubDate></item>
<item><title>No link here</title></item>
<item><title>Second</title><link> https://harbourgazette.example/b </link><dc:date>2026-03-05T08:00:00+01:00</dc:date></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Courier</title>
<entry><title>Dam inspection</title><id>tag:valleycourier.example,2026:1</id>
<link rel="alternate" type="text/html" href="https://valleycourier.example/news/dam"/><link rel="edit" href="https://valleycourier.example/edit/1"/>
<published>2026-02-11T16:40:00-05:00</published></entry>
<entry><title>Updated only</title><link href="https://valleycourier.example/news/b"/><updated>2026-02-12T08:00:00Z</updated></entry>
</feed>`

const rdfFeed = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Old Wire</title></channel>
<item><title>One</title><link>https://oldwire.example/1</link><dc:date>2026-01-01</dc:date></item>
</rdf:RDF>`

const jsonFeedDoc = `{"version":"https://jsonfeed.org/version/1.1","title":"Northern Ledger",
"items":[{"id":"nl-7","url":"https://northernledger.example/rail","title":"Rail line to reopen","date_published":"2026-01-20T07:05:00Z"},
{"id":8,"external_url":"https://northernledger.example/ext"}]}`

const latin1Feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Caf\xe9 News</title><item><title>Caf\xe9</title><link>https://x.example/c</link></item></channel></rss>"

func TestParseFeed(t *testing.T) {
	tests := []struct {
		name, doc string
		title     string
		items     []Item
	}{
		{"RSS 2.0 with an HTML entity and an item without a link", rssFeed, "Harbour Gazette & Friends", []Item{
			{Title: "Ferry crews vote to strike again", Link: "https://harbourgazette.example/a", ID: "hg-1", Published: day(2026, 3, 4)},
			{Title: "Second", Link: "https://harbourgazette.example/b", ID: "https://harbourgazette.example/b", Published: day(2026, 3, 5)},
		}},
		{"Atom, the alternate link and not the edit link", atomFeed, "Valley Courier", []Item{
			{Title: "Dam inspection", Link: "https://valleycourier.example/news/dam", ID: "tag:valleycourier.example,2026:1", Published: day(2026, 2, 11)},
			{Title: "Updated only", Link: "https://valleycourier.example/news/b", ID: "https://valleycourier.example/news/b", Published: day(2026, 2, 12)},
		}},
		{"RSS 1.0 (RDF)", rdfFeed, "Old Wire", []Item{{Title: "One", Link: "https://oldwire.example/1", ID: "https://oldwire.example/1", Published: day(2026, 1, 1)}}},
		{"JSON Feed, with a numeric id", jsonFeedDoc, "Northern Ledger", []Item{
			{Title: "Rail line to reopen", Link: "https://northernledger.example/rail", ID: "nl-7", Published: day(2026, 1, 20)},
			{Link: "https://northernledger.example/ext", ID: "8"},
		}},
		{"an ISO-8859-1 feed", latin1Feed, "Café News", []Item{{Title: "Café", Link: "https://x.example/c", ID: "https://x.example/c"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseFeed([]byte(tt.doc), "")
			require.NoError(t, err)
			assert.Equal(t, tt.title, f.Title)
			assert.Equal(t, tt.items, f.Items)
		})
	}
}

func TestParseFeedRefusals(t *testing.T) {
	tests := []struct{ name, doc, want string }{
		{"broken XML", `<rss><channel><item><title>Half</title></channel></rss>`, "feed: broken XML: line 1"},
		{"truncated XML", `<rss><channel><item><title>Half`, "feed: broken XML"},
		{"an HTML page", `<html><body>hello</body></html>`, "root element <html>: want rss, rdf:RDF or an Atom feed"},
		{"JSON that is no feed", `{"hello":"world"}`, "not a JSON Feed"},
		{"broken JSON", `{"version":`, "feed: broken JSON"},
		{"empty", "  \n", "feed: empty document"},
		{"text", "hello", "feed: not XML or JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseFeed([]byte(tt.doc), "")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, err.Error(), "\n")
		})
	}
}

func TestParseFeedKeepsAtMostMaxItems(t *testing.T) {
	var b strings.Builder
	b.WriteString("<rss><channel>")
	for i := 0; i < MaxItems+50; i++ {
		fmt.Fprintf(&b, "<item><link>https://x.example/%d</link></item>", i)
	}
	b.WriteString("</channel></rss>")
	f, err := ParseFeed([]byte(b.String()), "application/rss+xml")
	require.NoError(t, err)
	assert.Len(t, f.Items, MaxItems)
}

// FuzzParseFeed: any document gives a one-line error or items that all
// have an address, at most MaxItems of them; nothing panics.
func FuzzParseFeed(f *testing.F) {
	for _, d := range []string{rssFeed, atomFeed, rdfFeed, jsonFeedDoc, latin1Feed, `<rss><channel><item>`, `{"version":"https://jsonfeed.org/version/1","items":[{}]}`} {
		f.Add([]byte(d))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		feed, err := ParseFeed(b, "")
		if err != nil {
			assert.NotContains(t, err.Error(), "\n")
			return
		}
		assert.LessOrEqual(t, len(feed.Items), MaxItems)
		for _, it := range feed.Items {
			assert.NotEmpty(t, it.Link)
			assert.NotEmpty(t, it.ID)
		}
	})
}

package quote

import (
	"fmt"
	"os"
	"testing"

	"factdesk/corpus/load"
	"factdesk/corpus/person"
)

func TestZZDebug(t *testing.T) {
	dir := os.Getenv("ZZDIR")
	if dir == "" {
		t.Skip()
	}
	c, err := load.Load(os.DirFS(dir), dir, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := c.Articles
	r := person.Build(arts)
	for _, a := range arts {
		text := a.Text
		for _, pg := range a.Paragraphs {
			ms := scan(text, pg.Span)
			for _, m := range ms {
				fmt.Printf("MARK %q\n", m.inner.Of(text))
			}
		}
	}
	qs, by := ExtractTrace(arts, r)
	for i, q := range qs {
		fmt.Println(by[i], q.Cue, q.Mention, "|", q.Speaker, "|", q.Text)
	}
}

package quote_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"factdesk/corpus/load"
	"factdesk/corpus/person"
	"factdesk/corpus/quote"
)

func TestZZTrace(t *testing.T) {
	dir, file := os.Getenv("ZZDIR"), os.Getenv("ZZFILE")
	if dir == "" {
		t.Skip()
	}
	c, err := load.Load(os.DirFS(dir), dir, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := person.Build(c.Articles)
	qs, by := quote.ExtractTrace(c.Articles, r)
	for i, q := range qs {
		if strings.HasPrefix(q.File, file) {
			fmt.Printf("%-12s %-20s %q\n", by[i], q.Speaker, q.Text[:min(80, len(q.Text))])
		}
	}
}

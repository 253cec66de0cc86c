package quote_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/load"
	"factdesk/corpus/person"
	"factdesk/corpus/quote"
	"factdesk/internal/goldmatch"
)

// pronounCase is one row of testdata/pronouns-polnear.tsv: a quotation of
// polnear-train whose speaker the article gives as "he" or "she", and the
// surname of the person the pronoun means, read by hand.
type pronounCase struct {
	File    string
	Offset  int
	Surname string
	Half    string
}

// readPronounCases reads the fixture: tab-separated file, byte offset,
// surname, half; '#' lines are comments.
func readPronounCases(path string) ([]pronounCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []pronounCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) != 4 {
			return nil, fmt.Errorf("%s:%d: want 4 tab-separated fields, got %d", path, n, len(col))
		}
		off, err := strconv.Atoi(col[1])
		if err != nil || off < 0 {
			return nil, fmt.Errorf("%s:%d: offset %q is no byte offset", path, n, col[1])
		}
		if col[3] != "dev" && col[3] != "held" {
			return nil, fmt.Errorf("%s:%d: half %q is neither dev nor held", path, n, col[3])
		}
		out = append(out, pronounCase{File: col[0], Offset: off, Surname: col[2], Half: col[3]})
	}
	return out, sc.Err()
}

// pronounFloor is the accuracy under which each half fails: a little
// below what the rules reach, so that a change that gives more pronouns
// to the wrong person is seen.
var pronounFloor = map[string]float64{"dev": 0.80, "held": 0.70}

// TestPronounSpeakers measures who a quotation's "he" or "she" is taken
// for, on hand-labelled quotations of polnear-train whose gold source is
// such a pronoun: the quotation extracted over the labelled offset must
// name a person of that surname. Held-half failures are printed only with
// PRONOUN_HELD=1, so that the rules are not fitted to them.
func TestPronounSpeakers(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short: reads all of polnear-train")
	}
	dir := filepath.Join(goldmatch.SharedDir(), "polnear-train", "corpus")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("skipped: polnear-train is not at %s (set FACTDESK_SHARED to the shared folder to run it): %v", dir, err)
	}
	cases, err := readPronounCases("testdata/pronouns-polnear.tsv")
	require.NoError(t, err)
	require.NotEmpty(t, cases)

	c, err := load.Load(os.DirFS(dir), dir, load.Options{})
	require.NoError(t, err)
	r := person.Build(c.Articles)
	qs := quote.Extract(c.Articles, r)
	byFile := map[string][]corpus.Quote{}
	for _, q := range qs {
		byFile[q.File] = append(byFile[q.File], q)
	}

	showHeld := os.Getenv("PRONOUN_HELD") == "1"
	right, found, total := map[string]int{}, map[string]int{}, map[string]int{}
	for _, pc := range cases {
		total[pc.Half]++
		var got *corpus.Quote
		for i, q := range byFile[pc.File] {
			if s := q.Span(); s.Start <= pc.Offset && pc.Offset < s.End {
				got = &byFile[pc.File][i]
				break
			}
		}
		if got != nil {
			found[pc.Half]++
		}
		ok := got != nil && speakerHasSurname(got.Speaker, pc.Surname)
		if ok {
			right[pc.Half]++
			continue
		}
		if pc.Half == "dev" || showHeld {
			switch {
			case got == nil:
				t.Logf("%s %s@%d: %s's quotation not extracted", pc.Half, pc.File, pc.Offset, pc.Surname)
			default:
				t.Logf("%s %s@%d: want %s, got %q (mention %q)", pc.Half, pc.File, pc.Offset, pc.Surname, got.Speaker,
					c.Articles[got.Article].Text[got.MentionAt().Start:got.MentionAt().End])
			}
		}
	}
	for _, half := range []string{"dev", "held"} {
		t.Run(half, func(t *testing.T) {
			require.NotZero(t, total[half])
			acc := float64(right[half]) / float64(total[half])
			t.Logf("pronoun speakers, %s half: %d/%d = %.3f (%d of the %d quotations extracted)", half, right[half], total[half], acc, right[half], found[half])
			assert.GreaterOrEqual(t, acc, pronounFloor[half], "accuracy on the %s half", half)
		})
	}
}

// speakerHasSurname reports whether a canonical name ends in the labelled
// surname ("Bill de Blasio" and "de Blasio"), ignoring case.
func speakerHasSurname(name, surname string) bool {
	n, s := norm(name), norm(surname)
	return s != "" && (n == s || strings.HasSuffix(n, " "+s))
}

func TestReadPronounCases(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []pronounCase
		err        string
	}{
		{"a row and a comment", "# who\na.txt\t12\tVell\tdev\n", []pronounCase{{"a.txt", 12, "Vell", "dev"}}, ""},
		{"three fields", "a.txt\t12\tVell\n", nil, "want 4 tab-separated fields"},
		{"a bad offset", "a.txt\tx\tVell\theld\n", nil, "is no byte offset"},
		{"a bad half", "a.txt\t1\tVell\ttrain\n", nil, "neither dev nor held"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "p.tsv")
			require.NoError(t, os.WriteFile(p, []byte(tc.text), 0o600))
			got, err := readPronounCases(p)
			if tc.err != "" {
				require.ErrorContains(t, err, tc.err)
				assert.Contains(t, err.Error(), "p.tsv")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestSpeakerHasSurname(t *testing.T) {
	for _, tc := range []struct {
		name, speaker, surname string
		want                   bool
	}{
		{"full name", "Ann Vell", "Vell", true},
		{"particle", "Bill de Blasio", "de Blasio", true},
		{"another person", "Ann Vellmann", "Vell", false},
		{"nobody", "", "Vell", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, speakerHasSurname(tc.speaker, tc.surname))
		})
	}
}

package load

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"factdesk/corpus"
	"factdesk/corpus/segment"
	"factdesk/seeds"
)

func addSeedTexts(f *testing.F) {
	for _, dir := range []fs.FS{seeds.FS, os.DirFS("testdata")} {
		entries, _ := fs.ReadDir(dir, ".")
		for _, e := range entries {
			if b, err := fs.ReadFile(dir, e.Name()); err == nil && IsArticleName(e.Name()) {
				f.Add(string(b))
			}
		}
	}
	f.Add(" date 2025-11-26 ")
	f.Add("\ufeff date 2025-13-99 \r\nA | B | C\r\n© 2024 X\r\n")
	f.Add("\xff\xfe broken\n\n\n• \n")
	f.Add("Mayor rebuffs councillor;\nSpurns offer, calls it 'a fantasy.'\n\nThe mayor said on Monday that the bridge plan would not go ahead this year.\n")
}

// FuzzParse checks the article parser on any text: no panic, every span in
// bounds and on rune boundaries, paragraphs in order without overlap, one
// title at most (and its deck), and a reason for each dropped paragraph.
func FuzzParse(f *testing.F) {
	addSeedTexts(f)
	f.Fuzz(func(t *testing.T, text string) {
		a := Parse("f.txt", text)
		if a.Text != Mend(text) {
			t.Fatal("text rewritten beyond mending")
		}
		marker, _ := dateMarker(text)
		valid := utf8.ValidString(text)
		prev := corpus.Span{}
		titles := 0
		for i, p := range a.Paragraphs {
			s := p.Span()
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
				t.Fatalf("paragraph %d: span %v out of bounds (len %d)", i, s, len(text))
			}
			if i > 0 && s.Start < prev.End {
				t.Fatalf("paragraph %d: span %v overlaps or precedes %v", i, s, prev)
			}
			if s.Start < marker {
				t.Fatalf("paragraph %d: span %v includes the date marker ending at %d", i, s, marker)
			}
			if valid && (!utf8.RuneStart(text[s.Start]) || (s.End < len(text) && !utf8.RuneStart(text[s.End]))) {
				t.Fatalf("paragraph %d: span %v splits a rune", i, s)
			}
			if segment.Trim(text, s) != s {
				t.Fatalf("paragraph %d: span %v has surrounding space", i, s)
			}
			switch p.Kind {
			case corpus.ParaTitle:
				titles++
				// the headline, then at most its deck right after it
				if titles == 1 && a.Title != s || titles == 2 && a.Paragraphs[i-1].Span() != a.Title {
					t.Fatalf("title %v: paragraph %d %v is neither it nor its deck", a.Title, i, s)
				}
			case corpus.ParaBoilerplate:
				if p.Why() == "" {
					t.Fatalf("paragraph %d dropped without a reason", i)
				}
			}
			prev = s
		}
		if titles > 2 || (titles == 0 && !a.Title.IsZero()) {
			t.Fatalf("%d title paragraphs, title %v", titles, a.Title)
		}
		if valid {
			for _, c := range append([]string{a.Outlet}, a.Cites...) {
				if !utf8.ValidString(c) || c != strings.TrimSpace(c) || strings.Contains(c, "\n") {
					t.Fatalf("bad name %q", c)
				}
			}
		}
	})
}

// FuzzParseManifest checks sources.yaml parsing on any input: no panic,
// errors are one line naming the file, and what parses is usable.
func FuzzParseManifest(f *testing.F) {
	if b, err := fs.ReadFile(seeds.FS, ManifestFile); err == nil {
		f.Add(string(b))
	}
	f.Add("- file: a.txt\n  published: 2025-13-01\n")
	f.Add("- file: [a]\n  cites: {x: 1}\n")
	f.Add("- &a {file: a.txt}\n- *a\n")
	f.Add("file: a.txt\n")
	f.Fuzz(func(t *testing.T, in string) {
		list, err := ParseManifest([]byte(in), "dir/sources.yaml")
		if err != nil {
			msg := err.Error()
			if strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "dir/sources.yaml") {
				t.Fatalf("error %q: want one line naming the file", msg)
			}
			if corpus.ErrorCode(err) != corpus.EINVALID {
				t.Fatalf("error %q: code %q", msg, corpus.ErrorCode(err))
			}
			return
		}
		seen := map[string]bool{}
		for _, m := range list {
			if m.File == "" || strings.ContainsAny(m.File, `/\`) || seen[m.File] {
				t.Fatalf("entry %+v: bad or repeated file", m)
			}
			seen[m.File] = true
			if m.Published != "" && m.Date.IsZero() {
				t.Fatalf("entry %+v: published not parsed", m)
			}
		}
	})
}

// BenchmarkLoad measures loading against a baseline in the same run: cutting
// the same text into paragraphs and nothing else. The corpus is the seeds
// repeated to about 1 MB.
func BenchmarkLoad(b *testing.B) {
	fsys := fstest.MapFS{}
	var texts []string
	entries, err := fs.ReadDir(seeds.FS, ".")
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for i := 0; size < 1<<20; i++ {
		for _, e := range entries {
			if !IsArticleName(e.Name()) {
				continue
			}
			data, _ := fs.ReadFile(seeds.FS, e.Name())
			name := filepath.Join("", strings.Replace(e.Name(), ".txt", "", 1)) + "_" + itoa(i) + ".txt"
			fsys[name] = &fstest.MapFile{Data: data}
			texts = append(texts, string(data))
			size += len(data)
		}
	}
	b.Run("paragraphs only (baseline)", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, t := range texts {
				segment.Paragraphs(t)
			}
		}
	})
	b.Run("Load", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Load(fsys, "bench", Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// FuzzMend checks the mojibake repair on any text: no panic, never longer,
// valid UTF-8 kept valid, and text with no byte above ASCII untouched.
func FuzzMend(f *testing.F) {
	addSeedTexts(f)
	f.Add("FranÃ§ois VelÃ\u0083Â¡zquez RaÃol naÃ \u0304ve wasnâ€™t Ã")
	f.Add("\u0302 a text that opens on a combining accent")
	f.Fuzz(func(t *testing.T, text string) {
		out := Mend(text)
		if len(out) > len(text) {
			t.Fatalf("mended text grew: %q -> %q", text, out)
		}
		if utf8.ValidString(text) && !utf8.ValidString(out) {
			t.Fatalf("mended text is not UTF-8: %q -> %q", text, out)
		}
		ascii := true
		for i := 0; i < len(text); i++ {
			ascii = ascii && text[i] < utf8.RuneSelf
		}
		if ascii && out != text {
			t.Fatalf("ASCII text changed: %q -> %q", text, out)
		}
	})
}

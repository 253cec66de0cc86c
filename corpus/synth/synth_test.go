package synth

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

func TestGenerate(t *testing.T) {
	tests := []struct {
		name     string
		opt      Options
		articles int
		events   int
	}{
		{"a few", Options{Articles: 10, Seed: 1}, 10, 3},
		{"three outlets an event", Options{Articles: 9, Seed: 2, PerEvent: 3}, 9, 3},
		{"none", Options{Articles: 0, Seed: 1}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Generate(tt.opt)
			files, err := fs.Glob(c.FS, "*.txt")
			require.NoError(t, err)
			assert.Len(t, files, tt.articles)
			assert.Len(t, c.Events, tt.events)
			total := 0
			for _, f := range files {
				b, err := fs.ReadFile(c.FS, f)
				require.NoError(t, err)
				total += len(b)
			}
			assert.Equal(t, total, c.Bytes)

			var man []map[string]any
			b, err := fs.ReadFile(c.FS, "sources.yaml")
			require.NoError(t, err)
			require.NoError(t, yaml.Unmarshal(b, &man))
			assert.Len(t, man, tt.articles, "one manifest entry per article")
		})
	}
}

func TestGenerateIsDeterministicAndVaried(t *testing.T) {
	a, b := Generate(Options{Articles: 40, Seed: 7}), Generate(Options{Articles: 40, Seed: 7})
	assert.Equal(t, a.FS, b.FS)
	c := Generate(Options{Articles: 40, Seed: 8})
	assert.NotEqual(t, a.FS, c.FS)

	ev := a.Events[0]
	require.Len(t, ev.Files, 4)
	var dates []string
	for i, f := range ev.Files {
		text := string(a.FS[f].Data)
		assert.Contains(t, text, surname(ev.A), "every report names the envoy")
		dates = append(dates, dateText(ev.Date, i))
	}
	assert.Len(t, uniq(dates), 4, "each outlet writes the date its own way")
}

func uniq(ss []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range ss {
		m[strings.ToLower(s)] = true
	}
	return m
}

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 23: "23rd"} {
		assert.Equal(t, want, ordinal(n))
	}
}

package clean

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNew(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain ASCII is kept", "a fine plan", "a fine plan"},
		{"zero-width space dropped", "go\u200bod", "good"},
		{"zero-width non-joiner dropped", "rea\u200clly", "really"},
		{"zero-width joiner, soft hyphen, BOM, word joiner dropped", "\ufeffex\u200dtra\u00adordi\u2060nary", "extraordinary"},
		{"fullwidth letters and digits", "\uff37\uff49\uff54 \uff12\uff10", "Wit 20"},
		{"ligature and no-break space", "\ufb01ne\u00a0day", "fine day"},
		{"typographic quotes", "\u201cyes,\u201d she\u2019s \u2018sure\u2019 \u00abnon\u00bb", "\"yes,\" she's 'sure' \"non\""},
		{"dashes", "2024\u20132025 \u2014 a\u2011b \u2212 5", "2024-2025 - a-b - 5"},
		{"accents stay composed", "Zelenskyy\u0301", "Zelenskyý"},
		{"an invalid byte is kept", "a\xffb\u200b", "a\xffb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := New(tt.in)
			assert.Equal(t, tt.want, got.S)
			assert.Equal(t, tt.want, String(tt.in))
			assert.Equal(t, tt.in != tt.want, got.Changed())
		})
	}
}

// Offsets of the normalised text lead back to the same words in the
// original: a word found in the view can be cut from the article.
func TestOrigOffsets(t *testing.T) {
	tests := []struct {
		name, in, word, wantOrig string
	}{
		{"after a dropped character", "said \u200bthe plan", "plan", "plan"},
		{"a word holding a dropped character", "a rea\u200clly good call", "really", "rea\u200clly"},
		{"fullwidth word", "by \uff37\uff49\uff54\uff4b\uff4f\uff46\uff46 today", "Witkoff", "\uff37\uff49\uff54\uff4b\uff4f\uff46\uff46"},
		{"after folded quotes", "\u201cwe will\u201d he said", "he", "he"},
		{"unchanged text", "nothing to do", "to", "to"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(tt.in)
			i := strings.Index(c.S, tt.word)
			require.GreaterOrEqual(t, i, 0)
			start, end := c.Orig(i), c.Orig(i+len(tt.word))
			assert.Equal(t, tt.wantOrig, tt.in[start:end])
		})
	}
}

func TestNeeded(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"ASCII", "Plain words.", false},
		{"accented, already NFKC", "Zelenskyý in Kyiv", false},
		{"curly apostrophe", "it\u2019s", true},
		{"zero-width space", "a\u200bb", true},
		{"fullwidth", "\uff21", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Needed(tt.in))
		})
	}
}

// Words leaves text alone when only quotation marks or dashes would
// change, which no word holds; otherwise it is New.
func TestWords(t *testing.T) {
	tests := []struct {
		name, in, want string
		changed        bool
	}{
		{"curly quotes only", "\u201cyes\u201d, it\u2019s", "\u201cyes\u201d, it\u2019s", false},
		{"a dash only", "2024\u20132025", "2024\u20132025", false},
		{"a zero-width space too", "\u201cgo\u200bod\u201d", "\"good\"", true},
		{"fullwidth", "\uff37it", "Wit", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Words(tt.in)
			assert.Equal(t, tt.want, got.S)
			assert.Equal(t, tt.changed, got.Changed())
		})
	}
}

// FuzzNew checks that normalising never panics, is idempotent, and maps
// every offset into the original in order.
func FuzzNew(f *testing.F) {
	for _, s := range []string{"", "a\u200bb", "\uff37it", "\u201cx\u201d", "e\u0301\u200d\u0301", "\xff\xfe", "\ufb01\u00ad"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := New(s)
		if utf8.ValidString(s) {
			require.Equal(t, c.S, String(c.S), "normalising twice changes nothing")
		}
		prev := 0
		for i := 0; i <= len(c.S); i++ {
			o := c.Orig(i)
			require.GreaterOrEqual(t, o, prev, "offsets go forward")
			require.LessOrEqual(t, o, len(s))
			prev = o
		}
		require.Equal(t, len(s), c.Orig(len(c.S)))
	})
}

func BenchmarkNew(b *testing.B) {
	s := strings.Repeat("\u201cWe will see,\u201d the envoy\u2019s aide said \u2014 twice. ", 200)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		New(s)
	}
}

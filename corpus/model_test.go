package corpus

import (
	"encoding/json"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParagraphReasonRoundTrip(t *testing.T) {
	tests := []struct {
		name, why string
	}{
		{"own text", ""},
		{"fixed reason", "short list item"},
		{"repeat with its line", "repeats line 12"},
		{"repeat of line zero", "repeats line 0"},
		{"last of the list", "between boilerplate paragraphs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p Paragraph
			require.NoError(t, p.SetWhy(tt.why))
			assert.Equal(t, tt.why, p.Why())
			var q Paragraph
			require.NoError(t, q.SetWhyCode(p.WhyCode()))
			assert.Equal(t, tt.why, q.Why(), "restored from its code")
			b, err := json.Marshal(p)
			require.NoError(t, err)
			if tt.why != "" {
				assert.Contains(t, string(b), `"why":"`+tt.why+`"`, "JSON shows the reason composed")
			}
		})
	}
}

func TestParagraphReasonRefusesUnknown(t *testing.T) {
	tests := []struct {
		name string
		set  func(p *Paragraph) error
	}{
		{"unknown text", func(p *Paragraph) error { return p.SetWhy("looked odd") }},
		{"repeat without a number", func(p *Paragraph) error { return p.SetWhy("repeats line x") }},
		{"code past the list", func(p *Paragraph) error { return p.SetWhyCode(200, 0) }},
		{"line on a reason without one", func(p *Paragraph) error { return p.SetWhyCode(1, 4) }},
		{"negative line", func(p *Paragraph) error { return p.SetWhyCode(reasonRepeatsLine, -1) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p Paragraph
			assert.Error(t, tt.set(&p))
			assert.Equal(t, "", p.Why(), "a refused reason leaves none")
		})
	}
}

func TestFactLists(t *testing.T) {
	many := make([]int32, MaxFactList+10)
	tests := []struct {
		name       string
		values     []Value
		people     []int32
		wantValues int
		wantPeople int
	}{
		{"none", nil, nil, 0, 0},
		{"a few", []Value{{Kind: ValueDate, Norm: "2025-10-14"}, {Kind: ValueNumber, Norm: "28", Num: 28}}, []int32{3, 1}, 2, 2},
		{"a table of figures keeps its first", nil, many, 0, MaxFactList},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var f Fact
			f.SetValues(tt.values)
			f.SetPeople(tt.people)
			assert.Len(t, f.Values(), tt.wantValues)
			assert.Len(t, f.People(), tt.wantPeople)
			if tt.wantValues > 0 {
				assert.Equal(t, tt.values, f.Values(), "the values as given, all of them")
				assert.Equal(t, tt.people, f.People())
			}
			assert.Equal(t, len(f.Values()), cap(f.Values()), "an append copies instead of overwriting a neighbour")
		})
	}
}

func TestClusterLists(t *testing.T) {
	tests := []struct {
		name         string
		ids          []int32
		articles     int
		wantMembers  []int32
		wantArticles []int32
	}{
		{"one item", []int32{7, 2}, 1, []int32{7}, []int32{2}},
		{"three items in two articles", []int32{4, 9, 5, 1, 3}, 2, []int32{4, 9, 5}, []int32{1, 3}},
		{"empty", nil, 0, nil, nil},
		{"a count past the list is cut", []int32{4}, 3, nil, []int32{4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Cluster
			c.SetLists(tt.ids, tt.articles)
			assert.Equal(t, tt.wantMembers, c.Members())
			assert.Equal(t, tt.wantArticles, c.Articles())
			b, err := json.Marshal(c)
			require.NoError(t, err)
			assert.Contains(t, string(b), `"members":`)
		})
	}
}

func TestClusterCountsPackedOrLong(t *testing.T) {
	many := make([]int32, shortMembers+1)
	for i := range many {
		many[i] = int32(i)
	}
	tests := []struct {
		name             string
		members, arts    []int32
		wantSpace        int
		wantFirstCountIs int32
	}{
		{"one item: counts in one word", []int32{7}, []int32{2}, 3, 1<<16 | 1},
		{"more members than one word holds: three words", many, []int32{0, 1}, 3 + len(many) + 2, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			space := ClusterSpace(len(tt.members), len(tt.arts))
			require.Equal(t, tt.wantSpace, space)
			buf := make([]int32, space)
			copy(buf[space-len(tt.members)-len(tt.arts):], tt.members)
			copy(buf[space-len(tt.arts):], tt.arts)
			var c Cluster
			c.SetPacked(buf, len(tt.members), len(tt.arts))
			assert.Equal(t, tt.wantFirstCountIs, buf[0])
			assert.Equal(t, tt.members, c.Members())
			assert.Equal(t, tt.arts, c.Articles())
		})
	}
	var c Cluster
	c.SetPacked(make([]int32, 2), 1, 1)
	assert.Nil(t, c.Members(), "a buffer of the wrong length leaves the cluster empty")
}

func TestMentionSpan(t *testing.T) {
	m := NewMention(4, Span{Start: 10, End: 17})
	assert.Equal(t, int32(4), m.Article)
	assert.Equal(t, Span{Start: 10, End: 17}, m.Span())
	c := &Corpus{Articles: []*Article{{}, {}, {}, {}, {Text: "He said Ushkov told us."}}}
	assert.Equal(t, "told us", c.MentionText(NewMention(4, Span{Start: 15, End: 22})))
	assert.Equal(t, "", c.MentionText(NewMention(9, Span{Start: 0, End: 2})), "no such article")
}

func TestValueFields(t *testing.T) {
	tests := []struct {
		name string
		span Span
		unit string
		json string
	}{
		{"a count with a unit", Span{Start: 4, End: 9}, "lamp post", `{"kind":"number","text":"t","span":{"start":4,"end":9},"norm":"n","num":2,"unit":"lamp post"}`},
		{"no unit", Span{Start: 0, End: 1}, "", `{"kind":"number","text":"t","span":{"start":0,"end":1},"norm":"n","num":2}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := Value{Kind: ValueNumber, Text: "t", Norm: "n", Num: 2, Unit: UnitOf(tt.unit)}
			v.SetSpan(tt.span)
			assert.Equal(t, tt.span, v.Span())
			assert.Equal(t, tt.unit, v.Unit.String())
			assert.Equal(t, UnitOf(tt.unit), v.Unit, "the same unit, the same code")
			b, err := json.Marshal(v)
			require.NoError(t, err)
			assert.JSONEq(t, tt.json, string(b))
		})
	}
	t.Run("no unit is the zero code", func(t *testing.T) {
		assert.Equal(t, Unit(0), UnitOf(""))
		assert.Equal(t, "", Unit(MaxUnits+5).String(), "a code past the table reads as no unit")
	})
	t.Run("a value is 56 bytes", func(t *testing.T) {
		assert.LessOrEqual(t, unsafe.Sizeof(Value{}), uintptr(56))
	})
}

func TestParagraphSpan(t *testing.T) {
	tests := []struct {
		name string
		span Span
		kind ParaKind
		json string
	}{
		{"body", Span{Start: 3, End: 40}, ParaBody, `{"span":{"start":3,"end":40},"kind":"body"}`},
		{"title at the start", Span{Start: 0, End: 12}, ParaTitle, `{"span":{"start":0,"end":12},"kind":"title"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := NewParagraph(tt.span, tt.kind)
			assert.Equal(t, tt.span, p.Span())
			assert.Equal(t, tt.kind, p.Kind)
			b, err := json.Marshal(p)
			require.NoError(t, err)
			assert.JSONEq(t, tt.json, string(b))
		})
	}
	t.Run("a paragraph is 16 bytes", func(t *testing.T) {
		assert.LessOrEqual(t, unsafe.Sizeof(Paragraph{}), uintptr(16))
	})
}

func TestQuoteSize(t *testing.T) {
	assert.LessOrEqual(t, unsafe.Sizeof(Quote{}), uintptr(104), "ids int32: 128 -> 104 bytes a quotation")
}

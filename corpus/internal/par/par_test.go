package par

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunsCoverTheListInOrder(t *testing.T) {
	even := func(int) int { return 100 << 10 }
	cases := []struct {
		name   string
		n      int
		weight func(int) int
		cores  int
		want   []Run
	}{
		{"nothing", 0, even, 2, nil},
		{"small work is one run", 3, func(int) int { return 10 << 10 }, 2, []Run{{0, 3}}},
		{"one core is one run", 40, even, 1, []Run{{0, 40}}},
		{"equal items, equal runs", 16, even, 2, []Run{{0, 2}, {2, 4}, {4, 6}, {6, 8}, {8, 10}, {10, 12}, {12, 14}, {14, 16}}},
		{"fewer items than runs", 4, even, 2, []Run{{0, 1}, {1, 2}, {2, 3}, {3, 4}}},
		{"a heavy item closes its run early", 5, func(i int) int {
			if i == 0 {
				return 1 << 20
			}
			return 1 << 10
		}, 2, []Run{{0, 1}, {1, 5}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := runs(c.n, c.weight, c.cores)
			assert.Equal(t, c.want, got)
		})
	}
}

func TestDoGivesTheSameResultsOnAnyNumberOfRuns(t *testing.T) {
	items := make([]int, 1000)
	for i := range items {
		items[i] = i * 7 % 13
	}
	sum := func(rs []Run) []int {
		parts := make([][]int, len(rs))
		Do(rs, func(i int, r Run) {
			for _, x := range items[r.Lo:r.Hi] {
				parts[i] = append(parts[i], x*x)
			}
		})
		var out []int
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	one := sum([]Run{{0, len(items)}})
	many := sum(runs(len(items), func(int) int { return 4 << 10 }, 4))
	require.Len(t, one, len(items))
	assert.Equal(t, one, many)
}

func TestDoRaisesAPanicInTheCaller(t *testing.T) {
	rs := []Run{{0, 1}, {1, 2}, {2, 3}, {3, 4}}
	assert.PanicsWithValue(t, "bad article", func() {
		Do(rs, func(i int, _ Run) {
			if i == 2 {
				panic("bad article")
			}
		})
	})
}

package corpus

import (
	"sync"
	"sync/atomic"

	"factdesk/corpus/internal/pack"
)

// Unit is a value's unit ("people", "GBP", "year old") as a code in a
// table shared by the process: units are a few thousand words repeated
// over hundreds of thousands of values, so a value keeps 4 bytes, not a
// 16-byte string. The zero Unit is no unit.
type Unit uint32

// MaxUnits bounds the table: a unit past it reads as no unit. Units are
// words of the text, so a corpus that fills it is not prose.
const MaxUnits = 1 << 20

var units struct {
	mu    sync.Mutex
	ids   map[string]Unit
	names atomic.Pointer[[]string] // append-only: readers take no lock
	text  pack.Strings             // the names' bytes
}

// unitsAtStart is how many units the table has room for when the program
// starts. It lasts as long as the process: grown for a corpus's first
// units during its build, among the build's garbage, its arrays and each
// copied name held pages of that garbage part full once it was gone.
const unitsAtStart = 256

func init() {
	names := make([]string, 1, unitsAtStart)
	units.names.Store(&names)
	units.ids = make(map[string]Unit, unitsAtStart)
	units.ids[""] = 0
	units.text.Reserve(16 * unitsAtStart)
}

// UnitOf is the code of unit s, adding it to the table when new.
func UnitOf(s string) Unit {
	units.mu.Lock()
	defer units.mu.Unlock()
	if u, ok := units.ids[s]; ok {
		return u
	}
	names := *units.names.Load()
	if len(names) >= MaxUnits {
		return 0
	}
	// A copy: s is often cut from an article's text, and the table,
	// kept for the process's life, would keep the whole text it was cut
	// from (every article's, read into one array) after that corpus went.
	s = units.text.Copy(s)
	u := Unit(len(names))
	// Appending past len never writes an element a reader can see: readers
	// index only the slice they loaded.
	names = append(names, s)
	units.names.Store(&names)
	units.ids[s] = u
	return u
}

// String is the unit as written, "" for none.
func (u Unit) String() string {
	names := *units.names.Load()
	if int(u) >= len(names) {
		return ""
	}
	return names[u]
}

// MarshalText makes units readable in JSON.
func (u Unit) MarshalText() ([]byte, error) { return []byte(u.String()), nil }

package corpus

import "fmt"

// The kinds read back what MarshalText writes, so that JSON and
// encoding/gob (a snapshot, see corpus/engine) round-trip them.

// UnmarshalText reads "title", "body" or "boilerplate".
func (k *ParaKind) UnmarshalText(b []byte) error {
	for _, v := range []ParaKind{ParaBody, ParaTitle, ParaBoilerplate} {
		if v.String() == string(b) {
			*k = v
			return nil
		}
	}
	return fmt.Errorf("paragraph kind %q", b)
}

// UnmarshalText reads a kind's name ("person", "org", "outlet", …).
func (k *EntityKind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = EntityKind(i)
			return nil
		}
	}
	return fmt.Errorf("entity kind %q", b)
}

// UnmarshalText reads a form's name.
func (f *Form) UnmarshalText(b []byte) error {
	for _, v := range []Form{FormMarked, FormDash, FormFragment, FormContinuation, FormTranscript} {
		if v.String() == string(b) {
			*f = v
			return nil
		}
	}
	return fmt.Errorf("quotation form %q", b)
}

// UnmarshalText reads a value kind's name.
func (k *ValueKind) UnmarshalText(b []byte) error {
	for v := ValueDate; v <= ValueRelative; v++ {
		if v.String() == string(b) {
			*k = v
			return nil
		}
	}
	return fmt.Errorf("value kind %q", b)
}

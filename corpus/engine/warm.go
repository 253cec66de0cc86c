package engine

import (
	"bytes"
	"encoding/gob"

	"factdesk/corpus/answer"
	"factdesk/corpus/index"
	"factdesk/corpus/lex"
	"factdesk/corpus/person"
)

// The tables a build makes on first use last as long as the process.
// Made during the first build, they were scattered among its garbage,
// and once the build was compacted each held a page of it part full:
// 0.1-0.15 times the text at 1,000 articles, more or less from one build
// to the next as its goroutines interleaved. Made when the program
// starts, they lie among its other lasting objects, for some
// microseconds.
func init() {
	// gob's descriptions of the snapshot's types, which compacting's
	// first encoding made with the whole build still alive.
	var buf bytes.Buffer
	p := &snapshotPayload{Resolver: &person.Snapshot{}, Answer: &answer.Snapshot{}, Index: &index.Snapshot{}}
	if err := encodePayload(gob.NewEncoder(&buf), p); err != nil {
		panic("engine: snapshot types: " + err.Error())
	}
	if _, err := decodePayload(gob.NewDecoder(&buf)); err != nil {
		panic("engine: snapshot types: " + err.Error())
	}
	lex.Known("be", lex.Verb) // opens the word table
}

// Package lex knows English words: their dictionary forms, their WordNet
// classes, synonyms and derivations, and their parts of speech in a sentence.
// Both the attribution stage (a communication verb in a reporting position is
// a cue) and the answering stage (resign matches resignation) read words
// through it, so they agree on what a word is.
//
// # WordNet
//
// WordNet 3.0 (Princeton; licence in LICENSE.wordnet) is compiled by
// internal/gen from Debian's wordnet-base into wordnet.bin and embedded.
// `go generate ./corpus/lex` regenerates it byte for byte. The table is read
// in place, so the first lookup of a process costs microseconds.
//
//	Lemma("said", 0)                   // "say"
//	Lemma("stopped", Verb)             // "stop"
//	VerbClasses("bark").Has(Communication)
//	FirstClass("walk", Verb)           // VerbMotion
//	IsCommunication("insisted")        // true
//	Synonyms("resign", Verb)           // "vacate", "step down", "leave office", …
//	Related("resign")                  // "resignation", …
//	Related("appoint")                 // "appointee", "appointment" (noun of action added where WordNet lacks it)
//	Agents("negotiate")                // "negotiator"
//	Known("chief executive", Noun)     // true
//	Senses("say", Verb)                // each sense: class, SemCor count, synonyms
//	Classes("minister", Noun).String() // "noun.person|…"; ParseClass reads a name
//
// A lemma argument may be an inflected form (it is lemmatised first), in any
// case; multi-word lemmas are written with spaces. POS 0 means any part of
// speech, or the most likely one where one must be chosen.
//
// # Tagging
//
// Tag splits a text into tokens with byte offsets into it (its own Penn
// Treebank tokenizer: clitics split, quotation marks of every kind) and tags
// them with github.com/jdkato/prose/v3's averaged-perceptron model (prose's
// tokenizer, segmenter and entity extraction are not used; the model's
// features are found by hashing, perceptron.go, which gives prose's tags
// about three times faster than prose's own search), and gives each
// token its lemma for the tag's part of speech (TagLemma; TagPOS maps a Penn
// tag to a POS). The verb of an inverted question ("Did the coach resign?")
// is retagged as a verb, which the perceptron reads as a noun. Tag runs at a
// few MB/s, so it is meant for selected sentences and questions, and reads at
// most MaxTagBytes per call; Lemma and the class lookups are cheap anywhere.
//
// # Cost
//
// Lookups allocate little and are safe for concurrent use; morphy's results
// are cached, up to 65,536 words. The first Tag call of a process reads
// prose's model and hashes its features (about 20 ms, 4 MB).
package lex

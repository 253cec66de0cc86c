package lex

import (
	"math/bits"
	"strings"
)

// POS is a part of speech as WordNet has them. The zero POS means "any" to
// the lookups that take one, and "the most likely" to Lemma.
type POS uint8

// The parts of speech.
const (
	Noun POS = 1 + iota
	Verb
	Adj
	Adv
)

var posNames = [...]string{"", "noun", "verb", "adj", "adv"}

func (p POS) String() string {
	if int(p) < len(posNames) && p != 0 {
		return posNames[p]
	}
	return "any"
}

// Class is a set of WordNet lexicographer classes (the files the lexicographers
// sorted the senses into: verb.communication, noun.person, …). Bit n is
// lexicographer file number n, so a sense's class is one bit and a word's
// classes are the union over its senses.
type Class uint64

// The classes, by lexicographer file number. Verb and noun classes carry their
// part of speech in the name so that VerbCommunication (say, tell, bark) and
// NounCommunication (statement, letter) do not collide.
const (
	AdjAll Class = 1 << iota
	AdjPert
	AdvAll
	NounTops
	NounAct
	NounAnimal
	NounArtifact
	NounAttribute
	NounBody
	NounCognition
	NounCommunication
	NounEvent
	NounFeeling
	NounFood
	NounGroup
	NounLocation
	NounMotive
	NounObject
	NounPerson
	NounPhenomenon
	NounPlant
	NounPossession
	NounProcess
	NounQuantity
	NounRelation
	NounShape
	NounState
	NounSubstance
	NounTime
	VerbBody
	VerbChange
	VerbCognition
	VerbCommunication
	VerbCompetition
	VerbConsumption
	VerbContact
	VerbCreation
	VerbEmotion
	VerbMotion
	VerbPerception
	VerbPossession
	VerbSocial
	VerbStative
	VerbWeather
	AdjPpl
)

// Short names for the verb classes the other stages ask for most.
const (
	Communication = VerbCommunication
	Motion        = VerbMotion
	Change        = VerbChange
	Social        = VerbSocial
	Possession    = VerbPossession
	Cognition     = VerbCognition
	Creation      = VerbCreation
	Contact       = VerbContact
	Stative       = VerbStative
	Competition   = VerbCompetition
	Perception    = VerbPerception
	Emotion       = VerbEmotion
)

// classNames are WordNet's own names for the lexicographer files.
var classNames = [...]string{
	"adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal",
	"noun.artifact", "noun.attribute", "noun.body", "noun.cognition",
	"noun.communication", "noun.event", "noun.feeling", "noun.food",
	"noun.group", "noun.location", "noun.motive", "noun.object", "noun.person",
	"noun.phenomenon", "noun.plant", "noun.possession", "noun.process",
	"noun.quantity", "noun.relation", "noun.shape", "noun.state",
	"noun.substance", "noun.time", "verb.body", "verb.change",
	"verb.cognition", "verb.communication", "verb.competition",
	"verb.consumption", "verb.contact", "verb.creation", "verb.emotion",
	"verb.motion", "verb.perception", "verb.possession", "verb.social",
	"verb.stative", "verb.weather", "adj.ppl",
}

// Has reports whether c shares a class with any of want.
func (c Class) Has(want Class) bool { return c&want != 0 }

// Names lists the classes in c by their WordNet names, in file order.
func (c Class) Names() []string {
	var out []string
	for c != 0 {
		i := bits.TrailingZeros64(uint64(c))
		if i < len(classNames) {
			out = append(out, classNames[i])
		}
		c &^= 1 << i
	}
	return out
}

// String joins the class names with "|" ("verb.communication|verb.social").
func (c Class) String() string { return strings.Join(c.Names(), "|") }

// ParseClass reads one WordNet class name ("noun.person"); false when unknown.
func ParseClass(name string) (Class, bool) {
	for i, n := range classNames {
		if n == name {
			return 1 << i, true
		}
	}
	return 0, false
}

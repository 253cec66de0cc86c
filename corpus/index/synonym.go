package index

// synonymGroups are words a reporter and a reporter's source use for the
// same thing in news about talks and statements. They are stems, as the
// analyzer leaves them. A question word matches its group's other members
// at a lower weight (SynonymFactor); it never replaces the word itself.
var synonymGroups = [][]string{
	{"speak", "spoke", "talk", "call", "phone", "convers", "discuss", "telephon"},
	{"say", "said", "tell", "told", "state", "note", "remark", "add", "comment"},
	{"publish", "releas", "report", "print", "leak", "obtain"},
	{"fire", "dismiss", "sack", "oust", "remov", "resign"},
	{"visit", "travel", "trip", "go", "meet"},
	{"disput", "deni", "question", "contest", "challeng", "reject"},
	{"propos", "plan", "deal", "agreement"},
	{"last", "durat", "long", "minut", "hour"},
	{"transcript", "record"},
	{"stori", "report", "articl"},
	{"fake", "fabric", "lie", "fals"},
	{"win", "won", "victori", "beat"},
	{"rise", "rais", "increas", "hike", "boost", "grow"},
	{"cut", "reduc", "lower", "decreas", "drop", "fall"},
	{"cost", "loss", "lost", "lose"},
	{"run", "oper", "manag"},
	{"negoti", "broker", "mediat"},
	// Who someone is, as articles and readers word it.
	{"boss", "manag", "coach"},
	{"spokesman", "spokeswoman", "spokesperson"},
}

// SynonymFactor is the weight of a synonym against the word itself.
const SynonymFactor = 0.7

var synonyms = func() map[string][]string {
	m := map[string][]string{}
	for _, g := range synonymGroups {
		for _, w := range g {
			for _, o := range g {
				if o != w {
					m[w] = append(m[w], o)
				}
			}
		}
	}
	return m
}()

// Synonyms returns the other stems of term's group.
func Synonyms(term string) []string { return synonyms[term] }

// synonymVocab lets a misspelt word find its synonyms even when the
// corpus never uses the word itself ("speek" → speak → call).
var synonymVocab = func() *Vocab {
	v := newVocab()
	for w := range synonyms {
		v.add(w, w)
	}
	v.finish()
	return v
}()

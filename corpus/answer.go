package corpus

// Source is one article that reports an answer.
type Source struct {
	File      string   `json:"file"`
	Outlet    *string  `json:"outlet"` // nil when the publisher is unknown
	URL       string   `json:"url,omitempty"`
	Published Date     `json:"published"`
	Cites     []string `json:"cites,omitempty"` // upstream sources the article relays
	// Wording is the quotation or sentence as this article prints it.
	Wording string `json:"wording,omitempty"`
	Span    Span   `json:"span"`
}

// Alternative is a "did you mean" candidate next to the best answer.
type Alternative struct {
	Answer  string  `json:"answer"`
	Speaker string  `json:"speaker,omitempty"`
	Quote   string  `json:"quote,omitempty"`
	File    string  `json:"file,omitempty"`
	Score   float64 `json:"score"`
}

// Explanation is a score broken into its parts, as bleve explains a hit.
type Explanation struct {
	Value    float64        `json:"value"`
	Message  string         `json:"message"`
	Children []*Explanation `json:"children,omitempty"`
}

// Answer is the reply to a question. Found false means the corpus does not
// answer it: Speaker and Quote are then empty and Suggestions name the
// closest things the corpus does know.
type Answer struct {
	Found    bool   `json:"found"`
	Question string `json:"question"`
	// Kind is what the question asked: "whosaid", "said", "when", "howlong",
	// "howmany", "who", "yesno", "what".
	Kind string `json:"kind"`
	// Answer is the line a reporter reads first: "Steve Witkoff",
	// "October 14, 2025", "just over five minutes".
	Answer    string `json:"answer"`
	Speaker   string `json:"speaker,omitempty"`
	SpeakerID int    `json:"-"`
	// Quote is the quotation, or the sentence of the fact, in the wording of
	// the best source.
	Quote  string `json:"quote,omitempty"`
	File   string `json:"file,omitempty"` // the article Quote comes from
	QuoteN int    `json:"-"`              // Corpus.Quotes id, -1 when the answer is a fact
	FactN  int    `json:"-"`              // Corpus.Facts id, -1 when the answer is a quotation
	// Sources lists every article that reports the matched quotation or
	// fact: its whole cluster.
	Sources      []Source      `json:"sources"`
	Alternatives []Alternative `json:"alternatives,omitempty"`
	Suggestions  []string      `json:"suggestions,omitempty"`
	Score        float64       `json:"score"`
	Explain      *Explanation  `json:"explain,omitempty"`
}

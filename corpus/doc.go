// Package corpus is factdesk's domain model: articles, the people in them,
// the quotations and facts extracted from them, and the answers built from
// those. It holds plain types and imports no other package of the project;
// the stages that fill it live in sub-packages (load, segment, person,
// quote, fact, cluster, index, answer) and engine wires them together.
//
// Every extracted item carries a Span of byte offsets into its article's
// original Text, which is never rewritten: a quotation is Text[Start:End],
// as the article prints it.
package corpus

package engine_test

import (
	"context"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus/engine"
	"factdesk/internal/goldmatch"
)

// The value and role questions below are made from patterns in the
// shared articles (polnear-train and the dev stories), as
// TestSaidFromReportedSpeech makes its own: the test keeps the patterns,
// never the articles' sentences, and each question's expected answer is
// what the pattern matched.

// roleNouns end a role written beside a name in the patterns below.
const roleNouns = `spokesman|spokeswoman|spokesperson|secretary|lawyer|attorney|adviser|advisor|aide|manager|chairman|chairwoman|director|strategist|pollster|wife|husband|son|daughter|brother|sister|deputy|chief|counsel`

var (
	// "the Harbour Wire poll": a poll's name.
	pollName = regexp.MustCompile(`\b([A-Z][\w.&/]+(?:[ -][A-Z][\w.&/]+){0,3}) (?:[Pp]oll|[Ss]urvey)\b`)
	// "Berg, 52, said": how old is Berg.
	agePattern = regexp.MustCompile(`(?:^|[^\w'’.])([A-Z][a-z]+ [A-Z][a-z]+), (\d{2}),`)
	// "the 52-year-old Ann Berg": how old is Ann Berg.
	ageBefore = regexp.MustCompile(`(\d{2})-year-old ((?:[A-Z][a-z]+ )?[A-Z][a-z]+)\b`)
	// "41% of likely voters backed the levy": what percentage of likely
	// voters backed the levy.
	sharePattern = regexp.MustCompile(`(?:^|[ (])(\d{1,2})(?:%| percent) of ((?:[a-z]+ ){0,2}[a-z]+s) ((?:[a-z]+ ){2,4})`)
	// "Berg's press secretary, Ann Lund, said": who is Berg's press secretary.
	possApposition = regexp.MustCompile(`(?:^|[^\w'’.])([A-Z][a-z]+)(?:'s|’s) ((?:[a-z]+ ){0,2}(?:` + roleNouns + `)), ((?:[A-Z][a-z]+ ){1,2}([A-Z][a-z]+)),`)
	// "Ann Lund, a lawyer for the Harbour Trust,": who is the lawyer for
	// the Harbour Trust.
	roleOf = regexp.MustCompile(`\b((?:[A-Z][a-z]+ )?([A-Z][a-z]+)), (?:the|a|an) ((?:[a-z]+ ){0,2}(?:` + roleNouns + `) (?:for|of|at|to) (?:the )?(?:[A-Z][\w.]*(?: |,))+)`)
	// "Berg campaign manager Ann Lund": who is Berg's campaign manager.
	titleBefore = regexp.MustCompile(`(?:^|[a-z,] )([A-Z][a-z]+) ((?:[a-z]+ ){0,1}(?:` + roleNouns + `)) ((?:[A-Z][a-z]+ ){1,2}([A-Z][a-z]+))\b`)
	// "312 members voted against the bill": how many members voted
	// against the bill.
	countDid = regexp.MustCompile(`(?:^|[^\w$£€.,%-])(\d{1,3}(?:,\d{3})*) ((?:[a-z]+ )?[a-z]+s) ((?:have |had |were )?[a-z]+ed) ((?:[A-Za-z]+ ){0,2}[A-Za-z]+)\b`)
	// "a survey of 1,200 likely voters": how many likely voters did the
	// survey reach.
	pollSize = regexp.MustCompile(`\b([Pp]oll|[Ss]urvey) (?:of|surveyed|interviewed|questioned) (\d{1,3}(?:,\d{3})*|\d+) ((?:[a-z]+ ){0,3}[a-z]+s)\b`)
	// "Ann Berg, 52, a nurse at the Halden clinic,": how old is the nurse
	// at the Halden clinic.
	ageRole = regexp.MustCompile(`(?:^|[^\w'’.])(?:[A-Z][a-z]+ )?[A-Z][a-z]+, (\d{2}), (?:a|an|the) ((?:[a-z-]+ ){0,3}[a-z-]+ (?:at|for|of|from|in) (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)*)`)
	// "Berg was replaced by Ann Lund", "Ann Lund replaced Berg": who
	// replaced Berg.
	replacedBy = regexp.MustCompile(`([A-Z][a-z]+)(?:, [^,]{3,60},)? (?:was|will be|would be|has been|is being|is to be|to be) (?:replaced|succeeded) by (?:[a-z]+ ){0,4}((?:[A-Z][a-z]+ ){0,2}([A-Z][a-z]+))`)
	replaced   = regexp.MustCompile(`(?:^|[a-z,] )((?:[A-Z][a-z]+ ){0,2}([A-Z][a-z]+)) (?:has |had |will |would )?(?:replaced|succeeded|replace|succeed|replaces|succeeds) (?:Mr |Ms |Mrs )?([A-Z][a-z]+)\b`)
	// "a 3-1 win over Halden": what was the score against Halden.
	scoreOver = regexp.MustCompile(`\b(\d{1,2}-\d{1,2}) (?:home |away )?(?:win|victory|defeat|loss|draw|triumph) (?:over|against|to|at|with) (?:the )?((?:[A-Z][a-z]+ ?){1,2})`)
	scoreBeat = regexp.MustCompile(`\b(?:beat|defeated|lost to|thrashed|edged|edged out) (?:the )?((?:[A-Z][a-z]+ ){1,2})(\d{1,2}-\d{1,2})\b`)
	// "the crew will return next February": when will the crew return.
	planned = regexp.MustCompile(`\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+) will ([a-z]+)(?: [a-z]+){0,5}? (?:in|on|next|by) (` + months + `)\b`)
	// "Ann Lund, the head of the Harbour Trust,": who heads the Harbour
	// Trust.
	headOf = regexp.MustCompile(`\b((?:[A-Z][a-z]+ )?([A-Z][a-z]+)), (?:the |a |an )?(?:[a-z]+ )?(head|leader|chairman|chairwoman|founder|co-founder|owner|director|chief executive|executive director) of (?:the )?([A-Z][\w.&'-]*(?: (?:[A-Z][\w.&'-]*|of|for|to|and|on))*)`)
	// "the Harbour Trust, founded by Ann Lund,": who founded the Harbour
	// Trust.
	headBy = regexp.MustCompile(`\b((?:[A-Z][\w.&'-]*)(?: (?:[A-Z][\w.&'-]*|of|for|to|and|on))*),? (founded|led|headed|chaired|owned|run|co-founded) by (?:[a-z-]+ (?:and )?){0,4}((?:[A-Z][a-z]+ )?([A-Z][a-z]+))\b`)
	// "Berg thanked his lawyer, Ann Lund,": who is Berg's lawyer.
	pronounRole = regexp.MustCompile(`\b([A-Z][a-z]+ ([A-Z][a-z]+)) [^.!?"“”]{0,80}? (?:his|her) ((?:[a-z]+ )?(?:` + roleNouns + `)), ((?:[A-Z][a-z]+ ){1,2}([A-Z][a-z]+)),`)
	// "a six-month voyage": how long was the voyage.
	lengthBefore = regexp.MustCompile(`\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(day|week|month|year|hour|minute) ([a-z]{3,}(?: [a-z]{3,})?)\b`)
	// "a 12-point charter": how many points were in the charter.
	countBefore = regexp.MustCompile(`\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(point|page|member|seat|mile|acre|story|bed|room|state|county|nation|country|count|vote) ([a-z]{3,})\b`)
	// "Berg finished second in the Halden primary": where did Berg finish
	// in the Halden primary.
	rankIn = regexp.MustCompile(`\b([A-Z][a-z]+) (finished|came|placed|is|was|sits|sat|ranks|ranked|stands|remains|were|are) (?:a distant |a close |now )?(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last) in (the )?((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,3}(?: [a-z]{4,})?|(?:[a-z]+ )?(?:polls|poll|league|table|standings|race|count|rankings|field|voting|primary|caucuses))`)
	// "“…,” Berg said at a rally in Halden": where did Berg say it (by
	// two long words of the quotation).
	saidAt = regexp.MustCompile(`[“"]([^”"]{20,300})[,.!?][”"] (?:[A-Z][a-z]+ )?([A-Z][a-z]+) (?:said|told [a-z]+)(?: on [A-Z][a-z]+)? (at|aboard|during) (?:a|an|the|his|her) ((?:[a-z-]+ ){0,2}?[a-z-]+?)(?: (?:in|at) ([A-Z][a-z]+(?: [A-Z][a-z]+)?))?[,.;]`)
	// "Ann Berg resigned on Tuesday": when did Ann Berg resign.
	onWeekday = regexp.MustCompile(`(?:^|[.!?] )((?:[A-Z][a-z]+ )?[A-Z][a-z]+) ([a-z]+ed) ((?:[a-z]+ ){0,3}?)on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	// "Ann Berg resigned on March 3": when did Ann Berg resign.
	onMonth = regexp.MustCompile(`\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+) ([a-z]+ed) ((?:[a-z]+ ){0,3}?)(?:on|in) (` + months + `)\b`)
)

// headVerbs are how a question asks for the holder of a post at the
// head of an organisation: "who chairs the Harbour Trust".
var headVerbs = map[string]string{"head": "heads", "leader": "leads", "chairman": "chairs", "chairwoman": "chairs",
	"founder": "founded", "co-founder": "founded", "owner": "owns", "director": "runs", "chief executive": "runs", "executive director": "runs"}

// pastVerbs are the past forms the weekday pattern takes for verbs and
// the form a question asks with; other "-ed" words are left out, the
// pattern's question would not read.
var pastVerbs = map[string]string{"announced": "announce", "resigned": "resign", "signed": "sign", "launched": "launch",
	"filed": "file", "endorsed": "endorse", "released": "release", "visited": "visit", "tweeted": "tweet", "returned": "return",
	"died": "die", "arrived": "arrive", "voted": "vote", "dropped": "drop", "suspended": "suspend", "appeared": "appear",
	"unveiled": "unveil", "called": "call", "revealed": "reveal", "confirmed": "confirm", "stepped": "step", "published": "publish",
	"reported": "report", "rejected": "reject", "approved": "approve", "sacked": "sack", "dismissed": "dismiss", "fired": "fire",
	"attacked": "attack", "blasted": "blast", "posted": "post", "killed": "kill", "offered": "offer", "issued": "issue"}

// notNounAfter are words the length pattern reads after a noun that
// are none ("the drive from", "the video that").
var notNounAfter = map[string]bool{"from": true, "into": true, "that": true, "which": true, "who": true, "south": true,
	"north": true, "east": true, "west": true, "apart": true, "away": true, "ago": true, "before": true, "after": true}

// spelledNumbers are the numbers a length is written with before its
// noun; the answer line gives digits.
var spelledNumbers = map[string]string{"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12"}

// spelledOut is spelledNumbers the other way round.
var spelledOut = func() map[string]string {
	m := map[string]string{}
	for w, d := range spelledNumbers {
		m[d] = w
	}
	return m
}()

const months = `January|February|March|April|May|June|July|August|September|October|November|December`

// smallWord reports whether w is a word a question does not end on, or a
// verb the patterns take for a plural noun ("was").
func smallWord(w string) bool {
	switch w {
	case "the", "a", "an", "of", "for", "on", "in", "to", "and", "or", "at", "by", "with", "was", "has", "is", "its", "their", "his", "her":
		return true
	}
	return false
}

// trimSmall drops the small words that end ws.
func trimSmall(ws []string) []string {
	for len(ws) > 0 && smallWord(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// durationNouns count time, which "how long" asks, not "how many".
var durationNouns = map[string]bool{"years": true, "days": true, "months": true, "weeks": true, "hours": true, "minutes": true, "seconds": true, "decades": true}

// notNames are capitalised words the patterns take for names.
var notNames = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An In On At But And Mr Mrs Ms Dr He She It They We This That His Her
Democratic Republican House Party Senate Capital Street`) {
		notNames[w] = true
	}
}

// valueProbe is a question and the answers the patterns give for it: a
// role asked by whose it is may be held by several people in an archive
// ("the senator's spokesman").
type valueProbe struct {
	class, file, q string
	want           []string
}

// valueProbes makes the questions of each class from the articles of fsys,
// at most perFile of a class from one article.
func valueProbes(t *testing.T, fsys fs.FS, perFile int) []valueProbe {
	names, err := fs.Glob(fsys, "*.txt")
	require.NoError(t, err)
	sort.Strings(names)
	var out []valueProbe
	seen := map[string]int{}
	add := func(p valueProbe) {
		if k, ok := seen[p.q]; ok {
			out[k].want = append(out[k].want, p.want...)
			return
		}
		seen[p.q] = len(out)
		out = append(out, p)
	}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		require.NoError(t, err)
		text := string(b)
		n := 0
		for _, m := range agePattern.FindAllStringSubmatch(text, -1) {
			first := strings.Fields(m[1])[0]
			if notNames[first] || n == perFile {
				continue
			}
			n++
			add(valueProbe{"age", name, "how old is " + m[1], []string{m[2]}})
		}
		n = 0
		for _, m := range ageBefore.FindAllStringSubmatch(text, -1) {
			if notNames[strings.Fields(m[2])[0]] || n == perFile {
				continue
			}
			n++
			add(valueProbe{"age, before the name", name, "how old is " + m[2], []string{m[1]}})
		}
		n = 0
		for _, m := range sharePattern.FindAllStringSubmatch(text, -1) {
			if n == perFile {
				continue
			}
			n++
			add(valueProbe{"share", name, fmt.Sprintf("what percentage of %s %s", m[2], strings.TrimSpace(m[3])), []string{m[1]}})
		}
		n = 0
		for _, m := range possApposition.FindAllStringSubmatch(text, -1) {
			if notNames[m[1]] || notNames[strings.Fields(m[3])[0]] || n == perFile {
				continue
			}
			n++
			add(valueProbe{"role, apposition", name, fmt.Sprintf("who is %s's %s", m[1], m[2]), []string{m[4]}})
		}
		n = 0
		for _, m := range roleOf.FindAllStringSubmatch(text, -1) {
			if notNames[strings.Fields(m[1])[0]] || n == perFile {
				continue
			}
			n++
			add(valueProbe{"role, of whom", name, "who is the " + strings.TrimRight(m[3], ", "), []string{m[2]}})
		}
		n = 0
		for _, m := range titleBefore.FindAllStringSubmatch(text, -1) {
			if notNames[m[1]] || notNames[strings.Fields(m[3])[0]] || n == perFile {
				continue
			}
			n++
			add(valueProbe{"role, title", name, fmt.Sprintf("who is %s's %s", m[1], m[2]), []string{m[4]}})
		}
		n = 0
		for _, m := range countDid.FindAllStringSubmatch(text, -1) {
			noun := strings.Fields(m[2])
			rest := strings.Join(trimSmall(strings.Fields(m[4])), " ")
			if durationNouns[noun[len(noun)-1]] || slices.ContainsFunc(noun, smallWord) || n == perFile {
				continue
			}
			n++
			add(valueProbe{"count, who did", name, strings.TrimSpace(fmt.Sprintf("how many %s %s %s", m[2], m[3], rest)), []string{m[1], strings.ReplaceAll(m[1], ",", "")}})
		}
		n = 0
		for _, m := range pollSize.FindAllStringSubmatch(text, -1) {
			if slices.ContainsFunc(strings.Fields(m[3]), smallWord) || n == perFile {
				continue
			}
			// The poll as the article names it: "the Harbour Wire poll".
			pn := ""
			for _, nm := range pollName.FindAllStringSubmatch(text, -1) {
				if !notNames[strings.Fields(nm[1])[0]] {
					pn = nm[1] + " "
					break
				}
			}
			if pn == "" {
				continue
			}
			n++
			add(valueProbe{"count, poll size", name, fmt.Sprintf("how many %s did the %s%s survey", m[3], pn, strings.ToLower(m[1])), []string{m[2], strings.ReplaceAll(m[2], ",", "")}})
		}
		n = 0
		for _, m := range ageRole.FindAllStringSubmatch(text, -1) {
			if n == perFile {
				continue
			}
			n++
			add(valueProbe{"age, asked by role", name, "how old is the " + m[2], []string{m[1]}})
		}
		n = 0
		for _, m := range replacedBy.FindAllStringSubmatch(text, -1) {
			if notNames[m[1]] || notNames[strings.Fields(m[2])[0]] || n == perFile {
				continue
			}
			n++
			add(valueProbe{"who replaced", name, "who replaced " + m[1], []string{m[3]}})
		}
		for _, m := range replaced.FindAllStringSubmatch(text, -1) {
			if notNames[strings.Fields(m[1])[0]] || notNames[m[3]] || n == perFile {
				continue
			}
			n++
			add(valueProbe{"who replaced", name, "who replaced " + m[3], []string{m[2]}})
		}
		n = 0
		for _, m := range scoreOver.FindAllStringSubmatch(text, -1) {
			if n == perFile {
				continue
			}
			n++
			add(valueProbe{"score", name, "what was the score against " + strings.TrimSpace(m[2]), []string{m[1]}})
		}
		for _, m := range scoreBeat.FindAllStringSubmatch(text, -1) {
			if n == perFile {
				continue
			}
			n++
			add(valueProbe{"score", name, "what was the score against " + strings.TrimSpace(m[1]), []string{m[2]}})
		}
		n = 0
		for _, m := range headOf.FindAllStringSubmatch(text, -1) {
			org := strings.Fields(m[4])
			for len(org) > 1 && smallWord(org[len(org)-1]) {
				org = org[:len(org)-1]
			}
			if notNames[strings.Fields(m[1])[0]] || notNames[org[0]] || n == perFile {
				continue
			}
			n++
			add(valueProbe{"role, who heads", name, fmt.Sprintf("who %s %s", headVerbs[m[3]], strings.Join(org, " ")), []string{m[2]}})
		}
		n = 0
		for _, m := range headBy.FindAllStringSubmatch(text, -1) {
			org := strings.Fields(m[1])
			verb := map[string]string{"founded": "founded", "co-founded": "founded", "led": "leads", "headed": "heads", "chaired": "chairs", "owned": "owns", "run": "runs"}[m[2]]
			if notNames[org[0]] || notNames[strings.Fields(m[3])[0]] || n == perFile {
				continue
			}
			n++
			add(valueProbe{"role, who heads, by", name, fmt.Sprintf("who %s %s", verb, strings.Join(org, " ")), []string{m[4]}})
		}
		n = 0
		for _, m := range pronounRole.FindAllStringSubmatch(text, -1) {
			if notNames[strings.Fields(m[1])[0]] || notNames[strings.Fields(m[4])[0]] || m[2] == m[5] || n == perFile {
				continue
			}
			n++
			add(valueProbe{"role, his or her", name, fmt.Sprintf("who is %s's %s", m[2], m[3]), []string{m[5]}})
		}
		n = 0
		for _, m := range onWeekday.FindAllStringSubmatch(text, -1) {
			verb, ok := pastVerbs[m[2]]
			if notNames[strings.Fields(m[1])[0]] || !ok || n == perFile {
				continue
			}
			n++
			add(valueProbe{"date, a weekday", name, strings.TrimSpace(fmt.Sprintf("when did %s %s %s", m[1], verb, strings.Join(trimSmall(strings.Fields(m[3])), " "))), []string{m[4]}})
		}
		n = 0
		for _, m := range onMonth.FindAllStringSubmatch(text, -1) {
			verb, ok := pastVerbs[m[2]]
			if notNames[strings.Fields(m[1])[0]] || !ok || n == perFile {
				continue
			}
			n++
			add(valueProbe{"date, a month", name, strings.TrimSpace(fmt.Sprintf("when did %s %s %s", m[1], verb, strings.Join(trimSmall(strings.Fields(m[3])), " "))), []string{m[4]}})
		}
		n = 0
		for _, m := range lengthBefore.FindAllStringSubmatch(text, -1) {
			noun := strings.Fields(m[3])
			if smallWord(noun[0]) || strings.HasSuffix(noun[0], "ly") || n == perFile {
				continue // "a two-year old", "a five-minute walk"
			}
			if noun[0] == "old" {
				continue // "a two-year old"
			}
			if len(noun) == 2 && (smallWord(noun[1]) || notNounAfter[noun[1]] || strings.HasSuffix(noun[1], "ed") || strings.HasSuffix(noun[1], "ing")) {
				noun = noun[:1] // "a 15-month investigation into"
			}
			n++
			digits := m[1]
			if d, ok := spelledNumbers[m[1]]; ok {
				digits = d
			}
			add(valueProbe{"length, before its noun", name, "how long was the " + strings.Join(noun, " "),
				[]string{digits + " " + m[2], m[1] + "-" + m[2], m[1] + " " + m[2]}})
		}
		n = 0
		for _, m := range countBefore.FindAllStringSubmatch(text, -1) {
			if smallWord(m[3]) || notNounAfter[m[3]] || strings.HasSuffix(m[3], "ly") || n == perFile {
				continue
			}
			n++
			digits := m[1]
			if d, ok := spelledNumbers[m[1]]; ok {
				digits = d
			}
			unit := m[2] + "s"
			if strings.HasSuffix(m[2], "y") && m[2] != "day" {
				unit = strings.TrimSuffix(m[2], "y") + "ies"
			}
			want := []string{digits, m[1]}
			if w, ok := spelledOut[digits]; ok {
				want = append(want, w) // another article may write it in words
			}
			add(valueProbe{"count, before its noun", name, fmt.Sprintf("how many %s were in the %s", unit, m[3]), want})
		}
		n = 0
		for _, m := range rankIn.FindAllStringSubmatch(text, -1) {
			if notNames[m[1]] || n == perFile {
				continue
			}
			n++
			verb := map[string]string{"finished": "did %s finish", "came": "did %s come", "placed": "did %s place",
				"ranks": "does %s rank", "ranked": "did %s rank", "is": "is %s", "are": "are %s", "sits": "is %s", "stands": "is %s",
				"remains": "is %s", "was": "was %s", "were": "were %s", "sat": "was %s"}[m[2]]
			add(valueProbe{"position in a ranking", name, fmt.Sprintf("where "+verb+" in %s%s", m[1], m[4], m[5]), []string{m[3]}})
		}
		n = 0
		for _, m := range saidAt.FindAllStringSubmatch(text, -1) {
			var words []string
			for _, w := range letters.FindAllString(m[1], -1) {
				if len(w) > 4 && !reportedStop[strings.ToLower(w)] && w[0] >= 'a' && w[0] <= 'z' {
					words = append(words, w)
				}
			}
			if notNames[m[2]] || len(words) < 2 || n == perFile {
				continue
			}
			n++
			sort.SliceStable(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
			want := []string{m[5]} // the town of "a rally in Halden"
			if m[5] == "" {
				want = nil // the venue's nouns
				for _, w := range strings.Fields(m[4]) {
					if w != "here" && w != "there" && !smallWord(w) {
						want = append(want, w)
					}
				}
			}
			if len(want) == 0 {
				continue
			}
			add(valueProbe{"setting of words said", name, fmt.Sprintf("where did %s say %s %s", m[2], words[0], words[1]), want})
		}
		n = 0
		for _, m := range planned.FindAllStringSubmatch(text, -1) {
			if notNames[strings.Fields(m[1])[0]] || n == perFile {
				continue
			}
			n++
			add(valueProbe{"planned date", name, fmt.Sprintf("when will %s %s", m[1], m[2]), []string{m[3]}})
		}
	}
	return out
}

// TestValuesAndRolesFromPatterns measures classes of question over
// polnear-train and the dev stories: a person's age given after or
// before their name, or asked by their role; a percentage of a whole
// asked by the words after it; a person's role given in apposition or as
// a title before their name, asked by whose role it is, and one given
// after it ("a lawyer for the trust"), asked by the role; a count of a
// noun asked with its verb, a poll's size asked by the poll's name; a
// game's score asked by the other side; a planned date; who replaced
// someone. The answer line must hold the value or the person's surname.
func TestValuesAndRolesFromPatterns(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short: reads all of polnear-train")
	}
	shared := goldmatch.SharedDir()
	dirs := []string{filepath.Join(shared, "polnear-train", "corpus")}
	stories, _ := filepath.Glob(filepath.Join(shared, "dev-stories", "*", "corpus"))
	dirs = append(dirs, stories...)
	if _, err := os.Stat(dirs[0]); err != nil {
		t.Skipf("skipped: polnear-train is not at %s (set FACTDESK_SHARED): %v", dirs[0], err)
	}
	right, total := map[string]int{}, map[string]int{}
	for _, dir := range dirs {
		fsys := os.DirFS(dir)
		probes := valueProbes(t, fsys, 2)
		if len(probes) == 0 {
			continue
		}
		e, err := engine.Open(fsys, dir, engine.Options{})
		require.NoError(t, err)
		for _, p := range probes {
			a, err := e.Ask(context.Background(), p.q)
			require.NoError(t, err)
			total[p.class]++
			ok := a.Found && slices.ContainsFunc(p.want, func(w string) bool {
				return strings.Contains(strings.ToLower(a.Answer), strings.ToLower(w))
			})
			if ok {
				right[p.class]++
			}
			if os.Getenv("FACTDESK_GOLD_VERBOSE") != "" {
				t.Logf("%v %s | %s | want %s | got %q", ok, p.file, p.q, p.want, a.Answer)
			}
		}
	}
	// Before the eighth round: age 0.95, before the name 0.52, share
	// 0.18, apposition 0.31, of whom 0.90, title 0.79. Before the ninth:
	// age by role 0 of 13, counts 29 of 41, poll sizes 0 of 3,
	// scores 2 of 3, planned dates 3 of 4, who replaced 4 of 4. Before
	// the tenth: who heads 2 of 82, by a participle 2 of 3, his or her 1
	// of 4, a month 8 of 9, a weekday 2 of 2. Before the eleventh: a
	// length before its noun 47 of 60, a count before it 29 of 39, a
	// position in a ranking 0 of 3, where words were said 4 of 12.
	// Session 16: "age, before the name" 22 → 20 of 27 when a word the
	// corpus uses far more often than it names someone stopped naming
	// them: "how old is Vermont" and "how old is Iranian", made from
	// "the Vermont senator, 74" and "an Iranian, 18", had been answered
	// through the "Vermont Democrats" and the Revolutionary Guard Corps;
	// "how old is James York" now finds nothing instead of Cory James's
	// age.
	floor := map[string]float64{"age": 0.9, "age, before the name": 0.74, "share": 0.65, "role, apposition": 0.9, "role, of whom": 0.85, "role, title": 0.75,
		"age, asked by role": 0.85, "count, who did": 0.7, "count, poll size": 0.3, "score": 0.9, "planned date": 0.5, "who replaced": 0.75,
		"role, who heads": 0.85, "role, who heads, by": 0.6, "role, his or her": 0.2, "date, a month": 0.8, "date, a weekday": 0.5, "length, before its noun": 0.8, "count, before its noun": 0.85, "position in a ranking": 0.6, "setting of words said": 0.7}
	classes := slices.Sorted(maps.Keys(total))
	for class := range floor {
		if total[class] == 0 {
			classes = append(classes, class)
		}
	}
	for _, class := range classes {
		min := floor[class]
		t.Run(class, func(t *testing.T) {
			require.Positive(t, total[class], "questions made")
			share := float64(right[class]) / float64(total[class])
			t.Logf("%s: %d of %d (%.2f)", class, right[class], total[class], share)
			assert.GreaterOrEqual(t, share, min, "share answered")
		})
	}
}

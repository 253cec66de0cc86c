package person

import "strings"

// Familiar forms of given names: "Jim" is James, "Bill" William, "Kate"
// Catherine. No lexical resource here lists them (WordNet has no given
// names, the given-name table only genders), so they are listed by hand:
// the common English forms that do not begin as the full name does. A
// form that does ("Mike", "Steve", "Kathy" for Katherine) is found by its
// first letters (SameGiven).
var familiar = map[string]string{
	"jim": "james", "jimmy": "james", "jamie": "james",
	"bill": "william", "billy": "william", "will": "william", "willy": "william", "liam": "william",
	"bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert", "bert": "robert",
	"dick": "richard", "rick": "richard", "ricky": "richard", "rich": "richard",
	"ted": "edward", "teddy": "edward", "ned": "edward", "eddie": "edward", "ed": "edward",
	"jack": "john", "johnny": "john",
	"hank": "henry", "harry": "henry",
	"chuck": "charles", "charlie": "charles",
	"peggy": "margaret", "meg": "margaret", "maggie": "margaret", "marge": "margaret",
	"polly": "mary", "molly": "mary", "mamie": "mary",
	"sally": "sarah", "sadie": "sarah",
	"betty": "elizabeth", "beth": "elizabeth", "liz": "elizabeth", "lizzie": "elizabeth", "libby": "elizabeth", "bess": "elizabeth", "betsy": "elizabeth", "eliza": "elizabeth",
	"kate": "catherine", "katie": "catherine", "kathy": "catherine", "cathy": "catherine", "kay": "catherine", "kit": "catherine",
	"tony": "anthony", "sandy": "alexander", "alex": "alexander",
	"jerry": "gerald", "jeff": "geoffrey", "larry": "lawrence",
	"nancy": "ann", "annie": "ann",
	"sue": "susan", "susie": "susan",
	"patty": "patricia", "patsy": "patricia", "trish": "patricia",
	"jenny": "jennifer", "jen": "jennifer",
	"vicky": "victoria", "tori": "victoria",
	"becky": "rebecca", "becca": "rebecca",
	"chris": "christopher",
	"nick":  "nicholas", "mike": "michael", "mick": "michael",
	"steve": "stephen", "andy": "andrew", "drew": "andrew",
	"dan": "daniel", "danny": "daniel", "dave": "david", "joe": "joseph", "tom": "thomas", "tommy": "thomas",
	"sam": "samuel", "ben": "benjamin", "matt": "matthew", "pete": "peter", "greg": "gregory",
	"fred": "frederick", "al": "albert", "ron": "ronald", "don": "donald", "ken": "kenneth",
	"tim": "timothy", "phil": "philip", "rudy": "rudolph", "ray": "raymond",
}

// spellings of a full name that are one name ("Catherine", "Katherine",
// "Kathryn"; "Stephen", "Steven"): a form names any of them.
var spellings = map[string]string{
	"katherine": "catherine", "katharine": "catherine", "kathryn": "catherine", "catharine": "catherine", "caitlin": "catherine",
	"steven": "stephen", "jeffrey": "geoffrey", "jeffery": "geoffrey",
	"phillip": "philip", "anne": "ann", "anna": "ann", "sara": "sarah", "elisabeth": "elizabeth",
	"frederic": "frederick", "laurence": "lawrence", "nicolas": "nicholas", "micheal": "michael",
}

// FullGiven is the full given name a folded given name stands for, in one
// spelling ("catherine" for "kate" and for "katherine"): itself when it
// is one.
func FullGiven(n string) string {
	if f, ok := familiar[n]; ok {
		return f
	}
	if f, ok := spellings[n]; ok {
		return f
	}
	return n
}

// SameGiven reports whether two folded given names can name one person:
// equal, one a familiar form of the other or both of one full name ("Jim"
// and "James", "Kate" and "Katherine", "Bob" and "Robbie"), or one the
// other's first letters, three at least ("Alex", "Alexandra").
func SameGiven(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b || FullGiven(a) == FullGiven(b) {
		return true
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	return len(short) >= 3 && strings.HasPrefix(long, short)
}

package fact

import "time"

// months maps month names and their abbreviations to months. Only
// capitalised forms count, so "may" the verb is not May the month.
var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// smallNumbers are the number words below twenty; tens the multiples of ten.
var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scales multiply what comes before them: "10 trillion", "two hundred".
var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

// scaleAbbreviations are the scales written glued to an amount of money:
// "£40k", "£10.4m", "$5bn".
var scaleAbbreviations = map[string]float64{"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}

// timeUnit is a unit of duration: its length in seconds and its ISO 8601
// designator. Months and years are the conventional 30 and 365 days.
type timeUnit struct {
	secs   float64
	desig  string // "S", "M", "H" (time part); "D", "W", "M", "Y" (date part)
	inTime bool
	mult   float64 // decades are ten years
}

var timeUnits = map[string]timeUnit{
	"second": {1, "S", true, 1}, "seconds": {1, "S", true, 1}, "secs": {1, "S", true, 1},
	"minute": {60, "M", true, 1}, "minutes": {60, "M", true, 1}, "mins": {60, "M", true, 1},
	"hour": {3600, "H", true, 1}, "hours": {3600, "H", true, 1}, "hrs": {3600, "H", true, 1},
	"day": {86400, "D", false, 1}, "days": {86400, "D", false, 1},
	"week": {604800, "W", false, 1}, "weeks": {604800, "W", false, 1},
	"month": {2592000, "M", false, 1}, "months": {2592000, "M", false, 1},
	"year": {31536000, "Y", false, 1}, "years": {31536000, "Y", false, 1},
	"decade": {315360000, "Y", false, 10}, "decades": {315360000, "Y", false, 10},
}

// currencies by symbol or word, as ISO 4217 codes.
var currencySymbols = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB", "₹": "INR"}

var currencyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
	"pound": "GBP", "pounds": "GBP", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
	"hryvnia": "UAH", "hryvnias": "UAH", "yuan": "CNY", "yen": "JPY",
	"rupee": "INR", "rupees": "INR",
}

// qualifiers are the hedges before an amount ("just over five minutes");
// they stay in Value.Text so the reader sees them. Longest first.
var qualifiers = [][]string{
	{"a", "little", "more", "than"}, {"a", "little", "over"}, {"a", "little", "under"},
	{"just", "over"}, {"just", "under"}, {"more", "than"}, {"less", "than"}, {"fewer", "than"},
	{"at", "least"}, {"at", "most"}, {"up", "to"}, {"no", "more", "than"},
	{"nearly"}, {"almost"}, {"about"}, {"around"}, {"roughly"}, {"approximately"},
	{"some"}, {"over"}, {"under"}, {"only"}, {"barely"}, {"just"}, {"exactly"},
}

// yearPrepositions make a bare four-digit number a year: "in 2024".
var yearPrepositions = map[string]bool{
	"in": true, "since": true, "until": true, "by": true, "from": true, "during": true,
	"before": true, "after": true, "of": true, "early": true, "late": true, "mid": true,
	"through": true, "throughout": true,
}

// yearDeterminers make a four-digit number before a noun a year: "the 2000
// election", "his 1995 tax return".
var yearDeterminers = map[string]bool{
	"the": true, "his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
}

// monthPrepositions make a bare month name a date: "in October".
var monthPrepositions = map[string]bool{
	"in": true, "since": true, "until": true, "by": true, "during": true, "early": true,
	"late": true, "mid": true, "through": true, "last": true, "next": true, "this": true,
	"from": true, "before": true, "after": true,
}

// mayPrepositions are the words after which "May" is the month, not
// the verb nor a Mrs May ("a speech by May", "after May took office").
var mayPrepositions = map[string]bool{
	"in": true, "since": true, "until": true, "during": true, "early": true, "late": true, "mid": true,
	"last": true, "next": true, "this": true,
}

// unitStop are words after a number that are not what it counts.
var unitStop = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "to": true, "in": true, "on": true,
	"for": true, "with": true, "at": true, "by": true, "from": true, "that": true, "which": true,
	"who": true, "was": true, "were": true, "is": true, "are": true, "be": true, "had": true,
	"has": true, "have": true, "more": true, "than": true, "or": true, "as": true, "per": true,
	"but": true, "it": true, "its": true, "will": true, "would": true, "could": true, "times": true,
	"said": true, "says": true, "out": true, "other": true, "others": true, "remain": true,
}

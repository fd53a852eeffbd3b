package linkage

import (
	"errors"
	"fmt"
	"github.com/xuri/excelize/v2"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/retrace-uk/retrace"
)

// Data from different systems write one value many ways: 24/06/1971 and 1971-06-24,
// "Male" and "M", "Eritrea", "Eritrean" and "ERI". Before linking, the columns that
// comparisons read as dates, sexes and nationalities are rewritten in one form, so
// that blocking and comparison see one person's values alike.

// columnReading reports what rewriting one column found.
type columnReading struct {
	column     string
	what       string
	unreadable int
	firstAt    string // where the first unreadable value is: its line (and file)
	problem    string // what is wrong with it, in words that may be shown
	note       string
	kept       bool // unreadable values are compared as written, not as missing
	values     int  // values not empty (counted by checkColumn)
}

func (r columnReading) String() string {
	s := ""
	if r.note != "" {
		s = fmt.Sprintf("%s: %s.", r.column, r.note)
	}
	if r.unreadable > 0 {
		if s != "" {
			s += " "
		}
		then := "compared as missing"
		if r.kept {
			then = "compared as written"
		}
		values := "values"
		if r.unreadable == 1 {
			values = "value"
		}
		s += fmt.Sprintf("%s: %d %s not read as %s, and %s (the first on %s: %s).",
			r.column, r.unreadable, values, r.what, then, r.firstAt, r.problem)
	}
	return s
}

// rewriteColumn replaces each value of a column by read's form of it, or, where read
// finds a problem, by what read gives then (empty, or the value as written), and
// counts those. The problem is shown: read must word it without the value where the
// value must not be shown (a date of birth).
func (d *Dataset) rewriteColumn(column, what string, read func(string) (string, string)) columnReading {
	r := columnReading{column: column, what: what}
	j, ok := d.columns[columnKey(column)]
	if !ok {
		return r
	}
	type result struct{ v, problem string }
	seen := map[string]result{} // values repeat: a million records hold a few thousand dates
	for i, row := range d.rows {
		if j >= len(row) || strings.TrimSpace(row[j]) == "" {
			continue
		}
		res, done := seen[row[j]]
		if !done {
			res.v, res.problem = read(row[j])
			seen[row[j]] = res
		}
		if res.problem != "" {
			if r.unreadable == 0 {
				r.firstAt, r.problem = d.place(i), res.problem
			}
			r.unreadable++
		}
		row[j] = res.v
	}
	return r
}

// checkColumn counts the values of a column in which problem finds one, without
// rewriting: an encoding is one of a kind, and a cache of them would double the
// column.
func (d *Dataset) checkColumn(column, what string, problem func(string) string) columnReading {
	r := columnReading{column: column, what: what}
	j, ok := d.columns[columnKey(column)]
	if !ok {
		return r
	}
	for i, row := range d.rows {
		if j >= len(row) || strings.TrimSpace(row[j]) == "" {
			continue
		}
		r.values++
		if p := problem(row[j]); p != "" {
			if r.unreadable == 0 {
				r.firstAt, r.problem = d.place(i), p
			}
			r.unreadable++
		}
	}
	return r
}

// column's values, for a look over them all before rewriting.
func (d *Dataset) column(column string) []string {
	j, ok := d.columns[columnKey(column)]
	if !ok {
		return nil
	}
	out := make([]string, 0, len(d.rows))
	for _, row := range d.rows {
		if j < len(row) {
			out = append(out, row[j])
		}
	}
	return out
}

// Dates.

var monthNames = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	// the first letters of months in French, Spanish, Italian, Portuguese, Dutch and
	// German that English's do not give
	"ene": 1, "gen": 1, "fev": 2, "avr": 4, "abr": 4, "mai": 5, "mag": 5, "mei": 5, "giu": 6, "lug": 7, "aou": 8, "ago": 8,
	"set": 9, "ott": 10, "out": 10, "okt": 10, "dic": 12, "dez": 12}

// monthWords are months whose first letters are another's (juin, juillet).
var monthWords = map[string]int{"juin": 6, "juillet": 7, "juil": 7, "janv": 1, "fevr": 2, "maart": 3}

// dateOrder is how a column writes numeric dates that do not start with the year.
type dateOrder int

const (
	dayFirst   dateOrder = iota // 24/06/1971, as in the UK
	monthFirst                  // 06/24/1971
)

// dateFields splits a date into its numbers and words, with the time dropped.
func dateFields(s string) []string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "T "); i == 10 && strings.Count(s[:i], "-") == 2 {
		s = s[:i] // 1971-06-24T00:00:00, 1971-06-24 00:00
	}
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == '/' || r == '-' || r == '.' || r == ' ' || r == ','
	})
	// 12th March 1990, the 1st of Jan 2001: a day as an ordinal.
	fields = slices.DeleteFunc(fields, func(f string) bool { // and 12 de marzo de 1990, 12 di marzo
		return f == "of" || f == "the" || f == "de" || f == "di" || f == "del" || f == "do" || f == "da"
	})
	for i, f := range fields {
		if n := len(f); n >= 3 && n <= 4 && slices.Contains([]string{"st", "nd", "rd", "th", "er"}, f[n-2:]) && strings.Trim(f[:n-2], "0123456789") == "" {
			fields[i] = f[:n-2] // 12th, and French 1er
		}
	}
	// A time after the date (24/06/1971 00:00, 06/24/1971 12:00:00 AM) says nothing.
	for len(fields) > 1 {
		last := fields[len(fields)-1]
		if !strings.Contains(last, ":") && last != "am" && last != "pm" {
			break
		}
		fields = fields[:len(fields)-1]
	}
	return fields
}

// columnDateOrder: month first only where some value's second number cannot be a
// month and none's first cannot.
func columnDateOrder(values []string) (dateOrder, string) {
	dayBig, monthBig := 0, 0
	for _, v := range values {
		f := dateFields(v)
		if len(f) != 3 || len(f[0]) > 2 {
			continue
		}
		a, errA := strconv.Atoi(f[0])
		b, errB := strconv.Atoi(f[1])
		if errA != nil || errB != nil {
			continue
		}
		if a > 12 {
			dayBig++
		}
		if b > 12 {
			monthBig++
		}
	}
	switch {
	case monthBig > dayBig:
		return monthFirst, fmt.Sprintf("dates read month first (06/24/1971): %d values have a second number above 12, %d a first", monthBig, dayBig)
	case monthBig > 0:
		return dayFirst, fmt.Sprintf("dates read day first (24/06/1971); %d values had a second number above 12 and were read month first", monthBig)
	case dayBig > 0:
		return dayFirst, "dates read day first (24/06/1971)"
	}
	return dayFirst, ""
}

// isoDate writes a date of birth as ISO 8601, to the day, month or year it gives.
func isoDate(s string, order dateOrder) (string, error) {
	f := dateFields(s)
	num := func(x string) int {
		n, err := strconv.Atoi(x)
		if err != nil {
			return -1
		}
		return n
	}
	var y, m, d int
	switch {
	case len(f) == 1 && (len(f[0]) == 8 || len(f[0]) == 7) && num(f[0]) >= 0:
		return compactDate(fmt.Sprintf("%08s", f[0]), order)
	case len(f) == 1 && len(f[0]) == 6 && num(f[0]) >= 0:
		return sixDigitDate(f[0], order)
	case len(f) >= 1 && len(f[0]) == 4 && num(f[0]) >= 0: // 1971-06-24, 1971-06, 1971
		y, m, d = num(f[0]), 0, 0
		if len(f) >= 2 {
			m = monthOf(f[1])
		}
		if len(f) == 3 {
			d = num(f[2])
		}
		if len(f) > 3 || len(f) >= 2 && m < 1 || len(f) == 3 && d < 1 {
			return "", errNotADate
		}
	case len(f) == 3 && monthNames[prefix3(f[0])] > 0: // June 24 1971
		y, m, d = fullYear(f[2]), monthOf(f[0]), num(f[1])
	case len(f) == 3 && num(f[0]) == 0 && num(f[1]) == 0 && len(f[2]) == 4: // 00-00-1999: the year alone
		return checkedISO(fullYear(f[2]), 0, 0)
	case len(f) == 3:
		y, m, d = fullYear(f[2]), monthOf(f[1]), num(f[0])
		if num(f[1]) >= 0 && (order == monthFirst && d <= 12 || m > 12 && d <= 12) {
			m, d = num(f[0]), monthOf(f[1])
		}
	case len(f) == 2: // 06/1971, Jun 1971
		y, m = fullYear(f[1]), monthOf(f[0])
	default:
		return "", errNotADate
	}
	return checkedISO(y, m, d)
}

// compactDate reads eight digits as a date: 19710624, or else, in the file's order,
// 24061971 (a spreadsheet that took 06061989 for a number wrote 6061989).
func compactDate(s string, order dateOrder) (string, error) {
	num := func(x string) int { n, _ := strconv.Atoi(x); return n }
	if v, err := checkedISO(num(s[:4]), num(s[4:6]), num(s[6:])); err == nil && num(s[:4]) >= 1800 {
		return v, nil
	}
	d, m := num(s[:2]), num(s[2:4])
	if order == monthFirst {
		d, m = m, d
	}
	return checkedISO(num(s[4:]), m, d)
}

// sixDigitDate reads six digits as a passport's machine-readable zone writes a date,
// YYMMDD (920708), or where that is no date, as typed in the file's order, 240671.
func sixDigitDate(s string, order dateOrder) (string, error) {
	num := func(x string) int { n, _ := strconv.Atoi(x); return n }
	if v, err := checkedISO(fullYear(s[:2]), num(s[2:4]), num(s[4:])); err == nil {
		return v, nil
	}
	d, m := num(s[:2]), num(s[2:4])
	if order == monthFirst {
		d, m = m, d
	}
	return checkedISO(fullYear(s[4:]), m, d)
}

func prefix3(s string) string { return s[:min(len(s), 3)] }

// monthOf reads a month as a number or a name (Jun, June); −1 if neither.
func monthOf(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if m, ok := monthNames[s]; ok {
		return m
	}
	s = placeWord(s) // février, março
	if m, ok := monthWords[strings.TrimSuffix(s, ".")]; ok {
		return m
	}
	if m, ok := monthNames[prefix3(s)]; ok && len(s) >= 3 {
		return m
	}
	return -1
}

// fullYear reads a year of four digits, or of two as the latest past such year: a
// date of birth is not in the future.
func fullYear(s string) int {
	n, err := strconv.Atoi(s)
	switch {
	case err != nil || n < 0:
		return -1
	case len(s) == 2:
		return 1900 + n + 100*boolInt(n <= time.Now().Year()%100)
	case len(s) == 4:
		return n
	}
	return -1
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func checkedISO(y, m, d int) (string, error) {
	var s string
	switch {
	case y < 0 || m < 0 || d < 0: // a part that is not a number (or a month's name)
		return "", errNotADate
	case m == 0:
		s = fmt.Sprintf("%04d", y)
	case d == 0:
		s = fmt.Sprintf("%04d-%02d", y, m)
	default:
		s = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	}
	if _, err := ParseBirthDate(s); err != nil {
		return "", err
	}
	return s, nil
}

// errNotADate is a text in no form of date read here.
var errNotADate = errors.New("not in a form of date read here (1971-06-24, 24/06/1971, 24 Jun 1971, 19710624, 06/1971, 1971)")

// readDate reads a date of birth for rewriteColumn: what is wrong with one it cannot
// read is said without repeating it. A date said not to be known, or a system's
// placeholder for one (1 January 1900), is missing; an approximate one ("c. 1977",
// "~2009", "1981 (est)") is what it says; a spreadsheet's day number (36595) is its
// date, and read notes that it met one.
func readDate(order dateOrder, read *dateReading) func(string) (string, string) {
	return func(s string) (string, string) {
		s, cal := otherCalendar(s)
		if notKnown[columnWord(s)] || saysNotKnown(s) {
			return "", ""
		}
		if v, ok := spreadsheetDate(s); ok {
			read.daySerials = true
			return v, ""
		}
		if cal != gregorian {
			read.calendars[cal]++
		}
		v, err := isoDate(approximate(s), order)
		if err != nil {
			if cut, ok := dateBeforeNote(s); ok {
				// 01/01/2001 (age assessed), 01/01/2001 - LA assessed, 01/01/1995 per …
				v, err = isoDate(approximate(cut), order)
			}
		}
		if v == "1900-01-01" {
			read.placeholders = true
			return "", ""
		}
		var de *retrace.DateError
		switch {
		case err == nil:
			return v, ""
		case errors.As(err, &de):
			return "", de.Withheld
		}
		return "", err.Error()
	}
}

// dateReading is what reading a column of dates met besides dates, and how many
// missing ones an age gave.
type dateReading struct {
	daySerials, placeholders bool
	calendars                [ethiopian + 1]int // dates read in other calendars
	fromAge                  int
	ageOn                    AgeOn
}

func (r dateReading) note() string {
	var parts []string
	if r.fromAge > 0 {
		parts = append(parts, fmt.Sprintf("%d missing given the year of birth their age (%s) on the record's date (%s) says", r.fromAge, r.ageOn.Age, r.ageOn.On))
	}
	if r.daySerials {
		parts = append(parts, "spreadsheet day numbers read as dates (36595 as 2000-03-10)")
	}
	if r.placeholders {
		parts = append(parts, "1 January 1900, a placeholder, read as not known")
	}
	for cal, n := range r.calendars {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d in the %s calendar read as the Gregorian date they are (%s)", n, calendar(cal), calendarExample[cal]))
		}
	}
	return strings.Join(parts, "; ")
}

// fillFromAge writes, where column dob is empty, the year of birth a record's age on
// its date gives, and says how many it wrote. Someone aged a on day t was born in the
// year before t − a years, give or take: the year of t − a years − half a year,
// written as a year alone, which comparison reads as an estimate.
func (d *Dataset) fillFromAge(dob string, from AgeOn) int {
	jd, jAge, jOn := d.columns[columnKey(dob)], d.columns[columnKey(from.Age)], d.columns[columnKey(from.On)]
	if !d.HasColumn(dob) || !d.HasColumn(from.Age) || !d.HasColumn(from.On) {
		return 0
	}
	order, _ := columnDateOrder(d.column(from.On))
	middles := map[string]time.Time{} // each record date's middle, once a date: records share them
	n := 0
	for _, row := range d.rows {
		if strings.TrimSpace(row[jd]) != "" {
			continue
		}
		age, ok := ageInYears(row[jAge])
		if !ok {
			continue
		}
		mid, seen := middles[row[jOn]]
		if !seen {
			if on, err := isoDate(approximate(row[jOn]), order); err == nil {
				t, _ := ParseBirthDate(on)
				mid = t.Earliest().Add(t.Latest().Sub(t.Earliest()) / 2)
			}
			middles[row[jOn]] = mid
		}
		if mid.IsZero() {
			continue // no date read
		}
		row[jd] = strconv.Itoa(mid.AddDate(-age, -6, 0).Year())
		n++
	}
	return n
}

// ageInYears reads an age in whole years (17, 17 yrs, 17 years old), not a band.
func ageInYears(s string) (int, bool) {
	s = approximate(s) // 24 (est)
	if age, ok := decadeAge(s); ok {
		return age, true
	}
	for _, w := range []string{"claims", "claimed", "says", "stated", "states", "aged", "age"} {
		if rest, ok := strings.CutPrefix(s, w+" "); ok { // claims 16, looks older
			s = approximate(rest)
			break
		}
	}
	if i := strings.IndexAny(s, ",;(/"); i > 0 { // 32, looks older; 17 (disputed)
		s = strings.TrimSpace(s[:i])
	}
	for _, sep := range []string{" but ", " - "} { // says 30 but looks older; claims 32 - age disputed
		if before, _, ok := strings.Cut(s, sep); ok {
			s = before
		}
	}
	s = strings.TrimSpace(strings.TrimSuffix(s, "+")) // 18+
	for _, w := range []string{"years old", "years", "year", "yrs", "yr", "yo", "y"} {
		if rest, ok := strings.CutSuffix(s, w); ok {
			s = strings.TrimSpace(rest)
			break
		}
	}
	if from, to, ok := strings.Cut(s, "-"); ok { // 16-17: the middle; but 25-34 is a band, not an estimate
		a, errA := strconv.Atoi(strings.TrimSpace(from))
		b, errB := strconv.Atoi(strings.TrimSpace(to))
		if errA != nil || errB != nil || b < a || b-a > 3 {
			return 0, false
		}
		return (a + b) / 2, true
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 0 && n <= 120
}

// decadeAge reads an age given by its decade (mid 20s, early thirties, late teens) as
// the middle of what it says.
func decadeAge(s string) (int, bool) {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 2 {
		return 0, false
	}
	decade := map[string]int{"teens": 10, "20s": 20, "30s": 30, "40s": 40, "50s": 50, "60s": 60, "twenties": 20,
		"thirties": 30, "forties": 40, "fifties": 50, "sixties": 60}[words[len(words)-1]]
	if decade == 0 {
		return 0, false
	}
	low, span := decade, 10
	if decade == 10 { // thirteen to nineteen
		low, span = 13, 7
	}
	if len(words) == 1 {
		return low + span/2, true
	}
	switch words[0] {
	case "early":
		return low + span/5, true
	case "mid", "middle":
		return low + span/2, true
	case "late":
		return low + span*4/5, true
	}
	return 0, false
}

// dateBeforeNote is what comes before a note written after a date, "(…)", " - …"
// or " per …".
func dateBeforeNote(s string) (string, bool) {
	for _, sep := range []string{" (", " - ", " per "} {
		if before, _, ok := strings.Cut(s, sep); ok && strings.TrimSpace(before) != "" {
			return before, true
		}
	}
	return "", false
}

// saysNotKnown: a value with no digits that says the date is not known, in a
// sentence of its own (does not know, Unknown - see age).
func saysNotKnown(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, w := range nameWords(s) {
		if w == "unknown" || w == "know" || w == "known" || w == "nk" || w == "see" || w == "refused" {
			return true
		}
	}
	return false
}

// approximate takes off a date the words that say it is an estimate.
func approximate(s string) string {
	t := strings.TrimSpace(strings.ToLower(s))
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(t, "~"), "?")) // 2008?
	for _, w := range []string{"circa", "approx.", "approx", "about", "abt.", "abt", "ca.", "c.", "c ", "est.", "est ",
		"vers", "environ", "env.", "hacia", "cerca de", "omstreeks", "ongeveer", "etwa"} { // in French, Spanish, Dutch, German
		if rest, ok := strings.CutPrefix(t, w); ok {
			t = strings.TrimSpace(rest)
			break
		}
	}
	for _, w := range []string{"(estimated)", "(est.)", "(est)", "(approx.)", "(approx)", "estimated", "est.", "approx"} {
		if rest, ok := strings.CutSuffix(t, w); ok {
			t = strings.TrimSpace(rest)
			break
		}
	}
	return t
}

// spreadsheetDate reads a spreadsheet's day number (days since 30 December 1899, as
// Excel counts them) as a date, where it is five digits and falls from 1927 to now.
func spreadsheetDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	n, err := strconv.Atoi(s)
	if err != nil || len(s) != 5 {
		return "", false
	}
	d, err := excelize.ExcelDateToTime(float64(n), false)
	if err != nil || d.After(time.Now()) {
		return "", false
	}
	return d.Format("2006-01-02"), true
}

// Sex.

// sexCode writes a sex as M or F; a value saying it is not known is empty; others
// are kept as written, upper-cased, and are read only if they are a sex code (X).
func sexCode(s string) (string, bool) {
	if strings.TrimSpace(s) == "<" { // a passport's machine-readable zone: not specified
		return "", true
	}
	if a, b, ok := strings.Cut(s, "/"); ok { // in two languages: Gwryw / Male
		x, xok := sexCode(a)
		y, yok := sexCode(b)
		switch {
		case xok && yok && x != "" && y != "" && x != y:
			return strings.ToUpper(strings.TrimSpace(s)), false // two sexes: not read
		case xok && (x != "" || !yok):
			return x, true
		case yok:
			return y, true
		}
	}
	switch columnWord(s) {
	case "m", "male", "man", "boy", "1", "mr":
		return "M", true
	case "f", "female", "woman", "girl", "2", "ms", "mrs", "miss":
		return "F", true
	case "transmale", "transman", "transmasculine", "transgenderman", "transgendermale": // as the person gives it
		return "M", true
	case "transfemale", "transwoman", "transfeminine", "transgenderwoman", "transgenderfemale":
		return "F", true
	case "nonbinary", "enby", "indeterminate":
		return "X", true
	case "u", "unknown", "notknown", "nk", "unk", "0", "9", "na", "notstated", "notrecorded", "unspecified", "notspecified", "prefernottosay", "notspecifiedorunknown", "declinetoanswer", "datanotcollected", "declined",
		"anhysbys": // Welsh
		return "", true
	}
	switch placeWord(s) { // in the languages of the people and places records come from, read after the common words
	case "gwryw", "gwrywaidd", "nam", "mashkull", "masculin", "barbat", "mezczyzna", "muz", "homme", "masculino", "hombre", "maschio", "mannlich":
		return "M", true
	case "benyw", "benywaidd", "nu", "femer", "femeie", "feminin", "kobieta", "zena", "femme", "femenino", "feminino", "mujer", "femmina", "weiblich", "vrouw":
		return "F", true
	}
	if sex, ok := sexesWritten[strings.ToLower(strings.Trim(s, ". "))]; ok {
		return sex, true
	}
	code := strings.ToUpper(strings.TrimSpace(s))
	return code, retrace.SexCodes.Has(code)
}

// sexesWritten are sexes as records in other scripts write them, matched as written:
// their letters in Latin (ж is zh) would meet other words. Arabic, Persian, Pashto,
// Sorani, Chinese, Ukrainian, Russian, Bulgarian, Tigrinya, Amharic, Slovak and
// Czech, Hungarian, Lithuanian, Latvian.
var sexesWritten = map[string]string{
	"ذكر": "M", "ذکر": "M", "مذكر": "M", "مذکر": "M", "مرد": "M", "نارینه": "M", "نێر": "M", "پیاو": "M",
	"男": "M", "男性": "M", "ч": "M", "чол": "M", "чоловіча": "M", "чоловік": "M", "чоловіча стать": "M", "м": "M",
	"муж": "M", "мужской": "M", "мъж": "M", "мъжки": "M", "ተባዕታይ": "M", "ወንድ": "M",
	"أنثى": "F", "انثى": "F", "أنثي": "F", "مؤنث": "F", "مونث": "F", "زن": "F", "ښځینه": "F", "ښځه": "F", "مێ": "F", "ئافرەت": "F", "ژن": "F",
	"女": "F", "女性": "F", "ж": "F", "жін": "F", "жіноча": "F", "жінка": "F", "жіноча стать": "F", "жен": "F",
	"женский": "F", "жена": "F", "женски": "F", "ኣንስተይቲ": "F", "ሴት": "F",
	// and Central Europe's, whose letters folded would meet other words (nő is no)
	"ž": "F", "žena": "F", "muž": "M", "nő": "F", "férfi": "M", "moteris": "F", "vyras": "M", "sieviete": "F", "vīrietis": "M",
}

// readSex reads a sex for rewriteColumn.
func readSex(s string) (string, string) {
	v, ok := sexCode(s)
	if !ok {
		return v, "the value is not male, female or a sex code (F, M, X)" // not shown: it may say a gender identity
	}
	return v, ""
}

// Nationality.

var (
	countryOnce  sync.Once
	countryByKey map[string]string // columnWord of a name, demonym or code → ISO 3166 alpha-3
	// A name or demonym as written in another script, lower case → ISO 3166 alpha-3.
	countryByWritten map[string]string
	// foreignCountryKeys are the keys of countries' names in other languages: read
	// only as a whole value (Shqipëri), not among words or by nearest spelling, where
	// they would meet English words and names (island is Iceland in Danish, angela
	// Angola in another).
	foreignCountryKeys map[string]bool
)

// demonyms are the adjectives records use for nationalities the country names do not
// give by spelling alone.
var demonyms = map[string]string{
	"albanian": "ALB", "vietnamese": "VNM", "eritrean": "ERI", "sudanese": "SDN", "southsudanese": "SSD",
	"afghan": "AFG", "afghani": "AFG", "iranian": "IRN", "iraqi": "IRQ", "romanian": "ROU", "nigerian": "NGA",
	"indian": "IND", "chinese": "CHN", "polish": "POL", "ethiopian": "ETH", "syrian": "SYR", "egyptian": "EGY",
	"pakistani": "PAK", "bangladeshi": "BGD", "ghanaian": "GHA", "kuwaiti": "KWT", "kuwaitibidoon": "XXA", "somali": "SOM",
	"british": "GBR", "english": "GBR", "england": "GBR", "scotland": "GBR", "wales": "GBR", "northernireland": "GBR", "scottish": "GBR", "welsh": "GBR", "northernirish": "GBR", "uk": "GBR",
	"greatbritain": "GBR", "kurdish": "", "libyan": "LBY", "yemeni": "YEM",
	"lithuanian": "LTU", "latvian": "LVA", "slovak": "SVK", "czech": "CZE", "hungarian": "HUN", "bulgarian": "BGR",
	"ukrainian": "UKR", "russian": "RUS", "moldovan": "MDA", "kosovan": "XKX", "kosovar": "XKX", "filipino": "PHL", "philippine": "PHL", "thai": "THA", "sierraleonean": "SLE", "cameroonian": "CMR",
	"congolese": "COD", "ugandan": "UGA", "kenyan": "KEN", "zimbabwean": "ZWE", "gambian": "GMB", "guinean": "GIN",
	"ivorian": "CIV", "moroccan": "MAR", "algerian": "DZA", "tunisian": "TUN", "turkish": "TUR", "jordanian": "JOR",
	"lebanese": "LBN", "palestinian": "PSE", "saudi": "SAU", "burmese": "MMR", "myanmar": "MMR", "nepalese": "NPL",
	"nepali": "NPL", "srilankan": "LKA", "brazilian": "BRA", "jamaican": "JAM", "portuguese": "PRT", "spanish": "ESP",
	"italian": "ITA", "french": "FRA", "german": "DEU", "irish": "IRL", "dutch": "NLD", "malaysian": "MYS",
	"indonesian": "IDN", "angolan": "AGO", "ivorycoast": "CIV",
	"drc": "COD", "drcongo": "COD", "democraticrepublicofthecongo": "COD", "czechrepublic": "CZE",
	"filipina": "PHL", "ghanian": "GHA", "somalian": "SOM", "chadian": "TCD", "prc": "CHN", "syrianarabrepublic": "SYR",
	"eritria": "ERI", "sudani": "SDN", "iraqikurdish": "IRQ", "northmacedonia": "MKD",
	"rumania": "ROU", "roumania": "ROU", "northsudan": "SDN", "persian": "IRN", "kurd": "", "kurdistan": "",
	"darfur": "SDN", "darfuri": "SDN", "nuba": "SDN", "oromo": "ETH", "tigray": "ETH", "tigrayan": "ETH", "punjab": "", "kashmir": "",
	"hongkong": "HKG", "macau": "MAC", "macao": "MAC",
	// In the languages of the places, as Latin letters write them.
	"shqiptare": "ALB", "shqiptar": "ALB", "roman": "ROU", "romana": "ROU", "nguoiviet": "VNM", "nguoivietnam": "VNM",
	// Demonyms too short to meet by spelling, or nearer another country's name.
	"mauritian": "MUS", "nigerien": "NER", "dominican": "DOM", "malian": "MLI", "omani": "OMN", "cuban": "CUB",
	"peruvian": "PER", "togolese": "TGO", "laotian": "LAO", "lao": "LAO", "fijian": "FJI", "republicofchina": "TWN",
	// The other sovereign states' demonyms, as forms write them.
	"greek": "GRC", "hellenic": "GRC", "beninese": "BEN", "burundian": "BDI", "rwandan": "RWA", "senegalese": "SEN",
	"liberian": "LBR", "gabonese": "GAB", "malawian": "MWI", "mozambican": "MOZ", "namibian": "NAM", "botswanan": "BWA",
	"motswana": "BWA", "batswana": "BWA", "basotho": "LSO", "mosotho": "LSO", "swazi": "SWZ", "eswatini": "SWZ",
	"tanzanian": "TZA", "zambian": "ZMB", "malagasy": "MDG", "mauritanian": "MRT", "djiboutian": "DJI", "comorian": "COM",
	"capeverdean": "CPV", "bissauguinean": "GNB", "equatoguinean": "GNQ", "centralafrican": "CAF", "burkinabe": "BFA",
	"burkinese": "BFA", "seychellois": "SYC", "santomean": "STP", "sahrawi": "ESH", "emirati": "ARE", "emirian": "ARE",
	"bahraini": "BHR", "qatari": "QAT", "israeli": "ISR", "cypriot": "CYP", "armenian": "ARM", "azerbaijani": "AZE",
	"azeri": "AZE", "georgian": "GEO", "kazakh": "KAZ", "kazakhstani": "KAZ", "kyrgyz": "KGZ", "kirghiz": "KGZ",
	"tajik": "TJK", "tajikistani": "TJK", "turkmen": "TKM", "uzbek": "UZB", "uzbekistani": "UZB", "mongolian": "MNG",
	"japanese": "JPN", "korean": "KOR", "southkorean": "KOR", "northkorean": "PRK", "cambodian": "KHM", "khmer": "KHM",
	"singaporean": "SGP", "bruneian": "BRN", "timorese": "TLS", "easttimorese": "TLS", "bhutanese": "BTN",
	"maldivian": "MDV", "belarusian": "BLR", "belarusan": "BLR", "estonian": "EST", "finnish": "FIN", "swedish": "SWE",
	"norwegian": "NOR", "danish": "DNK", "icelandic": "ISL", "icelander": "ISL", "swiss": "CHE", "austrian": "AUT",
	"belgian": "BEL", "luxembourgish": "LUX", "luxembourger": "LUX", "monegasque": "MCO", "andorran": "AND",
	"liechtensteiner": "LIE", "sanmarinese": "SMR", "maltese": "MLT", "croatian": "HRV", "croat": "HRV",
	"serbian": "SRB", "serb": "SRB", "slovenian": "SVN", "slovene": "SVN", "bosnian": "BIH", "herzegovinian": "BIH",
	"macedonian": "MKD", "montenegrin": "MNE", "american": "USA", "canadian": "CAN", "mexican": "MEX",
	"guatemalan": "GTM", "honduran": "HND", "salvadoran": "SLV", "salvadorean": "SLV", "nicaraguan": "NIC",
	"costarican": "CRI", "panamanian": "PAN", "haitian": "HTI", "bahamian": "BHS", "barbadian": "BRB", "bajan": "BRB",
	"trinidadian": "TTO", "tobagonian": "TTO", "grenadian": "GRD", "vincentian": "VCT", "stlucian": "LCA",
	"kittitian": "KNA", "antiguan": "ATG", "belizean": "BLZ", "guyanese": "GUY", "surinamese": "SUR",
	"venezuelan": "VEN", "colombian": "COL", "ecuadorian": "ECU", "bolivian": "BOL", "chilean": "CHL",
	"argentine": "ARG", "argentinian": "ARG", "paraguayan": "PRY", "uruguayan": "URY", "australian": "AUS",
	"newzealander": "NZL", "kiwi": "NZL", "papuanewguinean": "PNG", "samoan": "WSM", "tongan": "TON",
	"vanuatuan": "VUT", "nivanuatu": "VUT", "solomonislander": "SLB", "kiribati": "KIR", "marshallese": "MHL",
	"micronesian": "FSM", "palauan": "PLW", "nauruan": "NRU", "tuvaluan": "TUV",
	// Stateless, as passports write it (ICAO XXA); Kuwait's Bidoon are stateless.
	"stateless": "XXA", "statelessperson": "XXA", "bidoon": "XXA", "bedoon": "XXA",
}

// notKnown are the ways records say a nationality, a language or a date of birth is
// not known.
var notKnown = map[string]bool{"": true, "unknown": true, "notknown": true, "notrecorded": true, "notstated": true, "anhysbys": true,
	"unk": true, "xxx": true, "nk": true, "na": true, "none": true, "other": true, "tbc": true, "0": true,
	"disputed": true, "undocumented": true, "notgiven": true, "dobunknown": true, "notspecified": true, "notspecifiedorunknown": true}

func countryTable() map[string]string {
	countryOnce.Do(func() {
		countryByKey = map[string]string{}
		names := display.English.Regions()
		regions := countryRegions()
		for _, r := range regions {
			iso3 := r.ISO3()
			countryByKey[columnWord(r.String())] = iso3
			countryByKey[columnWord(iso3)] = iso3
			if n := names.Name(r); n != "" {
				countryByKey[placeWord(n)] = iso3
			}
		}
		countryByKey["xk"], countryByKey["kosovo"] = "XKX", "XKX"
		addCountryNamesIn(countryNameLanguages, regions)
		for _, code := range retrace.OtherCountryCodes {
			countryByKey[columnWord(code)] = code
		}
		for code, now := range retrace.WithdrawnCountries {
			if len(now) == 3 { // one successor: ROM is ROU; SUN is one of fifteen, not read
				countryByKey[columnWord(code)] = now
			}
		}
		for k, v := range demonyms {
			countryByKey[k] = v
		}
	})
	return countryByKey
}

// nationalitiesWritten are nationalities as records in other scripts write them,
// matched as written: in Latin letters Arabic's are a few consonants (عراقي is rqy)
// that would meet other words.
var nationalitiesWritten = map[string]string{
	"عراقي": "IRQ", "عراقية": "IRQ", "عێراقی": "IRQ", "عراقی": "IRQ", "سوداني": "SDN", "سودانية": "SDN", "سودانی": "SDN",
	"افغان": "AFG", "افغانی": "AFG", "افغانستانی": "AFG", "أفغاني": "AFG", "ایرانی": "IRN", "إيراني": "IRN", "سوري": "SYR",
	"سورية": "SYR", "سوری": "SYR", "إرتري": "ERI", "ارتري": "ERI", "مصري": "EGY", "كويتي": "KWT", "ليبي": "LBY", "يمني": "YEM",
	"українець": "UKR", "українка": "UKR", "український": "UKR", "українське": "UKR", "громадянство україни": "UKR",
	"гражданство украины": "UKR", "україни": "UKR", "българско": "BGR", "български": "BGR", "българин": "BGR",
	"българка": "BGR", "русский": "RUS", "русская": "RUS", "россиянин": "RUS", "гражданство россии": "RUS",
	"中国人": "CHN", "中国籍": "CHN", "中國": "CHN", "越南人": "VNM", "ኤርትራዊ": "ERI", "ኤርትራዊት": "ERI", "ኢትዮጵያዊ": "ETH", "ኢትዮጵያዊት": "ETH",
}

// demonymStems begin the words for people of the countries records most come from in
// French, Spanish, Italian, Portuguese, Dutch and German, whatever their ending
// (érythréen, eritreo, Eritrees; soudanaise, sudanés, Soedanees): a value that begins
// with one, and with no other, is that country's. Nigérien (Niger) does not begin with
// nigeria.
var demonymStems = map[string]string{"eritre": "ERI", "erythre": "ERI", "sudan": "SDN", "soudan": "SDN", "soedan": "SDN",
	"nigeria": "NGA", "alban": "ALB", "vietnam": "VNM", "afghan": "AFG", "afgan": "AFG", "afghaan": "AFG", "maroc": "MAR",
	"marroq": "MAR", "marocc": "MAR", "marok": "MAR", "rumen": "ROU", "roumain": "ROU", "roemeen": "ROU", "rumano": "ROU",
	"romen": "ROU", "chinois": "CHN", "cines": "CHN", "chino": "CHN", "chines": "CHN", "chinees": "CHN", "brasil": "BRA",
	"bresil": "BRA", "brazili": "BRA", "irak": "IRQ", "irach": "IRQ", "siria": "SYR", "syrie": "SYR", "syrisch": "SYR",
	"etiop": "ETH", "ethiop": "ETH", "egipc": "EGY", "egizi": "EGY", "egypt": "EGY", "egipt": "EGY", "pakistan": "PAK",
	"indien": "IND", "indiano": "IND", "indiaas": "IND", "somal": "SOM", "libye": "LBY", "libic": "LBY", "libisch": "LBY",
	"algerien": "DZA", "argelin": "DZA", "algerin": "DZA", "tunisien": "TUN", "tunecin": "TUN", "tunisin": "TUN",
	"polonai": "POL", "polac": "POL", "polacc": "POL", "pools": "POL", "ukrain": "UKR", "ucrain": "UKR", "oekra": "UKR",
	"bulgar": "BGR", "iranien": "IRN", "irani": "IRN", "guinee": "GIN", "ivoir": "CIV", "camerun": "CMR", "cameroun": "CMR",
	"kameroen": "CMR", "ghane": "GHA", "senegal": "SEN", "congola": "COD", "congoles": "COD"}

// demonymStem is the country of a word for its people in another language (see
// demonymStems), where exactly one stem begins it.
func demonymStem(key string) (string, bool) {
	found := ""
	for stem, code := range demonymStems {
		if strings.HasPrefix(key, stem) && len(key) >= len(stem)+1 {
			if found != "" && found != code {
				return "", false
			}
			found = code
		}
	}
	return found, found != ""
}

// countryRegions are today's countries: not retired (FX, ZR), not private use or
// unknown (ZZ; Zimbabwe's ZW and South Africa's ZA are countries).
func countryRegions() []language.Region {
	var out []language.Region
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err == nil && r.IsCountry() && r.Canonicalize() == r && !r.IsPrivateUse() && r.ISO3() != "ZZZ" {
				out = append(out, r)
			}
		}
	}
	return out
}

// countryNameLanguages are the languages, besides English, whose names for countries
// are read: those of the people and places records come from (Shqipëri, Việt Nam,
// Україна, العراق, 越南, ኤርትራ), and of Europe.
var countryNameLanguages = []string{"sq", "ro", "vi", "uk", "ru", "bg", "pl", "lt", "lv", "cs", "sk", "hu", "sr", "hr", "el", "tr",
	"ar", "fa", "ps", "ckb", "ur", "bn", "hi", "pa", "ti", "am", "so", "zh", "th", "tl", "fr", "es", "pt", "de", "it", "nl", "cy"}

// addCountryNamesIn adds the countries' names in the languages, keyed as written in
// Latin letters, where no English name, code or demonym has the key already and no
// two countries' names in them share it; keys of fewer than four letters are left out.
func addCountryNamesIn(languages []string, regions []language.Region) {
	found, clash := map[string]string{}, map[string]bool{}
	countryByWritten = maps.Clone(nationalitiesWritten)
	written, writtenClash := map[string]string{}, map[string]bool{}
	for _, tag := range languages {
		names := display.Regions(language.MustParse(tag))
		for _, r := range regions {
			iso3 := r.ISO3()
			if iso3 == "XKK" {
				iso3 = "XKX" // Kosovo, as retrace codes it
			}
			name := strings.ToLower(names.Name(r))
			if code, ok := written[name]; ok && code != iso3 {
				writtenClash[name] = true
			}
			written[name] = iso3
			key := placeWord(name)
			if len(key) < 4 || countryByKey[key] != "" {
				continue
			}
			if code, ok := found[key]; ok && code != iso3 {
				clash[key] = true
			}
			found[key] = iso3
		}
	}
	foreignCountryKeys = map[string]bool{}
	for key, code := range found {
		if !clash[key] {
			countryByKey[key], foreignCountryKeys[key] = code, true
		}
	}
	for name, code := range written {
		if _, ok := countryByWritten[name]; !ok && !writtenClash[name] && name != "" {
			countryByWritten[name] = code
		}
	}
}

// countryKey reads a country's name as the table keys it, without an official
// name's tail: "Iran, Islamic Republic of", "Iran (Islamic Republic of)" and "The
// Gambia" are Iran and Gambia.
func countryKey(s string) string {
	if i := strings.IndexAny(s, ",("); i > 0 {
		if key := placeWord(s[:i]); countryTable()[key] != "" {
			return key
		}
	}
	key := placeWord(s)
	if rest, ok := strings.CutPrefix(key, "the"); ok && countryTable()[rest] != "" {
		return rest
	}
	return key
}

// placeWord keys a place's name with accents and scripts folded (Côte d’Ivoire,
// Cote d'Ivoire; Türkiye, Turkiye).
func placeWord(s string) string { return columnWord(Normalise(s)) }

// countryCodes writes nationalities (separated by ';', '/' or '|') as ISO alpha-3
// codes; one it does not know is kept as written, upper-cased, and reported.
func countryCodes(s string) (string, bool) {
	codes, _, ok := countryCodesNearest(s)
	return codes, ok
}

// countryCodesNearest is countryCodes, saying too which parts were read by their
// nearest spelling.
func countryCodesNearest(s string) (string, []string, bool) {
	table := countryTable()
	var codes, nearest []string
	ok := true
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '/' || r == '|' }) {
		key := countryKey(part)
		if key == "" && strings.TrimSpace(part) != "" {
			key = "?" // letters not read (another script): kept as written
		}
		if notKnown[key] {
			continue
		}
		code, known := table[key]
		if written, ok := countryByWritten[strings.ToLower(strings.TrimSpace(part))]; ok && !known {
			code, known = written, true
		}
		if stem, ok := demonymStem(key); ok && !known && !strings.ContainsAny(strings.TrimSpace(part), " &,") { // one word
			code, known = stem, true
		}
		near := false
		if !known {
			code, near, known = countryOtherwise(part)
		}
		if !known {
			code, ok = strings.ToUpper(strings.TrimSpace(part)), false
		}
		if near {
			nearest = append(nearest, strings.TrimSpace(part)+" as "+code)
		}
		if code != "" {
			codes = append(codes, code)
		}
	}
	return strings.Join(codes, ";"), nearest, ok
}

// countryOtherwise reads a nationality written otherwise than the table keys it: an
// official name ("Federal Democratic Republic of Ethiopia", "Kurdistan Region of
// Iraq"), with a word after it ("British Citizen"), the country in brackets
// ("Kurdish (Iraq)"), after "from" ("from Eritrea"), before a dash ("India -
// Punjab"), two joined by "and" or "&" ("British and Somali"), one among its words
// ("Kurdish Iraqi", "Fujian, China"), or
// misspelt ("Brittish", "Albanain": the one name or demonym nearest in spelling,
// Jaro–Winkler at least 0.93, of five letters or more).
func countryOtherwise(part string) (code string, nearest, ok bool) {
	table := countryTable()
	lower := strings.ToLower(strings.TrimSpace(part))
	for _, from := range []string{"from ", "born in ", "citizen of "} { // from Eritrea, as a form's free text gives it
		lower = strings.TrimSpace(strings.TrimPrefix(lower, from))
	}
	tries := []string{lower, strings.ReplaceAll(lower, " and ", " & ")} // Trinidad & Tobago, as CLDR names it
	if country, _, ok := strings.Cut(lower, " - "); ok {                // India - Punjab: a country, then where in it
		tries = append(tries, country)
	}
	if i := strings.LastIndex(lower, " of "); i >= 0 {
		tries = append(tries, strings.TrimPrefix(strings.TrimSpace(lower[i+4:]), "the "))
	}
	for _, w := range []string{" citizen", " national", " nationality", " passport"} {
		if rest, ok := strings.CutSuffix(lower, w); ok {
			tries = append(tries, rest)
		}
	}
	if _, inside, ok := bracketed(lower); ok {
		tries = append(tries, inside)
	}
	for _, t := range tries {
		if code, ok := table[countryKey(t)]; ok && code != "" {
			return code, false, true
		}
	}
	if parts := strings.FieldsFunc(strings.ReplaceAll(lower, " and ", "&"), func(r rune) bool { return r == '&' }); len(parts) > 1 {
		var codes []string
		for _, p := range parts {
			code, ok := table[countryKey(p)]
			if !ok {
				code, ok = nearestCountry(countryKey(p))
				nearest = nearest || ok
			}
			if !ok {
				return "", false, false
			}
			codes = append(codes, code)
		}
		return strings.Join(codes, ";"), nearest, true
	}
	if code, ok := oneCountryAmong(lower); ok {
		return code, false, true
	}
	code, ok = nearestCountry(countryKey(lower))
	return code, ok, ok
}

// oneCountryAmong reads a nationality of several words or comma-separated parts
// where exactly one of them names a country ("Kurdish Iraqi", "Fujian, China"). Words
// of fewer than four letters are not read: "in", "at", "is" are countries' codes.
func oneCountryAmong(lower string) (string, bool) {
	table := countryTable()
	found := ""
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return r == ' ' || r == ',' }) {
		code := ""
		if key := countryKey(w); len(w) >= 4 && !foreignCountryKeys[key] {
			code = table[key]
		}
		switch {
		case code == "" || code == found:
		case found != "":
			return "", false // two countries: not one nationality
		default:
			found = code
		}
	}
	return found, found != ""
}

// nearestMargin is how much nearer than any other country's a spelling must be to
// the one it is read as: Mauritian is nearly as near Mauritania as Mauritius.
const nearestMargin = 0.02

// nearestCountry is the country whose name or demonym is spelt nearest key, where one
// is near enough (Jaro–Winkler at least 0.93, five letters or more) and no other
// country's is within nearestMargin of it.
func nearestCountry(key string) (string, bool) {
	if len(key) < 5 {
		return "", false
	}
	best, code, other := 0.0, "", 0.0 // other: the nearest spelling of another country
	for k, c := range countryTable() {
		if len(k) < 5 || c == "" || foreignCountryKeys[k] {
			continue
		}
		switch s := jaroWinkler(key, k); {
		case s > best && c != code:
			best, code, other = s, c, best
		case s > best:
			best = s
		case c != code:
			other = max(other, s)
		}
	}
	if best < 0.93 || best-other < nearestMargin {
		return "", false
	}
	return code, true
}

// countryReading is what reading a column of nationalities met besides their
// names, demonyms and codes: the values read by their nearest spelling.
type countryReading struct{ nearest []string }

func (r countryReading) note() string {
	if len(r.nearest) == 0 {
		return ""
	}
	slices.Sort(r.nearest)
	shown := r.nearest[:min(3, len(r.nearest))]
	return fmt.Sprintf("%d spellings read as the country nearest them (%s)", len(r.nearest), strings.Join(shown, ", "))
}

// readCountries reads nationalities for rewriteColumn.
func readCountries(met *countryReading) func(string) (string, string) {
	return func(s string) (string, string) {
		v, nearest, ok := countryCodesNearest(s)
		met.nearest = append(met.nearest, nearest...)
		if !ok {
			return v, fmt.Sprintf("%q is not a country's name, demonym or code", strings.TrimSpace(s))
		}
		return v, ""
	}
}

// countryByWrittenTable is countryByWritten, once the country table is made.
func countryByWrittenTable() map[string]string {
	countryTable()
	return countryByWritten
}

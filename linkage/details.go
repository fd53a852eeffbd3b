package linkage

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A hand-kept log may say who someone is in one cell of free text — "SMITH, John
// (DOB 12/03/1990)", "Mr Arben KOLA d.o.b 3.4.95 Albanian", "Nguyen Van Minh - 17yrs
// - VNM", "Ms T. Bekele, born 1988, Eritrean, aka Tsega" — with more in a notes cell
// ("DOB given as 01/01/2001", "also known as Mimi", "HO ref B1234567"). Where a file has
// no column of names, such a cell is read for the name, the date of birth or age, the
// nationality, other names and a reference.

// details are what a cell of free text says of a person.
type details struct {
	name, dob, age, nationality, alias, reference string
}

var (
	detailsAlias     = regexp.MustCompile(`(?i)\b(?:a\.?k\.?a\.?|also known as|known as|goes by)\s*:?\s*([^,;()\[\]]+?)\s*(?:[,;()\[\]]|\s-\s|$)`)
	detailsReference = regexp.MustCompile(`(?i)(?:\b(?:ho|home office)(?:\s*ref(?:erence)?)?\s*:?\s*)?\b([A-Z]\d{7})(?:/\d{1,2})?\b`)
	dateText         = `\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{1,2}-[A-Za-z]{3}-\d{2,4}`
	// A date said to be the birth's; a year alone only so.
	detailsBirth = regexp.MustCompile(`(?i)(?:\bd\.?\s?o\.?\s?b\.?|\bdate of birth|\bborn(?: on| in)?|\bb\.|\byob|\bdob given as)\s*:?\s*(` + dateText + `|\d{4}\b)`)
	detailsDate  = regexp.MustCompile(`\b(` + dateText + `)\b`)
	detailsYear  = regexp.MustCompile(`(?i)\b(?:approx\.?|circa|c\.|about|est\.?)\s*((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\b(?:\s*\(?(?:est\.?|estimated|approx\.?)\)?)?`)
	detailsAge   = regexp.MustCompile(`(?i)(?:\baged?\s*|\bapprox\.?\s*|\bage\s*:?\s*)?\b(\d{1,2})\s*(?:yrs?|years?|y/?o|years old|yo)\b(?:\s*old)?|\b(?:aged?|approx\.?|age:?)\s*(\d{1,2})\b`)
	detailsTitle = regexp.MustCompile(`(?i)^(?:mr|mrs|ms|miss|mx|dr|master)\.?\s+|(?i)\b(?:mr|mrs|ms|miss|mx)\.?\s+`)
	detailsNote  = regexp.MustCompile(`(?i)\(?\b(?:surname|family name|first name|name|dob|age)\s+(?:not known|unknown|not given|nk)\b\)?`)
)

// readDetails reads a cell of free text, and a notes cell for what it does not say:
// there, only a date said to be the birth's, other names said so and a reference.
func readDetails(text, notes string) details {
	var d details
	rest := text
	take := func(re *regexp.Regexp) string {
		m := re.FindStringSubmatchIndex(rest)
		if m == nil {
			return ""
		}
		v := ""
		for g := 1; 2*g < len(m); g++ {
			if m[2*g] >= 0 {
				v = rest[m[2*g]:m[2*g+1]]
				break
			}
		}
		rest = rest[:m[0]] + " | " + rest[m[1]:] // apart from what is either side
		return strings.TrimSpace(v)
	}
	d.alias = take(detailsAlias)
	d.reference = take(detailsReference)
	if d.dob = take(detailsBirth); d.dob == "" {
		if d.dob = take(detailsDate); d.dob == "" {
			d.dob = take(detailsYear)
		}
	}
	d.age = take(detailsAge)
	rest = detailsNote.ReplaceAllString(rest, " ")
	rest = detailsTitle.ReplaceAllString(rest, " ")
	d.name, d.nationality = nameAndNationality(rest)
	if notes != "" {
		rest = notes
		if d.dob == "" {
			d.dob = take(detailsBirth)
		}
		if d.alias == "" {
			d.alias = take(detailsAlias)
		}
		if d.reference == "" {
			d.reference = take(detailsReference)
		}
	}
	return d
}

// nameAndNationality splits what is left of a cell into the name and, after it, a
// nationality (Albanian, VNM, China, Kurdish (Iraq)): the trailing words that read as
// a nationality, written apart from the name (after a comma, a dash, a bracket, or
// where a date or age was), keeping at least one word of name. Words run on with the
// name are the name (Nguyen Thi Nga, Cristian Alexandru Moldovan), and so is the word
// after a surname in capitals and a comma (WARD, JORDAN).
func nameAndNationality(s string) (name, nationality string) {
	words, apart := splitWords(s)
	if before, after, ok := strings.Cut(s, ","); ok && strings.ToUpper(before) == before && strings.ContainsFunc(before, unicode.IsLetter) {
		if w, _ := splitWords(after); len(w) > 0 {
			surnameFirst := len(words) - len(w) // the given name after SURNAME,
			if surnameFirst >= 0 && surnameFirst < len(apart) {
				apart[surnameFirst] = false
			}
		}
	}
	taken := len(words)
	for taken > 1 {
		w := words[taken-1]
		code, ok := nationalityWord(w, apart[taken-1])
		// a code in capitals after a name that is not (Leanne Taylor GBR; not Xiaoyan SUN PRC)
		asCode := len([]rune(w)) == 3 && strings.ToUpper(w) == w && strings.ToUpper(words[taken-2]) != words[taken-2]
		if !ok || !apart[taken-1] && !asCode {
			break
		}
		if nationality == "" {
			nationality = code // Kurdish (Iraq): the country, not the word for no one country
		}
		taken--
	}
	for i := range words[:taken] {
		words[i] = strings.Trim(words[i], ".'\"")
	}
	return strings.Join(strings.Fields(strings.Join(words[:taken], " ")), " "), nationality
}

// splitWords splits text into words, and says of each whether a separator (a comma,
// a dash, a bracket, a slash, where a date or age was) comes before it.
func splitWords(s string) (words []string, apart []bool) {
	sep := false
	for _, f := range strings.FieldsFunc(s, unicode.IsSpace) {
		if f == "-" || f == "–" {
			sep = true
			continue
		}
		lead := strings.IndexFunc(f, func(r rune) bool { return !strings.ContainsRune(detailsSeparators+"-", r) })
		sep = sep || lead > 0 // (Iraq)
		for _, part := range strings.FieldsFunc(f, func(r rune) bool { return strings.ContainsRune(detailsSeparators, r) }) {
			words, apart = append(words, part), append(apart, sep)
			sep = true // a separator between parts of one word (Tesfai,Eritrean)
		}
		last, _ := utf8.DecodeLastRuneInString(f)
		sep = strings.ContainsRune(detailsSeparators+"-", last)
	}
	return words, apart
}

// detailsSeparators set a cell's parts apart (a dash only alone, or at a word's end:
// Ghebre-Medhin is one name).
const detailsSeparators = ",;()[]/:|–"

// nationalityWord reads a word as a nationality by its English name, demonym, a code
// (in capitals, or written apart: , Alb) or its name in its own script, never by
// nearest spelling; a known word for no one country (Kurdish) reads as no code.
func nationalityWord(w string, apart bool) (string, bool) {
	w = strings.Trim(w, ".")
	if code, ok := countryByWrittenTable()[strings.ToLower(w)]; ok {
		return code, true
	}
	key := countryKey(w)
	code, ok := countryTable()[key]
	switch {
	case !ok || foreignCountryKeys[key] || len([]rune(w)) < 3:
		return "", false
	case len([]rune(w)) == 3 && strings.ToUpper(w) != w && !apart: // a code written as a word, run on with the name (Nga)
		return "", false
	}
	return code, true
}

// detailsPart is the part of a person's details a derived column of that kind holds.
func detailsPart(kind string, d details) string {
	switch kind {
	case "details_name":
		return d.name
	case "details_dob":
		return d.dob
	case "details_age":
		return d.age
	case "details_nationality":
		return d.nationality
	case "details_alias":
		return d.alias
	case "details_reference":
		return d.reference
	}
	return ""
}

// detailsKinds are the derived columns read from a cell of details.
var detailsKinds = []string{"details_name", "details_dob", "details_age", "details_nationality", "details_alias", "details_reference"}

// detailsColumns are the columns read from a cell of a person's details (and its
// notes), pointed to by the roles: the name always; the date of birth, nationality
// and reference where the file has no column of them, or where theirs is empty; an
// age and other names where it has none.
func detailsColumns(found map[string]string) []DerivedColumn {
	from := []string{found["person_details"]}
	if found["details_notes"] != "" {
		from = append(from, found["details_notes"])
	}
	var out []DerivedColumn
	for _, part := range []struct{ kind, role, title string }{
		{"details_name", "given_names", "name"}, {"details_dob", "dob", "date of birth"}, {"details_age", "age", "age"},
		{"details_nationality", "nationality", "nationality"}, {"details_alias", "aliases", "other names"},
		{"details_reference", "ho_reference", "reference"}} {
		c := DerivedColumn{Name: part.title + " (from " + strings.Join(from, ", ") + ")", Kind: part.kind, Columns: from}
		switch {
		case found[part.role] == "":
			found[part.role] = c.Name
		case part.role == "age" || part.role == "aliases":
			continue
		default: // the file's column first, where it is filled
			first := DerivedColumn{Name: part.title + " (" + found[part.role] + ", else from " + strings.Join(from, ", ") + ")", Kind: "first_of",
				Columns: []string{found[part.role], c.Name}}
			out = append(out, c)
			c, found[part.role] = first, first.Name
		}
		out = append(out, c)
	}
	return out
}

// A case system may hold a person's numbers in one cell, each after its label ("HO:
// A1234567; NHS: 943 476 5919; Passport: P1234567 (ERI)", one a line). Where the file
// has no column of its own for them, the Home Office reference, a travel document's
// number and a number for a person for life (an NHS number, a national identity
// number, a police number) are read from it.

// identifierLabels are the labels of each kind, as columnWord writes them.
var identifierLabels = map[string][]string{
	"labelled_reference": {"ho", "horef", "hoim", "homeoffice", "homeofficeref", "homeofficereference", "cid", "cidref", "portref",
		"horeference", "ukvi", "gwf"},
	"labelled_document": {"passport", "ppt", "passportno", "passportnumber", "traveldocument", "idcard", "nationalidcard"},
	"labelled_person_reference": {"nhs", "nhsno", "nhsnumber", "hc", "hcn", "nino", "ni", "ninumber", "pnc", "pncid", "cro", "cnp",
		"pesel", "egn", "nationalid", "nationalidnumber", "personalnumber", "pps", "ppsn"},
}

var labelledValue = regexp.MustCompile(`(?i)([A-Za-z][A-Za-z .]{0,24}?)\s*(?:no\.?|number|ref\.?)?\s*[:=#]\s*([A-Za-z0-9][A-Za-z0-9 /-]*[A-Za-z0-9])`)

// labelledIdentifier is the first value in a cell of labelled identifiers whose label
// is of the kind.
func labelledIdentifier(cell, kind string) string {
	for _, m := range labelledValue.FindAllStringSubmatch(cell, -1) {
		label := columnWord(m[1])
		for _, l := range identifierLabels[kind] {
			if label == l || strings.HasSuffix(label, l) && len(label)-len(l) <= 2 {
				return strings.TrimSpace(m[2])
			}
		}
	}
	return ""
}

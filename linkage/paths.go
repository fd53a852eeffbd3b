package linkage

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// A system that keeps people as JSON (an HL7 FHIR Patient, a case app's API), flattened
// to CSV by a generic tool, heads its columns with paths: name[0].family,
// name[0].given[1], identifier[2].system and identifier[2].value, telecom[0].value,
// address[0].postalCode. Arrays are packed, so what a slot holds is said beside it
// (the identifier's system, the name's use), not by its place. Such a table is read as
// one of plain columns, each what its paths say.

var pathHeading = regexp.MustCompile(`^[A-Za-z]+(\[\d+\])?(\.[A-Za-z]+(\[\d+\])?)+$`)

// jsonPaths: most of the header is paths, and some are of a name.
func jsonPaths(header []string) bool {
	paths := 0
	for _, h := range header {
		if pathHeading.MatchString(h) {
			paths++
		}
	}
	return paths*2 > len(header) && slices.ContainsFunc(header, func(h string) bool {
		return strings.HasPrefix(h, "name[0].family") || strings.HasPrefix(h, "name[0].given") || strings.HasPrefix(h, "name[0].text")
	})
}

// pathColumns are the plain columns a table of paths is read as.
var pathColumns = []string{"given_names", "family_name", "other_names", "nhs_number", "ho_reference", "local_person_id", "phone",
	"address", "city", "postcode", "language"}

// fromPaths is the table of paths read as plain columns, beside those of its own that
// are not paths (id, gender, birthDate): the official name (else the first) as given
// and family names, the others as other names; identifiers by their system (an NHS
// number, a Home Office CID reference, else the system's own id for the person, with
// its system); the first phone, address and language.
func (t *Table) fromPaths() *Table {
	if !jsonPaths(t.Header) {
		return t
	}
	at := map[string]int{}
	var kept []int
	for i, h := range t.Header {
		at[h] = i
		if !pathHeading.MatchString(h) {
			kept = append(kept, i)
		}
	}
	out := &Table{Path: t.Path, text: t.text, lines: t.lines}
	for _, i := range kept {
		out.Header = append(out.Header, t.Header[i])
	}
	out.Header = append(out.Header, pathColumns...)
	for _, rec := range t.rows {
		get := func(path string) string {
			if i, ok := at[path]; ok {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		row := make([]string, 0, len(out.Header))
		for _, i := range kept {
			row = append(row, rec[i])
		}
		out.rows = append(out.rows, append(row, personFromPaths(get)...))
	}
	if t.text != nil {
		t.text.peopleARow = "its columns are a JSON record's paths (name[0].given[0], identifier[1].value …): read as " +
			"the official name's given and family names, the others as other names, identifiers by their system (NHS number, Home Office CID reference, else the system's own id), the first phone, address and language."
	}
	return out
}

// personFromPaths gives a record's values in pathColumns' order.
func personFromPaths(get func(string) string) []string {
	var names [][2]string // given, family
	official := -1
	for n := 0; get(fmt.Sprintf("name[%d].family", n)) != "" || get(fmt.Sprintf("name[%d].given[0]", n)) != "" || get(fmt.Sprintf("name[%d].text", n)) != ""; n++ {
		var given []string
		for g := 0; get(fmt.Sprintf("name[%d].given[%d]", n, g)) != ""; g++ {
			given = append(given, get(fmt.Sprintf("name[%d].given[%d]", n, g)))
		}
		name := [2]string{strings.Join(given, " "), get(fmt.Sprintf("name[%d].family", n))}
		if name == [2]string{} {
			name[0] = get(fmt.Sprintf("name[%d].text", n))
		}
		if use := get(fmt.Sprintf("name[%d].use", n)); use == "anonymous" {
			continue
		} else if use == "official" && official < 0 {
			official = len(names)
		}
		names = append(names, name)
	}
	var given, family string
	var others []string
	for k, name := range names {
		if k == max(official, 0) {
			given, family = name[0], name[1]
		} else {
			others = append(others, strings.TrimSpace(name[0]+" "+name[1]))
		}
	}
	var nhs, ho, local string
	for n := 0; get(fmt.Sprintf("identifier[%d].value", n)) != "" || get(fmt.Sprintf("identifier[%d].system", n)) != ""; n++ {
		system, value := strings.ToLower(get(fmt.Sprintf("identifier[%d].system", n))), get(fmt.Sprintf("identifier[%d].value", n))
		switch {
		case value == "":
		case strings.Contains(system, "nhs-number") || strings.HasSuffix(system, "/nhs"):
			nhs = cmp.Or(nhs, value)
		case strings.Contains(system, "homeoffice") || strings.Contains(system, "home-office") || strings.HasSuffix(system, ":cid"):
			ho = cmp.Or(ho, value)
		default: // a system's own id for the person: the same only within that system
			local = cmp.Or(local, system+" "+value)
		}
	}
	phone := ""
	for n := 0; get(fmt.Sprintf("telecom[%d].value", n)) != ""; n++ {
		if s := get(fmt.Sprintf("telecom[%d].system", n)); s == "" || s == "phone" || s == "sms" {
			phone = cmp.Or(phone, get(fmt.Sprintf("telecom[%d].value", n)))
		}
	}
	address := strings.TrimSpace(get("address[0].line[0]") + " " + get("address[0].line[1]"))
	language := cmp.Or(get("communication[0].language.coding[0].code"), get("communication[0].language.text"))
	return []string{given, family, strings.Join(others, "; "), nhs, ho, local, phone, address, get("address[0].city"), get("address[0].postalCode"), language}
}

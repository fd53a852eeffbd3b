package linkage

import (
	"strings"
	"testing"
)

// A JSON record flattened to paths: the official name wherever its slot, the others as
// other names, identifiers by their system whatever their slot, the first phone.
func TestAFlattenedJSONRecordIsRead(t *testing.T) {
	csv := "id,gender,birthDate,name[0].use,name[0].family,name[0].given[0],name[0].given[1],name[1].use,name[1].family,name[1].given[0]," +
		"identifier[0].system,identifier[0].value,identifier[1].system,identifier[1].value,telecom[0].system,telecom[0].value\n" +
		"a,female,1996-03-14,usual,,Sally,,official,Tesfai,Selam,https://fhir.nhs.uk/Id/nhs-number,9434765919,urn:uk:gov:homeoffice:cid,B1234567,phone,07700 900123\n" +
		"b,female,1996-03-14,official,Tesfai,Selam,Ghebre,,,,https://council.example/Id/person,P-77,https://fhir.nhs.uk/Id/nhs-number,9434765919,email,s@example.org\n"
	tb := csvTable(t, csv)
	_, read, d := tableAsANewUser(t, tb)
	for _, want := range []string{"given names ← given_names", "family name ← family_name", "document number ← nhs_number", "reference ← ho_reference"} {
		if !strings.Contains(read.String(), want) {
			t.Errorf("columns read: %s; want %q", read, want)
		}
	}
	for i, want := range [][6]string{{"Selam", "Tesfai", "Sally", "9434765919", "B1234567", "07700 900123"},
		{"Selam Ghebre", "Tesfai", "", "9434765919", "", ""}} {
		get := d.get(i)
		got := [6]string{get("given_names"), get("family_name"), get("other_names"), get("nhs_number"), get("ho_reference"), get("phone")}
		if got != want {
			t.Errorf("record %s: %q; want %q", d.ID(i), got, want)
		}
	}
	if got := d.get(1)("local_person_id"); got != "https://council.example/id/person P-77" {
		t.Errorf("a system's own id %q; want it with its system", got)
	}
}

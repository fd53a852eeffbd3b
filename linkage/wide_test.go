package linkage

import (
	"strings"
	"testing"
)

// A crime report names each victim in a numbered group of columns. Each person named
// is a record, named by the report and the group (R1#2), with the report's own
// columns beside; Selam Tesfai, the second victim of one report and the first of
// another, is one person; groups left empty are no one. A person's numbered other
// names (ALIAS1_FAMILY_NAME …) are not people.
func TestEachPersonARowNamesIsARecord(t *testing.T) {
	csv := "Report ID,Date Reported,Victim 1 Surname,Victim 1 Forename(s),Victim 1 DOB,Victim 1 Gender,Victim 2 Surname,Victim 2 Forename(s),Victim 2 DOB,Victim 2 Gender\n" +
		"R1,02/05/2023,Hoxha,Arben,1990-04-02,M,Tesfai,Selam,1996-03-14,F\n" +
		"R2,09/11/2024,Tesfai,Selam,14/03/1996,F,,,,\n"
	tb, err := ReadTable(strings.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	s, read, d := tableAsANewUser(t, tb)
	var ids []string
	for i := range d.Len() {
		ids = append(ids, d.ID(i))
	}
	if strings.Join(ids, " ") != "R1#1 R1#2 R2#1" || !strings.Contains(read.String(), "family name ← Surname") {
		t.Errorf("records %v, read %s; want R1#1 R1#2 R2#1, the group's Surname the family name", ids, read)
	}
	res := linkAll(t, d, s, Options{})
	if res.Cluster[1] != res.Cluster[2] || res.Cluster[0] == res.Cluster[1] {
		t.Errorf("clusters %v; want R1#2 and R2#1 one person, R1#1 another", res.Cluster)
	}
	if notes := tb.text.note(); !strings.Contains(notes, "a row names up to 2 people") {
		t.Errorf("notes %q; want it said that each row names several people", notes)
	}
	aliases := "ID,FAMILY_NAME,GIVEN_NAMES,DOB,ALIAS1_FAMILY_NAME,ALIAS1_GIVEN_NAMES,ALIAS2_FAMILY_NAME,ALIAS2_GIVEN_NAMES\n1,Tesfai,Selam,1996-03-14,Tesfay,Selamawit,,\n"
	if tb, err := ReadTable(strings.NewReader(aliases)); err != nil || len(tb.rows) != 1 || tb.Header[0] != "ID" {
		t.Errorf("a person's numbered other names read as people: %v, %v", tb.Header, err)
	}
}

package linkage

import (
	"slices"
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
	tb := csvTable(t, csv)
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

// Rows that are not several people's: a person with their dependants in groups (the
// row is the person's), suspects' groups beside the victims' (the victims are the
// records), groups numbered 01, and a file of groups alone (no id: named by line).
func TestGroupsThatAreNotTheRecordsPeople(t *testing.T) {
	read := func(csv string) *Table { return csvTable(t, csv) }
	dependants := read("ID,Surname,Forename,DOB,Dependant 1 Surname,Dependant 1 Forename,Dependant 1 DOB,Dependant 2 Surname,Dependant 2 Forename,Dependant 2 DOB\n1,Tesfai,Selam,1996-03-14,Tesfai,Abel,2018-01-02,,,\n2,Hoxha,Arben,1990-04-02,,,,,,\n")
	if len(dependants.rows) != 2 || dependants.Header[0] != "ID" {
		t.Errorf("a person with dependants read as %v, %d rows; want the file as it is", dependants.Header, len(dependants.rows))
	}
	both := read("Report ID,Suspect 1 Surname,Suspect 1 Forename,Suspect 1 DOB,Suspect 2 Surname,Suspect 2 Forename,Suspect 2 DOB,Victim 1 Surname,Victim 1 Forename,Victim 1 DOB,Victim 2 Surname,Victim 2 Forename,Victim 2 DOB\n" +
		"R1,Doe,John,1970-01-01,,,,Tesfai,Selam,1996-03-14,Hoxha,Arben,1990-04-02\n")
	if len(both.rows) != 2 || both.rows[0][0] != "R1#1" || !slices.Contains(both.rows[0], "Selam") || slices.Contains(both.rows[0], "Doe") {
		t.Errorf("victims beside suspects read as %v", both.rows)
	}
	padded := read("Victim 01 Surname,Victim 01 Forename,Victim 01 DOB,Victim 02 Surname,Victim 02 Forename,Victim 02 DOB\nTesfai,Selam,1996-03-14,Hoxha,Arben,1990-04-02\n")
	if len(padded.rows) != 2 || padded.rows[1][0] != "2#2" {
		t.Errorf("groups numbered 01, 02, with no id, read as %v; want two records named by line and group", padded.rows)
	}
}

// A printed report read back from a PDF: its header again on each page (the second
// time wrapped onto two rows: three rows in all), the page's footer, an address wrapped
// onto a row of its own, and a row shifted by a merged cell. Three records, each whole.
func TestAReportReadBackFromAPDF(t *testing.T) {
	csv := "Ref,Surname,Forename,DOB,Sex,Address\n" +
		"R1,TESFAI,Selam,14/03/1996,F,\"Flat 2, 10 Canal Road,\"\n" +
		",,,,,Leeds LS1 1AA\n" +
		"Printed 04/05/2024 by jsmith,,,,,Page 1 of 2\n" +
		",,,OFFICIAL-SENSITIVE,,\n" +
		"Ref,Surname,Forename,DOB,Sex,Address\n" +
		"R2,HOXHA,,Arben,02/04/1990,M,1 Mill Lane\n" +
		"Ref,Surname,Forename,DOB,Sex,Addr\n" +
		",,,,,ess\n" +
		"R3,NGUYEN,Van Minh,01/01/2001,M,\n"
	tb := csvTable(t, csv)
	_, _, d := tableAsANewUser(t, tb)
	if d.Len() != 3 || d.ID(0) != "R1" || d.ID(1) != "R2" || d.ID(2) != "R3" {
		t.Fatalf("%d records: %v", d.Len(), d.ids)
	}
	if got := d.get(0)("Address"); got != "Flat 2, 10 Canal Road, Leeds LS1 1AA" {
		t.Errorf("R1's address %q; want it joined with its wrapped end", got)
	}
	if got := d.get(1); got("Forename") != "Arben" || got("DOB") != "02/04/1990" {
		t.Errorf("R2 read as forename %q, date of birth %q; want the shifted row put back", got("Forename"), got("DOB"))
	}
	if notes := tb.text.note(); !strings.Contains(notes, "3 rows repeat the header") || !strings.Contains(notes, "check lines 7") {
		t.Errorf("notes %q", notes)
	}
}

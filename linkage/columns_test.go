package linkage

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestSettingsForABundlesColumnsAreTheDefaults(t *testing.T) {
	header := strings.Split("record_id,source,given_names,family_name,aliases,dob,dob_estimated,sex,nationality,birth_place,language,ho_reference", ",")
	got, read, err := SettingsForColumns(header)
	if err != nil {
		t.Fatal(err)
	}
	want := DefaultSettings()
	got.OptionalColumns, want.OptionalColumns = nil, nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("settings for a bundle's people.csv differ from the defaults:\n got %+v\nwant %+v", got, want)
	}
	if !reflect.DeepEqual(read.Unused, []string{"source"}) || read.Truth != "" {
		t.Errorf("unused %v, truth %q; want [source] and none", read.Unused, read.Truth)
	}
}

func TestSettingsForOtherNamesOfColumns(t *testing.T) {
	header := []string{"ID", "First Name", "Last Name", "Date of Birth", "Gender", "Country", "Post Code", "Address", "true_id", "notes"}
	s, read, err := SettingsForColumns(header)
	if err != nil {
		t.Fatal(err)
	}
	if s.IDColumn != "ID" || read.Truth != "true_id" || !reflect.DeepEqual(read.Unused, []string{"notes"}) {
		t.Fatalf("id %q, truth %q, unused %v", s.IDColumn, read.Truth, read.Unused)
	}
	cols := map[string][]string{}
	for _, c := range s.Comparisons {
		cols[c.Name] = c.Columns
	}
	want := map[string][]string{
		"name":          {"First Name", "Last Name"},
		"date_of_birth": {"Date of Birth"},
		"sex":           {"Gender"},
		"nationality":   {"Country"},
		"postcode":      {"Post Code"},
		"address":       {"Address"},
	}
	if !reflect.DeepEqual(cols, want) {
		t.Errorf("comparisons read %v, want %v", cols, want)
	}
	for _, b := range s.Blocking {
		for _, c := range b.Columns {
			if c == "true_id" || strings.HasPrefix(c, "(no") {
				t.Errorf("blocking rule %q reads %q", b.Name, c)
			}
		}
	}
	if len(s.Training) == 0 {
		t.Fatal("no training sessions")
	}
}

func TestSettingsForOneNameColumnAndNoIDs(t *testing.T) {
	s, read, err := SettingsForColumns([]string{"name", "dob"})
	if err != nil {
		t.Fatal(err)
	}
	if s.IDColumn != LineNumbers || read.Roles[0] != [2]string{"record id", LineNumbers} {
		t.Errorf("id column %q, roles %v: want records named by line", s.IDColumn, read.Roles)
	}
	if s.Comparisons[0].Columns[0] != "name" {
		t.Errorf("the name comparison reads %v, want the name column first", s.Comparisons[0].Columns)
	}
	d, err := ReadCSV(strings.NewReader("name,dob\nAmanuel Tesfay,1990-02-03\nTesfay Amanuel,03/02/1990\n"), s.IDColumn)
	if err != nil {
		t.Fatal(err)
	}
	if d.ID(0) != "2" || d.ID(1) != "3" {
		t.Errorf("ids %q %q, want the lines 2 and 3", d.ID(0), d.ID(1))
	}
}

func TestSettingsForColumnsWithNothingToLinkBy(t *testing.T) {
	_, _, err := SettingsForColumns([]string{"id", "sex", "nationality"})
	if err == nil || !strings.Contains(err.Error(), "surname") {
		t.Errorf("err = %v, want one that names the columns looked for", err)
	}
}

// Identifiers beyond the defaults are compared, and blocked on where strong; a file
// with more than a comparison vector holds keeps the strongest.
func TestSettingsForFurtherIdentifiers(t *testing.T) {
	header := []string{"id", "first_name", "surname", "dob", "sex", "nationality", "place_of_birth", "language",
		"passport_number", "cid_person_id", "email", "mobile", "town", "address", "occupation"}
	s, read, err := SettingsForColumns(header)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range s.Comparisons {
		names = append(names, c.Name)
	}
	want := []string{"name", "date_of_birth", "sex", "nationality", "birth_place", "language", "document", "person_reference", "email", "phone", "city", "address"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("comparisons %v, want %v", names, want)
	}
	rules := map[string]string{}
	for _, b := range s.Blocking {
		rules[b.Name] = b.Kind + " " + strings.Join(b.Columns, ",")
	}
	for name, rule := range map[string]string{"document": "reference passport_number", "email": "exact email", "phone": "phone mobile"} {
		if rules[name] != rule {
			t.Errorf("blocking rule %q = %q, want %q", name, rules[name], rule)
		}
	}
	if len(read.Unused) != 0 || !reflect.DeepEqual(read.Uncompared, []string{"occupation"}) {
		t.Errorf("unused %v, uncompared %v: want none unused, and occupation not compared", read.Unused, read.Uncompared)
	}
}

// Files with names but no date of birth or identifier, or a date and nothing else,
// still get settings that work: a rule that reads a comparison's columns trains it
// when no other can.
func TestSettingsForFewColumns(t *testing.T) {
	for _, header := range [][]string{{"id", "first_name", "surname"}, {"name", "sex"}, {"dob", "sex"}} {
		if _, _, err := SettingsForColumns(header); err != nil {
			t.Errorf("%v: %v", header, err)
		}
	}
	if _, _, err := SettingsForColumns([]string{"Name", "name", "dob"}); err == nil || !strings.Contains(err.Error(), "apart") {
		t.Errorf("two columns named alike: err = %v, want one asking to name them apart", err)
	}
	// Columns named alike, or not named, that are not read are no obstacle.
	_, read, err := SettingsForColumns([]string{"id", "Name", "dob", "Notes", "Notes", "", ""})
	if err != nil || !slices.Equal(read.Unused, []string{"Notes", "Notes", "(a column with no name)", "(a column with no name)"}) {
		t.Errorf("columns not read named alike: %v, unused %q", err, read.Unused)
	}
}

// Spreadsheets in much of Europe save CSV with semicolons; some systems export tabs.
func TestCSVSeparatedBySemicolonsOrTabs(t *testing.T) {
	for _, text := range []string{"id;first_name;surname\na;Selam;Tesfay\n", "id\tfirst_name\tsurname\na\tSelam\tTesfay\n",
		"id,first_name,surname\na,\"Selam; Yonas\",Tesfay\n"} {
		d, err := ReadCSV(strings.NewReader(text), "id")
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		if d.Len() != 1 || d.ID(0) != "a" || d.get(0)("surname") != "Tesfay" {
			t.Errorf("%q: read %d records, id %q, surname %q", text, d.Len(), d.ID(0), d.get(0)("surname"))
		}
	}
}

// A record without an id, or with another's, is named by its line, not by the id
// (which can be a case reference).
func TestRecordIDsMustBeThereAndTheirOwn(t *testing.T) {
	for text, want := range map[string]string{
		"id,name\na,Selam\n ,Dawit\n":             "line 3: id: no record id",
		"id,name\nCR-0417,Selam\nCR-0417,Dawit\n": "line 3: id: the record id of line 2 again: each record needs an id of its own",
	} {
		if _, err := ReadCSV(strings.NewReader(text), "id"); err == nil || err.Error() != want {
			t.Errorf("%q: %v, want %s", text, err, want)
		}
	}
}

// A column that gives several names for itself, or explains itself, goes by each of
// them: an export's "Surname / Family Name" is the family name. A column's whole name
// comes first: "Date Recorded" is the record's date, not a date of birth. With an age
// and the record's date, the date of birth comparison gives a record without one the
// year they say.
func TestColumnsThatGiveSeveralNames(t *testing.T) {
	header := []string{"Case Ref", "Date Recorded", "Forename(s)", "Surname / Family Name", "Other Names / AKA", "DOB (dd/mm/yyyy)", "Age", "Sex | Gender", "Nationality", "Notes"}
	roles, read, err := ColumnRoles(header)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"record_id": "Case Ref", "given_names": "Forename(s)", "family_name": "Surname / Family Name",
		"aliases": "Other Names / AKA", "dob": "DOB (dd/mm/yyyy)", "sex": "Sex | Gender", "nationality": "Nationality",
		"age": "Age", "record_date": "Date Recorded"}
	if !reflect.DeepEqual(roles, want) || !reflect.DeepEqual(read.Unused, []string{"Notes"}) {
		t.Errorf("roles %v, unused %v; want %v, and Notes unused", roles, read.Unused, want)
	}
	s, read, _ := SettingsForColumns(header)
	for _, c := range s.Comparisons {
		if c.Kind == "date_of_birth" && (c.FromAge == nil || *c.FromAge != AgeOn{Age: "Age", On: "Date Recorded"}) {
			t.Errorf("date of birth from age %+v, want Age on Date Recorded", c.FromAge)
		}
	}
	if len(read.Uncompared) != 0 {
		t.Errorf("read but not compared: %v", read.Uncompared)
	}
}

// A hospital's export calls the person a patient: "Patient Name" holds the whole name
// (SURNAME, Forename (Title)); "Known As" and "Alias" are both names they go by, and
// are compared together as other names.
func TestAHospitalsExportColumns(t *testing.T) {
	header := []string{"Attendance ID", "Site", "Hospital Number", "NHS Number", "Patient Name", "Known As", "Alias", "Date of Birth",
		"Gender", "Nationality", "Postcode"}
	roles, _, err := ColumnRoles(header)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"record_id": "Attendance ID", "document": "NHS Number", "full_name": "Patient Name", "preferred_name": "Known As",
		"aliases": "Alias", "dob": "Date of Birth", "sex": "Gender", "nationality": "Nationality", "postcode": "Postcode"}
	if !reflect.DeepEqual(roles, want) {
		t.Errorf("roles %v, want %v", roles, want)
	}
	s, _, err := SettingsForColumns(header)
	if err != nil {
		t.Fatal(err)
	}
	if names := s.Comparisons[0].Columns; names[0] != "Patient Name" || !strings.Contains(names[2], "Known As") || !strings.Contains(names[2], "Alias") {
		t.Errorf("names compared from %q; want the whole name, and Known As with Alias as other names", names)
	}
}

// A port's referrals: the name as the passport's machine-readable zone gives it is
// another name the person goes by, beside AKA; the document's number and the Home
// Office's person id (CID) are identifiers of their own, besides the HO reference.
func TestAPortsReferralsColumns(t *testing.T) {
	header := []string{"Ref No", "Port", "Surname", "Forename(s)", "Name per doc (MRZ)", "AKA", "DOB", "Sex", "Nationality",
		"Doc Type", "Doc No", "Issuing State", "CID Person ID", "HO Ref"}
	roles, _, err := ColumnRoles(header)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"record_id": "Ref No", "family_name": "Surname", "given_names": "Forename(s)", "document_name": "Name per doc (MRZ)",
		"aliases": "AKA", "dob": "DOB", "sex": "Sex", "nationality": "Nationality", "document": "Doc No", "person_reference": "CID Person ID",
		"ho_reference": "HO Ref"}
	if !reflect.DeepEqual(roles, want) {
		t.Errorf("roles %v, want %v", roles, want)
	}
	s, _, err := SettingsForColumns(header)
	if err != nil {
		t.Fatal(err)
	}
	var compared []string
	for _, c := range s.Comparisons {
		compared = append(compared, c.Name)
	}
	for _, want := range []string{"ho_reference", "person_reference", "document"} {
		if !slices.Contains(compared, want) {
			t.Errorf("comparisons %v: no %s", compared, want)
		}
	}
}

// A helpline's export names its columns for whom they are about (Victim first name),
// and its case reference repeats, a row for each person a call was about: the
// records are named by the key that does not repeat (PV ID), and the output says so.
func TestAHelplinesExportColumns(t *testing.T) {
	csv := "Case reference,PV ID,Victim first name,Victim surname,Approx age,Date of report,Gender\n" +
		"MSH-1,PV-1,Ilir,Hoxha,25,14/01/2019 21:30,Male\nMSH-1,PV-2,Unknown male,,30,14/01/2019 21:30,Male\n" +
		"MSH-2,PV-3,Ilir,,26,02/03/2020 10:00,Male\n"
	tb := csvTable(t, csv)
	s, read, err := SettingsForTable(tb)
	if err != nil {
		t.Fatal(err)
	}
	if s.IDColumn != "PV ID" || read.Columns["given_names"] != "Victim first name" || read.Columns["family_name"] != "Victim surname" ||
		read.Columns["age"] != "Approx age" {
		t.Errorf("id %q, columns %v", s.IDColumn, read.Columns)
	}
	if !strings.Contains(read.String(), "Case reference repeats its values, so it names something other than a record (a person? a case?): records are named by PV ID.") {
		t.Errorf("read: %s", read)
	}
	if roles, _, _ := ColumnRoles([]string{"Client Reference", "Client first name", "Client surname"}); roles["ho_reference"] != "" {
		t.Errorf("roles %v: a client's reference is the system's, not a Home Office reference", roles)
	}
	if got := Tokens(Normalise("Unknown male")); len(got) != 0 {
		t.Errorf("Unknown male: %q, want no name", got)
	}
	if got := Tokens(Normalise("PV2")); len(got) != 0 {
		t.Errorf("PV2: %q, want no name", got)
	}
}

// An export with one column of whole names ("Subject Name"), the names a person is
// known by, a reference column that names two ("HO CID / Port Ref"), and an age with
// the date of referral. An age with no date of the record says no year of birth, and
// is not used (not "not compared").
func TestAHubsExportsColumns(t *testing.T) {
	header := []string{"Date Referred", "Ref No", "Partner Org", "Subject Name", "Known As", "Sex", "D.O.B.", "Age at Referral", "Nationality", "HO CID / Port Ref", "Notes"}
	roles, _, err := ColumnRoles(header)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"record_id": "Ref No", "full_name": "Subject Name", "preferred_name": "Known As", "sex": "Sex", "dob": "D.O.B.",
		"age": "Age at Referral", "record_date": "Date Referred", "nationality": "Nationality", "ho_reference": "HO CID / Port Ref"}
	if !reflect.DeepEqual(roles, want) {
		t.Errorf("roles %v, want %v", roles, want)
	}
	_, read, err := SettingsForColumns(slices.DeleteFunc(slices.Clone(header), func(h string) bool { return h == "Date Referred" }))
	if err != nil {
		t.Fatal(err)
	}
	if len(read.Uncompared) != 0 || !slices.Contains(read.Unused, "Age at Referral") {
		t.Errorf("without a date of the record: not compared %v, unused %v; want the age unused", read.Uncompared, read.Unused)
	}
}

// A case system's export: its id named with an abbreviation in brackets, the date of
// birth in three columns and a middle name apart. The date is made from its parts
// (a year alone where that is all that is known) and the middle name joins the
// given names, before linking.
func TestDateInPartsAndMiddleNames(t *testing.T) {
	csv := "Unique Reference Number (URN),First Name,Middle Name(s),Last Name,Previous Names,DOB Day,DOB Month,DOB Year,Gender Identity\n" +
		"A-1,Ryan,David,Murphy,,15,Feb,1997,Man\n" +
		"B-2,Sirwan,,Karwan,,,,1990,M\n" +
		"C-3,Meron,,Abebe,,,,,Woman\n"
	s, read, d, _ := readAsANewUser(t, csv)
	if s.IDColumn != "Unique Reference Number (URN)" || len(read.Unused) != 0 {
		t.Fatalf("id %q, unused %v", s.IDColumn, read.Unused)
	}
	for i, want := range [][2]string{{"Ryan David", "1997-02-15"}, {"Sirwan", "1990"}, {"Meron", ""}} {
		g := d.get(i)
		if got := [2]string{g("given names (First Name, Middle Name(s))"), g("date of birth (DOB Day, DOB Month, DOB Year)")}; got != want {
			t.Errorf("record %s: given names and date of birth %q, want %q", d.ID(i), got, want)
		}
	}
}

// A police system's export, saved by Excel in a German locale: its columns named in
// capitals with abbreviations and a last word saying how the value is written
// (SEX_CD, AGE_YRS), the record id first and named by its system (OCC_NOM_REF).
func TestAPoliceSystemsColumns(t *testing.T) {
	header := strings.Split("OCC_NOM_REF;OWNING_UNIT;DATE_CREATED;TITLE;NOMINAL_NAME;ALIASES;DOB;DOB_EST_FLAG;AGE_YRS;SEX_CD;NAT_CD;BIRTH_PLACE;HO_REF;PNC_ID;HEIGHT_M;EXPL_TYPE;NOTES", ";")
	roles, read, err := ColumnRoles(header)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"record_id": "OCC_NOM_REF", "full_name": "NOMINAL_NAME", "aliases": "ALIASES", "dob": "DOB",
		"dob_estimated": "DOB_EST_FLAG", "age": "AGE_YRS", "record_date": "DATE_CREATED", "sex": "SEX_CD", "nationality": "NAT_CD",
		"birth_place": "BIRTH_PLACE", "ho_reference": "HO_REF", "document": "PNC_ID"}
	if !reflect.DeepEqual(roles, want) {
		t.Errorf("roles %v, want %v", roles, want)
	}
	if !reflect.DeepEqual(read.Unused, []string{"OWNING_UNIT", "TITLE", "HEIGHT_M", "EXPL_TYPE", "NOTES"}) {
		t.Errorf("unused %v", read.Unused)
	}
	// The first column is the id only when its name says it is a key, and no other
	// column is named as the id.
	for _, c := range []struct {
		header []string
		id     string
	}{
		{[]string{"Nominal Key", "Name"}, "Nominal Key"},
		{[]string{"Person ID", "Name"}, ""}, // true person ids, by their name
		{[]string{"Unit", "Name"}, ""},
		{[]string{"Occurrence No", "Record ID", "Name"}, "Record ID"},
		{[]string{"Sex Code", "Name"}, ""}, // read as the sex
		{[]string{"NHS No", "Name"}, ""},   // a personal identifier is never written out as a record id
		{[]string{"Phone Number", "Name"}, ""},
		{[]string{"Passport No", "Name"}, ""},
	} {
		roles, _, _ := ColumnRoles(c.header)
		if roles["record_id"] != c.id {
			t.Errorf("%q: id %q, want %q", c.header, roles["record_id"], c.id)
		}
	}
}

// A last word that says how values are written is dropped only where it can: a date
// column is not the record id, a flag is not other names.
func TestQualifiersBelongToTheirRoles(t *testing.T) {
	roles, _, err := ColumnRoles([]string{"OCC_NOM_REF", "FORENAME", "SURNAME", "RECORD_DT", "ALIAS_FLAG", "DOB_DT"})
	if err != nil {
		t.Fatal(err)
	}
	if roles["record_id"] != "OCC_NOM_REF" || roles["aliases"] != "" || roles["dob"] != "DOB_DT" {
		t.Errorf("roles %v: want the id OCC_NOM_REF, no other names, DOB_DT the date of birth", roles)
	}
}

// A CRM's export: custom fields end in __c; the age recorded at referral, with the
// referral's date, is read before an age worked out on the day of export; sex at
// birth before gender identity; an estimated year of birth where there is no date;
// other names, a preferred name and the name in its own script as other names.
func TestACRMsColumns(t *testing.T) {
	csv := "Id,FirstName,LastName,Preferred_Name__c,Alias_Names__c,Name_Native_Script__c,Birthdate,Estimated_Year_of_Birth__c,Age__c,Age_at_Referral__c,NRM_Referral_Date__c,Sex_at_Birth__c,GenderIdentity,Nationality__c\n" +
		"0031,Selam,Tesfay,Sami,AKA Selam Tesfai,ሰላም ተስፋይ,1998-03-14,,26,17,2015-06-01,Female,Female,Eritrea\n" +
		"0032,Dawit,Haile,,,,,1990,,,,Male,Nonbinary,ERI\n" +
		"0033,Meron,Abebe,,,,,,,19,2020-02-01,,,\n"
	_, read, d, _ := readAsANewUser(t, csv)
	for _, want := range []string{"age ← Age_at_Referral__c", "date of the record ← NRM_Referral_Date__c", "sex ← Sex_at_Birth__c", "nationality ← Nationality__c"} {
		if !strings.Contains(read.String(), want) {
			t.Errorf("columns read: %s; want %q", read, want)
		}
	}
	dob, aliases := "date of birth (Birthdate, else Estimated_Year_of_Birth__c)", "other names (Alias_Names__c, Preferred_Name__c, Name_Native_Script__c)"
	for i, want := range [][3]string{{"1998-03-14", "AKA Selam Tesfai; Sami; ሰላም ተስፋይ", "F"}, {"1990", "", "M"}, {"2000", "", ""}} {
		g := d.get(i)
		if got := [3]string{g(dob), g(aliases), g("Sex_at_Birth__c")}; got != want {
			t.Errorf("record %s: %q, want %q", d.ID(i), got, want)
		}
	}
}

// A first column taken for the id by its name whose values repeat names a person, not
// a record: the records are named by line, and the columns read say why; one whose
// values are each a record's own is the id.
func TestAGuessedIDThatRepeatsIsNotTheID(t *testing.T) {
	for text, want := range map[string]string{
		"Client No,Name,DOB\nC-77,Selam Tesfay,1998-03-14\nC-77,Selam Tesfai,1998-03-14\n": LineNumbers,
		"Client No,Name,DOB\nC-77,Selam Tesfay,1998-03-14\nC-78,Dawit Haile,2001-12-25\n":  "Client No",
	} {
		table, err := ReadTable(strings.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		s, read, err := SettingsForTable(table)
		if err != nil || s.IDColumn != want {
			t.Errorf("%q: id %q (%v), want %q", text, s.IDColumn, err, want)
		}
		said := read.String()
		if repeats := strings.Contains(said, "Client No repeats its values"); repeats != (want == LineNumbers) || strings.Contains(said, "C-77") {
			t.Errorf("%q: columns read say %q", text, said)
		}
		if _, err := table.Dataset(s.IDColumn); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}

// A middle name beside one column of whole names is not joined after it: the whole
// name would end in a middle name.
func TestAMiddleNameIsNotJoinedToAWholeName(t *testing.T) {
	_, read, err := SettingsForColumns([]string{"id", "Name", "Middle Name", "DOB"})
	if err != nil || read.Columns["given_names"] != "Name" {
		t.Errorf("given names read from %q (%v), want Name", read.Columns["given_names"], err)
	}
}

// An online form's export (Microsoft Forms): who filled it in (Email, Name) is not
// the person; each question heads its column, and is read by the name it holds; a
// question about the date of birth whose answers are a few choices says whether the
// date is an estimate; the form's completion time is the record's date, on which an
// age in words (mid 20s: 25) gives a year of birth where no date is known.
func TestAnOnlineFormsExport(t *testing.T) {
	csv := `ID,Start time,Completion time,Email,Name,What is the potential victim's full name (as they gave it)?,"Does the person use any other names or spellings? If so, list them.",Date of birth (if known),"If the date of birth is not known, what is their approximate age?",Is the date of birth: ,Sex,Nationality,What is your job title?
1,2021-03-04 09:50,2021-03-04 10:00,a.worker@example.org,Alex Worker,Selam Tesfay,Selam Tesfai,14/03/1998,,Estimated / age assessed,Female,Eritrean,Support worker
2,2022-06-01 08:40,2022-06-01 09:00,anonymous,,Dawit Haile,,does not know,mid 20s,Not known,Male,Eritrea,Caseworker
3,2023-01-05 11:00,2023-01-05 11:30,b.worker@example.org,Bo Worker,Meron Abebe,,6061989,,"Confirmed by a document (e.g. passport)",Female,Ethiopian,
`
	read, d := readTableAsANewUser(t, csv)
	for _, want := range []string{"full name ← What is the potential victim's full name", "other names ← Does the person use any other names",
		"date of birth ← Date of birth (if known)", "date of birth estimated (by its values) ← Is the date of birth: ",
		"age ← If the date of birth is not known", "date of the record ← Completion time", "Email, Name: who filled the form in"} {
		if !strings.Contains(read.String(), want) {
			t.Errorf("columns read: %s\nwant %q", read, want)
		}
	}
	if strings.Contains(read.String(), "← Name") || strings.Contains(read.String(), "← Email") || strings.Contains(read.String(), "← What is your job") {
		t.Errorf("columns read: %s\nthe form's respondent read as the person", read)
	}
	// 25 on 1 June 2022: born from 2 June 1996 to 1 June 1997, half a year before the
	// latest in 1996; 6061989 is 06061989 as a spreadsheet keeps it, 6 June 1989.
	for i, want := range [][2]string{{"1998-03-14", "estimated"}, {"1996", ""}, {"1989-06-06", ""}} {
		g := d.get(i)
		estimated := ""
		if SaysYes(g(read.Columns["dob_estimated"])) {
			estimated = "estimated"
		}
		if got := [2]string{g(read.Columns["dob"]), estimated}; got != want {
			t.Errorf("record %s: %q, want %q", d.ID(i), got, want)
		}
	}
}

// In a tab-separated file an empty cell is two tabs, not a tab and white space.
func TestEmptyCellsOfATabSeparatedFile(t *testing.T) {
	d, err := ReadCSV(strings.NewReader("id\tfirst_name\tmiddle\tsurname\r\na\tSelam\t\tTesfay\r\n"), "id")
	if err != nil {
		t.Fatal(err)
	}
	if g := d.get(0); g("middle") != "" || g("surname") != "Tesfay" {
		t.Errorf("middle %q, surname %q", g("middle"), g("surname"))
	}
}

// A casework system's export: other names in numbered pairs of columns, a second
// nationality, and a PERSON_ID that is each record's own (a new one each time a
// person was not matched), so not people's true ids. The other names are read as
// given and family names together, each a name of its own; the nationalities as
// two values.
func TestNumberedOtherNamesAndASecondNationality(t *testing.T) {
	csv := "PERSON_ID,CASE_ID,FAMILY_NAME,GIVEN_NAMES,ALIAS1_FAMILY_NAME,ALIAS1_GIVEN_NAMES,ALIAS2_FAMILY_NAME,ALIAS2_GIVEN_NAMES,DOB,NATIONALITY,NATIONALITY_2\n" +
		"4027511,1261992,GERMA,TSION,GIRMA,TSIYON,,,27-MAY-95,ERI,ETH\n" +
		"4027608,1262411,DUKA,ELONA,,,DUKAJ,ELONA,01-APR-99,ALB,\n"
	read, d := readTableAsANewUser(t, csv)
	if read.Truth != "" || !slices.Contains(read.Unused, "PERSON_ID") {
		t.Errorf("PERSON_ID, one a record, read as true person ids: %s", read)
	}
	for i, want := range [][2]string{{"TSIYON GIRMA", "ERI;ETH"}, {"ELONA DUKAJ", "ALB"}} {
		g := d.get(i)
		if got := [2]string{g(read.Columns["aliases"]), g(read.Columns["nationality"])}; got != want {
			t.Errorf("record %s: other names and nationalities %q, want %q", d.ID(i), got, want)
		}
	}
}

// readTableAsANewUser reads csv as retrace link does with no settings: its columns by
// their names and values, its values rewritten as linking reads them.
func readTableAsANewUser(t *testing.T, csv string) (ColumnsRead, *Dataset) {
	t.Helper()
	tb := csvTable(t, csv)
	s, read, d := tableAsANewUser(t, tb)
	if _, err := RewriteValues(s, d); err != nil {
		t.Fatal(err)
	}
	return read, d
}

// A family name a person had before (a child who took a step-parent's, a woman her
// husband's) is read with their given names as another name.
func TestAPreviousFamilyNameIsAnotherName(t *testing.T) {
	read, d := readTableAsANewUser(t, "id,Forename,Surname,Previous Surname,DOB\na,Kayleigh,Walsh,Begum,2009-03-02\nb,Tyler,Reid,,2008-07-11\n")
	for i, want := range []string{"Kayleigh Begum", ""} {
		if got := d.get(i)(read.Columns["aliases"]); got != want {
			t.Errorf("record %s: other names %q, want %q", d.ID(i), got, want)
		}
	}
}

// Files from elsewhere in Europe name the columns of names, dates of birth, sex and
// nationality in their own languages.
func TestColumnsNamedInOtherLanguages(t *testing.T) {
	for _, header := range [][]string{{"ID", "Prénom", "Nom", "Date de naissance", "Sexe", "Nationalité"},
		{"ID", "Vorname", "Nachname", "Geburtsdatum", "Geschlecht", "Staatsangehörigkeit"},
		{"ID", "Nombre", "Apellidos", "Fecha de nacimiento", "Sexo", "Nacionalidad"}} {
		_, read, err := SettingsForColumns(header)
		want := fmt.Sprintf("given names ← %s; family name ← %s; date of birth ← %s; sex ← %s; nationality ← %s", header[1], header[2], header[3], header[4], header[5])
		if err != nil || !strings.Contains(read.String(), want) {
			t.Errorf("%v: %v\n%s\nwant %q", header, err, read, want)
		}
	}
}

// A study that keeps no names keeps initials: read letter by letter as the name,
// with the month and year of birth and the outward code, and blocked on as one key
// of their letters, in either order.
func TestInitialsAreTheNameWhereThereIsNone(t *testing.T) {
	csv := "row_id,initials,birth_mm_yyyy,sex,postcode_district\nr1,A.H.,03/1998,F,B21\nr2,H A,03/1998,F,B21\nr3,ah,1998,F,B70\n"
	s, read, d, _ := readAsANewUser(t, csv)
	if read.Columns["dob"] != "birth_mm_yyyy" || read.Columns["postcode"] != "postcode_district" || !strings.HasPrefix(read.Columns["given_names"], "initials (initials") {
		t.Fatalf("columns %v", read.Columns)
	}
	for i, want := range []string{"A H", "H A", "a h"} {
		if got := d.get(i)(read.Columns["given_names"]); got != want {
			t.Errorf("record %d: initials %q, want %q", i+1, got, want)
		}
	}
	keys := func(i int) []string {
		return nameSkeletons(DefaultVariants(), d.get(i), []string{read.Columns["given_names"]})
	}
	if !slices.Contains(keys(0), "ah") || !slices.Contains(keys(1), "ah") || !slices.Contains(keys(2), "ah") {
		t.Errorf("keys %q %q %q: want ah for each", keys(0), keys(1), keys(2))
	}
	if s.Comparisons[0].Columns[0] != read.Columns["given_names"] {
		t.Errorf("names compared from %q", s.Comparisons[0].Columns)
	}
}

// A pooled export is its sources' columns side by side, each source filling its own:
// the police's forename and surname, a council's first_name and last_name, a charity's
// full_name. Each is read where those before it are empty, so that Amira Haddad is
// one person whichever source wrote her; a column filled beside another (a second
// date column for another date) is not taken for it.
func TestAPooledExportsColumnsStandInForEachOther(t *testing.T) {
	csv := "id,source,forename,surname,first_name,last_name,full_name,dob,date_of_birth,gender\n" +
		"1,police,Amira,Haddad,,,,1994-03-02,,F\n" +
		"2,council,,,Amira,Haddad,,,02/03/1994,F\n" +
		"3,charity,,,,,Amira Haddad,1994-03-02,,F\n" +
		"4,police,Tomas,Novak,,,,1988-11-20,,M\n" +
		"5,council,,,Tomas,Novak,,,20/11/1988,M\n"
	tb := csvTable(t, csv)
	s, read, d := tableAsANewUser(t, tb)
	got := read.String()
	for _, want := range []string{"given names (where first_name empty) ← forename", "family name (where surname empty) ← last_name",
		"date of birth (where dob empty) ← date_of_birth", "whole name as the given names (where first_name, surname, forename, last_name empty) ← full_name"} {
		if !strings.Contains(got, want) {
			t.Errorf("columns read: %s\nwant %q", got, want)
		}
	}
	res := linkAll(t, d, s, Options{})
	if res.Cluster[0] != res.Cluster[1] || res.Cluster[0] != res.Cluster[2] || res.Cluster[3] != res.Cluster[4] || res.Cluster[0] == res.Cluster[3] {
		t.Errorf("clusters %v; want records 1-3 one person, 4-5 another", res.Cluster)
	}
	beside, err := ReadTable(strings.NewReader("id,first_name,surname,dob,date_of_birth\n1,Amira,Haddad,1994-03-02,1994-03-12\n2,Tomas,Novak,,1988-11-20\n3,Selam,Tesfai,1990-01-05,1990-05-01\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, read, _ := tableAsANewUser(t, beside); strings.Contains(read.String(), "where dob empty") {
		t.Errorf("columns read: %s; want date_of_birth, filled beside dob, not read for it", read)
	}
}

// A town says again what the postcode, or else the address, says: it follows the
// first of them the file has, and nothing where it has neither.
func TestTheTownFollowsThePostcodeOrTheAddress(t *testing.T) {
	for header, want := range map[string]string{
		"id,first_name,surname,address,postcode,town": "postcode",
		"id,first_name,surname,address,town":          "address",
		"id,first_name,surname,town":                  "",
	} {
		s, _ := settingsOf(t, header+"\n")
		at := slices.IndexFunc(s.Comparisons, func(c ComparisonSettings) bool { return c.Name == "city" })
		if at < 0 || s.Comparisons[at].Follows != want {
			t.Errorf("%s: comparisons %+v; want the town, following %q", header, s.Comparisons, want)
		}
	}
}

// Headings in the languages of the countries survivors return to: Albanian's,
// Vietnamese's (a whole name, family name first), Romanian's.
func TestHeadingsInOriginCountriesLanguages(t *testing.T) {
	for header, want := range map[string]map[string]string{
		"Mbiemri,Emri,Atësia,Datëlindja,Gjinia,Shtetësia,Vendlindja,Nr. Personal": {"family_name": "Mbiemri", "given_names": "Emri",
			"middle_names": "Atësia", "dob": "Datëlindja", "sex": "Gjinia", "nationality": "Shtetësia", "birth_place": "Vendlindja", "person_reference": "Nr. Personal"},
		"Họ và tên,Ngày sinh,Giới tính,Quốc tịch,Quê quán,Số CCCD": {"full_name": "Họ và tên", "dob": "Ngày sinh", "sex": "Giới tính",
			"nationality": "Quốc tịch", "birth_place": "Quê quán", "person_reference": "Số CCCD"},
		"Nume,Prenume,Data nașterii,Sex,Cetățenie,CNP": {"family_name": "Nume", "given_names": "Prenume", "dob": "Data nașterii",
			"nationality": "Cetățenie", "person_reference": "CNP"},
	} {
		found, _, err := ColumnRoles(strings.Split(header, ","))
		if err != nil {
			t.Fatal(err)
		}
		for role, col := range want {
			if found[role] != col {
				t.Errorf("%s: %s read from %q, want %q", header, role, found[role], col)
			}
		}
	}
}

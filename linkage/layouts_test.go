package linkage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Two organisations' exports, each with its own column names and its own order of
// day and month, are read as one: each record's date of birth is the date its own
// file means, its whole name stands as its names, its sex is read, and the settings
// compare what the files have between them.
func TestFilesOfTwoLayoutsAreReadAsOne(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.csv")
	os.WriteFile(a, []byte("Case Ref,Forename,Surname,DOB,Gender\nA1,Selam,Tesfay,14/03/1998,F\nA2,Dawit,Haile,25/12/2001,M\n"), 0o600)
	b := filepath.Join(dir, "b.csv")
	os.WriteFile(b, []byte("Subject Name,D.O.B.,Sex,Nationality\n\"TESFAI, Selam\",03/14/1998,Female,Eritrean\n"), 0o600)
	tables, err := ReadTableFiles([]string{a, b})
	if err != nil {
		t.Fatal(err)
	}
	got, err := ReadLayouts(tables)
	if err != nil {
		t.Fatal(err)
	}
	d := got.Data
	if d.Len() != 3 || d.ID(0) != "A1" || d.ID(2) != "b.csv:2" {
		t.Fatalf("%d records, ids %q, %q", d.Len(), d.ID(0), d.ID(min(2, d.Len()-1)))
	}
	for i, want := range [][4]string{{"Selam", "Tesfay", "1998-03-14", "F"}, {"Dawit", "Haile", "2001-12-25", "M"}, {"TESFAI, Selam", "", "1998-03-14", "F"}} {
		g := d.get(i)
		if have := [4]string{g("given_names"), g("family_name"), g("dob"), g("sex")}; have != want {
			t.Errorf("record %s: %q, want %q", d.ID(i), have, want)
		}
	}
	if got := d.get(2)("nationality"); got != "ERI" {
		t.Errorf("nationality %q, want ERI", got)
	}
	compared := map[string]bool{}
	for _, c := range got.Settings.Comparisons {
		compared[c.Name] = true
	}
	if !compared["name"] || !compared["date_of_birth"] || !compared["sex"] || !compared["nationality"] || compared["ho_reference"] {
		t.Errorf("comparisons %v: want name, date of birth, sex and nationality, and no reference", compared)
	}
	if said := strings.Join(got.Read, "\n"); !strings.Contains(said, b+": Columns read as: record id ← (line number); full name ← Subject Name") {
		t.Errorf("how the files were read:\n%s", said)
	}
}

package linkage

import (
	"slices"
	"strings"
	"testing"
)

// How staff type who someone is into one cell, and what each says, read by hand.
func TestDetailsTypedInOneCell(t *testing.T) {
	for _, c := range []struct {
		text, notes string
		want        details
	}{
		{"SMITH, John (DOB 12/03/1990)", "", details{name: "SMITH John", dob: "12/03/1990"}},
		{"Mr Arben KOLA d.o.b 3.4.95 Albanian", "", details{name: "Arben KOLA", dob: "3.4.95", nationality: "ALB"}},
		{"Nguyen Van Minh - 17yrs - VNM", "", details{name: "Nguyen Van Minh", age: "17", nationality: "VNM"}},
		{"Fatima (surname unknown), approx 30", "", details{name: "Fatima", age: "30"}},
		{"Ms T. Bekele, born 1988, Eritrean, aka Tsega", "", details{name: "T Bekele", dob: "1988", nationality: "ERI", alias: "Tsega"}},
		{"KELVIN OSAGHAE - born 2nd August 2005 - HO: T1169548", "", details{name: "KELVIN OSAGHAE", dob: "2nd August 2005", reference: "T1169548"}},
		{"dler mahmood - Kurdish (Iraq)", "DOB given as 01/01/2001 - age disputed", details{name: "dler mahmood", dob: "01/01/2001", nationality: "IRQ"}},
		{"Leanne Taylor GBR", "", details{name: "Leanne Taylor", nationality: "GBR"}},
		{"Selam Tesfai – Eritrean", "", details{name: "Selam Tesfai", nationality: "ERI"}}, // an en dash
		{"Abel Ghebre-Medhin,Eritrean", "", details{name: "Abel Ghebre-Medhin", nationality: "ERI"}},
		{"Eldar Hoxha 2002 (est)", "", details{name: "Eldar Hoxha", dob: "2002"}},
		// Words run on with the name are the name, though they read as countries'
		// codes, names or demonyms, and so is a given name after a surname in capitals.
		{"Nguyen Thi Nga", "", details{name: "Nguyen Thi Nga"}},
		{"Cristian Alexandru Moldovan", "", details{name: "Cristian Alexandru Moldovan"}},
		{"Xiaoyan SUN PRC", "", details{name: "Xiaoyan SUN PRC"}},
		{"MR. WARD, JORDAN", "", details{name: "WARD JORDAN"}},
		{"Smith, Angela", "", details{name: "Smith Angela"}},
		// Jianhua is nearest Ghana in spelling, not a nationality; a referral's date in
		// the notes is not the birth's.
		{"Mr. ZHU, Jianhua", "referred 03/04/2021, also known as Mimi", details{name: "ZHU Jianhua", alias: "Mimi"}},
	} {
		if got := readDetails(c.text, c.notes); got != c.want {
			t.Errorf("readDetails(%q, %q) = %+v; want %+v", c.text, c.notes, got, c.want)
		}
	}
}

// A log with no column of names is read from its details: the same woman typed two
// ways by two workers has one name and one date of birth, read as linking compares
// them; her namesake's is ten years later, and has another name beside.
func TestALogOfDetailsIsRead(t *testing.T) {
	csv := "record_id,Date received,Client details,Other info\n" +
		"a,01/02/2021,\"TESFAI, Selam (DOB 14/03/1996) Eritrean\",\n" +
		"b,05/06/2022,Ms Selam Tesfai - eritrean,DOB: 14.03.96\n" +
		"c,07/08/2023,\"Selam Tesfai, b. 2006\",aka Sally\n"
	tb := csvTable(t, csv)
	s, read, d := tableAsANewUser(t, tb)
	if !strings.Contains(read.String(), "details of the person, in free text ← Client details") {
		t.Errorf("columns read: %s", read)
	}
	if _, err := RewriteValues(s, d); err != nil {
		t.Fatal(err)
	}
	for i, want := range [][4]string{{"TESFAI Selam", "1996-03-14", "ERI", ""}, {"Selam Tesfai", "1996-03-14", "ERI", ""}, {"Selam Tesfai", "2006", "", "Sally"}} {
		get := d.get(i)
		got := [4]string{get(read.Columns["given_names"]), get(read.Columns["dob"]), get(read.Columns["nationality"]), get(read.Columns["aliases"])}
		if got != want {
			t.Errorf("record %s: name, date of birth, nationality, other names %q; want %q", d.ID(i), got, want)
		}
	}
}

// A case system's cell of a person's numbers, each after its label, as three systems
// write it: the Home Office reference, the passport's number and a number for life.
func TestLabelledIdentifiersInOneCell(t *testing.T) {
	for _, c := range []struct{ cell, reference, document, person string }{
		{"HO: N1479017; NHS: 935 215 8733; Passport: P5998834 (ERI)", "N1479017", "P5998834", "935 215 8733"},
		{"NHS No=9434765919 | HO Ref=B1234567", "B1234567", "", "9434765919"},
		{"HO REF: P2691740\nPPT: P34152505", "P2691740", "P34152505", ""},
		{"PNC: 21/123456A", "", "", "21/123456A"},
		{"NRM: NRM/2020/055900", "", "", ""}, // a referral's, not the person's
	} {
		got := [3]string{labelledIdentifier(c.cell, "labelled_reference"), labelledIdentifier(c.cell, "labelled_document"),
			labelledIdentifier(c.cell, "labelled_person_reference")}
		if want := [3]string{c.reference, c.document, c.person}; got != want {
			t.Errorf("%q: reference, document, person %q; want %q", c.cell, got, want)
		}
	}
}

// A cell of several phones: each number is one, and two records share a phone where
// any of theirs is the other's (or one keying error from it).
func TestSeveralPhonesInACell(t *testing.T) {
	got := PhoneKeys("07700 900123 / +44 7700 900456; 07700 900123\nor 0161 496 0000")
	if want := []string{"7700900123", "7700900456", "1614960000"}; !slices.Equal(got, want) {
		t.Errorf("PhoneKeys = %v; want %v", got, want)
	}
	c := &referenceComparison{name: "phone", column: "phone", key: PhoneKey, phones: true}
	feature := func(s string) Feature { return c.Prepare(func(string) string { return s }) }
	for _, x := range []struct {
		a, b string
		want int
	}{{"07700 900123 / 07700 900456", "07700 900456", 1}, {"07700 900123 / 07700 900456", "07700 900457", 2},
		{"07700 900123 / 07700 900456", "0161 496 0000", 3}} {
		if level := c.Compare(feature(x.a), feature(x.b)); level != x.want {
			t.Errorf("%q against %q: level %d, want %d", x.a, x.b, level, x.want)
		}
	}
}

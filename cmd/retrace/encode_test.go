package main

import (
	"encoding/csv"
	"fmt"
	"github.com/retrace-uk/retrace/bloom"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/retrace-uk/retrace/storage/storetest"
	"github.com/retrace-uk/retrace/synth/synthtest"
)

// Encoding keeps only ids and encodings in people.csv, leaves the journey files
// behind, and refuses a short secret, a folder that exists and a bundle with a
// mistake — naming the file, line and column, and leaving no output behind.
func TestEncode(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret")
	os.WriteFile(secret, []byte("a secret of the organisations, long enough\n"), 0o600)
	out := filepath.Join(dir, "encoded")
	said := mustRun(t, "encode", storetest.FixtureDir(), "--secret", secret, "--out", out)
	if !strings.Contains(said, "people.csv has no column for email, phone, postcode, city, document, person_reference (other exports have them): encoded as empty") {
		t.Errorf("the schema's columns a bundle lacks are not named:\n%s", said)
	}
	f, err := os.Open(filepath.Join(out, "people.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(rows) != 14 || strings.Join(rows[0], ",") != "record_id,source,clk" {
		t.Fatalf("encoded people.csv: %d rows %v, header %v", len(rows), err, rows[0])
	}
	for _, r := range rows[1:] {
		if c, err := bloom.Parse(r[2]); err != nil || len(c) != 3136/64 {
			t.Errorf("%s: not a 3136-bit encoding: %v", r[0], err)
		}
	}
	whole, _ := os.ReadFile(filepath.Join(out, "people.csv"))
	for _, name := range []string{"Selam", "Tesfai", "1998"} { // the fixture's
		if strings.Contains(string(whole), name) {
			t.Errorf("the encoded people.csv holds %q", name)
		}
	}
	if entries, _ := os.ReadDir(out); len(entries) != 2 { // people.csv and schema.json: no journey file, whose free text may name people
		t.Errorf("the encoded bundle holds %d files, want 2", len(entries))
	}
	if _, errOut, code := run(t, "encode", storetest.FixtureDir(), "--secret", secret, "--out", out); code == 0 || !strings.Contains(errOut, "must be new") {
		t.Errorf("over an existing folder: exit %d, %s", code, errOut)
	}
	short := filepath.Join(dir, "short")
	os.WriteFile(short, []byte("too short"), 0o600)
	if _, errOut, code := run(t, "encode", storetest.FixtureDir(), "--secret", short, "--out", filepath.Join(dir, "x")); code == 0 || !strings.Contains(errOut, "at least 16") {
		t.Errorf("a short secret: exit %d, %s", code, errOut)
	}
	bad := filepath.Join(dir, "bad")
	os.Mkdir(bad, 0o700)
	os.WriteFile(filepath.Join(bad, "people.csv"), []byte("record_id,source,given_names,family_name,dob\nR1,ORG01,Ana,Pop,1990-02-30\n"), 0o600)
	badOut := filepath.Join(dir, "bad-encoded")
	if _, errOut, code := run(t, "encode", bad, "--secret", secret, "--out", badOut); code == 0 || !strings.Contains(errOut, "people.csv:2") || !strings.Contains(errOut, "dob") {
		t.Errorf("an impossible date: exit %d, %s", code, errOut)
	}
	if _, err := os.Stat(badOut); !os.IsNotExist(err) {
		t.Errorf("a failed encoding left %s behind", badOut)
	}
}

// A people CSV that is not a bundle is encoded by its column names, with what could
// not be read named by file and column, and what the schema does not encode (an
// address, true person ids) named too.
func TestEncodeACSV(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "referrals.csv")
	os.WriteFile(src, []byte("id,first_name,last_name,DOB,sex,address,true_id\nA1,Selam,Tesfai,1998-03-14,Femal,1 High Street,P1\nA2,Dawit,Haile,,M,,P2\n"), 0o600)
	secret := filepath.Join(dir, "secret")
	os.WriteFile(secret, []byte("a secret of more than sixteen bytes"), 0o600)
	out := mustRun(t, "encode", src, "--secret", secret, "--out", filepath.Join(dir, "enc"))
	for _, want := range []string{"Encoded 2 records", src + ": sex: 1 value not read as sexes", src + ": no column for",
		// The address alone: DOB is encoded, whatever case the file names it in.
		src + ": address: read, but not encoded", src + ": the column true_id looks like true person ids: it is not encoded"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	rows := synthtest.ReadCSV(t, filepath.Join(dir, "enc", "people.csv"))
	if len(rows) != 3 || rows[1][0] != "A1" || rows[2][0] != "A2" {
		t.Errorf("encoded people.csv: %v", rows)
	}
	// Without a column of record ids, the true ids cannot score the linked encodings
	// (records are numbered by line), and the note says what it takes.
	noIDs := filepath.Join(dir, "no-ids.csv")
	os.WriteFile(noIDs, []byte("first_name,last_name,dob,sex,true_id\nSelam,Tesfai,1998-03-14,F,P1\n"), 0o600)
	out = mustRun(t, "encode", noIDs, "--secret", secret, "--out", filepath.Join(dir, "enc-no-ids"))
	if !strings.Contains(out, "to score against it, the file needs a column of record ids") || strings.Contains(out, "as --truth") {
		t.Errorf("a file without record ids:\n%s", out)
	}
	// A date of birth in three columns and a middle name apart are encoded as the date
	// and the given names they make, not left out.
	parts := filepath.Join(dir, "parts.csv")
	os.WriteFile(parts, []byte("URN,First Name,Middle Name,Last Name,DOB Day,DOB Month,DOB Year\nA1,Ryan,David,Murphy,15,Feb,1997\n"), 0o600)
	out = mustRun(t, "encode", parts, "--secret", secret, "--out", filepath.Join(dir, "enc-parts"))
	if strings.Contains(out, "not encoded") || !strings.Contains(out, "Encoded 1 record into") {
		t.Errorf("a date in parts and a middle name:\n%s", out)
	}
	// Linked without settings, encodings are linked with the encoded settings built in,
	// and the file's two records, of two people, are two.
	linked := mustRun(t, "link", filepath.Join(dir, "enc", "people.csv"), "--out", filepath.Join(dir, "c.csv"))
	if !strings.Contains(linked, "linked with the encoded settings built in (examples/linkage/encoded.json)") || !strings.Contains(linked, "Linked 2 records into 2 people") {
		t.Errorf("encodings linked without settings:\n%s", linked)
	}
}

// At the hub, the encodings of two organisations, encoded apart with the shared
// secret, link together as the encodings of both in one file do: the same people,
// to the record.
func TestTwoOrganisationsEncodingsLinkTogether(t *testing.T) {
	dir := t.TempDir()
	rows := synthtest.ReadCSV(t, filepath.Join(synthtest.Bundle(t, 400, 5), "people.csv"))
	src := slices.Index(rows[0], "source")
	first := rows[1][src]
	var a, b [][]string
	for _, r := range rows[1:] {
		if r[src] == first {
			a = append(a, r)
		} else {
			b = append(b, r)
		}
	}
	if len(a) == 0 || len(b) == 0 {
		t.Fatalf("the synthetic records are from %d and %d sources' split", len(a), len(b))
	}
	write := func(name string, parts ...[][]string) string {
		path := filepath.Join(dir, name)
		f, _ := os.Create(path)
		w := csv.NewWriter(f)
		w.Write(rows[0])
		for _, part := range parts {
			w.WriteAll(part)
		}
		f.Close()
		return path
	}
	secret := filepath.Join(dir, "secret")
	os.WriteFile(secret, []byte("a secret shared by the organisations, not the hub"), 0o600)
	for name, path := range map[string]string{"a": write("a.csv", a), "b": write("b.csv", b), "both": write("both.csv", a, b)} {
		mustRun(t, "encode", path, "--secret", secret, "--out", filepath.Join(dir, "enc-"+name))
	}
	enc := func(name string) string { return filepath.Join(dir, "enc-"+name, "people.csv") }
	mustRun(t, "link", enc("both"), "--out", filepath.Join(dir, "one.csv"))
	out := mustRun(t, "link", enc("a"), enc("b"), "--out", filepath.Join(dir, "two.csv"))
	one, _ := os.ReadFile(filepath.Join(dir, "one.csv"))
	two, _ := os.ReadFile(filepath.Join(dir, "two.csv"))
	if len(one) == 0 || string(one) != string(two) {
		t.Errorf("two files linked otherwise than one of both (%d and %d bytes):\n%s", len(one), len(two), out)
	}
	if !strings.Contains(out, fmt.Sprintf("Linked %d records into", len(rows)-1)) || strings.Contains(out, fmt.Sprintf("into %d people", len(rows)-1)) {
		t.Errorf("want %d records linked into fewer people:\n%s", len(rows)-1, out)
	}
}

package bundle

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/retrace-uk/retrace"
)

const peopleHeader = "record_id,source,given_names,family_name,dob,sex\n"

// writeBundle writes a bundle with one people.csv of the given bytes.
func writeBundle(t *testing.T, people []byte) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "people.csv"), people, 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

// readPeople reads every row of people.csv, failing on a file-level error.
func readPeople(t *testing.T, dir string, opt ReadOptions) (*FileReader, []*Row) {
	t.Helper()
	b, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	fr, err := b.Read(People, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer fr.Close()
	var rows []*Row
	for {
		r, err := fr.Next()
		if err == io.EOF {
			return fr, rows
		}
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, r)
	}
}

func person(t *testing.T, r *Row) retrace.PersonRecord {
	t.Helper()
	if !r.OK() {
		t.Fatalf("line %d: %v", r.Line, r.Problems)
	}
	return r.Value.(retrace.PersonRecord)
}

func TestUTF8ByteOrderMarkIsStripped(t *testing.T) {
	dir := writeBundle(t, []byte("\xEF\xBB\xBF"+peopleHeader+"A-1,ORG1,Zoë,Çelaj,1990-05,F\n"))
	_, rows := readPeople(t, dir, ReadOptions{})
	p := person(t, rows[0])
	if p.RecordID != "A-1" || p.GivenNames != "Zoë" || p.DOB.String() != "1990-05" {
		t.Errorf("got %+v", p)
	}
}

func TestUTF16WithByteOrderMarkIsRead(t *testing.T) {
	for _, endian := range []unicode.Endianness{unicode.LittleEndian, unicode.BigEndian} {
		enc := unicode.UTF16(endian, unicode.UseBOM).NewEncoder()
		text, err := enc.String(peopleHeader + "A-1,ORG1,Nguyễn Văn,Đức,1990,M\r\n")
		if err != nil {
			t.Fatal(err)
		}
		fr, rows := readPeople(t, writeBundle(t, []byte(text)), ReadOptions{})
		if p := person(t, rows[0]); p.GivenNames != "Nguyễn Văn" || p.FamilyName != "Đức" || p.Sex != retrace.Male {
			t.Errorf("endian %v: got %+v", endian, p)
		}
		if len(fr.Problems) != 1 || !strings.Contains(fr.Problems[0].Reason, "UTF-16") {
			t.Errorf("expected a note that the file was read as UTF-16: %v", fr.Problems)
		}
	}
}

func TestUTF16WithoutByteOrderMarkIsExplained(t *testing.T) {
	text, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String(peopleHeader)
	b, err := Open(writeBundle(t, []byte(text)))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	_, err = b.Read(People, ReadOptions{})
	if err == nil || !strings.Contains(err.Error(), "people.csv:1: has NUL bytes: it looks like UTF-16") {
		t.Errorf("err = %v", err)
	}
}

func TestWindows1252IsExplainedThenReadWhenNamed(t *testing.T) {
	text, err := charmap.Windows1252.NewEncoder().String(peopleHeader + "A-1,ORG1,José,Müller,1990,M\n")
	if err != nil {
		t.Fatal(err)
	}
	dir := writeBundle(t, []byte(text))
	_, rows := readPeople(t, dir, ReadOptions{})
	if rows[0].OK() || !strings.HasPrefix(rows[0].Problems[0].Error(), "people.csv:2:3: given_names: is not valid UTF-8: the file looks like a Windows-1252") {
		t.Errorf("problems: %v", rows[0].Problems)
	}
	_, rows = readPeople(t, dir, ReadOptions{Encoding: "windows-1252"})
	if p := person(t, rows[0]); p.GivenNames != "José" || p.FamilyName != "Müller" {
		t.Errorf("got %+v", p)
	}
}

func TestTabSeparatedIsReadAndSemicolonsExplained(t *testing.T) {
	tsv := strings.ReplaceAll(peopleHeader+"A-1,ORG1,Ana,Pop,1990,F\n", ",", "\t")
	fr, rows := readPeople(t, writeBundle(t, []byte(tsv)), ReadOptions{})
	if p := person(t, rows[0]); p.FamilyName != "Pop" || len(fr.Problems) != 1 {
		t.Errorf("got %+v, problems %v", p, fr.Problems)
	}
	semi := strings.ReplaceAll(peopleHeader, ",", ";")
	b, _ := Open(writeBundle(t, []byte(semi)))
	defer b.Close()
	if _, err := b.Read(People, ReadOptions{}); err == nil || !strings.Contains(err.Error(), "separated by semicolons") {
		t.Errorf("err = %v", err)
	}
}

func TestZipBundleInAFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "export.zip")
	f, _ := os.Create(path)
	z := zip.NewWriter(f)
	w, _ := z.Create("org1-export/people.csv")
	io.WriteString(w, peopleHeader+"A-1,ORG1,Ana,Pop,1990,F\n")
	w, _ = z.Create("org1-export/notes.csv")
	io.WriteString(w, "x\n")
	z.Close()
	f.Close()
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if !b.Has(People) || b.Has(Referrals) || len(b.Unknown) != 1 || b.Unknown[0] != "notes.csv" {
		t.Errorf("has people %v, unknown %v", b.Has(People), b.Unknown)
	}
}

func TestBundleWithoutPeopleIsRefused(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "referrals.csv"), []byte("referral_id\n"), 0o600)
	if _, err := Open(dir); err == nil || !strings.Contains(err.Error(), "has no people.csv") {
		t.Errorf("err = %v", err)
	}
}

func TestQuotedLineBreakKeepsLineNumbers(t *testing.T) {
	dir := writeBundle(t, []byte(peopleHeader+"A-1,ORG1,\"Ana\nMaria\",Pop,1990,F\nA-2,ORG1,Ion,Pop,1990-02-30,M\n"))
	_, rows := readPeople(t, dir, ReadOptions{})
	if person(t, rows[0]).GivenNames != "Ana\nMaria" {
		t.Error("line break inside a quoted cell lost")
	}
	if got := rows[1].Problems[0].Error(); got != `people.csv:4:5: dob: is not a date: its month has no such day` {
		t.Errorf("got %s", got)
	}
}

func TestHeaderForgivesCaseAndSpaces(t *testing.T) {
	_, rows := readPeople(t, writeBundle(t, []byte(" Record_ID ,SOURCE,Sex\nA-1,ORG1,f\n")), ReadOptions{})
	if p := person(t, rows[0]); p.RecordID != "A-1" || p.Sex != retrace.Female {
		t.Errorf("got %+v", p)
	}
}

func TestCellsParseBack(t *testing.T) {
	// Every kind's canonical cells must read back to the same cells.
	dir := filepath.Join("..", "testdata", "bundles", "full")
	b, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for _, k := range Kinds {
		fr, err := b.Read(k, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for {
			r, err := fr.Next()
			if err == io.EOF {
				break
			}
			if !r.OK() {
				t.Fatalf("%v", r.Problems)
			}
			v, probs := k.Value(r.Cells, r.Extra)
			if len(probs) > 0 || strings.Join(k.Cells(v), ",") != strings.Join(r.Cells, ",") {
				t.Errorf("%s:%d does not parse back: %v", k.File, r.Line, probs)
			}
		}
		fr.Close()
	}
}

func problemsOf(rows []*Row) string {
	var b strings.Builder
	for _, r := range rows {
		for _, p := range r.Problems {
			b.WriteString(p.Error() + "\n")
		}
	}
	return b.String()
}

func TestUnreadableCSVIsAProblemNotACrash(t *testing.T) {
	for _, bad := range []string{`"A-1"x,ORG1,Ana,Pop,1990,F`, `A"-1,ORG1,Ana,Pop,1990,F`, `"A-1 ,ORG1,Ana,Pop,1990,F`} {
		_, rows := readPeople(t, writeBundle(t, []byte(peopleHeader+"A-0,ORG1,Ion,Pop,1990,M\n"+bad+"\n")), ReadOptions{})
		if len(rows) < 2 || rows[1].OK() || !strings.HasPrefix(rows[1].Problems[0].Error(), "people.csv:3: cannot be read as CSV") {
			t.Errorf("%s:\n%s", bad, problemsOf(rows))
		}
	}
}

func TestNULInACellIsRejected(t *testing.T) {
	_, rows := readPeople(t, writeBundle(t, []byte(peopleHeader+"A-1,ORG1,An\x00a,Pop,1990,F\n")), ReadOptions{})
	if rows[0].OK() || !strings.HasPrefix(rows[0].Problems[0].Error(), "people.csv:2:3: given_names: contains a NUL character") {
		t.Errorf("%s", problemsOf(rows))
	}
}

func TestNamedEncodingDoesNotSpoilUTF8(t *testing.T) {
	fr, rows := readPeople(t, writeBundle(t, []byte(peopleHeader+"A-1,ORG1,Zoë,Łukasik,1990,F\n")), ReadOptions{Encoding: "windows-1252"})
	if p := person(t, rows[0]); p.GivenNames != "Zoë" || p.FamilyName != "Łukasik" {
		t.Errorf("got %+v", p)
	}
	if len(fr.Problems) != 1 || !strings.Contains(fr.Problems[0].Reason, "read as UTF-8") {
		t.Errorf("problems %v", fr.Problems)
	}
}

func TestUTF16WithoutByteOrderMarkIsReadWhenNamed(t *testing.T) {
	text, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String(peopleHeader + "A-1,ORG1,Đức,Nguyễn,1990,M\n")
	_, rows := readPeople(t, writeBundle(t, []byte(text)), ReadOptions{Encoding: "utf-16le"})
	if p := person(t, rows[0]); p.GivenNames != "Đức" {
		t.Errorf("got %+v", p)
	}
}

func TestEmptyFileHasNoRows(t *testing.T) {
	for _, content := range []string{"", "\xEF\xBB\xBF", "\n\n"} {
		fr, rows := readPeople(t, writeBundle(t, []byte(content)), ReadOptions{})
		if len(rows) != 0 || len(fr.Problems) != 1 || !fr.Problems[0].Warning {
			t.Errorf("%q: %d rows, problems %v", content, len(rows), fr.Problems)
		}
	}
}

func TestUnknownColumnsAreNormalised(t *testing.T) {
	_, rows := readPeople(t, writeBundle(t, []byte("record_id,source,Zeta, Alpha ,Beta\nA-1,ORG1,z,a,\n")), ReadOptions{})
	got := fmt.Sprint(rows[0].Extra)
	if want := "[{alpha a} {zeta z}]"; got != want {
		t.Errorf("extra %s, want %s (lower-case names, sorted, empty cells left out)", got, want)
	}
}

func TestStrictCodeLists(t *testing.T) {
	_, rows := readPeople(t, writeBundle(t, []byte("record_id,source,nationality,language\nA-1,ORG1,YUG,alb\nA-2,ORG1,gbr;xkx,SQI\n")), ReadOptions{})
	got := problemsOf(rows[:1])
	for _, want := range []string{`people.csv:2:3: nationality: "YUG" is a withdrawn country code`, `people.csv:2:4: language: "alb" is an ISO 639-2/B code; ISO 639-3 writes sqi`} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	if p := person(t, rows[1]); strings.Join(p.Nationalities, ";") != "GBR;XKX" || p.Language != "sqi" {
		t.Errorf("got %+v", p)
	}
}

func TestZipWithTwoBundlesIsRefusedAndStrayFilesReported(t *testing.T) {
	write := func(files ...string) string {
		path := filepath.Join(t.TempDir(), "b.zip")
		f, _ := os.Create(path)
		z := zip.NewWriter(f)
		for _, name := range files {
			w, _ := z.Create(name)
			io.WriteString(w, peopleHeader)
		}
		z.Close()
		f.Close()
		return path
	}
	if _, err := Open(write("old/people.csv", "new/people.csv")); err == nil || !strings.Contains(err.Error(), "several folders") {
		t.Errorf("err = %v", err)
	}
	b, err := Open(write("bundle/people.csv", "referrals.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if b.Has(Referrals) || len(b.Unknown) != 1 || b.Unknown[0] != "referrals.csv" {
		t.Errorf("unknown %v", b.Unknown)
	}
}

func TestDamagedUTF8IsNotMistakenForAnotherEncoding(t *testing.T) {
	text := peopleHeader + "A-1,ORG1,Nguyễn,Lan,1990,F\nA-2,ORG1,Z\xffe,Pop,1990,F\n"
	dir := writeBundle(t, []byte(text))
	for _, enc := range []string{"", "windows-1252"} {
		_, rows := readPeople(t, dir, ReadOptions{Encoding: enc})
		if p := person(t, rows[0]); p.GivenNames != "Nguyễn" {
			t.Errorf("encoding %q: read %q", enc, p.GivenNames)
		}
		if rows[1].OK() || !strings.Contains(rows[1].Problems[0].Reason, "damaged") {
			t.Errorf("encoding %q: %v", enc, rows[1].Problems)
		}
	}
}

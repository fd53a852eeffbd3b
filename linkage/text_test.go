package linkage

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A file saved as Windows-1252 is read, its letters as they were written, and the
// note says how many bytes were read so and where the first was.
func TestWindows1252IsRead(t *testing.T) {
	csv := "id;name\r\n1;Ardit\r\n2;Hoxh\xeb\r\n3;\x80 Mu\xf1oz\r\n"
	d, err := ReadCSV(strings.NewReader(csv), "id")
	if err != nil {
		t.Fatal(err)
	}
	if got := []string{d.get(1)("name"), d.get(2)("name")}; got[0] != "Hoxhë" || got[1] != "€ Muñoz" {
		t.Errorf("names %q, want Hoxhë and € Muñoz", got)
	}
	want := "3 bytes were not UTF-8 and were read as Windows-1252, as Excel saves CSV (the first on line 3)"
	if note := d.text[0].note(); !strings.HasPrefix(note, want) {
		t.Errorf("note %q, want it to begin %q", note, want)
	}
}

// UTF-8 is read as it is, also where a letter's bytes fall either side of a block
// read, and says nothing.
func TestUTF8IsReadAsItIs(t *testing.T) {
	for pad := 64<<10 - 12; pad <= 64<<10; pad++ { // the letters cut at every byte
		text := "id\n" + strings.Repeat("a", pad) + "ë€𝄞\n"
		r, _ := newTextReader(strings.NewReader(text))
		got, err := io.ReadAll(r)
		if err != nil || string(got) != text || r.note() != "" {
			t.Errorf("pad %d: read back %d bytes (want %d), err %v, note %q", pad, len(got), len(text), err, r.note())
		}
	}
}

// A file with a UTF-16 byte order mark, as Excel saves "Unicode Text", is read as
// UTF-16.
func TestUTF16WithAByteOrderMarkIsRead(t *testing.T) {
	var b bytes.Buffer
	b.Write([]byte{0xFF, 0xFE})
	for _, r := range "id\tname\n1\tSelam\n" {
		b.Write([]byte{byte(r), 0})
	}
	d, err := ReadCSV(&b, "id")
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != 1 || d.get(0)("name") != "Selam" || !strings.Contains(d.text[0].note(), "UTF-16") {
		t.Errorf("%d records, name %q, note %q", d.Len(), d.get(0)("name"), d.text[0].note())
	}
}

// An export that begins with a title and the date it was made, and ends with empty
// rows as a spreadsheet writes them: the header is found below the title, the rows
// skipped are said, and the empty rows are not records.
func TestTitleRowsAboveTheHeaderAreSkipped(t *testing.T) {
	for _, csv := range []string{
		"Modern slavery referrals;;\nExported 01/02/2024;;\n\nid;first_name;surname\na;Selam;Tesfay\nb;Dawit;Haile\n;;\n;;\n",
		"Modern slavery referrals\r\n\r\nid,first_name,surname\r\na,Selam,Tesfay\r\nb,Dawit,Haile\r\n",
	} {
		d, err := ReadCSV(strings.NewReader(csv), "id")
		if err != nil {
			t.Fatalf("%q: %v", csv, err)
		}
		if d.Len() != 2 || d.ID(1) != "b" || d.get(1)("surname") != "Haile" || d.line(1) != strings.Count(csv[:strings.Index(csv, "b")], "\n")+1 {
			t.Errorf("%q: %d records, the second %q on line %d", csv, d.Len(), d.ID(min(1, d.Len()-1)), d.line(min(1, d.Len()-1)))
		}
		if note := d.text[0].note(); !strings.Contains(note, "above the header, were skipped") {
			t.Errorf("%q: note %q", csv, note)
		}
	}
}

// Files of one layout are read as one dataset: records named by line are named by
// file and line, a value not read is placed by its file, and an id in two files, or
// files of two layouts, are errors that name them.
func TestSeveralFilesAreReadAsOne(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(text), 0o600)
		return path
	}
	a := write("a.csv", "first_name,surname,dob\nSelam,Tesfay,1998-03-14\n")
	b := write("b.csv", "first_name,surname,dob\nSelam,Tesfai,1998-03-14\nDawit,Haile,1998-02-31\n")
	d, err := datasetOfFiles(t, []string{a, b}, LineNumbers)
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != 3 || d.ID(0) != "a.csv:2" || d.ID(2) != "b.csv:3" {
		t.Errorf("%d records, ids %q and %q; want a.csv:2 and b.csv:3", d.Len(), d.ID(0), d.ID(min(2, d.Len()-1)))
	}
	s := DefaultSettings()
	s.IDColumn, s.Comparisons = LineNumbers, []ComparisonSettings{{Name: "date_of_birth", Kind: "date_of_birth", Columns: []string{"dob"}}}
	notes, err := RewriteValues(s, d)
	if err != nil || !strings.Contains(strings.Join(notes, "\n"), "the first on line 3 of "+b) {
		t.Errorf("notes %q (%v): want the unread date placed in b.csv", notes, err)
	}
	ids := write("c.csv", "id,first_name\nCR-0417,Selam\n")
	again := write("d.csv", "id,first_name\nCR-0417,Dawit\n")
	if _, err := datasetOfFiles(t, []string{ids, again}, "id"); err == nil || !strings.Contains(err.Error(), again+" line 2: its record id is also that of the record on line 2 of "+ids) || strings.Contains(err.Error(), "CR-0417") {
		t.Errorf("an id in two files: %v", err)
	}
	other := write("e.csv", "id,given_name\n8,Selam\n")
	if _, err := datasetOfFiles(t, []string{ids, other}, "id"); err == nil || !strings.Contains(err.Error(), "one layout") {
		t.Errorf("two layouts: %v", err)
	}
}

func datasetOfFiles(t *testing.T, paths []string, idColumn string) (*Dataset, error) {
	t.Helper()
	tables, err := ReadTableFiles(paths)
	if err != nil {
		t.Fatal(err)
	}
	return DatasetOf(tables, idColumn)
}

// A file whose lines end in a carriage return alone, as Excel for Mac saved "CSV
// (Macintosh)", is read a line a row, and said.
func TestLinesEndingInACarriageReturnAreRead(t *testing.T) {
	d, err := ReadCSV(strings.NewReader("id,first_name,surname\r1,Selam,Tesfay\r2,Dawit,Haile\r"), "id")
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != 2 || d.get(1)("surname") != "Haile" || !strings.Contains(d.text[0].note(), "carriage return") {
		t.Errorf("%d records, second surname %q, note %q", d.Len(), d.get(min(1, d.Len()-1))("surname"), d.text[0].note())
	}
}

// Records named by line in two files of one name (each organisation's people.csv) are
// named by each file's path, and do not collide.
func TestFilesOfOneNameKeepTheirRecordsApart(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, org := range []string{"org1", "org2"} {
		os.Mkdir(filepath.Join(dir, org), 0o700)
		p := filepath.Join(dir, org, "people.csv")
		os.WriteFile(p, []byte("first_name,surname\nSelam,Tesfay\n"), 0o600)
		paths = append(paths, p)
	}
	tables, err := ReadTableFiles(paths)
	if err != nil {
		t.Fatal(err)
	}
	d, err := DatasetOf(tables, LineNumbers)
	if err != nil || d.Len() != 2 || d.ID(0) != paths[0]+":2" || d.ID(1) != paths[1]+":2" {
		t.Fatalf("%v: ids %v", err, d)
	}
}

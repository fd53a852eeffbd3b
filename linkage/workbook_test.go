package linkage

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// A workbook as a data officer saves one: an empty first sheet, then the records
// under a title, with dates of birth as Excel dates and ids as numbers. The records are read from
// the sheet that has them, dates as the dates they are whatever the computer's
// locale shows, and the note says which sheet was read.
func TestAnExcelWorkbookIsRead(t *testing.T) {
	x := excelize.NewFile()
	x.SetSheetName("Sheet1", "Cover")
	x.NewSheet("Referrals")
	rows := [][]any{
		{"Referrals, exported 1 February 2024"},
		{"Case No", "First Name", "Surname", "Date of Birth", "Notes"},
		{1001, "Selam", "Tesfai", time.Date(1998, 3, 14, 0, 0, 0, 0, time.UTC), "two lines\nof notes"},
		{1002, "Dawit", "Haile", time.Date(2001, 11, 2, 0, 0, 0, 0, time.UTC), ""},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		x.SetSheetRow("Referrals", cell, &r)
	}
	var b bytes.Buffer
	if _, err := x.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	_, header, err := OpenCSV(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	s, read, err := SettingsForColumns(header)
	if err != nil {
		t.Fatal(err)
	}
	d, err := ReadCSV(bytes.NewReader(b.Bytes()), s.IDColumn)
	if err != nil {
		t.Fatal(err)
	}
	notes, err := RewriteValues(s, d)
	if err != nil {
		t.Fatal(err)
	}
	if s.IDColumn != "Case No" || d.Len() != 2 || d.ID(1) != "1002" {
		t.Fatalf("id %q, %d records, second %q; read %s", s.IDColumn, d.Len(), d.ID(min(1, d.Len()-1)), read)
	}
	if got := []string{d.get(0)("Date of Birth"), d.get(1)("Date of Birth")}; got[0] != "1998-03-14" || got[1] != "2001-11-02" {
		t.Errorf("dates of birth %q, want 1998-03-14 and 2001-11-02", got)
	}
	if d.line(1) != 4 {
		t.Errorf("the second record on line %d, want 4 (its row)", d.line(1))
	}
	if joined := strings.Join(notes, "\n"); !strings.Contains(joined, `read as an Excel workbook: the sheet "Referrals"`) || !strings.Contains(joined, "the header is row 2") {
		t.Errorf("notes %q: want the sheet named", joined)
	}
}

// An Excel 97–2003 workbook is refused with what to do.
func TestAnOldExcelWorkbookIsRefused(t *testing.T) {
	_, err := ReadCSV(strings.NewReader("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest"), "id")
	if err == nil || !strings.Contains(err.Error(), "save it as an Excel workbook (.xlsx) or as CSV UTF-8") {
		t.Errorf("err %v", err)
	}
}

// A tracker kept a sheet a year, its columns drifting: each sheet is read as a file
// of its own, named by the workbook and the sheet, by its own column names, and the
// records of all of them link as one. A bare Ref heading the first column is the
// rows' own key, not a Home Office reference; a note written across the rows and a
// row of totals are not records, and are said; a sheet of notes is not read.
func TestEachSheetOfAWorkbookIsATable(t *testing.T) {
	x := excelize.NewFile()
	x.SetSheetName("Sheet1", "2019")
	x.NewSheet("2020")
	x.NewSheet("Key")
	sheets := map[string][][]any{
		"2019": {{"Ref", "Name", "DOB", "Nationality", "Gender"}, {"2019-001", "Selam TESFAI", "14/03/1998", "Eritrean", "F"},
			{"", "** office closed in August **"}, {"2019-002", "Dawit Haile", "02/11/2001", "Eritrean", "Q"}, {"", "", "", ""}, {"Total", 2}},
		"Key":  {{"Column", "Meaning"}, {"DOB", "date of birth, or est. year"}},
		"2020": {{"Client no.", "Name", "Date of birth", "Country of origin", "Pronouns"}, {"2020-001", "Tesfay Selam", time.Date(1998, 3, 14, 0, 0, 0, 0, time.UTC), "Eritrea", "she/her"}},
	}
	path, tables := workbookOfSheets(t, x, sheets)
	if len(tables) != 3 || tables[0].Path != path+" [2019]" || tables[1].Path != path+" [2020]" {
		t.Fatalf("%d tables: %v", len(tables), tables)
	}
	l, err := ReadLayouts(tables)
	if err != nil {
		t.Fatal(err)
	}
	said := strings.Join(l.Read, "\n")
	for _, want := range []string{"[2019]: Columns read as: record id (the first column, by its name) ← Ref", "Gender: 1 value not read as sexes", "1 rows of totals were not read as records (on lines 6)",
		"1 rows with one cell filled, notes or a page's lines, were not read as records (the first on line 3)", "[Key]: no column of names or dates of birth"} {
		if !strings.Contains(said, want) {
			t.Errorf("read:\n%s\nwant %q", said, want)
		}
	}
	// What could not be read was said file by file; linking does not say it again.
	linker, err := New(l.Settings, DefaultVariants(), nil)
	if err == nil {
		err = linker.Load(l.Data)
	}
	if err != nil || len(linker.Notes()) != 0 {
		t.Errorf("linking the sheets: %v, notes again %q", err, linker.Notes())
	}
	var dobs []string
	for i := range l.Data.Len() {
		dobs = append(dobs, l.Data.ID(i)+" "+l.Data.get(i)("dob"))
	}
	if want := []string{"2019-001 1998-03-14", "2019-002 2001-11-02", "2020-001 1998-03-14"}; strings.Join(dobs, ", ") != strings.Join(want, ", ") {
		t.Errorf("records %v, want %v", dobs, want)
	}
}

// Sheets of one layout whose first column numbers the rows afresh on each sheet: that
// column names no record across them, so the records are named by sheet and line.
func TestRowNumbersEachSheetRestartsAreNotIDs(t *testing.T) {
	x := excelize.NewFile()
	x.SetSheetName("Sheet1", "2019")
	x.NewSheet("2020")
	rows := [][]any{{"No.", "Name", "DOB"}, {1, "Selam Tesfay", "14/03/1998"}}
	_, tables := workbookOfSheets(t, x, map[string][][]any{"2019": rows, "2020": rows})
	s, read, err := SettingsForTables(tables)
	if err != nil || s.IDColumn != LineNumbers || read.NotIDs != "No." {
		t.Fatalf("id %q, not ids %q: %v", s.IDColumn, read.NotIDs, err)
	}
	d, err := DatasetOf(tables, s.IDColumn)
	if err != nil || d.Len() != 2 || d.ID(0) != "tracker.xlsx [2019]:2" || d.ID(1) != "tracker.xlsx [2020]:2" {
		t.Errorf("records named %v: %v", d.ids, err)
	}
}

// workbookOfSheets writes the rows of each sheet into x, saves it, and reads it back
// as retrace link reads files.
func workbookOfSheets(t *testing.T, x *excelize.File, sheets map[string][][]any) (string, []*Table) {
	t.Helper()
	for sheet, rows := range sheets {
		for i, r := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			x.SetSheetRow(sheet, cell, &r)
		}
	}
	path := t.TempDir() + "/tracker.xlsx"
	if err := x.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	tables, err := ReadTableFiles([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	return path, tables
}

// A report saved as text ends with lines of its own, shorter than the header: they
// are not records, and are said; a short row with more than one cell is still an
// error that names its line.
func TestAReportsFooterIsNotARecord(t *testing.T) {
	tb, err := ReadTable(strings.NewReader("id\tname\tdob\na\tSelam Tesfai\t14/03/1998\nb\tDawit Haile\t02/11/2001\n\nReport run on 28/11/2026 09:14\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.rows) != 2 || !strings.Contains(tb.text.note(), "1 rows shorter than the header with one cell filled, a report's lines, were not read as records (the first on line 5)") {
		t.Errorf("%d rows, note %q", len(tb.rows), tb.text.note())
	}
	if _, err := ReadTable(strings.NewReader("id,name,dob\na,Selam,14/03/1998\nb,Dawit\n")); err == nil || err.Error() != "line 3: 2 cells, header has 3" {
		t.Errorf("a short record: %v", err)
	}
}

// A database's export writes an empty cell NULL (or \N): it is empty, not a name
// every record shares, and is said.
func TestNullIsEmpty(t *testing.T) {
	tb, err := ReadTable(strings.NewReader("id,name,aliases,dob\na,Selam Tesfai,NULL,14/03/1998\nb,Dawit Haile,null,\\N\n"))
	if err != nil {
		t.Fatal(err)
	}
	if tb.rows[0][2] != "" || tb.rows[1][2] != "" || tb.rows[1][3] != "" || tb.rows[0][3] != "14/03/1998" {
		t.Errorf("rows %q", tb.rows)
	}
	if !strings.Contains(tb.text.note(), "3 cells written NULL, as a database writes an empty one, were read as empty.") {
		t.Errorf("note %q", tb.text.note())
	}
}

// Above the column names, a title, a blank line and headings over groups of columns
// (merged cells, saved as a heading and empty cells): the header is the row that names
// most of its columns.
func TestHeadingsOverGroupsOfColumnsAreNotTheHeader(t *testing.T) {
	tb, err := ReadTable(strings.NewReader("Outreach referrals - CONFIDENTIAL,,,,\n,,,,\nClient details,,,Referral,\n" +
		"Ref,First name,Surname,DOB,Referral date\nOR-1,Selam,Tesfai,14/03/1998,02/01/2020\nOR-2,Dawit,Haile,02/11/2001,05/06/2021\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(tb.Header, []string{"Ref", "First name", "Surname", "DOB", "Referral date"}) || len(tb.rows) != 2 {
		t.Errorf("header %q, %d rows", tb.Header, len(tb.rows))
	}
}

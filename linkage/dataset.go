package linkage

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Dataset is the records to link: their columns as recorded.
type Dataset struct {
	columns map[string]int
	ids     []string
	rows    [][]string
	lines   []int // each row's line in its file (a row's place, as if in a file, when added)
	idCol   int
	text    []*textReader // how each file was read; none for rows added
	files   []string      // the files read, where several were
	fileOf  []int32       // each row's file, where several were read
	// readAlready: the values were read as linking reads them file by file, and what
	// could not be read was said then (ReadLayouts); Load does not read them again.
	readAlready bool
	details     map[[2]string]details // cells of a person's details, read once for each of its parts
}

// LineNumbers, as the id column, names records by their line in the file, for data
// that have no id of their own.
const LineNumbers = "(line number)"

// NewDataset starts a dataset whose rows have the given columns.
func NewDataset(columns []string, idColumn string) (*Dataset, error) {
	d := &Dataset{columns: map[string]int{}, idCol: -1}
	for i, c := range columns {
		d.columns[columnKey(c)] = i
	}
	if idColumn == LineNumbers {
		return d, nil
	}
	i, ok := d.columns[columnKey(idColumn)]
	if !ok {
		return nil, fmt.Errorf("no %s column (the settings' id_column)", idColumn)
	}
	d.idCol = i
	return d, nil
}

// Add adds a record, as if on the next line of a file (the first record is line 2);
// with LineNumbers for ids, that line names it.
func (d *Dataset) Add(values []string) { d.addLine(values, len(d.rows)+2) }

func (d *Dataset) addLine(values []string, line int) {
	d.rows = append(d.rows, values)
	d.lines = append(d.lines, line)
	if d.idCol < 0 {
		d.ids = append(d.ids, strconv.Itoa(line))
	} else {
		d.ids = append(d.ids, strings.TrimSpace(values[d.idCol])) // MS2304040 and MS2304040␠ are one id
	}
}

// continueLast adds a row's filled cells to the last record's, after a space.
func (d *Dataset) continueLast(rec []string) {
	last := d.rows[len(d.rows)-1]
	for j, v := range rec {
		if v = strings.TrimSpace(v); v != "" && j < len(last) {
			last[j] = strings.TrimSpace(last[j] + " " + v)
		}
	}
}

// line is record i's line in its file.
func (d *Dataset) line(i int) int { return d.lines[i] }

// place is where record i is: its line, and its file where several were read.
func (d *Dataset) place(i int) string {
	if i >= len(d.fileOf) {
		return fmt.Sprintf("line %d", d.lines[i])
	}
	return fmt.Sprintf("line %d of %s", d.lines[i], d.files[d.fileOf[i]])
}

// Table is a file as read: its header and its records, each with its line. A file
// is read once (a workbook converted once), however often its header and records are
// looked at: for the settings, to tell its layout from another's, to link.
type Table struct {
	Path   string // "" for a table read from elsewhere
	Header []string
	rows   [][]string
	lines  []int
	text   *textReader
}

// ReadTable reads a CSV file (or an .xlsx workbook: see textReader) with a header
// row: every record as wide as the header; empty rows (",,,,") are not records.
func ReadTable(r io.Reader) (*Table, error) {
	c, header, text, err := openCSV(r)
	if err != nil {
		return nil, err
	}
	t := &Table{Header: header, text: text}
	headings := make([]string, len(header)) // as headerAgain compares them, once
	for i, h := range header {
		headings[i] = strings.ToLower(strings.TrimSpace(h))
	}
	for {
		rec, err := c.Read()
		if err == io.EOF {
			return t.fromPaths().onePersonARecord(), nil
		}
		if err != nil {
			return nil, err // a csv.ParseError names its line and column
		}
		line, _ := c.FieldPos(0)
		for i, v := range rec {
			if v = strings.TrimSpace(v); v == `\N` || strings.EqualFold(v, "null") { // a database's empty cell
				rec[i] = ""
				text.nulls++
			} else if strings.ContainsAny(v, invisibleSpaces) {
				rec[i] = invisible.Replace(rec[i])
			}
		}
		if nonEmpty(rec) == 0 {
			continue // ",,,," as spreadsheets write an empty row
		}
		if totals(rec) {
			text.totalsRows = append(text.totalsRows, line)
			continue
		}
		if nonEmpty(rec) == 1 && len(rec) < len(header) { // a report's footer: Report run on 28/11/2026
			text.footerRows = append(text.footerRows, line)
			continue
		}
		if headerAgain(rec, headings) { // a printed report's header on every page, read back from a PDF
			text.headerRows = append(text.headerRows, line)
			continue
		}
		if pageLine(rec) { // a page's line (Page 3 of 27, Printed … by …, OFFICIAL-SENSITIVE)
			text.noteRows = append(text.noteRows, line)
			continue
		}
		if at := slices.Index(rec, ""); len(rec) == len(header)+1 && at >= 0 { // a merged cell, read back from a PDF, shifts the row
			rec = slices.Delete(rec, at, at+1)
			text.shiftedRows = append(text.shiftedRows, line)
		}
		if len(rec) != len(header) {
			return nil, fmt.Errorf("line %d: %d cells, header has %d", line, len(rec), len(header))
		}
		t.rows, t.lines = append(t.rows, rec), append(t.lines, line)
	}
}

// totals: a row that sums a spreadsheet's rows up — "Total" (or Totals, Grand total,
// Count) and numbers, nothing else — and is not a record.
func totals(rec []string) bool {
	word := false
	for _, v := range rec {
		switch v = strings.TrimSpace(v); {
		case v == "":
		case !word && slices.Contains([]string{"total", "totals", "grandtotal", "count"}, columnWord(v)):
			word = true
		case strings.Trim(v, "0123456789.,") != "" || !word:
			return false
		}
	}
	return word
}

// headerAgain: every filled cell of the row is its column's heading (headings, lower
// case), or its start or end (a heading wrapped onto two rows: Date of / referral),
// three letters or more.
func headerAgain(rec, headings []string) bool {
	filled := 0
	for i, v := range rec {
		v = strings.ToLower(strings.TrimSpace(v))
		if v == "" || i >= len(headings) {
			continue
		}
		filled++
		h := headings[i]
		if v != h && (len(v) < 3 || !strings.HasPrefix(h, v) && !strings.HasSuffix(h, v)) {
			return false // most rows, at their first cell
		}
	}
	return filled > 0
}

var pageMark = regexp.MustCompile(`(?i)^(official([- ]sensitive)?|restricted|confidential|end of report|printed .*|page \d+( of \d+)?)$`)

// pageLine: a printed page's header or footer — a page's number or a marking among at
// most three cells (Printed 04/05/2024 by …, Page 1 of 25; OFFICIAL-SENSITIVE), or one
// cell alone in the first column (End of report). One cell elsewhere may be the rest
// of a record's wrapped onto a row of its own, and is left for Dataset to read so.
func pageLine(rec []string) bool {
	filled := nonEmpty(rec)
	if filled > 3 { // most rows: a record
		return false
	}
	return slices.ContainsFunc(rec, func(v string) bool { return pageMark.MatchString(strings.TrimSpace(v)) }) ||
		filled == 1 && strings.TrimSpace(rec[0]) != "" && len(rec) > 2
}

// invisibleSpaces are spaces a spreadsheet's cells carry unseen: no-break spaces (UK
// National), read as spaces, and zero-width spaces and byte order marks, read as
// nothing. (A zero-width non-joiner is part of Persian writing, and kept.)
const invisibleSpaces = "\u00a0\u202f\u2007\u200b\ufeff"

var invisible = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2007", " ", "\u200b", "", "\ufeff", "")

// ReadTableFile reads the file at path as ReadTable does; errors name the file.
func ReadTableFile(path string) (*Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	t, err := ReadTable(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	t.Path = path
	return t, nil
}

// ReadTableFiles reads each file at paths, and each sheet with rows of a workbook
// (.xlsx) as a table of its own, named "file [sheet]": a tracker kept a sheet a year
// is read whole, each sheet by its own column names where they drift.
func ReadTableFiles(paths []string) ([]*Table, error) {
	var out []*Table
	for _, p := range paths {
		sheets, err := workbookTables(p)
		if err != nil {
			return nil, err
		}
		if len(sheets) > 0 {
			out = append(out, sheets...)
			continue
		}
		t, err := ReadTableFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// workbookTables are the sheets with rows of the workbook at path, each a table;
// none where the file is not a workbook.
func workbookTables(path string) ([]*Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, 4)
	if n, _ := io.ReadFull(f, head); n < 4 || !bytes.Equal(head, []byte("PK\x03\x04")) {
		return nil, nil
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	sheets, err := workbookSheets(f, 0)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []*Table
	for _, sh := range sheets {
		name, said := path, fmt.Sprintf("the sheet %q", sh.name)
		switch {
		case len(sheets) > 1:
			name, said = fmt.Sprintf("%s [%s]", path, sh.name), said+fmt.Sprintf(", one of %d with rows, each read as a file of its own", len(sheets))
		case sh.of > 1:
			said += fmt.Sprintf(", the one with rows of its %d sheets", sh.of)
		}
		t, err := ReadTable(bytes.NewReader(sh.csv))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		t.Path, t.text.sheet = name, said
		out = append(out, t)
	}
	return out, nil
}

// Dataset is the table's records, named by idColumn, each of which must be given and
// its own (LineNumbers: by line). Errors name the line and column, not the id: a
// record id can be a case reference.
func (t *Table) Dataset(idColumn string) (*Dataset, error) {
	d, err := NewDataset(t.Header, idColumn)
	if err != nil {
		return nil, t.wrap(err)
	}
	d.text = []*textReader{t.text}
	seen := map[string]int{}
	for i, rec := range t.rows {
		if d.idCol >= 0 {
			id := strings.TrimSpace(rec[d.idCol])
			if strings.TrimSpace(id) == "" && nonEmpty(rec) == 1 && t.sheet() != "" {
				// a note a spreadsheet's keeper wrote across the rows (** COVID: no referrals **)
				t.text.noteRows = append(t.text.noteRows, t.lines[i])
				continue
			}
			if strings.TrimSpace(id) == "" && d.Len() > 0 && nonEmpty(rec)*2 < len(rec) {
				// the rest of the last record's cells, wrapped onto a row of their own (a PDF's)
				d.continueLast(rec)
				t.text.continued = append(t.text.continued, t.lines[i])
				continue
			}
			if strings.TrimSpace(id) == "" {
				return nil, t.wrap(fmt.Errorf("line %d: %s: no record id", t.lines[i], t.Header[d.idCol]))
			}
			if prev, dup := seen[id]; dup {
				return nil, t.wrap(fmt.Errorf("line %d: %s: the record id of line %d again: each record needs an id of its own", t.lines[i], t.Header[d.idCol], prev))
			}
			seen[id] = t.lines[i]
		}
		d.addLine(rec, t.lines[i])
	}
	return d, nil
}

// sheet is what was read of a workbook, for a table that is one of its sheets; "".
func (t *Table) sheet() string {
	if t.text == nil {
		return ""
	}
	return t.text.sheet
}

func (t *Table) wrap(err error) error {
	if err == nil || t.Path == "" {
		return err
	}
	return fmt.Errorf("%s: %w", t.Path, err)
}

// DatasetOf is tables of one layout as one dataset: the records, or encodings, of
// several organisations linked together. Record ids must be unique across them;
// records named by line (idColumn LineNumbers) are named by file and line.
func DatasetOf(tables []*Table, idColumn string) (*Dataset, error) {
	if len(tables) == 1 {
		return tables[0].Dataset(idColumn)
	}
	var m *merged
	for k, t := range tables {
		part, err := t.Dataset(idColumn)
		if err != nil {
			return nil, err
		}
		if m == nil {
			m = newMerged(tables, part.columns, part.idCol)
		} else if !maps.Equal(m.d.columns, part.columns) {
			return nil, fmt.Errorf("%s: its columns are not those of %s: files linked together must have one layout (the same columns in the same order)", t.Path, tables[0].Path)
		}
		m.d.text = append(m.d.text, part.text...)
		for i := range part.Len() {
			if err := m.add(k, part.ids[i], part.lines[i], part.rows[i], idColumn == LineNumbers); err != nil {
				return nil, err
			}
		}
	}
	return m.d, nil
}

// merged is the records of several files as one dataset, their ids kept apart.
type merged struct {
	d     *Dataset
	where map[string]int // id → row
	names []string       // each file's name in the ids of records named by line
}

func newMerged(tables []*Table, columns map[string]int, idCol int) *merged {
	d := &Dataset{columns: columns, idCol: idCol}
	bases := map[string]int{}
	for _, t := range tables {
		d.files = append(d.files, t.Path)
		bases[filepath.Base(t.Path)]++
	}
	m := &merged{d: d, where: map[string]int{}}
	for _, t := range tables { // records named by line: by the file's name, or its path where two share a name
		name := filepath.Base(t.Path)
		if bases[name] > 1 {
			name = t.Path
		}
		m.names = append(m.names, name)
	}
	return m
}

// add adds a record of file k, with its id (a line number, named by its file, where
// byLine) and its line; an id another file's record has is an error that names both
// places, not the id.
func (m *merged) add(k int, id string, line int, row []string, byLine bool) error {
	if byLine {
		id = m.names[k] + ":" + id
	}
	if prev, dup := m.where[id]; dup {
		return fmt.Errorf("%s line %d: its record id is also that of the record on %s: ids must be unique across the files (give each organisation's records ids of their own)",
			m.d.files[k], line, m.d.place(prev))
	}
	m.where[id] = len(m.d.rows)
	m.d.rows, m.d.lines, m.d.ids, m.d.fileOf = append(m.d.rows, row), append(m.d.lines, line), append(m.d.ids, id), append(m.d.fileOf, int32(k))
	return nil
}

// ReadCSV reads a dataset from CSV with a header row, its records named by idColumn.
func ReadCSV(r io.Reader, idColumn string) (*Dataset, error) {
	t, err := ReadTable(r)
	if err != nil {
		return nil, err
	}
	return t.Dataset(idColumn)
}

// OpenCSV reads a CSV file's header, its cells separated by commas, or by the
// semicolons, tabs or bars its first line shows (spreadsheets in much of Europe save
// CSV with semicolons), and gives the reader for the rest. Text is read as UTF-8, or
// as Windows-1252 where it is not (see textReader).
func OpenCSV(r io.Reader) (*csv.Reader, []string, error) {
	c, header, _, err := openCSV(r)
	return c, header, err
}

func openCSV(r io.Reader) (*csv.Reader, []string, *textReader, error) {
	text, err := newTextReader(r)
	if err != nil {
		return nil, nil, nil, err
	}
	br := bufio.NewReader(text)
	head, _ := br.Peek(64 << 10)
	sep, skip := tableShape(head)
	c := csv.NewReader(br)
	c.FieldsPerRecord = -1
	// "id, name, …" as some exports write it; but a tab is white space, and trimming
	// would take an empty cell's tab for the next cell's leading space.
	c.TrimLeadingSpace = sep != '\t'
	c.Comma = sep
	var header []string
	for range skip + 1 {
		if header, err = c.Read(); err != nil {
			break
		}
	}
	line, _ := c.FieldPos(0)
	if err == io.EOF {
		return nil, nil, nil, fmt.Errorf("the file is empty: it needs a header row naming its columns")
	}
	if err != nil {
		return nil, nil, nil, fmt.Errorf("line %d (the header): %w", line, err)
	}
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\ufeff")
	}
	text.titleRows = skip
	return c, header, text, nil
}

// tableShape finds, from a file's first rows, the separator of its cells (commas,
// or the semicolons, tabs or bars the rows show: spreadsheets in much of Europe save
// CSV with semicolons) and how many rows come before its header: exports often begin
// with a title and a blank line. The header is the first row as wide as most rows
// that names most of its columns (see headerAt); the separator, the one giving most
// rows that width.
func tableShape(head []byte) (rune, int) {
	if i := bytes.LastIndexByte(head, '\n'); i >= 0 && len(head) == 64<<10 {
		head = head[:i+1] // rows whole
	}
	best, bestScore, skip := ',', -1, 0
	for _, sep := range []rune{',', ';', '\t', '|'} {
		rows := firstRows(head, sep, 30)
		width, count := modalWidth(rows)
		if score := width * count; width > 1 && score > bestScore {
			best, bestScore, skip = sep, score, headerAt(rows, width)
		}
	}
	return best, skip
}

// headerAt is the index of the header among the first rows: the first as wide as
// most that names most of its columns (above it a title, a blank line, and headings
// over groups of columns, as spreadsheets merge them: Client details, , , Referral),
// else the first that names two or more.
func headerAt(rows [][]string, width int) int {
	for _, least := range []int{max(2, (width+1)/2), 2} {
		for i, row := range rows {
			if len(row) == width && nonEmpty(row) >= least {
				return i
			}
		}
	}
	return 0
}

// firstRows are up to n rows of text read as CSV separated by sep.
func firstRows(text []byte, sep rune, n int) [][]string {
	c := csv.NewReader(bytes.NewReader(text))
	c.FieldsPerRecord, c.Comma, c.LazyQuotes = -1, sep, true
	var rows [][]string
	for len(rows) < n {
		row, err := c.Read()
		if err != nil {
			break
		}
		rows = append(rows, row)
	}
	return rows
}

// modalWidth is the commonest number of cells in rows, and how many have it.
func modalWidth(rows [][]string) (int, int) {
	counts := map[int]int{}
	width, most := 0, 0
	for _, row := range rows {
		counts[len(row)]++
		if n := counts[len(row)]; n > most || n == most && len(row) > width {
			width, most = len(row), n
		}
	}
	return width, most
}

func nonEmpty(row []string) int {
	n := 0
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

// Len is the number of records.
func (d *Dataset) Len() int { return len(d.rows) }

// ID is record i's id.
func (d *Dataset) ID(i int) string { return d.ids[i] }

// Index finds a record by id.
func (d *Dataset) Index(id string) (int, bool) {
	for i, x := range d.ids {
		if x == id {
			return i, true
		}
	}
	return 0, false
}

// Record reads record i's columns by name; a column the data lack reads as empty.
func (d *Dataset) Record(i int) func(column string) string { return d.get(i) }

// get reads record i's columns by name; a column the data lack reads as empty.
func (d *Dataset) get(i int) func(string) string {
	row := d.rows[i]
	return func(col string) string {
		j, ok := d.columns[col]
		if !ok {
			j, ok = d.columns[columnKey(col)]
		}
		if ok && j < len(row) {
			return row[j]
		}
		return ""
	}
}

// columnKey matches column names whatever their case and surrounding spaces.
func columnKey(name string) string { return strings.ToLower(strings.TrimSpace(name)) }

// HasColumn reports whether the data have the named column.
func (d *Dataset) HasColumn(name string) bool {
	_, ok := d.columns[columnKey(name)]
	return ok
}

// derive adds a column made from others (see DerivedColumn); where a record has
// none of them, it is empty. A column of that name already there is left as it is.
func (d *Dataset) derive(c DerivedColumn) {
	if d.HasColumn(c.Name) {
		return
	}
	j := 0 // the column after the last
	for _, k := range d.columns {
		j = max(j, k+1)
	}
	d.columns[columnKey(c.Name)] = j
	for i := range d.rows {
		get := d.get(i)
		var v string
		switch c.Kind {
		case "join", "join_names":
			var parts []string
			for _, col := range c.Columns {
				if p := strings.TrimSpace(get(col)); p != "" {
					parts = append(parts, p)
				}
			}
			sep := " "
			if c.Kind == "join_names" {
				sep = "; " // each a name of its own
			}
			v = strings.Join(parts, sep)
		case "details_name", "details_dob", "details_age", "details_nationality", "details_alias", "details_reference":
			v = detailsPart(c.Kind, d.readDetails(get, c.Columns))
		case "labelled_reference", "labelled_document", "labelled_person_reference":
			v = labelledIdentifier(get(c.Columns[0]), c.Kind)
		case "from_age": // left for the date_of_birth comparison's from_age to fill
		case "initials": // A.H., AH, a h: each letter a name of its own
			var letters []string
			for _, r := range get(c.Columns[0]) {
				if unicode.IsLetter(r) {
					letters = append(letters, string(r))
				}
			}
			v = strings.Join(letters, " ")
		case "former_name":
			if before := strings.TrimSpace(get(c.Columns[1])); before != "" {
				v = strings.TrimSpace(get(c.Columns[0]) + " " + before)
			}
		case "date_parts":
			v = dateFromParts(get(c.Columns[0]), get(c.Columns[1]), get(c.Columns[2]))
		case "first_of":
			for _, col := range c.Columns {
				if v = strings.TrimSpace(get(col)); v != "" {
					break
				}
			}
		}
		row := d.rows[i]
		for len(row) < j {
			row = append(row, "")
		}
		d.rows[i] = append(row, v)
	}
}

// dateFromParts writes a day, a month (a number or a name) and a year as one date,
// as much of it as is known: 1997-02-15, 1997-02, 1997; "" without a year.
func dateFromParts(day, month, year string) string {
	day, month, year = strings.TrimSpace(day), strings.TrimSpace(month), strings.TrimSpace(year)
	switch {
	case year == "":
		return ""
	case month == "":
		return year
	case day == "":
		return month + " " + year
	}
	return day + " " + month + " " + year
}

// readDetails reads a row's cell of a person's details and its notes (columns), each
// pair of cells once.
func (d *Dataset) readDetails(get func(string) string, columns []string) details {
	key := [2]string{get(columns[0])}
	if len(columns) > 1 {
		key[1] = get(columns[1])
	}
	if d.details == nil {
		d.details = map[[2]string]details{}
	}
	r, ok := d.details[key]
	if !ok {
		r = readDetails(key[0], key[1])
		d.details[key] = r
	}
	return r
}

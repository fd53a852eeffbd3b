package pprl

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/retrace-uk/retrace/bundle"
	"github.com/retrace-uk/retrace/linkage"
)

// EncodeCSV encodes a CSV of person records that is not a journey bundle: its
// columns are read by their names as retrace link reads them (surname or last_name
// for family_name, gender for sex …), and its dates, sexes and nationalities are
// read as linking reads them, into the forms a bundle holds, so that the encodings
// link with a bundle's. dst/people.csv has record_id (the file's ids, or line
// numbers), source (the file's source column, if any) and clk. Languages are read
// as ISO 639-3 codes, from codes or English names. A date or language that cannot be
// read is encoded as missing, a sex or nationality as written, and each is reported
// in the notes; fields the file lacks are encoded as empty, and named in the
// notes too, after the columns read.
func EncodeCSV(src, dst string, e *Encoder) (Encoded, []string, error) {
	tables, err := linkage.ReadTableFiles([]string{src})
	if err != nil {
		return Encoded{}, nil, err
	}
	if len(tables) > 1 {
		return encodeLayouts(tables, dst, e)
	}
	t := tables[0]
	s, read, err := linkage.SettingsForTable(t)
	if err != nil {
		return Encoded{}, nil, err
	}
	d, err := t.Dataset(s.IDColumn)
	if err != nil {
		return Encoded{}, nil, err
	}
	notes, err := linkage.RewriteValues(s, d)
	if err != nil {
		return Encoded{}, notes, fmt.Errorf("%s: %w", src, err)
	}
	roles := read.Columns
	read.Unused = slices.DeleteFunc(read.Unused, func(c string) bool { return strings.EqualFold(c, "source") }) // written out as it is
	if col := roles["language"]; col != "" {
		if note := linkage.RewriteLanguages(d, col); note != "" {
			notes = append(notes, note)
		}
	}
	truth := read.Truth
	if s.IDColumn != linkage.LineNumbers {
		read.Truth = "" // said below, as encoding says it; without record ids, as linking says it
	}
	notes = append([]string{read.String()}, notes...)
	if truth != "" && read.Truth == "" {
		notes = append(notes, fmt.Sprintf("the column %s looks like true person ids: it is not encoded (to score the linked encodings, give this file to retrace link as --truth).", truth))
	}
	if referenceLike(s.IDColumn) || read.IDGuessed {
		notes = append(notes, fmt.Sprintf("record ids are written as they are, and %s looks like a case reference: before the encodings leave, give the records ids that mean nothing outside the organisation.", s.IDColumn))
	}
	column, lacking := e.columnsIn(d, roles)
	if len(lacking) > 0 {
		notes = append(notes, fmt.Sprintf("no column for %s: encoded as empty.", strings.Join(lacking, ", ")))
	}
	encoded := []string{s.IDColumn}
	for _, c := range column {
		encoded = append(encoded, c)
	}
	for _, c := range s.Comparisons {
		if c.FromAge != nil { // in the year of birth they give
			encoded = append(encoded, c.FromAge.Age, c.FromAge.On)
		}
	}
	for _, c := range slices.Backward(s.Derived) { // a derived column may be made of one derived before it
		if slices.Contains(encoded, c.Name) {
			encoded = append(encoded, c.Columns...)
		}
	}
	if left := read.Outside(encoded); len(left) > 0 {
		notes = append(notes, fmt.Sprintf("%s: read, but not encoded, as the schema has no field for them.", strings.Join(left, ", ")))
	}
	done, err := e.writeNew(d, column, dst)
	return done, notes, err
}

// encodeLayouts encodes the sheets of a workbook, each read by its own column names
// as retrace link reads them (linkage.ReadLayouts), as one people.csv.
func encodeLayouts(tables []*linkage.Table, dst string, e *Encoder) (Encoded, []string, error) {
	l, err := linkage.ReadLayouts(tables)
	if err != nil {
		return Encoded{}, nil, err
	}
	notes := append([]string{fmt.Sprintf("%d sheets with rows, each read by its own column names:", len(tables))}, l.Read...)
	if l.Data.HasColumn("language") {
		if note := linkage.RewriteLanguages(l.Data, "language"); note != "" {
			notes = append(notes, note)
		}
	}
	column, lacking := e.columnsIn(l.Data, nil)
	if len(lacking) > 0 {
		notes = append(notes, fmt.Sprintf("no column for %s: encoded as empty.", strings.Join(lacking, ", ")))
	}
	done, err := e.writeNew(l.Data, column, dst)
	return done, notes, err
}

// writeNew writes the encodings into dst, which must be new; nothing is left where
// writing fails.
func (e *Encoder) writeNew(d *linkage.Dataset, column map[string]string, dst string) (Encoded, error) {
	if err := os.Mkdir(dst, 0o700); err != nil {
		return Encoded{}, fmt.Errorf("the output folder must be new: %w", err)
	}
	done, err := e.writeCSV(d, column, dst)
	if err != nil {
		os.RemoveAll(dst)
	}
	return done, err
}

// columnsIn maps each column the schema reads to the file's column for it: the
// column of that name, or of the role linking reads it as (a single name column
// holds the whole name); lacking are the schema's columns the file has neither of.
func (e *Encoder) columnsIn(d *linkage.Dataset, roles map[string]string) (map[string]string, []string) {
	wholeName := roles["full_name"] != "" && roles["given_names"] == roles["full_name"]
	column := map[string]string{}
	var lacking []string
	for _, f := range e.schema.Fields {
		for _, c := range f.Columns {
			switch {
			case roles[c] != "" && d.HasColumn(roles[c]): // as linking reads it: a column made of others (dob, else date_of_birth)
				column[c] = roles[c]
			case d.HasColumn(c):
				column[c] = c
			case roles[c] != "":
				column[c] = roles[c]
			case c == "family_name" && wholeName: // in the whole name, read as given names
			case !slices.Contains(lacking, c):
				lacking = append(lacking, c)
			}
		}
	}
	return column, lacking
}

// writeCSV writes dst/people.csv and dst/schema.json.
func (e *Encoder) writeCSV(d *linkage.Dataset, column map[string]string, dst string) (Encoded, error) {
	f, err := os.OpenFile(filepath.Join(dst, bundle.People.File), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return Encoded{}, err
	}
	defer f.Close()
	w := csv.NewWriter(f)
	w.Write([]string{"record_id", "source", "clk"})
	for i := range d.Len() {
		get := d.Record(i)
		clk := e.Encode(func(c string) string {
			if col := column[c]; col != "" {
				return get(col)
			}
			return ""
		})
		w.Write([]string{d.ID(i), get("source"), clk.String()})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return Encoded{}, err
	}
	if err := f.Close(); err != nil {
		return Encoded{}, err
	}
	return Encoded{People: d.Len()}, e.writeSchema(dst)
}

// referenceLike: a column of record ids named as a case or referral reference, which
// may mean something outside the organisation.
func referenceLike(column string) bool {
	c := strings.ToLower(strings.TrimSpace(column))
	return strings.Contains(c, "ref") || strings.Contains(c, "case")
}

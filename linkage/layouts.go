package linkage

import (
	"errors"
	"fmt"
)

// roleColumns are the columns files of different layouts are read into, each
// named as a journey bundle's people.csv names it: what linking compares.
var roleColumns = []string{"record_id", "given_names", "family_name", "aliases", "dob", "dob_estimated", "sex", "nationality",
	"birth_place", "language", "ho_reference", "document", "postcode", "address", "email", "phone", "city", "occupation"}

// Layouts is files of different layouts read as one: each file's columns found by
// their names (SettingsForTable) and its values read as linking reads them, then put
// in the columns linking compares.
type Layouts struct {
	Data     *Dataset
	Settings Settings // for the columns the files have between them
	Read     []string // how each file was read: its columns, then its values
}

// ReadLayouts reads tables whose columns differ (each organisation's export) as one
// dataset. Each is read as it would be alone — its column names, its order of day
// and month, its ways with sexes and nationalities, an age where there is no date
// of birth — and the records are put in the columns that linking compares. Record
// ids must be unique across the files; records named by line are named by file and
// line.
func ReadLayouts(tables []*Table) (*Layouts, error) {
	columns := map[string]int{}
	for k, c := range roleColumns {
		columns[c] = k
	}
	m := newMerged(tables, columns, 0)
	out := &Layouts{Data: m.d}
	present := map[string]bool{"record_id": true}
	for k, t := range tables {
		part, roles, read, err := readLayout(t)
		if errors.Is(err, ErrNothingToLinkBy) && t.sheet() != "" {
			out.Read = append(out.Read, t.Path+": no column of names or dates of birth (a sheet of notes?): not read.")
			continue // a workbook's sheet of notes or totals, beside its sheets of records
		}
		if err != nil {
			return nil, err
		}
		out.Read = append(out.Read, read...)
		for _, role := range roleColumns[1:] {
			present[role] = present[role] || roles[role] != ""
		}
		for i := range part.Len() {
			get, row := part.get(i), make([]string, len(roleColumns))
			for j, role := range roleColumns[1:] {
				if col := roles[role]; col != "" {
					row[j+1] = get(col)
				}
			}
			if err := m.add(k, part.ID(i), part.lines[i], row, roles["record_id"] == ""); err != nil {
				return nil, err
			}
			row[0] = m.d.ids[len(m.d.ids)-1]
		}
	}
	var header []string
	for _, c := range roleColumns {
		if present[c] {
			header = append(header, c)
		}
	}
	s, _, err := SettingsForColumns(header)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", tables[0].Path, err)
	}
	out.Settings = s
	out.Data.readAlready = true
	return out, nil
}

// readLayout reads one table by its own column names and rewrites its values as
// linking reads them; roles gives, for each of roleColumns, the column that holds
// it there.
func readLayout(t *Table) (*Dataset, map[string]string, []string, error) {
	s, read, err := SettingsForTable(t)
	if err != nil {
		return nil, nil, nil, err
	}
	d, err := t.Dataset(s.IDColumn)
	if err != nil {
		return nil, nil, nil, err
	}
	notes, err := RewriteValues(s, d)
	if err != nil {
		return nil, nil, nil, t.wrap(err)
	}
	said := []string{t.Path + ": " + read.String()}
	for _, n := range notes {
		said = append(said, t.Path+": "+n)
	}
	return d, read.Columns, said, nil
}

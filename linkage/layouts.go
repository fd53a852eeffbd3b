package linkage

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
)

// roleColumns are the columns files of different layouts are read into, each
// named as a journey bundle's people.csv names it: what linking compares.
var roleColumns = []string{"record_id", "given_names", "family_name", "aliases", "dob", "dob_estimated", "sex", "nationality",
	"birth_place", "language", "ho_reference", "document", "postcode", "address", "email", "phone", "city", "occupation"}

// Layouts is files of different layouts read as one: each file's columns found by
// their names (SettingsForColumns) and its values read as linking reads them, then
// put in the columns linking compares.
type Layouts struct {
	Data     *Dataset
	Settings Settings // for the columns the files have between them
	Read     []string // how each file was read: its columns, then its values
}

// ReadLayouts reads files whose columns differ (each organisation's export) as one
// dataset. Each file is read as it would be alone — its column names, its order of
// day and month, its ways with sexes and nationalities, an age where there is no
// date of birth — and the records are put in the columns that linking compares.
// Record ids must be unique across the files; records named by line are named by
// file and line.
func ReadLayouts(paths []string) (*Layouts, error) {
	d := &Dataset{columns: map[string]int{}, idCol: 0, files: paths}
	for k, c := range roleColumns {
		d.columns[c] = k
	}
	out := &Layouts{Data: d}
	present := map[string]bool{"record_id": true}
	where := map[string]int{}
	for k, path := range paths {
		part, roles, read, err := readLayout(path)
		if err != nil {
			return nil, err
		}
		out.Read = append(out.Read, read...)
		for _, role := range roleColumns[1:] {
			present[role] = present[role] || roles[role] != ""
		}
		for i := range part.Len() {
			id := part.ID(i)
			if roles["record_id"] == "" {
				id = filepath.Base(path) + ":" + id
			}
			if prev, dup := where[id]; dup {
				return nil, fmt.Errorf("%s line %d: record id %q is also the id of a record on %s: ids must be unique across the files (give each organisation's records ids of their own)",
					path, part.lines[i], id, d.place(prev))
			}
			where[id] = len(d.rows)
			get, row := part.get(i), make([]string, len(roleColumns))
			row[0] = id
			for j, role := range roleColumns[1:] {
				if col := roles[role]; col != "" {
					row[j+1] = get(col)
				}
			}
			d.rows, d.lines, d.ids, d.fileOf = append(d.rows, row), append(d.lines, part.lines[i]), append(d.ids, id), append(d.fileOf, int32(k))
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
		return nil, fmt.Errorf("%s: %w", paths[0], err)
	}
	out.Settings = s
	return out, nil
}

// readLayout reads one file by its own column names and rewrites its values as
// linking reads them; roles gives, for each of roleColumns, the column that holds
// it there (derived columns made, a whole name as given names).
func readLayout(path string) (*Dataset, map[string]string, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, nil, err
	}
	_, header, err := OpenCSV(f)
	f.Close()
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	found, read, err := ColumnRoles(header)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	s, read, err := SettingsForRoles(found, read)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	d, err := readCSVFile(path, s.IDColumn)
	if err != nil {
		return nil, nil, nil, err
	}
	notes, err := RewriteValues(s, d)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	roles := maps.Clone(found)
	DeriveColumns(roles)
	if roles["given_names"] == "" && roles["family_name"] == "" {
		roles["given_names"] = roles["full_name"]
	}
	said := []string{path + ": " + read.String()}
	for _, n := range notes {
		said = append(said, path+": "+n)
	}
	return d, roles, said, nil
}

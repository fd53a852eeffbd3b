package pprl

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/retrace-uk/retrace/bundle"
)

// Encoded tallies an encoded bundle.
type Encoded struct {
	People int // records encoded
	// Lacking are the columns the schema reads that the bundle's people.csv does not
	// have (contact details, places, which other exports have): encoded as empty.
	Lacking []string
}

// maxProblems is how many row problems an encoding reports before it stops listing.
const maxProblems = 50

// EncodeBundle writes the people of the bundle at src to the new folder dst with
// their identity fields replaced by CLKs: dst/people.csv has record_id, source and
// clk, and dst/schema.json is the schema, for the hub and the other parties. The
// journey files are not copied: their free text (risk factors, places) and any
// columns of an organisation's own may name people. A row with a mistake stops the
// encoding, with every mistake (up to 50) by file, line and column, and dst is
// removed: nothing half-encoded is left to send.
func EncodeBundle(src, dst string, e *Encoder) (Encoded, error) {
	b, err := bundle.Open(src)
	if err != nil {
		return Encoded{}, err
	}
	defer b.Close()
	if !b.Has(bundle.People) {
		return Encoded{}, fmt.Errorf("%s has no people.csv to encode", src)
	}

	if err := os.Mkdir(dst, 0o700); err != nil {
		return Encoded{}, fmt.Errorf("the output folder must be new: %w", err)
	}
	done, err := encodeInto(b, dst, e)
	if err != nil {
		os.RemoveAll(dst)
	}
	return done, err
}

func encodeInto(b *bundle.Bundle, dst string, e *Encoder) (Encoded, error) {
	var done Encoded
	n, err := e.encodePeople(b, filepath.Join(dst, bundle.People.File))
	if err != nil {
		return done, err
	}
	done.People = n
	for _, c := range e.columns() {
		if bundle.People.Index(c) < 0 && !slices.Contains(done.Lacking, c) {
			done.Lacking = append(done.Lacking, c)
		}
	}
	return done, e.writeSchema(dst)
}

// writeSchema writes dst/schema.json, for the hub and the other parties.
func (e *Encoder) writeSchema(dst string) error {
	schema, err := json.MarshalIndent(e.schema, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dst, "schema.json"), append(schema, '\n'), 0o600)
}

// encodePeople writes each record's id, source and CLK.
func (e *Encoder) encodePeople(b *bundle.Bundle, path string) (int, error) {
	fr, err := b.Read(bundle.People, bundle.ReadOptions{})
	if err != nil {
		return 0, err
	}
	defer fr.Close()
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	w := csv.NewWriter(f)
	w.Write([]string{"record_id", "source", "clk"})
	index := map[string]int{} // each column the schema reads, by its place in a row
	for _, c := range append([]string{"record_id", "source"}, e.columns()...) {
		if k := bundle.People.Index(c); k >= 0 {
			index[c] = k
		}
	}
	var problems []error
	n := 0
	for {
		row, err := fr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return n, err
		}
		for _, p := range row.Problems {
			if !p.Warning && len(problems) < maxProblems {
				problems = append(problems, p)
			}
		}
		if !row.OK() || len(problems) > 0 {
			continue
		}
		get := func(c string) string {
			if k, ok := index[c]; ok {
				return row.Cells[k]
			}
			return "" // a column of other exports (Encoded.Lacking)
		}
		w.Write([]string{get("record_id"), get("source"), e.Encode(get).String()})
		n++
	}
	if len(problems) > 0 {
		return n, errors.Join(problems...)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return n, err
	}
	return n, f.Close()
}

// columns are the columns the schema reads.
func (e *Encoder) columns() []string {
	var out []string
	for _, f := range e.schema.Fields {
		out = append(out, f.Columns...)
	}
	return out
}

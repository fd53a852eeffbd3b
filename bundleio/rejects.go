package bundleio

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/retrace-uk/retrace/bundle"
)

// rejects writes rejected rows as they came, one file per bundle file, so the folder
// can be corrected and imported again, plus errors.csv saying what is wrong with each.
type rejects struct {
	dir    string
	files  map[string]*csvFile
	errors *csvFile
}

type csvFile struct {
	f *os.File
	w *csv.Writer
}

func newRejects(dir string) (*rejects, error) {
	if dir == "" {
		return &rejects{}, nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	r := &rejects{dir: dir, files: map[string]*csvFile{}}
	var err error
	r.errors, err = createCSV(filepath.Join(dir, "errors.csv"), []string{"file", "line", "column", "field", "reason"})
	return r, err
}

func createCSV(path string, header []string) (*csvFile, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, err
	}
	c := &csvFile{f: f, w: csv.NewWriter(f)}
	return c, c.w.Write(header)
}

func (r *rejects) problem(p bundle.Problem) error {
	if r.dir == "" {
		return nil
	}
	return r.errors.w.Write([]string{p.File, itoa(p.Line), itoa(p.Column), p.Field, p.Reason})
}

func (r *rejects) row(fr *bundle.FileReader, row *bundle.Row, probs []bundle.Problem) error {
	if r.dir == "" {
		return nil
	}
	for _, p := range probs {
		if !p.Warning {
			if err := r.problem(p); err != nil {
				return err
			}
		}
	}
	if row.Raw == nil {
		return nil // unreadable CSV: nothing to set aside but the error
	}
	out, ok := r.files[fr.Kind.File]
	if !ok {
		var err error
		if out, err = createCSV(filepath.Join(r.dir, fr.Kind.File), fr.Header); err != nil {
			return err
		}
		r.files[fr.Kind.File] = out
	}
	return out.w.Write(row.Raw)
}

func (r *rejects) close() error {
	if r.dir == "" {
		return nil
	}
	var first error
	for _, c := range append([]*csvFile{r.errors}, values(r.files)...) {
		c.w.Flush()
		if err := c.w.Error(); err != nil && first == nil {
			first = err
		}
		if err := c.f.Close(); err != nil && first == nil {
			first = fmt.Errorf("rejected rows: %w", err)
		}
	}
	r.dir = ""
	return first
}

func values(m map[string]*csvFile) []*csvFile {
	out := make([]*csvFile, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

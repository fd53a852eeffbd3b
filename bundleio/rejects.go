package bundleio

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/retrace-uk/retrace/bundle"
)

// rejects sets rejected rows aside as they came, one file per bundle file, with
// errors.csv saying what is wrong with each, so that the folder can be corrected and
// imported as a bundle. The folder is made only when something is set aside.
type rejects struct {
	dir    string
	files  map[string]*csvFile
	errors *csvFile
	whole  []*bundle.Kind // files set aside whole, copied at close
}

type csvFile struct {
	f *os.File
	w *csv.Writer
}

func newRejects(dir, bundlePath string) (*rejects, error) {
	if dir == "" {
		return &rejects{}, nil
	}
	a, errA := filepath.Abs(dir)
	b, errB := filepath.Abs(bundlePath)
	if errA == nil && errB == nil && a == b {
		return nil, fmt.Errorf("--rejected %s is the bundle itself: choose another folder", dir)
	}
	return &rejects{dir: dir, files: map[string]*csvFile{}}, nil
}

func (r *rejects) open() error {
	if r.errors != nil {
		return nil
	}
	if err := os.MkdirAll(r.dir, 0o700); err != nil {
		return err
	}
	var err error
	r.errors, err = createCSV(filepath.Join(r.dir, bundle.RejectedErrors), []string{"file", "line", "column", "field", "reason"})
	return err
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
	if err := r.open(); err != nil {
		return err
	}
	return r.errors.w.Write([]string{p.File, itoa(p.Line), itoa(p.Column), p.Field, p.Reason})
}

// wholeFile sets aside a file that could not be read at all, to be copied as it is.
func (r *rejects) wholeFile(b *bundle.Bundle, k *bundle.Kind, p bundle.Problem) error {
	if r.dir == "" {
		return nil
	}
	r.whole = append(r.whole, k)
	return r.problem(p)
}

func (r *rejects) row(fr *bundle.FileReader, row *bundle.Row, probs []bundle.Problem) error {
	if r.dir == "" {
		return nil
	}
	for _, p := range probs {
		if p.Warning {
			continue
		}
		if row.Raw == nil {
			p.Reason += "; the row cannot be read as CSV, so it is not in the rejected file: correct it in the original"
		}
		if err := r.problem(p); err != nil {
			return err
		}
	}
	if row.Raw == nil {
		return nil
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

// close finishes the folder: whole files are copied, and people.csv is there (with
// just a header if no person was rejected) so that the folder is a bundle.
func (r *rejects) close(b *bundle.Bundle) error {
	if r.dir == "" || r.errors == nil {
		return nil
	}
	var first error
	keep := func(err error) {
		if err != nil && first == nil {
			first = err
		}
	}
	for _, k := range r.whole {
		keep(copyFile(b, k, filepath.Join(r.dir, k.File)))
	}
	if _, ok := r.files[bundle.People.File]; !ok && !r.copied(bundle.People) {
		people, err := createCSV(filepath.Join(r.dir, bundle.People.File), bundle.People.ColumnNames())
		keep(err)
		if err == nil {
			r.files[bundle.People.File] = people
		}
	}
	for _, c := range append([]*csvFile{r.errors}, values(r.files)...) {
		c.w.Flush()
		keep(c.w.Error())
		keep(c.f.Close())
	}
	r.dir = ""
	return first
}

func (r *rejects) copied(k *bundle.Kind) bool {
	for _, w := range r.whole {
		if w == k {
			return true
		}
	}
	return false
}

func copyFile(b *bundle.Bundle, k *bundle.Kind, to string) error {
	in, err := b.OpenRaw(k)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
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

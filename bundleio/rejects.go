package bundleio

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

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
	f     *os.File
	w     *csv.Writer
	lines int // physical lines written, to say where a row is in the rejected file
}

// newRejects refuses a folder that holds anything: set-aside rows must never
// overwrite a bundle, or mix with an earlier run's.
func newRejects(dir, bundlePath string) (*rejects, error) {
	if dir == "" {
		return &rejects{}, nil
	}
	if inside(dir, bundlePath) {
		return nil, fmt.Errorf("--rejected %s is the bundle itself or inside it: choose a folder outside the bundle", dir)
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("--rejected %s already holds files (an earlier run's?): move them away, or choose a new folder", dir)
	} else if err != nil && !os.IsNotExist(err) {
		return nil, err
	}
	return &rejects{dir: dir, files: map[string]*csvFile{}}, nil
}

// inside reports whether dir is the folder outer or within it, links resolved.
func inside(dir, outer string) bool {
	resolve := func(p string) string {
		abs, _ := filepath.Abs(p)
		// A folder not made yet resolves through its nearest existing parent.
		for probe, rest := abs, ""; probe != filepath.Dir(probe); probe, rest = filepath.Dir(probe), filepath.Join(filepath.Base(probe), rest) {
			if r, err := filepath.EvalSymlinks(probe); err == nil {
				return filepath.Join(r, rest)
			}
		}
		return abs
	}
	d, o := resolve(dir), resolve(outer)
	return d == o || strings.HasPrefix(d, o+string(filepath.Separator))
}

func (r *rejects) open() error {
	if r.errors != nil {
		return nil
	}
	if err := os.MkdirAll(r.dir, 0o700); err != nil {
		return err
	}
	var err error
	r.errors, err = createCSV(filepath.Join(r.dir, bundle.RejectedErrors), []string{"file", "line", "column", "field", "reason", "line_in_bundle"})
	return err
}

func createCSV(path string, header []string) (*csvFile, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, err
	}
	c := &csvFile{f: f, w: csv.NewWriter(f)}
	return c, c.write(header)
}

func (c *csvFile) write(cells []string) error {
	c.lines++
	for _, v := range cells {
		c.lines += strings.Count(v, "\n")
	}
	return c.w.Write(cells)
}

// problem lists a problem in errors.csv: line is where the row is in the rejected
// file (0 when it is not there), line_in_bundle where it was in the bundle.
func (r *rejects) problem(p bundle.Problem, line int) error {
	if r.dir == "" {
		return nil
	}
	if err := r.open(); err != nil {
		return err
	}
	return r.errors.write([]string{p.File, itoa(line), itoa(p.Column), p.Field, p.Reason, itoa(p.Line)})
}

// wholeFile sets aside a file that could not be read at all, to be copied as it is.
func (r *rejects) wholeFile(b *bundle.Bundle, k *bundle.Kind, p bundle.Problem) error {
	if r.dir == "" {
		return nil
	}
	r.whole = append(r.whole, k)
	return r.problem(p, p.Line)
}

func (r *rejects) row(fr *bundle.FileReader, row *bundle.Row, probs []bundle.Problem) error {
	if r.dir == "" {
		return nil
	}
	line := 0
	if row.Raw != nil {
		out, ok := r.files[fr.Kind.File]
		if !ok {
			if err := r.open(); err != nil {
				return err
			}
			var err error
			if out, err = createCSV(filepath.Join(r.dir, fr.Kind.File), fr.Header); err != nil {
				return err
			}
			r.files[fr.Kind.File] = out
		}
		line = out.lines + 1
		if err := out.write(row.Raw); err != nil {
			return err
		}
	}
	for _, p := range probs {
		if p.Warning {
			continue
		}
		if row.Raw == nil {
			p.Reason += "; the row cannot be read as CSV, so it is not in the rejected file: correct it in the bundle"
		}
		if err := r.problem(p, line); err != nil {
			return err
		}
	}
	return nil
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
		keep(b.CopyRaw(k, filepath.Join(r.dir, k.File)))
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

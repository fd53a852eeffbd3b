package web

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/retrace-uk/retrace/bundle"
	"github.com/retrace-uk/retrace/bundleio"
	"github.com/retrace-uk/retrace/storage"
)

// maxUpload bounds an uploaded bundle, and maxUnpacked what its files unpack to;
// larger bundles go through retrace import. CSV files compress five to ten times;
// one that unpacks to more than maxRatio times its zip is taken for a zip bomb.
const (
	maxUpload   = 256 << 20
	maxUnpacked = 1 << 30
	maxRatio    = 100
)

// unpacksSafely refuses a zip that unpacks to too much, before any of it is read.
func unpacksSafely(path string, unpacked int64) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if unpacked > maxUnpacked || unpacked > maxRatio*max(info.Size(), 1<<20) {
		return fmt.Errorf("the bundle's files unpack to %d MiB, too much for an upload: import it with retrace import", unpacked>>20)
	}
	return nil
}

// shownProblems is how many of an import's problems the page lists.
const shownProblems = 200

type importView struct {
	Report   *bundleio.Report
	Problems []bundle.Problem
	More     int
	Checked  bool // a dry run
	Errors   []fieldError
}

func (s *Server) importPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "import", "Import a bundle", importView{})
}

// importBundle imports an uploaded journey bundle (a .zip) of the user's
// organisation: all of it or nothing, as on the command line, after checking that
// every record is the organisation's.
func (s *Server) importBundle(w http.ResponseWriter, r *http.Request) {
	v := importView{Checked: r.PostFormValue("check") == "yes"}
	path, cleanup, err := saveUpload(r)
	defer cleanup()
	if err != nil {
		v.Errors = []fieldError{{"bundle", upperFirst(err.Error())}}
		s.render(w, r, http.StatusUnprocessableEntity, "import", "Import a bundle", v)
		return
	}
	org := userOf(r).Organisation
	foreign, err := s.foreignRows(r.Context(), path, org)
	if err != nil {
		v.Errors = []fieldError{{"bundle", upperFirst(err.Error())}}
		s.render(w, r, http.StatusUnprocessableEntity, "import", "Import a bundle", v)
		return
	}
	if len(foreign) > 0 {
		v.Report = &bundleio.Report{Bundle: filepath.Base(path), Errors: len(foreign)}
		s.showImport(w, r, v, foreign)
		return
	}
	rep, err := bundleio.Import(r.Context(), s.cfg.Store, path, bundleio.Options{Actor: "web:" + userOf(r).Name, DryRun: v.Checked})
	if err != nil && !errors.Is(err, bundleio.ErrRejected) {
		v.Errors = []fieldError{{"bundle", upperFirst(err.Error())}}
		s.render(w, r, http.StatusUnprocessableEntity, "import", "Import a bundle", v)
		return
	}
	if rep.Committed {
		s.linker.wake()
	}
	v.Report = rep
	s.showImport(w, r, v, rep.Problems)
}

func (s *Server) showImport(w http.ResponseWriter, r *http.Request, v importView, problems []bundle.Problem) {
	v.Problems = problems
	if len(problems) > shownProblems {
		v.Problems, v.More = problems[:shownProblems], len(problems)-shownProblems
	}
	status := http.StatusOK
	if v.Report.Errors > 0 {
		status = http.StatusUnprocessableEntity
	}
	if err := s.record(r.Context(), r, "import", "bundle "+v.Report.Bundle, fmt.Sprintf("web upload: %d errors, stored %v", v.Report.Errors, v.Report.Committed)); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, status, "import", "Import a bundle", v)
}

// saveUpload keeps the uploaded file in a temporary folder, under its own name.
func saveUpload(r *http.Request) (string, func(), error) {
	none := func() {}
	file, header, err := r.FormFile("bundle")
	if err != nil {
		return "", none, errors.New("choose a bundle to upload: a .zip of its CSV files")
	}
	defer file.Close()
	name := filepath.Base(header.Filename)
	if !strings.EqualFold(filepath.Ext(name), ".zip") {
		return "", none, fmt.Errorf("the file %s is not a .zip: upload the bundle's CSV files zipped together", name)
	}
	dir, err := os.MkdirTemp("", "retrace-upload-")
	if err != nil {
		return "", none, err
	}
	cleanup := func() { os.RemoveAll(dir) }
	path := filepath.Join(dir, name)
	out, err := os.Create(path)
	if err == nil {
		_, err = io.Copy(out, io.LimitReader(file, maxUpload+1))
		if cerr := out.Close(); err == nil {
			err = cerr
		}
	}
	if info, serr := os.Stat(path); err == nil && serr == nil && info.Size() > maxUpload {
		err = fmt.Errorf("the file %s is larger than %d MiB: import it with retrace import", name, maxUpload>>20)
	}
	return path, cleanup, err
}

// foreignRows finds the rows of a bundle that are not the organisation's to write:
// person records of another organisation; rows about records outside its scope; rows
// whose ids, or the support episodes they point at, are already another's. Each
// problem is told the same way whoever holds the row, naming no other record.
func (s *Server) foreignRows(ctx context.Context, path, org string) ([]bundle.Problem, error) {
	b, err := bundle.Open(path)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	if err := unpacksSafely(path, b.Size()); err != nil {
		return nil, err
	}
	c := &scopeCheck{org: org, own: map[string]bool{}, names: map[named]map[string][]bundle.Problem{}}
	for _, k := range bundle.Kinds {
		if b.Has(k) {
			if err := eachRow(b, k, c.row); err != nil {
				return nil, err
			}
		}
	}
	return c.resolve(ctx, s.cfg.Store)
}

// named is a column of a kind of row whose values name stored rows.
type named struct {
	kind   *bundle.Kind
	column string
}

// scopeCheck gathers what a bundle's rows name, to check against the store at once.
type scopeCheck struct {
	org      string
	own      map[string]bool // the bundle's own person records
	problems []bundle.Problem
	names    map[named]map[string][]bundle.Problem // value → the rows that name it
}

// rowIDs are the columns naming a row, or the support episode it is about, that
// another organisation's rows may already hold.
var rowIDs = map[*bundle.Kind][]named{
	bundle.People:          {{bundle.People, "record_id"}},
	bundle.Referrals:       {{bundle.Referrals, "referral_id"}},
	bundle.Support:         {{bundle.Support, "support_id"}},
	bundle.RiskAssessments: {{bundle.RiskAssessments, "assessment_id"}, {bundle.Support, "support_id"}},
	bundle.Missing:         {{bundle.Support, "support_id"}},
}

func (c *scopeCheck) row(k *bundle.Kind, row *bundle.Row) {
	at := func(column, reason string) bundle.Problem {
		return bundle.Problem{File: k.File, Line: row.Line, Field: column, Reason: reason}
	}
	record := row.Cells[k.Index("record_id")]
	switch {
	case k == bundle.People && row.Cells[k.Index("source")] != c.org:
		c.problems = append(c.problems, at("source", fmt.Sprintf("is %s: you import records of %s only", row.Cells[k.Index("source")], c.org)))
		return
	case k == bundle.People:
		c.own[record] = true
	case !c.own[record]:
		c.note(named{bundle.People, "record_id"}, record, at("record_id", "is not one of "+c.org+"'s records"))
	}
	for _, n := range rowIDs[k] {
		if v := row.Cells[k.Index(n.column)]; v != "" {
			c.note(n, v, at(n.column, "is already used by a row that is not "+c.org+"'s: give another id"))
		}
	}
}

func (c *scopeCheck) note(n named, value string, p bundle.Problem) {
	if c.names[n] == nil {
		c.names[n] = map[string][]bundle.Problem{}
	}
	c.names[n][value] = append(c.names[n][value], p)
}

// resolve asks the store which records the named rows belong to, and keeps the
// problems of rows named outside the organisation's scope; a record a row is about
// must be the organisation's, stored or in the bundle.
func (c *scopeCheck) resolve(ctx context.Context, store storage.Store) ([]bundle.Problem, error) {
	owners := map[named]map[string]string{}
	var records []string
	for n, values := range c.names {
		var err error
		if owners[n], err = store.RecordsOfRows(ctx, n.kind, n.column, slices.Collect(maps.Keys(values))); err != nil {
			return nil, err
		}
		records = slices.AppendSeq(records, maps.Values(owners[n]))
	}
	ours, err := store.Records(ctx, storage.Scope{Organisation: c.org}, records)
	if err != nil {
		return nil, err
	}
	mine := map[string]bool{}
	for _, p := range ours {
		mine[p.RecordID] = true
	}
	out := c.problems
	for n, values := range c.names {
		for v, where := range values {
			owner, stored := owners[n][v]
			switch {
			case stored && !mine[owner] && !c.own[owner]:
				out = append(out, where...)
			case !stored && n == named{bundle.People, "record_id"}:
				out = append(out, rowsAbout(where)...) // a record neither stored nor in the bundle
			}
		}
	}
	slices.SortFunc(out, func(a, b bundle.Problem) int { return cmp.Or(strings.Compare(a.File, b.File), a.Line-b.Line) })
	return out, nil
}

// rowsAbout keeps the problems of rows that point at a record, leaving people.csv's
// own ids, which are new records.
func rowsAbout(where []bundle.Problem) []bundle.Problem {
	var out []bundle.Problem
	for _, p := range where {
		if p.File != bundle.People.File {
			out = append(out, p)
		}
	}
	return out
}

// eachRow calls fn with each readable row of a file; unreadable rows are the
// import's to report.
func eachRow(b *bundle.Bundle, k *bundle.Kind, fn func(*bundle.Kind, *bundle.Row)) error {
	fr, err := b.Read(k, bundle.ReadOptions{})
	if err != nil {
		var p bundle.Problem
		if errors.As(err, &p) {
			return nil
		}
		return err
	}
	defer fr.Close()
	for {
		row, err := fr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if row.Cells != nil {
			fn(k, row)
		}
	}
}

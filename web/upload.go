package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/retrace-uk/retrace/bundle"
	"github.com/retrace-uk/retrace/bundleio"
	"github.com/retrace-uk/retrace/storage"
)

// maxUpload bounds an uploaded bundle; larger bundles go through retrace import.
const maxUpload = 256 << 20

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

// foreignRows finds the rows of a bundle that are not the organisation's: person
// records another organisation sent, and rows about another organisation's records.
func (s *Server) foreignRows(ctx context.Context, path, org string) ([]bundle.Problem, error) {
	b, err := bundle.Open(path)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	own := map[string]bool{}
	var problems []bundle.Problem
	refs := map[string][]bundle.Problem{} // record id → where rows point at it
	for _, k := range bundle.Kinds {
		if !b.Has(k) {
			continue
		}
		err := eachRow(b, k, func(row *bundle.Row) {
			id := row.Cells[k.Index("record_id")]
			if k == bundle.People {
				if src := row.Cells[k.Index("source")]; src != org {
					problems = append(problems, bundle.Problem{File: k.File, Line: row.Line, Field: "source",
						Reason: fmt.Sprintf("is %s: you import records of %s only", src, org)})
					return
				}
				own[id] = true
				return
			}
			if !own[id] {
				refs[id] = append(refs[id], bundle.Problem{File: k.File, Line: row.Line, Field: "record_id",
					Reason: "is another organisation's record: you import rows about records of " + org + " only"})
			}
		})
		if err != nil {
			return nil, err
		}
	}
	others, err := s.othersRecords(ctx, refs, org)
	return append(problems, others...), err
}

// othersRecords: of the stored records rows point at, those outside the
// organisation's scope. A record stored nowhere is left to the import to report.
func (s *Server) othersRecords(ctx context.Context, refs map[string][]bundle.Problem, org string) ([]bundle.Problem, error) {
	var ids []string
	for id := range refs {
		ids = append(ids, id)
	}
	stored, err := s.cfg.Store.Records(ctx, storage.Scope{}, ids)
	if err != nil {
		return nil, err
	}
	ours, err := s.cfg.Store.Records(ctx, storage.Scope{Organisation: org}, ids)
	if err != nil {
		return nil, err
	}
	mine := map[string]bool{}
	for _, p := range ours {
		mine[p.RecordID] = true
	}
	var out []bundle.Problem
	for _, p := range stored {
		if !mine[p.RecordID] {
			out = append(out, refs[p.RecordID]...)
		}
	}
	return out, nil
}

// eachRow calls fn with each readable row of a file; unreadable rows are the
// import's to report.
func eachRow(b *bundle.Bundle, k *bundle.Kind, fn func(*bundle.Row)) error {
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
			fn(row)
		}
	}
}

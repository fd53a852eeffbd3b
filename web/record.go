package web

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundle"
	"github.com/retrace-uk/retrace/bundleio"
	"github.com/retrace-uk/retrace/casework"
)

// formView is what a form's page needs.
type formView struct {
	Form     *formSpec
	Action   string
	Back     string
	Inputs   []inputView
	Records  []choice // the person's records in scope, when there are several
	Record   string
	Supports []choice // the person's support episodes, for rows about one
	Support  string
	Errors   []fieldError
}

type choice struct{ Value, Text string }

// inputView is an input with what it holds now.
type inputView struct {
	input
	Value            string
	Day, Month, Year string
	Checked          map[string]bool
	Error            string
}

// FirstID is the id of the input's first control, where its error links to.
func (v inputView) FirstID() string {
	if v.Type == "date" {
		return v.Column + "-day"
	}
	return v.Column
}

func (s *Server) inputViews(f *formSpec, cells map[string]string, errs []fieldError) []inputView {
	var out []inputView
	for _, in := range f.Inputs {
		v := inputView{input: in, Value: cells[in.Column], Checked: map[string]bool{}}
		if in.Type == "date" {
			parts := strings.SplitN(v.Value, "-", 3)
			v.Year = parts[0]
			if len(parts) > 1 {
				v.Month = strings.TrimPrefix(parts[1], "0")
			}
			if len(parts) > 2 {
				v.Day = strings.TrimPrefix(parts[2], "0")
			}
		}
		for _, c := range strings.Split(v.Value, ";") {
			v.Checked[c] = c != ""
		}
		v.Error = errorFor(errs, v.FirstID())
		out = append(out, v)
	}
	return out
}

// cellsFromForm reads the posted answers into cells, and what is wrong with a date.
func cellsFromForm(f *formSpec, form url.Values) (map[string]string, []fieldError) {
	cells := map[string]string{}
	var errs []fieldError
	for _, in := range f.Inputs {
		switch in.Type {
		case "date":
			d, err := dateFromParts(form.Get(in.Column+"-day"), form.Get(in.Column+"-month"), form.Get(in.Column+"-year"))
			if err != "" {
				errs = append(errs, fieldError{in.Column + "-day", in.Label + ": " + err})
			}
			cells[in.Column] = d
		case "checkboxes":
			cells[in.Column] = strings.Join(form[in.Column], ";")
		default:
			cells[in.Column] = strings.TrimSpace(form.Get(in.Column))
		}
	}
	return cells, errs
}

// dateFromParts makes a date cell of the GOV.UK date input's parts: a day, a month
// and a year, or a month and a year, or a year.
func dateFromParts(day, month, year string) (string, string) {
	day, month, year = strings.TrimSpace(day), strings.TrimSpace(month), strings.TrimSpace(year)
	switch {
	case day == "" && month == "" && year == "":
		return "", ""
	case year == "":
		return "", "enter a year"
	case day != "" && month == "":
		return "", "enter a month with the day"
	}
	parts := []string{year}
	for _, p := range []string{month, day} {
		if p == "" {
			break
		}
		n, err := strconv.Atoi(p)
		if err != nil {
			return "", "enter the day and month as numbers"
		}
		parts = append(parts, fmt.Sprintf("%02d", n))
	}
	return strings.Join(parts, "-"), ""
}

// recordForm shows a form to record a row about a person.
func (s *Server) recordForm(w http.ResponseWriter, r *http.Request) {
	f, person, recs, ok := s.formTarget(w, r)
	if !ok {
		return
	}
	v, err := s.formView(r, f, person, recs, map[string]string{}, nil)
	if err == nil {
		err = s.record(r.Context(), r, "view form", "person "+person, f.Slug)
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "form", f.Title, v)
}

// formTarget finds the form and the person it is about, in the user's scope.
func (s *Server) formTarget(w http.ResponseWriter, r *http.Request) (*formSpec, string, []retrace.PersonRecord, bool) {
	f := formOf(chi.URLParam(r, "form"))
	person := chi.URLParam(r, "person")
	sc, err := s.scope(r)
	if err != nil {
		s.serverError(w, r, err)
		return nil, "", nil, false
	}
	recs, err := s.cfg.Store.PersonRecords(r.Context(), sc, person)
	switch {
	case err != nil:
		s.serverError(w, r, err)
		return nil, "", nil, false
	case f == nil || len(recs) == 0:
		s.notFound(w, r)
		return nil, "", nil, false
	}
	return f, person, recs, true
}

func (s *Server) formView(r *http.Request, f *formSpec, person string, recs []retrace.PersonRecord, cells map[string]string, errs []fieldError) (formView, error) {
	v := formView{Form: f, Action: r.URL.Path, Back: "/people/" + person, Errors: errs, Record: cells["record_id"], Support: cells["support_id"]}
	if len(recs) > 1 {
		for _, p := range recs {
			v.Records = append(v.Records, choice{p.RecordID, p.RecordID + " (" + p.Source + ")"})
		}
	}
	if f.Support {
		var err error
		if v.Supports, err = s.supportChoices(r.Context(), recs); err != nil {
			return v, err
		}
	}
	v.Inputs = s.inputViews(f, cells, errs)
	return v, nil
}

func (s *Server) supportChoices(ctx context.Context, recs []retrace.PersonRecord) ([]choice, error) {
	var out []choice
	err := s.cfg.Store.EachOfRecords(ctx, bundle.Support, recordIDsOf(recs), func(cells []string, extra retrace.Extra) error {
		v, _ := bundle.Support.Value(cells, extra)
		e := v.(retrace.SupportEpisode)
		out = append(out, choice{e.SupportID, fmt.Sprintf("%s by %s from %s", casework.Label(string(e.Service)), e.Provider, showDate(e.Start))})
		return nil
	})
	return out, err
}

func recordIDsOf(recs []retrace.PersonRecord) []string {
	ids := make([]string, len(recs))
	for i, p := range recs {
		ids[i] = p.RecordID
	}
	return ids
}

// saveRecordForm checks and stores a posted row about a person. The record, and the
// support episode, must be the person's and in the user's scope, whatever the form
// says; the row's id is made here.
func (s *Server) saveRecordForm(w http.ResponseWriter, r *http.Request) {
	f, person, recs, ok := s.formTarget(w, r)
	if !ok {
		return
	}
	cells, errs := cellsFromForm(f, r.PostForm)
	cells["record_id"] = recs[0].RecordID
	if chosen := r.PostFormValue("record_id"); chosen != "" {
		if !slices.Contains(recordIDsOf(recs), chosen) {
			s.notFound(w, r)
			return
		}
		cells["record_id"] = chosen
	}
	if f.Support {
		ok, err := s.validSupport(r, f, recs, cells, &errs)
		if err != nil {
			s.serverError(w, r, err)
			return
		}
		if !ok {
			s.notFound(w, r)
			return
		}
	}
	if f.Provider != "" {
		cells[f.Provider] = userOf(r).Organisation
	}
	if f.IDColumn != "" {
		cells[f.IDColumn] = newID(userOf(r).Organisation, f.IDPrefix)
	}
	s.storeForm(w, r, f, person, recs, cells, errs)
}

// validSupport: a chosen support episode must be one of the person's records'.
func (s *Server) validSupport(r *http.Request, f *formSpec, recs []retrace.PersonRecord, cells map[string]string, errs *[]fieldError) (bool, error) {
	chosen := r.PostFormValue("support_id")
	cells["support_id"] = chosen
	if chosen == "" {
		if f.SupportRequired {
			*errs = append(*errs, fieldError{"support_id", "Choose the support the person went missing from"})
		}
		return true, nil
	}
	supports, err := s.supportChoices(r.Context(), recs)
	return slices.ContainsFunc(supports, func(c choice) bool { return c.Value == chosen }), err
}

// storeForm writes the row as a one-row bundle file and imports it, so that it meets
// every rule an imported row meets; the import's problems come back as form errors.
func (s *Server) storeForm(w http.ResponseWriter, r *http.Request, f *formSpec, person string, recs []retrace.PersonRecord, cells map[string]string, errs []fieldError) {
	if len(errs) == 0 {
		var err error
		if errs, err = s.importRow(r, f, cells, sourceOf(recs, cells["record_id"])); err != nil {
			s.serverError(w, r, err)
			return
		}
	}
	if len(errs) > 0 {
		v, err := s.formView(r, f, person, recs, cells, errs)
		if err != nil {
			s.serverError(w, r, err)
			return
		}
		s.render(w, r, http.StatusUnprocessableEntity, "form", f.Title, v)
		return
	}
	if err := s.record(r.Context(), r, "record "+f.Slug, "person "+person, f.Kind.File); err != nil {
		s.serverError(w, r, err)
		return
	}
	http.Redirect(w, r, "/people/"+person+"?saved="+f.Slug, http.StatusSeeOther)
}

func (s *Server) importRow(r *http.Request, f *formSpec, cells map[string]string, source string) ([]fieldError, error) {
	dir, err := os.MkdirTemp("", "retrace-form-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if err := writeRow(filepath.Join(dir, f.Kind.File), f.Kind.ColumnNames(), cells); err != nil {
		return nil, err
	}
	if f.Kind != bundle.People {
		// A bundle has a people.csv: the record the row is about, by its id and
		// source only, so that its stored values stay as they are.
		person := map[string]string{"record_id": cells["record_id"], "source": source}
		if err := writeRow(filepath.Join(dir, bundle.People.File), []string{"record_id", "source"}, person); err != nil {
			return nil, err
		}
	}
	rep, err := bundleio.Import(r.Context(), s.cfg.Store, dir, bundleio.Options{Actor: "web:" + userOf(r).Name})
	if errors.Is(err, bundleio.ErrRejected) {
		return problemsAsErrors(f, rep.Problems), nil
	}
	return nil, err
}

// writeRow writes a CSV file of a header and one row.
func writeRow(path string, columns []string, cells map[string]string) error {
	file, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(file)
	row := make([]string, len(columns))
	for i, c := range columns {
		row[i] = cells[c]
	}
	w.Write(columns)
	w.Write(row)
	w.Flush()
	if err := w.Error(); err != nil {
		file.Close()
		return err
	}
	return file.Close()
}

// problemsAsErrors turns an import's problems into the form's errors, each on its
// question; one about no question (a reference, a duplicate) goes on the first.
func problemsAsErrors(f *formSpec, problems []bundle.Problem) []fieldError {
	var out []fieldError
	for _, p := range problems {
		if p.Warning {
			continue
		}
		at, label := f.Inputs[0], ""
		for _, in := range f.Inputs {
			if in.Column == p.Field {
				at, label = in, in.Label+": "
			}
		}
		out = append(out, fieldError{inputView{input: at}.FirstID(), upperFirst(label + p.Reason)})
	}
	return out
}

// newPersonForm shows the form for a new person record of the user's organisation.
func (s *Server) newPersonForm(w http.ResponseWriter, r *http.Request) {
	v := formView{Form: personForm, Action: "/people/new", Back: "/people", Inputs: s.inputViews(personForm, map[string]string{}, nil)}
	s.render(w, r, http.StatusOK, "form", personForm.Title, v)
}

// saveNewPerson stores a new person record; linkage then looks for the person's
// other records, here and at other organisations.
func (s *Server) saveNewPerson(w http.ResponseWriter, r *http.Request) {
	cells, errs := cellsFromForm(personForm, r.PostForm)
	org := userOf(r).Organisation
	id := newID(org, "P")
	cells["record_id"], cells["source"] = id, org
	if len(errs) == 0 {
		var err error
		if errs, err = s.importRow(r, personForm, cells, org); err != nil {
			s.serverError(w, r, err)
			return
		}
	}
	if len(errs) > 0 {
		v := formView{Form: personForm, Action: "/people/new", Back: "/people", Errors: errs, Inputs: s.inputViews(personForm, cells, errs)}
		s.render(w, r, http.StatusUnprocessableEntity, "form", personForm.Title, v)
		return
	}
	if err := s.record(r.Context(), r, "record person", "person "+id, "people.csv"); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.linker.wake()
	http.Redirect(w, r, "/people/"+id+"?saved=person", http.StatusSeeOther)
}

// editForm shows a form filled with a stored row of the person's (a referral, to
// record its decisions; support, to record its end), found by its id in scope.
func (s *Server) editForm(w http.ResponseWriter, r *http.Request) {
	f, person, _, cells, ok := s.editTarget(w, r)
	if !ok {
		return
	}
	v, err := s.formView(r, f, person, nil, cells, nil)
	if err == nil {
		err = s.record(r.Context(), r, "view row", "person "+person, f.Slug+" "+chi.URLParam(r, "id"))
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "form", editTitle(f), v)
}

func editTitle(f *formSpec) string {
	return "Change " + strings.TrimPrefix(f.Title, "Record ")
}

// saveEditForm stores the changed row: its id, record, support and provider stay
// as they were, whatever the form sends.
func (s *Server) saveEditForm(w http.ResponseWriter, r *http.Request) {
	f, person, recs, stored, ok := s.editTarget(w, r)
	if !ok {
		return
	}
	cells, errs := cellsFromForm(f, r.PostForm)
	for _, keep := range []string{f.IDColumn, "record_id", "support_id", f.Provider} {
		if keep != "" {
			cells[keep] = stored[keep]
		}
	}
	s.storeForm(w, r, f, person, recs, cells, errs)
}

// editTarget finds a stored row by its id among the person's records in scope.
func (s *Server) editTarget(w http.ResponseWriter, r *http.Request) (*formSpec, string, []retrace.PersonRecord, map[string]string, bool) {
	f, person, recs, ok := s.formTarget(w, r)
	if !ok {
		return nil, "", nil, nil, false
	}
	var cells map[string]string
	if f.IDColumn != "" {
		var err error
		if cells, err = s.storedRow(r, f, recs, chi.URLParam(r, "id")); err != nil {
			s.serverError(w, r, err)
			return nil, "", nil, nil, false
		}
	}
	if cells == nil {
		s.notFound(w, r)
		return nil, "", nil, nil, false
	}
	return f, person, recs, cells, true
}

func sourceOf(recs []retrace.PersonRecord, recordID string) string {
	for _, p := range recs {
		if p.RecordID == recordID {
			return p.Source
		}
	}
	return ""
}

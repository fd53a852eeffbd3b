package web

// The JSON API: the pages' operations for other programs, under /api/v1. A request
// carries a user's API token (Authorization: Bearer rtr_…) and nothing else: no
// cookie is read, so a browser's session cannot be borrowed to call it, and no CSRF
// token is needed. The handlers call the pages' store queries and helpers, so a
// token reads and writes exactly what its user's pages allow.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/casework"
	"github.com/retrace-uk/retrace/storage"
)

// apiTokenPrefix marks retrace's tokens, so that one found in a file or a log is
// recognised for what it is.
const apiTokenPrefix = "rtr_"

// apiBodyLimit bounds a request body: a row of a bundle is a few hundred bytes.
const apiBodyLimit = 1 << 20

// NewAPIToken makes an API token, to be shown once to whoever asked for it, and the
// hash of it that the store keeps.
func NewAPIToken() (token, hash string) {
	token = apiTokenPrefix + newToken()
	return token, hashToken(token)
}

type apiTokenKey struct{}

func (s *Server) apiRoutes(r chi.Router) {
	r.Route("/api", func(r chi.Router) {
		r.NotFound(func(w http.ResponseWriter, r *http.Request) {
			apiFail(w, http.StatusNotFound, "There is no such API route: see /api/openapi.json")
		})
		r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {
			apiFail(w, http.StatusMethodNotAllowed, "The route does not take that method: see /api/openapi.json")
		})
		r.Get("/openapi.json", s.openAPI)
		r.Route("/v1", func(r chi.Router) {
			r.Use(s.bearer)
			r.Group(func(r chi.Router) {
				r.Use(s.apiAllow(storage.RoleSupportWorker, storage.RoleOrganisationAdmin, storage.RoleAnalyst))
				r.Get("/people", s.apiSearch)
				r.Get("/people/{person}", s.apiPerson)
			})
			r.Group(func(r chi.Router) { // casework: an organisation's own people
				r.Use(s.apiAllow(storage.RoleSupportWorker, storage.RoleOrganisationAdmin))
				r.Post("/people", s.apiNewPerson)
				r.Post("/people/{person}/{form}", s.apiRecordRow)
				r.Patch("/people/{person}/{form}/{id}", s.apiChangeRow)
				r.Get("/alerts", s.apiAlerts)
			})
			r.Get("/report", s.apiReport)
		})
	})
}

// apiFieldError is one problem with a column of a body or a query parameter.
type apiFieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

type apiError struct {
	Error  string          `json:"error"`
	Fields []apiFieldError `json:"fields"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

func apiFail(w http.ResponseWriter, status int, msg string, fields ...apiFieldError) {
	writeJSON(w, status, apiError{Error: msg, Fields: append([]apiFieldError{}, fields...)})
}

// apiServerError logs what went wrong, as serverError does, and tells the client no more.
func (s *Server) apiServerError(w http.ResponseWriter, r *http.Request, err error) {
	s.cfg.Log.Error("request failed", "route", chi.RouteContext(r.Context()).RoutePattern(), "err", err)
	apiFail(w, http.StatusInternalServerError, "Something went wrong. It has been logged; try again later.")
}

// apiNotFound answers alike for what does not exist and what is outside the scope.
func apiNotFound(w http.ResponseWriter, msg string) {
	apiFail(w, http.StatusNotFound, msg)
}

// formSlugs lists the forms' slugs, for messages.
func formSlugs(keep func(*formSpec) bool) string {
	var out []string
	for _, f := range forms {
		if keep(f) {
			out = append(out, f.Slug)
		}
	}
	return strings.Join(out, ", ")
}

// bearer lets through requests carrying a live API token, as the token's user.
func (s *Server) bearer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token, given := bearerToken(r)
		if !given {
			w.Header().Set("WWW-Authenticate", `Bearer realm="retrace"`)
			apiFail(w, http.StatusUnauthorized, "Send an API token: Authorization: Bearer rtr_… (retrace users token makes one)")
			return
		}
		var tok storage.Token
		var u storage.User
		ok := false
		if strings.HasPrefix(token, apiTokenPrefix) {
			var err error
			if tok, u, ok, err = s.cfg.Store.TokenUser(r.Context(), hashToken(token), s.cfg.Now()); err != nil {
				s.apiServerError(w, r, err)
				return
			}
		}
		if !ok {
			s.cfg.Log.Warn("API token refused", "address", clientAddress(r))
			w.Header().Set("WWW-Authenticate", `Bearer realm="retrace", error="invalid_token"`)
			apiFail(w, http.StatusUnauthorized, "The API token is not known, has expired or was revoked")
			return
		}
		ctx := context.WithValue(context.WithValue(r.Context(), userKey, u), apiTokenKey{}, tok.ID)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func bearerToken(r *http.Request) (string, bool) {
	scheme, token, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	token = strings.TrimSpace(token)
	return token, ok && strings.EqualFold(scheme, "Bearer") && token != ""
}

// apiAllow lets through only users with one of the roles.
func (s *Server) apiAllow(roles ...string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if role := userOf(r).Role; !slices.Contains(roles, role) {
				apiFail(w, http.StatusForbidden, "The "+strings.ReplaceAll(role, "_", " ")+" role does not include this")
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// apiAudit puts an access or change in the audit log as the pages do, with the
// token that made it, so that a leaked token's use can be traced.
func (s *Server) apiAudit(r *http.Request, action, subject, detail string) error {
	via := fmt.Sprintf("API token %d", r.Context().Value(apiTokenKey{}))
	if detail != "" {
		via = detail + "; " + via
	}
	return s.record(r.Context(), r, action, subject, via)
}

// apiRecord is a person record as the user's pages show it (see recordViewOf): to an
// analyst, with no names, date of birth (only its year), references or record id.
type apiRecord struct {
	Record      string `json:"record"` // the record's id; to an analyst "Record 1", "Record 2"…
	Source      string `json:"source"`
	Name        string `json:"name,omitempty"`
	Aliases     string `json:"aliases,omitempty"`
	DOB         string `json:"dob,omitempty"`
	Sex         string `json:"sex,omitempty"`
	Nationality string `json:"nationality,omitempty"`
	Language    string `json:"language,omitempty"`
	HOReference string `json:"ho_reference,omitempty"`
}

// apiRecords copies each field on purpose: a field added to the page's view is not
// sent until it is added here.
func apiRecords(views []recordView) []apiRecord {
	out := []apiRecord{}
	for _, v := range views {
		out = append(out, apiRecord{Record: v.Ref, Source: v.Source, Name: v.Name, Aliases: v.Aliases, DOB: v.DOB, Sex: v.Sex,
			Nationality: v.Nationality, Language: v.Language, HOReference: v.HOReference})
	}
	return out
}

type apiPersonFound struct {
	PersonID string      `json:"person_id"`
	Records  []apiRecord `json:"records"`
}

type apiSearchResult struct {
	People []apiPersonFound `json:"people"`
	More   bool             `json:"more"` // more matched than are listed: say more of the name
}

// apiSearch finds people as the search page does: by name, in the user's scope; an
// analyst, who sees no names, by a person's or record's id.
func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	v := searchView{Query: strings.TrimSpace(r.URL.Query().Get("q")), Pseudonymous: pseudonymous(r)}
	if v.Query == "" {
		apiFail(w, http.StatusUnprocessableEntity, "Say who to look for", apiFieldError{"q", "Enter a name (an analyst: a person's or record's id)"})
		return
	}
	var err error
	if v.Pseudonymous {
		err = s.findByID(r, &v)
	} else {
		err = s.searchByName(r, &v)
	}
	if err == nil {
		err = s.apiAudit(r, "search", "people", shownPeople(v.Results))
	}
	if err != nil {
		s.apiServerError(w, r, err)
		return
	}
	out := apiSearchResult{People: []apiPersonFound{}, More: v.More}
	for _, p := range v.Results {
		out.People = append(out.People, apiPersonFound{PersonID: p.PersonID, Records: apiRecords(p.Records)})
	}
	writeJSON(w, http.StatusOK, out)
}

// findByID is an analyst's search: the person a record or person id is, if any.
func (s *Server) findByID(r *http.Request, v *searchView) error {
	person, err := s.cfg.Store.PersonOf(r.Context(), v.Query)
	if err != nil {
		return err
	}
	sc, err := s.scope(r)
	if err != nil {
		return err
	}
	if err := s.fillRecords(r, sc, []personRow{{PersonID: person}}, v); err != nil {
		return err
	}
	if len(v.Results[0].Records) == 0 {
		v.Results = nil
	}
	return nil
}

type apiJourney struct {
	PersonID     string        `json:"person_id"`
	Pseudonymous bool          `json:"pseudonymous"`
	Records      []apiRecord   `json:"records"`
	Timeline     []apiEvent    `json:"timeline"`
	Elsewhere    []apiReferral `json:"referred_elsewhere"`
}

// apiEvent is a step of the journey as the person page shows it.
type apiEvent struct {
	Date    string `json:"date"` // as in a bundle: 2024, 2024-03 or 2024-03-27; "" when not known
	Kind    string `json:"kind"`
	Title   string `json:"title"`
	Detail  string `json:"detail,omitempty"`
	Concern bool   `json:"concern"`
	Record  string `json:"record"`
	RowID   string `json:"row_id,omitempty"` // the referral, support or risk assessment; not for analysts
	Change  string `json:"change_form,omitempty"`
}

// apiReferral is all an organisation is told of another's referral of the person.
type apiReferral struct {
	Date string `json:"date"`
	By   string `json:"by"`
}

// apiPerson is a person's journey, as the person page shows it, within the scope.
func (s *Server) apiPerson(w http.ResponseWriter, r *http.Request) {
	id, recs, ok := s.apiPersonInScope(w, r)
	if !ok {
		return
	}
	sc, err := s.scope(r)
	if err != nil {
		s.apiServerError(w, r, err)
		return
	}
	v, err := s.personView(r, sc, id, recs)
	if err == nil {
		err = s.apiAudit(r, "view person", "person "+id, fmt.Sprintf("%d records", len(recs)))
	}
	if err != nil {
		s.apiServerError(w, r, err)
		return
	}
	out := apiJourney{PersonID: id, Pseudonymous: v.Pseudonymous, Records: apiRecords(v.Records), Timeline: []apiEvent{}, Elsewhere: []apiReferral{}}
	for _, e := range v.Timeline {
		ev := apiEvent{Date: e.Date.String(), Kind: e.Kind, Title: e.Title, Detail: e.Detail, Concern: e.Concern, Record: e.Ref, Change: e.Change}
		if !v.Pseudonymous {
			ev.RowID = e.RowID
		}
		out.Timeline = append(out.Timeline, ev)
	}
	for _, e := range v.Elsewhere {
		out.Elsewhere = append(out.Elsewhere, apiReferral{Date: e.Date.String(), By: e.By})
	}
	writeJSON(w, http.StatusOK, out)
}

// apiPersonInScope reads the person the path names, answering 404 when the user's
// scope reaches none of their records: the same as for a person who does not exist.
func (s *Server) apiPersonInScope(w http.ResponseWriter, r *http.Request) (string, []retrace.PersonRecord, bool) {
	id := chi.URLParam(r, "person")
	sc, err := s.scope(r)
	if err != nil {
		s.apiServerError(w, r, err)
		return "", nil, false
	}
	recs, err := s.cfg.Store.PersonRecords(r.Context(), sc, id)
	if err != nil {
		s.apiServerError(w, r, err)
		return "", nil, false
	}
	if len(recs) == 0 {
		apiNotFound(w, "No such person, or none of their records is yours to read")
		return "", nil, false
	}
	return id, recs, true
}

type apiAlert struct {
	Kind     string `json:"kind"`
	PersonID string `json:"person_id"`
	RecordID string `json:"record_id"` // the organisation's own record
	Date     string `json:"date"`
	By       string `json:"by,omitempty"`    // who referred
	Found    string `json:"found,omitempty"` // when found, after going missing
}

type apiAlerts struct {
	Organisation string         `json:"organisation"`
	Counts       map[string]int `json:"counts"` // of every kind, whatever kind was asked for
	Alerts       []apiAlert     `json:"alerts"` // newest first
}

// apiAlerts lists what the user's organisation should act on, as the alerts page
// does, all at once; ?kind= keeps to one kind.
func (s *Server) apiAlerts(w http.ResponseWriter, r *http.Request) {
	org, kind := userOf(r).Organisation, r.URL.Query().Get("kind")
	if kind != "" && !slices.Contains(casework.AlertKinds, casework.AlertKind(kind)) {
		apiFail(w, http.StatusUnprocessableEntity, "No such kind of alert", apiFieldError{"kind", "Choose one of " + alertKindList()})
		return
	}
	all, err := s.cachedAlerts(r, org)
	if err != nil {
		s.apiServerError(w, r, err)
		return
	}
	out := apiAlerts{Organisation: org, Counts: map[string]int{}, Alerts: []apiAlert{}}
	for _, k := range casework.AlertKinds {
		out.Counts[string(k)] = 0
	}
	for _, a := range all {
		out.Counts[string(a.Kind)]++
		if kind == "" || string(a.Kind) == kind {
			out.Alerts = append(out.Alerts, apiAlert{Kind: string(a.Kind), PersonID: a.PersonID, RecordID: a.RecordID, Date: a.Date.String(), By: a.By, Found: a.Found.String()})
		}
	}
	if err := s.apiAudit(r, "view alerts", "organisation "+org, fmt.Sprintf("%d alerts shown", len(out.Alerts))); err != nil {
		s.apiServerError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

func alertKindList() string {
	var ks []string
	for _, k := range casework.AlertKinds {
		ks = append(ks, string(k))
	}
	return strings.Join(ks, ", ")
}

// apiReport is the figures, as figures.md's JSON: the report page's, by the same
// rules (raw figures for analysts only) and with the same defaults (the last full
// year, every definition, 10-5 disclosure control).
func (s *Server) apiReport(w http.ResponseWriter, r *http.Request) {
	q, _ := s.reportQueryOf(r)
	report, errs, err := s.report(r, q)
	switch {
	case errors.Is(err, errNotAnalyst):
		apiFail(w, http.StatusForbidden, "Raw figures (disclosure none) are for analysts only")
	case err != nil:
		s.apiServerError(w, r, err)
	case len(errs) > 0:
		apiFail(w, http.StatusUnprocessableEntity, "The report cannot be made as asked", apiFieldsOf(nil, errs)...)
	default:
		writeJSON(w, http.StatusOK, report)
	}
}

// apiSaved says what a write stored, and where to read it.
type apiSaved struct {
	PersonID string `json:"person_id"`
	Form     string `json:"form"`
	RecordID string `json:"record_id"`
	ID       string `json:"id,omitempty"` // the row's id, when its kind has one
}

// apiNewPerson stores a new person record of the user's organisation, as the new
// person page does; linkage then looks for the person's other records.
func (s *Server) apiNewPerson(w http.ResponseWriter, r *http.Request) {
	cells, ok := s.apiColumns(w, r, inputColumns(personForm), []string{"record_id", "source"})
	if !ok {
		return
	}
	org := userOf(r).Organisation
	id := newID(org, "P")
	cells["record_id"], cells["source"] = id, org
	if !s.apiImport(w, r, personForm, cells, org) {
		return
	}
	if err := s.apiAudit(r, "record person", "person "+id, personForm.Kind.File); err != nil {
		s.apiServerError(w, r, err)
		return
	}
	s.linker.wake()
	w.Header().Set("Location", "/api/v1/people/"+id)
	writeJSON(w, http.StatusCreated, apiSaved{PersonID: id, Form: personForm.Slug, RecordID: id, ID: id})
}

// apiRecordRow stores a row about a person, as the form pages do: the record and
// the support episode must be the person's and in the user's scope, whatever the
// body says; the row's id and provider are set here.
func (s *Server) apiRecordRow(w http.ResponseWriter, r *http.Request) {
	f := formOf(chi.URLParam(r, "form"))
	if f == nil {
		apiNotFound(w, "No such form: use one of "+formSlugs(func(*formSpec) bool { return true }))
		return
	}
	person, recs, ok := s.apiPersonInScope(w, r)
	if !ok {
		return
	}
	taken := append(inputColumns(f), "record_id")
	if f.Support {
		taken = append(taken, "support_id")
	}
	cells, ok := s.apiColumns(w, r, taken, []string{f.IDColumn, f.Provider})
	if !ok {
		return
	}
	errs, err := s.apiChoices(r, f, recs, cells)
	if err != nil {
		s.apiServerError(w, r, err)
		return
	}
	if len(errs) > 0 {
		apiFail(w, http.StatusUnprocessableEntity, "The row cannot be stored as it is", errs...)
		return
	}
	org := userOf(r).Organisation
	if f.Provider != "" {
		cells[f.Provider] = org
	}
	if f.IDColumn != "" {
		cells[f.IDColumn] = newID(org, f.IDPrefix)
	}
	if !s.apiImport(w, r, f, cells, sourceOf(recs, cells["record_id"])) {
		return
	}
	if err := s.apiAudit(r, "record "+f.Slug, "person "+person, f.Kind.File); err != nil {
		s.apiServerError(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/people/"+person)
	writeJSON(w, http.StatusCreated, apiSaved{PersonID: person, Form: f.Slug, RecordID: cells["record_id"], ID: cells[f.IDColumn]})
}

// apiChoices checks the record and support episode a body chose (the person's first
// record when it chose none), as saveRecordForm and validSupport do. What is not the
// person's in scope is answered the same whether or not it exists elsewhere.
func (s *Server) apiChoices(r *http.Request, f *formSpec, recs []retrace.PersonRecord, cells map[string]string) ([]apiFieldError, error) {
	var errs []apiFieldError
	if cells["record_id"] == "" {
		cells["record_id"] = recs[0].RecordID
	} else if !slices.Contains(recordIDsOf(recs), cells["record_id"]) {
		errs = append(errs, apiFieldError{"record_id", "Not one of this person's records that you can reach"})
	}
	if !f.Support {
		return errs, nil
	}
	chosen := cells["support_id"]
	if chosen == "" {
		if f.SupportRequired {
			errs = append(errs, apiFieldError{"support_id", "Give the support the person went missing from"})
		}
		return errs, nil
	}
	supports, err := s.supportChoices(r.Context(), recs)
	if !slices.ContainsFunc(supports, func(c choice) bool { return c.Value == chosen }) {
		errs = append(errs, apiFieldError{"support_id", "Not one of this person's support episodes that you can reach"})
	}
	return errs, err
}

// apiChangeRow changes a stored row of the person's (a referral's decisions, the end
// of support, a risk assessment), as the change pages do: the columns given replace
// the stored ones; its id, record, support and provider stay as they were.
func (s *Server) apiChangeRow(w http.ResponseWriter, r *http.Request) {
	f := formOf(chi.URLParam(r, "form"))
	if f == nil || f.IDColumn == "" {
		apiNotFound(w, "No form changes rows of that kind: use one of "+formSlugs(func(f *formSpec) bool { return f.IDColumn != "" }))
		return
	}
	person, recs, ok := s.apiPersonInScope(w, r)
	if !ok {
		return
	}
	cells, err := s.storedRow(r, f, recs, chi.URLParam(r, "id"))
	if err != nil {
		s.apiServerError(w, r, err)
		return
	}
	if cells == nil {
		apiNotFound(w, "No such "+f.Slug+" among the person's records that you can read")
		return
	}
	given, ok := s.apiColumns(w, r, inputColumns(f), []string{f.IDColumn, "record_id", "support_id", f.Provider})
	if !ok {
		return
	}
	maps.Copy(cells, given)
	if !s.apiImport(w, r, f, cells, sourceOf(recs, cells["record_id"])) {
		return
	}
	if err := s.apiAudit(r, "change "+f.Slug, "person "+person, f.Kind.File); err != nil {
		s.apiServerError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, apiSaved{PersonID: person, Form: f.Slug, RecordID: cells["record_id"], ID: cells[f.IDColumn]})
}

// storedRow finds a row of the form's kind by its id among the records; nil when
// there is none.
func (s *Server) storedRow(r *http.Request, f *formSpec, recs []retrace.PersonRecord, id string) (map[string]string, error) {
	var cells map[string]string
	err := s.cfg.Store.EachOfRecords(r.Context(), f.Kind, recordIDsOf(recs), func(row []string, _ retrace.Extra) error {
		if row[f.Kind.Index(f.IDColumn)] == id {
			cells = map[string]string{}
			for i, c := range f.Kind.ColumnNames() {
				cells[c] = row[i]
			}
		}
		return nil
	})
	return cells, err
}

// apiImport stores the row through importRow, the forms' one-row bundle, so that it
// meets every rule an imported row meets; its problems are answered as 422.
func (s *Server) apiImport(w http.ResponseWriter, r *http.Request, f *formSpec, cells map[string]string, source string) bool {
	errs, err := s.importRow(r, f, cells, source)
	if err != nil {
		s.apiServerError(w, r, err)
		return false
	}
	if len(errs) > 0 {
		apiFail(w, http.StatusUnprocessableEntity, "The row cannot be stored as it is", apiFieldsOf(f, errs)...)
		return false
	}
	return true
}

// apiFieldsOf names a form's errors by the columns they are about, not the page's
// input ids.
func apiFieldsOf(f *formSpec, errs []fieldError) []apiFieldError {
	out := []apiFieldError{}
	for _, e := range errs {
		field := e.Field
		if f != nil {
			for _, in := range f.Inputs {
				if (inputView{input: in}).FirstID() == e.Field {
					field = in.Column
				}
			}
		}
		out = append(out, apiFieldError{field, e.Message})
	}
	return out
}

func inputColumns(f *formSpec) []string {
	var out []string
	for _, in := range f.Inputs {
		out = append(out, in.Column)
	}
	return out
}

// apiColumns reads a body: one JSON object of bundle columns, each a string, a list
// of codes (kept joined by ";", as in a bundle), true or false, or null (empty).
// Only the taken columns may be given; those retrace sets are refused by name, so
// that a client learns it cannot choose them.
func (s *Server) apiColumns(w http.ResponseWriter, r *http.Request, taken, setHere []string) (map[string]string, bool) {
	var body map[string]json.RawMessage
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, apiBodyLimit))
	if err := dec.Decode(&body); err != nil || body == nil || dec.More() {
		apiFail(w, http.StatusBadRequest, "The body must be one JSON object of bundle columns")
		return nil, false
	}
	cells := map[string]string{}
	var errs []apiFieldError
	for _, col := range slices.Sorted(maps.Keys(body)) {
		cell, ok := cellOf(body[col])
		switch {
		case col != "" && slices.Contains(setHere, col):
			errs = append(errs, apiFieldError{col, "Set by retrace, or kept as stored: leave it out"})
		case !slices.Contains(taken, col):
			errs = append(errs, apiFieldError{col, "Not a column this takes"})
		case !ok:
			errs = append(errs, apiFieldError{col, "Give a string, a list of strings, true or false, or null"})
		default:
			cells[col] = cell
		}
	}
	if len(errs) > 0 {
		apiFail(w, http.StatusUnprocessableEntity, "The body has columns that cannot be taken", errs...)
		return nil, false
	}
	return cells, true
}

func cellOf(raw json.RawMessage) (string, bool) {
	var text string
	if json.Unmarshal(raw, &text) == nil { // null, too, is taken as empty
		return strings.TrimSpace(text), true
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		for i := range list {
			list[i] = strings.TrimSpace(list[i])
		}
		return strings.Join(list, ";"), true
	}
	var yes bool
	if json.Unmarshal(raw, &yes) == nil {
		return strconv.FormatBool(yes), true
	}
	return "", false
}

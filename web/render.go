package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"reflect"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/casework"
	"github.com/retrace-uk/retrace/storage"
)

//go:embed templates
var templateFiles embed.FS

// pages holds each page's template, parsed with the layout.
type pages struct{ byName map[string]*template.Template }

func parsePages() (*pages, error) {
	layout, err := template.New("layout").Funcs(funcs).ParseFS(templateFiles, "templates/layout/*.html")
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(templateFiles, "templates/*.html")
	if err != nil {
		return nil, err
	}
	p := &pages{byName: map[string]*template.Template{}}
	for _, n := range names {
		t, err := template.Must(layout.Clone()).ParseFS(templateFiles, n)
		if err != nil {
			return nil, err
		}
		p.byName[strings.TrimSuffix(path.Base(n), ".html")] = t
	}
	return p, nil
}

// view is what every page's template gets: the page's own data, and what the
// layout needs.
type view struct {
	Title string
	User  storage.User
	CSRF  string
	Nav   string // the route of the navigation item to mark current
	Data  any
}

// fieldError is one problem with a form field, for the GOV.UK error summary.
type fieldError struct{ Field, Message string }

func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) {
	t, ok := s.pages.byName[name]
	if !ok {
		s.serverError(w, r, fmt.Errorf("no page template %q", name))
		return
	}
	v := view{Title: title, User: userOf(r), CSRF: sessionOf(r).CSRFToken, Nav: navOf(r), Data: data}
	var b bytes.Buffer
	if err := t.ExecuteTemplate(&b, "layout", v); err != nil {
		s.serverError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

func navOf(r *http.Request) string {
	if rc := chi.RouteContext(r.Context()); rc != nil {
		if p := rc.RoutePattern(); p != "" {
			return "/" + strings.SplitN(strings.TrimPrefix(p, "/"), "/", 2)[0]
		}
	}
	return r.URL.Path
}

type messageView struct{ Heading, Message string }

func (s *Server) forbidden(w http.ResponseWriter, r *http.Request, msg string) {
	s.render(w, r, http.StatusForbidden, "message", "Not allowed", messageView{"You cannot do that", msg})
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusNotFound, "message", "Page not found", messageView{"Page not found",
		"There is no such page, or it holds records your organisation did not send. If you typed the address, check it is right."})
}

// serverError logs what went wrong (errors here carry no personal data: they come
// from the store and the templates) and tells the user no more than that.
func (s *Server) serverError(w http.ResponseWriter, r *http.Request, err error) {
	route := ""
	if rc := chi.RouteContext(r.Context()); rc != nil {
		route = rc.RoutePattern()
	}
	s.cfg.Log.Error("request failed", "route", route, "err", err)
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusInternalServerError)
	w.Write([]byte("Sorry, something went wrong. It has been logged; try again later.\n"))
}

var funcs = template.FuncMap{
	"label":      casework.Label,
	"option":     func(code string) string { return upperFirst(casework.Label(code)) },
	"date":       showDate,
	"errorFor":   errorFor,
	"roleName":   func(role string) string { return strings.ReplaceAll(role, "_", " ") },
	"errorsOf":   errorsOf,
	"navItems":   navItems,
	"field":      fieldOf,
	"pathEscape": url.PathEscape,
	"hint":       func(h string, f formField) formField { f.Hint = h; return f },
	"value":      func(v string, f formField) formField { f.Value = v; return f },
	"type":       func(t string, f formField) formField { f.Type = t; return f },
	"width":      func(w string, f formField) formField { f.Width = w; return f },
	"auto":       func(a string, f formField) formField { f.Autocomplete = a; return f },
	"withError":  func(e string, f formField) formField { f.Error = e; return f },
	"choicesOf":  choicesOf,
	"percent":    func(p float64) string { return fmt.Sprintf("%.0f%%", 100*p) },
	"signed":     func(x float64) string { return fmt.Sprintf("%+.2f", x) },
}

// choicesOf are a radio question's answers: its codes, or yes and no; and "not known",
// so that an answer can be taken back.
func choicesOf(in inputView) []choice {
	var out []choice
	if in.Type == "yesno" {
		out = []choice{{"true", "Yes"}, {"false", "No"}}
	} else {
		for _, c := range in.Codes {
			out = append(out, choice{c, upperFirst(casework.Label(c))})
		}
	}
	return append(out, choice{"", "Not known"})
}

// formField is what the "field" template needs to draw a text input with its label,
// hint and error. A page makes one with field and sets the rest in a pipeline:
// (field "from" "First day" .Errors | hint "For example 2025-01-01" | value .From).
type formField struct{ ID, Label, Type, Value, Hint, Error, Width, Autocomplete string }

func fieldOf(id, label string, errs []fieldError) formField {
	return formField{ID: id, Label: label, Type: "text", Error: errorFor(errs, id), Width: "govuk-!-width-two-thirds"}
}

// errorsOf says whether a page's data has form errors, for the title's "Error:".
func errorsOf(data any) bool {
	v := reflect.Indirect(reflect.ValueOf(data))
	if v.Kind() != reflect.Struct {
		return false
	}
	f := v.FieldByName("Errors")
	return f.IsValid() && f.Kind() == reflect.Slice && f.Len() > 0
}

type navItem struct{ Href, Match, Text string }

// navItems are the menu of a user's role.
func navItems(u storage.User) []navItem {
	find := navItem{"/people", "/people", "Find a person"}
	alerts := navItem{"/alerts", "/alerts", "Alerts"}
	audit := navItem{"/audit", "/audit", "Audit log"}
	account := navItem{"/account/password", "/account", "Your account"}
	report := navItem{"/report", "/report", "Figures"}
	review := navItem{"/review", "/review", "Possible same people"}
	users := navItem{"/users", "/users", "Users"}
	switch u.Role {
	case storage.RoleSupportWorker:
		return []navItem{find, alerts, review, report, account}
	case storage.RoleOrganisationAdmin:
		return []navItem{find, alerts, review, report, {"/import", "/import", "Import"}, users, audit, account}
	case storage.RoleAnalyst:
		return []navItem{find, review, report, account}
	case storage.RoleSystemAdmin:
		return []navItem{report, users, audit, account}
	}
	return []navItem{account}
}

// showDate writes a partial date as people read it: 14 March 2024, March 2024, 2024.
func showDate(d retrace.PartialDate) string {
	switch d.Precision() {
	case retrace.Day:
		return d.Earliest().Format("2 January 2006")
	case retrace.Month:
		return d.Earliest().Format("January 2006")
	case retrace.Year:
		return d.Earliest().Format("2006")
	}
	return "date not known"
}

func errorFor(errs []fieldError, field string) string {
	for _, e := range errs {
		if e.Field == field {
			return e.Message
		}
	}
	return ""
}

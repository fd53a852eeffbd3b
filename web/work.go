package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundle"
	"github.com/retrace-uk/retrace/casework"
	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/storage"
)

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "home", "Home", nil)
}

// alertsPerPage is how many alerts a page lists.
const alertsPerPage = 50

type alertsView struct {
	Kind     string
	Kinds    []kindCount
	Alerts   []casework.Alert
	Page     int
	Pages    int
	Total    int
	PrevLink string
	NextLink string
}

type kindCount struct {
	Kind    casework.AlertKind
	Count   int
	Current bool
}

// alerts lists what the user's organisation should act on about people it supported.
func (s *Server) alerts(w http.ResponseWriter, r *http.Request) {
	org := userOf(r).Organisation
	all, err := s.cachedAlerts(r, org)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	v := alertsView{Kind: r.URL.Query().Get("kind")}
	counts := map[casework.AlertKind]int{}
	var shown []casework.Alert
	for _, a := range all {
		counts[a.Kind]++
		if v.Kind == "" || string(a.Kind) == v.Kind {
			shown = append(shown, a)
		}
	}
	for _, k := range casework.AlertKinds {
		v.Kinds = append(v.Kinds, kindCount{k, counts[k], string(k) == v.Kind})
	}
	v.Total = len(shown)
	v.Pages = max(1, (len(shown)+alertsPerPage-1)/alertsPerPage)
	v.Page = min(max(1, atoi(r.URL.Query().Get("page"))), v.Pages)
	v.Alerts = shown[(v.Page-1)*alertsPerPage : min(len(shown), v.Page*alertsPerPage)]
	if v.Page > 1 {
		v.PrevLink = alertsLink(v.Kind, v.Page-1)
	}
	if v.Page < v.Pages {
		v.NextLink = alertsLink(v.Kind, v.Page+1)
	}
	if err := s.record(r.Context(), r, "view alerts", "organisation "+org, fmt.Sprintf("%d alerts shown", len(v.Alerts))); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "alerts", "Alerts", v)
}

func alertsLink(kind string, page int) string {
	q := url.Values{"page": {strconv.Itoa(page)}}
	if kind != "" {
		q.Set("kind", kind)
	}
	return "/alerts?" + q.Encode()
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// alertsOf reads the organisation's records' journeys, each record on its own, and
// the referrals of the same people elsewhere, and gives their alerts, newest first.
func (s *Server) alertsOf(ctx context.Context, org string) ([]casework.Alert, error) {
	sc := storage.Scope{Organisation: org}
	journeys := map[string]*definitions.Journey{}
	// Alerts read referrals, support, going missing and risk assessments; a record
	// with none of them has no alert, and milestones (the largest table) are not read.
	for _, k := range []*bundle.Kind{bundle.Referrals, bundle.Support, bundle.Missing, bundle.RiskAssessments} {
		err := s.cfg.Store.EachInScope(ctx, sc, k, func(person string, cells []string, extra retrace.Extra) error {
			record := cells[k.Index("record_id")]
			j := journeys[record]
			if j == nil {
				j = &definitions.Journey{PersonID: person, Records: []string{record}}
				journeys[record] = j
			}
			row, _ := k.Value(cells, extra)
			j.Add(row)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	others, err := s.cfg.Store.ReferralsElsewhere(ctx, org, "")
	if err != nil {
		return nil, err
	}
	elsewhere := map[string][]casework.Elsewhere{}
	for _, e := range others {
		if d, err := retrace.ParseDate(e.Date); err == nil {
			elsewhere[e.RecordID] = append(elsewhere[e.RecordID], casework.Elsewhere{Date: d, By: e.By})
		}
	}
	var out []casework.Alert
	asOf := s.cfg.Now().UTC()
	for _, j := range journeys {
		out = append(out, casework.Alerts(j, elsewhere[j.Records[0]], asOf)...)
	}
	casework.Newest(out)
	return out, nil
}

type auditView struct {
	Since  string
	Events []storage.AuditEvent
	Errors []fieldError
}

// auditPage shows the audit log: all of it to a system admin, an organisation admin
// the events of their own organisation's users.
func (s *Server) auditPage(w http.ResponseWriter, r *http.Request) {
	u := userOf(r)
	v := auditView{Since: r.URL.Query().Get("since")}
	since := s.cfg.Now().AddDate(0, 0, -7)
	if v.Since != "" {
		t, err := time.Parse("2006-01-02", v.Since)
		if err != nil {
			v.Errors = []fieldError{{"since", "Enter a date as YYYY-MM-DD, for example 2026-11-01"}}
			s.render(w, r, http.StatusUnprocessableEntity, "audit", "Audit log", v)
			return
		}
		since = t
	}
	events, err := s.cfg.Store.AuditLog(r.Context(), since)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if u.Role == storage.RoleOrganisationAdmin {
		events, err = s.ofOrganisation(r, events, u.Organisation)
		if err != nil {
			s.serverError(w, r, err)
			return
		}
	}
	slices.Reverse(events)
	v.Events = events
	s.render(w, r, http.StatusOK, "audit", "Audit log", v)
}

func (s *Server) ofOrganisation(r *http.Request, events []storage.AuditEvent, org string) ([]storage.AuditEvent, error) {
	users, err := s.cfg.Store.ListUsers(r.Context())
	if err != nil {
		return nil, err
	}
	ours := map[string]bool{}
	for _, u := range users {
		if u.Organisation == org {
			ours["web:"+u.Name] = true
		}
	}
	var out []storage.AuditEvent
	for _, e := range events {
		if ours[e.Actor] {
			out = append(out, e)
		}
	}
	return out, nil
}

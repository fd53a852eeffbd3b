package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"sync"
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/disclosure"
	"github.com/retrace-uk/retrace/figures"
	"github.com/retrace-uk/retrace/journeys"
	"github.com/retrace-uk/retrace/storage"
)

// reportQuery is what a report is asked for, as the form sends it.
type reportQuery struct {
	From, To, Definition, Disclosure string
}

func (q reportQuery) values() url.Values {
	return url.Values{"from": {q.From}, "to": {q.To}, "definition": {q.Definition}, "disclosure": {q.Disclosure}}
}

// Link is the query string of the report's pages and downloads.
func (q reportQuery) Link() string { return q.values().Encode() }

// Headline are the tables the page shows; the release and downloads have them all.
func (v reportView) Headline() []figures.Table {
	var out []figures.Table
	for _, t := range v.Report.Tables() {
		switch t.Name {
		case "figures", "risk_recorded", "re_trafficking", "data_quality":
			out = append(out, t)
		}
	}
	return out
}

type reportView struct {
	Query       reportQuery
	Definitions []definitions.Definition
	Analyst     bool
	Asked       bool
	Report      *figures.Report
	Errors      []fieldError
}

// reports keeps the latest reports built, by data version and query: a report is
// read, then downloaded in other formats, and building it reads every journey.
type reports struct {
	mu      sync.Mutex
	version string
	byQuery map[reportQuery]figures.Report
}

func (rs *reports) get(version string, q reportQuery) (figures.Report, bool) {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	r, ok := rs.byQuery[q]
	return r, ok && rs.version == version
}

func (rs *reports) put(version string, q reportQuery, r figures.Report) {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	if rs.version != version || len(rs.byQuery) >= 32 {
		rs.version, rs.byQuery = version, map[reportQuery]figures.Report{}
	}
	rs.byQuery[q] = r
}

// reportPage asks for a period, definition and disclosure, and shows the headline
// figures with links to the full release and the downloads.
func (s *Server) reportPage(w http.ResponseWriter, r *http.Request) {
	v := reportView{Definitions: s.cfg.Definitions, Analyst: userOf(r).Role == storage.RoleAnalyst}
	v.Query, v.Asked = s.reportQueryOf(r)
	if !v.Asked {
		s.render(w, r, http.StatusOK, "report", "Figures", v)
		return
	}
	report, errs, ok := s.reportOr(w, r, v.Query)
	if !ok {
		return
	}
	status := http.StatusOK
	if v.Errors = errs; len(errs) > 0 {
		status = http.StatusUnprocessableEntity
	} else {
		v.Report = &report
	}
	s.render(w, r, status, "report", "Figures", v)
}

// reportQueryOf reads the form; without one, the last full year of the data.
func (s *Server) reportQueryOf(r *http.Request) (reportQuery, bool) {
	q := r.URL.Query()
	rq := reportQuery{From: q.Get("from"), To: q.Get("to"), Definition: q.Get("definition"), Disclosure: q.Get("disclosure")}
	if rq.Definition == "" {
		rq.Definition = "all"
	}
	if rq.Disclosure == "" {
		rq.Disclosure = string(disclosure.TenFive)
	}
	asked := q.Has("from") || q.Has("to")
	if !asked {
		year := s.cfg.Now().Year() - 1
		rq.From, rq.To = fmt.Sprintf("%d-01-01", year), fmt.Sprintf("%d-12-31", year)
	}
	return rq, asked
}

var errNotAnalyst = errors.New("raw figures are for analysts")

// reportOr is report, answering the request itself when it is refused or fails.
func (s *Server) reportOr(w http.ResponseWriter, r *http.Request, q reportQuery) (figures.Report, []fieldError, bool) {
	report, errs, err := s.report(r, q)
	switch {
	case errors.Is(err, errNotAnalyst):
		s.forbidden(w, r, "Raw figures (no disclosure control) are for analysts only.")
		return report, nil, false
	case err != nil:
		s.serverError(w, r, err)
		return report, nil, false
	}
	return report, errs, true
}

// report builds (or finds) the report asked for, and puts its reading in the audit
// log. Form errors come back as field errors.
func (s *Server) report(r *http.Request, q reportQuery) (figures.Report, []fieldError, error) {
	opt, errs := s.reportOptions(q)
	if len(errs) > 0 {
		return figures.Report{}, errs, nil
	}
	if opt.Rule == disclosure.None && userOf(r).Role != storage.RoleAnalyst {
		return figures.Report{}, nil, errNotAnalyst
	}
	ctx := r.Context()
	version, err := s.cfg.Store.DataVersion(ctx)
	if err != nil {
		return figures.Report{}, nil, err
	}
	if err := s.record(ctx, r, "report", "all linked people", fmt.Sprintf("period %s to %s, disclosure %s, definition %s (web)", q.From, q.To, q.Disclosure, q.Definition)); err != nil {
		return figures.Report{}, nil, err
	}
	if report, ok := s.reports.get(version, q); ok {
		return report, nil, nil
	}
	js, quality, err := journeys.Load(ctx, s.cfg.Store, true, nil, func(err error) { s.cfg.Log.Warn("report", "err", err) })
	if err != nil {
		return figures.Report{}, []fieldError{{"from", upperFirst(err.Error())}}, nil
	}
	end, ok := figures.LatestDate(js)
	if !ok {
		return figures.Report{}, []fieldError{{"from", "The data hold no dates to report on"}}, nil
	}
	opt.ObservationEnd, opt.Quality = end, quality
	report := figures.Build(js, opt)
	s.reports.put(version, q, report)
	return report, nil, nil
}

func (s *Server) reportOptions(q reportQuery) (figures.Options, []fieldError) {
	var errs []fieldError
	day := func(field, value, name string) time.Time {
		d, err := retrace.ParseDate(value)
		if err != nil || d.Precision() != retrace.Day {
			errs = append(errs, fieldError{field, "Enter the " + name + " as a date, for example 2025-01-31"})
			return time.Time{}
		}
		return d.Earliest()
	}
	from, to := day("from", q.From, "first day"), day("to", q.To, "last day")
	rule, err := disclosure.ParseRule(q.Disclosure)
	if err != nil {
		errs = append(errs, fieldError{"disclosure", "Choose 10-5 or none"})
	}
	if len(errs) > 0 {
		return figures.Options{}, errs
	}
	opt, err := figures.OptionsFor(from, to, s.cfg.Definitions, q.Definition, rule)
	if err != nil {
		field := "definition"
		if to.Before(from) {
			field = "to"
		}
		return opt, []fieldError{{field, upperFirst(err.Error())}}
	}
	return opt, nil
}

// reportRelease is the full release: the same self-contained page the command line
// writes. It has no script; its one inline style sheet is allowed by its hash.
func (s *Server) reportRelease(w http.ResponseWriter, r *http.Request) {
	s.reportFile(w, r, "html")
}

// reportDownload sends the report as a spreadsheet, JSON or a zip of CSV files.
func (s *Server) reportDownload(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	switch format {
	case "xlsx", "json", "csv":
		s.reportFile(w, r, format)
	default:
		s.notFound(w, r)
	}
}

func (s *Server) reportFile(w http.ResponseWriter, r *http.Request, format string) {
	q, _ := s.reportQueryOf(r)
	report, errs, ok := s.reportOr(w, r, q)
	if !ok {
		return
	}
	if len(errs) > 0 {
		http.Redirect(w, r, "/report?"+q.Link(), http.StatusSeeOther)
		return
	}
	var err error
	name := fmt.Sprintf("retrace-figures-%s-to-%s", q.From, q.To)
	switch format {
	case "html":
		s.writeRelease(w, r, report)
	case "xlsx":
		attach(w, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name+".xlsx")
		err = report.WriteXLSXTo(w)
	case "csv":
		attach(w, "application/zip", name+"-csv.zip")
		err = report.WriteCSVZip(w)
	case "json":
		attach(w, "application/json", name+".json")
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		err = enc.Encode(report)
	}
	if err != nil {
		s.cfg.Log.Error("report download", "format", format, "err", err)
	}
}

func attach(w http.ResponseWriter, contentType, filename string) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", filename))
}

var styleSheet = regexp.MustCompile(`(?s)<style>(.*?)</style>`)

func (s *Server) writeRelease(w http.ResponseWriter, r *http.Request, report figures.Report) {
	var b bytes.Buffer
	if err := report.WriteHTML(&b, s.cfg.Definitions); err != nil {
		s.serverError(w, r, err)
		return
	}
	policy := "default-src 'none'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
	for _, m := range styleSheet.FindAllSubmatch(b.Bytes(), -1) {
		sum := sha256.Sum256(m[1])
		policy += "; style-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
		break // the page has one style sheet; a second would be refused
	}
	w.Header().Set("Content-Security-Policy", policy)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(b.Bytes())
}

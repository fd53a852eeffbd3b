package web_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"html"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundle"
	"github.com/retrace-uk/retrace/bundleio"
	"github.com/retrace-uk/retrace/linkage"
	"github.com/retrace-uk/retrace/linkdb"
	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/storage/storetest"
	"github.com/retrace-uk/retrace/web"
)

// The test world: the fixture bundle, with Selam Tesfai's ORG01 and ORG03 records
// linked as P-SELAM, Duc Trinh's ORG02 and ORG04 records as P-DUC, and every other
// record a person of its own; and a user of each role.
var users = map[string]storage.User{
	"ada": {Name: "ada", Role: storage.RoleSystemAdmin},
	"olu": {Name: "olu", Role: storage.RoleOrganisationAdmin, Organisation: "ORG01"},
	"sam": {Name: "sam", Role: storage.RoleSupportWorker, Organisation: "ORG01"},
	"tia": {Name: "tia", Role: storage.RoleSupportWorker, Organisation: "ORG02"},
	"bea": {Name: "bea", Role: storage.RoleAnalyst},
}

const password = "correct horse battery"

// today is the test clock's day.
var today = time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)

type world struct {
	t       *testing.T
	store   storage.Store
	handler http.Handler
	log     *bytes.Buffer
	logMu   *sync.Mutex
}

func newWorld(t *testing.T) *world {
	t.Helper()
	ctx := context.Background()
	store, err := storage.Open(ctx, filepath.Join(t.TempDir(), "retrace.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	if _, err := bundleio.Import(ctx, store, storetest.FixtureDir(), bundleio.Options{Actor: "test"}); err != nil {
		t.Fatal(err)
	}
	run := storage.LinkRun{Actor: "test", Mode: "full", Records: 13, Pairs: 2, People: 11, Model: "{}", Links: []storage.PersonLink{
		{RecordID: "ORG01-000003", PersonID: "P-SELAM"}, {RecordID: "ORG03-000001", PersonID: "P-SELAM"},
		{RecordID: "ORG02-000001", PersonID: "P-DUC"}, {RecordID: "ORG04-000003", PersonID: "P-DUC"},
	}}
	for _, r := range []string{"ORG01-000001", "ORG01-000002", "ORG01-000004", "ORG02-000002", "ORG02-000003", "ORG03-000002", "ORG03-000003", "ORG04-000001", "ORG04-000002"} {
		run.Links = append(run.Links, storage.PersonLink{RecordID: r, PersonID: r}) // each the only record of its person
	}
	if _, err := store.SaveLinkRun(ctx, run); err != nil {
		t.Fatal(err)
	}
	hash, err := web.HashPassword(password)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"ada", "olu", "sam", "tia", "bea"} {
		by := "ada"
		if name == "ada" {
			by = "os:test"
		}
		if err := store.AddUser(ctx, by, users[name]); err != nil {
			t.Fatal(err)
		}
		if err := store.SetPassword(ctx, "ada", name, hash, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	w := &world{t: t, store: store, log: &bytes.Buffer{}, logMu: &sync.Mutex{}}
	t.Cleanup(func() {
		if t.Failed() {
			w.logMu.Lock()
			t.Logf("the app's log:\n%s", w.log)
			w.logMu.Unlock()
		}
	})
	logger := slog.New(slog.NewTextHandler(lockedWriter{w.log, w.logMu}, nil))
	srv, err := web.New(web.Config{Store: store, Log: logger, Now: func() time.Time { return today }})
	if err != nil {
		t.Fatal(err)
	}
	w.handler = srv.Handler()
	return w
}

type lockedWriter struct {
	w  io.Writer
	mu *sync.Mutex
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// client is a browser: it keeps its cookies (the test server is plain HTTP, so a
// jar would not send the Secure ones back) and the page's CSRF token.
type client struct {
	w       *world
	cookies map[string]string
	csrf    string
}

type response struct {
	status int
	header http.Header
	body   string
}

func (w *world) client() *client { return &client{w: w, cookies: map[string]string{}} }

func (c *client) do(method, target string, form url.Values) response {
	c.w.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req := httptest.NewRequest(method, target, body)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for k, v := range c.cookies {
		req.AddCookie(&http.Cookie{Name: k, Value: v})
	}
	rec := httptest.NewRecorder()
	c.w.handler.ServeHTTP(rec, req)
	for _, ck := range rec.Result().Cookies() {
		if ck.MaxAge < 0 {
			delete(c.cookies, ck.Name)
		} else {
			c.cookies[ck.Name] = ck.Value
		}
	}
	if m := csrfInput.FindStringSubmatch(rec.Body.String()); m != nil {
		c.csrf = m[1]
	}
	return response{rec.Code, rec.Header(), rec.Body.String()}
}

var csrfInput = regexp.MustCompile(`name="csrf_token" value="([^"]+)"`)

func (c *client) get(target string) response { return c.do(http.MethodGet, target, nil) }

// via is the same browser talking to another server (one restarted on the same
// database).
func (c *client) via(h http.Handler) *client {
	w := *c.w
	w.handler = h
	return &client{w: &w, cookies: c.cookies, csrf: c.csrf}
}

// post sends a form with the page's CSRF token.
func (c *client) post(target string, form url.Values) response {
	form.Set("csrf_token", c.csrf)
	return c.do(http.MethodPost, target, form)
}

func (w *world) signedIn(name string) *client {
	w.t.Helper()
	c := w.client()
	c.get("/login")
	if r := c.post("/login", url.Values{"name": {name}, "password": {password}}); r.status != http.StatusSeeOther || r.header.Get("Location") != "/" {
		w.t.Fatalf("%s signing in: %d %s", name, r.status, r.body)
	}
	c.get("/")
	return c
}

// text is a page's visible text, tags dropped and entities decoded, spaces collapsed.
func text(page string) string {
	page = regexp.MustCompile(`(?s)<(script|style|head)[^>]*>.*?</(script|style|head)>`).ReplaceAllString(page, " ")
	page = regexp.MustCompile(`<[^>]+>`).ReplaceAllString(page, " ")
	return strings.Join(strings.Fields(html.UnescapeString(page)), " ")
}

// Every route answers each role as its role allows: the pages a role may use, and
// "forbidden" or "not found" for the rest; a stranger is sent to sign in.
func TestRoutesByRole(t *testing.T) {
	w := newWorld(t)
	const ok, forbidden, notFound, toLogin = 200, 403, 404, 303
	routes := []string{"/", "/people", "/people?q=Selam", "/people/P-SELAM", "/people/P-DUC", "/people/ORG01-000001", "/alerts", "/audit", "/account/password", "/report", "/report?from=2025-01-01&to=2025-12-31&disclosure=none",
		"/review", "/people/new", "/people/P-SELAM/record/referral", "/people/P-SELAM/change/referral/R0004"}
	want := map[string][]int{
		"":    {toLogin, toLogin, toLogin, toLogin, toLogin, toLogin, toLogin, toLogin, toLogin, toLogin, toLogin, toLogin, toLogin, toLogin, toLogin},
		"sam": {ok, ok, ok, ok, notFound, ok, ok, forbidden, ok, ok, forbidden, ok, ok, ok, ok},
		"olu": {ok, ok, ok, ok, notFound, ok, ok, ok, ok, ok, forbidden, ok, ok, ok, ok},
		"tia": {ok, ok, ok, notFound, ok, notFound, ok, forbidden, ok, ok, forbidden, ok, ok, notFound, notFound},
		"bea": {ok, ok, ok, ok, ok, ok, forbidden, forbidden, ok, ok, ok, ok, forbidden, forbidden, forbidden},
		"ada": {ok, forbidden, forbidden, forbidden, forbidden, forbidden, forbidden, ok, ok, ok, forbidden, forbidden, forbidden, forbidden, forbidden},
	}
	routes = append(routes, "/users", "/import")
	for who, also := range map[string][]int{"": {toLogin, toLogin}, "sam": {forbidden, forbidden}, "olu": {ok, ok}, "tia": {forbidden, forbidden}, "bea": {forbidden, forbidden}, "ada": {ok, forbidden}} {
		want[who] = append(want[who], also...)
	}
	for who, statuses := range want {
		c := w.client()
		if who != "" {
			c = w.signedIn(who)
		}
		for i, route := range routes {
			if got := c.get(route).status; got != statuses[i] {
				t.Errorf("%q GET %s: %d, want %d", who, route, got, statuses[i])
			}
		}
	}
}

// A support worker's page of a person shows only their organisation's record, and
// of the other organisation's only when and by whom the person was referred there.
func TestPersonPageKeepsToOrganisation(t *testing.T) {
	w := newWorld(t)
	page := text(w.signedIn("sam").get("/people/P-SELAM").body)
	for _, want := range []string{"Selam Tesfai", "also known as", "Selamawit", "T12O4567", "Referred by NGO07 on 20 October 2020",
		"Support began", "Support ended: transferred", "2 October 2020"} {
		if !strings.Contains(page, want) && !(want == "also known as" && strings.Contains(page, "Also known as")) {
			t.Errorf("sam's page of P-SELAM lacks %q:\n%s", want, page)
		}
	}
	// ORG03's record: its name in Ge'ez script, its reference, its referral's reference.
	for _, secret := range []string{"ሰላም", "Selam Tesfay", "T1204567", "ORG03-000001", "R0005", "withdrawn", "ngo other"} {
		if strings.Contains(page, secret) {
			t.Errorf("sam's page of P-SELAM shows ORG03's %q", secret)
		}
	}
}

// An analyst sees every organisation's records of a person, without names, dates of
// birth or references.
func TestAnalystSeesPseudonymisedJourneys(t *testing.T) {
	w := newWorld(t)
	page := text(w.signedIn("bea").get("/people/P-SELAM").body)
	for _, want := range []string{"Person P-SELAM", "Record 1, from ORG01", "Record 2, from ORG03", "born 1998", "Reasonable grounds decision: withdrawn"} {
		if !strings.Contains(page, want) {
			t.Errorf("bea's page lacks %q:\n%s", want, page)
		}
	}
	for _, secret := range []string{"Selam", "Tesfai", "ሰላም", "T12O4567", "T1204567", "ORG01-000003", "ORG03-000001", "1998-01-01", "1 January 1998"} {
		if strings.Contains(page, secret) {
			t.Errorf("bea's page shows %q", secret)
		}
	}
	if r := w.signedIn("bea").get("/people?q=ORG03-000001"); r.status != http.StatusSeeOther || r.header.Get("Location") != "/people/P-SELAM" {
		t.Errorf("an analyst's search by record id: %d to %q", r.status, r.header.Get("Location"))
	}
	if page := text(w.signedIn("bea").get("/people?q=Selam").body); !strings.Contains(page, "No one found") {
		t.Errorf("an analyst's search by name found someone:\n%s", page)
	}
}

// Search finds a name however it is spelled or written, within the organisation.
func TestSearchIsTolerantAndScoped(t *testing.T) {
	w := newWorld(t)
	sam, tia := w.signedIn("sam"), w.signedIn("tia")
	for _, c := range []struct {
		who  *client
		q    string
		want string // a person's link, or "" for no one
	}{
		{sam, "Selam Tesfay", "/people/P-SELAM"},      // spelling ORG03 used, finding ORG01's Tesfai
		{sam, "ermira celaj", "/people/ORG01-000001"}, // no diacritics
		{sam, "Zaneta Kolodziejczak", "/people/ORG01-000002"},
		{tia, "سلمى الحداد", "/people/ORG02-000002"},  // Arabic script
		{tia, "Salma Haddad", "/people/ORG02-000002"}, // an alias
		{tia, "Trinh Duc", "/people/P-DUC"},           // order swapped
		{tia, "Selam Tesfai", ""},                     // another organisation's person
		{sam, "Trinh", ""},
	} {
		body := c.who.get("/people?q=" + url.QueryEscape(c.q)).body
		if c.want == "" {
			if !strings.Contains(text(body), "No one found") {
				t.Errorf("search %q found someone:\n%s", c.q, text(body))
			}
			continue
		}
		if !strings.Contains(body, `href="`+c.want+`"`) {
			t.Errorf("search %q did not find %s:\n%s", c.q, c.want, text(body))
		}
	}
}

// Alerts for ORG01 as of 27 November 2026, worked out by hand from the fixture:
// re-referrals after support began (its own R0002, and Selam's referral by NGO07 on
// ORG03's record), and support episodes with no risk assessment within 30 days of
// beginning or before ending.
func TestAlertsForOrganisation(t *testing.T) {
	w := newWorld(t)
	page := text(w.signedIn("sam").get("/alerts").body)
	rows := []string{
		"13 August 2024 No re-trafficking risk assessment within 30 days of support beginning ORG01-000001",
		"5 August 2024 Referred again by ORG01 ORG01-000001",
		"15 December 2023 No re-trafficking risk assessment in the 30 days before support ended ORG01-000001",
		"11 August 2023 No re-trafficking risk assessment in the 30 days before support ended ORG01-000002",
		"1 June 2023 No re-trafficking risk assessment within 30 days of support beginning ORG01-000001",
		"2 May 2021 No re-trafficking risk assessment in the 30 days before support ended ORG01-000003",
		"20 October 2020 Referred again by NGO07 ORG01-000003",
		"10 October 2020 No re-trafficking risk assessment within 30 days of support beginning ORG01-000003",
	}
	if !strings.Contains(page, "8 alerts Date What happened Your record "+strings.Join(rows, " ")) {
		t.Errorf("ORG01's alerts, want in this order:\n%s\ngot:\n%s", strings.Join(rows, "\n"), page)
	}
	missing := text(w.signedIn("tia").get("/alerts?kind=went_missing").body)
	if !strings.Contains(missing, "1 alert Date What happened Your record 28 September 2023 Went missing from support; not recorded as found ORG02-000001") {
		t.Errorf("ORG02's missing alerts:\n%s", missing)
	}
}

// Sign-in: wrong passwords are refused without saying which part was wrong; five
// failures lock the name out for a while, even with the right password.
func TestSignInIsThrottled(t *testing.T) {
	w := newWorld(t)
	c := w.client()
	c.get("/login")
	for i := range 5 {
		r := c.post("/login", url.Values{"name": {"sam"}, "password": {"wrong password " + string(rune('a'+i))}})
		if r.status != http.StatusUnauthorized || !strings.Contains(text(r.body), "The user name or password is not right") {
			t.Fatalf("attempt %d: %d %s", i+1, r.status, text(r.body))
		}
	}
	r := c.post("/login", url.Values{"name": {"sam"}, "password": {password}})
	if r.status != http.StatusTooManyRequests || !strings.Contains(text(r.body), "Too many failed sign-ins") {
		t.Errorf("sixth attempt, right password: %d %s", r.status, text(r.body))
	}
	if r := c.post("/login", url.Values{"name": {"nobody"}, "password": {"x"}}); r.status != http.StatusUnauthorized ||
		!strings.Contains(text(r.body), "The user name or password is not right") {
		t.Errorf("an unknown name: %d %s", r.status, text(r.body))
	}
	w.signedIn("olu") // another name is not locked out
}

// A form without the session's token is refused, and changes nothing.
func TestFormsNeedTheirToken(t *testing.T) {
	w := newWorld(t)
	c := w.signedIn("sam")
	for _, target := range []string{"/logout", "/account/password"} {
		form := url.Values{"current": {password}, "new": {"a brand new password"}, "confirm": {"a brand new password"}}
		if r := c.do(http.MethodPost, target, form); r.status != http.StatusForbidden {
			t.Errorf("POST %s without a token: %d", target, r.status)
		}
	}
	if r := c.get("/people"); r.status != http.StatusOK {
		t.Errorf("still signed in after refused posts? %d", r.status)
	}
	if r := w.client().do(http.MethodPost, "/login", url.Values{"name": {"sam"}, "password": {password}}); r.status != http.StatusForbidden {
		t.Errorf("a sign-in form posted from elsewhere: %d", r.status)
	}
}

// Changing a password checks the current one and the new one's length, signs the
// user out elsewhere and revokes their API tokens.
func TestChangePassword(t *testing.T) {
	w := newWorld(t)
	c, elsewhere := w.signedIn("sam"), w.signedIn("sam")
	token := w.apiToken("sam")
	if r := w.call(token, "GET", "/api/v1/alerts", nil); r.status != http.StatusOK {
		t.Fatalf("sam's token before the change: %d", r.status)
	}
	c.get("/account/password")
	r := c.post("/account/password", url.Values{"current": {"not it"}, "new": {"short"}, "confirm": {"short"}})
	page := text(r.body)
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(page, "There is a problem") ||
		!strings.Contains(page, "Your current password is not right") || !strings.Contains(page, "at least 12 characters") {
		t.Errorf("a bad change: %d %s", r.status, page)
	}
	r = c.post("/account/password", url.Values{"current": {password}, "new": {"a brand new password"}, "confirm": {"a brand new password"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("a good change: %d %s", r.status, text(r.body))
	}
	if r := c.get("/people"); r.status != http.StatusOK {
		t.Errorf("the browser that changed it was signed out: %d", r.status)
	}
	if r := elsewhere.get("/people"); r.status != http.StatusSeeOther {
		t.Errorf("another session of sam's lives on: %d", r.status)
	}
	if r := w.call(token, "GET", "/api/v1/alerts", nil); r.status != http.StatusUnauthorized {
		t.Errorf("sam's API token outlived his new password: %d", r.status)
	}
	if r := c.post("/logout", url.Values{}); r.status != http.StatusSeeOther || c.get("/people").status != http.StatusSeeOther {
		t.Error("signing out did not end the session")
	}
}

// Every view of a person is in the audit log with who and from where; the
// application log names no one.
func TestViewsAreAuditedAndLogsNameNoOne(t *testing.T) {
	w := newWorld(t)
	sam := w.signedIn("sam")
	sam.get("/people?q=" + url.QueryEscape("Selam Tesfai"))
	sam.get("/people/P-SELAM")
	events, err := w.store.AuditLog(context.Background(), today.AddDate(-1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	for _, e := range events {
		if e.Actor == "web:sam" {
			seen = append(seen, e.Action+"|"+e.Subject+"|"+e.Origin)
		}
	}
	want := "sign in|session|192.0.2.1 search|people|192.0.2.1 view person|person P-SELAM|192.0.2.1"
	if strings.Join(seen, " ") != want {
		t.Errorf("sam's audit events %q, want %q", seen, want)
	}
	for _, e := range events {
		if strings.Contains(e.Detail+e.Subject, "Selam") {
			t.Errorf("the audit log holds a name: %+v", e)
		}
	}
	w.logMu.Lock()
	log := w.log.String()
	w.logMu.Unlock()
	for _, secret := range []string{"Selam", "Tesfai", "ORG01-000003", "P-SELAM", "1998"} {
		if strings.Contains(log, secret) {
			t.Errorf("the application log holds %q:\n%s", secret, log)
		}
	}
	if !strings.Contains(log, "route=/people/{person}") {
		t.Errorf("the log does not record requests by route:\n%s", log)
	}
}

// Pages carry the security headers; health and metrics answer without signing in.
func TestHeadersHealthAndMetrics(t *testing.T) {
	w := newWorld(t)
	r := w.client().get("/login")
	for h, want := range map[string]string{
		"Content-Security-Policy": "frame-ancestors 'none'",
		"X-Content-Type-Options":  "nosniff",
		"Cache-Control":           "no-store",
		"Referrer-Policy":         "no-referrer",
	} {
		if !strings.Contains(r.header.Get(h), want) {
			t.Errorf("%s: %q, want it to hold %q", h, r.header.Get(h), want)
		}
	}
	if strings.Contains(r.header.Get("Content-Security-Policy"), "unsafe-inline") || strings.Contains(r.body, "<script") {
		t.Error("the page has, or allows, inline script")
	}
	if h := w.client().get("/healthz"); h.status != 200 || h.body != "ok\n" {
		t.Errorf("healthz: %d %q", h.status, h.body)
	}
	if m := w.client().get("/metrics"); m.status != 200 || !strings.Contains(m.body, `retrace_http_request_duration_seconds_count{method="GET",route="/login",status="200"} 1`) {
		t.Errorf("metrics: %d\n%s", m.status, m.body)
	}
	if css := w.client().get("/assets/retrace.css"); css.status != 200 || strings.Contains(css.body, "GDS Transport") || !strings.Contains(css.body, "govuk-button") {
		t.Errorf("stylesheet: %d, GDS Transport %v", css.status, strings.Contains(css.body, "GDS Transport"))
	}
}

// The figures page shows the headline figures with disclosure control; the release
// and downloads carry the same report; raw figures are an analyst's alone.
func TestReportPages(t *testing.T) {
	w := newWorld(t)
	sam := w.signedIn("sam")
	q := "from=2020-01-01&to=2026-12-31&definition=all&disclosure=10-5"
	page := text(sam.get("/report?" + q).body)
	// The fixture's 16 referrals, all in the period, 2 of them Duty to Notify reports:
	// 14 NRM referrals is rounded to 15; 2 DtN reports are [c]; 13 records are 11 people.
	if !strings.Contains(page, "referrals 15") || !strings.Contains(page, "dtn reports [c]") {
		t.Errorf("headline figures:\n%s", page)
	}
	release := sam.get("/report/release?" + q)
	csp := release.header.Get("Content-Security-Policy")
	if release.status != 200 || !strings.Contains(release.body, "<svg") || !strings.Contains(csp, "style-src 'sha256-") || strings.Contains(csp, "script") && !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("release: %d, CSP %q", release.status, csp)
	}
	for format, kind := range map[string]string{"xlsx": "spreadsheetml", "csv": "application/zip", "json": "application/json"} {
		r := sam.get("/report/download?format=" + format + "&" + q)
		if r.status != 200 || !strings.Contains(r.header.Get("Content-Type"), kind) || !strings.HasPrefix(r.header.Get("Content-Disposition"), "attachment;") {
			t.Errorf("%s download: %d %q %q", format, r.status, r.header.Get("Content-Type"), r.header.Get("Content-Disposition"))
		}
	}
	if body := sam.get("/report/download?format=json&" + q).body; !strings.Contains(body, `"dtn_reports": "[c]"`) {
		t.Errorf("JSON download:\n%.400s", body)
	}
	raw := "from=2020-01-01&to=2026-12-31&definition=all&disclosure=none"
	if r := sam.get("/report?" + raw); r.status != http.StatusForbidden {
		t.Errorf("a support worker's raw figures: %d", r.status)
	}
	if r := sam.get("/report/download?format=json&" + raw); r.status != http.StatusForbidden {
		t.Errorf("a support worker's raw download: %d", r.status)
	}
	bea := text(w.signedIn("bea").get("/report?" + raw).body)
	if !strings.Contains(bea, "referrals 14") || !strings.Contains(bea, "dtn reports 2") || !strings.Contains(bea, "NOT FOR PUBLICATION") ||
		!strings.Contains(bea, "records 13") || !strings.Contains(bea, "unlinked records 0") {
		t.Errorf("an analyst's raw figures:\n%s", bea)
	}
	bad := sam.get("/report?from=2026-01-01&to=2025-01-01")
	if bad.status != http.StatusUnprocessableEntity || !strings.Contains(text(bad.body), "ends (2025-01-01) before it begins") {
		t.Errorf("a period backwards: %d %s", bad.status, text(bad.body))
	}
}

// post sends a form to a page, with the CSRF token of that page.
func (c *client) submit(page string, form url.Values) response {
	c.w.t.Helper()
	if r := c.get(page); r.status != http.StatusOK {
		c.w.t.Fatalf("GET %s: %d", page, r.status)
	}
	return c.post(page, form)
}

func date(col, day, month, year string) url.Values {
	return url.Values{col + "-day": {day}, col + "-month": {month}, col + "-year": {year}}
}

func merge(vs ...url.Values) url.Values {
	out := url.Values{}
	for _, v := range vs {
		for k, x := range v {
			out[k] = x
		}
	}
	return out
}

// A support worker records a referral of someone their organisation supported: it is
// on the person's journey and raises the re-referral alert.
func TestRecordAReferral(t *testing.T) {
	w := newWorld(t)
	sam := w.signedIn("sam")
	form := merge(date("referral_date", "1", "10", "2026"), url.Values{"route": {"nrm"}, "first_responder": {"POL09"},
		"first_responder_type": {"police"}, "exploitation_types": {"labour", "criminal"}, "county_lines": {"false"}})
	r := sam.submit("/people/P-SELAM/record/referral", form)
	if r.status != http.StatusSeeOther || r.header.Get("Location") != "/people/P-SELAM?saved=referral" {
		t.Fatalf("saving: %d %s", r.status, text(r.body))
	}
	page := text(sam.get("/people/P-SELAM?saved=referral").body)
	if !strings.Contains(page, "Saved.") || !strings.Contains(page, "NRM referral 1 October 2026 by POL09 (police); exploitation: labour, criminal") {
		t.Errorf("the person page after saving:\n%s", page)
	}
	alerts := text(sam.get("/alerts?kind=referred_again").body)
	if !strings.Contains(alerts, "1 October 2026 Referred again by POL09 ORG01-000003") {
		t.Errorf("no alert for the new referral:\n%s", alerts)
	}
	// The row is a referral like an imported one, with an id made by the server.
	var ids []string
	w.store.EachOfRecords(context.Background(), bundleKind("referrals.csv"), []string{"ORG01-000003"}, func(cells []string, _ retrace.Extra) error {
		ids = append(ids, cells[0]+"|"+cells[2]+"|"+cells[7])
		return nil
	})
	if len(ids) != 2 || !regexp.MustCompile(`^ORG01-R[A-Z2-7]{10}\|2026-10-01\|labour;criminal$`).MatchString(ids[1]) {
		t.Errorf("stored referrals of ORG01-000003: %q", ids)
	}
}

// A form with a mistake is shown again with the GOV.UK error summary, each error on
// its question, and nothing is stored.
func TestFormErrorsAreShownAndNothingStored(t *testing.T) {
	w := newWorld(t)
	sam := w.signedIn("sam")
	before, _ := w.store.Count(context.Background(), bundleKind("referrals.csv"))
	for _, c := range []struct {
		form url.Values
		want string
	}{
		{url.Values{"route": {"nrm"}}, "Date of the referral:"},
		{merge(date("referral_date", "31", "2", "2024"), url.Values{"route": {"nrm"}}), "Date of the referral:"},
		{merge(date("referral_date", "3", "", "2024"), url.Values{"route": {"nrm"}}), "enter a month with the day"},
		{merge(date("referral_date", "1", "3", "2024"), url.Values{"route": {"nrm"}, "first_responder_type": {"wizard"}}), "Type of first responder:"},
	} {
		r := sam.submit("/people/ORG01-000001/record/referral", c.form)
		page := text(r.body)
		if r.status != http.StatusUnprocessableEntity || !strings.Contains(page, "There is a problem") || !strings.Contains(page, c.want) || !strings.HasPrefix(page, "Skip") {
			t.Errorf("%v: %d, want an error %q:\n%s", c.form, r.status, c.want, page)
		}
		if !strings.Contains(r.body, "<title>Error: Record a referral") {
			t.Errorf("the title does not begin with Error:")
		}
	}
	if after, _ := w.store.Count(context.Background(), bundleKind("referrals.csv")); after != before {
		t.Errorf("referrals went from %d to %d", before, after)
	}
}

// No form reaches another organisation's records, whatever the URL or form says.
func TestFormsKeepToOrganisation(t *testing.T) {
	w := newWorld(t)
	sam, tia, bea := w.signedIn("sam"), w.signedIn("tia"), w.signedIn("bea")
	ok := merge(date("referral_date", "1", "3", "2026"), url.Values{"route": {"nrm"}})
	for _, c := range []struct {
		who    *client
		page   string
		form   url.Values
		status int
	}{
		{tia, "/people/P-SELAM/record/referral", ok, http.StatusNotFound},
		{sam, "/people/P-DUC/record/referral", ok, http.StatusNotFound},
		{sam, "/people/P-SELAM/record/referral", merge(ok, url.Values{"record_id": {"ORG03-000001"}}), http.StatusNotFound},
		{sam, "/people/P-SELAM/record/missing", merge(date("missing_date", "1", "3", "2026"), url.Values{"support_id": {"S0006"}}), http.StatusNotFound},
		{sam, "/people/P-SELAM/change/referral/R0005", ok, http.StatusNotFound}, // ORG03's referral of the same person
		{bea, "/people/P-SELAM/record/referral", ok, http.StatusForbidden},
	} {
		c.who.get("/people")
		if r := c.who.post(c.page, c.form); r.status != c.status {
			t.Errorf("POST %s %v: %d, want %d", c.page, c.form, r.status, c.status)
		}
	}
	if n, _ := w.store.Count(context.Background(), bundleKind("referrals.csv")); n != 16 {
		t.Errorf("referrals: %d, want the fixture's 16", n)
	}
}

// Changing a referral records its decisions; its id and record stay as they were.
func TestChangeAReferral(t *testing.T) {
	w := newWorld(t)
	sam := w.signedIn("sam")
	page := sam.get("/people/P-SELAM/change/referral/R0004")
	if !strings.Contains(page.body, `name="rg_decision"`) || !strings.Contains(page.body, `value="positive" selected`) {
		t.Fatalf("the change form is not filled in:\n%s", text(page.body))
	}
	form := merge(date("referral_date", "2", "10", "2020"), date("rg_date", "9", "10", "2020"), date("cg_date", "11", "4", "2022"),
		date("exploitation_start", "", "", "2017"), date("exploitation_end", "", "8", "2019"),
		url.Values{"route": {"nrm"}, "first_responder": {"HOIE"}, "first_responder_type": {"home_office"}, "age_at_exploitation": {"adult"},
			"exploitation_types": {"sexual", "domestic_servitude"}, "county_lines": {"false"}, "exploitation_location": {"overseas"},
			"exploiter_relationship": {"stranger"}, "rg_decision": {"positive"}, "cg_decision": {"negative"},
			"record_id": {"ORG03-000001"}})
	if r := sam.post("/people/P-SELAM/change/referral/R0004", form); r.status != http.StatusSeeOther {
		t.Fatalf("saving: %d %s", r.status, text(r.body))
	}
	var got []string
	w.store.EachOfRecords(context.Background(), bundleKind("referrals.csv"), []string{"ORG01-000003", "ORG03-000001"}, func(cells []string, _ retrace.Extra) error {
		got = append(got, strings.Join(cells, ","))
		return nil
	})
	want := "R0004,ORG01-000003,2020-10-02,nrm,HOIE,home_office,adult,sexual;domestic_servitude,false,overseas,2017,2019-08,stranger,positive,2020-10-09,negative,2022-04-11"
	if len(got) != 2 || got[0] != want {
		t.Errorf("R0004 after the change:\n%q\nwant\n%q", got, want)
	}
}

// A new person is a record of the user's organisation, whatever the form says, and
// is found by search.
func TestRecordANewPerson(t *testing.T) {
	w := newWorld(t)
	sam := w.signedIn("sam")
	form := merge(date("dob", "", "", "2001"), url.Values{"given_names": {"Amanuel"}, "family_name": {"Ghebremedhin"},
		"dob_estimated": {"true"}, "sex": {"M"}, "nationality": {"ERI"}, "source": {"ORG02"}, "record_id": {"ORG02-999"}})
	r := sam.submit("/people/new", form)
	loc := r.header.Get("Location")
	if r.status != http.StatusSeeOther || !regexp.MustCompile(`^/people/ORG01-P[A-Z2-7]{10}\?saved=person$`).MatchString(loc) {
		t.Fatalf("saving: %d %q %s", r.status, loc, text(r.body))
	}
	page := text(sam.get(loc).body)
	if !strings.Contains(page, "Amanuel Ghebremedhin") || !strings.Contains(page, "2001 (estimated)") || !strings.Contains(page, "from ORG01") {
		t.Errorf("the new person's page:\n%s", page)
	}
	if found := sam.get("/people?q=" + url.QueryEscape("Amanuel Gebremedhin")).body; !strings.Contains(found, strings.TrimSuffix(loc, "?saved=person")) {
		t.Errorf("the new person is not found by a close spelling:\n%s", text(found))
	}
	if tia := w.signedIn("tia").get(strings.TrimSuffix(loc, "?saved=person")); tia.status != http.StatusNotFound {
		t.Errorf("another organisation reads the new person: %d", tia.status)
	}
}

func bundleKind(file string) *bundle.Kind { return bundle.KindOf(file) }

// A new person's record is linked in the background, by an incremental run with the
// last run's model, so that it joins any person it is.
func TestNewPersonIsLinkedInTheBackground(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	if _, err := linkdb.Run(ctx, w.store, linkdb.Options{Actor: "test"}); err != nil {
		t.Fatal(err)
	}
	sam := w.signedIn("sam")
	form := merge(date("dob", "14", "3", "1998"), url.Values{"given_names": {"Ermira"}, "family_name": {"Celaj"}, "sex": {"F"},
		"nationality": {"ALB"}, "ho_reference": {"A2103348"}})
	r := sam.submit("/people/new", form)
	id := strings.TrimSuffix(strings.TrimPrefix(r.header.Get("Location"), "/people/"), "?saved=person")
	deadline := time.Now().Add(30 * time.Second)
	for {
		links, err := w.store.PersonLinks(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if person, ok := links[id]; ok {
			// The same name, date of birth and Home Office reference as ORG01-000001.
			if person != links["ORG01-000001"] {
				t.Errorf("the new record is person %s; ORG01-000001 is %s", person, links["ORG01-000001"])
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the new record was not linked within 30 seconds")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// The review queue: an organisation decides pairs of its own records, an analyst any
// pair without names; a decision is stored with who made it and leaves the queue.
func TestReviewQueue(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	trained, err := linkdb.Run(ctx, w.store, linkdb.Options{Actor: "test"})
	if err != nil {
		t.Fatal(err)
	}
	model, _ := json.Marshal(trained.Model)
	links, _ := w.store.PersonLinks(ctx)
	run := storage.LinkRun{Actor: "test", Mode: "full", Model: string(model), Reviews: []storage.ReviewPair{
		{A: "ORG01-000001", B: "ORG01-000002", Probability: 0.6, Reason: "uncertain"},
		{A: "ORG02-000003", B: "ORG04-000001", Probability: 0.55, Reason: "uncertain"},
	}}
	for record, person := range links {
		run.Links = append(run.Links, storage.PersonLink{RecordID: record, PersonID: person})
	}
	if _, err := w.store.SaveLinkRun(ctx, run); err != nil {
		t.Fatal(err)
	}
	sam, tia, bea := w.signedIn("sam"), w.signedIn("tia"), w.signedIn("bea")
	samList := text(sam.get("/review").body)
	if !strings.Contains(samList, "1 pair to decide") || !strings.Contains(samList, "Ermira Dëshira Çelaj, ORG01-000001 from ORG01") || strings.Contains(samList, "ORG04") {
		t.Errorf("sam's queue:\n%s", samList)
	}
	if tiaList := text(tia.get("/review").body); !strings.Contains(tiaList, "No pairs are waiting for you") {
		t.Errorf("tia's queue:\n%s", tiaList)
	}
	beaList := text(bea.get("/review").body)
	if !strings.Contains(beaList, "2 pairs to decide") || !strings.Contains(beaList, "Record A from ORG02") || strings.Contains(beaList, "Ermira") || strings.Contains(beaList, "ORG01-000001") {
		t.Errorf("bea's queue:\n%s", beaList)
	}
	if page := text(sam.get("/people/ORG01-000002").body); !strings.Contains(page, "Possibly the same person Ermira Dëshira Çelaj (ORG01-000001) and Żaneta Kołodziejczak (ORG01-000002): 60% likely") {
		t.Errorf("the person page does not suggest the pair:\n%s", page)
	}
	link := regexp.MustCompile(`href="(/review/[A-Za-z0-9_-]+)"`).FindStringSubmatch(sam.get("/review").body)
	if link == nil {
		t.Fatal("no link to the pair")
	}
	if r := tia.get(link[1]); r.status != http.StatusNotFound {
		t.Errorf("tia opening ORG01's pair: %d", r.status)
	}
	restarted, err := web.New(web.Config{Store: w.store, Log: slog.New(slog.DiscardHandler), Now: func() time.Time { return today }})
	if err != nil {
		t.Fatal(err)
	}
	if r := sam.via(restarted.Handler()).get(link[1]); r.status != http.StatusOK {
		t.Errorf("the pair's address after a restart: %d", r.status)
	}
	pair := text(sam.get(link[1]).body)
	for _, want := range []string{"Are these the same person?", "Żaneta Kołodziejczak", "prior two records picked at random", "likely one person"} {
		if !strings.Contains(pair, want) {
			t.Errorf("the pair page lacks %q:\n%s", want, pair)
		}
	}
	if r := sam.post(link[1], url.Values{}); r.status != http.StatusUnprocessableEntity || !strings.Contains(text(r.body), "Choose whether they are the same person") {
		t.Errorf("deciding nothing: %d", r.status)
	}
	if r := sam.post(link[1], url.Values{"same": {"no"}}); r.status != http.StatusSeeOther {
		t.Fatalf("deciding: %d %s", r.status, text(r.body))
	}
	decisions, _ := w.store.LinkDecisions(ctx)
	if len(decisions) != 1 || decisions[0].A != "ORG01-000001" || decisions[0].B != "ORG01-000002" || decisions[0].Same || decisions[0].DecidedBy != "web:sam" {
		t.Errorf("decisions %+v", decisions)
	}
	if after := text(sam.get("/review").body); !strings.Contains(after, "No pairs are waiting for you") {
		t.Errorf("the decided pair is still queued:\n%s", after)
	}
}

// upload posts a file in a multipart form, with the page's CSRF token.
func (c *client) upload(target string, fields url.Values, filename string, content []byte) response {
	c.w.t.Helper()
	c.get(target)
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("csrf_token", c.csrf)
	for k, vs := range fields {
		for _, v := range vs {
			mw.WriteField(k, v)
		}
	}
	fw, _ := mw.CreateFormFile("bundle", filename)
	fw.Write(content)
	mw.Close()
	req := httptest.NewRequest(http.MethodPost, target, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	for k, v := range c.cookies {
		req.AddCookie(&http.Cookie{Name: k, Value: v})
	}
	rec := httptest.NewRecorder()
	c.w.handler.ServeHTTP(rec, req)
	return response{rec.Code, rec.Header(), rec.Body.String()}
}

// zipOf zips files given as name → content.
func zipOf(t *testing.T, files map[string]string) []byte {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for name, content := range files {
		f, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(content))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const peopleHeader = "record_id,source,given_names,family_name,aliases,dob,dob_estimated,sex,nationality,birth_place,language,ho_reference\n"
const referralsHeader = "referral_id,record_id,referral_date,route,first_responder,first_responder_type,age_at_exploitation,exploitation_types,county_lines,exploitation_location,exploitation_start,exploitation_end,exploiter_relationship,rg_decision,rg_date,cg_decision,cg_date\n"

// An organisation admin imports their organisation's bundle; a bundle with another
// organisation's records, or rows about them, or a mistake, stores nothing and says
// where each problem is.
func TestImportPage(t *testing.T) {
	w := newWorld(t)
	olu := w.signedIn("olu")
	good := zipOf(t, map[string]string{
		"people.csv":    peopleHeader + "ORG01-000009,ORG01,Lina,Haddad,,1999,true,F,SYR,,ara,\n",
		"referrals.csv": referralsHeader + "R0901,ORG01-000009,2026-02-01,nrm,POL01,police,adult,labour,false,uk,2025,2026-01,employer,,,,\n",
	})
	r := olu.upload("/import", url.Values{"check": {"yes"}}, "org01.zip", good)
	if page := text(r.body); r.status != 200 || !strings.Contains(page, "Checked org01.zip: nothing was stored") || !strings.Contains(page, "people.csv 1 1 0 0 0") {
		t.Errorf("a dry run: %d\n%s", r.status, page)
	}
	r = olu.upload("/import", url.Values{}, "org01.zip", good)
	if page := text(r.body); r.status != 200 || !strings.Contains(page, "Imported org01.zip") || !strings.Contains(page, "referrals.csv 1 1 0 0 0") {
		t.Errorf("an import: %d\n%s", r.status, page)
	}
	if n, _ := w.store.Count(context.Background(), bundleKind("people.csv")); n != 14 {
		t.Errorf("people: %d, want 13 + 1", n)
	}
	for _, c := range []struct {
		files map[string]string
		want  string
	}{
		{map[string]string{"people.csv": peopleHeader + "ORG02-000009,ORG02,Omar,Haddad,,1999,,M,SYR,,,\n"},
			"people.csv 2 source is ORG02: you import records of ORG01 only"},
		{map[string]string{"people.csv": peopleHeader, "referrals.csv": referralsHeader + "R0902,ORG02-000001,2026-02-01,nrm,,,,,,,,,,,,,\n"},
			"referrals.csv 2 record_id is not one of ORG01's records"},
		{map[string]string{"people.csv": peopleHeader, "referrals.csv": referralsHeader + "R0903,ORG01-000001,2026-02-01,post,,,,,,,,,,,,,\n"},
			"referrals.csv 2 route"},
	} {
		r := olu.upload("/import", url.Values{}, "bad.zip", zipOf(t, c.files))
		if page := text(r.body); r.status != http.StatusUnprocessableEntity || !strings.Contains(page, "nothing was stored") || !strings.Contains(page, c.want) {
			t.Errorf("%v: %d, want %q:\n%s", c.files, r.status, c.want, page)
		}
	}
	if n, _ := w.store.Count(context.Background(), bundleKind("referrals.csv")); n != 17 {
		t.Errorf("referrals: %d, want 16 + 1", n)
	}
	if r := olu.upload("/import", url.Values{}, "people.csv", []byte(peopleHeader)); r.status != http.StatusUnprocessableEntity || !strings.Contains(text(r.body), "The file people.csv is not a .zip") {
		t.Errorf("a CSV on its own: %d %s", r.status, text(r.body))
	}
	if r := w.signedIn("sam").get("/import"); r.status != http.StatusForbidden {
		t.Errorf("a support worker's import page: %d", r.status)
	}
}

// An organisation admin adds and manages their own organisation's users only; a
// system admin anyone.
func TestUsersPage(t *testing.T) {
	w := newWorld(t)
	olu := w.signedIn("olu")
	list := text(olu.get("/users").body)
	if !strings.Contains(list, "ORG01's users") || !strings.Contains(list, "sam support worker ORG01") || strings.Contains(list, "tia") || strings.Contains(list, "bea") {
		t.Errorf("olu's users:\n%s", list)
	}
	r := olu.submit("/users", url.Values{"name": {"tom"}, "role": {"support_worker"}, "organisation": {"ORG02"}, "password": {"tom's first password"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("adding tom: %d %s", r.status, text(r.body))
	}
	if tom, ok, _ := w.store.User(context.Background(), "tom"); !ok || tom.Organisation != "ORG01" || tom.AddedBy != "olu" {
		t.Errorf("tom: %+v", tom)
	}
	tom := w.client()
	tom.get("/login")
	if r := tom.post("/login", url.Values{"name": {"tom"}, "password": {"tom's first password"}}); r.status != http.StatusSeeOther {
		t.Errorf("tom signing in: %d", r.status)
	}
	for _, c := range []struct {
		form url.Values
		want string
	}{
		{url.Values{"name": {"ann"}, "role": {"analyst"}, "password": {"a long enough password"}}, "Choose a role you may give: support worker, organisation admin"},
		{url.Values{"name": {"sam"}, "role": {"support_worker"}, "password": {"a long enough password"}}, `There is already a user "sam"`},
		{url.Values{"name": {"kim"}, "role": {"support_worker"}, "password": {"short"}}, "at least 12 characters"},
	} {
		if r := olu.submit("/users", c.form); r.status != http.StatusUnprocessableEntity || !strings.Contains(text(r.body), c.want) {
			t.Errorf("%v: %d, want %q:\n%s", c.form, r.status, c.want, text(r.body))
		}
	}
	sam := w.signedIn("sam")
	if r := olu.submit("/users", url.Values{}); r.status != http.StatusUnprocessableEntity {
		t.Errorf("an empty form: %d", r.status)
	}
	olu.get("/users")
	if r := olu.post("/users/sam/password", url.Values{"password": {"sam's new password"}}); r.status != http.StatusSeeOther {
		t.Errorf("olu resetting sam's password: %d", r.status)
	}
	if r := sam.get("/people"); r.status != http.StatusSeeOther {
		t.Errorf("sam is still signed in after a reset: %d", r.status)
	}
	if r := olu.post("/users/tia/password", url.Values{"password": {"tia's new password"}}); r.status != http.StatusNotFound {
		t.Errorf("olu resetting ORG02's tia: %d", r.status)
	}
	if r := w.signedIn("ada").submit("/users", url.Values{"name": {"ann"}, "role": {"analyst"}, "password": {"ann's first password"}}); r.status != http.StatusSeeOther {
		t.Errorf("ada adding an analyst: %d %s", r.status, text(r.body))
	}
	if r := w.signedIn("tia").get("/users"); r.status != http.StatusForbidden {
		t.Errorf("a support worker's users page: %d", r.status)
	}
}

// The store weighs a word's spelling-group key most when it picks a search's best
// matches: the keys linkage makes must carry the prefix the store looks for.
func TestSearchKeysCarryTheStoresSpellingPrefix(t *testing.T) {
	keys := linkage.DefaultVariants().SearchKeys("Muhammad")
	if len(keys) != 1 || !strings.HasPrefix(keys[0][0], retrace.SpellingKeyPrefix) {
		t.Errorf("search keys %v: the first is not a spelling-group key %q…", keys, retrace.SpellingKeyPrefix)
	}
	for _, k := range keys[0][1:] {
		if strings.HasPrefix(k, retrace.SpellingKeyPrefix) {
			t.Errorf("%q, a sound or consonant key, would weigh as a spelling", k)
		}
	}
}

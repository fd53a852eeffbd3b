package web_test

// Tests from a security review of the web app: each states the rule it checks, and
// failed until the rule was kept.

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/web"
)

const (
	zzSupportHeader = "support_id,record_id,provider,service,start_date,end_date,exit_reason\n"
	zzMissingHeader = "record_id,support_id,missing_date,found_date\n"
)

// Finding 1. An organisation admin's bundle (a dry run: nothing is stored) that reuses
// other organisations' row ids against the admin's own record was refused with
// messages naming the other organisation's record ids. It is refused, naming none:
// across organisations an organisation learns only "referred again by X on DATE".
func TestSecurityImportRejectionsNameOtherOrganisationsRecords(t *testing.T) {
	w := newWorld(t)
	olu := w.signedIn("olu")
	probe := zipOf(t, map[string]string{
		// ORG02-000002 is ORG02's record; the row claims it for ORG01.
		"people.csv": peopleHeader + "ORG02-000002,ORG01,Probe,Probe,,,,,,,,\n",
		// R0006 is ORG02's referral of ORG02-000001; here it is put on ORG01's own record.
		"referrals.csv": referralsHeader + "R0006,ORG01-000001,2026-02-01,nrm,,,,,,,,,,,,,\n",
		// S0010 is ORG03's support of ORG03-000002.
		"support.csv": zzSupportHeader + "S0010,ORG01-000001,ORG01,msvcc,2026-01-01,,\n",
		// S0011 is ORG03's support of ORG03-000003.
		"missing.csv": zzMissingHeader + "ORG01-000001,S0011,2026-02-01,\n",
	})
	r := olu.upload("/import", url.Values{"check": {"yes"}}, "probe.zip", probe)
	page := text(r.body)
	for secret, of := range map[string]string{
		"ORG02-000001": "the record R0006 belongs to",
		"ORG03-000002": "the record S0010 belongs to",
		"ORG03-000003": "the record S0011 belongs to",
		`"ORG02"`:      "the organisation that holds record ORG02-000002",
	} {
		if strings.Contains(page, secret) {
			t.Errorf("ORG01's admin learns %s: %s", of, secret)
		}
	}
	if t.Failed() {
		t.Logf("the import page (%d):\n%s", r.status, page)
	}
}

// Finding 2. Every view of a person's record is in the audit log. The pages that
// show a stored row to change it (a referral with its decisions, dates and
// exploitation) and the forms that list the person's records and support episodes
// are viewed without any audit event.
func TestSecurityFormPagesAreAudited(t *testing.T) {
	w := newWorld(t)
	sam := w.signedIn("sam")
	for _, page := range []string{"/people/P-SELAM/change/referral/R0004", "/people/ORG01-000001/record/risk"} {
		if r := sam.get(page); r.status != http.StatusOK {
			t.Fatalf("GET %s: %d", page, r.status)
		}
	}
	events, err := w.store.AuditLog(context.Background(), today.AddDate(-1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	for _, e := range events {
		if e.Actor == "web:sam" {
			seen = append(seen, e.Action+"|"+e.Subject)
		}
	}
	for _, person := range []string{"person P-SELAM", "person ORG01-000001"} {
		found := false
		for _, s := range seen {
			found = found || strings.HasSuffix(s, "|"+person)
		}
		if !found {
			t.Errorf("sam viewed %s's stored rows on a form page, but the audit log has no event about it; sam's events: %q", person, seen)
		}
	}
}

// Finding 3. A search result page shows the names, dates of birth and record ids of
// every person found, but its audit event says only how many were shown: nobody can
// later tell whose records a user looked at.
func TestSecuritySearchAuditSaysWhoWasShown(t *testing.T) {
	w := newWorld(t)
	sam := w.signedIn("sam")
	page := text(sam.get("/people?q=" + url.QueryEscape("Selam Tesfai")).body)
	if !strings.Contains(page, "Selam Tesfai") || !strings.Contains(page, "ORG01-000003") {
		t.Fatalf("the search did not show Selam:\n%s", page)
	}
	events, err := w.store.AuditLog(context.Background(), today.AddDate(-1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range events {
		if e.Actor == "web:sam" && e.Action == "search" {
			if !strings.Contains(e.Subject+" "+e.Detail, "P-SELAM") {
				t.Errorf("the search's audit event does not say who was shown: %+v", e)
			}
			return
		}
	}
	t.Error("no search event")
}

// Finding 4. An analyst sees no record ids, in pages or URLs. The review queue names
// a pair in its URL by an unkeyed SHA-256 of the two record ids, so anyone can get
// the ids back by hashing likely ids (they are short and sequential, and each pair's
// organisations are shown beside it).
func TestSecurityPairKeysDoNotRevealRecordIDs(t *testing.T) {
	w := newWorld(t)
	run := storage.LinkRun{Actor: "test", Mode: "full", Model: "{}", Reviews: []storage.ReviewPair{
		{A: "ORG01-000001", B: "ORG01-000002", Probability: 0.6, Reason: "uncertain"},
		{A: "ORG02-000003", B: "ORG04-000001", Probability: 0.55, Reason: "uncertain"},
	}}
	if _, err := w.store.SaveLinkRun(context.Background(), run); err != nil {
		t.Fatal(err)
	}
	page := w.signedIn("bea").get("/review").body
	keys := regexp.MustCompile(`href="/review/([A-Za-z0-9_-]+)"`).FindAllStringSubmatch(page, -1)
	if len(keys) != 2 {
		t.Fatalf("bea's queue has %d pair links:\n%s", len(keys), text(page))
	}
	var candidates []string // what an analyst would guess: ORGnn-000001 onwards
	for org := 1; org <= 4; org++ {
		for n := 1; n <= 50; n++ {
			candidates = append(candidates, fmt.Sprintf("ORG%02d-%06d", org, n))
		}
	}
	byKey := map[string]string{}
	for _, a := range candidates {
		for _, b := range candidates {
			sum := sha256.Sum256([]byte(a + "\x00" + b))
			byKey[base64.RawURLEncoding.EncodeToString(sum[:12])] = a + " and " + b
		}
	}
	for _, k := range keys {
		if ids, ok := byKey[k[1]]; ok {
			t.Errorf("the analyst's link /review/%s gives back the record ids %s (in %d guesses)", k[1], ids, len(byKey))
		}
	}
}

// Finding 5. Sign-in throttling: after 5 failures a user name is refused for 15
// minutes. The check and the count are not atomic, so failures sent at once are all
// tried: the limit is as many guesses as can be sent in one burst.
func TestSecuritySignInThrottleHoldsUnderConcurrency(t *testing.T) {
	w := newWorld(t)
	const tries = 30
	clients := make([]*client, tries)
	for i := range clients {
		clients[i] = w.client()
		clients[i].get("/login")
	}
	statuses := make([]int, tries)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i, c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			statuses[i] = c.post("/login", url.Values{"name": {"sam"}, "password": {fmt.Sprintf("guess number %d", i)}}).status
		}()
	}
	close(start)
	wg.Wait()
	tried := 0
	for _, s := range statuses {
		if s == http.StatusUnauthorized {
			tried++
		}
	}
	if tried > 5 {
		t.Errorf("%d of %d simultaneous wrong passwords for sam were checked (answered 401, not 429); the limit is 5 per 15 minutes", tried, tries)
	}
}

// Finding 6. With TrustProxy set (behind a TLS-terminating proxy), the client's
// address is taken from the leftmost X-Forwarded-For entry (or True-Client-IP), which
// the client writes itself: a proxy such as a cloud load balancer appends the real
// address after it. The audit log's "from where" and the per-address throttle then
// hold whatever the client chose.
func TestSecurityProxiedAddressCannotBeChosenByTheClient(t *testing.T) {
	w := newWorld(t)
	srv, err := web.New(web.Config{Store: w.store, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), TrustProxy: true,
		Now: func() time.Time { return today }})
	if err != nil {
		t.Fatal(err)
	}
	h := srv.Handler()
	n := 0
	proxied := &world{t: t, store: w.store, log: w.log, logMu: w.logMu,
		handler: http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
			// The client sent "X-Forwarded-For: 203.0.113.n"; the proxy, reached from
			// 10.0.0.2, appends the address the client really came from.
			n++
			r.RemoteAddr = "10.0.0.2:40000"
			r.Header.Set("X-Forwarded-For", fmt.Sprintf("203.0.113.%d, 198.51.100.7", n%250+1))
			h.ServeHTTP(rw, r)
		})}
	refused := 0
	for i := range 25 { // 25 user names, a wrong password each: a password spray
		c := proxied.client()
		c.get("/login")
		if r := c.post("/login", url.Values{"name": {fmt.Sprintf("user%d", i)}, "password": {"Summer2026!!"}}); r.status == http.StatusTooManyRequests {
			refused++
		}
	}
	if refused == 0 {
		t.Error("25 failed sign-ins from 198.51.100.7 were all tried; the per-address limit is 20")
	}
	events, err := w.store.AuditLog(context.Background(), today.AddDate(-1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range events {
		if e.Action == "sign in failed" && e.Origin != "198.51.100.7" {
			t.Errorf("the audit log says a sign-in came from %q, an address the client chose; it came from 198.51.100.7", e.Origin)
			break
		}
	}
}

// Finding 7. Uploads are limited to 256 MiB, but the zip's contents are not: a 300 KB
// upload whose people.csv inflates to 300 MiB (a 1000:1 bomb) is read in full, twice.
// A larger one exhausts the server's CPU, or its memory when the bomb is one cell.
func TestSecurityUploadRefusesZipBombs(t *testing.T) {
	w := newWorld(t)
	olu := w.signedIn("olu")
	var zb bytes.Buffer
	z := zip.NewWriter(&zb)
	f, err := z.Create("people.csv")
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte(peopleHeader + "ORG01-000077,ORG01,Bomb,Test,,,,,,,,\n"))
	blank := bytes.Repeat([]byte("\n"), 1<<20)
	for range 300 { // 300 MiB of empty lines, which a CSV reader skips
		f.Write(blank)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	began := time.Now()
	r := olu.upload("/import", url.Values{"check": {"yes"}}, "bomb.zip", zb.Bytes())
	took := time.Since(began)
	if r.status != http.StatusUnprocessableEntity {
		t.Errorf("a %d KB zip that inflates to 300 MiB: %d after %v, want it refused for its size before it is read:\n%.600s",
			zb.Len()>>10, r.status, took.Round(time.Millisecond), text(r.body))
	}
}

// Finding 8. User names went into URL paths unescaped, so a user named
// "zed/../../users/sam" had a reset-password form that, once a browser resolved the
// dots, posted to /users/sam/password. A user name is now letters, digits and
// . _ @ - only, with no "..".
func TestSecurityUserNamesCannotRetargetForms(t *testing.T) {
	w := newWorld(t)
	ada := w.signedIn("ada")
	for _, name := range []string{"zed/../../users/sam", "zed/x", "..", "a..b", "-zed", "zed?x=1", "zed#x", "zed x"} {
		r := ada.submit("/users", url.Values{"name": {name}, "role": {"analyst"}, "password": {"zed's first password"}})
		if r.status != http.StatusUnprocessableEntity || !strings.Contains(text(r.body), "use letters, digits and . _ @ - only") {
			t.Errorf("adding %q: %d", name, r.status)
		}
	}
	if r := ada.submit("/users", url.Values{"name": {"zed.o-neil@org01"}, "role": {"analyst"}, "password": {"zed's first password"}}); r.status != http.StatusSeeOther {
		t.Errorf("a plain name with dots, a dash and an at: %d %s", r.status, text(r.body))
	}
}

// Finding 9. Sign-in throttling is bypassed by the change-password form: its check
// of the current password is not counted or limited, so a session left open (or
// stolen) lets anyone guess the password without limit, then keep the account.
func TestSecurityChangePasswordGuessesAreThrottled(t *testing.T) {
	w := newWorld(t)
	sam := w.signedIn("sam")
	for i := range 8 {
		sam.get("/account/password")
		sam.post("/account/password", url.Values{"current": {fmt.Sprintf("wrong guess %d", i)}, "new": {"a new long password"}, "confirm": {"a new long password"}})
	}
	sam.get("/account/password")
	if r := sam.post("/account/password", url.Values{"current": {password}, "new": {"a new long password"}, "confirm": {"a new long password"}}); r.status == http.StatusSeeOther {
		t.Error("after 8 wrong current passwords, the 9th guess was still checked and accepted; sign-in allows 5 failures per 15 minutes")
	}
}

// Finding 10. An analyst's search by id that finds someone answers with a redirect to
// the person, and the search is not audited: the record → person look-up (and whether
// a record id exists) is read from the Location header without any audit event.
func TestSecurityAnalystLookUpIsAudited(t *testing.T) {
	w := newWorld(t)
	bea := w.signedIn("bea")
	r := bea.get("/people?q=ORG03-000001")
	if r.status != http.StatusSeeOther || r.header.Get("Location") != "/people/P-SELAM" {
		t.Fatalf("the look-up: %d %q", r.status, r.header.Get("Location"))
	}
	events, err := w.store.AuditLog(context.Background(), today.AddDate(-1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	for _, e := range events {
		if e.Actor == "web:bea" {
			seen = append(seen, e.Action+"|"+e.Subject+"|"+e.Detail)
		}
	}
	if len(seen) < 2 {
		t.Errorf("bea looked up ORG03-000001 and learnt it is P-SELAM, but her audit events are only %q", seen)
	}
}

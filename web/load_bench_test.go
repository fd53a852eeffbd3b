package web_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundle"
	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/web"
)

// BenchmarkWebLoad measures the person page and search as 20 support workers use
// them at once, on a database prepared beforehand (see README, Performance):
//
//	RETRACE_BENCH_WEB_DB=postgres://... go test -run X -bench WebLoad -benchtime 1x ./web/
//
// It reports the 50th, 95th and 99th percentile of each in milliseconds (targets:
// person page p95 ≤ 100 ms, search p95 ≤ 200 ms, with a million people);
// RETRACE_BENCH_WEB_ONLY=person (or search) measures one of them.
func BenchmarkWebLoad(b *testing.B) {
	dsn := os.Getenv("RETRACE_BENCH_WEB_DB")
	if dsn == "" {
		b.Skip("set RETRACE_BENCH_WEB_DB to a database of imported, linked people to measure the web app under load")
	}
	ctx := context.Background()
	store, err := storage.OpenExisting(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	providers, err := store.Providers(ctx)
	if err != nil || len(providers) == 0 {
		b.Fatalf("no organisation provided support: %v", err)
	}
	org := providers[0]
	people, names := peopleOf(b, store, org)
	benchUsers(b, store, org)
	srv, err := web.New(web.Config{Store: store, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	sessions := make([]string, loadUsers)
	for i := range sessions {
		sessions[i] = benchSignIn(b, ts.URL)
	}
	for body(b, ts.URL+"/people?q=warm", sessions[0]) != "" { // the first run builds the search index
		time.Sleep(5 * time.Second)
	}
	b.ResetTimer()
	pages := map[string]func(*rand.Rand) string{
		"person": func(r *rand.Rand) string { return "/people/" + people[r.IntN(len(people))] },
		"search": func(r *rand.Rand) string { return "/people?q=" + url.QueryEscape(names[r.IntN(len(names))]) },
	}
	counts := map[string]int{"person": 2000, "search": 1000}
	for range b.N {
		for name, target := range pages {
			if only := os.Getenv("RETRACE_BENCH_WEB_ONLY"); only != "" && only != name {
				continue
			}
			l := load(b, ts.URL, sessions, counts[name], target)
			for _, q := range []int{50, 95, 99} {
				b.ReportMetric(percentile(l, q), fmt.Sprintf("%s-p%d-ms", name, q))
			}
		}
	}
	b.ReportMetric(float64(len(people)), "people-in-scope")
}

const loadUsers = 20

const benchPassword = "a password for the load benchmark"

// load sends n requests from 20 users at once and gives each one's latency.
func load(b *testing.B, base string, sessions []string, n int, target func(*rand.Rand) string) []time.Duration {
	out := make([]time.Duration, n)
	var next sync.Mutex
	i := 0
	var wg sync.WaitGroup
	for u := range loadUsers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(u), 7))
			for {
				next.Lock()
				k := i
				i++
				next.Unlock()
				if k >= n {
					return
				}
				start := time.Now()
				get(b, base+target(r), sessions[u])
				out[k] = time.Since(start)
			}
		}()
	}
	wg.Wait()
	return out
}

// body gives a search page's text if it says the index is still being built.
func body(b *testing.B, target, session string) string {
	req, _ := http.NewRequest(http.MethodGet, target, nil)
	req.AddCookie(&http.Cookie{Name: "retrace_session", Value: session})
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	page, _ := io.ReadAll(resp.Body)
	if strings.Contains(string(page), "still being prepared") {
		return string(page)
	}
	return ""
}

func get(b *testing.B, target, session string) {
	req, _ := http.NewRequest(http.MethodGet, target, nil)
	req.AddCookie(&http.Cookie{Name: "retrace_session", Value: session})
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		b.Error(err)
		return
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b.Errorf("GET %s: %d", target, resp.StatusCode)
	}
}

func percentile(l []time.Duration, q int) float64 {
	s := slices.Clone(l)
	slices.Sort(s)
	return float64(s[(len(s)-1)*q/100].Microseconds()) / 1000
}

// peopleOf gives the people an organisation reaches and their names as searched for.
func peopleOf(b *testing.B, store storage.Store, org string) ([]string, []string) {
	var people, names []string
	seen := map[string]bool{}
	err := store.EachInScope(context.Background(), storage.Scope{Organisation: org}, bundle.People, func(person string, cells []string, _ retrace.Extra) error {
		if !seen[person] {
			seen[person] = true
			people = append(people, person)
		}
		if name := strings.TrimSpace(cells[2] + " " + cells[3]); name != "" {
			names = append(names, name)
		}
		return nil
	})
	if err != nil || len(people) == 0 || len(names) == 0 {
		b.Fatalf("%s reaches %d people, %d names: %v", org, len(people), len(names), err)
	}
	return people, names
}

// benchUsers adds a system admin (on a database with no users) and a support worker
// of the organisation, with a known password.
func benchUsers(b *testing.B, store storage.Store, org string) {
	ctx := context.Background()
	hash, err := web.HashPassword(benchPassword)
	if err != nil {
		b.Fatal(err)
	}
	all, err := store.ListUsers(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if len(all) == 0 {
		if err := store.AddUser(ctx, "bench", storage.User{Name: "bench-admin", Role: storage.RoleSystemAdmin}); err != nil {
			b.Fatal(err)
		}
	}
	if _, ok, _ := store.User(ctx, "bench-support"); !ok {
		if err := store.AddUser(ctx, "bench-admin", storage.User{Name: "bench-support", Role: storage.RoleSupportWorker, Organisation: org}); err != nil {
			b.Fatalf("adding the benchmark's support worker (the database's users must include bench-admin): %v", err)
		}
	}
	if err := store.SetPassword(ctx, "bench-admin", "bench-support", hash, time.Now()); err != nil {
		b.Fatal(err)
	}
}

func benchSignIn(b *testing.B, base string) string {
	resp, err := http.Get(base + "/login")
	if err != nil {
		b.Fatal(err)
	}
	resp.Body.Close()
	var csrf string
	for _, c := range resp.Cookies() {
		if c.Name == "retrace_login" {
			csrf = c.Value
		}
	}
	form := url.Values{"csrf_token": {csrf}, "name": {"bench-support"}, "password": {benchPassword}}
	req, _ := http.NewRequest(http.MethodPost, base+"/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.AddCookie(&http.Cookie{Name: "retrace_login", Value: csrf})
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err = client.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	resp.Body.Close()
	for _, c := range resp.Cookies() {
		if c.Name == "retrace_session" {
			return c.Value
		}
	}
	b.Fatalf("signing in: %d", resp.StatusCode)
	return ""
}

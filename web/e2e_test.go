package web_test

// End-to-end tests in a real headless Chromium, and axe-core's accessibility check
// of each page. Without a Chromium they skip; CI installs one.

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// chromium is the browser's path, or "" when none is installed.
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// site is the test world served over real HTTP, and a headless Chromium to use it.
type site struct {
	*world
	url     string
	browser context.Context
}

func newSite(t *testing.T) *site {
	t.Helper()
	path := chromium()
	if path == "" {
		t.Skip("no Chromium found (apt-get install chromium): skipping the browser tests")
	}
	profile := t.TempDir() // removed after the browser has stopped: cleanups run last-in first-out
	w := newWorld(t)
	srv := httptest.NewServer(w.handler) // on 127.0.0.1, where Chromium keeps Secure cookies over plain HTTP
	t.Cleanup(srv.Close)
	// A bound on the whole test, so that a stuck browser fails it rather than hangs.
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	t.Cleanup(cancel)
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(profile),
		// The machine has no network: nothing may call out.
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.Flag("disable-extensions", true))
	t.Cleanup(cancelAlloc)
	b, cancelBrowser := chromedp.NewContext(alloc)
	t.Cleanup(cancelBrowser)
	if err := chromedp.Do(b); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return &site{world: w, url: srv.URL, browser: b}
}

// tab is a browser tab with its own cookies, as if another person's browser.
type tab struct {
	t   *testing.T
	s   *site
	ctx context.Context
}

func (s *site) tab(t *testing.T) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(s.browser, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	return &tab{t: t, s: s, ctx: ctx}
}

// do runs steps that load no new page.
func (b *tab) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		b.t.Fatalf("in the browser at %s: %v", b.location(), err)
	}
}

// load runs steps that load a page, waits for it and checks its HTTP status.
func (b *tab) load(status int, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	resp, err := chromedp.RunResponse(b.ctx, steps...)
	if err != nil {
		b.t.Fatalf("loading a page from %s: %v", b.location(), err)
	}
	if resp == nil || int(resp.Status) != status {
		got := 0
		if resp != nil {
			got = int(resp.Status)
		}
		b.t.Fatalf("%s: status %d, want %d:\n%s", b.location(), got, status, b.text("body"))
	}
}

func (b *tab) open(path string) { b.t.Helper(); b.load(http.StatusOK, chromedp.Navigate(b.s.url+path)) }

// follow takes a step that loads a page, such as a click on a link or button.
func (b *tab) follow(step chromedp.Action[chromedp.Void], status int) {
	b.t.Helper()
	b.load(status, step)
}

func (b *tab) location() string {
	loc, _ := chromedp.Run(b.ctx, chromedp.Location())
	return loc
}

// text is the visible text of the element the CSS selector finds.
func (b *tab) text(sel string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		b.t.Fatalf("reading %q at %s: %v", sel, b.location(), err)
	}
	return strings.Join(strings.Fields(s), " ")
}

func (b *tab) wantText(sel string, wants ...string) {
	b.t.Helper()
	got := b.text(sel)
	for _, want := range wants {
		if !strings.Contains(got, want) {
			b.t.Errorf("%s: %s lacks %q:\n%s", b.location(), sel, want, got)
		}
	}
}

// fill replaces what a text input holds, typing it a key at a time.
func fill(sel, value string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(chromedp.Clear(chromedp.CSS(sel)), chromedp.SendKeys(chromedp.CSS(sel), value))
}

// link is the link or button a person reads as text.
func link(text string) chromedp.Search {
	return chromedp.Search(fmt.Sprintf(`//main//*[self::a or self::button][normalize-space()=%q]`, text))
}

func navLink(text string) chromedp.Search {
	return chromedp.Search(fmt.Sprintf(`//nav//a[normalize-space()=%q]`, text))
}

// signIn signs in through the login form.
func (b *tab) signIn(name string) {
	b.t.Helper()
	b.open("/login")
	b.do(fill("#name", name), fill("#password", password))
	b.follow(chromedp.Click(link("Sign in")), http.StatusOK)
	if loc := b.location(); loc != b.s.url+"/" {
		b.t.Fatalf("%s signed in to %s:\n%s", name, loc, b.text("main"))
	}
	// The session cookie is Secure: the home page shows it was kept over plain HTTP.
	b.wantText("body", "Signed in as "+name)
}

// Log in, record a referral, see the re-referral alert and download the report.
func TestBrowserReferralToReport(t *testing.T) {
	s := newSite(t)
	sam := s.tab(t)
	sam.signIn("sam")

	sam.follow(chromedp.Click(navLink("Find a person")), http.StatusOK)
	sam.do(fill("#q", "Selam Tesfai"))
	sam.follow(chromedp.Click(link("Search")), http.StatusOK)
	sam.follow(chromedp.Click(chromedp.CSS(`main table a[href="/people/P-SELAM"]`)), http.StatusOK)
	sam.wantText("h1", "Selam Tesfai")

	// The forms are behind "Record something new", a <details> that opens on a click.
	sam.do(chromedp.Click(chromedp.Search(`//summary[normalize-space()="Record something new"]`)))
	sam.follow(chromedp.Click(link("Record a referral")), http.StatusOK)
	sam.do(fill("#referral_date-day", "1"), fill("#referral_date-month", "10"), fill("#referral_date-year", "2026"),
		chromedp.Click(chromedp.Search(`//label[normalize-space()="NRM referral"]`)),
		fill("#first_responder", "POL77"), chromedp.SetValue(chromedp.CSS("#first_responder_type"), "police"))
	sam.follow(chromedp.Click(link("Save")), http.StatusOK)
	if loc := sam.location(); loc != s.url+"/people/P-SELAM?saved=referral" {
		t.Fatalf("saving the referral went to %s:\n%s", loc, sam.text("main"))
	}
	sam.wantText(".govuk-notification-banner--success", "Success", "Saved.")
	sam.wantText(".app-timeline", "NRM referral", "1 October 2026", "by POL77 (police)")

	sam.follow(chromedp.Click(navLink("Alerts")), http.StatusOK)
	sam.wantText("main table", "1 October 2026 Referred again by POL77")

	sam.follow(chromedp.Click(navLink("Figures")), http.StatusOK)
	sam.do(fill("#from", "2020-01-01"), fill("#to", "2026-12-31"))
	sam.follow(chromedp.Click(link("Show the figures")), http.StatusOK)
	sam.wantText("main h2", "2020-01-01 to 2026-12-31")
	sam.download("Download the spreadsheet (XLSX)", ".xlsx", "PK\x03\x04")
}

// download clicks a download link and checks the file that arrives: its name's
// extension and how it begins.
func (b *tab) download(text, ext, magic string) {
	b.t.Helper()
	dir := b.t.TempDir()
	c := chromedp.FromContext(b.ctx)
	_, err := chromedp.CallBrowser(b.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, BrowserContextID: c.BrowserContextID,
		DownloadPath: dir, EventsEnabled: new(true)})
	if err != nil {
		b.t.Fatalf("allowing downloads: %v", err)
	}
	progress := chromedp.BrowserEvents(b.ctx, browser.DownloadProgress) // subscribed before the click
	b.do(chromedp.Click(link(text)))
	for ev, err := range progress {
		if err != nil {
			b.t.Fatalf("waiting for the download: %v", err)
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			b.t.Fatalf("the download was cancelled")
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			break
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(files) != 1 || filepath.Ext(files[0]) != ext {
		b.t.Fatalf("downloaded %q, want one %s file", files, ext)
	}
	data, err := os.ReadFile(files[0])
	if err != nil || len(data) == 0 || !bytes.HasPrefix(data, []byte(magic)) {
		b.t.Errorf("%s: %d bytes beginning %q, %v", files[0], len(data), data[:min(len(data), 4)], err)
	}
}

// A referral without its date is shown again with the GOV.UK error summary.
func TestBrowserFormErrors(t *testing.T) {
	s := newSite(t)
	sam := s.tab(t)
	sam.signIn("sam")
	sam.open("/people/P-SELAM/record/referral")
	sam.do(chromedp.Click(chromedp.Search(`//label[normalize-space()="NRM referral"]`)))
	sam.follow(chromedp.Click(link("Save")), http.StatusUnprocessableEntity)
	sam.wantText(".govuk-error-summary", "There is a problem", "Date of the referral")
	sam.wantText("#referral_date-error", "Error:")
	title, err := chromedp.Run(sam.ctx, chromedp.Title())
	if err != nil || !strings.HasPrefix(title, "Error: Record a referral") {
		t.Errorf("title %q, %v", title, err)
	}
	// The summary's link leads to the question with the error; the route chosen is kept.
	sam.do(chromedp.Click(chromedp.CSS(".govuk-error-summary__list a")))
	const atError = `document.getElementById(location.hash.slice(1))?.closest('.govuk-form-group--error')?.querySelector('legend')?.textContent`
	if legend, err := chromedp.Run(sam.ctx, chromedp.Evaluate[string](atError)); err != nil || legend != "Date of the referral" {
		t.Errorf("the error's link went to %s, in the question %q (%v)", sam.location(), legend, err)
	}
	if checked, err := chromedp.Run(sam.ctx, chromedp.Evaluate[bool](`document.querySelector('input[name=route][value=nrm]').checked`)); err != nil || !checked {
		t.Errorf("the route chosen was not kept: %v %v", checked, err)
	}
	if n, _ := s.store.Count(context.Background(), bundleKind("referrals.csv")); n != 16 {
		t.Errorf("referrals: %d, want the fixture's 16", n)
	}
}

// axeRun checks the page against WCAG 2.2 A and AA and axe's best practices.
const axeRun = `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice']}})
	.then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))})))`

type violation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// checkA11y runs axe-core on the tab's page and reports every violation. Axe is
// put in by the DevTools protocol, which the pages' CSP does not govern.
func (b *tab) checkA11y(t *testing.T, axe string) {
	t.Helper()
	violations, err := chromedp.Run(b.ctx, func(ctx context.Context, tg *chromedp.Target) ([]violation, error) {
		if _, err := chromedp.Evaluate[chromedp.Void](axe)(ctx, tg); err != nil {
			return nil, err
		}
		return chromedp.Evaluate[[]violation](axeRun, chromedp.EvalAwaitPromise)(ctx, tg)
	})
	if err != nil {
		t.Fatalf("running axe at %s: %v", b.location(), err)
	}
	for _, v := range violations {
		t.Errorf("%s: %s (%s): %s, at %s", b.location(), v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "; "))
	}
}

// checkReflow: the page does not scroll sideways (WCAG 1.4.10); a wide table scrolls
// within its own region instead.
func (b *tab) checkReflow(t *testing.T) {
	t.Helper()
	widths, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]int](`[document.documentElement.scrollWidth, window.innerWidth]`))
	if err != nil {
		t.Fatalf("measuring %s: %v", b.location(), err)
	}
	if len(widths) != 2 {
		t.Fatalf("measuring %s: got %v, want the page's and the window's widths", b.location(), widths)
	}
	if widths[0] > widths[1] {
		t.Errorf("%s: the page is %dpx wide in a %dpx window", b.location(), widths[0], widths[1])
	}
}

// Every page, with and without errors, has no accessibility violation that axe
// finds, and does not scroll sideways, on a desktop and on a 320px wide phone
// (WCAG's reflow width).
func TestBrowserAccessibility(t *testing.T) {
	axe, err := os.ReadFile(filepath.Join("testdata", "axe.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	s := newSite(t)
	for _, width := range []int64{1280, 320} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			sam, olu := s.tab(t), s.tab(t)
			sam.do(chromedp.EmulateViewport(width, 800))
			olu.do(chromedp.EmulateViewport(width, 800))
			for _, p := range a11yPages(sam, olu) {
				t.Run(p.name, func(t *testing.T) {
					p.tab.t = t // the tab's failures are this page's
					p.show()
					p.tab.checkA11y(t, string(axe))
					p.tab.checkReflow(t)
				})
			}
		})
	}
}

type a11yPage struct {
	name string
	tab  *tab
	show func()
}

// a11yPages are the pages to check, in order: each shows its page in its tab.
func a11yPages(sam, olu *tab) []a11yPage {
	return []a11yPage{
		{"login", sam, func() { sam.open("/login") }},
		{"login with errors", sam, func() { sam.follow(chromedp.Click(link("Sign in")), http.StatusUnprocessableEntity) }},
		{"home", sam, func() { sam.signIn("sam") }},
		{"search results", sam, func() { sam.open("/people?q=Selam"); sam.wantText("main table", "Selam Tesfai") }},
		{"person", sam, func() { sam.open("/people/P-SELAM"); sam.do(chromedp.Click(chromedp.CSS("summary"))) }}, // its forms' links shown
		{"record a referral", sam, func() { sam.open("/people/P-SELAM/record/referral") }},
		{"record a referral with errors", sam, func() { sam.follow(chromedp.Click(link("Save")), http.StatusUnprocessableEntity) }},
		{"alerts", sam, func() { sam.open("/alerts") }},
		{"figures", sam, func() {
			sam.open("/report?from=2020-01-01&to=2026-12-31")
			sam.wantText("main h2", "2020-01-01 to 2026-12-31")
		}},
		{"change password", sam, func() { sam.open("/account/password") }},
		{"audit", olu, func() { olu.signIn("olu"); olu.open("/audit") }},
	}
}

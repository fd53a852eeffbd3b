// Package storetest is the one test suite every storage backend must pass. Each
// backend's tests call Run with a function that opens a fresh, empty store.
package storetest

import (
	"context"
	"errors"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/retrace-uk/retrace/bundleio"
	"github.com/retrace-uk/retrace/storage"
)

// Opener opens a new empty store for one test.
type Opener func(t *testing.T) storage.Store

// Run runs the suite.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, storage.Store)
	}{
		{"RoundTripIsIdentical", testRoundTrip},
		{"ReimportChangesNothing", testReimport},
		{"ChangedRowIsUpdatedInPlace", testChangedRow},
		{"BadRowLeavesDatabaseAsBefore", testBadRows},
		{"SkipBadRowsKeepsGoodRowsAndSetsBadAside", testSkipBadRows},
		{"LaterBundleMayPointAtStoredRecords", testLaterBundle},
		{"UnknownColumnsAreKeptAndWrittenBack", testUnknownColumns},
		{"DryRunStoresNothing", testDryRun},
		{"UnknownColumnsDoNotMakeChanges", testUnknownColumnsStable},
		{"MissingColumnsKeepStoredValues", testMissingColumnsKeepValues},
		{"RejectedFolderIsABundle", testRejectedFolderReimports},
		{"RejectedRowsStillCountForDuplicatesAndReferences", testRejectedRowsCount},
		{"LinkRunsReviewsAndDecisions", testLinkage},
		{"PartialFilesKeepRowRules", testPartialFilesKeepRowRules},
		{"SnapshotsAreOfOneDataVersion", testSnapshots},
		{"UsersStartWithAnAdminWhoAddsTheRest", testUsers},
		{"AuditLogReadsBackInOrder", testAuditLog},
		{"ScopeKeepsOrganisationsApart", testScopedPeople},
		{"ReferralsElsewhereTellOnlyWhenAndWho", testReferralsElsewhere},
		{"NameSearchIndexesChangesAndKeepsToScope", testNameSearch},
		{"ReviewsOfRecordsFromEitherSide", testReviewsOf},
		{"RecordsOfRowsNameTheirRecords", testRecordsOfRows},
		{"PasswordsSessionsAndThrottling", testAccounts},
		{"APITokensAreHashedScopedAndRevocable", testTokens},
		{"SecretsAreMadeOnce", testSecrets},
		{"JourneyRowsInOneQuery", testJourneyRows},
		{"SearchKeepsTheBestMatches", testSearchKeepsBestMatches},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			tc.fn(t, s)
		})
	}
}

func importOK(t *testing.T, s storage.Store, dir string) *bundleio.Report {
	t.Helper()
	rep, err := bundleio.Import(context.Background(), s, dir, bundleio.Options{Actor: "test"})
	if err != nil {
		if rep != nil {
			for _, p := range rep.Problems {
				t.Log(p.Error())
			}
		}
		t.Fatalf("import %s: %v", dir, err)
	}
	return rep
}

func export(t *testing.T, s storage.Store) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := bundleio.Export(context.Background(), s, dir, "test"); err != nil {
		t.Fatal(err)
	}
	return dir
}

// The fixture is written in canonical form, so an export must give back its bytes,
// and importing that export must find nothing to change.
func testRoundTrip(t *testing.T, s storage.Store) {
	importOK(t, s, FixtureDir())
	out := export(t, s)
	sameFiles(t, out, FixtureDir())
	rep := importOK(t, s, out)
	if rep.Changed() {
		t.Errorf("importing the export changed something: %+v", rep.Files[0])
	}
	sameFiles(t, export(t, s), FixtureDir())
}

// Rows per file in the fixture, counted by hand.
var fixtureRows = map[string]int{"people.csv": 13, "referrals.csv": 16, "support.csv": 13, "missing.csv": 3,
	"risk_assessments.csv": 13, "milestones.csv": 17, "follow_ups.csv": 8}

func testReimport(t *testing.T, s storage.Store) {
	first := importOK(t, s, FixtureDir())
	if !first.Committed {
		t.Fatal("first import not committed")
	}
	for _, f := range first.Files {
		if f.Added != fixtureRows[f.File] || f.Rows != fixtureRows[f.File] {
			t.Errorf("%s: added %d of %d rows, want %d", f.File, f.Added, f.Rows, fixtureRows[f.File])
		}
	}
	again := importOK(t, s, FixtureDir())
	if again.Changed() || again.Committed {
		t.Error("re-import changed something")
	}
	for _, f := range again.Files {
		if f.Unchanged != fixtureRows[f.File] {
			t.Errorf("%s: %d unchanged, want %d", f.File, f.Unchanged, fixtureRows[f.File])
		}
	}
}

func testChangedRow(t *testing.T, s storage.Store) {
	importOK(t, s, FixtureDir())
	dir := copyFixture(t)
	replaceOnLine(t, dir, "support.csv", 3, "2023-12-15,other", "2023-12-20,transferred")
	replaceOnLine(t, dir, "milestones.csv", 2, "", "") // untouched file stays unchanged
	rep := importOK(t, s, dir)
	for _, f := range rep.Files {
		wantChanged := 0
		if f.File == "support.csv" {
			wantChanged = 1
			if len(f.ChangedLines) != 1 || f.ChangedLines[0] != 3 {
				t.Errorf("changed lines %v, want [3]", f.ChangedLines)
			}
		}
		if f.Changed != wantChanged || f.Added != 0 {
			t.Errorf("%s: %d changed, %d added", f.File, f.Changed, f.Added)
		}
	}
	got := readFile(t, filepath.Join(export(t, s), "support.csv"))
	if !strings.Contains(got, "S0002,ORG01-000001,ORG01,reach_in,2023-06-01,2023-12-20,transferred\n") {
		t.Errorf("support episode not updated:\n%s", got)
	}
	if n, _ := s.Count(context.Background(), bundleKind("support.csv")); n != 13 {
		t.Errorf("%d support episodes after update, want 13", n)
	}
}

// badRows are one broken row each, with the message a data officer must see; the
// expected texts were written from the spec, not from the code's output.
var badRows = []struct {
	name string
	edit func(t *testing.T, dir string) int // returns the line the problem is on
	want string                             // %d is that line
}{
	{"impossible date", func(t *testing.T, dir string) int {
		replaceOnLine(t, dir, "referrals.csv", 3, "2024-08-12", "2021-13-01")
		return 3
	}, `referrals.csv:%d:15: rg_date: "2021-13-01" is not a date`},
	{"unknown code", func(t *testing.T, dir string) int {
		replaceOnLine(t, dir, "people.csv", 2, ",F,ALB,", ",Q,ALB,")
		return 2
	}, `people.csv:%d:8: sex: "Q" is not one of F, M, X`},
	{"not a boolean", func(t *testing.T, dir string) int {
		replaceOnLine(t, dir, "people.csv", 2, ",false,F,", ",yes,F,")
		return 2
	}, `people.csv:%d:7: dob_estimated: "yes" is not true or false`},
	{"spreadsheet date", func(t *testing.T, dir string) int {
		replaceOnLine(t, dir, "support.csv", 2, "2021-03-16", "16/03/2021")
		return 2
	}, `support.csv:%d:5: start_date: "16/03/2021" is not a date`},
	{"end before start", func(t *testing.T, dir string) int {
		replaceOnLine(t, dir, "support.csv", 2, "2022-11-04", "2020-11-04")
		return 2
	}, `support.csv:%d:6: end_date: 2020-11-04 is before start_date 2021-03-16`},
	{"duplicate id", func(t *testing.T, dir string) int {
		return appendRow(t, dir, "support.csv", "S0001,ORG01-000001,ORG01,msvcc,2021-03-16,,")
	}, `support.csv:%d:1: support_id: "S0001" repeats line 2`},
	{"record that does not exist", func(t *testing.T, dir string) int {
		return appendRow(t, dir, "referrals.csv", "R9999,NOPE-1,2022-01-01,nrm,,,,,,,,,,,,,")
	}, `referrals.csv:%d:2: record_id: "NOPE-1" is not in people.csv`},
	{"support episode of another record", func(t *testing.T, dir string) int {
		return appendRow(t, dir, "missing.csv", "ORG02-000001,S0001,2021-05-01,")
	}, `missing.csv:%d:2: support_id: support episode "S0001" belongs to record "ORG01-000001", not "ORG02-000001"`},
	{"too few cells", func(t *testing.T, dir string) int {
		return appendRow(t, dir, "follow_ups.csv", "ORG01-000001,2025-01-01")
	}, `follow_ups.csv:%d: has 2 cells but the header has 5 columns`},
	{"bare quote", func(t *testing.T, dir string) int {
		return appendRow(t, dir, "milestones.csv", `ORG01-000001,2025-01-01,hous"ing,needed`)
	}, `milestones.csv:%d:`},
	{"not a country", func(t *testing.T, dir string) int {
		return appendRow(t, dir, "follow_ups.csv", "ORG01-000001,2025-02-01,made,safe,XYZ")
	}, `follow_ups.csv:%d:5: country: "XYZ" is not an ISO 3166-1 alpha-3 country code`},
	{"required column missing", func(t *testing.T, dir string) int {
		replaceOnLine(t, dir, "referrals.csv", 1, ",route,", ",routing,")
		return 1
	}, `referrals.csv:%d: route: required column is missing from the header`},
	{"support episode moved to another record", func(t *testing.T, dir string) int {
		replaceOnLine(t, dir, "support.csv", 8, "S0007,ORG02-000001,", "S0007,ORG01-000004,")
		return 8
	}, `support.csv:%d:2: record_id: support_id "S0007" already belongs to record_id "ORG02-000001"`},
	{"record taken over by another source", func(t *testing.T, dir string) int {
		replaceOnLine(t, dir, "people.csv", 2, "ORG01-000001,ORG01,", "ORG01-000001,ORG99,")
		return 2
	}, `people.csv:%d:2: source: record_id "ORG01-000001" already belongs to source "ORG01"`},
	{"conclusive decision before the referral", func(t *testing.T, dir string) int {
		return appendRow(t, dir, "referrals.csv", "R9998,ORG01-000001,2022-01-01,nrm,,,,,,,,,,,,positive,2021-06-01")
	}, `referrals.csv:%d:17: cg_date: 2021-06-01 is before referral_date 2022-01-01`},
	{"missing required cell", func(t *testing.T, dir string) int {
		return appendRow(t, dir, "risk_assessments.csv", "A0999,ORG01-000001,,2025-01-01,,low,,")
	}, `risk_assessments.csv:%d:5: stage: is required`},
}

func testBadRows(t *testing.T, s storage.Store) {
	importOK(t, s, FixtureDir())
	for _, bad := range badRows {
		t.Run(bad.name, func(t *testing.T) {
			dir := copyFixture(t)
			// A good new row and a good change ride along: neither may land.
			appendRow(t, dir, "people.csv", "ORG09-000001,ORG09,Test,Person,,2001,,M,GBR,,eng,")
			replaceOnLine(t, dir, "support.csv", 3, "2023-12-15,other", "2023-12-20,transferred")
			line := bad.edit(t, dir)
			rep, err := bundleio.Import(context.Background(), s, dir, bundleio.Options{Actor: "test"})
			if !errors.Is(err, bundleio.ErrRejected) {
				t.Fatalf("err = %v, want ErrRejected", err)
			}
			want := strings.Replace(bad.want, "%d", itoa(line), 1)
			found := false
			for _, p := range rep.Problems {
				found = found || strings.HasPrefix(p.Error(), want)
			}
			if !found {
				t.Errorf("no problem starting %q in:\n%s", want, problems(rep))
			}
			sameFiles(t, export(t, s), FixtureDir())
		})
	}
}

func problems(rep *bundleio.Report) string {
	var b strings.Builder
	for _, p := range rep.Problems {
		b.WriteString(p.Error() + "\n")
	}
	return b.String()
}

func testSkipBadRows(t *testing.T, s storage.Store) {
	dir := copyFixture(t)
	badLine := appendRow(t, dir, "referrals.csv", "R9999,NOPE-1,2022-01-01,nrm,,,,,,,,,,,,,")
	replaceOnLine(t, dir, "people.csv", 2, ",F,ALB,", ",Q,ALB,") // rejects ORG01-000001 ...
	rejected := filepath.Join(t.TempDir(), "rejected")
	rep, err := bundleio.Import(context.Background(), s, dir, bundleio.Options{Actor: "test", SkipBadRows: true, RejectedDir: rejected})
	if err != nil || !rep.Committed {
		t.Fatalf("skip-bad-rows import: %v (committed %v)", err, rep != nil && rep.Committed)
	}
	// ... and with it the rows that point at it: the fixture has 2 referrals (plus the
	// bad one), 3 support episodes, 4 risk assessments, 7 milestones and 3 follow-ups
	// of ORG01-000001 (grep -c ORG01-000001).
	wantRejected := map[string]int{"people.csv": 1, "referrals.csv": 3, "support.csv": 3, "missing.csv": 0,
		"risk_assessments.csv": 4, "milestones.csv": 7, "follow_ups.csv": 3}
	for _, f := range rep.Files {
		if f.Rejected != wantRejected[f.File] || f.Added != f.Rows-f.Rejected {
			t.Errorf("%s: %d rejected, %d added of %d; want %d rejected", f.File, f.Rejected, f.Added, f.Rows, wantRejected[f.File])
		}
	}
	errs := readFile(t, filepath.Join(rejected, "errors.csv"))
	// line is where the row now is in the rejected file (the bad referral follows the
	// two of ORG01-000001 there), line_in_bundle where it was.
	if !strings.Contains(errs, "referrals.csv,4,2,record_id,") || !strings.Contains(errs, ","+itoa(badLine)+"\n") || !strings.Contains(errs, "people.csv,2,8,sex,") {
		t.Errorf("errors.csv:\n%s", errs)
	}
	people := readFile(t, filepath.Join(rejected, "people.csv"))
	if !strings.HasPrefix(people, "record_id,source,") || !strings.Contains(people, "ORG01-000001,ORG01,") {
		t.Errorf("rejected people.csv:\n%s", people)
	}
	if n, _ := s.Count(context.Background(), bundleKind("people.csv")); n != 12 {
		t.Errorf("%d people records stored, want 12", n)
	}
}

// A bundle from a later export may bring only events about records already stored.
func testLaterBundle(t *testing.T, s storage.Store) {
	importOK(t, s, FixtureDir())
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "people.csv"), []byte("record_id,source\n"))
	writeFile(t, filepath.Join(dir, "follow_ups.csv"), []byte("record_id,date,contact\nORG01-000001,2026-01-15,no_contact\n"))
	rep := importOK(t, s, dir)
	if !rep.Committed || rep.Files[1].Added != 1 {
		t.Fatalf("later bundle: %+v", rep.Files)
	}
	got := readFile(t, filepath.Join(export(t, s), "follow_ups.csv"))
	if !strings.HasSuffix(got, "ORG01-000001,2026-01-15,no_contact,,\n") {
		t.Errorf("follow_ups.csv:\n%s", got)
	}
}

func testUnknownColumns(t *testing.T, s storage.Store) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "people.csv"), []byte("case_worker,record_id,source,family_name\nJ. Doe,ORG05-1,ORG05,Smith\n,ORG05-2,ORG05,Jones\n"))
	rep := importOK(t, s, dir)
	if rep.Warnings != 1 || !strings.Contains(rep.Problems[0].Error(), "unknown columns case_worker") {
		t.Errorf("problems: %s", problems(rep))
	}
	want := "record_id,source,given_names,family_name,aliases,dob,dob_estimated,sex,nationality,birth_place,language,ho_reference,case_worker\n" +
		"ORG05-1,ORG05,,Smith,,,,,,,,,J. Doe\n" +
		"ORG05-2,ORG05,,Jones,,,,,,,,,\n"
	if got := readFile(t, filepath.Join(export(t, s), "people.csv")); got != want {
		t.Errorf("export:\n%s\nwant:\n%s", got, want)
	}
}

func testDryRun(t *testing.T, s storage.Store) {
	rep, err := bundleio.Import(context.Background(), s, FixtureDir(), bundleio.Options{Actor: "test", DryRun: true})
	if err != nil || rep.Committed || rep.Files[0].Added != 13 {
		t.Fatalf("dry run: %v %+v", err, rep)
	}
	if n, _ := s.Count(context.Background(), bundleKind("people.csv")); n != 0 {
		t.Errorf("dry run stored %d people records", n)
	}
	if _, err := os.Stat(FixtureDir()); err != nil {
		t.Fatal(err)
	}
}

// Unknown columns may come in another order, in other capitals, or not at all in some
// rows: none of that is a change, and an export imports back unchanged.
func testUnknownColumnsStable(t *testing.T, s storage.Store) {
	importOK(t, s, FixtureDir())
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "people.csv"), []byte("record_id,source,Note,Ward\nORG05-1,ORG05,x,7\nORG05-2,ORG05,,\n"))
	importOK(t, s, dir)
	writeFile(t, filepath.Join(dir, "people.csv"), []byte("ward,record_id,NOTE,source\n7,ORG05-1,x,ORG05\n,ORG05-2,,ORG05\n"))
	if rep := importOK(t, s, dir); rep.Changed() {
		t.Errorf("reordered, recapitalised unknown columns counted as a change: %+v", rep.Files[0])
	}
	if rep := importOK(t, s, export(t, s)); rep.Changed() {
		t.Errorf("importing the export changed %+v", rep.Files[0])
	}
}

// A file that lacks a column says nothing about it: the stored value stays.
func testMissingColumnsKeepValues(t *testing.T, s storage.Store) {
	importOK(t, s, FixtureDir())
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "people.csv"), []byte("record_id,source,given_names\nORG01-000001,ORG01,Ermira Dëshira\n"))
	if rep := importOK(t, s, dir); rep.Changed() {
		t.Fatalf("a file with fewer columns changed the record: %+v", rep.Files[0])
	}
	writeFile(t, filepath.Join(dir, "people.csv"), []byte("record_id,source,given_names\nORG01-000001,ORG01,Ermira\n"))
	if rep := importOK(t, s, dir); rep.Files[0].Changed != 1 {
		t.Fatalf("the new given name was not a change: %+v", rep.Files[0])
	}
	got := readFile(t, filepath.Join(export(t, s), "people.csv"))
	if want := "ORG01-000001,ORG01,Ermira,Çelaj,Mira;Ermira Celaj,1998-03-14,false,F,ALB,\"Shkodër, Albania\",sqi,A2103348\n"; !strings.Contains(got, want) {
		t.Errorf("people.csv lacks %q:\n%s", want, got)
	}
}

// The folder --skip-bad-rows writes is a bundle: corrected, it imports, and the
// database then holds exactly what the corrected bundle would have given.
func testRejectedFolderReimports(t *testing.T, s storage.Store) {
	dir := copyFixture(t)
	replaceOnLine(t, dir, "referrals.csv", 3, ",nrm,ORG01,", ",nmr,ORG01,") // a bad referral only
	rejected := filepath.Join(t.TempDir(), "rejected")
	if _, err := bundleio.Import(context.Background(), s, dir, bundleio.Options{Actor: "test", SkipBadRows: true, RejectedDir: rejected}); err != nil {
		t.Fatal(err)
	}
	if _, err := bundleio.Import(context.Background(), s, dir, bundleio.Options{Actor: "test", SkipBadRows: true, RejectedDir: rejected}); err == nil || !strings.Contains(err.Error(), "already holds files") {
		t.Errorf("a second run into the same rejected folder: %v", err)
	}
	replaceOnLine(t, rejected, "referrals.csv", 2, ",nmr,", ",nrm,")
	rep := importOK(t, s, rejected)
	if rep.Files[1].Added != 1 {
		t.Fatalf("corrected referral not added: %+v", rep.Files[1])
	}
	sameRows(t, export(t, s), FixtureDir())
}

func testRejectedRowsCount(t *testing.T, s storage.Store) {
	importOK(t, s, FixtureDir())
	dir := copyFixture(t)
	replaceOnLine(t, dir, "people.csv", 2, ",F,ALB,", ",Q,ALB,")
	dup := appendRow(t, dir, "people.csv", "ORG01-000001,ORG01,Ermira,Celaj,,1998,,F,ALB,,,")
	rep, err := bundleio.Import(context.Background(), s, dir, bundleio.Options{Actor: "test", SkipBadRows: true, RejectedDir: filepath.Join(t.TempDir(), "r")})
	if err != nil {
		t.Fatal(err)
	}
	all := problems(rep)
	for _, want := range []string{
		"people.csv:" + itoa(dup) + ":1: record_id: \"ORG01-000001\" repeats line 2",
		"referrals.csv:2:2: record_id: \"ORG01-000001\": its row in people.csv (line 2) was rejected",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no %q in:\n%s", want, all)
		}
	}
	if rep.Changed() {
		t.Errorf("rows of the rejected record changed: %+v", rep.Files)
	}
}

func testLinkage(t *testing.T, s storage.Store) {
	ctx := context.Background()
	importOK(t, s, FixtureDir())
	if m, err := s.LatestModel(ctx); err != nil || m != "" {
		t.Fatalf("a new database has a model: %q %v", m, err)
	}
	run := storage.LinkRun{Actor: "test", Mode: "full", Records: 3, Pairs: 2, People: 2, Model: `{"x":1}`,
		Links:   []storage.PersonLink{{RecordID: "ORG01-000001", PersonID: "P1"}, {RecordID: "ORG01-000002", PersonID: "P1"}, {RecordID: "ORG01-000003", PersonID: "P2"}},
		Reviews: []storage.ReviewPair{{A: "ORG01-000003", B: "ORG01-000001", Probability: 0.7, Reason: "uncertain"}}}
	if _, err := s.SaveLinkRun(ctx, run); err != nil {
		t.Fatal(err)
	}
	links, _ := s.PersonLinks(ctx)
	if len(links) != 3 || links["ORG01-000002"] != "P1" {
		t.Errorf("links %v", links)
	}
	reviews, _ := s.Reviews(ctx)
	if len(reviews) != 1 || reviews[0].A != "ORG01-000001" || reviews[0].B != "ORG01-000003" {
		t.Errorf("reviews %+v (a pair is stored in one order)", reviews)
	}
	if err := s.Decide(ctx, storage.LinkDecision{A: "ORG01-000003", B: "ORG01-000001", Same: false, DecidedBy: "reviewer"}); err != nil {
		t.Fatal(err)
	}
	if reviews, _ := s.Reviews(ctx); len(reviews) != 0 {
		t.Errorf("a decided pair is still to review: %+v", reviews)
	}
	// The next run proposes the same pair again: a decided pair is not asked again.
	run.Links[1].PersonID = "P3"
	if _, err := s.SaveLinkRun(ctx, run); err != nil {
		t.Fatal(err)
	}
	decisions, _ := s.LinkDecisions(ctx)
	reviews, _ = s.Reviews(ctx)
	links, _ = s.PersonLinks(ctx)
	if len(decisions) != 1 || decisions[0].Same || decisions[0].DecidedBy != "reviewer" || len(reviews) != 0 || links["ORG01-000002"] != "P3" {
		t.Errorf("decisions %+v, reviews %+v, links %v", decisions, reviews, links)
	}
	if m, _ := s.LatestModel(ctx); m != `{"x":1}` {
		t.Errorf("latest model %q", m)
	}
}

// A file with fewer columns fills the rest from what is stored, and the row that
// results must keep every rule: a report cannot become a Duty to Notify report with
// decisions, while a decision date for a stored decision is fine.
func testPartialFilesKeepRowRules(t *testing.T, s storage.Store) {
	importOK(t, s, FixtureDir())
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "people.csv"), []byte("record_id,source\n"))
	writeFile(t, filepath.Join(dir, "referrals.csv"), []byte("referral_id,record_id,referral_date,route\nR0001,ORG01-000001,2021-03-10,dtn\n"))
	rep, err := bundleio.Import(context.Background(), s, dir, bundleio.Options{Actor: "test"})
	if !errors.Is(err, bundleio.ErrRejected) || !strings.Contains(problems(rep), "referrals.csv:2:4: route: a Duty to Notify report (dtn) has no reasonable or conclusive grounds decision (with the values already stored") {
		t.Errorf("err %v:\n%s", err, problems(rep))
	}
	writeFile(t, filepath.Join(dir, "referrals.csv"), []byte("referral_id,record_id,referral_date,route,cg_date\nR0001,ORG01-000001,2021-03-10,nrm,2022-09-21\n"))
	if rep := importOK(t, s, dir); rep.Files[1].Changed != 1 {
		t.Errorf("a new date for a stored decision: %+v", rep.Files[1])
	}
}

// A snapshot is of one data version, which every import and every link run changes;
// saving one replaces the last.
func testSnapshots(t *testing.T, s storage.Store) {
	ctx := context.Background()
	chunks := func(version string) []string {
		t.Helper()
		var out []string
		found, err := s.Snapshot(ctx, version, func(data []byte) error {
			out = append(out, string(data))
			return nil
		})
		if err != nil || found != (out != nil) {
			t.Fatalf("snapshot %q: found %v, %v", version, found, err)
		}
		return out
	}
	empty, err := s.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	importOK(t, s, copyFixture(t))
	imported, _ := s.DataVersion(ctx)
	if _, err := s.SaveLinkRun(ctx, storage.LinkRun{Actor: "test", Mode: "full", Model: "{}"}); err != nil {
		t.Fatal(err)
	}
	linked, _ := s.DataVersion(ctx)
	if empty == imported || imported == linked {
		t.Errorf("data versions %q, %q, %q: an import and a link run must each change it", empty, imported, linked)
	}
	if err := s.SaveSnapshot(ctx, imported, chunksOf("head", "people")); err != nil {
		t.Fatal(err)
	}
	if got := chunks(imported); !slices.Equal(got, []string{"head", "people"}) {
		t.Errorf("chunks %q", got)
	}
	if got := chunks(linked); got != nil {
		t.Errorf("a snapshot of another version: %q", got)
	}
	if err := s.SaveSnapshot(ctx, linked, chunksOf("new")); err != nil {
		t.Fatal(err)
	}
	if chunks(imported) != nil || !slices.Equal(chunks(linked), []string{"new"}) {
		t.Error("saving a snapshot did not replace the last")
	}
}

// The first user is a system admin, who adds the rest; a support worker belongs to an
// organisation the database knows.
func testUsers(t *testing.T, s storage.Store) {
	ctx := context.Background()
	importOK(t, s, copyFixture(t))
	refused := func(by string, u storage.User, why string) {
		t.Helper()
		if err := s.AddUser(ctx, by, u); err == nil || !strings.Contains(err.Error(), why) {
			t.Errorf("%s adding %+v: %v, want an error saying %q", by, u, err, why)
		}
	}
	refused("os:root", storage.User{Name: "bea", Role: storage.RoleAnalyst}, "the first user must be a system_admin")
	if err := s.AddUser(ctx, "os:root", storage.User{Name: "ada", Role: storage.RoleSystemAdmin}); err != nil {
		t.Fatal(err)
	}
	refused("bea", storage.User{Name: "bea", Role: storage.RoleAnalyst}, "only a system_admin adds users (and an organisation_admin those of their organisation), and bea is neither")
	refused("ada", storage.User{Name: "ada", Role: storage.RoleAnalyst}, `already a user "ada"`)
	refused("ada", storage.User{Name: "sam", Role: storage.RoleSupportWorker}, "belongs to an organisation")
	refused("ada", storage.User{Name: "sam", Role: storage.RoleSupportWorker, Organisation: "NOPE"}, `no organisation "NOPE"`)
	refused("ada", storage.User{Name: "bea", Role: storage.RoleAnalyst, Organisation: "ORG01"}, "works across organisations")
	refused("ada", storage.User{Name: "bea", Role: "boss"}, `role "boss"`)
	refused("ada", storage.User{Name: "zed/../sam", Role: storage.RoleAnalyst}, "use letters, digits and . _ @ - only")
	for _, u := range []storage.User{{Name: "bea", Role: storage.RoleAnalyst}, {Name: "sam", Role: storage.RoleSupportWorker, Organisation: "ORG01"}} {
		if err := s.AddUser(ctx, "ada", u); err != nil {
			t.Fatal(err)
		}
	}
	bea, ok, err := s.User(ctx, "bea")
	if err != nil || !ok || bea.Role != storage.RoleAnalyst || bea.AddedBy != "ada" || bea.AddedAt.IsZero() {
		t.Errorf("bea: %+v %v %v", bea, ok, err)
	}
	if _, ok, err := s.User(ctx, "nobody"); ok || err != nil {
		t.Errorf("a user nobody added: %v %v", ok, err)
	}
	users, err := s.ListUsers(ctx)
	if err != nil || len(users) != 3 || users[0].Name != "ada" || users[2].Organisation != "ORG01" {
		t.Errorf("users: %+v %v", users, err)
	}
	// An organisation admin adds support workers and admins of their own organisation.
	if err := s.AddUser(ctx, "ada", storage.User{Name: "olu", Role: storage.RoleOrganisationAdmin, Organisation: "ORG01"}); err != nil {
		t.Fatal(err)
	}
	if err := s.AddUser(ctx, "olu", storage.User{Name: "tom", Role: storage.RoleSupportWorker, Organisation: "ORG01"}); err != nil {
		t.Errorf("an organisation admin adding a support worker of theirs: %v", err)
	}
	refused("olu", storage.User{Name: "tia", Role: storage.RoleSupportWorker, Organisation: "ORG02"}, "of their own organisation (ORG01) only")
	refused("olu", storage.User{Name: "ann", Role: storage.RoleAnalyst}, "of their own organisation (ORG01) only")
	refused("sam", storage.User{Name: "sid", Role: storage.RoleSupportWorker, Organisation: "ORG01"}, "sam is neither")
}

func chunksOf(chunks ...string) iter.Seq2[[]byte, error] {
	return func(yield func([]byte, error) bool) {
		for _, c := range chunks {
			if !yield([]byte(c), nil) {
				return
			}
		}
	}
}

// What Audit records, AuditLog gives back, oldest first, from a time on.
func testAuditLog(t *testing.T, s storage.Store) {
	ctx := context.Background()
	before := time.Now().Add(-time.Minute)
	for _, action := range []string{"report", "events"} {
		if err := s.Audit(ctx, storage.AuditEvent{Actor: "bea", Action: action, Subject: "all linked people", Detail: "d"}); err != nil {
			t.Fatal(err)
		}
	}
	log, err := s.AuditLog(ctx, before)
	if err != nil {
		t.Fatal(err)
	}
	if len(log) != 2 || log[0].Action != "report" || log[1].Action != "events" || log[0].Actor != "bea" || log[0].At.Before(before) || log[1].Detail != "d" {
		t.Errorf("audit log %+v", log)
	}
	if later, err := s.AuditLog(ctx, time.Now().Add(time.Hour)); err != nil || len(later) != 0 {
		t.Errorf("events from an hour hence: %+v %v", later, err)
	}
}

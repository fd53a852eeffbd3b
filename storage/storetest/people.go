package storetest

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundle"
	"github.com/retrace-uk/retrace/storage"
)

// linkFixture imports the fixture with support episode S0013 provided by ORG01 (the
// record is ORG04's) and links the fixture's two people known to two organisations:
// Selam Tesfai (ORG01-000003, ORG03-000001) and Duc Trinh (ORG02-000001, ORG04-000003).
func linkFixture(t *testing.T, s storage.Store) {
	t.Helper()
	dir := copyFixture(t)
	replaceOnLine(t, dir, "support.csv", 14, "S0013,ORG04-000001,ORG04,", "S0013,ORG04-000001,ORG01,")
	importOK(t, s, dir)
	run := storage.LinkRun{Actor: "test", Mode: "full", Records: 4, Pairs: 2, People: 2, Model: "{}", Links: []storage.PersonLink{
		{RecordID: "ORG01-000003", PersonID: "P-SELAM"}, {RecordID: "ORG03-000001", PersonID: "P-SELAM"},
		{RecordID: "ORG02-000001", PersonID: "P-DUC"}, {RecordID: "ORG04-000003", PersonID: "P-DUC"},
	}}
	if _, err := s.SaveLinkRun(context.Background(), run); err != nil {
		t.Fatal(err)
	}
}

func recordIDs(recs []retrace.PersonRecord) []string {
	var out []string
	for _, r := range recs {
		out = append(out, r.RecordID)
	}
	return out
}

// An organisation reads its own records and those of people it supported, nothing
// else, whichever id it asks for; an analyst reads every organisation's.
func testScopedPeople(t *testing.T, s storage.Store) {
	ctx := context.Background()
	linkFixture(t, s)
	if err := s.Optimize(ctx); err != nil { // fresh statistics change plans, never answers
		t.Fatal(err)
	}
	// Support provided: ORG01 S0001–S0005 and S0013, ORG03 four, ORG02 three.
	if got, err := s.Providers(ctx); err != nil || !slices.Equal(got, []string{"ORG01", "ORG03", "ORG02"}) {
		t.Errorf("providers, most support first: %v %v", got, err)
	}
	org1, org3, all := storage.Scope{Organisation: "ORG01"}, storage.Scope{Organisation: "ORG03"}, storage.Scope{}
	for _, c := range []struct {
		sc     storage.Scope
		person string
		want   []string
	}{
		{org1, "P-SELAM", []string{"ORG01-000003"}},
		{org3, "P-SELAM", []string{"ORG03-000001"}},
		{all, "P-SELAM", []string{"ORG01-000003", "ORG03-000001"}},
		{org1, "ORG01-000001", []string{"ORG01-000001"}}, // unlinked: the record is the person
		{org3, "ORG01-000001", nil},
		{org1, "P-DUC", nil},
		{org1, "ORG04-000001", []string{"ORG04-000001"}}, // ORG01 provided its support (S0013)
		{org3, "ORG04-000001", nil},
		{org1, "ORG02-000001", nil}, // linked: its person id, not its record id, finds it
	} {
		recs, err := s.PersonRecords(ctx, c.sc, c.person)
		if err != nil {
			t.Fatal(err)
		}
		if got := recordIDs(recs); !slices.Equal(got, c.want) {
			t.Errorf("%+v reading %s: %v, want %v", c.sc, c.person, got, c.want)
		}
	}
	recs, err := s.Records(ctx, org3, []string{"ORG03-000002", "ORG01-000001", "ORG03-000003"})
	if got := recordIDs(recs); err != nil || !slices.Equal(got, []string{"ORG03-000002", "ORG03-000003"}) {
		t.Errorf("ORG03 reading three records: %v %v", got, err)
	}
	var support []string
	err = s.EachInScope(ctx, org1, bundle.Support, func(person string, cells []string, _ retrace.Extra) error {
		support = append(support, cells[0]+"@"+person)
		return nil
	})
	want := []string{"S0001@ORG01-000001", "S0002@ORG01-000001", "S0003@ORG01-000001", "S0004@ORG01-000002", "S0005@P-SELAM", "S0013@ORG04-000001"}
	if err != nil || !slices.Equal(support, want) {
		t.Errorf("ORG01's support episodes: %v %v, want %v", support, err, want)
	}
}

// An organisation hears of its people's referrals on other organisations' records:
// when and by whom, nothing more.
func testReferralsElsewhere(t *testing.T, s storage.Store) {
	ctx := context.Background()
	linkFixture(t, s)
	got, err := s.ReferralsElsewhere(ctx, "ORG01", "")
	if err != nil {
		t.Fatal(err)
	}
	// Selam's ORG03 record holds R0005 (2020-10-20, first responder NGO07).
	want := []storage.ReferralElsewhere{{RecordID: "ORG01-000003", PersonID: "P-SELAM", Date: "2020-10-20", By: "NGO07"}}
	if !slices.Equal(got, want) {
		t.Errorf("ORG01: %+v, want %+v", got, want)
	}
	// Duc's ORG04 record holds R0016 (2023-06-01, by LA02); ORG02's holds R0006.
	got, err = s.ReferralsElsewhere(ctx, "ORG02", "P-DUC")
	want = []storage.ReferralElsewhere{{RecordID: "ORG02-000001", PersonID: "P-DUC", Date: "2023-06-01", By: "LA02"}}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("ORG02 about P-DUC: %+v %v, want %+v", got, err, want)
	}
	if got, err := s.ReferralsElsewhere(ctx, "ORG02", "P-SELAM"); err != nil || len(got) != 0 {
		t.Errorf("ORG02 about someone it never had: %+v %v", got, err)
	}
}

// Search keys are made once per import of a record, and kept per organisation whose
// scope the record is in: the one that sent it, and those that supported the person.
func testNameSearch(t *testing.T, s storage.Store) {
	ctx := context.Background()
	linkFixture(t, s) // S0013, of ORG04's record ORG04-000001, is provided by ORG01
	family := func(p retrace.PersonRecord) []string {
		if p.FamilyName == "" {
			return nil
		}
		return []string{"f:" + strings.ToLower(p.FamilyName), "f:" + strings.ToLower(p.FamilyName)} // a repeat is kept once
	}
	n, err := s.IndexNames(ctx, family)
	if err != nil || n != 13 {
		t.Fatalf("first index: %d records, %v; want the fixture's 13", n, err)
	}
	if n, err := s.IndexNames(ctx, family); err != nil || n != 0 {
		t.Errorf("second index with nothing imported: %d records, %v", n, err)
	}
	org1, org2 := storage.Scope{Organisation: "ORG01"}, storage.Scope{Organisation: "ORG02"}
	got, err := s.SearchNames(ctx, org1, []string{"f:rrapaj", "f:tesfai", "f:okafor-bell"}, 10)
	want := []storage.NameMatch{{RecordID: "ORG01-000003", Keys: []string{"f:tesfai"}}, {RecordID: "ORG04-000001", Keys: []string{"f:okafor-bell"}}}
	if err != nil || !matchesEqual(got, want) {
		t.Errorf("ORG01's search: %+v %v, want %+v", got, err, want)
	}
	got, err = s.SearchNames(ctx, org2, []string{"f:rrapaj", "f:tesfai", "f:okafor-bell"}, 10)
	want = []storage.NameMatch{{RecordID: "ORG02-000003", Keys: []string{"f:rrapaj"}}}
	if err != nil || !matchesEqual(got, want) {
		t.Errorf("ORG02's search: %+v %v, want %+v", got, err, want)
	}
	if _, err := s.SearchNames(ctx, storage.Scope{}, []string{"f:rrapaj"}, 10); !errors.Is(err, storage.ErrNoScope) {
		t.Errorf("a search outside any organisation: %v", err)
	}
	if got, err := s.SearchNames(ctx, org1, []string{"f:tesfai", "f:okafor-bell"}, 1); err != nil || len(got) != 1 {
		t.Errorf("a limit of one gave %d", len(got))
	}
	people, err := s.PeopleOf(ctx, []string{"ORG01-000003", "ORG04-000001"})
	if err != nil || len(people) != 2 || people["ORG01-000003"] != "P-SELAM" || people["ORG04-000001"] != "ORG04-000001" {
		t.Errorf("the people of two records, one linked: %v %v", people, err)
	}
	dir := copyFixture(t)
	replaceOnLine(t, dir, "support.csv", 14, "S0013,ORG04-000001,ORG04,", "S0013,ORG04-000001,ORG01,") // as linkFixture has it
	replaceOnLine(t, dir, "people.csv", 9, "Rrapaj", "Rrapi")
	importOK(t, s, dir)
	if n, err := s.IndexNames(ctx, family); err != nil || n != 1 {
		t.Errorf("after one record changed, %d indexed, %v", n, err)
	}
	if got, _ := s.SearchNames(ctx, org2, []string{"f:rrapaj"}, 10); len(got) != 0 {
		t.Errorf("the old name is still found: %+v", got)
	}
	// ORG03 comes to support Gezim (ORG02-000003): a new support episode on ORG02's
	// record makes it ORG03's to find.
	appendRow(t, dir, "support.csv", "S0099,ORG02-000003,ORG03,ngo_other,2025-01-01,,")
	importOK(t, s, dir)
	if n, err := s.IndexNames(ctx, family); err != nil || n != 1 {
		t.Errorf("after a support episode by another organisation, %d indexed, %v", n, err)
	}
	if got, _ := s.SearchNames(ctx, storage.Scope{Organisation: "ORG03"}, []string{"f:rrapi"}, 10); len(got) != 1 {
		t.Errorf("the new supporter does not find the record: %+v", got)
	}
}

// When more records match a search than the limit, the best are kept, not those that
// come first: a spelling-group key counts three, another one. Of ORG01's records,
// ORG04-000001 (in its scope through S0013) holds two keys of weight one, and
// ORG01-000004 one spelling key, weight three; the others one key of weight one.
func testSearchKeepsBestMatches(t *testing.T, s storage.Store) {
	ctx := context.Background()
	linkFixture(t, s)
	spelled := retrace.SpellingKeyPrefix + "spelled"
	keys := func(p retrace.PersonRecord) []string {
		switch p.RecordID {
		case "ORG04-000001":
			return []string{"k:any", "k:extra"}
		case "ORG01-000004":
			return []string{spelled}
		}
		return []string{"k:any"}
	}
	if _, err := s.IndexNames(ctx, keys); err != nil {
		t.Fatal(err)
	}
	org1 := storage.Scope{Organisation: "ORG01"}
	got, err := s.SearchNames(ctx, org1, []string{"k:any", "k:extra"}, 1)
	if want := []storage.NameMatch{{RecordID: "ORG04-000001", Keys: []string{"k:any", "k:extra"}}}; err != nil || !matchesEqual(got, want) {
		t.Errorf("the best of ORG01's matches: %+v %v, want %+v", got, err, want)
	}
	got, err = s.SearchNames(ctx, org1, []string{"k:any", "k:extra", spelled}, 2)
	if want := []storage.NameMatch{{RecordID: "ORG01-000004", Keys: []string{spelled}}, {RecordID: "ORG04-000001", Keys: []string{"k:any", "k:extra"}}}; err != nil || !matchesEqual(got, want) {
		t.Errorf("a spelling key against two others: %+v %v, want %+v", got, err, want)
	}
	got, err = s.SearchNames(ctx, org1, []string{"k:any"}, 2) // a tie: the lower record ids
	if want := []storage.NameMatch{{RecordID: "ORG01-000001", Keys: []string{"k:any"}}, {RecordID: "ORG01-000002", Keys: []string{"k:any"}}}; err != nil || !matchesEqual(got, want) {
		t.Errorf("two of ORG01's equal matches: %+v %v, want %+v", got, err, want)
	}
}

func matchesEqual(a, b []storage.NameMatch) bool {
	return slices.EqualFunc(a, b, func(x, y storage.NameMatch) bool {
		return x.RecordID == y.RecordID && slices.Equal(x.Keys, y.Keys)
	})
}

// A password is set by its user, a system admin, or their organisation's admin;
// sessions end when idle, when old, when ended, and when the password changes.
func testAccounts(t *testing.T, s storage.Store) {
	ctx := context.Background()
	importOK(t, s, copyFixture(t))
	for _, add := range []struct {
		by string
		u  storage.User
	}{
		{"os:root", storage.User{Name: "ada", Role: storage.RoleSystemAdmin}},
		{"ada", storage.User{Name: "olu", Role: storage.RoleOrganisationAdmin, Organisation: "ORG01"}},
		{"ada", storage.User{Name: "sam", Role: storage.RoleSupportWorker, Organisation: "ORG01"}},
		{"ada", storage.User{Name: "tia", Role: storage.RoleSupportWorker, Organisation: "ORG02"}},
		{"ada", storage.User{Name: "bea", Role: storage.RoleAnalyst}},
	} {
		if err := s.AddUser(ctx, add.by, add.u); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		by, name string
		ok       bool
	}{
		{"sam", "sam", true}, {"olu", "sam", true}, {"ada", "tia", true}, {"ada", "bea", true},
		{"olu", "tia", false}, {"sam", "olu", false}, {"bea", "sam", false}, {"olu", "bea", false}, {"nobody", "sam", false},
	} {
		err := s.SetPassword(ctx, c.by, c.name, "hash-by-"+c.by, time.Now())
		if (err == nil) != c.ok {
			t.Errorf("%s setting %s's password: %v, want allowed %v", c.by, c.name, err, c.ok)
		}
	}
	if err := s.SetPassword(ctx, "ada", "ghost", "h", time.Now()); err == nil {
		t.Error("a password was set for a user who does not exist")
	}
	if h, err := s.PasswordHash(ctx, "sam"); err != nil || h != "hash-by-olu" {
		t.Errorf("sam's hash %q %v", h, err)
	}
	if h, err := s.PasswordHash(ctx, "olu"); err != nil || h != "" {
		t.Errorf("olu has no password yet, got %q %v", h, err)
	}
	testSessions(t, s)
	now := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	for range 3 {
		if err := s.NoteLoginFailure(ctx, "user:sam", now); err != nil {
			t.Fatal(err)
		}
	}
	s.NoteLoginFailure(ctx, "user:sam", now.Add(-time.Hour))
	if n, err := s.LoginFailures(ctx, "user:sam", now.Add(-15*time.Minute)); err != nil || n != 3 {
		t.Errorf("failures in the window: %d %v, want 3", n, err)
	}
	if err := s.ForgetLoginFailures(ctx, "user:sam"); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.LoginFailures(ctx, "user:sam", now.Add(-24*time.Hour)); n != 0 {
		t.Errorf("failures after forgetting: %d", n)
	}
}

func testSessions(t *testing.T, s storage.Store) {
	ctx := context.Background()
	start := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	idle, last := 30*time.Minute, 12*time.Hour
	open := func(token string) {
		if err := s.StartSession(ctx, storage.Session{TokenHash: token, UserName: "sam", CSRFToken: "csrf-" + token, CreatedAt: start, SeenAt: start, ExpiresAt: start.Add(last)}); err != nil {
			t.Fatal(err)
		}
	}
	live := func(token string, at time.Time) bool {
		t.Helper()
		ss, u, ok, err := s.SessionOf(ctx, token, at, idle)
		if err != nil {
			t.Fatal(err)
		}
		if ok && (u.Name != "sam" || u.Organisation != "ORG01" || ss.CSRFToken != "csrf-"+token) {
			t.Errorf("session %s: %+v of %+v", token, ss, u)
		}
		return ok
	}
	open("a")
	if !live("a", start.Add(20*time.Minute)) || !live("a", start.Add(45*time.Minute)) {
		t.Error("a session in use ended") // seen at 20 minutes, so 45 is 25 idle
	}
	if live("a", start.Add(80*time.Minute)) || live("a", start.Add(81*time.Minute)) {
		t.Error("a session idle 35 minutes lives on")
	}
	open("b")
	for m := 20; m < 12*60; m += 20 {
		if !live("b", start.Add(time.Duration(m)*time.Minute)) {
			t.Fatalf("session b ended at %d minutes", m)
		}
	}
	if live("b", start.Add(last)) {
		t.Error("a session outlived its 12 hours")
	}
	open("c")
	if err := s.EndSession(ctx, "c"); err != nil || live("c", start) {
		t.Errorf("an ended session lives: %v", err)
	}
	open("d")
	if err := s.SetPassword(ctx, "sam", "sam", "new", time.Now()); err != nil || live("d", start) {
		t.Errorf("a session outlived a new password: %v", err)
	}
	if live("nope", start) {
		t.Error("an unknown token is a session")
	}
}

// The pairs to review that hold a record are found from either side of the pair.
func testReviewsOf(t *testing.T, s storage.Store) {
	ctx := context.Background()
	importOK(t, s, FixtureDir())
	run := storage.LinkRun{Actor: "test", Mode: "full", Model: "{}", Reviews: []storage.ReviewPair{
		{A: "ORG01-000001", B: "ORG02-000003", Probability: 0.5, Reason: "uncertain"},
		{A: "ORG03-000002", B: "ORG01-000002", Probability: 0.7, Reason: "uncertain"},
		{A: "ORG03-000003", B: "ORG04-000001", Probability: 0.6, Reason: "uncertain"},
	}}
	if _, err := s.SaveLinkRun(ctx, run); err != nil {
		t.Fatal(err)
	}
	got, err := s.ReviewsOf(ctx, []string{"ORG02-000003", "ORG01-000002"})
	// Stored in one order (ORG01-000002 before ORG03-000002), likeliest first.
	want := []storage.ReviewPair{{A: "ORG01-000002", B: "ORG03-000002", Probability: 0.7, Reason: "uncertain"},
		{A: "ORG01-000001", B: "ORG02-000003", Probability: 0.5, Reason: "uncertain"}}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("reviews of two records: %+v %v, want %+v", got, err, want)
	}
}

// RecordsOfRows tells which record each named row belongs to, and leaves out names
// no row has.
func testRecordsOfRows(t *testing.T, s storage.Store) {
	ctx := context.Background()
	importOK(t, s, FixtureDir())
	got, err := s.RecordsOfRows(ctx, bundleKind("referrals.csv"), "referral_id", []string{"R0005", "R0013", "R9999"})
	if err != nil || len(got) != 2 || got["R0005"] != "ORG03-000001" || got["R0013"] != "ORG04-000001" {
		t.Errorf("referrals: %v %v", got, err)
	}
	got, err = s.RecordsOfRows(ctx, bundleKind("risk_assessments.csv"), "support_id", []string{"S0007"})
	if err != nil || len(got) != 1 || got["S0007"] != "ORG02-000001" {
		t.Errorf("risk assessments by support episode: %v %v", got, err)
	}
	if _, err := s.RecordsOfRows(ctx, bundleKind("referrals.csv"), "record_id; DROP TABLE referrals", []string{"x"}); err == nil {
		t.Error("a column the file does not have was accepted")
	}
}

// A person's journey rows come in one query, kind by kind and each in stored order:
// the same rows EachOfRecords gives kind by kind, as many as the fixture has.
func testJourneyRows(t *testing.T, s storage.Store) {
	ctx := context.Background()
	importOK(t, s, FixtureDir())
	var all []string
	if err := s.Each(ctx, bundleKind("people.csv"), func(cells []string, _ retrace.Extra) error {
		all = append(all, cells[0])
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var kinds []*bundle.Kind
	for _, k := range bundle.Kinds {
		if k != bundle.People {
			kinds = append(kinds, k)
		}
	}
	if err := s.JourneyRows(ctx, []*bundle.Kind{bundle.People}, all, func(*bundle.Kind, []string, retrace.Extra) error { return nil }); err == nil {
		t.Error("people's own rows, whose identity fields PersonRecords decrypts, were read as journey rows")
	}
	for _, records := range [][]string{all, {"ORG01-000003"}, {"ORG02-000001", "ORG01-000001"}, {"NOBODY"}} {
		want := map[*bundle.Kind][]string{}
		var order []*bundle.Kind
		for _, k := range kinds {
			if err := s.EachOfRecords(ctx, k, records, func(cells []string, _ retrace.Extra) error {
				want[k] = append(want[k], strings.Join(cells, ","))
				return nil
			}); err != nil {
				t.Fatal(err)
			}
		}
		got := map[*bundle.Kind][]string{}
		err := s.JourneyRows(ctx, kinds, records, func(k *bundle.Kind, cells []string, _ retrace.Extra) error {
			if len(order) == 0 || order[len(order)-1] != k {
				order = append(order, k)
			}
			got[k] = append(got[k], strings.Join(cells, ","))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for i := 1; i < len(order); i++ {
			if slices.Index(kinds, order[i]) < slices.Index(kinds, order[i-1]) {
				t.Errorf("%v: kinds out of order: %s after %s", records, order[i].File, order[i-1].File)
			}
		}
		for _, k := range kinds {
			if !slices.Equal(got[k], want[k]) {
				t.Errorf("%v, %s:\n%q\nwant\n%q", records, k.File, got[k], want[k])
			}
			if len(records) == len(all) && len(got[k]) != fixtureRows[k.File] {
				t.Errorf("all records, %s: %d rows, the fixture has %d", k.File, len(got[k]), fixtureRows[k.File])
			}
		}
	}
}

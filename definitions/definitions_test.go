package definitions

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/retrace-uk/retrace"
)

// referral builds an NRM referral: id, referral date, exploitation start and end.
func referral(t *testing.T, id, referred, start, end string) retrace.Referral {
	return retrace.Referral{ReferralID: id, RecordID: "REC-" + id, Route: retrace.RouteNRM, ReferralDate: retrace.MustParseDate(referred),
		ExploitationStart: retrace.MustParseDate(start), ExploitationEnd: retrace.MustParseDate(end)}
}

// A person referred twice about one incident (periods overlap), supported, who
// reported re-exploitation at a follow-up and was referred again about a new
// incident. Every expected value below is worked out by hand from figures.md.
func journeyA(t *testing.T) Journey {
	r1 := referral(t, "R1", "2020-03-10", "2019-06", "2020-02-15")
	r1.ExploitationTypes, r1.ExploitationLocation, r1.ExploiterRelationship = []retrace.ExploitationType{retrace.Labour}, retrace.InUK, retrace.Employer
	r1.ReasonableGrounds = retrace.Decision{Outcome: retrace.Positive, Date: retrace.MustParseDate("2020-03-20")}
	r2 := referral(t, "R2", "2020-04-01", "2019-09", "2020-02")
	r2.ExploitationTypes = []retrace.ExploitationType{retrace.Labour}
	r3 := referral(t, "R3", "2022-05-20", "2022-01", "")
	r3.ExploitationTypes, r3.ExploitationLocation, r3.ExploiterRelationship = []retrace.ExploitationType{retrace.Sexual}, retrace.InUK, retrace.Partner
	return Journey{PersonID: "P1", Records: []string{"B-2", "A-1"},
		Referrals: []retrace.Referral{r3, r1, r2},
		Support:   []retrace.SupportEpisode{{SupportID: "S1", RecordID: "A-1", Start: retrace.MustParseDate("2020-03-15"), End: retrace.MustParseDate("2021-01-31"), ExitReason: retrace.MoveOn}},
		FollowUps: []retrace.FollowUp{{RecordID: "A-1", Date: retrace.MustParseDate("2021-06-01"), Contact: retrace.ContactMade, Status: retrace.ReExploited}},
	}
}

func TestBuiltInDefinitionsOnOneJourney(t *testing.T) {
	j := journeyA(t)
	want := map[string]string{ // definition → event date ("" = does not count)
		"repeat-referral":              "2020-04-01", // the second NRM referral
		"re-referral-distinct":         "2022-05-20", // R1+R2 one incident; R3 the second
		"re-trafficking":               "2022-01",    // R3 starts after the exit 2020-02 of R1+R2
		"re-trafficking-after-support": "2022-01",    // R3 starts after S1 ended 2021-01-31
		"re-exploitation":              "2021-06-01", // the follow-up comes first
	}
	for _, d := range BuiltIn() {
		v := Count(d, j)
		got := ""
		if v.Event != nil {
			got = v.Event.Date.String()
			if v.Event.PersonID != "P1" || strings.Join(v.Event.Records, ";") != "A-1;B-2" || v.Event.Evidence == "" {
				t.Errorf("%s: event %+v", d.Name, *v.Event)
			}
		}
		if got != want[d.Name] {
			t.Errorf("%s: event on %q, want %q; reasons %q", d.Name, got, want[d.Name], v.Reasons)
		}
	}
}

func TestParametersChangeWhoCounts(t *testing.T) {
	j := journeyA(t)
	base := *Find(BuiltIn(), "re-trafficking")
	cases := []struct {
		change func(*Definition)
		counts bool
	}{
		{func(d *Definition) { d.Exploiter = "different" }, true}, // employer, then partner
		{func(d *Definition) { d.Exploiter = "same" }, false},
		{func(d *Definition) { d.RequiredDecision = "rg" }, true}, // R1 has a positive RG
		{func(d *Definition) { d.RequiredDecision = "cg" }, false},
		{func(d *Definition) { d.Location = "uk" }, true},
		{func(d *Definition) { d.Location = "after_return" }, false}, // never returned home
		// Exit 2020-02 (latest 29 February) + 700 days = 2022-01-29: the start 2022-01
		// may be earlier, so it does not count; 600 days (2021-10-21) does.
		{func(d *Definition) { d.MinGapDays = 700 }, false},
		{func(d *Definition) { d.MinGapDays = 600 }, true},
	}
	for i, c := range cases {
		d := base
		c.change(&d)
		if v := Count(d, j); (v.Event != nil) != c.counts {
			t.Errorf("case %d: counts %v, want %v; %q", i, v.Event != nil, c.counts, v.Reasons)
		}
	}
}

// A Duty to Notify report followed by an NRM referral of the same incident is one
// incident and one NRM referral: it counts under no definition.
func TestDutyToNotifyThenReferralIsOneIncident(t *testing.T) {
	dtn := referral(t, "D1", "2021-01-05", "", "")
	dtn.Route, dtn.ExploitationTypes = retrace.RouteDtN, []retrace.ExploitationType{retrace.Criminal}
	nrm := referral(t, "N1", "2021-02-20", "", "")
	nrm.ExploitationTypes = []retrace.ExploitationType{retrace.Criminal}
	j := Journey{PersonID: "P2", Records: []string{"X"}, Referrals: []retrace.Referral{dtn, nrm}}
	for _, d := range BuiltIn() {
		if v := Count(d, j); v.Event != nil {
			t.Errorf("%s counts: %s", d.Name, v.Event.Evidence)
		}
	}
	if eps := Episodes(j, 90, false); len(eps) != 1 {
		t.Errorf("%d episodes, want 1", len(eps))
	}
	if eps := Episodes(j, 30, false); len(eps) != 2 { // 46 days apart
		t.Errorf("with same_incident_days 30: %d episodes, want 2", len(eps))
	}
}

// A month-precise end (2020-05) may be as late as 31 May, so an episode starting 20
// May may overlap it: one incident, never re-trafficking.
func TestPartialDatesAreRanges(t *testing.T) {
	j := Journey{PersonID: "P3", Referrals: []retrace.Referral{
		referral(t, "R1", "2020-06-01", "2020-01", "2020-05"),
		referral(t, "R2", "2020-09-01", "2020-05-20", "2020-08-01"),
	}}
	if v := Count(*Find(BuiltIn(), "re-trafficking"), j); v.Event != nil {
		t.Errorf("counted: %s", v.Event.Evidence)
	}
	j.Referrals[1].ExploitationStart = retrace.MustParseDate("2020-06-01")
	if v := Count(*Find(BuiltIn(), "re-trafficking"), j); v.Event == nil || v.Event.Date.String() != "2020-06-01" {
		t.Errorf("a start after 31 May is a new episode after the exit: %+v", v)
	}
}

func TestDefinitionFilesAreChecked(t *testing.T) {
	for _, d := range BuiltIn() {
		if d.Name == "" || d.Version != 1 || d.Description == "" {
			t.Errorf("built-in %+v", d)
		}
	}
	text := "name = \"Mine\"\nversion = 0\ncounts = \"episode_after_exit\"\nevidence = [\"referral\", \"phone\"]\nlocation = \"wales\"\ncolour = \"red\"\n"
	_, err := Parse([]byte(text), "mine.toml")
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{
		`mine.toml:1: name: "Mine": use lower-case letters`,
		`mine.toml:2: version: required`,
		`mine.toml:4: evidence: "phone" is not allowed (allowed: referral, follow_up)`,
		`mine.toml:5: location: "wales" is not allowed (allowed: any, uk, after_return)`,
		`mine.toml:6: colour: unknown key`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in:\n%v", want, err)
		}
	}
	if _, err := Parse([]byte("name = \"x\"\nversion = [\n"), "broken.toml"); err == nil || !strings.Contains(err.Error(), "broken.toml:") {
		t.Errorf("a syntax error: %v", err)
	}
}

func TestUserDefinitionsAreLoadedFromAFolder(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.toml"), []byte("name = \"re-trafficking-12m\"\nversion = 2\ncounts = \"episode_after_exit\"\nmin_gap_days = 365\n"), 0o600)
	defs, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	d := Find(defs, "re-trafficking-12m")
	if len(defs) != 6 || d == nil || d.MinGapDays != 365 || d.Location != "any" || d.SameIncidentDays != 90 {
		t.Errorf("%d definitions, mine %+v", len(defs), d)
	}
	os.WriteFile(filepath.Join(dir, "b.toml"), []byte("name = \"re-trafficking\"\nversion = 1\ncounts = \"referrals\"\n"), 0o600)
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "b.toml:1: name: \"re-trafficking\" is already defined") {
		t.Errorf("a built-in name reused: %v", err)
	}
	// What show prints reads back as the same definition.
	back, err := Parse([]byte(d.TOML()), "shown.toml")
	back.File = d.File
	if err != nil || back.Name != d.Name || back.MinGapDays != d.MinGapDays || back.Version != 2 {
		t.Errorf("%v %+v", err, back)
	}
}

// Found in review: duplicates dated only by their ends, exact minimum gaps, a single
// episode after support, follow-ups without contact.
func TestReviewedEdgeCases(t *testing.T) {
	retrafficking := *Find(BuiltIn(), "re-trafficking")
	// A DtN report and an NRM referral 36 days apart, dated only by when the
	// exploitation ended (1 and 5 March): one incident.
	dtn := referral(t, "D", "2020-03-10", "", "2020-03-01")
	dtn.Route, dtn.ExploitationTypes = retrace.RouteDtN, []retrace.ExploitationType{retrace.Labour}
	nrm := referral(t, "N", "2020-04-15", "", "2020-03-05")
	nrm.ExploitationTypes = dtn.ExploitationTypes
	if v := Count(retrafficking, Journey{Referrals: []retrace.Referral{dtn, nrm}}); v.Event != nil {
		t.Errorf("duplicates dated by their ends counted: %s", v.Event.Evidence)
	}
	// Exit 1 January 2020, later start 31 December 2020: exactly 365 days.
	gap := retrafficking
	gap.MinGapDays = 365
	j := Journey{Referrals: []retrace.Referral{referral(t, "R1", "2020-01-05", "2019-06-01", "2020-01-01"), referral(t, "R2", "2021-01-10", "2020-12-31", "")}}
	if v := Count(gap, j); v.Event == nil {
		t.Errorf("a gap of exactly min_gap_days is not counted: %q", v.Reasons)
	}
	gap.MinGapDays = 366
	if v := Count(gap, j); v.Event != nil {
		t.Error("a gap one day short is counted")
	}
	// One episode, after a support episode that ended: nothing is later than anything.
	one := Journey{Referrals: []retrace.Referral{referral(t, "R1", "2018-03-01", "2018", "")},
		Support: []retrace.SupportEpisode{{SupportID: "S", Start: retrace.MustParseDate("2017-01-01"), End: retrace.MustParseDate("2017-06-01")}}}
	if v := Count(*Find(BuiltIn(), "re-trafficking-after-support"), one); v.Event != nil {
		t.Errorf("a single episode counted after support: %s", v.Event.Evidence)
	}
	// A follow-up that reached nobody reports nothing.
	quiet := Journey{Referrals: []retrace.Referral{referral(t, "R1", "2020-01-05", "2019-06-01", "2020-01-01")},
		FollowUps: []retrace.FollowUp{{Date: retrace.MustParseDate("2021-01-01"), Contact: retrace.NoContact, Status: retrace.ReExploited}}}
	if v := Count(*Find(BuiltIn(), "re-exploitation"), quiet); v.Event != nil {
		t.Errorf("a follow-up without contact counted: %s", v.Event.Evidence)
	}
}

// Every problem of a file is reported, wrong types included, and parameters that do
// not change what a definition counts are refused.
func TestEveryProblemIsReported(t *testing.T) {
	_, err := Parse([]byte("name = \"x\"\nversion = 1\ncounts = \"episode_after_exit\"\nmin_gap_days = \"ten\"\nlocation = 5\n"), "t.toml")
	for _, want := range []string{`t.toml:4: min_gap_days: "ten" is not a whole number of days`, `t.toml:5: location: 5 is not one of any, uk, after_return`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in %v", want, err)
		}
	}
	_, err = Parse([]byte("name = \"x\"\nversion = 1\ncounts = \"distinct_referrals\"\nmin_gap_days = 365\n"), "t.toml")
	if err == nil || !strings.Contains(err.Error(), `t.toml:4: min_gap_days: does not apply to counts = "distinct_referrals", which reads only same_incident_days`) {
		t.Errorf("a parameter that does not apply: %v", err)
	}
	_, err = Parse([]byte("name = \"x\"\nversion = 1\n"), "t.toml")
	if err == nil || !strings.Contains(err.Error(), "counts: required (allowed: referrals,") {
		t.Errorf("no counts: %v", err)
	}
}

// Found in the second review: the gap runs from the last exit, support ends are real
// ends after the earlier episode began, a return home comes between the episodes, and
// a Duty to Notify report ties two NRM referrals into one incident.
func TestSecondReviewEdgeCases(t *testing.T) {
	year := *Find(BuiltIn(), "re-trafficking")
	year.MinGapDays = 365
	// Exits 2017-04-01 and 2019-12-31; starts 2018-01 (275 days after the first
	// exit) and 2020-02-01 (32 days after the last): neither is a year after.
	j := Journey{Referrals: []retrace.Referral{
		referral(t, "A", "2017-04-10", "2017-01", "2017-04-01"),
		referral(t, "B", "2020-01-05", "2018-01", "2019-12-31"),
		referral(t, "C", "2020-03-01", "2020-02-01", ""),
	}}
	if v := Count(year, j); v.Event != nil {
		t.Errorf("counted a year after an exit that was not the last: %s", v.Event.Evidence)
	}
	// Support that ended before the earlier episode began, or by a transfer, is not
	// the end of support the later episode follows.
	after := *Find(BuiltIn(), "re-trafficking-after-support")
	two := Journey{Referrals: []retrace.Referral{referral(t, "A", "2019-03-01", "2019-01", "2019-02-01"), referral(t, "B", "2020-06-01", "2020-05", "")},
		Support: []retrace.SupportEpisode{
			{SupportID: "OLD", Start: retrace.MustParseDate("2014-01-01"), End: retrace.MustParseDate("2015-01-01"), ExitReason: retrace.MoveOn},
			{SupportID: "MOVED", Start: retrace.MustParseDate("2019-03-01"), End: retrace.MustParseDate("2019-09-01"), ExitReason: retrace.Transferred},
		}}
	if v := Count(after, two); v.Event != nil {
		t.Errorf("counted after unrelated support: %s", v.Event.Evidence)
	}
	two.Support = append(two.Support, retrace.SupportEpisode{SupportID: "S", Start: retrace.MustParseDate("2019-09-01"), End: retrace.MustParseDate("2020-01-31"), ExitReason: retrace.ReturnedHome})
	if v := Count(after, two); v.Event == nil || !strings.Contains(v.Event.Evidence, "support S") {
		t.Errorf("not counted after support S ended: %q", v.Reasons)
	}
	// After a return home: the return must come between the episodes.
	home := *Find(BuiltIn(), "re-trafficking")
	home.Location = "after_return"
	if v := Count(home, two); v.Event == nil {
		t.Errorf("after returning home in January 2020: %q", v.Reasons)
	}
	two.Support[2].End = retrace.MustParseDate("2018-06-01")
	two.FollowUps = []retrace.FollowUp{{Date: retrace.MustParseDate("2020-02-01"), Contact: retrace.NoContact, Country: "ALB"}}
	if v := Count(home, two); v.Event != nil {
		t.Errorf("a return before the earlier episode, or a follow-up that reached nobody: %s", v.Event.Evidence)
	}
	// NRM day 0, DtN day 74, NRM day 150, undated, one kind: one incident in a chain.
	chain := []retrace.Referral{referral(t, "N1", "2020-01-01", "", ""), referral(t, "D", "2020-03-15", "", ""), referral(t, "N2", "2020-05-30", "", "")}
	chain[1].Route = retrace.RouteDtN
	for i := range chain {
		chain[i].ExploitationTypes = []retrace.ExploitationType{retrace.Criminal}
	}
	if v := Count(*Find(BuiltIn(), "re-referral-distinct"), Journey{Referrals: chain}); v.Event != nil {
		t.Errorf("a chain through a DtN report counted as two incidents: %s", v.Event.Evidence)
	}
}

func TestDefinitionsShowAndRefuseWhatTheyDoNotRead(t *testing.T) {
	d := *Find(BuiltIn(), "re-referral-distinct")
	if got := d.TOML(); strings.Contains(got, "min_gap_days") || !strings.Contains(got, "same_incident_days = 90") {
		t.Errorf("shows parameters it does not read:\n%s", got)
	}
	if _, err := Parse([]byte(d.TOML()), "copy.toml"); err != nil {
		t.Errorf("what show prints does not read back: %v", err)
	}
	_, err := Parse([]byte("name = \"all\"\nversion = 1\ncounts = \"distinct_referrals\"\nevidence = []\n"), "t.toml")
	if err == nil || !strings.Contains(err.Error(), `"all" stands for every definition`) || !strings.Contains(err.Error(), "t.toml:4: evidence: does not apply") || strings.Contains(err.Error(), "give at least one") {
		t.Errorf("all problems at once, and none about what is not read: %v", err)
	}
}

// An edit without a new version still shows: the fingerprint changes with the
// definition's content.
func TestFingerprintFollowsTheParameters(t *testing.T) {
	d := *Find(BuiltIn(), "re-trafficking")
	same, changed := d, d
	same.File = "elsewhere.toml" // where it was read from is not its content
	changed.MinGapDays = 30
	if d.Fingerprint() != same.Fingerprint() || d.Fingerprint() == changed.Fingerprint() || len(d.Fingerprint()) != 8 {
		t.Errorf("fingerprints %s %s %s", d.Fingerprint(), same.Fingerprint(), changed.Fingerprint())
	}
}

// One rule for when support ended, for the figures and the definitions alike.
func TestWhenSupportEnded(t *testing.T) {
	ep := func(id, start, end string, exit retrace.ExitReason) retrace.SupportEpisode {
		return retrace.SupportEpisode{SupportID: id, Start: retrace.MustParseDate(start), End: retrace.MustParseDate(end), ExitReason: exit}
	}
	cases := []struct {
		name    string
		support []retrace.SupportEpisode
		ended   bool
	}{
		{"moved on", []retrace.SupportEpisode{ep("A", "2020-01-01", "2020-06-01", retrace.MoveOn)}, true},
		{"still open", []retrace.SupportEpisode{ep("A", "2020-01-01", "", "")}, false},
		{"transfer taken up 10 days later", []retrace.SupportEpisode{ep("A", "2020-01-01", "2020-06-01", retrace.Transferred), ep("B", "2020-06-11", "", "")}, false},
		{"transfer, next support 200 days later", []retrace.SupportEpisode{ep("A", "2020-01-01", "2020-06-01", retrace.Transferred), ep("B", "2020-12-18", "", "")}, true},
		{"transfer, no later support here", []retrace.SupportEpisode{ep("A", "2020-01-01", "2020-06-01", retrace.Transferred)}, false},
	}
	for _, c := range cases {
		j := Journey{Support: c.support}
		if got := SupportEnded(j, &c.support[0]); got != c.ended {
			t.Errorf("%s: ended %v, want %v", c.name, got, c.ended)
		}
		if len(c.support) == 2 && Received(j, &c.support[1]) == c.ended {
			t.Errorf("%s: received %v", c.name, !c.ended)
		}
	}
}

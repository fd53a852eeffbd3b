package figures

import (
	"math"
	"testing"
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
)

func ref(t *testing.T, id, referred, start, end string, kind retrace.ExploitationType) retrace.Referral {
	return retrace.Referral{ReferralID: id, RecordID: id, Route: retrace.RouteNRM, ReferralDate: retrace.MustParseDate(referred),
		ExploitationStart: retrace.MustParseDate(start), ExploitationEnd: retrace.MustParseDate(end), ExploitationTypes: []retrace.ExploitationType{kind}}
}

// Five people, worked by hand. Days from the first exit: P3 censored at 92 (died),
// P1 re-trafficked at 181, P2 censored at 365 (observation end), P4 re-trafficked at
// 366; P5 exits after observation end and is not in the cohort. Kaplan–Meier: S = 1
// to day 181, 2/3 from 181 (3 at risk, 1 event), 0 from 366 (1 at risk, 1 event).
func TestReTraffickingIncidenceWorkedByHand(t *testing.T) {
	journeys := []definitions.Journey{
		{PersonID: "P1", Referrals: []retrace.Referral{ref(t, "A1", "2020-02-10", "2019-12-01", "2020-01-31", retrace.Labour), ref(t, "A2", "2020-08-15", "2020-07-30", "2020-08-10", retrace.Sexual)}},
		{PersonID: "P2", Referrals: []retrace.Referral{ref(t, "B1", "2020-03-05", "2019-06-01", "2020-03-01", retrace.Labour)}},
		{PersonID: "P3", Referrals: []retrace.Referral{ref(t, "C1", "2020-07-05", "2020-01-01", "2020-06-30", retrace.Labour)},
			Support: []retrace.SupportEpisode{{SupportID: "S", Start: retrace.MustParseDate("2020-07-10"), End: retrace.MustParseDate("2020-09-30"), ExitReason: retrace.Deceased}}},
		{PersonID: "P4", Referrals: []retrace.Referral{ref(t, "D1", "2020-02-20", "2019-10-01", "2020-02-15", retrace.Labour), ref(t, "D2", "2021-03-01", "2021-02-15", "", retrace.Criminal)}},
		{PersonID: "P5", Referrals: []retrace.Referral{ref(t, "E1", "2021-06-01", "2021-04-01", "2021-05-01", retrace.Labour)}},
	}
	d := *definitions.Find(definitions.BuiltIn(), "re-trafficking")
	period := Period{time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC)}
	got := CountReTrafficking(d, journeys, period, time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC))
	if got.PeopleWithEventInPeriod != 1 || got.Cohort != 4 {
		t.Errorf("events in 2020 %d (want 1: P1), cohort %d (want 4)", got.PeopleWithEventInPeriod, got.Cohort)
	}
	want := []Incidence{
		{Months: 6, AtRisk: 2, Value: 1.0 / 3},  // day 182.6: after the event at 181; P2 and P4 still observed
		{Months: 12, AtRisk: 1, Value: 1.0 / 3}, // day 365.25: P2 censored at 365; P4 observed
		{Months: 24, AtRisk: 0, Value: 1},       // day 730.5: P4's event at 366
	}
	for k, w := range want {
		g := got.Incidence[k]
		if g.Months != w.Months || g.AtRisk != w.AtRisk || math.Abs(g.Value-w.Value) > 1e-12 || g.Lower > g.Value || g.Upper < g.Value {
			t.Errorf("%d months: %+v, want %+v", w.Months, g, w)
		}
	}
}

// The figures judge quietly, without reasons or evidence: the verdicts must be those
// of a judge that explains itself.
func TestQuietVerdictsAreTheVerdicts(t *testing.T) {
	counted := 0
	for _, j := range syntheticJourneys(t, 2000) {
		quiet := definitions.NewJudge(j, false)
		for _, d := range definitions.BuiltIn() {
			want, got := definitions.Count(d, j), quiet.Count(d)
			if (want.Event == nil) != (got.Event == nil) || (want.Event != nil && want.Event.Date != got.Event.Date) {
				t.Fatalf("%s under %s: quietly %+v, explained %+v", j.PersonID, d.Name, got.Event, want.Event)
			}
			if len(want.Episodes) != len(got.Episodes) {
				t.Fatalf("%s under %s: %d episodes quietly, %d explained", j.PersonID, d.Name, len(got.Episodes), len(want.Episodes))
			}
			if want.Event != nil {
				counted++
			}
		}
	}
	if counted == 0 {
		t.Fatal("nobody counted: the test compared nothing")
	}
}

package figures

import (
	"math"
	"testing"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
)

// Three people left support in 2021 and one did not, worked by hand: housing achieved
// by two of the three when they left (one lost it again before leaving; one achieved it
// only after leaving), employment by one.
func TestReintegrationWorkedByHand(t *testing.T) {
	d := retrace.MustParseDate
	m := func(date string, domain retrace.MilestoneDomain, status retrace.MilestoneStatus) retrace.Milestone {
		return retrace.Milestone{Date: d(date), Domain: domain, Status: status}
	}
	left := func(end string) []retrace.SupportEpisode {
		return []retrace.SupportEpisode{{SupportID: "S", Start: d("2020-01-01"), End: d(end), ExitReason: retrace.MoveOn}}
	}
	journeys := []definitions.Journey{
		{PersonID: "A", Support: left("2021-03-01"), Milestones: []retrace.Milestone{m("2020-06-01", "housing", retrace.Achieved), m("2021-02-01", "employment", retrace.Achieved)}},
		{PersonID: "B", Support: left("2021-06-01"), Milestones: []retrace.Milestone{m("2020-06-01", "housing", retrace.Achieved), m("2021-05-01", "housing", retrace.Lost)}},
		{PersonID: "C", Support: left("2021-09-01"), Milestones: []retrace.Milestone{m("2021-08", "housing", retrace.Achieved), m("2021-10-01", "employment", retrace.Achieved)}},
		{PersonID: "D", Support: left("2022-01-15"), Milestones: []retrace.Milestone{m("2021-06-01", "housing", retrace.Achieved)}},
	}
	got := CountReintegration(journeys, year2021)
	if got.Leavers != 3 || got.Achieved["housing"].Count != 2 || got.Achieved["employment"].Count != 1 || got.Achieved["health"].Count != 0 || got.Achieved["housing"].Of != 3 {
		t.Errorf("leavers %d, housing %+v, employment %+v", got.Leavers, got.Achieved["housing"], got.Achieved["employment"])
	}
}

// Five people leave support on 1 January 2021 (in the period), worked by hand. Housing achieved: one
// re-trafficked 100 days later, one not by observation end (2 years): incidence at 12
// months 1/2. Not achieved: one re-trafficked at 200 days, two not: 1/3.
func TestIncidenceByMilestoneWorkedByHand(t *testing.T) {
	d := retrace.MustParseDate
	person := func(id string, housing bool, event string) definitions.Journey {
		refs := []retrace.Referral{{ReferralID: id + "1", RecordID: id, Route: retrace.RouteNRM, ReferralDate: d("2020-06-01"), ExploitationStart: d("2020-01-01"), ExploitationEnd: d("2020-05-31"), ExploitationTypes: []retrace.ExploitationType{retrace.Labour}}}
		if event != "" {
			refs = append(refs, retrace.Referral{ReferralID: id + "2", RecordID: id, Route: retrace.RouteNRM, ReferralDate: d(event), ExploitationStart: d(event), ExploitationTypes: []retrace.ExploitationType{retrace.Sexual}})
		}
		j := definitions.Journey{PersonID: id, Referrals: refs,
			Support: []retrace.SupportEpisode{{SupportID: id + "S", Start: d("2020-06-05"), End: d("2021-01-01"), ExitReason: retrace.MoveOn}}}
		if housing {
			j.Milestones = []retrace.Milestone{{Date: d("2020-12-01"), Domain: "housing", Status: retrace.Achieved}}
		}
		return j
	}
	js := []definitions.Journey{person("A", true, "2021-04-11"), person("B", true, ""), person("C", false, "2021-07-20"), person("D", false, ""), person("E", false, "")}
	left2020 := Period{d("2020-01-01").Earliest(), d("2021-12-31").Earliest()}
	got := CountByMilestone(*definitions.Find(definitions.BuiltIn(), "re-trafficking"), js, left2020, d("2023-01-01").Earliest(), nil)["housing"]
	if got.Achieved.Cohort != 2 || math.Abs(got.Achieved.Incidence.Value-0.5) > 1e-12 || got.Achieved.Incidence.AtRisk != 1 {
		t.Errorf("achieved: %+v", got.Achieved)
	}
	if got.NotAchieved.Cohort != 3 || math.Abs(got.NotAchieved.Incidence.Value-1.0/3) > 1e-12 || got.NotAchieved.Incidence.AtRisk != 2 {
		t.Errorf("not achieved: %+v", got.NotAchieved)
	}
}

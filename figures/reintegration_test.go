package figures

import (
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

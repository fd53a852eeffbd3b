package figures

import (
	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
)

// Reintegration is the first part of figure 8: of the people who left support in the
// period, the share who had achieved each milestone domain when they left.
type Reintegration struct {
	Leavers  int              `json:"leavers"`
	Achieved map[string]Share `json:"achieved"`
}

// CountReintegration counts, for each domain, the people leaving support in the period
// (their last support episode ending in it) whose latest milestone in that domain on
// or before the day they left says achieved.
func CountReintegration(journeys []definitions.Journey, period Period) Reintegration {
	achieved := map[string]int{}
	leavers := 0
	for _, j := range journeys {
		left, ok := lastExitIn(j, period)
		if !ok {
			continue
		}
		leavers++
		for domain, status := range statusAt(j, left) {
			if status == retrace.Achieved {
				achieved[domain]++
			}
		}
	}
	out := Reintegration{Leavers: leavers, Achieved: map[string]Share{}}
	for _, domain := range retrace.DomainCodes.Codes {
		out.Achieved[domain] = shareOf(achieved[domain], leavers)
	}
	return out
}

// lastExitIn is the end of the person's last support episode that ended in the period.
func lastExitIn(j definitions.Journey, period Period) (retrace.PartialDate, bool) {
	var last retrace.PartialDate
	for _, s := range j.Support {
		if inPeriod(period, s.End) && s.ExitReason != retrace.Transferred && (last.IsZero() || s.End.Earliest().After(last.Earliest())) {
			last = s.End
		}
	}
	return last, !last.IsZero()
}

// statusAt is each domain's latest milestone status on or before day (a milestone
// that could be dated by then counts).
func statusAt(j definitions.Journey, day retrace.PartialDate) map[string]retrace.MilestoneStatus {
	latest := map[string]retrace.Milestone{}
	for _, m := range j.Milestones {
		if m.Date.Earliest().After(day.Latest()) {
			continue
		}
		if prev, ok := latest[string(m.Domain)]; !ok || m.Date.Earliest().After(prev.Date.Earliest()) {
			latest[string(m.Domain)] = m
		}
	}
	out := map[string]retrace.MilestoneStatus{}
	for d, m := range latest {
		out[d] = m.Status
	}
	return out
}

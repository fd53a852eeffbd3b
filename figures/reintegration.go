package figures

import (
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/stats"
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
	for sI := range j.Support {
		s := &j.Support[sI]
		if inPeriod(period, s.End) && definitions.SupportEnded(j, s) && (last.IsZero() || s.End.Earliest().After(last.Earliest())) {
			last = s.End
		}
	}
	return last, !last.IsZero()
}

// statusAt is each domain's latest milestone status on or before day (a milestone
// that could be dated by then counts).
func statusAt(j definitions.Journey, day retrace.PartialDate) map[string]retrace.MilestoneStatus {
	latest := map[string]*retrace.Milestone{}
	for mI := range j.Milestones {
		m := &j.Milestones[mI]
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

// ByMilestone is the second part of figure 8, for one definition and one domain:
// re-trafficking incidence 12 months after leaving support, for people who had
// achieved the domain when they left and for those who had not. An association,
// never a cause.
type ByMilestone struct {
	Achieved, NotAchieved Group
}

// Group is a cohort and its incidence at 12 months.
type Group struct {
	Cohort    int
	Incidence Incidence
}

// MilestoneMonths is when incidence by milestone status is read.
const MilestoneMonths = 12

// CountByMilestone follows the people who left support in the period (their last
// support episode to end in it, a transfer not counting, as in the first part) from
// that day to the definition's event, censored at observation end or death, and
// compares those who had achieved each domain by then with those who had not. People
// whose event came before they left are not in it. events, when given, are each
// journey's event under d (from CountReTrafficking).
func CountByMilestone(d definitions.Definition, journeys []definitions.Journey, period Period, observationEnd time.Time, events []*definitions.Event) map[string]ByMilestone {
	obs := map[string][2][]stats.Observation{} // domain → [not achieved, achieved]
	for k, j := range journeys {
		left, ok := lastExitIn(j, period)
		if !ok {
			continue
		}
		var event *definitions.Event
		if events != nil {
			event = events[k]
		} else {
			event = definitions.Count(d, j).Event
		}
		o, ok := followFrom(left.Latest(), j, event, observationEnd)
		if !ok {
			continue
		}
		status := statusAt(j, left)
		for _, domain := range retrace.DomainCodes.Codes {
			k := 0
			if status[domain] == retrace.Achieved {
				k = 1
			}
			g := obs[domain]
			g[k] = append(g[k], o)
			obs[domain] = g
		}
	}
	out := map[string]ByMilestone{}
	for domain, g := range obs {
		group := func(o []stats.Observation) Group {
			return Group{Cohort: len(o), Incidence: incidenceAt(stats.KaplanMeier(o, stats.Z95), MilestoneMonths)}
		}
		out[domain] = ByMilestone{NotAchieved: group(g[0]), Achieved: group(g[1])}
	}
	return out
}

// followFrom is the observation from origin to the event, or to censoring at
// observation end or death; false when the event came first or nothing is left to
// observe.
func followFrom(origin time.Time, j definitions.Journey, event *definitions.Event, observationEnd time.Time) (stats.Observation, bool) {
	end := censoring(&j, observationEnd)
	if !end.After(origin) {
		return stats.Observation{}, false
	}
	if event != nil && !event.Date.Earliest().After(end) {
		if !event.Date.Earliest().After(origin) {
			return stats.Observation{}, false
		}
		return stats.Observation{Time: days(origin, event.Date.Earliest()), Event: true}, true
	}
	return stats.Observation{Time: days(origin, end)}, true
}

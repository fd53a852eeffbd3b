// Package figures computes the figures of figures.md from linked journeys.
package figures

import (
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/internal/parallel"
	"github.com/retrace-uk/retrace/stats"
)

// Period is a reporting period, both days included.
type Period struct{ From, To time.Time }

func (p Period) holds(t time.Time) bool { return !t.Before(p.From) && !t.After(p.To) }

// Incidence is cumulative incidence at some months since the first exit.
type Incidence struct {
	Months int     `json:"months"`
	AtRisk int     `json:"at_risk"`
	Events int     `json:"events"` // events up to that time
	Value  float64 `json:"value"`
	Lower  float64 `json:"lower"`
	Upper  float64 `json:"upper"`
}

// ReTrafficking is figure 7 under one definition.
type ReTrafficking struct {
	Definition              string               `json:"-"`
	PeopleWithEventInPeriod int                  `json:"people_with_event_in_period"`
	Cohort                  int                  `json:"cohort"`
	Incidence               []Incidence          `json:"incidence"`
	Monthly                 []Incidence          `json:"-"` // months 0 to ChartMonths, for charts
	InPeriod                []bool               `json:"-"` // per journey: its event falls in the period
	Events                  []*definitions.Event `json:"-"` // per journey: its event, if any
	Curve                   stats.Curve          `json:"-"`
}

// ChartMonths is how far the charts of cumulative incidence run.
const ChartMonths = 36

// IncidenceMonths are the times figure 7 reports.
var IncidenceMonths = []int{6, 12, 24}

// CountReTrafficking counts figure 7 for one definition: the people whose counted
// event falls in the period, and the cumulative incidence of the event by time since
// the person's first exit — Kaplan–Meier, right-censored at observation end or death.
func CountReTrafficking(d definitions.Definition, journeys []definitions.Journey, period Period, observationEnd time.Time) ReTrafficking {
	return CountReTraffickingAll([]definitions.Definition{d}, journeys, period, observationEnd)[0]
}

// CountReTraffickingAll counts figure 7 under each definition in one pass over the
// journeys, shared among the cores: each journey is read once for every definition,
// while it is in the cache, not once a definition.
func CountReTraffickingAll(defs []definitions.Definition, journeys []definitions.Journey, period Period, observationEnd time.Time) []ReTrafficking {
	out := make([]ReTrafficking, len(defs))
	for k, d := range defs {
		out[k] = ReTrafficking{Definition: d.Name, InPeriod: make([]bool, len(journeys)), Events: make([]*definitions.Event, len(journeys))}
	}
	const size = 2048
	obs := make([][][]stats.Observation, parallel.Parts(len(journeys), size)) // [part][definition]
	inPeriod := make([][]int, len(obs))
	parallel.Each(len(obs), func(part int) {
		obs[part], inPeriod[part] = make([][]stats.Observation, len(defs)), make([]int, len(defs))
		judge := definitions.NewJudge(definitions.Journey{}, false) // the figures need the verdicts, not the words
		for i := part * size; i < min(len(journeys), (part+1)*size); i++ {
			j := &journeys[i]
			judge.Reset(*j)
			end := censoring(j, observationEnd)
			for k, d := range defs {
				v := judge.Count(d)
				out[k].Events[i] = v.Event
				if v.Event != nil && period.holds(v.Event.Date.Earliest()) {
					inPeriod[part][k]++
					out[k].InPeriod[i] = true
				}
				if o, ok := timeToEvent(d, judge, v, end); ok {
					obs[part][k] = append(obs[part][k], o)
				}
			}
		}
	})
	for k := range defs {
		var all []stats.Observation // in journey order, whatever the cores did
		for part := range obs {
			all = append(all, obs[part][k]...)
			out[k].PeopleWithEventInPeriod += inPeriod[part][k]
		}
		out[k].follow(all)
	}
	return out
}

// follow estimates cumulative incidence from the cohort's observations.
func (rt *ReTrafficking) follow(cohort []stats.Observation) {
	rt.Cohort = len(cohort)
	rt.Curve = stats.KaplanMeier(cohort, stats.Z95)
	for _, m := range IncidenceMonths {
		rt.Incidence = append(rt.Incidence, incidenceAt(rt.Curve, m))
	}
	for m := 0; m <= ChartMonths; m++ {
		rt.Monthly = append(rt.Monthly, incidenceAt(rt.Curve, m))
	}
}

// incidenceAt reads the curve at some months since the first exit, with the events
// up to then.
func incidenceAt(c stats.Curve, months int) Incidence {
	t := float64(months) * stats.DaysPerMonth
	step := c.At(t)
	value, lower, upper := step.Incidence()
	events := 0
	for _, s := range c.Steps {
		if s.Time <= t {
			events += s.Events
		}
	}
	return Incidence{Months: months, AtRisk: step.AtRisk, Events: events, Value: value, Lower: lower, Upper: upper}
}

// timeToEvent is one person's observation: days from their first exit (its last
// possible day) to the counted event (its first possible day; an event before the
// first exit, such as a second referral of one incident, is at day 0), or to
// censoring (end: observation end or death), whichever comes first. People whose
// first exit is not before the end are not in the cohort.
func timeToEvent(d definitions.Definition, judge *definitions.Judge, v definitions.Verdict, end time.Time) (stats.Observation, bool) {
	event := v.Event
	eps := v.Episodes // the definition's own episodes, where it derived them
	if d.Counts == definitions.CountsReferrals || d.Counts == definitions.CountsDistinctReferrals {
		eps = judge.Episodes(d.SameIncidentDays, false)
	}
	var first *definitions.Episode
	for i, e := range eps {
		if e.FollowUp == nil && !e.Exit.IsZero() && (first == nil || e.Exit.Latest().Before(first.Exit.Latest())) {
			first = &eps[i]
		}
	}
	if first == nil {
		return stats.Observation{}, false
	}
	origin := first.Exit.Latest()
	if !end.After(origin) {
		return stats.Observation{}, false
	}
	if event != nil && !event.Date.Earliest().After(end) {
		return stats.Observation{Time: max(0, days(origin, event.Date.Earliest())), Event: true}, true
	}
	return stats.Observation{Time: days(origin, end)}, true
}

// censoring is when a person stops being observed: observation end, or their death
// (a support episode that ended because they died) if sooner.
func censoring(j *definitions.Journey, observationEnd time.Time) time.Time {
	end := observationEnd
	for sI := range j.Support {
		s := &j.Support[sI]
		if s.ExitReason == retrace.Deceased && !s.End.IsZero() && s.End.Earliest().Before(end) {
			end = s.End.Earliest()
		}
	}
	return end
}

func days(from, to time.Time) float64 { return to.Sub(from).Hours() / 24 }

// Package figures computes the figures of figures.md from linked journeys.
package figures

import (
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
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
	out := ReTrafficking{Definition: d.Name}
	var obs []stats.Observation
	out.InPeriod, out.Events = make([]bool, len(journeys)), make([]*definitions.Event, len(journeys))
	for k, j := range journeys {
		v := definitions.Count(d, j)
		out.Events[k] = v.Event
		if v.Event != nil && period.holds(v.Event.Date.Earliest()) {
			out.PeopleWithEventInPeriod++
			out.InPeriod[k] = true
		}
		if o, ok := timeToEvent(d, j, v, observationEnd); ok {
			obs = append(obs, o)
		}
	}
	out.Cohort = len(obs)
	out.Curve = stats.KaplanMeier(obs, stats.Z95)
	for _, m := range IncidenceMonths {
		out.Incidence = append(out.Incidence, incidenceAt(out.Curve, m))
	}
	for m := 0; m <= ChartMonths; m++ {
		out.Monthly = append(out.Monthly, incidenceAt(out.Curve, m))
	}
	return out
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
// censoring at observation end or death, whichever comes first. People whose first
// exit is not before observation end (or death) are not in the cohort.
func timeToEvent(d definitions.Definition, j definitions.Journey, v definitions.Verdict, observationEnd time.Time) (stats.Observation, bool) {
	event := v.Event
	eps := v.Episodes // the definition's own episodes, where it derived them
	if d.Counts == definitions.CountsReferrals || d.Counts == definitions.CountsDistinctReferrals {
		eps = definitions.Episodes(j, d.SameIncidentDays, false)
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
	origin, end := first.Exit.Latest(), censoring(j, observationEnd)
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
func censoring(j definitions.Journey, observationEnd time.Time) time.Time {
	end := observationEnd
	for _, s := range j.Support {
		if s.ExitReason == retrace.Deceased && !s.End.IsZero() && s.End.Earliest().Before(end) {
			end = s.End.Earliest()
		}
	}
	return end
}

func days(from, to time.Time) float64 { return to.Sub(from).Hours() / 24 }

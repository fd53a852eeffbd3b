package figures

import (
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/disclosure"
)

// Options choose what a report counts and how it is published.
type Options struct {
	Period         Period
	ObservationEnd time.Time
	Definitions    []definitions.Definition // figure 7, one section each
	Rule           disclosure.Rule
	// SameIncidentDays groups referrals for figure 3's distinct count (the
	// re-referral-distinct definition's).
	SameIncidentDays int
	Quality          Quality
}

// Quality describes the source records behind the figures.
type Quality struct {
	Records      int // person records
	EstimatedDOB int // with a date of birth estimated, assigned, partial or missing
	Unlinked     int // not linked to a person yet, so left out
}

// Report is figures.md's machine-readable form.
type Report struct {
	Period struct {
		From string `json:"from"`
		To   string `json:"to"`
	} `json:"period"`
	ObservationEnd string  `json:"observation_end"`
	Disclosure     string  `json:"disclosure"`
	Notice         string  `json:"notice,omitempty"`
	Figures        Figures `json:"figures"`
	// Breakdowns: dimension → value → figure (referrals, people_referred) → count.
	Breakdowns map[string]map[string]map[string]*disclosure.Cell `json:"breakdowns"`
	Quality    struct {
		Records      disclosure.Cell `json:"records"`
		EstimatedDOB ShareShown      `json:"dob_estimated_or_unknown"`
		Unlinked     disclosure.Cell `json:"unlinked_records"`
	} `json:"data_quality"`
}

// Figures are figures 1 to 7, as published.
type Figures struct {
	Referrals            disclosure.Cell            `json:"referrals"`
	DtNReports           disclosure.Cell            `json:"dtn_reports"`
	PeopleReferred       disclosure.Cell            `json:"people_referred"`
	ReferredMoreThanOnce map[string]disclosure.Cell `json:"people_referred_more_than_once"`
	ReturnedToSupport    disclosure.Cell            `json:"returned_to_support"`
	Missing              struct {
		People            disclosure.Cell `json:"people"`
		Found             disclosure.Cell `json:"found"`
		MedianDaysMissing any             `json:"median_days_missing"`
	} `json:"missing_from_support"`
	Risk          RiskShown                     `json:"risk_recorded"`
	ReTrafficking map[string]ReTraffickingShown `json:"re_trafficking"`
	Reintegration struct {
		Leavers  disclosure.Cell       `json:"leavers"`
		Achieved map[string]ShareShown `json:"achieved"`
		ByStatus *ByStatusShown        `json:"incidence_by_milestone_status,omitempty"`
	} `json:"reintegration"`
}

// ByStatusShown is figure 8's second part as published.
type ByStatusShown struct {
	Definition string                               `json:"definition"`
	Months     int                                  `json:"months"`
	Note       string                               `json:"note"`
	Domains    map[string]map[string]GroupIncidence `json:"domains"` // domain → achieved / not_achieved
}

// GroupIncidence is a group's cohort and incidence as published.
type GroupIncidence struct {
	Cohort disclosure.Cell `json:"cohort"`
	IncidenceShown
}

// ShareShown is a published share: hidden where its count or whole is suppressed.
type ShareShown struct {
	Count disclosure.Cell `json:"count"`
	Share any             `json:"share"`
	Lower any             `json:"lower"`
	Upper any             `json:"upper"`
}

// RiskShown is figure 6 as published.
type RiskShown struct {
	Episodes disclosure.Cell            `json:"episodes"`
	Any      ShareShown                 `json:"any"`
	AtEntry  ShareShown                 `json:"at_entry"`
	AtExit   ShareShown                 `json:"at_exit"`
	Levels   map[string]disclosure.Cell `json:"levels"`
	Factors  map[string]disclosure.Cell `json:"factors"`
	Actions  map[string]disclosure.Cell `json:"actions"`
}

// IncidenceShown is cumulative incidence as published: hidden where the number at
// risk is suppressed.
type IncidenceShown struct {
	Months int             `json:"months"`
	AtRisk disclosure.Cell `json:"at_risk"`
	Value  any             `json:"value"`
	Lower  any             `json:"lower"`
	Upper  any             `json:"upper"`
}

// CurveStep is one step of a raw Kaplan–Meier curve (raw runs only: each step can
// reveal one person).
type CurveStep struct {
	Day      float64 `json:"day"`
	AtRisk   int     `json:"at_risk"`
	Events   int     `json:"events"`
	Censored int     `json:"censored"`
	Survival float64 `json:"survival"`
	Lower    float64 `json:"lower"`
	Upper    float64 `json:"upper"`
}

// ReTraffickingShown is figure 7 under one definition, as published.
type ReTraffickingShown struct {
	Version                 int              `json:"version"`
	Fingerprint             string           `json:"fingerprint"`
	PeopleWithEventInPeriod disclosure.Cell  `json:"people_with_event_in_period"`
	Cohort                  disclosure.Cell  `json:"cohort"`
	Incidence               []IncidenceShown `json:"incidence"`
	Monthly                 []IncidenceShown `json:"-"` // for the charts
	Curve                   []CurveStep      `json:"curve,omitempty"`
}

// NotForPublication marks every raw output.
const NotForPublication = "NOT FOR PUBLICATION: raw counts without disclosure control, for analysts only"

// Build counts the figures over the journeys and publishes them under the rule.
func Build(journeys []definitions.Journey, opt Options) Report {
	c := countAll(journeys, opt)
	var r Report
	r.Period.From, r.Period.To = opt.Period.From.Format(time.DateOnly), opt.Period.To.Format(time.DateOnly)
	r.ObservationEnd, r.Disclosure = opt.ObservationEnd.Format(time.DateOnly), string(opt.Rule)
	if opt.Rule == disclosure.None {
		r.Notice = NotForPublication
	}
	count := func(n int) disclosure.Cell { return disclosure.Count(n, opt.Rule) }
	f := &r.Figures
	f.Referrals, f.DtNReports, f.PeopleReferred = count(c.ref.Referrals), count(c.ref.DtNReports), count(c.ref.PeopleReferred)
	f.ReferredMoreThanOnce = map[string]disclosure.Cell{"repeat-referral": count(c.ref.ReferredMoreThanOnce), "re-referral-distinct": count(c.ref.ReferredAgainDistinct)}
	f.ReturnedToSupport = count(c.sup.ReturnedToSupport)
	f.Missing.People, f.Missing.Found = count(c.sup.MissingPeople), count(c.sup.MissingFound)
	f.Missing.MedianDaysMissing = shown(f.Missing.Found.Suppressed(), c.sup.MedianDaysMissing)
	f.Risk = publishRisk(c.risk, count)
	r.Quality.Records, r.Quality.Unlinked = count(opt.Quality.Records), count(opt.Quality.Unlinked)
	r.Quality.EstimatedDOB = publishShare(shareOf(opt.Quality.EstimatedDOB, opt.Quality.Records), count)
	f.Reintegration.Leavers, f.Reintegration.Achieved = count(c.re.Leavers), map[string]ShareShown{}
	for domain, s := range c.re.Achieved {
		f.Reintegration.Achieved[domain] = publishShare(s, count)
	}
	f.Reintegration.ByStatus = publishByStatus(c, journeys, opt)
	f.ReTrafficking = map[string]ReTraffickingShown{}
	events := map[string][]bool{}
	for k, d := range opt.Definitions {
		f.ReTrafficking[d.Name] = publishReTrafficking(d, c.rt[k], opt.Rule)
		events[d.Name] = c.rt[k].InPeriod
	}
	r.publishBreakdowns(journeys, opt, events)
	return r
}

// counts are the figures before publication.
type counts struct {
	ref  Referrals
	sup  Support
	risk Risk
	re   Reintegration
	rt   []ReTrafficking // one a definition
}

// countAll counts every figure, each alongside the others.
func countAll(journeys []definitions.Journey, opt Options) counts {
	var c counts
	tasks := []func(){
		func() { c.ref = CountReferrals(journeys, opt.Period, opt.SameIncidentDays) },
		func() { c.sup = CountSupport(journeys, opt.Period) },
		func() { c.risk = CountRisk(journeys, opt.Period) },
		func() { c.re = CountReintegration(journeys, opt.Period) },
	}
	tasks = append(tasks, func() { c.rt = CountReTraffickingAll(opt.Definitions, journeys, opt.Period, opt.ObservationEnd) })
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func() { defer wg.Done(); task() }()
	}
	wg.Wait()
	return c
}

// publishByStatus is figure 8's second part, under re-trafficking (or the first
// definition reported).
func publishByStatus(c counts, journeys []definitions.Journey, opt Options) *ByStatusShown {
	d := milestoneDefinition(opt.Definitions)
	if d == nil {
		return nil
	}
	by := ByStatusShown{Definition: d.Name, Months: MilestoneMonths, Domains: map[string]map[string]GroupIncidence{},
		Note: "an association between reintegration and later re-trafficking, never a cause"}
	var events []*definitions.Event
	for k := range opt.Definitions {
		if opt.Definitions[k].Name == d.Name {
			events = c.rt[k].Events
		}
	}
	for domain, g := range CountByMilestone(*d, journeys, opt.Period, opt.ObservationEnd, events) {
		group := func(g Group) GroupIncidence {
			cohort := disclosure.Count(g.Cohort, opt.Rule)
			return GroupIncidence{Cohort: cohort, IncidenceShown: publishIncidence(g.Incidence, cohort, opt.Rule)}
		}
		by.Domains[domain] = map[string]GroupIncidence{"achieved": group(g.Achieved), "not_achieved": group(g.NotAchieved)}
	}
	return &by
}

// publishBreakdowns breaks the figures down, protecting each breakdown that adds up
// to its figure against it; where that suppresses the figure itself, the figure is
// shown as [c] too, and so is a share of it.
func (r *Report) publishBreakdowns(journeys []definitions.Journey, opt Options, eventsInPeriod map[string][]bool) {
	f := &r.Figures
	more := f.ReferredMoreThanOnce
	repeat, distinct := more["repeat-referral"], more["re-referral-distinct"]
	totals := map[string]*disclosure.Cell{"referrals": &f.Referrals, "people_referred": &f.PeopleReferred,
		"people_referred_more_than_once.repeat-referral": &repeat, "people_referred_more_than_once.re-referral-distinct": &distinct,
		"returned_to_support": &f.ReturnedToSupport, "missing_from_support": &f.Missing.People,
		"risk_recorded.episodes": &f.Risk.Episodes, "risk_recorded.any": &f.Risk.Any.Count,
		"risk_recorded.at_entry": &f.Risk.AtEntry.Count, "risk_recorded.at_exit": &f.Risk.AtExit.Count,
		"reintegration.leavers": &f.Reintegration.Leavers}
	achieved := map[string]*ShareShown{}
	for domain, s := range f.Reintegration.Achieved {
		achieved[domain] = &s
		totals["reintegration.achieved."+domain] = &s.Count
	}
	events := map[string]*disclosure.Cell{}
	for name, rt := range f.ReTrafficking {
		c := rt.PeopleWithEventInPeriod
		events[name] = &c
		totals["re_trafficking."+name] = &c
	}
	r.Breakdowns = publishBreakdowns(CountBreakdowns(journeys, opt.Period, opt, eventsInPeriod), totals, opt.Rule)
	more["repeat-referral"], more["re-referral-distinct"] = repeat, distinct
	for name, c := range events {
		rt := f.ReTrafficking[name]
		rt.PeopleWithEventInPeriod = *c
		f.ReTrafficking[name] = rt
	}
	leavers, episodes := f.Reintegration.Leavers.Suppressed(), f.Risk.Episodes.Suppressed()
	for domain, s := range achieved {
		f.Reintegration.Achieved[domain] = hideShare(*s, leavers)
	}
	// at exit is out of the episodes that had ended, a whole not published
	f.Risk.Any, f.Risk.AtEntry, f.Risk.AtExit = hideShare(f.Risk.Any, episodes), hideShare(f.Risk.AtEntry, episodes), hideShare(f.Risk.AtExit, false)
}

// hideShare hides a share whose count, or whose whole (wholeHidden), secondary
// suppression has hidden.
func hideShare(s ShareShown, wholeHidden bool) ShareShown {
	if s.Count.Suppressed() || wholeHidden {
		s.Share, s.Lower, s.Upper = disclosure.Suppressed, disclosure.Suppressed, disclosure.Suppressed
	}
	return s
}

func publishRisk(risk Risk, count func(int) disclosure.Cell) RiskShown {
	out := RiskShown{Episodes: count(risk.Episodes), Levels: cells(risk.Levels, count), Factors: cells(risk.Factors, count), Actions: cells(risk.Actions, count)}
	out.Any, out.AtEntry, out.AtExit = publishShare(risk.Any, count), publishShare(risk.AtEntry, count), publishShare(risk.AtExit, count)
	return out
}

// publishShare hides a share where its count or its whole is suppressed, and works
// it out from the counts as published (rounded under disclosure control), so that it
// cannot give the raw counts back.
func publishShare(s Share, count func(int) disclosure.Cell) ShareShown {
	c, of := count(s.Count), count(s.Of)
	if c.Suppressed() || of.Suppressed() {
		return ShareShown{Count: c, Share: disclosure.Suppressed, Lower: disclosure.Suppressed, Upper: disclosure.Suppressed}
	}
	n, _ := c.Shown().(int)
	whole, _ := of.Shown().(int)
	p := shareOf(n, whole)
	return ShareShown{Count: c, Share: shown(false, p.Share), Lower: shown(false, p.Lower), Upper: shown(false, p.Upper)}
}

func publishReTrafficking(d definitions.Definition, rt ReTrafficking, rule disclosure.Rule) ReTraffickingShown {
	out := ReTraffickingShown{Version: d.Version, Fingerprint: d.Fingerprint(),
		PeopleWithEventInPeriod: disclosure.Count(rt.PeopleWithEventInPeriod, rule), Cohort: disclosure.Count(rt.Cohort, rule)}
	for _, in := range rt.Incidence {
		out.Incidence = append(out.Incidence, publishIncidence(in, out.Cohort, rule))
	}
	for _, in := range rt.Monthly {
		out.Monthly = append(out.Monthly, publishIncidence(in, out.Cohort, rule))
	}
	if rule == disclosure.None {
		for _, s := range rt.Curve.Steps {
			out.Curve = append(out.Curve, CurveStep{Day: s.Time, AtRisk: s.AtRisk, Events: s.Events, Censored: s.Censored, Survival: s.Survival, Lower: s.Lower, Upper: s.Upper})
		}
	}
	return out
}

// milestoneDefinition is the definition incidence by milestone status is given for:
// re-trafficking when it is among those reported, else the first.
func milestoneDefinition(defs []definitions.Definition) *definitions.Definition {
	for i := range defs {
		if defs[i].Name == "re-trafficking" {
			return &defs[i]
		}
	}
	if len(defs) > 0 {
		return &defs[0]
	}
	return nil
}

// publishIncidence hides incidence where the events so far are 1 to 9 (1/12 would
// give one event away) or the numbers are suppressed, and rounds it to 0.1% so that
// the estimate cannot give the counts back.
func publishIncidence(in Incidence, cohort disclosure.Cell, rule disclosure.Rule) IncidenceShown {
	atRisk := disclosure.Count(in.AtRisk, rule)
	hide := atRisk.Suppressed() || cohort.Suppressed() || disclosure.Count(in.Events, rule).Suppressed()
	round := func(v float64) float64 { return v }
	if rule == disclosure.TenFive {
		round = func(v float64) float64 { return math.Round(v*1000) / 1000 }
	}
	return IncidenceShown{Months: in.Months, AtRisk: atRisk,
		Value: shown(hide, round(in.Value)), Lower: shown(hide, round(in.Lower)), Upper: shown(hide, round(in.Upper))}
}

func cells(counts map[string]int, count func(int) disclosure.Cell) map[string]disclosure.Cell {
	out := make(map[string]disclosure.Cell, len(counts))
	for k, n := range counts {
		out[k] = count(n)
	}
	return out
}

// shown is a statistic as published: [c] where hide, null where not a number.
func shown(hide bool, v float64) any {
	switch {
	case hide:
		return disclosure.Suppressed
	case math.IsNaN(v):
		return nil
	}
	return v
}

// LatestDate is the latest date in the journeys' referrals, support episodes and
// follow-ups — a partial date by its first day, so that "2023" does not stretch the
// data to December — the default end of observation. False when there is none.
func LatestDate(journeys []definitions.Journey) (time.Time, bool) {
	var latest time.Time
	seen := func(d retrace.PartialDate) {
		if !d.IsZero() && d.Earliest().After(latest) {
			latest = d.Earliest()
		}
	}
	for _, j := range journeys {
		for _, r := range j.Referrals {
			seen(r.ReferralDate)
		}
		for _, s := range j.Support {
			seen(s.Start)
			seen(s.End)
		}
		for _, f := range j.FollowUps {
			seen(f.Date)
		}
	}
	return latest, !latest.IsZero()
}

// OptionsFor are a report's options over [from, to] under the definition of that name
// ("all": every one) with a disclosure rule. Referrals are one incident within the
// same-incident days of the re-referral-distinct definition.
func OptionsFor(from, to time.Time, defs []definitions.Definition, name string, rule disclosure.Rule) (Options, error) {
	opt := Options{Period: Period{From: from, To: to}, Rule: rule}
	if to.Before(from) {
		return opt, fmt.Errorf("the period ends (%s) before it begins (%s)", to.Format(time.DateOnly), from.Format(time.DateOnly))
	}
	if d := definitions.Find(defs, "re-referral-distinct"); d != nil {
		opt.SameIncidentDays = d.SameIncidentDays
	}
	if name == "all" {
		opt.Definitions = defs
		return opt, nil
	}
	d, err := definitions.Named(defs, name)
	opt.Definitions = []definitions.Definition{d}
	return opt, err
}

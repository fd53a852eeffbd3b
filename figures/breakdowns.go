package figures

import (
	"maps"
	"slices"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/disclosure"
	"github.com/retrace-uk/retrace/internal/parallel"
)

// Breakdowns are the figures by each dimension: dimension → value → figure → count.
// A value not recorded is "unknown".
type Breakdowns map[string]map[string]map[string]int

// Dimensions are what the figures are broken down by.
var Dimensions = []string{"sex", "age_at_exploitation", "nationality", "exploitation_type", "first_responder_type"}

// inPeriodReferrals are the figures whose people count under the values of each of
// their NRM referrals in the period; other figures of people count them under their
// latest NRM referral received by the end of the period.
var inPeriodReferrals = map[string]bool{"people_referred": true,
	"people_referred_more_than_once.repeat-referral": true, "people_referred_more_than_once.re-referral-distinct": true}

// partitions says which breakdowns add up to their figure (each referral, person or
// support episode in exactly one value), so that secondary suppression can protect
// them: a referral may have several exploitation types, and a person several
// referrals in the period.
func partitions(dimension, figure string) bool {
	switch dimension {
	case "sex", "nationality":
		return true
	case "age_at_exploitation", "first_responder_type":
		return !inPeriodReferrals[figure]
	}
	return false
}

// CountBreakdowns counts the figures by each dimension. Sex and nationality are the
// person's. Age at exploitation, exploitation type and first responder type are a
// referral's: a referral's own (figure 1); for people referred and referred more than
// once (figures 2 and 3), each value of their NRM referrals in the period; for the
// other figures of people and support episodes (4 to 8), the values of the person's
// latest NRM referral received by the end of the period ("unknown" if none).
// events says, per definition, which journeys have their event in the period (from
// CountReTrafficking). The journeys are shared among the cores.
func CountBreakdowns(journeys []definitions.Journey, period Period, opt Options, events map[string][]bool) Breakdowns {
	const size = 4096
	parts := make([]Breakdowns, parallel.Parts(len(journeys), size))
	parallel.Each(len(parts), func(part int) {
		out := Breakdowns{}
		for k := part * size; k < min(len(journeys), (part+1)*size); k++ {
			out.addJourney(&journeys[k], k, period, opt, events)
		}
		parts[part] = out
	})
	out := Breakdowns{}
	for _, p := range parts {
		for dim, values := range p {
			for value, figures := range values {
				for figure, n := range figures {
					out.add(dim, value, figure, n)
				}
			}
		}
	}
	return out
}

func (b Breakdowns) add(dim, value, figure string, n int) {
	if value == "" {
		value = "unknown"
	}
	if b[dim] == nil {
		b[dim] = map[string]map[string]int{}
	}
	if b[dim][value] == nil {
		b[dim][value] = map[string]int{}
	}
	b[dim][value][figure] += n
}

// addJourney counts one person's referrals, and the person under each figure of
// people and each of their support episodes, by each dimension.
func (b Breakdowns) addJourney(j *definitions.Journey, k int, period Period, opt Options, events map[string][]bool) {
	var inPeriod []*retrace.Referral
	var latest *retrace.Referral
	for rI := range j.Referrals {
		r := &j.Referrals[rI]
		if r.Route != retrace.RouteNRM || r.ReferralDate.IsZero() || r.ReferralDate.Earliest().After(period.To) {
			continue
		}
		if latest == nil || r.ReferralDate.Earliest().After(latest.ReferralDate.Earliest()) {
			latest = r
		}
		if !r.ReferralDate.Earliest().Before(period.From) {
			inPeriod = append(inPeriod, r)
			b.addPerson(j, []*retrace.Referral{r}, "referrals", 1)
		}
	}
	for _, figure := range personFigures(*j, k, len(inPeriod) > 0, period, opt, events) {
		if inPeriodReferrals[figure] {
			b.addPerson(j, inPeriod, figure, 1)
		} else {
			b.addPerson(j, []*retrace.Referral{latest}, figure, 1)
		}
	}
	for sI := range j.Support {
		if s := &j.Support[sI]; active(s, period) {
			a := assessed(j, s, period, nil)
			for _, f := range [...]struct {
				figure string
				yes    bool
			}{{"risk_recorded.episodes", true}, {"risk_recorded.any", a.atAll}, {"risk_recorded.at_entry", a.atEntry}, {"risk_recorded.at_exit", a.atExit}} {
				b.addPerson(j, []*retrace.Referral{latest}, f.figure, b2i(f.yes))
			}
		}
	}
}

// addPerson counts n (a person, a referral or an episode) once under the person's sex
// and nationality, and once under each value the referrals give each other dimension
// (none: unknown).
func (b Breakdowns) addPerson(j *definitions.Journey, refs []*retrace.Referral, figure string, n int) {
	b.add("sex", j.Sex, figure, n)
	b.add("nationality", j.Nationality, figure, n)
	var ages, responders, types []string
	for _, r := range refs {
		if r == nil {
			continue
		}
		ages = appendNew(ages, string(r.AgeAtExploitation))
		responders = appendNew(responders, string(r.FirstResponderType))
		if len(r.ExploitationTypes) == 0 {
			types = appendNew(types, "")
		}
		for _, t := range r.ExploitationTypes {
			types = appendNew(types, string(t))
		}
	}
	for _, d := range [...]struct {
		dim    string
		values []string
	}{{"age_at_exploitation", ages}, {"first_responder_type", responders}, {"exploitation_type", types}} {
		if len(d.values) == 0 {
			d.values = []string{""}
		}
		for _, v := range d.values {
			b.add(d.dim, v, figure, n)
		}
	}
}

func appendNew(values []string, v string) []string {
	if slices.Contains(values, v) {
		return values
	}
	return append(values, v)
}

func b2i(x bool) int {
	if x {
		return 1
	}
	return 0
}

// personFigures are the figures of people (3 to 5, 7 under each definition, and 8's
// leavers and domains achieved) that count this person in the period, named as in
// the report's JSON; referred says the person has an NRM referral in the period.
func personFigures(j definitions.Journey, k int, referred bool, period Period, opt Options, events map[string][]bool) []string {
	var out []string
	if referred {
		out = append(out, "people_referred")
		again, distinct := referredAgain(j, period, opt.SameIncidentDays)
		if again {
			out = append(out, "people_referred_more_than_once.repeat-referral")
		}
		if distinct {
			out = append(out, "people_referred_more_than_once.re-referral-distinct")
		}
	}
	if returned(j, period) {
		out = append(out, "returned_to_support")
	}
	if missing, _, _ := missingIn(j, period); missing {
		out = append(out, "missing_from_support")
	}
	for _, d := range opt.Definitions {
		if events[d.Name] != nil && events[d.Name][k] {
			out = append(out, "re_trafficking."+d.Name)
		}
	}
	if left, ok := lastExitIn(j, period); ok {
		out = append(out, "reintegration.leavers")
		for domain, status := range statusAt(j, left) {
			if status == retrace.Achieved {
				out = append(out, "reintegration.achieved."+domain)
			}
		}
	}
	return out
}

// publishBreakdowns applies the rule, and secondary suppression against the figure
// where a breakdown adds up to it (suppressing the figure itself if need be).
func publishBreakdowns(b Breakdowns, totals map[string]*disclosure.Cell, rule disclosure.Rule) map[string]map[string]map[string]*disclosure.Cell {
	out := map[string]map[string]map[string]*disclosure.Cell{}
	for _, dim := range Dimensions {
		out[dim] = map[string]map[string]*disclosure.Cell{}
		values := slices.Sorted(maps.Keys(b[dim]))
		for figure, total := range totals {
			var line []*disclosure.Cell
			for _, v := range values {
				if out[dim][v] == nil {
					out[dim][v] = map[string]*disclosure.Cell{}
				}
				c := disclosure.Count(b[dim][v][figure], rule)
				out[dim][v][figure] = &c
				line = append(line, &c)
			}
			if partitions(dim, figure) || addsUp(line, total) {
				disclosure.ProtectBreakdown(line, total)
			}
		}
	}
	return out
}

// addsUp: the line's raw counts add up to the total, as a line that need not (a
// person's several referrals, a referral's several types) may in some data; then a
// hidden cell could be worked out from the others like any other.
func addsUp(line []*disclosure.Cell, total *disclosure.Cell) bool {
	sum := 0
	for _, c := range line {
		sum += c.Raw
	}
	return sum == total.Raw
}

package figures

import (
	"maps"
	"slices"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/disclosure"
)

// Breakdowns are figures 1 and 2 by each dimension: dimension → value → figure →
// count. A value not recorded is "unknown".
type Breakdowns map[string]map[string]map[string]int

// Dimensions are what the figures are broken down by.
var Dimensions = []string{"sex", "age_at_exploitation", "nationality", "exploitation_type", "first_responder_type"}

// partitions says which breakdowns add up to their figure (each referral or person
// in exactly one value), so that secondary suppression can protect them; a referral
// may have several exploitation types, and a person's referrals several values.
func partitions(dimension, figure string) bool {
	switch dimension {
	case "sex", "nationality":
		return true
	case "age_at_exploitation", "first_responder_type":
		return figure == "referrals"
	}
	return false
}

// personal says whether a dimension is the person's own (sex, nationality): figures of
// people (3 to 5, 7) are broken down by those only, a person having one value each.
func personal(dimension string) bool { return dimension == "sex" || dimension == "nationality" }

// CountBreakdowns counts NRM referrals received in the period and people referred,
// by each dimension: sex and nationality are the person's; age at exploitation,
// exploitation type and first responder type are the referral's (a person counts
// under each value of their referrals in the period).
// events says, per definition, which journeys have their event in the period (from
// CountReTrafficking).
func CountBreakdowns(journeys []definitions.Journey, period Period, opt Options, events map[string][]bool) Breakdowns {
	out := Breakdowns{}
	add := func(dim, value, figure string) {
		if value == "" {
			value = "unknown"
		}
		if out[dim] == nil {
			out[dim] = map[string]map[string]int{}
		}
		if out[dim][value] == nil {
			out[dim][value] = map[string]int{}
		}
		out[dim][value][figure]++
	}
	for k, j := range journeys {
		person := map[[2]string]bool{}
		for _, r := range j.Referrals {
			if r.Route != retrace.RouteNRM || !inPeriod(period, r.ReferralDate) {
				continue
			}
			values := [][2]string{{"sex", j.Sex}, {"nationality", j.Nationality}, {"age_at_exploitation", string(r.AgeAtExploitation)},
				{"first_responder_type", string(r.FirstResponderType)}}
			for _, t := range r.ExploitationTypes {
				values = append(values, [2]string{"exploitation_type", string(t)})
			}
			if len(r.ExploitationTypes) == 0 {
				values = append(values, [2]string{"exploitation_type", ""})
			}
			for _, v := range values {
				add(v[0], v[1], "referrals")
				person[v] = true
			}
		}
		for v := range person {
			add(v[0], v[1], "people_referred")
		}
		figures := personFigures(j, k, period, opt, events)
		for _, dim := range [][2]string{{"sex", j.Sex}, {"nationality", j.Nationality}} {
			for _, figure := range figures {
				add(dim[0], dim[1], figure)
			}
		}
	}
	return out
}

// personFigures are the figures of people (3 to 5, and 7 under each definition) that
// count this person in the period, named as in the report's JSON.
func personFigures(j definitions.Journey, k int, period Period, opt Options, events map[string][]bool) []string {
	var out []string
	again, distinct := referredAgain(j, period, opt.SameIncidentDays)
	if again {
		out = append(out, "people_referred_more_than_once.repeat-referral")
	}
	if distinct {
		out = append(out, "people_referred_more_than_once.re-referral-distinct")
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
			if figure != "referrals" && figure != "people_referred" && !personal(dim) {
				continue
			}
			var line []*disclosure.Cell
			for _, v := range values {
				if out[dim][v] == nil {
					out[dim][v] = map[string]*disclosure.Cell{}
				}
				c := disclosure.Count(b[dim][v][figure], rule)
				out[dim][v][figure] = &c
				line = append(line, &c)
			}
			if partitions(dim, figure) {
				disclosure.ProtectBreakdown(line, total)
			}
		}
	}
	return out
}

package definitions

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/retrace-uk/retrace"
)

// Event is a person counted under a definition: when, and the evidence.
type Event struct {
	PersonID string
	Records  []string
	Date     retrace.PartialDate // when the counted referral came, or the later episode began
	Evidence string
}

// Verdict is whether a person counts under a definition, with the reasoning: the
// episodes found and the rule that did or did not hold.
type Verdict struct {
	Event    *Event // nil: the person does not count
	Episodes []Episode
	Reasons  []string
}

// Count decides whether the journey counts under d.
func Count(d Definition, j Journey) Verdict {
	records := slices.Clone(j.Records)
	sort.Strings(records)
	var v Verdict
	switch d.Counts {
	case CountsReferrals:
		v = countReferrals(j)
	case CountsDistinctReferrals:
		v = countDistinct(d, j)
	default:
		v = countLaterEpisode(d, j)
	}
	if v.Event != nil {
		v.Event.PersonID, v.Event.Records = j.PersonID, records
	}
	return v
}

func nrmOnly(refs []retrace.Referral) []retrace.Referral {
	var out []retrace.Referral
	for _, r := range refs {
		if r.Route == retrace.RouteNRM {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].ReferralDate.Earliest().Before(out[b].ReferralDate.Earliest()) })
	return out
}

func countReferrals(j Journey) Verdict {
	refs := nrmOnly(j.Referrals)
	if len(refs) < 2 {
		return Verdict{Reasons: []string{fmt.Sprintf("%d NRM referral(s): counting needs 2 or more", len(refs))}}
	}
	first, second := refs[0], refs[1]
	return Verdict{Event: &Event{Date: second.ReferralDate,
		Evidence: fmt.Sprintf("NRM referrals %s (%s) and %s (%s)", first.ReferralID, first.ReferralDate, second.ReferralID, second.ReferralDate)},
		Reasons: []string{fmt.Sprintf("%d NRM referrals; the second, %s, came on %s", len(refs), second.ReferralID, second.ReferralDate)}}
}

func countDistinct(d Definition, j Journey) Verdict {
	eps := Episodes(Journey{Referrals: nrmOnly(j.Referrals)}, d.SameIncidentDays, false)
	v := Verdict{Episodes: eps}
	for _, e := range eps {
		v.Reasons = append(v.Reasons, e.Grouped...)
	}
	if len(eps) < 2 {
		v.Reasons = append(v.Reasons, fmt.Sprintf("NRM referrals about %d incident(s): counting needs 2 or more", len(eps)))
		return v
	}
	// The second incident is the one whose first referral came second.
	sort.SliceStable(eps, func(a, b int) bool {
		return eps[a].Referrals[0].ReferralDate.Earliest().Before(eps[b].Referrals[0].ReferralDate.Earliest())
	})
	first, second := eps[0].Referrals[0], eps[1].Referrals[0]
	v.Event = &Event{Date: second.ReferralDate,
		Evidence: fmt.Sprintf("%s (%s) and %s (%s) describe different incidents", eps[0].Label(), first.ReferralDate, eps[1].Label(), second.ReferralDate)}
	v.Reasons = append(v.Reasons, fmt.Sprintf("%d incidents; the second was first referred by %s on %s", len(eps), second.ReferralID, second.ReferralDate))
	return v
}

// countLaterEpisode finds the first episode, of an accepted kind of evidence, that
// definitely starts after an exit from an earlier episode (or after a support
// episode ended) by more than the minimum gap, and meets the definition's location,
// exploiter and decision conditions.
func countLaterEpisode(d Definition, j Journey) Verdict {
	eps := Episodes(j, d.SameIncidentDays, slices.Contains(d.Evidence, "follow_up"))
	v := Verdict{Episodes: eps}
	for _, e := range eps {
		v.Reasons = append(v.Reasons, e.Grouped...)
	}
	for k, later := range eps {
		if k == 0 {
			continue // the first episode has nothing before it
		}
		if !slices.Contains(d.Evidence, later.Evidence()) {
			v.Reasons = append(v.Reasons, fmt.Sprintf("%s: %s evidence is not counted by this definition", later.Label(), later.Evidence()))
			continue
		}
		why, ok := laterEpisodeCounts(d, j, eps[:k], later)
		v.Reasons = append(v.Reasons, why)
		if ok {
			v.Event = &Event{Date: later.Start, Evidence: why}
			return v
		}
	}
	if len(eps) < 2 {
		v.Reasons = append(v.Reasons, fmt.Sprintf("%d episode(s): no later episode to count", len(eps)))
	}
	return v
}

// laterEpisodeCounts says whether later counts, and why or why not.
func laterEpisodeCounts(d Definition, j Journey, before []Episode, later Episode) (string, bool) {
	if why, ok := placeCounts(d, j, later); !ok {
		return why, false
	}
	if d.Counts == CountsEpisodeAfterSupport {
		return afterSupport(d, j, before, later)
	}
	var reasons []string
	for _, earlier := range before {
		if earlier.FollowUp != nil || earlier.Exit.IsZero() {
			continue // a follow-up tells of no exit
		}
		if !after(later.Start, earlier.Exit, d.MinGapDays) {
			reasons = append(reasons, fmt.Sprintf("%s starts %s, not definitely %s after the exit %s from %s", later.Label(), later.Start, gapText(d.MinGapDays), earlier.Exit, earlier.Label()))
			continue
		}
		if why, ok := conditionsHold(d, earlier, later); !ok {
			reasons = append(reasons, why)
			continue
		}
		return fmt.Sprintf("%s starts %s, after the exit %s from %s", later.Label(), later.Start, earlier.Exit, earlier.Label()), true
	}
	if len(reasons) == 0 {
		return fmt.Sprintf("%s: no earlier episode with a known exit", later.Label()), false
	}
	return strings.Join(reasons, "; "), false
}

// afterSupport: later starts after a support episode ended, and is later than an
// earlier referred episode (the one the support followed) that meets the conditions.
func afterSupport(d Definition, j Journey, before []Episode, later Episode) (string, bool) {
	var earlier []Episode
	for _, e := range before {
		if _, holds := conditionsHold(d, e, later); holds && e.FollowUp == nil {
			earlier = append(earlier, e)
		}
	}
	if len(earlier) == 0 {
		return fmt.Sprintf("%s: no earlier referred episode (meeting the conditions) for it to be later than", later.Label()), false
	}
	for _, s := range j.Support {
		if !s.End.IsZero() && after(later.Start, s.End, d.MinGapDays) {
			return fmt.Sprintf("%s starts %s, after support %s ended %s (earlier: %s)", later.Label(), later.Start, s.SupportID, s.End, earlier[0].Label()), true
		}
	}
	return fmt.Sprintf("%s starts %s, not definitely %s after the end of a support episode", later.Label(), later.Start, gapText(d.MinGapDays)), false
}

// gapText says how long after: "a day or more" or "N days or more".
func gapText(days int) string {
	if days <= 0 {
		return "a day or more"
	}
	return fmt.Sprintf("%d days or more", days)
}

// placeCounts checks where the later episode happened.
func placeCounts(d Definition, j Journey, later Episode) (string, bool) {
	switch d.Location {
	case "uk":
		for _, r := range later.Referrals {
			if r.ExploitationLocation == retrace.InUK || r.ExploitationLocation == retrace.UKAndOverseas {
				return "", true
			}
		}
		return fmt.Sprintf("%s: not known to have happened in the UK", later.Label()), false
	case "after_return":
		for _, s := range j.Support {
			if s.ExitReason == retrace.ReturnedHome && !s.End.IsZero() && !later.Start.Earliest().Before(s.End.Latest()) {
				return "", true
			}
		}
		for _, f := range j.FollowUps {
			if f.Country != "" && f.Country != "GBR" && !later.Start.Earliest().Before(f.Date.Latest()) {
				return "", true
			}
		}
		return fmt.Sprintf("%s: not after a return home or a follow-up abroad", later.Label()), false
	}
	return "", true
}

// conditionsHold checks the exploiter and the earlier episode's decision.
func conditionsHold(d Definition, earlier, later Episode) (string, bool) {
	switch d.RequiredDecision {
	case "rg", "cg":
		if !positive(earlier, d.RequiredDecision) {
			return fmt.Sprintf("%s has no positive %s decision", earlier.Label(), map[string]string{"rg": "reasonable grounds", "cg": "conclusive grounds"}[d.RequiredDecision]), false
		}
	}
	if d.Exploiter == "any" {
		return "", true
	}
	a, b := exploiters(earlier), exploiters(later)
	if len(a) == 0 || len(b) == 0 {
		return fmt.Sprintf("the exploiter of %s or %s is not known", earlier.Label(), later.Label()), false
	}
	shared := false
	for _, x := range a {
		shared = shared || slices.Contains(b, x)
	}
	if (d.Exploiter == "same") != shared {
		return fmt.Sprintf("the exploiters of %s (%s) and %s (%s) are not %s", earlier.Label(), strings.Join(a, ", "), later.Label(), strings.Join(b, ", "), d.Exploiter), false
	}
	return "", true
}

func positive(e Episode, decision string) bool {
	for _, r := range e.Referrals {
		if r.ConclusiveGrounds.Outcome == retrace.Positive || (decision == "rg" && r.ReasonableGrounds.Outcome == retrace.Positive) {
			return true
		}
	}
	return false
}

// exploiters are the known exploiter relationships of an episode's referrals.
func exploiters(e Episode) []string {
	var out []string
	for _, r := range e.Referrals {
		if x := string(r.ExploiterRelationship); x != "" && r.ExploiterRelationship != retrace.UnknownRel && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

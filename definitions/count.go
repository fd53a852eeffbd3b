package definitions

import (
	"fmt"
	"slices"
	"strconv"
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

// Count decides whether the journey counts under d, with the reasons.
func Count(d Definition, j Journey) Verdict { return NewJudge(j, true).Count(d) }

// Judge decides one journey under several definitions, deriving its episodes once
// for each way the definitions group referrals into incidents, not once a
// definition.
type Judge struct {
	journey  Journey
	episodes []grouping
	say      reasoner
}

// reasoner writes the reasons and evidence of verdicts, or nothing where only the
// verdicts are wanted: counting a million people needs no words.
type reasoner struct{ explain bool }

func (r reasoner) f(format string, args ...any) string {
	if !r.explain {
		return ""
	}
	return fmt.Sprintf(format, args...)
}

// grouping is a journey's episodes under one same-incident rule.
type grouping struct {
	days      int
	followUps bool
	episodes  []Episode
}

// NewJudge starts judging a journey; with explain, verdicts carry their reasons and
// events their evidence.
func NewJudge(j Journey, explain bool) *Judge { return &Judge{journey: j, say: reasoner{explain}} }

// Reset turns the judge to another journey, keeping its memory.
func (g *Judge) Reset(j Journey) {
	g.journey, g.episodes = j, g.episodes[:0]
}

// Episodes are the journey's episodes (see Episodes), derived once for each rule.
func (g *Judge) Episodes(sameIncidentDays int, withFollowUps bool) []Episode {
	for _, e := range g.episodes {
		if e.days == sameIncidentDays && e.followUps == withFollowUps {
			return e.episodes
		}
	}
	eps := episodes(g.journey, sameIncidentDays, withFollowUps, g.say.explain)
	g.episodes = append(g.episodes, grouping{sameIncidentDays, withFollowUps, eps})
	return eps
}

// Count decides whether the journey counts under d.
func (g *Judge) Count(d Definition) Verdict {
	j := g.journey
	var v Verdict
	switch d.Counts {
	case CountsReferrals:
		v = countReferrals(j, g.say)
	case CountsDistinctReferrals:
		v = countDistinct(g.Episodes(d.SameIncidentDays, false), g.say)
	default:
		v = countLaterEpisode(d, j, g.Episodes(d.SameIncidentDays, slices.Contains(d.Evidence, "follow_up")), g.say)
	}
	if v.Event != nil {
		v.Event.PersonID, v.Event.Records = j.PersonID, slices.Sorted(slices.Values(j.Records))
	}
	return v
}

// nrmOnly are the NRM referrals among refs, by referral date.
func nrmOnly(refs []*retrace.Referral) []*retrace.Referral {
	var out []*retrace.Referral
	for _, r := range refs {
		if r.Route == retrace.RouteNRM {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, byReferralDate)
	return out
}

// pointers are the journey's referrals, in place.
func pointers(refs []retrace.Referral) []*retrace.Referral {
	out := make([]*retrace.Referral, len(refs))
	for i := range refs {
		out[i] = &refs[i]
	}
	return out
}

func countReferrals(j Journey, say reasoner) Verdict {
	refs := nrmOnly(pointers(j.Referrals))
	if len(refs) < 2 {
		return Verdict{Reasons: []string{say.f("%d NRM referral(s): counting needs 2 or more", len(refs))}}
	}
	first, second := refs[0], refs[1]
	return Verdict{Event: &Event{Date: second.ReferralDate,
		Evidence: say.f("NRM referrals %s (record %s, %s) and %s (record %s, %s)", first.ReferralID, first.RecordID, first.ReferralDate, second.ReferralID, second.RecordID, second.ReferralDate)},
		Reasons: []string{say.f("%d NRM referrals; the second, %s, came on %s", len(refs), second.ReferralID, second.ReferralDate)}}
}

// countDistinct counts incidents with an NRM referral. Incidents are grouped from
// referrals of both routes, so that a Duty to Notify report between two NRM referrals
// of one incident still ties them together.
func countDistinct(all []Episode, say reasoner) Verdict {
	v := Verdict{Episodes: all}
	var eps []Episode
	for _, e := range all {
		v.Reasons = append(v.Reasons, e.Grouped...)
		if nrm := nrmOnly(e.Referrals); len(nrm) > 0 {
			eps = append(eps, Episode{Referrals: nrm, Start: e.Start, Exit: e.Exit})
		}
	}
	if len(eps) < 2 {
		v.Reasons = append(v.Reasons, say.f("NRM referrals about %d incident(s): counting needs 2 or more", len(eps)))
		return v
	}
	// The second incident is the one whose first NRM referral came second.
	slices.SortStableFunc(eps, func(a, b Episode) int { return byReferralDate(a.Referrals[0], b.Referrals[0]) })
	first, second := eps[0].Referrals[0], eps[1].Referrals[0]
	v.Event = &Event{Date: second.ReferralDate,
		Evidence: say.f("NRM referral %s (record %s, %s) and %s (record %s, %s) describe different incidents",
			first.ReferralID, first.RecordID, first.ReferralDate, second.ReferralID, second.RecordID, second.ReferralDate)}
	v.Reasons = append(v.Reasons, say.f("%d incidents with an NRM referral; the second was first referred by %s on %s", len(eps), second.ReferralID, second.ReferralDate))
	return v
}

// countLaterEpisode finds the first episode, of an accepted kind of evidence, that
// definitely starts after an exit from an earlier episode (or after a support
// episode ended) by more than the minimum gap, and meets the definition's location,
// exploiter and decision conditions.
func countLaterEpisode(d Definition, j Journey, eps []Episode, say reasoner) Verdict {
	v := Verdict{Episodes: eps}
	for _, e := range eps {
		v.Reasons = append(v.Reasons, e.Grouped...)
	}
	for k, later := range eps {
		if k == 0 {
			continue // the first episode has nothing before it
		}
		if !slices.Contains(d.Evidence, later.Evidence()) {
			v.Reasons = append(v.Reasons, say.f("%s: %s evidence is not counted by this definition", later, later.Evidence()))
			continue
		}
		why, ok := laterEpisodeCounts(d, j, eps[:k], later, say)
		v.Reasons = append(v.Reasons, why)
		if ok {
			v.Event = &Event{Date: later.Start, Evidence: why}
			return v
		}
	}
	if len(eps) < 2 {
		v.Reasons = append(v.Reasons, say.f("%d episode(s): no later episode to count", len(eps)))
	}
	return v
}

// laterEpisodeCounts says whether later counts, and why or why not. The gap is
// measured from the last exit before it began (or, after support, from the last end
// of support): figures.md's "minimum gap between exit and the next start".
func laterEpisodeCounts(d Definition, j Journey, before []Episode, later Episode, say reasoner) (string, bool) {
	earlier := lastExited(before)
	if earlier == nil {
		return say.f("%s: no earlier episode with a known exit", later), false
	}
	from := say.f("the exit %s from %s", earlier.Exit, earlier)
	end := earlier.Exit
	if d.Counts == CountsEpisodeAfterSupport {
		s := lastSupportEnd(j, *earlier, later)
		if s == nil {
			return say.f("%s: no support episode ended between the start of %s and %s", later, earlier, later.Start), false
		}
		from = say.f("support %s (record %s) ended %s (%s)", s.SupportID, s.RecordID, s.End, s.ExitReason)
		end = s.End
	}
	if !after(later.Start, end, d.MinGapDays) {
		return say.f("%s starts %s, not definitely %s after %s", later, later.Start, gapText(d.MinGapDays), from), false
	}
	var met []string
	for _, check := range []func(Definition, Journey, []Episode, Episode, Episode, reasoner) (string, bool){decisionMet, exploiterMet, placeMet} {
		why, ok := check(d, j, before, *earlier, later, say)
		if !ok {
			return why, false
		}
		if why != "" {
			met = append(met, why)
		}
	}
	text := say.f("%s starts %s, %s after %s", later, later.Start, gapText(d.MinGapDays), from)
	if len(met) > 0 {
		text += "; " + strings.Join(met, "; ")
	}
	return text, true
}

// lastExited is the referred episode with the latest known exit, or nil.
func lastExited(before []Episode) *Episode {
	var last *Episode
	for i, e := range before {
		if e.FollowUp == nil && !e.Exit.IsZero() && (last == nil || e.Exit.Latest().After(last.Exit.Latest())) {
			last = &before[i]
		}
	}
	return last
}

// lastSupportEnd is the support episode that ended support last between the start of
// the earlier episode and the start of the later one (see SupportEnded), or nil.
func lastSupportEnd(j Journey, earlier, later Episode) *retrace.SupportEpisode {
	var last *retrace.SupportEpisode
	for i := range j.Support {
		s := &j.Support[i]
		if !SupportEnded(j, s) ||
			s.End.Latest().Before(earlier.Start.Earliest()) || s.End.Earliest().After(later.Start.Latest()) {
			continue
		}
		if last == nil || s.End.Latest().After(last.End.Latest()) {
			last = &j.Support[i]
		}
	}
	return last
}

// gapText says how long after: "a day or more" or "N days or more".
func gapText(days int) string {
	if days <= 0 {
		return "a day or more"
	}
	return strconv.Itoa(days) + " days or more"
}

// decisionMet: some earlier referred episode had the positive decision the
// definition requires.
func decisionMet(d Definition, _ Journey, before []Episode, _, _ Episode, say reasoner) (string, bool) {
	if d.RequiredDecision == "none" {
		return "", true
	}
	name := map[string]string{"rg": "reasonable grounds", "cg": "conclusive grounds"}[d.RequiredDecision]
	for _, e := range before {
		for _, r := range e.Referrals {
			if r.ConclusiveGrounds.Outcome == retrace.Positive || (d.RequiredDecision == "rg" && r.ReasonableGrounds.Outcome == retrace.Positive) {
				return say.f("positive decision on referral %s (record %s)", r.ReferralID, r.RecordID), true
			}
		}
	}
	return say.f("no earlier referral has a positive %s decision", name), false
}

// exploiterMet compares the exploiter relationships recorded on the last exited
// episode and the later one (the bundle records the relationship, not the person).
func exploiterMet(d Definition, _ Journey, _ []Episode, earlier, later Episode, say reasoner) (string, bool) {
	if d.Exploiter == "any" {
		return "", true
	}
	a, b := exploiters(earlier), exploiters(later)
	if len(a) == 0 || len(b) == 0 {
		return say.f("the exploiter relationship of %s or %s is not known", earlier, later), false
	}
	shared := false
	for _, x := range a {
		shared = shared || slices.Contains(b, x)
	}
	text := say.f("exploiter relationship %s, earlier %s", strings.Join(b, ", "), strings.Join(a, ", "))
	if (d.Exploiter == "same") != shared {
		return text + ": not " + d.Exploiter, false
	}
	return text, true
}

// placeMet checks where the later episode happened: in the UK, or after a return
// home (support that ended with returned_home, or a follow-up that reached the person
// abroad) between the start of the last exited episode and the later start.
func placeMet(d Definition, j Journey, _ []Episode, earlier, later Episode, say reasoner) (string, bool) {
	switch d.Location {
	case "uk":
		for _, r := range later.Referrals {
			if r.ExploitationLocation == retrace.InUK || r.ExploitationLocation == retrace.UKAndOverseas {
				return say.f("in the UK (referral %s)", r.ReferralID), true
			}
		}
		return say.f("%s: not known to have happened in the UK", later), false
	case "after_return":
		between := func(at retrace.PartialDate) bool {
			return !at.IsZero() && !at.Latest().Before(earlier.Start.Earliest()) && !at.Earliest().After(later.Start.Latest())
		}
		for sI := range j.Support {
			s := &j.Support[sI]
			if s.ExitReason == retrace.ReturnedHome && between(s.End) {
				return say.f("after returning home (support %s ended %s)", s.SupportID, s.End), true
			}
		}
		for fI := range j.FollowUps {
			f := &j.FollowUps[fI]
			if f.Contact == retrace.ContactMade && f.Country != "" && f.Country != "GBR" && f.Country != "XXX" && between(f.Date) {
				return say.f("after a follow-up in %s on %s", f.Country, f.Date), true
			}
		}
		return say.f("%s: not after a return home or a follow-up abroad since %s began", later, earlier), false
	}
	return "", true
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

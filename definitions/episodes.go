package definitions

import (
	"slices"
	"strings"
	"time"

	"github.com/retrace-uk/retrace"
)

// Journey is what is known of one linked person: their source records and the
// referrals, support episodes and follow-ups recorded against any of them.
type Journey struct {
	PersonID string
	Records  []string
	// Sex and Nationality are the person's as most of their records give them
	// ("" when none does).
	Sex, Nationality string
	Referrals        []retrace.Referral
	Support          []retrace.SupportEpisode
	Missing          []retrace.MissingEpisode
	Risks            []retrace.RiskAssessment
	Milestones       []retrace.Milestone
	FollowUps        []retrace.FollowUp
}

// Add adds a row of the person's records to the journey: a referral, support or
// missing episode, risk assessment, milestone or follow-up (anything else is not part
// of a journey and is left out).
func (j *Journey) Add(row any) {
	switch v := row.(type) {
	case retrace.Referral:
		j.Referrals = append(j.Referrals, v)
	case retrace.SupportEpisode:
		j.Support = append(j.Support, v)
	case retrace.FollowUp:
		j.FollowUps = append(j.FollowUps, v)
	case retrace.MissingEpisode:
		j.Missing = append(j.Missing, v)
	case retrace.RiskAssessment:
		j.Risks = append(j.Risks, v)
	case retrace.Milestone:
		j.Milestones = append(j.Milestones, v)
	}
}

// Episode is one exploitation incident of a person: the referrals that describe it
// (several first responders may refer one incident), or a re-exploitation the person
// reported at a follow-up.
type Episode struct {
	Referrals []*retrace.Referral // sorted by referral date; empty for a follow-up
	FollowUp  *retrace.FollowUp
	// Start is when the exploitation began: the earliest exploitation_start of its
	// referrals, or the referral date where that is not known (but no later than an
	// exploitation_end before it); a follow-up's date.
	Start retrace.PartialDate
	// Exit is when the person left it: the latest exploitation_end of its
	// referrals, or the referral date where that is not known. Zero for a follow-up.
	Exit retrace.PartialDate
	// Why the referrals were taken as one incident, for explanations.
	Grouped []string
}

// Evidence is what the episode is known from: "referral" or "follow_up".
func (e Episode) Evidence() string {
	if e.FollowUp != nil {
		return "follow_up"
	}
	return "referral"
}

// String is the episode's label, for reasons.
func (e Episode) String() string { return e.Label() }

// Label names the episode by its records: "referral R1 + R2" or "follow-up 2023-04-01".
func (e Episode) Label() string {
	if e.FollowUp != nil {
		return "follow-up of " + e.FollowUp.RecordID + " on " + e.FollowUp.Date.String()
	}
	ids := make([]string, len(e.Referrals))
	for i, r := range e.Referrals {
		ids[i] = r.ReferralID + " (record " + r.RecordID + ")"
	}
	return "referral " + strings.Join(ids, " + ")
}

// Partial dates are ranges. Where a rule decides that two referrals are one incident,
// it asks whether they could be (the closest reading): a duplicate must never be
// counted as re-trafficking. Where a rule counts a later episode after an exit, it
// asks whether it must be (the later start's earliest day after the exit's latest):
// an event is counted only when the dates prove it.

// Episodes derives a person's exploitation episodes from their referrals (of either
// route) and, when withFollowUps, from follow-ups at which the person, contacted,
// reported re-exploitation; sorted by start. Referrals are one incident when each is
// joined to the next by the same-incident rule, in a chain.
func Episodes(j Journey, sameIncidentDays int, withFollowUps bool) []Episode {
	return episodes(j, sameIncidentDays, withFollowUps, true)
}

// episodes derives the episodes, with why referrals were grouped when explain.
func episodes(j Journey, sameIncidentDays int, withFollowUps, explain bool) []Episode {
	refs := make([]*retrace.Referral, len(j.Referrals))
	for i := range refs {
		refs[i] = &j.Referrals[i]
	}
	slices.SortStableFunc(refs, byReferralDate)
	group := make([]int, len(refs))
	for i := range group {
		group[i] = i
	}
	root := func(i int) int {
		for group[i] != i {
			i = group[i]
		}
		return i
	}
	var reasons map[int][]string // only where referrals were joined
	for a := range refs {
		for b := a + 1; b < len(refs); b++ {
			if why, one := sameIncident(refs[a], refs[b], sameIncidentDays, reasoner{explain}); one {
				if ra, rb := root(a), root(b); ra != rb {
					group[rb] = ra
					if explain {
						if reasons == nil {
							reasons = map[int][]string{}
						}
						reasons[ra] = append(append(reasons[ra], reasons[rb]...), why)
					}
				}
			}
		}
	}
	out := make([]Episode, 0, len(refs))
	at := make([]int, len(refs)) // root → its episode in out, plus one
	for i, r := range refs {
		g := root(i)
		if at[g] == 0 {
			out = append(out, Episode{Grouped: reasons[g]})
			at[g] = len(out)
		}
		e := &out[at[g]-1]
		e.Referrals = append(e.Referrals, r)
		if start := startOf(r); e.Start.IsZero() || start.Earliest().Before(e.Start.Earliest()) {
			e.Start = start
		}
		if exit := exitOf(r); e.Exit.IsZero() || exit.Latest().After(e.Exit.Latest()) {
			e.Exit = exit
		}
	}
	if withFollowUps {
		for k := range j.FollowUps {
			if f := &j.FollowUps[k]; f.Status == retrace.ReExploited && f.Contact == retrace.ContactMade && !f.Date.IsZero() {
				out = append(out, Episode{FollowUp: f, Start: f.Date})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Episode) int { return a.Start.Earliest().Compare(b.Start.Earliest()) })
	return out
}

// byReferralDate orders referrals by the first day they could have been received.
func byReferralDate(a, b *retrace.Referral) int {
	return a.ReferralDate.Earliest().Compare(b.ReferralDate.Earliest())
}

func startOf(r *retrace.Referral) retrace.PartialDate {
	switch {
	case !r.ExploitationStart.IsZero():
		return r.ExploitationStart
	case !r.ExploitationEnd.IsZero() && r.ExploitationEnd.Earliest().Before(r.ReferralDate.Earliest()):
		return r.ExploitationEnd
	}
	return r.ReferralDate
}

func exitOf(r *retrace.Referral) retrace.PartialDate {
	if !r.ExploitationEnd.IsZero() {
		return r.ExploitationEnd
	}
	return r.ReferralDate
}

// sameIncident says whether two referrals describe one incident, and why.
// Their exploitation periods must be able to overlap (a period runs from its start to
// its end, or to the referral date where the end is not known; an unknown start could
// be any time before). Then, where both starts are known, they are one incident; where
// either is not, they are one when their referral dates could be within days of each
// other and they share an exploitation type (an unknown type shares with any).
func sameIncident(a, b *retrace.Referral, days int, say reasoner) (string, bool) {
	if !couldBeBefore(a, exitOf(b)) || !couldBeBefore(b, exitOf(a)) {
		return "", false
	}
	if !a.ExploitationStart.IsZero() && !b.ExploitationStart.IsZero() {
		return say.f("%s and %s: exploitation periods could overlap", a.ReferralID, b.ReferralID), true
	}
	if gapDays(a.ReferralDate, b.ReferralDate) <= days && shareType(a.ExploitationTypes, b.ExploitationTypes) {
		return say.f("%s and %s: referred within %d days, same kind of exploitation, periods could overlap", a.ReferralID, b.ReferralID, days), true
	}
	return "", false
}

// couldBeBefore: r's exploitation could have started by the last day of end.
func couldBeBefore(r *retrace.Referral, end retrace.PartialDate) bool {
	return r.ExploitationStart.IsZero() || !r.ExploitationStart.Earliest().After(end.Latest())
}

// gapDays is the least number of days between two dates, read as ranges.
func gapDays(a, b retrace.PartialDate) int {
	if a.IsZero() || b.IsZero() {
		return 1 << 30
	}
	gap := max(b.Earliest().Sub(a.Latest()), a.Earliest().Sub(b.Latest()), 0)
	return int(gap / (24 * time.Hour))
}

func shareType(a, b []retrace.ExploitationType) bool {
	if len(a) == 0 || len(b) == 0 || slices.Contains(a, retrace.UnknownType) || slices.Contains(b, retrace.UnknownType) {
		return true
	}
	for _, t := range a {
		if slices.Contains(b, t) {
			return true
		}
	}
	return false
}

// after: start is definitely on a later day than end, and at least gap days later.
func after(start, end retrace.PartialDate, gap int) bool {
	if start.IsZero() || end.IsZero() {
		return false
	}
	days := int(start.Earliest().Sub(end.Latest()) / (24 * time.Hour))
	return days >= max(gap, 1)
}

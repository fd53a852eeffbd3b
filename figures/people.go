package figures

import (
	"math"
	"slices"
	"sort"
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
)

// A partial date (2021, 2021-05) falls in a period by its first possible day: figures
// must place every record in exactly one period, and a range straddling a boundary
// cannot be split.
func inPeriod(p Period, d retrace.PartialDate) bool { return !d.IsZero() && p.holds(d.Earliest()) }

// Referrals is figures 1 to 3.
type Referrals struct {
	Referrals      int // NRM referrals received in the period
	DtNReports     int // Duty to Notify reports received in the period
	PeopleReferred int // people with an NRM referral in the period
	// People with an NRM referral in the period and another at any earlier time, and
	// those whose earlier referral was about a different incident.
	ReferredMoreThanOnce, ReferredAgainDistinct int
}

// CountReferrals counts figures 1 to 3; sameIncidentDays is the distinct definition's.
func CountReferrals(journeys []definitions.Journey, period Period, sameIncidentDays int) Referrals {
	var out Referrals
	for _, j := range journeys {
		inside := false
		for rI := range j.Referrals {
			r := &j.Referrals[rI]
			switch {
			case !inPeriod(period, r.ReferralDate):
			case r.Route == retrace.RouteDtN:
				out.DtNReports++
			default:
				out.Referrals++
				inside = true
			}
		}
		if !inside {
			continue
		}
		out.PeopleReferred++
		again, distinct := referredAgain(j, period, sameIncidentDays)
		if again {
			out.ReferredMoreThanOnce++
		}
		if distinct {
			out.ReferredAgainDistinct++
		}
	}
	return out
}

// referredAgain: the person has an NRM referral in the period and another NRM
// referral received no later than it (a duplicate the same day counts, as it does
// under repeat-referral); distinct when that one is about another incident.
func referredAgain(j definitions.Journey, period Period, sameIncidentDays int) (again, distinct bool) {
	incident := map[string]int{}
	for k, e := range definitions.Episodes(definitions.Journey{Referrals: j.Referrals}, sameIncidentDays, false) {
		for _, r := range e.Referrals {
			incident[r.ReferralID] = k
		}
	}
	for lateI := range j.Referrals {
		late := &j.Referrals[lateI]
		if late.Route != retrace.RouteNRM || !inPeriod(period, late.ReferralDate) {
			continue
		}
		for earlyI := range j.Referrals {
			early := &j.Referrals[earlyI]
			if early.Route == retrace.RouteNRM && early.ReferralID != late.ReferralID && !early.ReferralDate.Earliest().After(late.ReferralDate.Latest()) {
				again = true
				distinct = distinct || incident[early.ReferralID] != incident[late.ReferralID]
			}
		}
	}
	return again, distinct
}

// Support is figures 4 and 5.
type Support struct {
	// ReturnedToSupport: people whose support episode started in the period after an
	// earlier support episode of theirs had ended (a transfer is not an end).
	ReturnedToSupport int
	// MissingPeople: people with a missing record, or a support exit for missing or
	// absconded, in the period; MissingFound: of them, people found from such a
	// missing record; MedianDaysMissing over the found missing records (NaN if none).
	MissingPeople, MissingFound int
	MedianDaysMissing           float64
}

// CountSupport counts figures 4 and 5.
func CountSupport(journeys []definitions.Journey, period Period) Support {
	var out Support
	var daysMissing []float64
	for _, j := range journeys {
		if returned(j, period) {
			out.ReturnedToSupport++
		}
		missing, found, days := missingIn(j, period)
		daysMissing = append(daysMissing, days...)
		if missing {
			out.MissingPeople++
		}
		if found {
			out.MissingFound++
		}
	}
	out.MedianDaysMissing = median(daysMissing)
	return out
}

// missingIn: the person went missing in the period (a missing record, or a support
// exit for missing or absconded); found from such a record, and the days missing of
// those found.
func missingIn(j definitions.Journey, period Period) (missing, found bool, days []float64) {
	for mI := range j.Missing {
		m := &j.Missing[mI]
		if !inPeriod(period, m.Missing) {
			continue
		}
		missing = true
		if !m.Found.IsZero() {
			found = true
			days = append(days, daysBetween(m.Missing, m.Found))
		}
	}
	for sI := range j.Support {
		s := &j.Support[sI]
		if (s.ExitReason == retrace.WentMissing || s.ExitReason == retrace.Absconded) && inPeriod(period, s.End) {
			missing = true
		}
	}
	return missing, found, days
}

// returned: a support episode starting in the period, not the receiving end of a
// transfer, follows an earlier episode that ended support (see
// definitions.SupportEnded).
func returned(j definitions.Journey, period Period) bool {
	for lateI := range j.Support {
		late := &j.Support[lateI]
		if !inPeriod(period, late.Start) || definitions.Received(j, late) {
			continue
		}
		for earlyI := range j.Support {
			early := &j.Support[earlyI]
			if early.SupportID != late.SupportID && definitions.SupportEnded(j, early) && early.End.DefinitelyBefore(late.Start) {
				return true
			}
		}
	}
	return false
}

// daysBetween is the days from one date to another, each read as the middle of its
// range (a found date of 2022-05 is mid-May), never below 0.
func daysBetween(from, to retrace.PartialDate) float64 {
	mid := func(d retrace.PartialDate) time.Time { return d.Earliest().Add(d.Latest().Sub(d.Earliest()) / 2) }
	return max(0, mid(to).Sub(mid(from)).Hours()/24)
}

// median is NaN for no values: nobody was found.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	xs = slices.Clone(xs)
	sort.Float64s(xs)
	if n := len(xs); n%2 == 1 {
		return xs[n/2]
	}
	return (xs[len(xs)/2-1] + xs[len(xs)/2]) / 2
}

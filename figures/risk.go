package figures

import (
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/stats"
)

// Share is a count out of a whole, with its 95% Wilson interval.
type Share struct {
	Count int     `json:"count"`
	Of    int     `json:"of"`
	Share float64 `json:"share"`
	Lower float64 `json:"lower"`
	Upper float64 `json:"upper"`
}

func shareOf(count, of int) Share {
	p, lo, hi := stats.Wilson(count, of, stats.Z95)
	return Share{Count: count, Of: of, Share: p, Lower: lo, Upper: hi}
}

// Risk is figure 6: of support episodes active in the period, how many had a
// re-trafficking risk assessment at all, at entry and at exit, and what the
// assessments of those episodes recorded.
type Risk struct {
	Episodes int   `json:"episodes"`
	Any      Share `json:"any"`
	AtEntry  Share `json:"at_entry"`
	// AtExit is out of the active episodes that had ended by the end of the period:
	// an episode still open has no exit to be assessed at.
	AtExit  Share          `json:"at_exit"`
	Levels  map[string]int `json:"levels"`
	Factors map[string]int `json:"factors"`
	Actions map[string]int `json:"actions"`
}

// entryExitDays is how close to the start or the end of support an assessment is
// "at entry" or "at exit".
const entryExitDays = 30

// CountRisk counts figure 6. An assessment belongs to a support episode when it names
// it, or, naming none, when it is dated within the episode (under any of the person's
// records).
func CountRisk(journeys []definitions.Journey, period Period) Risk {
	out := Risk{Levels: map[string]int{}, Factors: map[string]int{}, Actions: map[string]int{}}
	var any, entry, exit, ended int
	var tallied []bool // per assessment of the journey: counted already (once, whatever its episodes)
	for _, j := range journeys {
		tallied = append(tallied[:0], make([]bool, len(j.Risks))...)
		for sI := range j.Support {
			s := &j.Support[sI]
			if !active(s, period) {
				continue
			}
			out.Episodes++
			a := assessed(&j, s, period, func(k int) {
				if !tallied[k] {
					tallied[k] = true
					tally(&out, j.Risks[k])
				}
			})
			any, entry, exit, ended = any+b(a.atAll), entry+b(a.atEntry), exit+b(a.atExit), ended+b(a.ended)
		}
	}
	out.Any, out.AtEntry, out.AtExit = shareOf(any, out.Episodes), shareOf(entry, out.Episodes), shareOf(exit, ended)
	return out
}

// assessment says whether an active support episode had a risk assessment at all, at
// entry and at exit, and whether it had ended by the end of the period.
type assessment struct{ atAll, atEntry, atExit, ended bool }

// assessed looks at the journey's assessments belonging to support episode s, calling
// each (if not nil) with the index of each.
func assessed(j *definitions.Journey, s *retrace.SupportEpisode, period Period, each func(k int)) assessment {
	a := assessment{ended: !s.End.IsZero() && !s.End.Earliest().After(period.To)}
	for k := range j.Risks {
		r := &j.Risks[k]
		if !belongs(r, s) {
			continue
		}
		a.atAll = true
		a.atEntry = a.atEntry || within(r.Date, s.Start.Earliest(), s.Start.Latest().AddDate(0, 0, entryExitDays))
		a.atExit = a.atExit || (a.ended && within(r.Date, s.End.Earliest().AddDate(0, 0, -entryExitDays), s.End.Latest()))
		if each != nil {
			each(k)
		}
	}
	return a
}

// active: the support episode overlaps the period (open episodes run on).
func active(s *retrace.SupportEpisode, p Period) bool {
	return !s.Start.IsZero() && !s.Start.Earliest().After(p.To) && (s.End.IsZero() || !s.End.Latest().Before(p.From))
}

func belongs(r *retrace.RiskAssessment, s *retrace.SupportEpisode) bool {
	if r.SupportID != "" {
		return r.SupportID == s.SupportID
	}
	return !r.Date.Latest().Before(s.Start.Earliest()) && (s.End.IsZero() || !r.Date.Earliest().After(s.End.Latest()))
}

// within: the date could fall in [from, to].
func within(d retrace.PartialDate, from, to time.Time) bool {
	return !d.IsZero() && !d.Latest().Before(from) && !d.Earliest().After(to)
}

func tally(out *Risk, r retrace.RiskAssessment) {
	if r.Level != "" {
		out.Levels[string(r.Level)]++
	}
	for _, f := range r.Factors {
		out.Factors[string(f)]++
	}
	for _, a := range r.Actions {
		out.Actions[actionCode(a)]++
	}
}

func b(x bool) int {
	if x {
		return 1
	}
	return 0
}

// actionCode keeps an action code as published only if it looks like a code (lower-
// case letters, digits and underscores, up to 40 of them): actions are free codes, and
// a published file must not carry free text.
func actionCode(a string) string {
	if len(a) == 0 || len(a) > 40 {
		return "other"
	}
	for _, c := range a {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return "other"
		}
	}
	return a
}

// RiskRecorded says whether support episode s of the journey had a re-trafficking
// risk assessment at entry (within 30 days of its start) and at exit (within 30 days
// before its end), and whether it had ended, as of a day: the rule of figure 6, for
// the web app's alerts.
func RiskRecorded(j *definitions.Journey, s *retrace.SupportEpisode, asOf time.Time) (atEntry, atExit, ended bool) {
	a := assessed(j, s, Period{To: asOf}, nil)
	return a.atEntry, a.atExit, a.ended
}

// EntryExitDays is the window, in days, of an assessment at entry or at exit.
const EntryExitDays = entryExitDays

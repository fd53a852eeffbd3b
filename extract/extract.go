// Package extract makes a record-level dataset of survivors' journeys that is safe to
// share: one row per person and exploitation episode, pseudonymous keyed ids, and
// quasi-identifiers (sex, age group, nationality, when the episode began, its route,
// the kinds of exploitation, the decisions) generalised
// until each person's, over all their episodes, are shared by at least k people,
// suppressing only what generalising the whole dataset within limits cannot cover.
package extract

import (
	"cmp"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
)

// Options control an extract.
type Options struct {
	K      int    // each person's quasi-identifiers, all episodes together, are shared by at least K people
	Secret []byte // keys the pseudonymous person ids; without it they cannot be traced back
	// Release names the release: a person's key is the same only in releases of the
	// same name (and secret), since two releases whose rows can be joined by key narrow
	// a person down to those in both groups.
	Release string
	// MaxSuppressed is the share of rows that may lose all their quasi-identifiers
	// (hidden, or the row left out) rather than generalise further: 0 suppresses none
	// (retrace extract gives 0.05 unless told otherwise).
	MaxSuppressed    float64
	SameIncidentDays int // referrals this close are one episode (default 90)
	// QuasiIdentifiers are those a reader is taken to know of someone (names in
	// QuasiIdentifiers); nil is all of them.
	QuasiIdentifiers []string
}

// CheckQuasiIdentifiers says which of names, if any, is not a quasi-identifier an
// extract can protect.
func CheckQuasiIdentifiers(names []string) error {
	if names != nil && len(names) == 0 { // none would leave everyone as recorded
		return fmt.Errorf("name at least one quasi-identifier (%s)", strings.Join(QuasiIdentifiers, ", "))
	}
	for _, n := range names {
		if !slices.Contains(QuasiIdentifiers, n) {
			return fmt.Errorf("%q is not a quasi-identifier of the extract (%s)", n, strings.Join(QuasiIdentifiers, ", "))
		}
	}
	return nil
}

// known is the quasi-identifiers the options name, all where they name none.
func (opt Options) known() Known {
	names := opt.QuasiIdentifiers
	if names == nil {
		names = QuasiIdentifiers
	}
	k := Known{}
	for _, n := range names {
		k[n] = true
	}
	return k
}

// Row is one person's episode. The quasi-identifiers are those a reader could know
// of someone from elsewhere: Sex, AgeGroup, Nationality, Period, Route,
// ExploitationTypes, and the decisions, ReasonableGrounds and ConclusiveGrounds.
type Row struct {
	PersonKey, Episode                   string
	Sex, AgeGroup, Nationality, Period   string
	Route, ExploitationTypes             string
	ReasonableGrounds, ConclusiveGrounds string
	Supported, SupportEnded, WentMissing string
	RiskAssessed                         string
}

// Columns are the extract's CSV header, in Row's order.
var Columns = []string{"person_key", "episode", "sex", "age_group", "nationality", "period",
	"route", "exploitation_types", "rg_decision", "cg_decision", "supported", "support_ended", "went_missing", "risk_assessed"}

// Cells are the row's values in Columns' order.
func (r Row) Cells() []string {
	return []string{r.PersonKey, r.Episode, r.Sex, r.AgeGroup, r.Nationality, r.Period, r.Route, r.ExploitationTypes,
		r.ReasonableGrounds, r.ConclusiveGrounds, r.Supported, r.SupportEnded, r.WentMissing, r.RiskAssessed}
}

// Rows gives each person's episodes as rows, quasi-identifiers at their most
// detailed: sex, age group at exploitation, nationality, the quarter the episode
// began.
func Rows(journeys []definitions.Journey, opt Options) []Row {
	days := opt.SameIncidentDays
	if days == 0 {
		days = 90
	}
	var out []Row
	for _, j := range journeys {
		episodes := definitions.Episodes(j, days, false)
		for n, e := range episodes {
			if len(e.Referrals) == 0 {
				continue
			}
			until := retrace.PartialDate{}
			if n+1 < len(episodes) {
				until = episodes[n+1].Start
			}
			out = append(out, rowOf(j, e, n+1, until, opt))
		}
	}
	return out
}

func rowOf(j definitions.Journey, e definitions.Episode, n int, until retrace.PartialDate, opt Options) Row {
	first := e.Referrals[0]
	var types []string
	for _, r := range e.Referrals {
		for _, t := range r.ExploitationTypes {
			if !slices.Contains(types, string(t)) {
				types = append(types, string(t))
			}
		}
	}
	slices.Sort(types)
	r := Row{PersonKey: personKey(opt.Secret, opt.Release, j.PersonID), Episode: fmt.Sprint(n),
		Sex: orUnknown(j.Sex), AgeGroup: orUnknown(string(first.AgeAtExploitation)), Nationality: orUnknown(j.Nationality),
		Period: quarter(first.ReferralDate), Route: string(first.Route), ExploitationTypes: strings.Join(types, ";"),
		ReasonableGrounds: orUnknown(string(first.ReasonableGrounds.Outcome)), ConclusiveGrounds: orUnknown(string(first.ConclusiveGrounds.Outcome)),
		Supported: "no", WentMissing: "no", RiskAssessed: "no"}
	in := func(d retrace.PartialDate) bool {
		return !d.IsZero() && !d.Latest().Before(first.ReferralDate.Earliest()) && (until.IsZero() || d.Earliest().Before(until.Earliest()))
	}
	for _, s := range j.Support {
		if in(s.Start) && r.Supported == "no" {
			r.Supported, r.SupportEnded = "yes", orUnknown(string(s.ExitReason))
		}
	}
	for _, m := range j.Missing {
		if in(m.Missing) {
			r.WentMissing = "yes"
		}
	}
	for _, a := range j.Risks {
		if in(a.Date) {
			r.RiskAssessed = "yes"
		}
	}
	return r
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

// personKey is a keyed hash of the release and the person id: the same in extracts
// of one release made with one secret, meaningless without it.
func personKey(secret []byte, release, person string) string {
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(release + "\x00" + person))
	return hex.EncodeToString(mac.Sum(nil))[:16]
}

func quarter(d retrace.PartialDate) string {
	if d.IsZero() {
		return "unknown"
	}
	if d.Precision() == retrace.Year {
		return fmt.Sprint(d.Year())
	}
	return fmt.Sprintf("%d-Q%d", d.Year(), (int(d.Earliest().Month())-1)/3+1)
}

// Report says what making the extract k-anonymous cost.
type Report struct {
	Release string
	K       int
	// QuasiIdentifiers are those protected: a reader is taken to know them of someone.
	QuasiIdentifiers []string
	Rows             int
	// PeriodsHidden counts the rows of later episodes whose period was hidden, and
	// Hidden the rows whose quasi-identifiers were all hidden, because the person's
	// episodes together were rarer than K people; Suppressed the rows left out, whose
	// person was rarer than K even then.
	PeriodsHidden, Hidden, Suppressed int
	// Classes counts the groups of people whose episodes' quasi-identifiers are the
	// same taken together, and SmallestClass the people in the smallest.
	Classes, SmallestClass int
	// Levels is how far each quasi-identifier was generalised, by name, and
	// Generalised how many of the rows kept each changed, for the whole dataset
	// (periods hidden person by person are counted in PeriodsHidden).
	Levels      map[string]string
	Generalised map[string]int
	// Recoded counts, by column, the rows whose exploitation types or end of support
	// were recoded as rare (see recodeRare).
	Recoded map[string]int
	// Loss is the information lost, from 0 (nothing generalised or suppressed) to 1:
	// the mean over rows and quasi-identifiers of how far up its hierarchy each went,
	// a row whose quasi-identifiers were all hidden, or that was left out, losing all.
	Loss float64
}

// Anonymise generalises the rows' quasi-identifiers by the least costly levels that
// leave no more than MaxSuppressed of the rows to lose all their quasi-identifiers,
// then protects each person rarer than K (see protect). A person's quasi-identifiers
// are those of all their rows together: rows share a person key, so whoever knows
// two of someone's episodes can look for a key holding both. It tries every
// combination of levels (the lattice is small) and keeps the one losing least.
func Anonymise(rows []Row, opt Options) ([]Row, Report) {
	var best levels
	bestLoss := math.Inf(1)
	known := opt.known()
	ps := personsOf(rows, known.levels()) // the same people and episodes at every level: found once
	for _, lv := range lattice(ps.known) {
		if lv.leastLoss(ps.known) >= bestLoss {
			break // the lattice is in order of it: none left can lose less
		}
		gen, reached := generalise(rows, lv, opt.K, ps)
		_, p := protect(gen, reached, opt.K, ps)
		if float64(p.hidden+p.suppressed) > opt.MaxSuppressed*float64(len(rows)) && !lv.top(ps.known) {
			continue
		}
		if l := p.loss(); l < bestLoss {
			best, bestLoss = lv, l
		}
	}
	gen, reached := generalise(rows, best, opt.K, ps) // the chosen one's rows and report, once
	out, p := protect(gen, reached, opt.K, ps)
	rep := reportOf(rows, gen, out, best, p, opt.K, known)
	rep.Release = opt.Release
	rep.QuasiIdentifiers = slices.DeleteFunc(slices.Clone(QuasiIdentifiers), func(n string) bool { return !known[n] })
	rep.Recoded = map[string]int{"support_ended": recodeRare(out, opt.K, func(r *Row) *string { return &r.SupportEnded })}
	// In key order: the order rows were made in follows person ids, which follow how
	// many records a person has and when they were first linked.
	slices.SortStableFunc(out, func(a, b Row) int {
		return cmp.Or(strings.Compare(a.PersonKey, b.PersonKey), cmp.Compare(episodeNumber(a), episodeNumber(b)))
	})
	return out, rep
}

// recodeRare recodes a column's values that fewer than k people hold to "other", and,
// if "other" is then held by fewer than k, to "*"; it says how many rows it changed.
// Decisions and outcomes are what a reader learns of a group, but a rare one
// (organ harvesting with domestic servitude; support ended by death) may be known of
// a person from elsewhere, and would find their row.
func recodeRare(rows []Row, k int, field func(*Row) *string) int {
	changed := make([]bool, len(rows))
	for _, to := range []string{"other", "*"} {
		people := peopleBy(rows, field)
		for i := range rows {
			if v := field(&rows[i]); *v != "" && *v != to && people[*v] < k {
				*v, changed[i] = to, true
			}
		}
	}
	return len(slices.DeleteFunc(changed, func(c bool) bool { return !c }))
}

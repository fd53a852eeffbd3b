// Package casework is what a support worker sees of the people their organisation
// supports: a person's journey as a timeline, and the alerts that call for action —
// someone supported was referred again, went missing, or had no risk assessment when
// support began or ended.
package casework

import (
	"slices"
	"strings"
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/figures"
)

// AlertKind is what an alert is about.
type AlertKind string

const (
	ReferredAgain AlertKind = "referred_again"
	WentMissing   AlertKind = "went_missing"
	NoRiskAtEntry AlertKind = "no_risk_assessment_at_entry"
	NoRiskAtExit  AlertKind = "no_risk_assessment_at_exit"
)

// AlertKinds are the kinds, in the order the alerts page offers them.
var AlertKinds = []AlertKind{ReferredAgain, WentMissing, NoRiskAtEntry, NoRiskAtExit}

// Alert is one thing an organisation should act on about a record of theirs.
type Alert struct {
	Kind     AlertKind
	PersonID string
	RecordID string              // the organisation's own record
	Date     retrace.PartialDate // the referral, going missing, or the support's start or end
	By       string              // for a referral: who referred (an organisation code)
	Found    retrace.PartialDate // for going missing: when found, if known
}

// Elsewhere is a referral of the same person made on a record of another
// organisation's: when, and by whom, is all that is told.
type Elsewhere struct {
	Date retrace.PartialDate
	By   string
}

// Alerts are the alerts on one record's journey (its own rows only), given the
// referrals of the same person elsewhere, as of a day. A referral counts as "again"
// when it is surely after the record's first support began.
func Alerts(j *definitions.Journey, elsewhere []Elsewhere, asOf time.Time) []Alert {
	record := ""
	if len(j.Records) > 0 {
		record = j.Records[0]
	}
	alert := func(k AlertKind, d retrace.PartialDate) Alert {
		return Alert{Kind: k, PersonID: j.PersonID, RecordID: record, Date: d}
	}
	var out []Alert
	if first, ok := firstSupport(j); ok {
		for _, r := range j.Referrals {
			if first.DefinitelyBefore(r.ReferralDate) {
				a := alert(ReferredAgain, r.ReferralDate)
				a.By = r.FirstResponder
				out = append(out, a)
			}
		}
		for _, e := range elsewhere {
			if first.DefinitelyBefore(e.Date) {
				a := alert(ReferredAgain, e.Date)
				a.By = e.By
				out = append(out, a)
			}
		}
	}
	for _, m := range j.Missing {
		a := alert(WentMissing, m.Missing)
		a.Found = m.Found
		out = append(out, a)
	}
	for i := range j.Support {
		out = append(out, riskAlerts(j, &j.Support[i], asOf, alert)...)
	}
	return out
}

// riskAlerts: no assessment at entry once the entry window has passed; none at exit
// once support has ended.
func riskAlerts(j *definitions.Journey, s *retrace.SupportEpisode, asOf time.Time, alert func(AlertKind, retrace.PartialDate) Alert) []Alert {
	if s.Start.IsZero() || s.Start.Earliest().After(asOf) {
		return nil
	}
	atEntry, atExit, ended := figures.RiskRecorded(j, s, asOf)
	var out []Alert
	if !atEntry && asOf.After(s.Start.Latest().AddDate(0, 0, figures.EntryExitDays)) {
		out = append(out, alert(NoRiskAtEntry, s.Start))
	}
	if ended && !atExit {
		out = append(out, alert(NoRiskAtExit, s.End))
	}
	return out
}

func firstSupport(j *definitions.Journey) (retrace.PartialDate, bool) {
	var first retrace.PartialDate
	for _, s := range j.Support {
		if !s.Start.IsZero() && (first.IsZero() || s.Start.Earliest().Before(first.Earliest())) {
			first = s.Start
		}
	}
	return first, !first.IsZero()
}

// Newest sorts alerts newest first (undated last), then by record.
func Newest(alerts []Alert) {
	slices.SortStableFunc(alerts, func(a, b Alert) int {
		if c := datedFirst(a.Date, b.Date, -1); c != 0 {
			return c
		}
		return strings.Compare(a.RecordID, b.RecordID)
	})
}

// datedFirst orders dates by their first day, earliest first (order 1) or latest
// first (order -1), undated after the dated either way.
func datedFirst(a, b retrace.PartialDate, order int) int {
	if a.IsZero() != b.IsZero() {
		if a.IsZero() {
			return 1
		}
		return -1
	}
	return order * a.Earliest().Compare(b.Earliest())
}

// Text says what happened, in words.
func (a Alert) Text() string {
	switch a.Kind {
	case ReferredAgain:
		if a.By == "" {
			return "Referred again"
		}
		return "Referred again by " + a.By
	case WentMissing:
		return "Went missing from support; " + foundText(a.Found)
	case NoRiskAtEntry:
		return "No re-trafficking risk assessment within 30 days of support beginning"
	case NoRiskAtExit:
		return "No re-trafficking risk assessment in the 30 days before support ended"
	}
	return string(a.Kind)
}

package casework

import (
	"fmt"
	"slices"
	"strings"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
)

// Event is one dated step of a person's journey, in words.
type Event struct {
	Date     retrace.PartialDate
	Kind     string // referral, decision, support, missing, risk, milestone, follow_up
	Title    string
	Detail   string
	RecordID string
	RowID    string // the referral, support episode or risk assessment it comes from
	Concern  bool   // going missing, a support exit that calls for attention, high risk
}

// Timeline lists a journey's events, earliest first; undated events come last.
func Timeline(j *definitions.Journey) []Event {
	var out []Event
	for _, r := range j.Referrals {
		out = append(out, referralEvents(r)...)
	}
	for _, s := range j.Support {
		out = append(out, supportEvents(s)...)
	}
	for _, m := range j.Missing {
		out = append(out, Event{Date: m.Missing, Kind: "missing", Title: "Went missing from support", RecordID: m.RecordID, Concern: true,
			Detail: foundText(m.Found)})
	}
	for _, r := range j.Risks {
		out = append(out, riskEvent(r))
	}
	for _, m := range j.Milestones {
		out = append(out, Event{Date: m.Date, Kind: "milestone", Title: "Reintegration: " + Label(string(m.Domain)), Detail: Label(string(m.Status)), RecordID: m.RecordID})
	}
	for _, f := range j.FollowUps {
		out = append(out, followUpEvent(f))
	}
	slices.SortStableFunc(out, func(a, b Event) int { return datedFirst(a.Date, b.Date, 1) })
	return out
}

func referralEvents(r retrace.Referral) []Event {
	detail := []string{}
	if r.FirstResponder != "" {
		detail = append(detail, "by "+r.FirstResponder+" ("+Label(string(r.FirstResponderType))+")")
	}
	if len(r.ExploitationTypes) > 0 {
		types := make([]string, len(r.ExploitationTypes))
		for i, t := range r.ExploitationTypes {
			types[i] = Label(string(t))
		}
		detail = append(detail, "exploitation: "+strings.Join(types, ", "))
	}
	out := []Event{{Date: r.ReferralDate, Kind: "referral", Title: upper(Label(string(r.Route))), Detail: strings.Join(detail, "; "), RecordID: r.RecordID, RowID: r.ReferralID}}
	for _, d := range []struct {
		name string
		d    retrace.Decision
	}{{"Reasonable grounds decision", r.ReasonableGrounds}, {"Conclusive grounds decision", r.ConclusiveGrounds}} {
		if d.d.Outcome != "" && d.d.Outcome != "pending" {
			out = append(out, Event{Date: d.d.Date, Kind: "decision", Title: d.name + ": " + Label(string(d.d.Outcome)), RecordID: r.RecordID, RowID: r.ReferralID})
		}
	}
	return out
}

func supportEvents(s retrace.SupportEpisode) []Event {
	by := Label(string(s.Service))
	if s.Provider != "" {
		by += " by " + s.Provider
	}
	out := []Event{{Date: s.Start, Kind: "support", Title: "Support began", Detail: by, RecordID: s.RecordID, RowID: s.SupportID}}
	if !s.End.IsZero() || s.ExitReason != "" {
		out = append(out, Event{Date: s.End, Kind: "support", Title: "Support ended: " + Label(string(s.ExitReason)), Detail: by, RecordID: s.RecordID, RowID: s.SupportID,
			Concern: s.ExitReason == "missing" || s.ExitReason == "absconded"})
	}
	return out
}

func riskEvent(r retrace.RiskAssessment) Event {
	title := "Risk assessment"
	if r.Stage != "" {
		title += " (" + Label(string(r.Stage)) + ")"
	}
	var detail []string
	if r.Level != "" {
		detail = append(detail, "risk "+Label(string(r.Level)))
	}
	if len(r.Factors) > 0 {
		fs := make([]string, len(r.Factors))
		for i, f := range r.Factors {
			fs[i] = Label(string(f))
		}
		detail = append(detail, "factors: "+strings.Join(fs, ", "))
	}
	if len(r.Actions) > 0 {
		detail = append(detail, fmt.Sprintf("%d actions recorded", len(r.Actions)))
	}
	return Event{Date: r.Date, Kind: "risk", Title: title, Detail: strings.Join(detail, "; "), RecordID: r.RecordID, RowID: r.AssessmentID, Concern: r.Level == "high"}
}

func followUpEvent(f retrace.FollowUp) Event {
	detail := Label(string(f.Contact))
	if f.Status != "" {
		detail += "; " + Label(string(f.Status))
	}
	if f.Country != "" {
		detail += "; living in " + f.Country
	}
	return Event{Date: f.Date, Kind: "follow_up", Title: "Contact after support", Detail: detail, RecordID: f.RecordID,
		Concern: f.Status == retrace.ReExploited || f.Status == retrace.AtRisk}
}

func foundText(found retrace.PartialDate) string {
	if found.IsZero() {
		return "not recorded as found"
	}
	return "found " + found.String()
}

// Label turns a code into words: "returned_home" → "returned home".
func Label(code string) string {
	switch code {
	case "msvcc":
		return "MSVCC (Modern Slavery Victim Care Contract)"
	case "nrm":
		return "NRM referral"
	case "dtn":
		return "Duty to Notify report"
	case "ngo":
		return "NGO"
	case "F":
		return "female"
	case "M":
		return "male"
	case "X":
		return "another sex, or not given as female or male"
	case "":
		return "not recorded"
	}
	return strings.ReplaceAll(code, "_", " ")
}

func upper(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

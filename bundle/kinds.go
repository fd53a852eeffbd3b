package bundle

import (
	"strings"

	"github.com/retrace-uk/retrace"
)

// Column is one column of a bundle file.
type Column struct {
	Name     string
	Required bool // the header must have it (the cell may still be allowed empty)
}

// Kind is one file of the journey bundle: its columns in the order the spec lists
// them, how a record becomes a domain value and how a value is written back. The
// canonical cells of a row are what export writes and what storage keeps.
type Kind struct {
	File    string // e.g. "referrals.csv"
	Table   string // storage table
	Columns []Column
	// Key names the columns that identify a row across imports. Files with no id of
	// their own (missing, milestones, follow-ups) are keyed by what they describe.
	Key []string
	// RecordRef is the column that points at people.csv; empty for people.csv itself.
	RecordRef string
	// SupportRef is the column that points at support.csv, if any.
	SupportRef      string
	SupportRequired bool

	parse func(p *cellParser, extra retrace.Extra) any
	// cross checks the rules that tie cells of a row together (an end after its
	// start); they run once all of a row's cells are known.
	cross  func(p *cellParser, v any)
	format func(v any) []string
	index  map[string]int
}

var (
	People          = newKind("people.csv", "person_records", []string{"record_id"}, "record_id!", "source!", "given_names", "family_name", "aliases", "dob", "dob_estimated", "sex", "nationality", "birth_place", "language", "ho_reference")
	Referrals       = newKind("referrals.csv", "referrals", []string{"referral_id"}, "referral_id!", "record_id!", "referral_date!", "route!", "first_responder", "first_responder_type", "age_at_exploitation", "exploitation_types", "county_lines", "exploitation_location", "exploitation_start", "exploitation_end", "exploiter_relationship", "rg_decision", "rg_date", "cg_decision", "cg_date")
	Support         = newKind("support.csv", "support_episodes", []string{"support_id"}, "support_id!", "record_id!", "provider", "service", "start_date!", "end_date", "exit_reason")
	Missing         = newKind("missing.csv", "missing_episodes", []string{"support_id", "missing_date"}, "record_id!", "support_id!", "missing_date!", "found_date")
	RiskAssessments = newKind("risk_assessments.csv", "risk_assessments", []string{"assessment_id"}, "assessment_id!", "record_id!", "support_id", "date!", "stage!", "risk_level", "factors", "actions")
	Milestones      = newKind("milestones.csv", "milestones", []string{"record_id", "date", "domain"}, "record_id!", "date!", "domain!", "status!")
	FollowUps       = newKind("follow_ups.csv", "follow_ups", []string{"record_id", "date"}, "record_id!", "date!", "contact!", "status", "country")
)

// Kinds lists the files in the order an import must apply them: people first, then
// what points at them, support before what points at support.
var Kinds = []*Kind{People, Referrals, Support, Missing, RiskAssessments, Milestones, FollowUps}

// KindOf finds the kind of a bundle file name.
func KindOf(file string) *Kind {
	for _, k := range Kinds {
		if k.File == file {
			return k
		}
	}
	return nil
}

func newKind(file, table string, key []string, cols ...string) *Kind {
	k := &Kind{File: file, Table: table, Key: key, index: map[string]int{}}
	for i, c := range cols {
		name, required := strings.CutSuffix(c, "!")
		k.Columns = append(k.Columns, Column{Name: name, Required: required})
		k.index[name] = i
	}
	if file != "people.csv" {
		k.RecordRef = "record_id"
	}
	return k
}

func init() {
	People.parse, People.format = parsePerson, formatPerson
	Referrals.parse, Referrals.format, Referrals.cross = parseReferral, formatReferral, crossReferral
	Support.parse, Support.format, Support.cross = parseSupport, formatSupport, crossSupport
	Support.RecordRef = "record_id"
	Missing.parse, Missing.format, Missing.cross = parseMissing, formatMissing, crossMissing
	Missing.SupportRef, Missing.SupportRequired = "support_id", true
	RiskAssessments.parse, RiskAssessments.format = parseRisk, formatRisk
	RiskAssessments.SupportRef = "support_id"
	Milestones.parse, Milestones.format = parseMilestone, formatMilestone
	FollowUps.parse, FollowUps.format = parseFollowUp, formatFollowUp
}

// ColumnNames lists the canonical column names.
func (k *Kind) ColumnNames() []string {
	names := make([]string, len(k.Columns))
	for i, c := range k.Columns {
		names[i] = c.Name
	}
	return names
}

// Index is the position of a column among the canonical columns, or -1.
func (k *Kind) Index(name string) int {
	if i, ok := k.index[name]; ok {
		return i
	}
	return -1
}

// Cells writes a domain value as its canonical cells.
func (k *Kind) Cells(v any) []string { return k.format(v) }

// Value reads canonical cells (as stored) back into a domain value, checking every
// rule of a row, those that tie its cells together included.
func (k *Kind) Value(cells []string, extra retrace.Extra) (any, []Problem) {
	p := &cellParser{kind: k, file: k.File, raw: cells, position: make([]int, len(k.Columns))}
	v := k.parse(p, extra)
	if k.cross != nil {
		k.cross(p, v)
	}
	return v, p.problems
}

// Check checks a row's canonical cells against every rule of a row, for a row whose
// file lacked some columns and whose stored cells filled them in.
func (k *Kind) Check(cells []string) []Problem {
	_, problems := k.Value(cells, nil)
	return problems
}

// KeyOf is the row's identity across imports, built from its key cells.
func (k *Kind) KeyOf(cells []string) string {
	if len(k.Key) == 1 {
		return cells[k.index[k.Key[0]]]
	}
	parts := make([]string, len(k.Key))
	for i, c := range k.Key {
		parts[i] = cells[k.index[c]]
	}
	return strings.Join(parts, "|")
}

func join[T ~string](items []T) string {
	s := make([]string, len(items))
	for i, v := range items {
		s[i] = string(v)
	}
	return strings.Join(s, ";")
}

func codesOf[T ~string](items []string) []T {
	if items == nil {
		return nil
	}
	out := make([]T, len(items))
	for i, v := range items {
		out[i] = T(v)
	}
	return out
}

func tristateText(t retrace.Tristate) string {
	switch t {
	case retrace.Yes:
		return "true"
	case retrace.No:
		return "false"
	}
	return ""
}

func parsePerson(p *cellParser, extra retrace.Extra) any {
	r := retrace.PersonRecord{
		RecordID:      p.id("record_id"),
		Source:        p.id("source"),
		GivenNames:    p.text("given_names"),
		FamilyName:    p.text("family_name"),
		Aliases:       p.list("aliases"),
		DOB:           p.birthDate("dob"),
		DOBEstimated:  p.tristate("dob_estimated"),
		Sex:           retrace.Sex(strings.ToUpper(p.code("sex", retrace.SexCodes))),
		Nationalities: p.countries("nationality"),
		BirthPlace:    p.text("birth_place"),
		Language:      p.languageCode("language"),
		HOReference:   p.text("ho_reference"),
		Extra:         extra,
	}
	return r
}

func formatPerson(v any) []string {
	r := v.(retrace.PersonRecord)
	return []string{r.RecordID, r.Source, r.GivenNames, r.FamilyName, strings.Join(r.Aliases, ";"),
		r.DOB.String(), tristateText(r.DOBEstimated), string(r.Sex), strings.Join(r.Nationalities, ";"),
		r.BirthPlace, r.Language, r.HOReference}
}

func parseReferral(p *cellParser, extra retrace.Extra) any {
	r := retrace.Referral{
		ReferralID:            p.id("referral_id"),
		RecordID:              p.id("record_id"),
		ReferralDate:          p.requiredDate("referral_date"),
		Route:                 retrace.Route(p.requiredCode("route", retrace.RouteCodes)),
		FirstResponder:        p.token("first_responder"),
		FirstResponderType:    retrace.ResponderType(p.code("first_responder_type", retrace.ResponderTypeCodes)),
		AgeAtExploitation:     retrace.AgeGroup(p.code("age_at_exploitation", retrace.AgeGroupCodes)),
		ExploitationTypes:     codesOf[retrace.ExploitationType](p.codes("exploitation_types", retrace.ExploitationTypeCodes)),
		CountyLines:           p.tristate("county_lines"),
		ExploitationLocation:  retrace.ExploitationLocation(p.code("exploitation_location", retrace.LocationCodes)),
		ExploitationStart:     p.date("exploitation_start"),
		ExploitationEnd:       p.date("exploitation_end"),
		ExploiterRelationship: retrace.ExploiterRelationship(p.code("exploiter_relationship", retrace.RelationshipCodes)),
		ReasonableGrounds:     p.decision("rg_decision", "rg_date"),
		ConclusiveGrounds:     p.decision("cg_decision", "cg_date"),
		Extra:                 extra,
	}
	return r
}

func crossReferral(p *cellParser, v any) {
	r := v.(retrace.Referral)
	p.ordered("exploitation_start", r.ExploitationStart, "exploitation_end", r.ExploitationEnd)
	if r.ReferralDate.DefinitelyBefore(r.ExploitationStart) {
		p.fail("exploitation_start", "%s is after referral_date %s", r.ExploitationStart, r.ReferralDate)
	}
	p.ordered("referral_date", r.ReferralDate, "rg_date", r.ReasonableGrounds.Date)
	p.ordered("rg_date", r.ReasonableGrounds.Date, "cg_date", r.ConclusiveGrounds.Date)
	if r.ReasonableGrounds.Date.IsZero() {
		p.ordered("referral_date", r.ReferralDate, "cg_date", r.ConclusiveGrounds.Date)
	}
	for _, d := range []struct {
		outcome, date string
		decision      retrace.Decision
	}{{"rg_decision", "rg_date", r.ReasonableGrounds}, {"cg_decision", "cg_date", r.ConclusiveGrounds}} {
		if d.decision.Outcome == retrace.Pending && !d.decision.Date.IsZero() {
			p.fail(d.date, "is set but %s is empty (pending); give the decision or clear the date", d.outcome)
		}
	}
	if r.ReasonableGrounds.Outcome == retrace.Negative && r.ConclusiveGrounds.Outcome != retrace.Pending {
		p.fail("cg_decision", "%q follows a negative reasonable grounds decision, which ends the NRM process", r.ConclusiveGrounds.Outcome)
	}
	if r.Route == retrace.RouteDtN && (r.ReasonableGrounds.Outcome != "" || r.ConclusiveGrounds.Outcome != "") {
		p.fail("route", "a Duty to Notify report (dtn) has no reasonable or conclusive grounds decision")
	}
}

// decision reads an outcome and its date.
func (p *cellParser) decision(outcomeCol, dateCol string) retrace.Decision {
	return retrace.Decision{
		Outcome: retrace.DecisionOutcome(p.code(outcomeCol, retrace.DecisionCodes)),
		Date:    p.date(dateCol),
	}
}

func formatReferral(v any) []string {
	r := v.(retrace.Referral)
	return []string{r.ReferralID, r.RecordID, r.ReferralDate.String(), string(r.Route), r.FirstResponder,
		string(r.FirstResponderType), string(r.AgeAtExploitation), join(r.ExploitationTypes), tristateText(r.CountyLines),
		string(r.ExploitationLocation), r.ExploitationStart.String(), r.ExploitationEnd.String(), string(r.ExploiterRelationship),
		string(r.ReasonableGrounds.Outcome), r.ReasonableGrounds.Date.String(),
		string(r.ConclusiveGrounds.Outcome), r.ConclusiveGrounds.Date.String()}
}

func parseSupport(p *cellParser, extra retrace.Extra) any {
	s := retrace.SupportEpisode{
		SupportID:  p.id("support_id"),
		RecordID:   p.id("record_id"),
		Provider:   p.token("provider"),
		Service:    retrace.Service(p.code("service", retrace.ServiceCodes)),
		Start:      p.requiredDate("start_date"),
		End:        p.date("end_date"),
		ExitReason: retrace.ExitReason(p.code("exit_reason", retrace.ExitReasonCodes)),
		Extra:      extra,
	}
	return s
}

func crossSupport(p *cellParser, v any) {
	s := v.(retrace.SupportEpisode)
	p.ordered("start_date", s.Start, "end_date", s.End)
	if s.End.IsZero() && s.ExitReason != "" {
		p.fail("exit_reason", "is %q but end_date is empty (an ongoing episode has no exit reason)", s.ExitReason)
	}
}

func formatSupport(v any) []string {
	s := v.(retrace.SupportEpisode)
	return []string{s.SupportID, s.RecordID, s.Provider, string(s.Service), s.Start.String(), s.End.String(), string(s.ExitReason)}
}

func parseMissing(p *cellParser, extra retrace.Extra) any {
	m := retrace.MissingEpisode{
		RecordID:  p.id("record_id"),
		SupportID: p.id("support_id"),
		Missing:   p.requiredDate("missing_date"),
		Found:     p.date("found_date"),
		Extra:     extra,
	}
	return m
}

func crossMissing(p *cellParser, v any) {
	m := v.(retrace.MissingEpisode)
	p.ordered("missing_date", m.Missing, "found_date", m.Found)
}

func formatMissing(v any) []string {
	m := v.(retrace.MissingEpisode)
	return []string{m.RecordID, m.SupportID, m.Missing.String(), m.Found.String()}
}

func parseRisk(p *cellParser, extra retrace.Extra) any {
	r := retrace.RiskAssessment{
		AssessmentID: p.id("assessment_id"),
		RecordID:     p.id("record_id"),
		SupportID:    p.token("support_id"),
		Date:         p.requiredDate("date"),
		Stage:        retrace.AssessmentStage(p.requiredCode("stage", retrace.StageCodes)),
		Level:        retrace.RiskLevel(p.code("risk_level", retrace.RiskLevelCodes)),
		Factors:      codesOf[retrace.RiskFactor](p.codes("factors", retrace.RiskFactorCodes)),
		Actions:      p.list("actions"),
		Extra:        extra,
	}
	return r
}

func formatRisk(v any) []string {
	r := v.(retrace.RiskAssessment)
	return []string{r.AssessmentID, r.RecordID, r.SupportID, r.Date.String(), string(r.Stage), string(r.Level),
		join(r.Factors), strings.Join(r.Actions, ";")}
}

func parseMilestone(p *cellParser, extra retrace.Extra) any {
	return retrace.Milestone{
		RecordID: p.id("record_id"),
		Date:     p.requiredDate("date"),
		Domain:   retrace.MilestoneDomain(p.requiredCode("domain", retrace.DomainCodes)),
		Status:   retrace.MilestoneStatus(p.requiredCode("status", retrace.MilestoneStatusCodes)),
		Extra:    extra,
	}
}

func formatMilestone(v any) []string {
	m := v.(retrace.Milestone)
	return []string{m.RecordID, m.Date.String(), string(m.Domain), string(m.Status)}
}

func parseFollowUp(p *cellParser, extra retrace.Extra) any {
	return retrace.FollowUp{
		RecordID: p.id("record_id"),
		Date:     p.requiredDate("date"),
		Contact:  retrace.ContactOutcome(p.requiredCode("contact", retrace.ContactCodes)),
		Status:   retrace.FollowUpStatus(p.code("status", retrace.FollowUpStatusCodes)),
		Country:  p.optionalCountry("country"),
		Extra:    extra,
	}
}

func formatFollowUp(v any) []string {
	f := v.(retrace.FollowUp)
	return []string{f.RecordID, f.Date.String(), string(f.Contact), string(f.Status), f.Country}
}

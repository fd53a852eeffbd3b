package web

import (
	"crypto/rand"
	"strings"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundle"
)

// An input is one question of a form, filling one column of a bundle file.
type input struct {
	Column string
	Label  string
	Hint   string
	Type   string // text, date, select, radios, checkboxes, yesno, textarea
	Codes  []string
	Width  string // a GOV.UK width class for text inputs
}

// formSpec is a form that records one row of a bundle file about a person. Forms
// write rows the way an import does, so a row from a form is checked by the same
// rules, and kept and exported the same way.
type formSpec struct {
	Slug     string // in the URL: /people/{person}/record/{slug}
	Kind     *bundle.Kind
	Title    string // "Record a referral"
	IDColumn string // the row's id, made by the server; "" for files keyed by content
	IDPrefix string
	Inputs   []input
	// Provider, when set, is filled with the user's organisation (support they provide).
	Provider string
	// Support asks which of the person's support episodes the row is about.
	Support         bool
	SupportRequired bool
}

func codes(l retrace.CodeList) []string { return l.Codes }

var dateHint = "For example, 27 3 2024. Leave the day, or the day and month, empty if you do not know them."

var forms = []*formSpec{
	{Slug: "referral", Kind: bundle.Referrals, Title: "Record a referral", IDColumn: "referral_id", IDPrefix: "R", Inputs: []input{
		{Column: "referral_date", Label: "Date of the referral", Hint: dateHint, Type: "date"},
		{Column: "route", Label: "Route", Type: "radios", Codes: codes(retrace.RouteCodes)},
		{Column: "first_responder", Label: "First responder organisation", Hint: "Its code, for example POL01", Type: "text", Width: "govuk-input--width-10"},
		{Column: "first_responder_type", Label: "Type of first responder", Type: "select", Codes: codes(retrace.ResponderTypeCodes)},
		{Column: "age_at_exploitation", Label: "Age when exploited", Type: "radios", Codes: codes(retrace.AgeGroupCodes)},
		{Column: "exploitation_types", Label: "Types of exploitation", Hint: "Select all that apply", Type: "checkboxes", Codes: codes(retrace.ExploitationTypeCodes)},
		{Column: "county_lines", Label: "County lines", Type: "yesno"},
		{Column: "exploitation_location", Label: "Where the exploitation happened", Type: "select", Codes: codes(retrace.LocationCodes)},
		{Column: "exploitation_start", Label: "When the exploitation began", Hint: dateHint, Type: "date"},
		{Column: "exploitation_end", Label: "When the exploitation ended", Hint: "Leave empty if it is ongoing or not known. " + dateHint, Type: "date"},
		{Column: "exploiter_relationship", Label: "The exploiter was the person's", Type: "select", Codes: codes(retrace.RelationshipCodes)},
		{Column: "rg_decision", Label: "Reasonable grounds decision", Type: "select", Codes: codes(retrace.DecisionCodes)},
		{Column: "rg_date", Label: "Date of the reasonable grounds decision", Type: "date"},
		{Column: "cg_decision", Label: "Conclusive grounds decision", Type: "select", Codes: codes(retrace.DecisionCodes)},
		{Column: "cg_date", Label: "Date of the conclusive grounds decision", Type: "date"},
	}},
	{Slug: "support", Kind: bundle.Support, Title: "Record support", IDColumn: "support_id", IDPrefix: "S", Provider: "provider", Inputs: []input{
		{Column: "service", Label: "Service", Type: "select", Codes: codes(retrace.ServiceCodes)},
		{Column: "start_date", Label: "Support began", Hint: dateHint, Type: "date"},
		{Column: "end_date", Label: "Support ended", Hint: "Leave empty while support goes on.", Type: "date"},
		{Column: "exit_reason", Label: "How support ended", Type: "select", Codes: codes(retrace.ExitReasonCodes)},
	}},
	{Slug: "missing", Kind: bundle.Missing, Title: "Record going missing", Support: true, SupportRequired: true, Inputs: []input{
		{Column: "missing_date", Label: "Went missing on", Hint: dateHint, Type: "date"},
		{Column: "found_date", Label: "Found on", Hint: "Leave empty if not found.", Type: "date"},
	}},
	{Slug: "risk", Kind: bundle.RiskAssessments, Title: "Record a risk assessment", IDColumn: "assessment_id", IDPrefix: "A", Support: true, Inputs: []input{
		{Column: "date", Label: "Date of the assessment", Hint: dateHint, Type: "date"},
		{Column: "stage", Label: "Stage", Type: "select", Codes: codes(retrace.StageCodes)},
		{Column: "risk_level", Label: "Risk of re-trafficking", Type: "radios", Codes: codes(retrace.RiskLevelCodes)},
		{Column: "factors", Label: "Risk factors", Hint: "Select all that apply", Type: "checkboxes", Codes: codes(retrace.RiskFactorCodes)},
		{Column: "actions", Label: "Actions taken", Hint: "Codes separated by semicolons, for example safety_plan;housing_referral", Type: "text"},
	}},
	{Slug: "milestone", Kind: bundle.Milestones, Title: "Record a reintegration milestone", Inputs: []input{
		{Column: "date", Label: "Date", Hint: dateHint, Type: "date"},
		{Column: "domain", Label: "Domain", Type: "select", Codes: codes(retrace.DomainCodes)},
		{Column: "status", Label: "Status", Type: "radios", Codes: codes(retrace.MilestoneStatusCodes)},
	}},
	{Slug: "follow-up", Kind: bundle.FollowUps, Title: "Record contact after support", Inputs: []input{
		{Column: "date", Label: "Date", Hint: dateHint, Type: "date"},
		{Column: "contact", Label: "Contact", Type: "radios", Codes: codes(retrace.ContactCodes)},
		{Column: "status", Label: "How the person is", Type: "select", Codes: codes(retrace.FollowUpStatusCodes)},
		{Column: "country", Label: "Country where the person now lives", Hint: "Its three-letter code, for example GBR", Type: "text", Width: "govuk-input--width-5"},
	}},
}

// personForm records a new person: a record of the user's organisation.
var personForm = &formSpec{Slug: "person", Kind: bundle.People, Title: "Record a new person", IDColumn: "record_id", Inputs: []input{
	{Column: "given_names", Label: "Given names", Hint: "As the person gives them, in any script", Type: "text"},
	{Column: "family_name", Label: "Family name", Type: "text"},
	{Column: "aliases", Label: "Other names or spellings", Hint: "Separated by semicolons", Type: "text"},
	{Column: "dob", Label: "Date of birth", Hint: dateHint, Type: "date"},
	{Column: "dob_estimated", Label: "Is the date of birth estimated?", Type: "yesno"},
	{Column: "sex", Label: "Sex", Type: "radios", Codes: codes(retrace.SexCodes)},
	{Column: "nationality", Label: "Nationality", Hint: "Three-letter codes separated by semicolons, for example ERI or IRN;AFG", Type: "text", Width: "govuk-input--width-10"},
	{Column: "birth_place", Label: "Place of birth", Type: "text"},
	{Column: "language", Label: "Main language", Hint: "Its three-letter code, for example tir", Type: "text", Width: "govuk-input--width-5"},
	{Column: "ho_reference", Label: "Home Office reference", Type: "text", Width: "govuk-input--width-10"},
}}

func formOf(slug string) *formSpec {
	for _, f := range forms {
		if f.Slug == slug {
			return f
		}
	}
	return nil
}

// newID is a fresh row id: the organisation, a letter for the kind, and 10 random
// characters, so that ids from forms never meet ids from imports or one another.
func newID(org, prefix string) string {
	return org + "-" + prefix + strings.ToUpper(rand.Text()[:10])
}

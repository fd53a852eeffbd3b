// Package retrace holds the domain of survivor journeys: source person records and the
// events recorded against them. It depends on nothing but the standard library; storage,
// linkage, definitions, statistics and the web app are built on these types.
package retrace

// Tristate is a yes/no answer that may be unknown (an empty cell).
type Tristate uint8

const (
	NotKnown Tristate = iota
	No
	Yes
)

// Field is one cell of a column the bundle format does not define. Sources send such
// columns; they are kept aside with the row and written back on export, never dropped.
type Field struct {
	Name  string
	Value string
}

// Extra holds a row's unknown columns in the order they came.
type Extra []Field

// PersonRecord is one person as one source knows them (a row of people.csv). Records
// are never merged: record linkage decides which records are the same human being.
type PersonRecord struct {
	RecordID      string
	Source        string // organisation code
	GivenNames    string // as recorded, any script
	FamilyName    string
	Aliases       []string
	DOB           PartialDate
	DOBEstimated  Tristate
	Sex           Sex
	Nationalities []string // ISO 3166-1 alpha-3
	BirthPlace    string
	Language      string // ISO 639-3
	HOReference   string // Home Office reference; may be mistyped
	Extra         Extra
}

// Decision is a competent authority's reasonable or conclusive grounds decision.
type Decision struct {
	Outcome DecisionOutcome // Pending when not yet made
	Date    PartialDate
}

// Referral is an NRM referral or a Duty to Notify report about one exploitation episode.
type Referral struct {
	ReferralID            string
	RecordID              string
	ReferralDate          PartialDate
	Route                 Route
	FirstResponder        string // organisation code
	FirstResponderType    ResponderType
	AgeAtExploitation     AgeGroup
	ExploitationTypes     []ExploitationType
	CountyLines           Tristate
	ExploitationLocation  ExploitationLocation
	ExploitationStart     PartialDate
	ExploitationEnd       PartialDate // unknown: ongoing or not recorded
	ExploiterRelationship ExploiterRelationship
	ReasonableGrounds     Decision
	ConclusiveGrounds     Decision
	Extra                 Extra
}

// SupportEpisode is one period of support by one provider and how it ended.
type SupportEpisode struct {
	SupportID  string
	RecordID   string
	Provider   string // organisation code
	Service    Service
	Start      PartialDate
	End        PartialDate // unknown: ongoing
	ExitReason ExitReason
	Extra      Extra
}

// MissingEpisode is a time a supported person went missing, and when found.
type MissingEpisode struct {
	RecordID  string
	SupportID string
	Missing   PartialDate
	Found     PartialDate // unknown: not found
	Extra     Extra
}

// RiskAssessment is a structured re-trafficking risk assessment.
type RiskAssessment struct {
	AssessmentID string
	RecordID     string
	SupportID    string // optional
	Date         PartialDate
	Stage        AssessmentStage
	Level        RiskLevel
	Factors      []RiskFactor
	Actions      []string // mitigations taken, free codes
	Extra        Extra
}

// Milestone is a step on the reintegration pathway.
type Milestone struct {
	RecordID string
	Date     PartialDate
	Domain   MilestoneDomain
	Status   MilestoneStatus
	Extra    Extra
}

// FollowUp is contact, or an attempt at it, after support ended.
type FollowUp struct {
	RecordID string
	Date     PartialDate
	Contact  ContactOutcome
	Status   FollowUpStatus
	Country  string // ISO 3166-1 alpha-3 where the person now lives
	Extra    Extra
}

// Organisation is a source, first responder or support provider, known by its code.
type Organisation struct {
	Code string
}

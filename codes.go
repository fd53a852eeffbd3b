package retrace

import "strings"

// A CodeList is one of the closed vocabularies of the journey bundle. The codes follow
// the UK NRM statistics categories and, where one exists, the IOM HTCDS v2 field.
type CodeList struct {
	Name  string
	Codes []string
}

// Has reports whether code is in the list (exact, lower-case form).
func (l CodeList) Has(code string) bool {
	for _, c := range l.Codes {
		if c == code {
			return true
		}
	}
	return false
}

// Allowed lists the codes for an error message.
func (l CodeList) Allowed() string { return strings.Join(l.Codes, ", ") }

type (
	Sex                   string
	Route                 string
	ResponderType         string
	AgeGroup              string
	ExploitationType      string
	ExploitationLocation  string
	ExploiterRelationship string
	DecisionOutcome       string
	Service               string
	ExitReason            string
	AssessmentStage       string
	RiskLevel             string
	RiskFactor            string
	MilestoneDomain       string
	MilestoneStatus       string
	ContactOutcome        string
	FollowUpStatus        string
)

const (
	Female     Sex = "F"
	Male       Sex = "M"
	OtherSex   Sex = "X"
	UnknownSex Sex = ""

	RouteNRM Route = "nrm"
	RouteDtN Route = "dtn" // Duty to Notify: an anonymous adult, no support

	ResponderPolice         ResponderType = "police"
	ResponderLocalAuthority ResponderType = "local_authority"
	ResponderHomeOffice     ResponderType = "home_office"
	ResponderNGO            ResponderType = "ngo"
	ResponderHealth         ResponderType = "health"
	ResponderOther          ResponderType = "other"

	Child AgeGroup = "child"
	Adult AgeGroup = "adult"

	Labour            ExploitationType = "labour"
	Sexual            ExploitationType = "sexual"
	Criminal          ExploitationType = "criminal"
	DomesticServitude ExploitationType = "domestic_servitude"
	OrganHarvesting   ExploitationType = "organ_harvesting"
	UnknownType       ExploitationType = "unknown"

	InUK          ExploitationLocation = "uk"
	Overseas      ExploitationLocation = "overseas"
	UKAndOverseas ExploitationLocation = "uk_and_overseas"

	Stranger     ExploiterRelationship = "stranger"
	Acquaintance ExploiterRelationship = "acquaintance"
	Friend       ExploiterRelationship = "friend"
	Partner      ExploiterRelationship = "partner"
	Family       ExploiterRelationship = "family"
	Employer     ExploiterRelationship = "employer"
	UnknownRel   ExploiterRelationship = "unknown"

	Pending   DecisionOutcome = ""
	Positive  DecisionOutcome = "positive"
	Negative  DecisionOutcome = "negative"
	Withdrawn DecisionOutcome = "withdrawn"

	MSVCC             Service = "msvcc"
	LocalAuthority    Service = "local_authority"
	ChildrensServices Service = "childrens_services"
	ReachIn           Service = "reach_in"
	NGOOther          Service = "ngo_other"

	MoveOn       ExitReason = "move_on"
	ReturnedHome ExitReason = "returned_home"
	WentMissing  ExitReason = "missing"
	Absconded    ExitReason = "absconded"
	Declined     ExitReason = "declined"
	Ineligible   ExitReason = "ineligible"
	Detained     ExitReason = "detained"
	Deceased     ExitReason = "deceased"
	Transferred  ExitReason = "transferred"
	OtherExit    ExitReason = "other"

	AtReferral AssessmentStage = "referral"
	AtEntry    AssessmentStage = "entry"
	AtReview   AssessmentStage = "review"
	AtExit     AssessmentStage = "exit"
	AtFollowUp AssessmentStage = "follow_up"

	LowRisk    RiskLevel = "low"
	MediumRisk RiskLevel = "medium"
	HighRisk   RiskLevel = "high"

	Needed     MilestoneStatus = "needed"
	InProgress MilestoneStatus = "in_progress"
	Achieved   MilestoneStatus = "achieved"
	Lost       MilestoneStatus = "lost"

	ContactMade     ContactOutcome = "made"
	NoContact       ContactOutcome = "no_contact"
	ContactDeclined ContactOutcome = "declined"

	Safe          FollowUpStatus = "safe"
	AtRisk        FollowUpStatus = "at_risk"
	ReExploited   FollowUpStatus = "re_exploited"
	StatusUnknown FollowUpStatus = "unknown"
)

// The code lists, named as the bundle columns that use them.
var (
	SexCodes              = CodeList{"sex", []string{"F", "M", "X"}}
	RouteCodes            = CodeList{"route", []string{"nrm", "dtn"}}
	ResponderTypeCodes    = CodeList{"first_responder_type", []string{"police", "local_authority", "home_office", "ngo", "health", "other"}}
	AgeGroupCodes         = CodeList{"age_at_exploitation", []string{"child", "adult"}}
	ExploitationTypeCodes = CodeList{"exploitation_types", []string{"labour", "sexual", "criminal", "domestic_servitude", "organ_harvesting", "unknown"}}
	LocationCodes         = CodeList{"exploitation_location", []string{"uk", "overseas", "uk_and_overseas"}}
	RelationshipCodes     = CodeList{"exploiter_relationship", []string{"stranger", "acquaintance", "friend", "partner", "family", "employer", "unknown"}}
	DecisionCodes         = CodeList{"decision", []string{"positive", "negative", "withdrawn"}}
	ServiceCodes          = CodeList{"service", []string{"msvcc", "local_authority", "childrens_services", "reach_in", "ngo_other"}}
	ExitReasonCodes       = CodeList{"exit_reason", []string{"move_on", "returned_home", "missing", "absconded", "declined", "ineligible", "detained", "deceased", "transferred", "other"}}
	StageCodes            = CodeList{"stage", []string{"referral", "entry", "review", "exit", "follow_up"}}
	RiskLevelCodes        = CodeList{"risk_level", []string{"low", "medium", "high"}}
	RiskFactorCodes       = CodeList{"factors", []string{"insecure_immigration", "no_recourse_public_funds", "homelessness", "unemployment", "debt", "substance_misuse", "mental_health", "isolation", "exploiter_contact", "threats_to_family", "language_barrier", "care_leaver", "missing_history", "job_offer_unverified", "prior_exploitation"}}
	DomainCodes           = CodeList{"domain", []string{"safety", "housing", "income", "employment", "immigration_status", "health", "education", "social_connection", "legal", "return_reintegration"}}
	MilestoneStatusCodes  = CodeList{"status", []string{"needed", "in_progress", "achieved", "lost"}}
	ContactCodes          = CodeList{"contact", []string{"made", "no_contact", "declined"}}
	FollowUpStatusCodes   = CodeList{"status", []string{"safe", "at_risk", "re_exploited", "unknown"}}
)

// OtherCountryCodes are the nationality codes, beyond ISO 3166-1 alpha-3, that travel
// documents use for people without one nationality (ICAO 9303: XXA stateless, XXB
// and XXC refugee, XXX unspecified), and XKX for Kosovo, which referrals of Albanian
// speakers need.
var OtherCountryCodes = []string{"XKX", "XXA", "XXB", "XXC", "XXX"}

// WithdrawnCountries are codes ISO 3166-1 no longer assigns, with what replaced them.
var WithdrawnCountries = map[string]string{
	"ANT": "BES, CUW or SXM", "BUR": "MMR", "BYS": "BLR", "CSK": "CZE or SVK", "DDR": "DEU",
	"FXX": "FRA", "NTZ": "IRQ or SAU", "SCG": "SRB or MNE",
	"SUN": "the successor state's: RUS, UKR, BLR, MDA, LTU, LVA, EST, GEO, ARM, AZE, KAZ, KGZ, TJK, TKM or UZB",
	"TMP": "TLS", "YMD": "YEM", "YUG": "the successor state's: SRB, MNE, BIH, HRV, SVN, MKD or XKX", "ZAR": "COD",
	"HVO": "BFA", "DHY": "BEN", "ROM": "ROU", "TMN": "TKM",
}

// BibliographicLanguageCodes are ISO 639-2/B codes, which ISO 639-3 writes
// differently.
var BibliographicLanguageCodes = map[string]string{
	"alb": "sqi", "arm": "hye", "baq": "eus", "bur": "mya", "chi": "zho", "cze": "ces", "dut": "nld",
	"fre": "fra", "geo": "kat", "ger": "deu", "gre": "ell", "ice": "isl", "mac": "mkd", "mao": "mri",
	"may": "msa", "per": "fas", "rum": "ron", "slo": "slk", "tib": "bod", "wel": "cym",
}

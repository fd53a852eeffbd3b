package synth

import "fmt"

// org is one of the organisations that refer, support or hold records.
type org struct {
	code string
	kind string // first_responder_type: police, local_authority, home_office, ngo, health, other
	// msvcc marks the victim-care subcontractors that give adult support.
	msvcc bool
	// riskPractice is how reliably the organisation records risk assessments.
	riskPractice float64
}

// orgs are 60 organisations: police forces, local authorities, the Home Office's
// units, support charities (ten of them MSVCC subcontractors), health and others.
var orgs = func() []org {
	var out []org
	add := func(prefix, kind string, n int, msvcc bool) {
		for i := 1; i <= n; i++ {
			// Practice varies between organisations, as audits of risk recording find.
			practice := 0.25 + 0.7*float64((i*37)%11)/10
			out = append(out, org{code: fmt.Sprintf("%s%02d", prefix, i), kind: kind, msvcc: msvcc, riskPractice: practice})
		}
	}
	add("POL", "police", 14, false)
	add("LA", "local_authority", 20, false)
	add("HO", "home_office", 3, false)
	add("SC", "ngo", 10, true) // MSVCC subcontractors
	add("NGO", "ngo", 6, false)
	add("NHS", "health", 4, false)
	add("OTH", "other", 3, false)
	return out
}()

func orgsOf(kind string, msvcc bool) []int {
	var idx []int
	for i, o := range orgs {
		if o.kind == kind && o.msvcc == msvcc {
			idx = append(idx, i)
		}
	}
	return idx
}

var (
	policeOrgs = orgsOf("police", false)
	laOrgs     = orgsOf("local_authority", false)
	hoOrgs     = orgsOf("home_office", false)
	msvccOrgs  = orgsOf("ngo", true)
	ngoOrgs    = orgsOf("ngo", false)
	healthOrgs = orgsOf("health", false)
	otherOrgs  = orgsOf("other", false)
)

package synth

import (
	"math"
	"math/rand/v2"
)

// riskSet is a set of the bundle's risk factors, by their index in RiskFactorCodes.
type riskSet uint16

const (
	fInsecureImmigration = iota
	fNoRecourse
	fHomelessness
	fUnemployment
	fDebt
	fSubstanceMisuse
	fMentalHealth
	fIsolation
	fExploiterContact
	fThreatsToFamily
	fLanguageBarrier
	fCareLeaver
	fMissingHistory
	fJobOfferUnverified
	fPriorExploitation
)

func (s riskSet) has(f int) bool { return s&(1<<f) != 0 }
func (s *riskSet) add(f int)     { *s |= 1 << f }

// hazardRatio is how much a factor multiplies the hazard of re-trafficking. The
// research names these factors; the sizes are illustrative, not estimates.
var hazardRatio = map[int]float64{
	fInsecureImmigration: 1.5, fNoRecourse: 1.3, fHomelessness: 1.7, fDebt: 1.5,
	fSubstanceMisuse: 1.6, fIsolation: 1.4, fExploiterContact: 2.0, fCareLeaver: 1.5,
	fMissingHistory: 1.4, fJobOfferUnverified: 1.8,
}

// hazardMultiplier is the product of the person's factors' ratios, scaled so that a
// typical person's multiplier is about 1.
func (s riskSet) hazardMultiplier() float64 {
	m := 1.0
	for f, hr := range hazardRatio {
		if s.has(f) {
			m *= hr
		}
	}
	return m / 2.2
}

// drawRisk gives a person the circumstances that raise their risk.
func drawRisk(r *rand.Rand, p *person, child bool) riskSet {
	var s riskSet
	chance := func(f int, pr float64) {
		if r.Float64() < pr {
			s.add(f)
		}
	}
	uk := p.nat.code == "GBR"
	if !uk {
		chance(fInsecureImmigration, 0.7)
		if s.has(fInsecureImmigration) {
			chance(fNoRecourse, 0.5)
		}
	}
	chance(fHomelessness, 0.2)
	chance(fUnemployment, 0.5)
	debt := 0.25
	switch p.nat.code {
	case "VNM", "ALB", "CHN", "NGA":
		debt = 0.6 // smuggling debts
	}
	chance(fDebt, debt)
	if uk {
		chance(fSubstanceMisuse, 0.25)
	} else {
		chance(fSubstanceMisuse, 0.08)
	}
	chance(fMentalHealth, 0.45)
	chance(fIsolation, 0.3)
	chance(fExploiterContact, 0.2)
	threats := 0.1
	switch p.nat.code {
	case "ALB", "VNM", "NGA":
		threats = 0.35
	}
	chance(fThreatsToFamily, threats)
	if !p.nat.english {
		chance(fLanguageBarrier, 0.6)
	}
	if child {
		chance(fCareLeaver, 0.4)
		chance(fMissingHistory, 0.25)
	}
	chance(fJobOfferUnverified, 0.05)
	return s
}

// hazard gives days from an exit to the next exploitation, or -1 for never: a
// piecewise-constant hazard, three times higher in the first two years after exit,
// set so that a typical person is re-trafficked within two years with probability
// rate.
func drawTimeToRetrafficking(r *rand.Rand, rate, multiplier float64) int {
	if rate <= 0 {
		return -1
	}
	early := -math.Log(1-rate) / 730 * multiplier
	late := early / 3
	e := r.ExpFloat64()
	if t := e / early; t <= 730 {
		return max(1, int(t))
	}
	t := 730 + (e-early*730)/late
	if t > 365*30 {
		return -1
	}
	return int(t)
}

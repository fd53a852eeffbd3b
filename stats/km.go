// Package stats holds the estimators the figures use: Kaplan–Meier cumulative
// incidence with Greenwood variance and log-log confidence intervals, and Wilson score
// intervals for shares. Written by hand, since no maintained Go library does survival
// analysis; tested against published worked examples.
package stats

import (
	"cmp"
	"math"
	"slices"
)

// Z95 is the normal quantile for two-sided 95% intervals.
const Z95 = 1.959963984540054

// Observation is one person's time from the origin (their first exit) to the event,
// or to censoring (observation end, death) when Event is false.
type Observation struct {
	Time  float64 // days
	Event bool
}

// Step is the Kaplan–Meier estimate just after one distinct time.
type Step struct {
	Time     float64
	AtRisk   int // under observation just before Time
	Events   int
	Censored int
	Survival float64
	// Lower and Upper bound Survival: 95% (or z) log-log interval from Greenwood's
	// variance.
	Lower, Upper float64
	// greenwood is Σ d/(n(n−d)) up to this step: var(S) = S²·greenwood.
	greenwood float64
}

// StdErr is Greenwood's standard error of Survival.
func (s Step) StdErr() float64 { return s.Survival * math.Sqrt(s.greenwood) }

// Curve is a Kaplan–Meier curve: a step at every distinct time with an event or a
// censoring, in time order.
type Curve struct {
	Steps []Step
	N     int
	z     float64
}

// KaplanMeier estimates the survival curve (1 − cumulative incidence) of right-
// censored observations; z sets the interval (Z95 for 95%). Events at a time come
// before censorings at the same time, as is conventional.
func KaplanMeier(obs []Observation, z float64) Curve {
	sorted := slices.Clone(obs)
	slices.SortFunc(sorted, func(a, b Observation) int { return cmp.Compare(a.Time, b.Time) }) // ties are taken together
	c := Curve{N: len(obs), z: z}
	atRisk, survival, greenwood := len(sorted), 1.0, 0.0
	for i := 0; i < len(sorted); {
		t := sorted[i].Time
		step := Step{Time: t, AtRisk: atRisk}
		for ; i < len(sorted) && sorted[i].Time == t; i++ {
			if sorted[i].Event {
				step.Events++
			} else {
				step.Censored++
			}
		}
		if d, n := float64(step.Events), float64(atRisk); d > 0 {
			survival *= 1 - d/n
			if n > d {
				greenwood += d / (n * (n - d))
			} else {
				greenwood = math.Inf(1)
			}
		}
		step.Survival, step.greenwood = survival, greenwood
		step.Lower, step.Upper = logLog(survival, greenwood, z)
		c.Steps = append(c.Steps, step)
		atRisk -= step.Events + step.Censored
	}
	return c
}

// logLog is the log-log interval of S: S^exp(±z·√greenwood/|ln S|), which stays
// within [0, 1].
func logLog(s, greenwood, z float64) (lower, upper float64) {
	switch {
	case s >= 1:
		return 1, 1
	case s <= 0 || math.IsInf(greenwood, 1):
		return 0, 0
	}
	theta := z * math.Sqrt(greenwood) / math.Abs(math.Log(s))
	return math.Pow(s, math.Exp(theta)), math.Pow(s, math.Exp(-theta))
}

// At is the estimate at time t: the last step at or before t (survival 1 before the
// first), with the number still at risk at t (observed for t days or more).
func (c Curve) At(t float64) Step {
	out := Step{Time: t, Survival: 1, Lower: 1, Upper: 1}
	for _, s := range c.Steps {
		if s.Time > t {
			break
		}
		out.Survival, out.Lower, out.Upper, out.greenwood = s.Survival, s.Lower, s.Upper, s.greenwood
	}
	out.AtRisk = c.N
	for _, s := range c.Steps {
		if s.Time < t {
			out.AtRisk -= s.Events + s.Censored
		}
	}
	return out
}

// DaysPerMonth turns the figures' months into days: a Julian year over 12.
const DaysPerMonth = 365.25 / 12

// Wilson is the Wilson score interval of a share: successes out of n, with z (Z95
// for 95%). For n = 0 the share is unknown: NaN.
func Wilson(successes, n int, z float64) (share, lower, upper float64) {
	if n == 0 {
		return math.NaN(), math.NaN(), math.NaN()
	}
	p, nf := float64(successes)/float64(n), float64(n)
	z2 := z * z
	centre := (p + z2/(2*nf)) / (1 + z2/nf)
	half := z * math.Sqrt(p*(1-p)/nf+z2/(4*nf*nf)) / (1 + z2/nf)
	return p, math.Max(0, centre-half), math.Min(1, centre+half)
}

// Incidence is cumulative incidence at a step, 1 − survival, with its interval (the
// complement of the survival interval, bounds swapped).
func (s Step) Incidence() (value, lower, upper float64) {
	return 1 - s.Survival, 1 - s.Upper, 1 - s.Lower
}

package stats

import (
	"math"
	"testing"
)

// The 6-MP arm of Freireich et al. (1963), the worked example of Kaplan–Meier in
// most survival textbooks (e.g. Kleinbaum & Klein, Survival Analysis, table 2.x;
// R: survfit(Surv(time, cens) ~ 1, data = gehan[6-MP]) with conf.type = "log-log").
// Times in weeks; censored times marked false.
var sixMP = []Observation{
	{6, true}, {6, true}, {6, true}, {6, false}, {7, true}, {9, false}, {10, true}, {10, false},
	{11, false}, {13, true}, {16, true}, {17, false}, {19, false}, {20, false}, {22, true},
	{23, true}, {25, false}, {32, false}, {32, false}, {34, false}, {35, false},
}

func TestKaplanMeierOnTheTextbookExample(t *testing.T) {
	c := KaplanMeier(sixMP, Z95)
	// time, at risk, events, survival (exact product), Greenwood SE, log-log 95% CI
	// (the SEs and intervals as published, to their 3-4 decimals; the upper bound at
	// 10 weeks recomputed by hand).
	want := []struct {
		time           float64
		atRisk, events int
		survival       float64
		se, lo, hi     float64
	}{
		{6, 21, 3, 18.0 / 21, 0.0764, 0.620, 0.952},
		{7, 17, 1, 18.0 / 21 * 16 / 17, 0.0869, 0.563, 0.923},
		{10, 15, 1, 18.0 / 21 * 16 / 17 * 14 / 15, 0.0963, 0.503, 0.889}, // by hand: 0.7529^exp(-1.96·0.12797/0.28374)
		{13, 12, 1, 18.0 / 21 * 16 / 17 * 14 / 15 * 11 / 12, 0.1068, 0.432, 0.849},
		{16, 11, 1, 18.0 / 21 * 16 / 17 * 14 / 15 * 11 / 12 * 10 / 11, 0.1141, 0.368, 0.805},
		{22, 7, 1, 18.0 / 21 * 16 / 17 * 14 / 15 * 11 / 12 * 10 / 11 * 6 / 7, 0.1282, 0.268, 0.747},
		{23, 6, 1, 18.0 / 21 * 16 / 17 * 14 / 15 * 11 / 12 * 10 / 11 * 6 / 7 * 5 / 6, 0.1346, 0.188, 0.680},
	}
	k := 0
	for _, s := range c.Steps {
		if s.Events == 0 {
			continue
		}
		w := want[k]
		k++
		if s.Time != w.time || s.AtRisk != w.atRisk || s.Events != w.events || math.Abs(s.Survival-w.survival) > 1e-12 {
			t.Errorf("t=%v: at risk %d, events %d, S %.6f; want %d, %d, %.6f", s.Time, s.AtRisk, s.Events, s.Survival, w.atRisk, w.events, w.survival)
		}
		if math.Abs(s.StdErr()-w.se) > 0.00005 || math.Abs(s.Lower-w.lo) > 0.0005 || math.Abs(s.Upper-w.hi) > 0.0005 {
			t.Errorf("t=%v: SE %.4f, CI %.3f–%.3f; want %.4f, %.3f–%.3f", s.Time, s.StdErr(), s.Lower, s.Upper, w.se, w.lo, w.hi)
		}
	}
	if k != len(want) {
		t.Errorf("%d event times, want %d", k, len(want))
	}
	// At 12 weeks: the estimate after the event at 10, with 12 still at risk (times 13
	// and later; 11 was censored before 12).
	at := c.At(12)
	if math.Abs(at.Survival-want[2].survival) > 1e-12 || at.AtRisk != 12 {
		t.Errorf("at 12: S %.6f, at risk %d", at.Survival, at.AtRisk)
	}
	if at := c.At(5); at.Survival != 1 || at.AtRisk != 21 {
		t.Errorf("before the first event: %+v", at)
	}
}

// Wilson intervals worked by hand: 0 of 10 has upper bound z²/(n+z²); 5 of 10 is
// symmetric about one half, (0.2366, 0.7634).
func TestWilson(t *testing.T) {
	_, lo, hi := Wilson(0, 10, Z95)
	if lo != 0 || math.Abs(hi-Z95*Z95/(10+Z95*Z95)) > 1e-12 {
		t.Errorf("0/10: %v–%v", lo, hi)
	}
	p, lo, hi := Wilson(5, 10, Z95)
	if p != 0.5 || math.Abs(lo-0.2366) > 0.0001 || math.Abs(hi-0.7634) > 0.0001 || math.Abs(lo+hi-1) > 1e-12 {
		t.Errorf("5/10: %v %v–%v", p, lo, hi)
	}
	if p, _, _ := Wilson(0, 0, Z95); !math.IsNaN(p) {
		t.Error("0/0 is not NaN")
	}
}

func TestIncidenceIsTheComplement(t *testing.T) {
	s := KaplanMeier(sixMP, Z95).At(23)
	v, lo, hi := s.Incidence()
	// 1 − 0.448 with the interval 1 − (0.188, 0.680) = (0.320, 0.812)
	if math.Abs(v-0.5518) > 0.0001 || math.Abs(lo-0.320) > 0.0005 || math.Abs(hi-0.812) > 0.0005 {
		t.Errorf("incidence %.4f (%.3f–%.3f)", v, lo, hi)
	}
}

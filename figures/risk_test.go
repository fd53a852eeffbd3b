package figures

import (
	"math"
	"testing"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
)

// Three support episodes active in 2021 and one that is not, worked by hand:
// S1 assessed 10 days after its start and 5 days before its end (entry and exit);
// S2, still open, assessed 60 days in (at all, not at entry); S3 never assessed, ended;
// S4 ended in 2020, its assessment not counted.
func TestRiskFigureWorkedByHand(t *testing.T) {
	d := retrace.MustParseDate
	risk := func(support, date string, level retrace.RiskLevel, factors ...retrace.RiskFactor) retrace.RiskAssessment {
		return retrace.RiskAssessment{RecordID: "R", SupportID: support, Date: d(date), Level: level, Factors: factors, Actions: []string{"safety_plan"}}
	}
	j := definitions.Journey{PersonID: "P",
		Support: []retrace.SupportEpisode{
			{SupportID: "S1", RecordID: "R", Start: d("2021-01-01"), End: d("2021-06-30")},
			{SupportID: "S2", RecordID: "R", Start: d("2021-08-01")},
			{SupportID: "S3", RecordID: "R", Start: d("2020-11-01"), End: d("2021-02-01")},
			{SupportID: "S4", RecordID: "R", Start: d("2020-01-01"), End: d("2020-06-01")},
		},
		Risks: []retrace.RiskAssessment{
			risk("S1", "2021-01-11", retrace.RiskLevel("high"), retrace.RiskFactor("debt"), retrace.RiskFactor("homelessness")),
			risk("", "2021-06-25", retrace.RiskLevel("medium"), retrace.RiskFactor("debt")), // no support id: dated within S1
			risk("S2", "2021-09-30", retrace.RiskLevel("low")),
			risk("S4", "2020-02-01", retrace.RiskLevel("high")),
		},
	}
	got := CountRisk([]definitions.Journey{j}, year2021)
	if got.Episodes != 3 || got.Any.Count != 2 || got.AtEntry.Count != 1 || got.AtExit.Count != 1 || got.AtExit.Of != 2 {
		t.Errorf("episodes %d, any %d, entry %d, exit %d of %d; want 3, 2, 1, 1 of 2", got.Episodes, got.Any.Count, got.AtEntry.Count, got.AtExit.Count, got.AtExit.Of)
	}
	// Wilson 95% for 2 of 3, by hand: centre (2/3 + z²/6)/(1 + z²/3) = 0.5731, half
	// z·√(2/27 + z²/36)/(1 + z²/3) = 0.3655: 0.2077 to 0.9385.
	if math.Abs(got.Any.Share-2.0/3) > 1e-12 || math.Abs(got.Any.Lower-0.2077) > 0.0005 || math.Abs(got.Any.Upper-0.9385) > 0.0005 {
		t.Errorf("share %+v", got.Any)
	}
	if got.Levels["high"] != 1 || got.Levels["medium"] != 1 || got.Levels["low"] != 1 || got.Factors["debt"] != 2 || got.Actions["safety_plan"] != 3 {
		t.Errorf("levels %v, factors %v, actions %v", got.Levels, got.Factors, got.Actions)
	}
}

// An assessment dated on a handover day belongs to both episodes (each has it), but
// is one assessment in the levels, factors and actions; it may be recorded under
// another of the person's records.
func TestAnAssessmentIsTalliedOnce(t *testing.T) {
	d := retrace.MustParseDate
	j := definitions.Journey{PersonID: "P",
		Support: []retrace.SupportEpisode{
			{SupportID: "S1", RecordID: "R1", Start: d("2021-01-01"), End: d("2021-06-30")},
			{SupportID: "S2", RecordID: "R1", Start: d("2021-06-30")},
		},
		Risks: []retrace.RiskAssessment{{RecordID: "R2", Date: d("2021-06-30"), Level: "high"}},
	}
	got := CountRisk([]definitions.Journey{j}, year2021)
	if got.Any.Count != 2 || got.Levels["high"] != 1 {
		t.Errorf("episodes with it %d (want 2), high %d (want 1)", got.Any.Count, got.Levels["high"])
	}
}

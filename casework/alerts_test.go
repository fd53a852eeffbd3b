package casework

import (
	"slices"
	"testing"
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
)

func d(s string) retrace.PartialDate { return retrace.MustParseDate(s) }

// A referral counts as "again" only when it is surely after support began: a
// referral known only to the year support began in might be the one that led to it.
func TestReferredAgainNeedsASurelyLaterDate(t *testing.T) {
	j := &definitions.Journey{PersonID: "P1", Records: []string{"R1"},
		Support:   []retrace.SupportEpisode{{SupportID: "S1", RecordID: "R1", Start: d("2024-03-10"), End: d("2024-03-20")}},
		Referrals: []retrace.Referral{{ReferralDate: d("2024-03-01")}, {ReferralDate: d("2024")}, {ReferralDate: d("2024-04"), FirstResponder: "POL1"}},
		Risks:     []retrace.RiskAssessment{{SupportID: "S1", Date: d("2024-03-12")}},
	}
	elsewhere := []Elsewhere{{Date: d("2024-03"), By: "LA1"}, {Date: d("2025-01-02"), By: "LA2"}}
	got := Alerts(j, elsewhere, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	want := []Alert{
		{Kind: ReferredAgain, PersonID: "P1", RecordID: "R1", Date: d("2024-04"), By: "POL1"},
		{Kind: ReferredAgain, PersonID: "P1", RecordID: "R1", Date: d("2025-01-02"), By: "LA2"},
	}
	// The assessment on 12 March is both within 30 days of the start and of the end.
	if !slices.Equal(got, want) {
		t.Errorf("alerts %+v\nwant %+v", got, want)
	}
}

// The entry window must have passed before a missing assessment is an alert, and an
// open episode has no exit to assess.
func TestRiskAlertsWaitForTheirWindow(t *testing.T) {
	j := &definitions.Journey{PersonID: "P1", Records: []string{"R1"},
		Support: []retrace.SupportEpisode{{SupportID: "S1", RecordID: "R1", Start: d("2026-11-01")}}}
	if got := Alerts(j, nil, time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)); len(got) != 0 {
		t.Errorf("19 days in: %+v", got)
	}
	got := Alerts(j, nil, time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC))
	if len(got) != 1 || got[0].Kind != NoRiskAtEntry || got[0].Date != d("2026-11-01") {
		t.Errorf("31 days in: %+v", got)
	}
}

func TestNewestFirstUndatedLast(t *testing.T) {
	a := []Alert{{RecordID: "b", Date: d("2020")}, {RecordID: "a"}, {RecordID: "c", Date: d("2021-05-01")}, {RecordID: "a", Date: d("2021-05-01")}}
	Newest(a)
	var got []string
	for _, x := range a {
		got = append(got, x.RecordID+" "+x.Date.String())
	}
	want := []string{"a 2021-05-01", "c 2021-05-01", "b 2020", "a "}
	if !slices.Equal(got, want) {
		t.Errorf("%q, want %q", got, want)
	}
}

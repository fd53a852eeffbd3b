package figures

import (
	"maps"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/disclosure"
)

var year2021 = Period{time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC)}

func support(id, start, end string, exit retrace.ExitReason) retrace.SupportEpisode {
	return retrace.SupportEpisode{SupportID: id, Start: retrace.MustParseDate(start), End: retrace.MustParseDate(end), ExitReason: exit}
}

// Four people referred in 2021 and one before, worked by hand (see each line).
func peopleOf2021(t *testing.T) []definitions.Journey {
	dtn := ref(t, "B1", "2021-02-01", "", "", retrace.Criminal)
	dtn.Route = retrace.RouteDtN
	return []definitions.Journey{
		{PersonID: "A", // referred 2020 and, about a new incident, 2021; back in support in May 2021
			Referrals: []retrace.Referral{ref(t, "A1", "2020-03-01", "2019-06", "2020-02", retrace.Labour), ref(t, "A2", "2021-05-01", "2021-03", "", retrace.Labour)},
			Support:   []retrace.SupportEpisode{support("SA1", "2020-03-05", "2020-09-30", retrace.MoveOn), support("SA2", "2021-05-10", "", "")}},
		{PersonID: "B", // a DtN report, then an NRM referral; transferred between providers; missing 10 days
			Referrals: []retrace.Referral{dtn, ref(t, "B2", "2021-03-01", "", "", retrace.Criminal)},
			Support:   []retrace.SupportEpisode{support("SB1", "2021-03-05", "2021-06-01", retrace.Transferred), support("SB2", "2021-06-01", "", "")},
			Missing:   []retrace.MissingEpisode{{SupportID: "SB1", Missing: retrace.MustParseDate("2021-04-01"), Found: retrace.MustParseDate("2021-04-11")}}},
		{PersonID: "C", // referred twice about one incident; absconded, back in support
			Referrals: []retrace.Referral{ref(t, "C1", "2021-01-10", "", "", retrace.Sexual), ref(t, "C2", "2021-02-20", "", "", retrace.Sexual)},
			Support:   []retrace.SupportEpisode{support("SC1", "2021-01-15", "2021-02-01", retrace.Absconded), support("SC2", "2021-02-25", "", "")}},
		{PersonID: "D", // referred in December 2020 and again in "2021" (one incident); missing 30 days in 2021
			Referrals: []retrace.Referral{ref(t, "D0", "2020-12-20", "", "", ""), ref(t, "D1", "2021", "", "", "")},
			Missing: []retrace.MissingEpisode{
				{Missing: retrace.MustParseDate("2021-07-01"), Found: retrace.MustParseDate("2021-07-31")},
				{Missing: retrace.MustParseDate("2020-12-01"), Found: retrace.MustParseDate("2020-12-05")}}},
		{PersonID: "E", Referrals: []retrace.Referral{ref(t, "E1", "2019", "", "", retrace.Labour)}},
	}
}

func TestReferralFiguresWorkedByHand(t *testing.T) {
	got := CountReferrals(peopleOf2021(t), year2021, 90)
	want := Referrals{Referrals: 5, DtNReports: 1, PeopleReferred: 4, ReferredMoreThanOnce: 3, ReferredAgainDistinct: 1}
	if got != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestSupportFiguresWorkedByHand(t *testing.T) {
	got := CountSupport(peopleOf2021(t), year2021)
	want := Support{ReturnedToSupport: 2, MissingPeople: 3, MissingFound: 2, MedianDaysMissing: 20}
	if got != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

// The 2021 referrals by sex, nationality and exploitation type, worked by hand: A (F,
// ALB) one referral, labour; B (M, VNM) one, criminal; C (F, ALB) two, sexual; D (M,
// nationality unknown) one, type unknown. Ages and first responders (A1 child, local
// authority; A2 adult, police; B2 adult, NGO; C1 child, police; C2 child, local
// authority; D's unknown) break down figures 2 and 3 by each referral in 2021, and
// the rest by the latest referral by the end of 2021: A2, B2, C2, D1.
func TestBreakdownsWorkedByHand(t *testing.T) {
	js := peopleOf2021(t)
	for i, sn := range [][2]string{{"F", "ALB"}, {"M", "VNM"}, {"F", "ALB"}, {"M", ""}} {
		js[i].Sex, js[i].Nationality = sn[0], sn[1]
	}
	set := func(j, r int, age retrace.AgeGroup, responder retrace.ResponderType) {
		js[j].Referrals[r].AgeAtExploitation, js[j].Referrals[r].FirstResponderType = age, responder
	}
	set(0, 0, retrace.Child, retrace.ResponderLocalAuthority)
	set(0, 1, retrace.Adult, retrace.ResponderPolice)
	set(1, 1, retrace.Adult, retrace.ResponderNGO)
	set(2, 0, retrace.Child, retrace.ResponderPolice)
	set(2, 1, retrace.Child, retrace.ResponderLocalAuthority)
	b := CountBreakdowns(js, year2021, Options{SameIncidentDays: 90}, nil)
	want := map[[3]string]int{
		{"sex", "F", "referrals"}: 3, {"sex", "M", "referrals"}: 2, {"sex", "F", "people_referred"}: 2, {"sex", "M", "people_referred"}: 2,
		{"nationality", "ALB", "referrals"}: 3, {"nationality", "VNM", "referrals"}: 1, {"nationality", "unknown", "referrals"}: 1,
		{"exploitation_type", "sexual", "referrals"}: 2, {"exploitation_type", "sexual", "people_referred"}: 1,
		{"exploitation_type", "unknown", "referrals"}: 1, {"exploitation_type", "labour", "people_referred"}: 1,
		// people figures by sex: A and C (F) referred again and back in support; B, C
		// and D went missing
		{"sex", "F", "people_referred_more_than_once.repeat-referral"}: 2, {"sex", "M", "people_referred_more_than_once.repeat-referral"}: 1,
		{"sex", "F", "returned_to_support"}: 2, {"sex", "M", "returned_to_support"}: 0,
		{"sex", "F", "missing_from_support"}: 1, {"sex", "M", "missing_from_support"}: 2,
		{"nationality", "ALB", "people_referred_more_than_once.re-referral-distinct"}: 1,
		// by each referral in 2021: A police; B NGO; C police and local authority; D unknown
		{"first_responder_type", "police", "people_referred"}: 2, {"first_responder_type", "local_authority", "people_referred"}: 1,
		{"first_responder_type", "ngo", "people_referred"}: 1, {"first_responder_type", "unknown", "people_referred"}: 1,
		{"first_responder_type", "police", "referrals"}: 2, {"age_at_exploitation", "child", "referrals"}: 2,
		{"first_responder_type", "police", "people_referred_more_than_once.repeat-referral"}:  2,
		{"first_responder_type", "unknown", "people_referred_more_than_once.repeat-referral"}: 1,
		// by the latest referral: A adult, B adult, C child, D unknown
		{"age_at_exploitation", "adult", "returned_to_support"}: 1, {"age_at_exploitation", "child", "returned_to_support"}: 1,
		{"age_at_exploitation", "adult", "missing_from_support"}: 1, {"age_at_exploitation", "child", "missing_from_support"}: 1,
		{"age_at_exploitation", "unknown", "missing_from_support"}: 1,
		// support active in 2021: SA2 (A), SB1 and SB2 (B), SC1 and SC2 (C); none assessed
		{"sex", "F", "risk_recorded.episodes"}: 3, {"sex", "M", "risk_recorded.episodes"}: 2,
		{"age_at_exploitation", "adult", "risk_recorded.episodes"}: 3, {"age_at_exploitation", "child", "risk_recorded.episodes"}: 2,
		{"sex", "F", "risk_recorded.any"}: 0,
		// left support in 2021: only C (absconded; B's transfer was taken up)
		{"sex", "F", "reintegration.leavers"}: 1, {"sex", "M", "reintegration.leavers"}: 0,
		{"first_responder_type", "local_authority", "reintegration.leavers"}: 1,
	}
	for k, n := range want {
		if got := b[k[0]][k[1]][k[2]]; got != n {
			t.Errorf("%v: %d, want %d", k, got, n)
		}
	}
}

// Found in review: the receiving end of a transfer is no return to support, but a
// transfer nobody took up is an end; days missing from a month-precise found date are
// never negative, and nobody found means no median.
func TestSupportReviewedEdgeCases(t *testing.T) {
	d := retrace.MustParseDate
	transferred := definitions.Journey{PersonID: "T", Support: []retrace.SupportEpisode{
		support("S0", "2015-01-01", "2015-06-01", retrace.MoveOn),
		support("S1", "2021-06-01", "2022-03-01", retrace.Transferred),
		support("S2", "2022-03-01", "", ""),
	}}
	year2022 := Period{year2021.From.AddDate(1, 0, 0), year2021.To.AddDate(1, 0, 0)}
	if got := CountSupport([]definitions.Journey{transferred}, year2022); got.ReturnedToSupport != 0 {
		t.Errorf("the receiving end of a transfer counted as a return")
	}
	later := definitions.Journey{PersonID: "H", Support: []retrace.SupportEpisode{
		support("S1", "2019-01-01", "2020-03-01", retrace.Transferred), support("S2", "2021-05-01", "", "")}}
	if got := CountSupport([]definitions.Journey{later}, year2021); got.ReturnedToSupport != 1 {
		t.Errorf("support a year after a transfer nobody took up is a return")
	}
	missing := definitions.Journey{PersonID: "M", Missing: []retrace.MissingEpisode{{Missing: d("2021-05-20"), Found: d("2021-05")}}}
	if got := CountSupport([]definitions.Journey{missing}, year2021); got.MedianDaysMissing < 0 {
		t.Errorf("median days missing %v", got.MedianDaysMissing)
	}
	notFound := definitions.Journey{PersonID: "N", Missing: []retrace.MissingEpisode{{Missing: d("2021-05-20")}}}
	if got := CountSupport([]definitions.Journey{notFound}, year2021); !math.IsNaN(got.MedianDaysMissing) || got.MissingFound != 0 {
		t.Errorf("nobody found: median %v", got.MedianDaysMissing)
	}
}

// Found in review: with 12 people and one event, the published incidence would be
// 1/12 and give the event away; it is hidden. A published share is worked out from
// the rounded counts.
func TestPublishedIncidenceAndSharesGiveNothingAway(t *testing.T) {
	var js []definitions.Journey
	for i := 0; i < 12; i++ {
		refs := []retrace.Referral{ref(t, "A"+string(rune('a'+i)), "2020-02-10", "2019-12-01", "2020-01-31", retrace.Labour)}
		if i == 0 {
			refs = append(refs, ref(t, "B", "2020-05-15", "2020-05-01", "", retrace.Sexual))
		}
		js = append(js, definitions.Journey{PersonID: string(rune('a' + i)), Referrals: refs})
	}
	rep := Build(js, Options{Period: Period{year2021.From.AddDate(-1, 0, 0), year2021.To.AddDate(-1, 0, 0)},
		ObservationEnd: year2021.To, Definitions: []definitions.Definition{*definitions.Find(definitions.BuiltIn(), "re-trafficking")}, Rule: "10-5"})
	for _, in := range rep.Figures.ReTrafficking["re-trafficking"].Incidence {
		if in.Value != "[c]" {
			t.Errorf("%d months: incidence %v published from one event", in.Months, in.Value)
		}
	}
	s := publishShare(shareOf(103, 247), func(n int) disclosure.Cell { return disclosure.Count(n, "10-5") })
	if s.Share != 105.0/245 {
		t.Errorf("share %v, want 105/245 from the published counts", s.Share)
	}
}

// Every breakdown that splits its figure adds up to it, counted apart from the
// figure's own count; published, no line that adds up to its figure (by design, or
// in these data) has one [c] alone beside a shown total, which subtraction would
// give away.
func TestBreakdownsAddUpAndHideTogether(t *testing.T) {
	js := syntheticJourneys(t, 3000)
	opt := Options{Period: Period{time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2022, 12, 31, 0, 0, 0, 0, time.UTC)},
		ObservationEnd: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC), Definitions: definitions.BuiltIn(), SameIncidentDays: 90}
	opt.Rule = disclosure.None
	raw := Build(js, opt)
	f := raw.Figures
	totals := map[string]disclosure.Cell{"referrals": f.Referrals, "people_referred": f.PeopleReferred,
		"people_referred_more_than_once.repeat-referral": f.ReferredMoreThanOnce["repeat-referral"],
		"returned_to_support":                            f.ReturnedToSupport, "missing_from_support": f.Missing.People,
		"risk_recorded.episodes": f.Risk.Episodes, "risk_recorded.any": f.Risk.Any.Count, "risk_recorded.at_exit": f.Risk.AtExit.Count,
		"reintegration.leavers": f.Reintegration.Leavers, "reintegration.achieved.housing": f.Reintegration.Achieved["housing"].Count,
		"re_trafficking.re-trafficking": f.ReTrafficking["re-trafficking"].PeopleWithEventInPeriod}
	for figure, total := range totals {
		for _, dim := range Dimensions {
			if !partitions(dim, figure) {
				continue
			}
			sum := 0
			for _, cells := range raw.Breakdowns[dim] {
				sum += cells[figure].Shown().(int)
			}
			if sum != total.Shown().(int) || sum == 0 {
				t.Errorf("%s by %s adds up to %d, the figure is %v", figure, dim, sum, total.Shown())
			}
		}
	}
	opt.Rule = disclosure.TenFive
	published := Build(js, opt)
	hiddenShares := 0 // a share whose count is [c] is [c] too
	for domain, sh := range published.Figures.Reintegration.Achieved {
		if sh.Count.Suppressed() {
			hiddenShares++
			if sh.Share != disclosure.Suppressed || sh.Lower != disclosure.Suppressed {
				t.Errorf("%s achieved: count [c], share %v", domain, sh.Share)
			}
		}
	}
	if hiddenShares == 0 {
		t.Error("no achieved count was [c]: the check above checked nothing")
	}
	for dim, values := range published.Breakdowns {
		for figure := range values[slices.Collect(maps.Keys(values))[0]] {
			sum := 0 // a line that need not add up may, in these data
			for v := range values {
				sum += raw.Breakdowns[dim][v][figure].Raw
			}
			if !partitions(dim, figure) && sum != publishedTotal(raw, figure).Raw {
				continue
			}
			hidden := 0
			for _, cells := range values {
				if cells[figure].Suppressed() {
					hidden++
				}
			}
			if hidden == 1 && !publishedTotal(published, figure).Suppressed() {
				t.Errorf("%s by %s: one [c] alone beside the total %v", figure, dim, publishedTotal(published, figure).Shown())
			}
		}
	}
}

// publishedTotal is a figure as the report publishes it, by its breakdown name.
func publishedTotal(r Report, figure string) disclosure.Cell {
	f := r.Figures
	if d, ok := strings.CutPrefix(figure, "reintegration.achieved."); ok {
		return f.Reintegration.Achieved[d].Count
	}
	if d, ok := strings.CutPrefix(figure, "re_trafficking."); ok {
		return f.ReTrafficking[d].PeopleWithEventInPeriod
	}
	if d, ok := strings.CutPrefix(figure, "people_referred_more_than_once."); ok {
		return f.ReferredMoreThanOnce[d]
	}
	return map[string]disclosure.Cell{"referrals": f.Referrals, "people_referred": f.PeopleReferred,
		"returned_to_support": f.ReturnedToSupport, "missing_from_support": f.Missing.People,
		"risk_recorded.episodes": f.Risk.Episodes, "risk_recorded.any": f.Risk.Any.Count, "risk_recorded.at_entry": f.Risk.AtEntry.Count,
		"risk_recorded.at_exit": f.Risk.AtExit.Count, "reintegration.leavers": f.Reintegration.Leavers}[figure]
}

package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
)

var people int

// rows are n people's rows, each person's own.
func rows(n int, sex, age, nat, period string) []Row {
	out := make([]Row, n)
	for i := range out {
		people++
		out[i] = Row{PersonKey: fmt.Sprint("p", people), Sex: sex, AgeGroup: age, Nationality: nat, Period: period}
	}
	return out
}

// Worked by hand, k = 10: 12 Eritrean women referred in 2023 Q1, 12 in Q2 and six
// Somali women in Q1. As recorded, the Somalis (6) must be suppressed: 20% of the
// rows, over the 5% allowed. Generalising Somalia alone to its region leaves them
// six; the year instead of the quarter leaves them six. Both nationalities as their
// region, Eastern Africa, gives classes of 18 and 12: nothing suppressed, and only
// nationality generalised, two steps of four — a loss of (2/4)/4 = 0.125.
func TestAnonymiseGeneralisesBeforeSuppressing(t *testing.T) {
	in := append(append(rows(12, "F", "adult", "ERI", "2023-Q1"), rows(12, "F", "adult", "ERI", "2023-Q2")...), rows(6, "F", "adult", "SOM", "2023-Q1")...)
	out, rep := Anonymise(in, Options{K: 10, MaxSuppressed: 0.05})
	if rep.Suppressed != 0 || len(out) != 30 || rep.Levels["nationality"] != "region" || rep.Levels["period"] != "quarter" ||
		rep.Levels["sex"] != "as recorded" || rep.Loss != 0.125 || rep.Classes != 2 || rep.SmallestClass != 12 {
		t.Errorf("report %+v", rep)
	}
	if out[0].Nationality != "M49 014" || rep.Generalised["nationality"] != 30 {
		t.Errorf("nationality %q, %d generalised; want Eastern Africa (M49 014) for all 30", out[0].Nationality, rep.Generalised["nationality"])
	}
	assertKAnonymous(t, out, 10)
}

// Where generalising within the lattice cannot cover a few rows, they are left out,
// and every combination left is held by at least k rows (the attacker's test: no row
// can be singled out by what is known of a person from elsewhere).
func TestAnonymiseSuppressesOnlyWhatRemains(t *testing.T) {
	in := append(rows(40, "M", "adult", "ALB", "2022-Q3"), Row{Sex: "F", AgeGroup: "child", Nationality: "VNM", Period: "2021-Q1"})
	out, rep := Anonymise(in, Options{K: 11, MaxSuppressed: 0.05})
	if rep.Suppressed != 1 || len(out) != 40 || rep.Loss == 0 {
		t.Errorf("one outlier among 41: %+v", rep)
	}
	assertKAnonymous(t, out, 11)
	if out[0].Nationality != "ALB" || out[0].Period != "2022-Q3" {
		t.Errorf("the 40 were generalised needlessly: %+v", out[0])
	}
}

func assertKAnonymous(t *testing.T, out []Row, k int) {
	t.Helper()
	people := map[[4]string]map[string]bool{}
	for _, r := range out {
		qi := [4]string{r.Sex, r.AgeGroup, r.Nationality, r.Period}
		if people[qi] == nil {
			people[qi] = map[string]bool{}
		}
		people[qi][r.PersonKey] = true
	}
	for qi, ps := range people {
		if len(ps) < k {
			t.Errorf("%v is held by %d people, fewer than k = %d", qi, len(ps), k)
		}
	}
}

// One person's eleven episodes are one person, not eleven: with k = 11 they are
// left out (one person of 41 rows' worth, within what may be suppressed only when
// generalising cannot help), never shown as a class of their own.
func TestKCountsPeopleNotRows(t *testing.T) {
	in := rows(30, "M", "adult", "ALB", "2022-Q3")
	for range 11 {
		in = append(in, Row{PersonKey: "one", Sex: "F", AgeGroup: "child", Nationality: "VNM", Period: "2021-Q1"})
	}
	out, rep := Anonymise(in, Options{K: 11, MaxSuppressed: 0.3})
	assertKAnonymous(t, out, 11)
	for _, r := range out {
		if r.PersonKey == "one" && r.Sex == "F" && r.Nationality == "VNM" {
			t.Errorf("the one person is shown as a class of their own: %+v (report %+v)", r, rep)
		}
	}
}

// A person's episodes are rows of their own under one key, which is neither their id
// nor the same under another secret; each row says what happened in its episode.
func TestRowsOfAJourney(t *testing.T) {
	d := func(s string) retrace.PartialDate { v, _ := retrace.ParseDate(s); return v }
	j := definitions.Journey{PersonID: "P-SELAM", Sex: "F", Nationality: "ERI",
		Referrals: []retrace.Referral{
			{ReferralID: "R1", ReferralDate: d("2021-02-10"), Route: "nrm", AgeAtExploitation: "adult", ExploitationTypes: []retrace.ExploitationType{"labour"}},
			{ReferralID: "R2", ReferralDate: d("2023-08-01"), Route: "nrm", AgeAtExploitation: "adult", ExploitationTypes: []retrace.ExploitationType{"sexual", "labour"}},
		},
		Support: []retrace.SupportEpisode{{SupportID: "S1", Start: d("2021-03-01"), End: d("2021-09-01"), ExitReason: "went_missing"}},
		Missing: []retrace.MissingEpisode{{SupportID: "S1", Missing: d("2021-08-30")}},
	}
	got := Rows([]definitions.Journey{j}, Options{Secret: []byte("one secret")})
	other := Rows([]definitions.Journey{j}, Options{Secret: []byte("another secret")})
	if len(got) != 2 || got[0].PersonKey != got[1].PersonKey || got[0].PersonKey == "P-SELAM" || got[0].PersonKey == other[0].PersonKey {
		t.Fatalf("rows %+v", got)
	}
	first, second := got[0], got[1]
	if first.Period != "2021-Q1" || first.Supported != "yes" || first.SupportEnded != "went_missing" || first.WentMissing != "yes" || first.ExploitationTypes != "labour" {
		t.Errorf("first episode %+v", first)
	}
	if second.Period != "2023-Q3" || second.Supported != "no" || second.WentMissing != "no" || second.ExploitationTypes != "labour;sexual" || second.Episode != "2" {
		t.Errorf("second episode %+v", second)
	}
}

// The differentially private table counts each person once in a cell and in at most
// MaxCells cells, covers every year from the first to the last and both routes, and
// says its budget, over the years given. Its noise is the library's; with ε = 1000
// (noise of scale 2/1000) the counts are the true ones worked out by hand: 2021 nrm
// 2 (A once for two episodes, B), 2022 nrm 1 (A again), 2023 nrm 0 (A's third cell,
// beyond MaxCells 2), 2023 dtn 1 (C), the rest 0.
func TestPeopleByYearAndRoute(t *testing.T) {
	in := []Row{
		{PersonKey: "A", Period: "2021-Q1", Route: "nrm"}, {PersonKey: "A", Period: "2021-Q3", Route: "nrm"},
		{PersonKey: "A", Period: "2022-Q2", Route: "nrm"}, {PersonKey: "A", Period: "2023-Q1", Route: "nrm"},
		{PersonKey: "B", Period: "2021-Q2", Route: "nrm"}, {PersonKey: "C", Period: "2023", Route: "dtn"},
	}
	tbl, err := PeopleByYearAndRoute(in, 1000, 2, 2021, 2023)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int64{"2021 nrm": 2, "2022 nrm": 1, "2023 dtn": 1}
	if len(tbl.Cells) != 6 || tbl.Epsilon != 1000 {
		t.Fatalf("%d cells, ε %v; want 3 years × 2 routes", len(tbl.Cells), tbl.Epsilon)
	}
	for _, c := range tbl.Cells {
		w := want[c.Year+" "+c.Route]
		if c.Count != w || c.Lower > float64(c.Count) || c.Upper < float64(c.Count) {
			t.Errorf("%s %s: %d in [%.1f, %.1f], want %d", c.Year, c.Route, c.Count, c.Lower, c.Upper, w)
		}
	}
	for _, bad := range []struct {
		epsilon     float64
		cells       int64
		first, last int
		want        string
	}{{0, 2, 2021, 2023, "ε is 0"}, {1, 0, 2021, 2023, "cells is 0"}, {1, 2, 2023, 2021, "2023 to 2021"}, {1, 2, 0, 2021, "0 to 2021"}} {
		if _, err := PeopleByYearAndRoute(in, bad.epsilon, bad.cells, bad.first, bad.last); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%+v: %v, want an error saying %q", bad, err, bad.want)
		}
	}
}

// A nationality is rare by its people, not its rows: one person's three episodes
// from Iceland do not keep Iceland at the level "country, or its region where fewer
// than k people share it"; two people from the UK do. (Both are in UN M49 154,
// Northern Europe.)
func TestRareNationalitiesAreCountedByPeople(t *testing.T) {
	rows := []Row{{PersonKey: "A", Nationality: "ISL"}, {PersonKey: "A", Nationality: "ISL"}, {PersonKey: "A", Nationality: "ISL"},
		{PersonKey: "B", Nationality: "GBR"}, {PersonKey: "C", Nationality: "GBR"}}
	got := generalise(rows, levels{nat: 1}, 2)
	for i, want := range []string{"M49 154", "M49 154", "M49 154", "GBR", "GBR"} {
		if got[i].Nationality != want {
			t.Errorf("row %d (%s): %s, want %s", i, rows[i].Nationality, got[i].Nationality, want)
		}
	}
}

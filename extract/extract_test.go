package extract

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
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
// nationality generalised, two steps of four, one of seven quasi-identifiers — a loss
// of (2/4)/7 = 1/14.
func TestAnonymiseGeneralisesBeforeSuppressing(t *testing.T) {
	in := append(append(rows(12, "F", "adult", "ERI", "2023-Q1"), rows(12, "F", "adult", "ERI", "2023-Q2")...), rows(6, "F", "adult", "SOM", "2023-Q1")...)
	out, rep := Anonymise(in, Options{K: 10, MaxSuppressed: 0.05})
	if rep.Suppressed != 0 || len(out) != 30 || rep.Levels["nationality"] != "region" || rep.Levels["period"] != "quarter" ||
		rep.Levels["sex"] != "as recorded" || math.Abs(rep.Loss-1.0/14) > 1e-9 || rep.Classes != 2 || rep.SmallestClass != 12 {
		t.Errorf("report %+v", rep)
	}
	if out[0].Nationality != "M49 014" || rep.Generalised["nationality"] != 30 {
		t.Errorf("nationality %q, %d generalised; want Eastern Africa (M49 014) for all 30", out[0].Nationality, rep.Generalised["nationality"])
	}
	assertKAnonymous(t, in, out, 10)
}

// Where generalising within the lattice would cost every row for one person's sake,
// that person is left out (hiding their quasi-identifiers still leaves them alone),
// and everyone left passes the attacker's test.
func TestAnonymiseSuppressesOnlyWhatRemains(t *testing.T) {
	in := append(rows(40, "M", "adult", "ALB", "2022-Q3"), rows(1, "F", "child", "VNM", "2021-Q1")...)
	out, rep := Anonymise(in, Options{K: 11, MaxSuppressed: 0.05})
	if rep.Suppressed != 1 || len(out) != 40 || rep.Loss != 1.0/41 {
		t.Errorf("one outlier among 41: %+v; want it left out, a loss of 1/41", rep)
	}
	assertKAnonymous(t, in, out, 11)
	if out[0].Nationality != "ALB" || out[0].Period != "2022-Q3" {
		t.Errorf("the 40 were generalised needlessly: %+v", out[0])
	}
}

// assertKAnonymous is the attacker's test. The attacker knows everything the
// extract's quasi-identifiers could say of a person — each episode's sex, age group,
// nationality, quarter, route, kinds of exploitation and decisions, in order, and so
// how many there were — and looks for the person keys whose rows could be them: as
// many rows, each row's values theirs or a generalisation of them ("*", their region
// or continent, the year of their quarter). Every person in the extract must have at
// least k such keys.
func assertKAnonymous(t *testing.T, in, out []Row, k int) {
	t.Helper()
	truth, published := episodesByKey(in), episodesByKey(out)
	shown := map[string]bool{} // kinds of exploitation shown as they are: not among "other"
	for _, r := range out {
		shown[r.ExploitationTypes] = true
	}
	for key := range published {
		candidates := 0
		for _, rows := range published {
			if couldBe(truth[key], rows, shown) {
				candidates++
			}
		}
		if candidates < k {
			t.Errorf("%s (%v) could be %d people, fewer than k = %d", key, truth[key], candidates, k)
		}
	}
}

func episodesByKey(rows []Row) map[string][]Row {
	out := map[string][]Row{}
	for _, r := range rows {
		out[r.PersonKey] = append(out[r.PersonKey], r)
	}
	for _, rs := range out {
		slices.SortStableFunc(rs, func(a, b Row) int {
			x, _ := strconv.Atoi(a.Episode)
			y, _ := strconv.Atoi(b.Episode)
			return x - y
		})
	}
	return out
}

// couldBe: rows published could be those of a person whose rows were truly these;
// "other" kinds of exploitation stand for those not shown as they are.
func couldBe(truly, published []Row, shown map[string]bool) bool {
	if len(truly) != len(published) {
		return false
	}
	for i, p := range published {
		v := truly[i]
		year, _, _ := strings.Cut(v.Period, "-")
		if p.Episode != v.Episode || !slices.Contains([]string{"*", v.Sex}, p.Sex) || !slices.Contains([]string{"*", v.AgeGroup}, p.AgeGroup) ||
			!slices.Contains([]string{"*", v.Period, year}, p.Period) || !slices.Contains([]string{"*", v.Route}, p.Route) ||
			!slices.Contains([]string{"*", v.ReasonableGrounds}, p.ReasonableGrounds) ||
			!slices.Contains([]string{"*", v.ConclusiveGrounds}, p.ConclusiveGrounds) ||
			!slices.Contains([]string{"*", v.Nationality, regionOf(v.Nationality, subRegions), regionOf(v.Nationality, continents)}, p.Nationality) ||
			!(p.ExploitationTypes == "*" || p.ExploitationTypes == v.ExploitationTypes || p.ExploitationTypes == "other" && !shown[v.ExploitationTypes]) {
			return false
		}
	}
	return true
}

// journeys are n people's rows, each with an episode in each period.
func journeys(n int, sex, age, nat string, periods ...string) []Row {
	var out []Row
	for range n {
		people++
		for e, p := range periods {
			out = append(out, Row{PersonKey: fmt.Sprint("p", people), Episode: fmt.Sprint(e + 1), Sex: sex, AgeGroup: age, Nationality: nat, Period: p})
		}
	}
	return out
}

// Every row of this person is in a combination many people share (six and seven),
// but only they hold both: the rows share a key, so knowing someone was referred in
// 2023 Q1 and again in 2024 Q1 finds them. Hiding the second period still leaves them
// alone, and so does hiding everything (the only person with two episodes): left out.
func TestAPersonUniqueByTwoCommonEpisodesIsLeftOut(t *testing.T) {
	in := append(append(rows(6, "M", "adult", "ALB", "2023-Q1"), rows(6, "M", "adult", "ALB", "2024-Q1")...),
		journeys(1, "M", "adult", "ALB", "2023-Q1", "2024-Q1")...)
	twice := in[len(in)-1].PersonKey
	out, rep := Anonymise(in, Options{K: 3, MaxSuppressed: 0.2})
	assertKAnonymous(t, in, out, 3)
	for _, r := range out {
		if r.PersonKey == twice {
			t.Errorf("the person referred twice is shown: %+v", r)
		}
	}
	if rep.Suppressed != 2 || rep.Rows != 12 || rep.Loss != 2.0/14 {
		t.Errorf("report %+v; want their 2 rows of 14 left out, loss 2/14", rep)
	}
}

// Worked by hand, k = 3: 12 Eritrean women referred once in 2023 Q1, four referred
// then and again in 2024 Q2, and three referred then and again in 2024 Q3, 2025 Q1
// and 2026 Q1, one each. The four are as many as k; each of the three is alone. No
// generalisation of the whole dataset makes them fewer than three (the year, a region
// or "*" for nationality keep them apart; period "*" would cost every row a quarter
// of its detail), so the three have their second period hidden, and are then three:
// three rows of 26 lose period, one of seven quasi-identifiers, a loss of 3/182.
func TestLaterPeriodsAreHiddenWhereTheyAloneSingleOut(t *testing.T) {
	in := rows(12, "F", "adult", "ERI", "2023-Q1")
	in = append(in, journeys(4, "F", "adult", "ERI", "2023-Q1", "2024-Q2")...)
	for _, later := range []string{"2024-Q3", "2025-Q1", "2026-Q1"} {
		in = append(in, journeys(1, "F", "adult", "ERI", "2023-Q1", later)...)
	}
	out, rep := Anonymise(in, Options{K: 3, MaxSuppressed: 0.05})
	assertKAnonymous(t, in, out, 3)
	if rep.Rows != 26 || rep.PeriodsHidden != 3 || rep.Hidden != 0 || rep.Suppressed != 0 || rep.Classes != 3 ||
		rep.SmallestClass != 3 || math.Abs(rep.Loss-3.0/182) > 1e-9 || len(rep.Generalised) != 0 {
		t.Errorf("report %+v", rep)
	}
	alone := map[string]bool{} // the three
	for _, r := range in[20:] {
		alone[r.PersonKey] = true
	}
	was := map[[2]string]string{}
	for _, r := range in {
		was[[2]string{r.PersonKey, r.Episode}] = r.Period
	}
	for _, r := range out {
		want := was[[2]string{r.PersonKey, r.Episode}]
		if alone[r.PersonKey] && r.Episode == "2" {
			want = "*"
		}
		if r.Period != want {
			t.Errorf("%s episode %s: period %s, want %s", r.PersonKey, r.Episode, r.Period, want)
		}
	}
}

// One person's eleven episodes are one person, not eleven: with k = 11 they are
// never shown as a class of their own, and as the only person with eleven episodes,
// hiding every quasi-identifier still leaves them alone: their 11 rows of 41 are left
// out, a loss of 11/41.
func TestKCountsPeopleNotRows(t *testing.T) {
	in := rows(30, "M", "adult", "ALB", "2022-Q3")
	in = append(in, journeys(1, "F", "child", "VNM", slices.Repeat([]string{"2021-Q1"}, 11)...)...)
	out, rep := Anonymise(in, Options{K: 11, MaxSuppressed: 0.3})
	assertKAnonymous(t, in, out, 11)
	if rep.Rows != 30 || rep.Suppressed != 11 || rep.Hidden != 0 || rep.Loss != 11.0/41 {
		t.Errorf("report %+v; want the one person's 11 rows left out, 30 kept, a loss of 11/41", rep)
	}
}

// Worked by hand, k = 3: ten men from Albania referred in 2022 Q3, and three people
// alike in nothing. Generalising would cost all 13 rows; hiding the three's
// quasi-identifiers makes them a group of three ("*" at every one), and their rows
// stay, with what they say of the episode: a loss of 3/13, within a budget of 25%.
func TestEveryQuasiIdentifierHiddenKeepsTheRow(t *testing.T) {
	in := rows(10, "M", "adult", "ALB", "2022-Q3")
	in = append(in, rows(1, "F", "child", "VNM", "2021-Q1")...)
	in = append(in, rows(1, "F", "adult", "ERI", "2020-Q2")...)
	in = append(in, rows(1, "M", "child", "SDN", "2019-Q4")...)
	for i := range in[10:] {
		in[10+i].ReasonableGrounds, in[10+i].Supported = "positive", "yes"
	}
	out, rep := Anonymise(in, Options{K: 3, MaxSuppressed: 0.25})
	assertKAnonymous(t, in, out, 3)
	if rep.Rows != 13 || rep.Hidden != 3 || rep.Suppressed != 0 || rep.Classes != 2 || rep.SmallestClass != 3 || rep.Loss != 3.0/13 {
		t.Errorf("report %+v", rep)
	}
	hidden := 0
	for _, r := range out {
		if r.Supported == "yes" {
			hidden++
			if r.Sex != "*" || r.AgeGroup != "*" || r.Nationality != "*" || r.Period != "*" || r.Route != "*" || r.ReasonableGrounds != "*" {
				t.Errorf("one of the three shows %+v", r)
			}
		}
	}
	if hidden != 3 {
		t.Errorf("%d of the three's rows kept, want 3", hidden)
	}
}

// A person's rows are taken in episode order, whatever order they come in, and the
// extract is in key order, episodes in order: the order rows were made in (person
// ids, given largest cluster first) says nothing. Three people with a first episode
// as a child in 2021 Q1 and a second as an adult in 2023 Q1, the third's given second
// episode first, are one group of three.
func TestEpisodesAreTakenInOrder(t *testing.T) {
	in := journeys(3, "F", "child", "ALB", "2021-Q1", "2023-Q1")
	for i := 1; i < len(in); i += 2 {
		in[i].AgeGroup = "adult"
	}
	in[4], in[5] = in[5], in[4]
	out, rep := Anonymise(in, Options{K: 3})
	assertKAnonymous(t, in, out, 3)
	if rep.Rows != 6 || rep.Classes != 1 || rep.Loss != 0 {
		t.Errorf("report %+v; want the three as one group, nothing lost", rep)
	}
	for i := 1; i < len(out); i++ {
		a, b := out[i-1], out[i]
		if a.PersonKey > b.PersonKey || (a.PersonKey == b.PersonKey && a.Episode >= b.Episode) {
			t.Errorf("rows %d and %d out of order: %s/%s then %s/%s", i-1, i, a.PersonKey, a.Episode, b.PersonKey, b.Episode)
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
	got := Rows([]definitions.Journey{j}, Options{Secret: []byte("one secret"), Release: "2026-1"})
	other := Rows([]definitions.Journey{j}, Options{Secret: []byte("another secret"), Release: "2026-1"})
	again := Rows([]definitions.Journey{j}, Options{Secret: []byte("one secret"), Release: "2026-1"})
	next := Rows([]definitions.Journey{j}, Options{Secret: []byte("one secret"), Release: "2026-2"})
	if len(got) != 2 || got[0].PersonKey != got[1].PersonKey || got[0].PersonKey == "P-SELAM" || got[0].PersonKey == other[0].PersonKey {
		t.Fatalf("rows %+v", got)
	}
	if again[0].PersonKey != got[0].PersonKey || next[0].PersonKey == got[0].PersonKey {
		t.Errorf("keys %s, again %s, in the next release %s: want the same release's the same, another's not", got[0].PersonKey, again[0].PersonKey, next[0].PersonKey)
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
	got, _ := generalise(rows, levels{nat: 1}, 2, personsOf(rows, Options{}.known().levels()))
	for i, want := range []string{"M49 154", "M49 154", "M49 154", "GBR", "GBR"} {
		if got[i].Nationality != want {
			t.Errorf("row %d (%s): %s, want %s", i, rows[i].Nationality, got[i].Nationality, want)
		}
	}
}

// On random datasets (fixed seeds), whatever k and budget: every person kept passes
// the attacker's test, the smallest group is at least k, and no more rows lose every
// quasi-identifier than the budget allows unless everything went to "*".
func TestAnyDatasetIsKAnonymous(t *testing.T) {
	for seed := range uint64(40) {
		r := rand.New(rand.NewPCG(seed, 1))
		in := randomRows(r, 30+r.IntN(300))
		k, budget := 2+r.IntN(10), []float64{0, 0.05, 0.2}[r.IntN(3)]
		out, rep := Anonymise(in, Options{K: k, MaxSuppressed: budget})
		assertKAnonymous(t, in, out, k)
		if len(out) > 0 && rep.SmallestClass < k {
			t.Errorf("seed %d: smallest group %d, k %d", seed, rep.SmallestClass, k)
		}
		top := rep.Levels["sex"] == "*" && rep.Levels["age_group"] == "*" && rep.Levels["nationality"] == "*" && rep.Levels["period"] == "*" &&
			rep.Levels["route"] == "*" && rep.Levels["exploitation_types"] == "*"
		if float64(rep.Hidden+rep.Suppressed) > budget*float64(len(in)) && !top {
			t.Errorf("seed %d: %d hidden and %d left out of %d rows, over %.0f%%", seed, rep.Hidden, rep.Suppressed, len(in), 100*budget)
		}
	}
}

// randomRows are people of a few sexes, age groups, nationalities and kinds of
// exploitation, a quarter of them with two or three episodes a few quarters apart.
func randomRows(r *rand.Rand, people int) []Row {
	nationalities := []string{"ERI", "ETH", "SOM", "ALB", "VNM", "GBR", "ISL", "SDN"}
	var out []Row
	for p := range people {
		sex, nationality := []string{"F", "M"}[r.IntN(2)], nationalities[r.IntN(len(nationalities))]
		year, q := 2021+r.IntN(3), 1+r.IntN(4)
		episodes := 1
		if r.IntN(4) == 0 {
			episodes = 2 + r.IntN(2)
		}
		for e := range episodes {
			out = append(out, Row{PersonKey: fmt.Sprint("k", p), Episode: fmt.Sprint(e + 1), Sex: sex,
				AgeGroup: []string{"adult", "child"}[r.IntN(2)], Nationality: nationality, Period: fmt.Sprintf("%d-Q%d", year, q),
				Route:             []string{"nrm", "nrm", "nrm", "dtn"}[r.IntN(4)],
				ExploitationTypes: []string{"labour", "labour", "criminal", "sexual", "labour;sexual", "organ_harvesting"}[r.IntN(6)]})
			if q += r.IntN(3); q > 4 {
				q, year = q-4, year+1
			}
		}
	}
	return out
}

// Worked by hand, k = 3: five people exploited for labour, two for organ harvesting
// and one for domestic servitude and organ harvesting; support ended for three by
// moving on and for one by death. The kinds of exploitation are a quasi-identifier:
// the rare ones (2 and 1 people) become "other", held by 3, at the level that keeps
// common ones as recorded — one step of two for three rows of eight, in one of seven
// quasi-identifiers, a loss of 3 × (1/2)/7 / 8 = 3/112. An end of support is not a
// quasi-identifier, but a rare one is recoded: death (1) becomes "other", still 1,
// so "*".
func TestRareValuesAreRecoded(t *testing.T) {
	in := rows(8, "F", "adult", "ALB", "2022-Q3")
	for i, types := range []string{"labour", "labour", "labour", "labour", "labour", "organ_harvesting", "organ_harvesting", "domestic_servitude;organ_harvesting"} {
		in[i].ExploitationTypes = types
	}
	in[0].SupportEnded, in[1].SupportEnded, in[2].SupportEnded, in[3].SupportEnded = "move_on", "move_on", "move_on", "deceased"
	out, rep := Anonymise(in, Options{K: 3})
	assertKAnonymous(t, in, out, 3)
	var types, ended []string
	for _, r := range out {
		types, ended = append(types, r.ExploitationTypes), append(ended, r.SupportEnded)
	}
	slices.Sort(types)
	slices.Sort(ended)
	if want := []string{"labour", "labour", "labour", "labour", "labour", "other", "other", "other"}; !slices.Equal(types, want) {
		t.Errorf("types %v, want %v", types, want)
	}
	if want := []string{"", "", "", "", "*", "move_on", "move_on", "move_on"}; !slices.Equal(ended, want) {
		t.Errorf("support ended %v, want %v", ended, want)
	}
	if rep.Generalised["exploitation_types"] != 3 || rep.Recoded["support_ended"] != 1 || math.Abs(rep.Loss-3.0/112) > 1e-9 {
		t.Errorf("generalised %v, recoded %v, loss %v; want 3 types, 1 end of support recoded, 3/112", rep.Generalised, rep.Recoded, rep.Loss)
	}
}

// Worked by hand, k = 3, nothing to be suppressed: six women from Albania referred in
// 2022 Q3 for labour, one of them by a Duty to Notify report. Whoever referred her
// knows her route, so it is a quasi-identifier: kept, it leaves her alone, and she
// could only be hidden or left out; taken to "*" for all six, one step of one in one
// of seven quasi-identifiers, it costs 1/7.
func TestTheRouteIsAQuasiIdentifier(t *testing.T) {
	in := rows(6, "F", "adult", "ALB", "2022-Q3")
	for i := range in {
		in[i].Route, in[i].ExploitationTypes = "nrm", "labour"
	}
	in[5].Route = "dtn"
	out, rep := Anonymise(in, Options{K: 3})
	assertKAnonymous(t, in, out, 3)
	if len(out) != 6 || rep.Levels["route"] != "*" || rep.Generalised["route"] != 6 || math.Abs(rep.Loss-1.0/7) > 1e-9 || rep.Classes != 1 {
		t.Errorf("report %+v; want the route hidden for all six, a loss of 1/7", rep)
	}
	if rep.Levels["nationality"] != "country" || out[0].Nationality != "ALB" || out[0].Period != "2022-Q3" {
		t.Errorf("more than the route generalised: %+v, %+v", rep.Levels, out[0])
	}
}

// Stopping the search where no combination left can lose less finds what trying
// every one finds: on random datasets, the least loss over the whole lattice.
func TestTheSearchStopsOnlyWhereNoneLeftLosesLess(t *testing.T) {
	for seed := range uint64(12) {
		r := rand.New(rand.NewPCG(seed, 2))
		in := randomRows(r, 30+r.IntN(200))
		k, budget := 2+r.IntN(8), []float64{0, 0.05, 0.2}[r.IntN(3)]
		_, rep := Anonymise(in, Options{K: k, MaxSuppressed: budget})
		known := Options{}.known().levels()
		ps := personsOf(in, known)
		least := math.Inf(1)
		for _, lv := range lattice(known) {
			gen, reached := generalise(in, lv, k, ps)
			_, p := protect(gen, reached, k, ps)
			if float64(p.hidden+p.suppressed) <= budget*float64(len(in)) || lv.top(known) {
				least = min(least, p.loss())
			}
		}
		if math.Abs(rep.Loss-least) > 1e-12 {
			t.Errorf("seed %d: loss %v, where the whole lattice's least is %v", seed, rep.Loss, least)
		}
	}
}

// Worked by hand, k = 3, nothing to be suppressed: six women from Albania referred in
// 2022 Q3 for labour, five found victims at both decisions and one not at the second.
// She knows her decisions, and so may whoever read of her case, so they are a
// quasi-identifier: kept, they leave her alone; taken to "*" for all six, one step of
// one in one of seven quasi-identifiers, they cost 1/7.
func TestTheDecisionsAreAQuasiIdentifier(t *testing.T) {
	in := rows(6, "F", "adult", "ALB", "2022-Q3")
	for i := range in {
		in[i].Route, in[i].ExploitationTypes, in[i].ReasonableGrounds, in[i].ConclusiveGrounds = "nrm", "labour", "positive", "positive"
	}
	in[5].ConclusiveGrounds = "negative"
	out, rep := Anonymise(in, Options{K: 3})
	assertKAnonymous(t, in, out, 3)
	if len(out) != 6 || rep.Levels["decisions"] != "*" || rep.Generalised["decisions"] != 6 || math.Abs(rep.Loss-1.0/7) > 1e-9 {
		t.Errorf("report %+v; want the decisions hidden for all six, a loss of 1/7", rep)
	}
	if out[0].ConclusiveGrounds != "*" || out[0].ReasonableGrounds != "*" || out[0].Route != "nrm" {
		t.Errorf("row %+v; want both decisions hidden and nothing else", out[0])
	}
}

// A data owner who judges the decisions unknown to readers says so: the six women of
// TestTheDecisionsAreAQuasiIdentifier then keep them as recorded, and lose nothing.
// The attacker who knows only the rest finds each among six.
func TestQuasiIdentifiersNotKnownAreKeptAsRecorded(t *testing.T) {
	in := rows(6, "F", "adult", "ALB", "2022-Q3")
	for i := range in {
		in[i].Route, in[i].ExploitationTypes, in[i].ReasonableGrounds, in[i].ConclusiveGrounds = "nrm", "labour", "positive", "positive"
	}
	in[5].ConclusiveGrounds = "negative"
	known := []string{"sex", "age_group", "nationality", "period", "route", "exploitation_types"}
	out, rep := Anonymise(in, Options{K: 3, QuasiIdentifiers: known})
	if rep.Loss != 0 || rep.Classes != 1 || rep.SmallestClass != 6 || len(out) != 6 || rep.Levels["decisions"] != "" ||
		!slices.Equal(rep.QuasiIdentifiers, known) {
		t.Errorf("report %+v; want nothing lost, one group of six, the decisions not among the quasi-identifiers", rep)
	}
	negative := 0
	for _, r := range out {
		negative += boolInt(r.ConclusiveGrounds == "negative")
	}
	if negative != 1 {
		t.Errorf("%d rows show the negative decision, want 1: kept as recorded", negative)
	}
	withoutDecisions := func(rows []Row) []Row {
		rows = slices.Clone(rows)
		for i := range rows {
			rows[i].ReasonableGrounds, rows[i].ConclusiveGrounds = "", ""
		}
		return rows
	}
	assertKAnonymous(t, withoutDecisions(in), withoutDecisions(out), 3) // the attacker who knows the rest
	if err := CheckQuasiIdentifiers([]string{"sex", "religion"}); err == nil || !strings.Contains(err.Error(), `"religion"`) {
		t.Errorf("CheckQuasiIdentifiers(religion) = %v; want an error naming it", err)
	}
	if err := CheckQuasiIdentifiers([]string{}); err == nil {
		t.Errorf("CheckQuasiIdentifiers(none) passed; want an error: with none, everyone is released as recorded")
	}
}

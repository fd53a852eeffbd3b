package linkage

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

func getter(cols map[string]string) func(string) string {
	return func(c string) string { return cols[c] }
}

func TestVariantGroups(t *testing.T) {
	v := DefaultVariants()
	for _, group := range [][]string{{"Mohammed", "Muhammad", "Mohamed", "Mohamad"}, {"Yusuf", "Yousef"}, {"Hussein", "Hussain"}} {
		want := v.Canonical(joined(Normalise(group[0])))
		for _, s := range group[1:] {
			if got := v.Canonical(joined(Normalise(s))); got != want {
				t.Errorf("%s is in group %q, %s in %q", s, got, group[0], want)
			}
		}
	}
	if got := v.canonicalTokens([]string{"abdul", "rahman", "ali"}); len(got) != 2 {
		t.Errorf("Abdul Rahman not joined: %v", got)
	}
	extra, err := ReadVariants(strings.NewReader("Qasemi\tGhasemi\n"))
	if err != nil || extra.Canonical("ghasemi") != "qasemi" {
		t.Errorf("a variants file of one's own: %v %q", err, extra.Canonical("ghasemi"))
	}
}

func nameLevel(t *testing.T, g1, f1, g2, f2 string) int {
	t.Helper()
	c := &nameComparison{given: "g", family: "f", variants: DefaultVariants()}
	a := c.Prepare(getter(map[string]string{"g": g1, "f": f1}))
	b := c.Prepare(getter(map[string]string{"g": g2, "f": f2}))
	if a == nil || b == nil {
		return 0
	}
	return c.Compare(a, b)
}

func TestNameLevels(t *testing.T) {
	cases := []struct {
		g1, f1, g2, f2 string
		want           int
	}{
		{"Ermira", "Çelaj", "ERMIRA", "CELAJ", 1},              // exact after normalisation
		{"Văn Đức", "Nguyễn", "Nguyen", "Van Duc", 2},          // given and family swapped
		{"Mohammed", "Ahmed", "Muhammad", "Ahmad", 3},          // same names, other spellings
		{"Selam", "Tesfay Ghebremedhin", "Selam", "Tesfay", 4}, // patronymic chain cut short
		{"Yonas", "", "Yonas", "Kidane Tesfay", 4},             // known by one name, among the other's
		{"Gezim", "Hoxha", "Gezim", "Hoxah", 5},                // a typo
		{"Ardian", "Kolla", "Ardit", "Kola", 6},                // similar spelling
		{"Ali", "Hassan", "Ali", "Osman", 7},                   // one name in common
		{"Anna", "Kowalska", "Joy", "Okeke", 8},                // nothing alike
		{"", "", "Joy", "Okeke", 0},                            // an anonymous record
		// One name of the longer cannot stand for two of the shorter: Thompsorrds is
		// like Thomas, but Thomas is taken; Thuy is like Thi, but Thi is taken.
		{"Thomas", "Thompsorrds", "Thomas", "Evame", 7},
		{"Thi Thuy", "Nguyen", "Thị Manh", "Nguyễn", 7},
		{"Mohamed Abdelrahim", "Yagoub", "Mohammed Abdelraheem", "Yagub", 5},
	}
	for _, c := range cases {
		if got := nameLevel(t, c.g1, c.f1, c.g2, c.f2); got != c.want {
			t.Errorf("%s %s ~ %s %s: level %d, want %d", c.g1, c.f1, c.g2, c.f2, got, c.want)
		}
	}
}

// A nickname (Mo, Dani) among the other names shares one name with many people; a
// record known by one name, which the other record has among its names, is all of
// that record's name.
func TestOneWordNicknameIsNotAllOfAName(t *testing.T) {
	c := &nameComparison{given: "g", family: "f", aliases: "a", variants: DefaultVariants()}
	level := func(a, b map[string]string) int { return c.Compare(c.Prepare(getter(a)), c.Prepare(getter(b))) }
	dani := map[string]string{"g": "Bereket", "f": "Samuel", "a": "Dani"}
	if got := level(dani, map[string]string{"g": "Dani", "f": "Haile"}); got != oneInCommon {
		t.Errorf("Bereket Samuel (known as Dani) ~ Dani Haile: level %d, want %d (one name in common)", got, oneInCommon)
	}
	if got := level(map[string]string{"g": "Dani"}, map[string]string{"g": "Dani", "f": "Haile"}); got != 4 {
		t.Errorf("Dani ~ Dani Haile: level %d, want 4 (all names of one in the other)", got)
	}
}

// With name_chains, "one name in common" says whether either record's names may be a
// chain (or its nationality is unknown), and then whether the name in common is the
// person's own, or both have inherited surnames.
func TestOneNameInCommonBySurnameTradition(t *testing.T) {
	cs := ComparisonSettings{Name: "name", Kind: "name", Columns: []string{"g", "f"},
		NameChains: &NameChains{Column: "n", Values: []string{"ERI", "SDN"}}}
	c, err := cs.build(DefaultVariants())
	if err != nil {
		t.Fatal(err)
	}
	level := func(g1, f1, n1, g2, f2, n2 string) string {
		a := c.Prepare(getter(map[string]string{"g": g1, "f": f1, "n": n1}))
		b := c.Prepare(getter(map[string]string{"g": g2, "f": f2, "n": n2}))
		return c.Levels()[c.Compare(a, b)]
	}
	own, other := "one name in common, the given name, names that may be chains", "one name in common, not the given name, names that may be chains"
	inherited := "one name in common, both with inherited surnames"
	cases := []struct {
		g1, f1, n1, g2, f2, n2, want string
	}{
		{"David", "Clarke", "GBR", "David", "Moore", "GBR", inherited},
		{"Semhar", "Tekle", "ERI", "Semhar", "Gebremedhin", "ERI", own}, // father's or grandfather's name
		{"Semhar", "Tekle", "ERI", "Yonas", "Tekle", "ERI", other},      // a brother
		{"Omer", "Hassan", "SDN;GBR", "Omer", "Elamin", "GBR", own},     // dual nationality
		{"David", "Clarke", "GBR", "David", "Moore", "", own},           // nationality unknown
		{"David", "Clarke", "GBR", "David", "Clarke", "GBR", "exact"},
		{"Anna", "Kowalska", "POL", "Joy", "Okeke", "NGA", "all other"},
	}
	for _, k := range cases {
		if got := level(k.g1, k.f1, k.n1, k.g2, k.f2, k.n2); got != k.want {
			t.Errorf("%s %s (%s) ~ %s %s (%s): %q, want %q", k.g1, k.f1, k.n1, k.g2, k.f2, k.n2, got, k.want)
		}
	}
	// Where an alias is the closer name, its given name is the one compared.
	withAliases, err := ComparisonSettings{Name: "name", Kind: "name", Columns: []string{"g", "f", "a"},
		NameChains: &NameChains{Column: "n", Values: []string{"ERI"}}}.build(DefaultVariants())
	if err != nil {
		t.Fatal(err)
	}
	a := withAliases.Prepare(getter(map[string]string{"g": "Semhar", "f": "Tekle", "a": "Selam Gebremedhin", "n": "ERI"}))
	b := withAliases.Prepare(getter(map[string]string{"g": "Selam", "f": "Haile", "n": "ERI"}))
	if got := withAliases.Levels()[withAliases.Compare(a, b)]; got != own {
		t.Errorf("Semhar Tekle (alias Selam Gebremedhin) ~ Selam Haile: %q, want %q", got, own)
	}
	for _, bad := range []ComparisonSettings{
		{Name: "sex", Kind: "exact", Columns: []string{"sex"}, NameChains: &NameChains{Column: "n", Values: []string{"ERI"}}},
		{Name: "name", Kind: "name", Columns: []string{"g", "f"}, NameChains: &NameChains{Column: "n"}},
	} {
		if _, err := bad.build(nil); err == nil {
			t.Errorf("%s: name_chains %+v accepted", bad.Kind, *bad.NameChains)
		}
	}
}

func TestDateOfBirthLevels(t *testing.T) {
	c := &dobComparison{date: "d", estimated: "e"}
	level := func(d1, e1, d2, e2 string) int {
		a := c.Prepare(getter(map[string]string{"d": d1, "e": e1}))
		b := c.Prepare(getter(map[string]string{"d": d2, "e": e2}))
		if a == nil || b == nil {
			return 0
		}
		return c.Compare(a, b)
	}
	cases := []struct {
		d1, e1, d2, e2 string
		want           int
	}{
		{"1990-05-17", "", "1990-05-17", "false", 1},
		{"19900517", "", "1990-05-17", "", 1},       // ISO 8601's basic form
		{"1990-01-01", "true", "1990-01-01", "", 2}, // an assigned 1 January
		{"1990-05-07", "", "1990-07-05", "", 3},     // day and month transposed
		{"1990-05-17", "", "1990-05-18", "", 4},     // one digit off
		{"1990-05", "", "1990-05-17", "", 5},        // a month contains the day
		{"1990-01-01", "", "1990-06-30", "", 5},     // 1 January stands for the year
		{"1990-03-01", "true", "1991-02-20", "", 6}, // an estimate a year out
		{"1990-01-01", "true", "1992-06-30", "", 7}, // an estimate two years out
		{"1990-05-17", "", "1994-02-11", "", 8},     // within five years
		{"1970-05-17", "", "1994-02-11", "", 9},
		{"", "", "1994-02-11", "", 0},
	}
	for _, k := range cases {
		if got := level(k.d1, k.e1, k.d2, k.e2); got != k.want {
			t.Errorf("%s ~ %s: level %d, want %d", k.d1, k.d2, got, k.want)
		}
	}
}

func TestReferenceAndCountryLevels(t *testing.T) {
	r := &referenceComparison{column: "r", key: ReferenceKey}
	ref := func(a, b string) int {
		return r.Compare(r.Prepare(getter(map[string]string{"r": a})), r.Prepare(getter(map[string]string{"r": b})))
	}
	if ref("A1234567", "a123-4567") != 1 || ref("A1234567", "A1234667") != 2 || ref("A1234567", "B7654321") != 3 {
		t.Error("reference levels wrong")
	}
	c := &countryComparison{column: "n"}
	nat := func(a, b string) int {
		return c.Compare(c.Prepare(getter(map[string]string{"n": a})), c.Prepare(getter(map[string]string{"n": b})))
	}
	if nat("ERI", "eth;ERI") != 1 || nat("ERI", "ETH") != 2 || nat("ERI", "GBR") != 3 {
		t.Error("nationality levels wrong")
	}
}

// Two rules that both put a pair together compare it once; a key shared by more
// records than the block size allows is refined by birth year, then dropped.
func TestBlockingCountsEachPairOnceAndBoundsCommonKeys(t *testing.T) {
	d, _ := NewDataset([]string{"id", "g", "f", "dob"}, "id")
	d.Add([]string{"1", "Ana", "Pop", "1990-05-17"})
	d.Add([]string{"2", "Ana", "Pop", "1990-05-17"})
	for i := 0; i < 6; i++ { // six Nguyen Van Anh born in six different years
		d.Add([]string{"n" + string(rune('a'+i)), "Van Anh", "Nguyen", "199" + string(rune('0'+i))})
	}
	keys, wide := namesAndDateKeys(t, d, 4, "")
	var pairs [][2]int32
	perRule := make([]int, len(keys.keys))
	keys.eachPair(nil, func(i, j int32, rule int) {
		pairs = append(pairs, [2]int32{i, j})
		perRule[rule]++
	})
	// Ana Pop ×2 share names and a date: one pair, made by the first rule. The six
	// Nguyens share three name keys (more than 4 records each), refined by year into
	// blocks of one: no pairs.
	if len(pairs) != 1 || perRule[0] != 1 || perRule[1] != 0 {
		t.Errorf("pairs %v, per rule %v", pairs, perRule)
	}
	if wide[0] != 0 {
		t.Errorf("wide keys %v: refined keys of one record are not oversized", wide)
	}
}

// EM must recover m from data simulated with known m, u and match rate.
func TestEMRecoversKnownProbabilities(t *testing.T) {
	l := &Linker{comparisons: []Comparison{&exactComparison{name: "a"}, &stringComparison{name: "b"}, &exactComparison{name: "c"}}}
	m := [][]float64{{0, 0.9, 0.1}, {0, 0.6, 0.2, 0.15, 0.05}, {0, 0.85, 0.15}}
	u := [][]float64{{0, 0.05, 0.95}, {0, 0.01, 0.04, 0.15, 0.8}, {0, 0.1, 0.9}}
	patterns := simulatePairs(m, u, 0.2, 200_000)
	all := []bool{true, true, true}
	got := l.emSession(sorted(patterns), l.startingM(), u, nil, all, all)
	checkM(t, got, m)
}

// Refining over all compared pairs finds m and the prior from the sessions' rough
// estimates (here m off by up to 0.15, the prior by a factor of 4): the pairs, every
// pair of 633 records, are drawn from known m and u, 20% of them matches.
func TestRefiningRecoversKnownProbabilities(t *testing.T) {
	l := &Linker{comparisons: []Comparison{&exactComparison{name: "a"}, &stringComparison{name: "b"}, &exactComparison{name: "c"}},
		follows: []int{-1, -1, -1}, allOther: []int{2, 4, 2}, data: &Dataset{rows: make([][]string, 633)}}
	m := [][]float64{{0, 0.9, 0.1}, {0, 0.6, 0.2, 0.15, 0.05}, {0, 0.85, 0.15}}
	u := [][]float64{{0, 0.05, 0.95}, {0, 0.01, 0.04, 0.15, 0.8}, {0, 0.1, 0.9}}
	patterns := simulatePairs(m, u, 0.2, 633*632/2)
	rough := [][]float64{{0, 0.75, 0.25}, {0, 0.45, 0.2, 0.15, 0.2}, {0, 0.7, 0.3}}
	want := 0.2
	got, lambda := l.refineM(sorted(patterns), rough, u, u, want*4)
	checkM(t, got, m)
	if math.Abs(math.Log2(lambda/want)) > 0.1 {
		t.Errorf("prior %.3g, simulated with %.3g", lambda, want)
	}
}

// A comparison of origin (a place of birth) does not sway EM's judgement of which
// pairs match: refined with c marked as origin, m of a and b and the prior are what
// they are with c not compared at all; c's own m is still estimated from what a and
// b judge: every simulated match agrees on c and 30% of the rest do, and a and b tell
// most pairs apart, so its agreement's m is near 1 (0.85 or more).
func TestRefiningLeavesOriginOutOfJudgingMatches(t *testing.T) {
	l := &Linker{comparisons: []Comparison{&exactComparison{name: "a"}, &stringComparison{name: "b"}, &exactComparison{name: "c"}},
		follows: []int{-1, -1, -1}, allOther: []int{2, 4, 2}, data: &Dataset{rows: make([][]string, 633)},
		settings: Settings{Comparisons: []ComparisonSettings{{Name: "a"}, {Name: "b"}, {Name: "c", Origin: true}}}}
	m := [][]float64{{0, 0.9, 0.1}, {0, 0.6, 0.2, 0.15, 0.05}, {0, 1, 0}}
	u := [][]float64{{0, 0.05, 0.95}, {0, 0.01, 0.04, 0.15, 0.8}, {0, 0.3, 0.7}}
	patterns := simulatePairs(m, u, 0.2, 633*632/2)
	without := map[gamma]float64{} // the same pairs, c not compared
	for g, n := range patterns {
		g[2] = 0
		without[g] += n
	}
	rough := [][]float64{{0, 0.75, 0.25}, {0, 0.45, 0.2, 0.15, 0.2}, {0, 0.5, 0.5}}
	got, lambda := l.refineM(sorted(patterns), rough, u, u, 0.5)
	want, wantLambda := l.refineM(sorted(without), rough, u, u, 0.5)
	for c := range 2 {
		for k := range got[c] {
			if math.Abs(got[c][k]-want[c][k]) > 1e-9 {
				t.Errorf("m[%d][%d] = %.6f with c marked as origin, %.6f without c", c, k, got[c][k], want[c][k])
			}
		}
	}
	if math.Abs(lambda-wantLambda) > 1e-12 || got[2][1] < 0.85 {
		t.Errorf("prior %.6g (without c %.6g); m of c agreeing %.3f, want 0.85 or more", lambda, wantLambda, got[2][1])
	}
}

// simulatePairs draws comparison vectors of n pairs, a share of them matches (levels
// drawn from m) and the rest not (from u).
func simulatePairs(m, u [][]float64, share float64, n int) map[gamma]float64 {
	r := rand.New(rand.NewPCG(7, 7))
	patterns := map[gamma]float64{}
	for range n {
		p := u
		if r.Float64() < share {
			p = m
		}
		var g gamma
		for c := range p {
			x := r.Float64()
			for k := 1; k < len(p[c]); k++ {
				if x -= p[c][k]; x < 0 || k == len(p[c])-1 {
					g[c] = uint8(k)
					break
				}
			}
		}
		patterns[g]++
	}
	return patterns
}

func checkM(t *testing.T, got, m [][]float64) {
	t.Helper()
	for c := range m {
		for k := 1; k < len(m[c]); k++ {
			if math.Abs(got[c][k]-m[c][k]) > 0.02 {
				t.Errorf("m[%d][%d] = %.3f, simulated with %.3f", c, k, got[c][k], m[c][k])
			}
		}
	}
}

// Pairwise scores worked by hand: predicted {1,2,3} {4}; truth {1,2} {3,4}.
func TestEvaluate(t *testing.T) {
	s := Evaluate([]string{"a", "a", "a", "b"}, []string{"x", "x", "y", "y"})
	if s.PredictedPairs != 3 || s.TruePairs != 2 || s.CorrectPairs != 1 || math.Abs(s.F1-0.4) > 1e-12 {
		t.Errorf("%+v", s)
	}
}

func TestPersonIDsStayPut(t *testing.T) {
	records := []string{"a", "b", "c", "d", "e"}
	previous := map[string]string{"a": "P00000007", "b": "P00000007", "c": "P00000003"}
	// a, b, c are now one person; d is new and alone; e is new and joins nobody.
	got := PersonIDs([]int32{0, 0, 0, 3, 4}, records, previous)
	want := []string{"P00000007", "P00000007", "P00000007", "P00000008", "P00000009"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("ids %v, want %v", got, want)
		}
	}
	// A person split in two: the larger part keeps the id.
	got = PersonIDs([]int32{0, 0, 2}, []string{"a", "b", "c"}, map[string]string{"a": "P00000001", "b": "P00000001", "c": "P00000001"})
	if got[0] != "P00000001" || got[2] != "P00000002" {
		t.Errorf("split: %v", got)
	}
}

// A record known by one name only meets others known by that name only, whatever
// its date of birth; a record with two names does not take part.
func TestSingleNameKeys(t *testing.T) {
	k, err := BlockingRule{Name: "single", Kind: "single_name", Columns: []string{"g", "f", "s"}}.keyer(DefaultSettings(), DefaultVariants())
	if err != nil {
		t.Fatal(err)
	}
	keys := func(g, f, sex string) []string { return k(getter(map[string]string{"g": g, "f": f, "s": sex})) }
	share := func(a, b []string) bool {
		for _, x := range a {
			if slices.Contains(b, x) {
				return true
			}
		}
		return false
	}
	if !share(keys("Waheed", "", "M"), keys("", "WAHEED", "M")) || !share(keys("Waheed", "", ""), keys("Waheed", "", "M")) {
		t.Error("one name in either column, or a sex not recorded, should meet")
	}
	if share(keys("Waheed", "", "M"), keys("Waheed", "", "F")) || keys("Waheed", "Khan", "M") != nil {
		t.Error("another sex, or two names, should not take part")
	}
}

func TestInitialKeysSurviveATypoInOneName(t *testing.T) {
	a := initialKeys(DefaultVariants(), getter(map[string]string{"g": "Divya", "f": "Sharma"}), []string{"g", "f"})
	b := initialKeys(DefaultVariants(), getter(map[string]string{"g": "Diwya", "f": "Sharma"}), []string{"g", "f"})
	hash := func(ks []string) []uint64 {
		var out []uint64
		for _, k := range ks {
			out = append(out, keyHash(k))
		}
		sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
		return out
	}
	shared := 0
	eachShared(hash(a), hash(b), func(uint64) bool { shared++; return true })
	if shared == 0 {
		t.Errorf("no key in common: %v %v", a, b)
	}
}

// Names written three ways a clerk may write them still share a blocking key: a
// short name with a letter doubled (its consonants too few to key it by), the Arabic
// article joined, apart or left out, and a name in a variant group beside one that
// is in none (Georgi is in Heorhiy's group, Gueorgui in no group).
func TestNameKeysSurviveHowNamesAreWritten(t *testing.T) {
	v := DefaultVariants()
	share := func(a, b []string) bool {
		for _, x := range a {
			if slices.Contains(b, x) {
				return true
			}
		}
		return false
	}
	pairs := func(g, f string) []string {
		return pairKeys(nameSkeletons(v, getter(map[string]string{"g": g, "f": f}), []string{"g", "f"}))
	}
	initials := func(g, f string) []string {
		return initialKeys(v, getter(map[string]string{"g": g, "f": f}), []string{"g", "f"})
	}
	for _, c := range []struct {
		keys func(g, f string) []string
		a, b [2]string
		want bool
	}{
		{pairs, [2]string{"Woori", "Gebrefa"}, [2]string{"Wori", "Gebrefa"}, true},
		{pairs, [2]string{"Aamna", "Adan"}, [2]string{"Amna", "Adan"}, true},
		{pairs, [2]string{"Zaniab", "Al-Juburi"}, [2]string{"Zainab", "Aljubouri"}, true},
		{pairs, [2]string{"Zainab", "Al Juburi"}, [2]string{"Zainab", "Juburi"}, true},
		{initials, [2]string{"Georgi", "Geolov"}, [2]string{"Gueorgui", "Geolov"}, true},
		{pairs, [2]string{"Wori", "Gebrefa"}, [2]string{"Wari", "Gebrefa"}, false},
		{pairs, [2]string{"Zainab", "Aljubouri"}, [2]string{"Zainab", "Al-Rashidi"}, false},
	} {
		if got := share(c.keys(c.a[0], c.a[1]), c.keys(c.b[0], c.b[1])); got != c.want {
			t.Errorf("%v and %v share a key: %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// A settings file's mistakes are named: what is wrong, where.
func TestSettingsProblemsAreNamed(t *testing.T) {
	cases := []struct {
		change func(*Settings)
		want   string
	}{
		{func(s *Settings) { s.Comparisons[5].Follows = "birthplace" }, `"birth_place" follows "birthplace", which is not a comparison`},
		{func(s *Settings) { s.Comparisons[5].Follows = "birth_place" }, `"birth_place" follows itself`},
		{func(s *Settings) { s.Comparisons[2].Follows = "name" }, `"sex": give follows or follows_name, not both`},
		{func(s *Settings) { s.Comparisons[0].TermFrequency = false }, `"sex" follows the name, but no comparison of kind name has term_frequency`},
		{func(s *Settings) { s.Comparisons[0].Follows = "nationality" }, `"name" is weighed by how common its values are (term_frequency), so it cannot follow another`},
		{func(s *Settings) { s.MaxMatchesPerRecord = -1 }, `max_matches_per_record must be 0 (no bound) or more`},
		{func(s *Settings) {
			s.Comparisons[1].NameChains = &NameChains{Column: "nationality", Values: []string{"ERI"}}
		}, `"date_of_birth": name_chains belongs to a comparison of kind name`},
		{func(s *Settings) { s.Comparisons[0].FromAge = &AgeOn{Age: "age", On: "date_recorded"} }, `"name": from_age belongs to a comparison of kind date_of_birth`},
		{func(s *Settings) { s.Comparisons[1].FromAge = &AgeOn{Age: "age"} }, `"date_of_birth": from_age belongs to a comparison of kind date_of_birth, and names two columns`},
		{func(s *Settings) {
			s.Comparisons = append(s.Comparisons, ComparisonSettings{Name: "alias", Kind: "name", Columns: []string{"aliases", "family_name"}, TermFrequency: true})
		}, `"name" and "alias": only one name comparison may be weighed by how common names are`},
	}
	for _, c := range cases {
		s := DefaultSettings()
		c.change(&s)
		if err := s.validate("s.json"); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("got %v, want an error saying %s", err, c.want)
		}
	}
	s := DefaultSettings()
	s.Comparisons[0].NameChains.Column = "citizenship"
	d, _ := NewDataset([]string{"record_id", "given_names", "family_name", "dob"}, "record_id")
	if err := s.CheckColumns(d); err == nil || !strings.Contains(err.Error(), `name_chains names the column "citizenship"`) {
		t.Errorf("a missing name_chains column: %v", err)
	}
	s = DefaultSettings()
	s.TrainingRefineColumn = "organisation"
	if err := s.CheckColumns(d); err == nil || !strings.Contains(err.Error(), `training_refine_column`) || !strings.Contains(err.Error(), `"organisation"`) {
		t.Errorf("a missing training_refine_column: %v", err)
	}
}

func TestSettingsAddVariantGroups(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "mine.tsv"), []byte("# our own spellings\nZerhun\tZerihun\tZeryhun\n"), 0o600)
	s := DefaultSettings()
	s.VariantsFiles = []string{"mine.tsv"}
	b, _ := json.Marshal(s)
	os.WriteFile(filepath.Join(dir, "settings.json"), b, 0o600)
	read, err := ReadSettings(filepath.Join(dir, "settings.json"))
	if err != nil {
		t.Fatal(err)
	}
	v, err := read.Variants()
	if err != nil || v.Canonical("zeryhun") != "zerhun" || v.Canonical("muhammad") != v.Canonical("mohammed") {
		t.Errorf("%v: zeryhun → %q", err, v.Canonical("zeryhun"))
	}
}

// Sixty identical records share every key, far more than a block may hold: they must
// still meet their neighbours, enough to join them all, without all 1,770 pairs.
func TestIdenticalRecordsBeyondTheBlockSizeAreLinked(t *testing.T) {
	d, _ := NewDataset([]string{"record_id", "given_names", "family_name", "dob", "dob_estimated", "sex", "nationality", "ho_reference", "birth_place"}, "record_id")
	for i := 0; i < 60; i++ {
		d.Add([]string{"R" + strconv.Itoa(i), "Ana", "Popescu", "1990-05-17", "", "F", "ROU", "", ""})
	}
	for i := 0; i < 200; i++ { // others, so that training has something to go on
		d.Add([]string{"X" + strconv.Itoa(i), "Name" + strconv.Itoa(i), "Other" + strconv.Itoa(i%7), strconv.Itoa(1950+i%50) + "-0" + strconv.Itoa(1+i%9) + "-1" + strconv.Itoa(i%9), "", "M", "GBR", "", ""})
	}
	res := linkAll(t, d, DefaultSettings(), Options{Keep: everyPair})
	uf, among := newUnionFind(60), 0
	for _, p := range res.Pairs {
		if p.A < 60 && p.B < 60 {
			among++
			if ra, rb := uf.find(p.A), uf.find(p.B); ra != rb {
				uf.union(ra, rb)
			}
		}
	}
	if uf.size[uf.find(0)] != 60 || among >= 1770 {
		t.Errorf("%d pairs among the sixty join %d of them", among, uf.size[uf.find(0)])
	}
}

// References one keying error apart share a blocking key; unrelated ones do not.
func TestReferenceKeysSurviveOneKeyingError(t *testing.T) {
	k, err := BlockingRule{Name: "ref", Kind: "reference", Columns: []string{"r"}}.keyer(DefaultSettings(), nil)
	if err != nil {
		t.Fatal(err)
	}
	share := func(a, b string) bool {
		x, y := k(getter(map[string]string{"r": a})), k(getter(map[string]string{"r": b}))
		for _, s := range x {
			if slices.Contains(y, s) {
				return true
			}
		}
		return false
	}
	for _, p := range [][2]string{{"A7254O50", "A7254050"}, {"A1234567", "A1234576"}, {"A1234567", "A123456"}, {"a123-4567", "A1234567"}} {
		if !share(p[0], p[1]) {
			t.Errorf("%s ~ %s: no key in common", p[0], p[1])
		}
	}
	if share("A1234567", "B7654321") || share("A1234567", "A1243576") {
		t.Error("references two or more errors apart share a key")
	}
	if k(getter(map[string]string{"r": " - "})) != nil {
		t.Error("an empty reference has keys")
	}
}

// A label written before a reference is not part of it; letters joined to the digits
// may be, and stay; words with no digit say there is none (NTR: no trace).
func TestReferenceLabelsAreNotTheReference(t *testing.T) {
	for in, want := range map[string]string{
		"HO 88100545": "88100545", "CID: 25199877": "25199877", "PR: BHX/63028/22": "BHX6302822",
		"Port ref LHR/26013/20": "LHR2601320", "Ref No. A1234567": "A1234567", "HO88100545": "HO88100545",
		"B126-6359": "B1266359", "CID": "", "Home Office ref: H1234567": "H1234567", "NTR": "", "Nil trace": "", "N/A": "",
	} {
		if got := ReferenceKey(in); got != want {
			t.Errorf("ReferenceKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// Where names share something, nationality agreeing adds only what it adds among
// random pairs sharing names: here nothing, as every name belongs to one nationality;
// where names differ, it adds what it does among random pairs, where a third agree.
func TestAgreementThatFollowsTheNameIsNotCountedTwice(t *testing.T) {
	pools := map[string][2][]string{
		"GBR": {{"John", "Paul", "Mark", "Peter", "Simon"}, {"Smith", "Jones", "Taylor", "Brown", "Wilson"}},
		"ALB": {{"Arben", "Besnik", "Dritan", "Gentian", "Ilir"}, {"Hoxha", "Gashi", "Krasniqi", "Berisha", "Shehu"}},
		"POL": {{"Zbigniew", "Grzegorz", "Wojciech", "Kazimierz", "Bogdan"}, {"Kowalczyk", "Wozniak", "Szymanski", "Dabrowski", "Jankowski"}},
	}
	nats := []string{"GBR", "ALB", "POL"}
	d, _ := NewDataset([]string{"record_id", "given_names", "family_name", "dob", "sex", "nationality"}, "record_id")
	for i := 0; i < 300; i++ {
		nat := nats[i%3]
		dob := fmt.Sprintf("%d-%02d-%02d", 1950+i%50, 1+i%12, 1+i%28)
		d.Add([]string{"X" + strconv.Itoa(i), pools[nat][0][(i/3)%5], pools[nat][1][(i/15)%5], dob, "M", nat})
	}
	l, _ := trainedLinker(t, d, DefaultSettings(), Options{})
	const nat = 3 // the nationality comparison in the default settings
	gain := func(name, natLevel uint8) float64 {
		with, without := Pair{A: 0, B: 75}, Pair{A: 0, B: 75}
		with.Gamma[0], with.Gamma[nat] = name, natLevel
		without.Gamma[0] = name
		return l.weight(&with) - l.weight(&without)
	}
	if g := gain(1, 1); g > 0.5 {
		t.Errorf("names agree: nationality agreeing adds %.2f bits, want about 0", g)
	}
	differ := uint8(l.comparisons[0].(*nameComparison).allOther())
	if g := gain(differ, 1); g < 0.5 {
		t.Errorf("names differ: nationality agreeing adds %.2f bits, want log2(m/(1/3)), well above 0", g)
	}
	if g := gain(1, 3); g >= 0 {
		t.Errorf("names agree, nationalities differ: %.2f bits, want below 0", g)
	}
	// A model saved before u among agreeing pairs was measured scores as it did then:
	// nothing where the names are the same, the level's weight where they are only alike.
	for c := range l.model.Comparisons {
		for k := range l.model.Comparisons[c].Levels {
			l.model.Comparisons[c].Levels[k].UFollowed = 0
		}
	}
	lv := l.model.Comparisons[nat].Levels[1]
	if g := gain(1, 1); g != 0 {
		t.Errorf("an old model, names the same: nationality adds %.2f bits, want 0", g)
	}
	const closeSpelling = 5
	if g, want := gain(closeSpelling, 1), math.Log2(lv.M/lv.U); math.Abs(g-want) > 1e-9 {
		t.Errorf("an old model, names alike: nationality adds %.2f bits, want its level's %.2f", g, want)
	}
}

// The default settings need only names and a date of birth: the other people.csv
// columns may be absent. Aliases count: a record's other name meets another record's
// name.
func TestDefaultsLinkAMinimalFileAndReadAliases(t *testing.T) {
	d, _ := NewDataset([]string{"record_id", "given_names", "family_name", "dob"}, "record_id")
	d.Add([]string{"a1", "Aster", "Kidane", "1990-05-17"})
	d.Add([]string{"a2", "Aster", "Kidane", "1990-05-17"})
	for i := 0; i < 100; i++ {
		d.Add([]string{"x" + strconv.Itoa(i), "Name" + strconv.Itoa(i), "Other" + strconv.Itoa(i%7), strconv.Itoa(1950+i%50) + "-0" + strconv.Itoa(1+i%9) + "-1" + strconv.Itoa(i%9)})
	}
	res := linkAll(t, d, DefaultSettings(), Options{})
	if res.Cluster[0] != res.Cluster[1] {
		t.Error("two identical records with only names and a date of birth were not linked")
	}
	c := &nameComparison{given: "g", family: "f", aliases: "a", variants: DefaultVariants()}
	a := c.Prepare(getter(map[string]string{"g": "Selam", "f": "Tesfay", "a": "Helen Tesfay; Selamawit Tesfay"}))
	b := c.Prepare(getter(map[string]string{"g": "Helen", "f": "Tesfay"}))
	plain := c.Prepare(getter(map[string]string{"g": "Selam", "f": "Tesfay"}))
	if got := c.Compare(a, b); got != 3 {
		t.Errorf("an alias the same as the other's name: level %d, want 3", got)
	}
	if got := c.Compare(plain, b); got != 7 {
		t.Errorf("without the alias: level %d, want 7 (one name in common)", got)
	}
}

// Explain's total is the pair's weight, whatever rules apply (here agreement that
// follows another comparison's is weighed as among pairs agreeing on that).
func TestExplainAddsUpToTheWeight(t *testing.T) {
	d, _ := synthetic(t, 500, 21)
	l, _ := New(DefaultSettings(), DefaultVariants(), nil)
	if err := l.Load(d); err != nil {
		t.Fatal(err)
	}
	res, err := l.Link(t.Context(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, p := range res.Pairs {
		var b strings.Builder
		if err := l.Explain(&b, d.ID(int(p.A)), d.ID(int(p.B))); err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprintf("probability %.4f", p.Probability())
		if !strings.Contains(b.String(), want) {
			t.Fatalf("explain says\n%s\nthe pair's weight gives %s", b.String(), want)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no pairs to explain")
	}
}

// eachPair calls fn with every pair the rules make, each once but for a wide block's
// neighbours (see pairsOf), rule by rule.
func (b blockKeys) eachPair(only func(i, j int) bool, fn func(i, j int32, rule int)) {
	for r := range b.keys {
		for _, bl := range b.blocks(r) {
			b.pairsOf(r, bl, only, func(i, j int32) { fn(i, j, r) })
		}
	}
}

// examples/linkage/journey-bundle.json is the default settings written out, for users
// to start their own from: it must not drift from them.
func TestExampleSettingsAreTheDefaults(t *testing.T) {
	path := filepath.Join("..", "examples", "linkage", "journey-bundle.json")
	got, err := ReadSettings(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := DefaultSettings(); !reflect.DeepEqual(got, want) {
		b, _ := json.MarshalIndent(want, "", "  ")
		t.Errorf("%s differs from the default settings, which are:\n%s", path, b)
	}
}

// Every example settings file reads and makes a linker, those no test links too
// (encoded-v1.json to encoded-v5.json, for encodings made with versions 1 to 5 of
// retrace encode's schema).
func TestExampleSettingsAreValid(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "examples", "linkage", "*.json"))
	if len(paths) < 10 {
		t.Fatalf("%d example settings files, want the 10 there are", len(paths))
	}
	for _, path := range paths {
		s, err := ReadSettings(path)
		if err == nil {
			_, err = New(s, DefaultVariants(), nil)
		}
		if err != nil {
			t.Errorf("%s: %v", path, err)
		}
	}
}

// A key too common for one block is split by nationality. A record with no
// nationality joins every part (up to maxJoined), and a record with two nationalities
// is in each of its parts: neither is cut off from a record of the same person.
func TestRefiningKeepsRecordsWithNoneOrTwoValues(t *testing.T) {
	d, _ := NewDataset([]string{"id", "g", "f", "nat", "dob"}, "id")
	nats := []string{"SDN", "ERI", "EGY"}
	for i := range 12 { // twelve Ahmed Ali, four of each nationality
		d.Add([]string{"a" + strconv.Itoa(i), "Ahmed", "Ali", nats[i%3], ""})
	}
	d.Add([]string{"none", "Ahmed", "Ali", "", ""})
	d.Add([]string{"two", "Ahmed", "Ali", "ERI;GBR", ""})
	keys, wide := namesAndDateKeys(t, d, 6, "nat")
	met := metPairs(d, keys)
	// By hand: the part SDN holds a0 a3 a6 a9 and "none" (5 records); ERI holds
	// a1 a4 a7 a10, "none" and "two" (6); EGY a2 a5 a8 a11 and "none" (5). None is
	// over 6, so none is wide, and "none" meets all twelve; "two" meets the four
	// Eritreans and "none", not the Sudanese.
	if wide[0] != 0 {
		t.Errorf("%d wide keys, want none", wide[0])
	}
	for i := range 12 {
		if !met[[2]string{"none", "a" + strconv.Itoa(i)}] {
			t.Errorf("the record with no nationality never met a%d", i)
		}
	}
	for i, want := range map[int]bool{1: true, 4: true, 7: true, 10: true, 0: false, 2: false} {
		if met[[2]string{"two", "a" + strconv.Itoa(i)}] != want {
			t.Errorf("the record with two nationalities meets a%d: %v, want %v", i, !want, want)
		}
	}
	if !met[[2]string{"two", "none"}] {
		t.Error(`"two" and "none" never met`)
	}
	// A key too common whose records have no value to split by at all stays whole,
	// a wide block, where each record still meets its neighbours.
	d, _ = NewDataset([]string{"id", "g", "f", "nat", "dob"}, "id")
	for i := range 12 {
		d.Add([]string{"n" + strconv.Itoa(i), "Ahmed", "Ali", "", ""})
	}
	keys, wide = namesAndDateKeys(t, d, 6, "nat")
	pairs := 0
	keys.eachPair(nil, func(i, j int32, _ int) { pairs++ })
	if wide[0] != 1 || pairs == 0 {
		t.Errorf("twelve records with no nationality: %d wide keys, %d pairs; want the key kept wide, with pairs", wide[0], pairs)
	}
}

// metPairs are the pairs of record ids blocking made, each both ways round.
func metPairs(d *Dataset, keys blockKeys) map[[2]string]bool {
	met := map[[2]string]bool{}
	keys.eachPair(nil, func(i, j int32, _ int) {
		met[[2]string{d.ID(int(i)), d.ID(int(j))}] = true
		met[[2]string{d.ID(int(j)), d.ID(int(i))}] = true
	})
	return met
}

// namesAndDateKeys blocks d (columns id, g, f, dob) by two rules, names (refined by
// refine, or else the birth year) and date of birth, in blocks of at most maxBlock.
func namesAndDateKeys(t *testing.T, d *Dataset, maxBlock int, refine string) (blockKeys, []int) {
	t.Helper()
	s := DefaultSettings()
	s.IDColumn, s.MaxBlockSize, s.RefineColumn = "id", maxBlock, "dob"
	s.Blocking = []BlockingRule{
		{Name: "names", Kind: "name_pairs", Columns: []string{"g", "f"}, Refine: refine},
		{Name: "dob", Kind: "date", Columns: []string{"dob"}},
	}
	s.Training = []TrainingSession{
		{Rule: "names", Estimate: []string{"date_of_birth", "ho_reference", "sex"}},
		{Rule: "dob", Estimate: []string{"name", "nationality", "birth_place", "language"}},
	}
	l, err := New(s, DefaultVariants(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return d.buildKeys(s, l.variants, l.keyers)
}

// A typo in a rare name is stronger evidence than a typo in a common one: names
// spelled closely are weighed by how common the more common spelling is, as names
// that agree are.
func TestCloseSpellingIsWeighedByHowCommonTheNamesAre(t *testing.T) {
	d, _ := NewDataset([]string{"record_id", "given_names", "family_name", "dob"}, "record_id")
	for i := range 50 {
		d.Add([]string{"c" + strconv.Itoa(i), "Lorcan", "Brennock", ""})
	}
	d.Add([]string{"typo-common", "Lorcan", "Brennack", ""})
	d.Add([]string{"rare", "Tamsin", "Quarrell", ""})
	d.Add([]string{"typo-rare", "Tamsin", "Quarrall", ""})
	l, index := trainedAmongStrangers(t, d)
	const closeSpelling = 5
	for _, p := range [][2]string{{"c0", "typo-common"}, {"rare", "typo-rare"}} {
		if g := l.compare(index(p[0]), index(p[1])); g[0] != closeSpelling {
			t.Fatalf("%s ~ %s: name level %d, want close spelling", p[0], p[1], g[0])
		}
	}
	// By hand, over N−1 = 152 other records: Lorcan is on 51 records, Brennock on 50,
	// so u = max(50/152 × 49/152, whole name 48/152) = 48/152; Tamsin is on 2 records,
	// Quarrell and Quarrall on 1 each, so u = 1/152 × 1/152.
	u1 := l.model.Comparisons[0].Levels[1].U
	clamp := func(x float64) float64 { return math.Max(-8, math.Min(8, x)) }
	for _, c := range []struct {
		a, b string
		u    float64
	}{{"c0", "typo-common", 48.0 / 152}, {"rare", "typo-rare", 1.0 / (152 * 152)}} {
		got := l.tfAdjustment(0, closeSpelling, l.namesU(index(c.a), index(c.b), 0, closeSpelling))
		// Frequencies are kept in float32, as a pair's NamesU is: good to 1e-7.
		if want := clamp(math.Log2(u1 / c.u)); math.Abs(got-want) > 1e-6 {
			t.Errorf("%s ~ %s: adjustment %.3f bits, want %.3f", c.a, c.b, got, want)
		}
	}
}

// Sharing one name says more when the name is rare: Rebwar, on 2 of 134 records,
// against Mohammed, on 32.
func TestOneNameInCommonIsWeighedByHowCommonTheNameIs(t *testing.T) {
	d, _ := NewDataset([]string{"record_id", "given_names", "family_name", "dob"}, "record_id")
	for i := range 30 {
		d.Add([]string{"m" + strconv.Itoa(i), "Mohammed", "Family" + strconv.Itoa(i), ""})
	}
	d.Add([]string{"mohammed-hassan", "Mohammed", "Hassan", ""})
	d.Add([]string{"mohammed-osman", "Mohammed", "Osman", ""})
	d.Add([]string{"rebwar-karim", "Rebwar", "Karim", ""})
	d.Add([]string{"rebwar-baran", "Rebwar", "Baran", ""})
	l, index := trainedAmongStrangers(t, d)
	clamp := func(x float64) float64 { return math.Max(-8, math.Min(8, x)) }
	// By hand, over N−1 = 133 other records: Mohammed is on 32 records, so u = 31/133;
	// Rebwar on 2, so u = 1/133.
	for _, c := range []struct {
		a, b string
		u    float64
	}{{"mohammed-hassan", "mohammed-osman", 31.0 / 133}, {"rebwar-karim", "rebwar-baran", 1.0 / 133}} {
		i, j := index(c.a), index(c.b)
		level := int(l.compare(i, j)[0])
		if !oneNameInCommon(level, l.allOther[0]) {
			t.Fatalf("%s ~ %s: name level %d, want one name in common", c.a, c.b, level)
		}
		got := l.tfAdjustment(0, level, l.namesU(i, j, 0, level))
		if want := clamp(math.Log2(l.model.Comparisons[0].Levels[level].U / c.u)); math.Abs(got-want) > 1e-6 {
			t.Errorf("%s ~ %s: adjustment %.3f bits, want %.3f", c.a, c.b, got, want)
		}
	}
}

// trainedAmongStrangers adds 100 records of people with names of their own, so that
// the model has something to learn from, and trains a linker.
func trainedAmongStrangers(t *testing.T, d *Dataset) (*Linker, func(string) int) {
	t.Helper()
	for i := range 100 {
		d.Add([]string{"x" + strconv.Itoa(i), "Name" + strconv.Itoa(i), "Other" + strconv.Itoa(i%7), strconv.Itoa(1950+i%50) + "-0" + strconv.Itoa(1+i%9) + "-1" + strconv.Itoa(i%9)})
	}
	l, _ := trainedLinker(t, d, DefaultSettings(), Options{})
	return l, func(id string) int { i, _ := d.Index(id); return i }
}

// The error breakdown names, for each pair got wrong, the level each comparison took.
// A hand-made result puts a true pair apart and two different people together: the
// missed pair agrees on everything, the false pair differs only in its date of birth.
func TestErrorsSortPairsByTheirLevels(t *testing.T) {
	d, _ := NewDataset([]string{"record_id", "given_names", "family_name", "dob"}, "record_id")
	d.Add([]string{"ana-1", "Ana", "Silvestre", "1990-04-12"})
	d.Add([]string{"ana-2", "Ana", "Silvestre", "1990-04-12"})
	d.Add([]string{"bo", "Bo", "Lindqvist", "1971-08-30"})
	d.Add([]string{"bo-other", "Bo", "Lindqvist", ""})
	l, index := trainedAmongStrangers(t, d)
	truth := make([]string, d.Len()) // the strangers are left out
	truth[index("ana-1")], truth[index("ana-2")], truth[index("bo")], truth[index("bo-other")] = "ana", "ana", "bo", "someone else"
	res := &Result{Cluster: make([]int32, d.Len())}
	for i := range res.Cluster {
		res.Cluster[i] = int32(i)
	}
	res.Cluster[index("bo-other")] = int32(index("bo"))
	missed, joined := l.Errors(res, truth)
	names := l.ComparisonNames()
	levelOf := func(p ErrorPattern, comparison string) string { return p.Levels[slices.Index(names, comparison)] }
	if len(missed) != 1 || missed[0].Pairs != 1 || levelOf(missed[0], "name") != "exact" || levelOf(missed[0], "date_of_birth") != "exact" {
		t.Errorf("missed %+v, want the Ana pair, exact in name and date of birth", missed)
	}
	if len(joined) != 1 || joined[0].Pairs != 1 || levelOf(joined[0], "name") != "exact" || levelOf(joined[0], "date_of_birth") != "" {
		t.Errorf("joined %+v, want the Bo pair, exact in name, no date of birth on one", joined)
	}
	if p := l.pair(int32(index("ana-1")), int32(index("ana-2"))); float32(missed[0].MeanWeight) != float32(l.weight(&p)) {
		t.Errorf("mean weight %.3f, want the pair's own %.3f", missed[0].MeanWeight, l.weight(&p))
	}
}

// m against the truth is the share of true pairs at each level. Three records of one
// person: two alike, one with day and month transposed. Of the three true pairs, one
// has the dates exact and two transposed; the names are exact in all three. The
// fourth record, the only one of its person, makes no pair.
func TestMAgainstTruthIsTheShareOfTruePairsAtEachLevel(t *testing.T) {
	d, _ := NewDataset([]string{"record_id", "given_names", "family_name", "dob"}, "record_id")
	d.Add([]string{"ana-1", "Ana", "Silvestre", "1990-04-12"})
	d.Add([]string{"ana-2", "Ana", "Silvestre", "1990-04-12"})
	d.Add([]string{"ana-3", "Ana", "Silvestre", "1990-12-04"})
	d.Add([]string{"bo", "Bo", "Lindqvist", "1971-08-30"})
	l, index := trainedAmongStrangers(t, d)
	truth := make([]string, d.Len())
	truth[index("ana-1")], truth[index("ana-2")], truth[index("ana-3")], truth[index("bo")] = "ana", "ana", "ana", "bo"
	m := l.MAgainstTruth(truth)
	names := l.ComparisonNames()
	share := func(comparison, level string) float64 {
		c := slices.Index(names, comparison)
		return m[c][slices.Index(l.comparisons[c].Levels(), level)]
	}
	for _, want := range []struct {
		comparison, level string
		share             float64
	}{{"name", "exact", 1}, {"date_of_birth", "exact", 1.0 / 3}, {"date_of_birth", "day and month transposed", 2.0 / 3}, {"date_of_birth", "one digit off", 0}} {
		if got := share(want.comparison, want.level); math.Abs(got-want.share) > 1e-9 {
			t.Errorf("%s %s: %.4f of true pairs, want %.4f", want.comparison, want.level, got, want.share)
		}
	}
}

// The prior's bound: half a pair per record over 101 records is 50.5 of their 5,050
// pairs, 0.01.
func TestPriorAtBound(t *testing.T) {
	m := &Model{Settings: Settings{MaxMatchesPerRecord: 0.5}, Records: 101}
	for _, c := range []struct {
		lambda float64
		want   bool
	}{{0.01, true}, {0.005, false}} {
		m.Lambda = c.lambda
		if got := m.PriorAtBound(); got != c.want {
			t.Errorf("prior %g: at bound %v, want %v", c.lambda, got, c.want)
		}
	}
	m.Settings.MaxMatchesPerRecord, m.Lambda = 0, 0.5
	if m.PriorAtBound() {
		t.Error("no bound set, yet at bound")
	}
}

// Blocks made shard by shard are the blocks of one sort of every (key, record):
// the same runs of two or more, in key order, members in record order — with keys
// at the shards' edges (0, 1, 2⁵⁸−1, 2⁵⁸, 2⁶³, 2⁶⁴−1), crowded shards and empty ones.
func TestBlocksInShardsAreOneSort(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	edges := []uint64{0, 1, 1<<58 - 1, 1 << 58, 1 << 63, math.MaxUint64}
	for trial := range 20 {
		records := make([][]uint64, 200)
		for i := range records {
			for range r.IntN(4) {
				k := edges[r.IntN(len(edges))]
				if trial%2 == 0 {
					k = r.Uint64() >> (r.IntN(3) * 30) // most in shard 0 in some trials
				}
				records[i] = append(records[i], k)
			}
			slices.Sort(records[i])
			records[i] = slices.Compact(records[i])
		}
		var all [][2]uint64
		for i, ks := range records {
			for _, k := range ks {
				all = append(all, [2]uint64{k, uint64(i)})
			}
		}
		sort.Slice(all, func(a, b int) bool { return all[a][0] < all[b][0] || all[a][0] == all[b][0] && all[a][1] < all[b][1] })
		var want []block
		for s := 0; s < len(all); {
			e := s
			for e < len(all) && all[e][0] == all[s][0] {
				e++
			}
			if e-s > 1 {
				b := block{key: all[s][0]}
				for _, x := range all[s:e] {
					b.members = append(b.members, int32(x[1]))
				}
				want = append(want, b)
			}
			s = e
		}
		if got := (blockKeys{keys: [][][]uint64{records}}).blocks(0); !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d: %d blocks, want %d as one sort makes them", trial, len(got), len(want))
		}
	}
}

// A phone number is compared by its last ten digits, as retrace encode encodes it: a
// number with the country's code is the number without; a digit mistyped is one
// character different.
func TestPhoneNumbersAreComparedByTheirLastTenDigits(t *testing.T) {
	c, err := ComparisonSettings{Name: "phone", Kind: "phone", Columns: []string{"p"}}.build(DefaultVariants())
	if err != nil {
		t.Fatal(err)
	}
	level := func(a, b string) string {
		fa, fb := c.Prepare(getter(map[string]string{"p": a})), c.Prepare(getter(map[string]string{"p": b}))
		if fa == nil || fb == nil {
			return "null"
		}
		return c.Levels()[c.Compare(fa, fb)]
	}
	for _, x := range [][3]string{
		{"07700 900123", "+44 7700 900123", "exact"},
		{"07700 900123", "07700 900128", "one character different"},
		{"07700 900123", "07911 123456", "all other"},
		{"07700 900123", "n/k", "null"},
	} {
		if got := level(x[0], x[1]); got != x[2] {
			t.Errorf("%s against %s: %q, want %q", x[0], x[1], got, x[2])
		}
	}
}

// People found together share an address and so its postcode: the postcode says
// again what the address says, and is weighed against random pairs at one address
// (or one like it), among which many share it too. So where the address agrees, the
// postcode adds far less than it does alone.
func TestAPostcodeDoesNotSayAgainWhatTheAddressSays(t *testing.T) {
	var csv strings.Builder
	csv.WriteString("id,first_name,surname,dob,address,postcode\n")
	given := []string{"Ardit", "Besnik", "Dritan", "Erion", "Florian", "Gzim", "Ilir", "Klodian", "Luan", "Marsel"}
	family := []string{"Hoxha", "Gashi", "Krasniqi", "Berisha", "Shehu", "Kola", "Dervishi", "Leka", "Hysa", "Meta"}
	streets := []string{"Albany Road", "Cowbridge Road East", "Splott Road", "Broadway", "Clifton Street", "Newport Road",
		"Woodville Road", "Crwys Road", "Richmond Road", "City Road", "Penarth Road", "Tudor Street", "Bute Street"}
	for p := range 200 {
		house := p / 4 // four to a house
		address, postcode := fmt.Sprintf("%d %s", 1+house%7, streets[house%len(streets)]), fmt.Sprintf("CF%d %dAB", 10+house/10, house%10)
		for r := range 2 {
			if r == 1 && p%2 == 0 { // half are found again elsewhere
				address, postcode = fmt.Sprintf("Flat %d %s", 1+p%9, streets[(p+3)%len(streets)]), fmt.Sprintf("SA%d %dXY", 1+p/10, p%10)
			}
			fmt.Fprintf(&csv, "%d-%d,%s,%s,%d-%02d-%02d,%s,%s\n", p, r, given[p%10], family[p/10%10], 1970+p%30, 1+p%12, 1+p%28, address, postcode)
		}
	}
	s, _ := settingsOf(t, csv.String())
	postcode := slices.IndexFunc(s.Comparisons, func(c ComparisonSettings) bool { return c.Name == "postcode" })
	address := slices.IndexFunc(s.Comparisons, func(c ComparisonSettings) bool { return c.Name == "address" })
	if postcode < 0 || address < 0 || s.Comparisons[postcode].Follows != "address" {
		t.Fatalf("comparisons %+v: want the postcode to follow the address", s.Comparisons)
	}
	d, err := ReadCSV(strings.NewReader(csv.String()), s.IDColumn)
	if err != nil {
		t.Fatal(err)
	}
	l, _ := trainedLinker(t, d, s, Options{})
	none, both, addressOnly, postcodeOnly := Pair{A: 0, B: 2}, Pair{A: 0, B: 2}, Pair{A: 0, B: 2}, Pair{A: 0, B: 2}
	both.Gamma[address], both.Gamma[postcode], addressOnly.Gamma[address], postcodeOnly.Gamma[postcode] = 1, 1, 1, 1
	own, extra := l.weight(&postcodeOnly)-l.weight(&none), l.weight(&both)-l.weight(&addressOnly)
	if own < 3 || extra > own/4 {
		t.Errorf("the postcode adds %.2f bits where the address agrees and %.2f alone; want a quarter or less of what it adds alone", extra, own)
	}
}

// An exact blocking rule keys a value by its letters and digits, whatever they are:
// an email address has no digit, and is still a key.
func TestExactKeysNeedNoDigit(t *testing.T) {
	k, err := BlockingRule{Name: "email", Kind: "exact", Columns: []string{"e"}}.keyer(DefaultSettings(), DefaultVariants())
	if err != nil {
		t.Fatal(err)
	}
	a, b := k(getter(map[string]string{"e": "Selam.Tesfai@example.org"})), k(getter(map[string]string{"e": "selam.tesfai@example.org "}))
	if len(a) != 1 || !slices.Equal(a, b) {
		t.Errorf("keys %q and %q, want one key, the same", a, b)
	}
}

// Where each person has many records (a row for each event), one random pair in a
// hundred and fifty is of one person; u, the chance that two people's records agree,
// must not count those. Here every person's reference is their own, so two people's
// records never share one: u of exact agreement is near nothing, not near 1/150
// (about 0.006) as counting every random pair would make it.
func TestUCountsPairsOfTwoPeopleOnly(t *testing.T) {
	var b strings.Builder
	b.WriteString("record_id,given_names,family_name,dob,sex,ho_reference\n")
	syllables := []string{"ka", "to", "mi", "re", "su", "na", "lo", "be", "di", "fa", "go", "hu"}
	r := rand.New(rand.NewPCG(7, 7))
	for p := range 150 {
		given := syllables[r.IntN(12)] + syllables[r.IntN(12)] + syllables[r.IntN(12)]
		family := syllables[r.IntN(12)] + syllables[r.IntN(12)] + syllables[r.IntN(12)] + "n"
		dob := fmt.Sprintf("%d-%02d-%02d", 1970+r.IntN(35), 1+r.IntN(12), 1+r.IntN(28))
		for e := range 10 {
			fmt.Fprintf(&b, "P%03d-%02d,%s,%s,%s,%s,A%07d\n", p, e, given, family, dob, []string{"F", "M"}[p%2], 1000000+p)
		}
	}
	s, _ := settingsOf(t, b.String())
	d, err := ReadCSV(strings.NewReader(b.String()), s.IDColumn)
	if err != nil {
		t.Fatal(err)
	}
	res := linkAll(t, d, s, Options{})
	for _, c := range res.Model.Comparisons {
		if c.Name == "ho_reference" && c.Levels[1].U > 0.0006 {
			t.Errorf("u of %s %s = %.5f; want under 0.0006: no two people share a reference", c.Name, c.Levels[1].Label, c.Levels[1].U)
		}
	}
	// The same records under a bound of half a pair of one person per record (as the
	// encoded settings set it): each record agrees to the top level in names and date
	// of birth with nine others, 45 pairs for each ten records, so the bound is
	// raised to at least twice 4.5, and the prior is not held below the truth.
	s.MaxMatchesPerRecord = 0.5
	res = linkAll(t, d, s, Options{})
	if got := res.Model.Settings.MaxMatchesPerRecord; got < 9 || got > 10 || res.Model.PriorAtBound() {
		t.Errorf("max_matches_per_record %v, prior at the bound %v; want 9 to 10, not at it", got, res.Model.PriorAtBound())
	}
}

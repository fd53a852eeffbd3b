package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// levels is how far each quasi-identifier is generalised.
type levels struct{ sex, age, nat, period, route, types, decisions int }

// Each quasi-identifier's hierarchy, from its value up to "*". The kinds of
// exploitation are one: a survivor's is often known from elsewhere (a trial, the
// press: a woman exploited in a nail bar); so is the route, known to whoever referred
// them (an NRM referral or a Duty to Notify report), and so are the decisions made on
// a referral (the person's letters, a trial).
var (
	sexLevels       = []string{"as recorded", "*"}
	ageLevels       = []string{"as recorded", "*"}
	natLevels       = []string{"country", "country, or its region where fewer than k people share it", "region", "continent", "*"}
	periodLevels    = []string{"quarter", "year", "*"}
	routeLevels     = []string{"as recorded", "*"}
	typesLevels     = []string{"as recorded", "as recorded, or other where fewer than k people share it", "*"}
	decisionsLevels = []string{"as recorded", "*"}
)

// Known says which quasi-identifiers a reader is taken to know of someone from
// elsewhere; the others are kept as recorded and do not tell people apart. Names are
// the extract's columns, and "decisions" for both decisions together.
type Known map[string]bool

// QuasiIdentifiers are the quasi-identifiers an extract protects unless told otherwise.
var QuasiIdentifiers = []string{"sex", "age_group", "nationality", "period", "route", "exploitation_types", "decisions"}

// known is a Known as levels: 1 for a quasi-identifier known, 0 for one not.
func (k Known) levels() levels {
	b := func(name string) int { return boolInt(k[name]) }
	return levels{b("sex"), b("age_group"), b("nationality"), b("period"), b("route"), b("exploitation_types"), b("decisions")}
}

// lattice is every combination of levels of the quasi-identifiers known (the others
// as recorded), those that must lose least first (see leastLoss).
func lattice(known levels) []levels {
	upTo := func(hierarchy []string, known int) int { return (len(hierarchy)-1)*known + 1 }
	var out []levels
	for s := range upTo(sexLevels, known.sex) {
		for a := range upTo(ageLevels, known.age) {
			for n := range upTo(natLevels, known.nat) {
				for p := range upTo(periodLevels, known.period) {
					for r := range upTo(routeLevels, known.route) {
						for t := range upTo(typesLevels, known.types) {
							for d := range upTo(decisionsLevels, known.decisions) {
								out = append(out, levels{s, a, n, p, r, t, d})
							}
						}
					}
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b levels) int { return cmp.Compare(a.leastLoss(known), b.leastLoss(known)) })
	return out
}

// top: every quasi-identifier known at "*".
func (l levels) top(known levels) bool {
	return l == levels{(len(sexLevels) - 1) * known.sex, (len(ageLevels) - 1) * known.age, (len(natLevels) - 1) * known.nat,
		(len(periodLevels) - 1) * known.period, (len(routeLevels) - 1) * known.route, (len(typesLevels) - 1) * known.types,
		(len(decisionsLevels) - 1) * known.decisions}
}

// height is how far up their hierarchies the levels take the quasi-identifiers known,
// from 0 to 1.
func (l levels) height(known levels) float64 {
	n := known.sex + known.age + known.nat + known.period + known.route + known.types + known.decisions
	if n == 0 {
		return 0
	}
	return (float64(l.sex)/float64(len(sexLevels)-1) + float64(l.age)/float64(len(ageLevels)-1) +
		float64(l.nat)/float64(len(natLevels)-1) + float64(l.period)/float64(len(periodLevels)-1) +
		float64(l.route)/float64(len(routeLevels)-1) + float64(l.types)/float64(len(typesLevels)-1) +
		float64(l.decisions)/float64(len(decisionsLevels)-1)) / float64(n)
}

// leastLoss bounds from below the information any dataset loses at these levels: a
// level that keeps common values as recorded may cost some rows nothing.
func (l levels) leastLoss(known levels) float64 {
	if l.nat == 1 {
		l.nat = 0
	}
	if l.types == 1 {
		l.types = 0
	}
	return l.height(known)
}

// generalise gives the rows with their quasi-identifiers at the levels, and the
// levels each row's values reached: at "country, or its region where fewer than k
// people share it", a common country stays a country and a rare one goes to its
// region.
func generalise(rows []Row, l levels, k int, ps persons) ([]Row, []levels) {
	people := ps.byNationality
	out, reached := make([]Row, len(rows)), make([]levels, len(rows))
	for i, r := range rows {
		if l.sex > 0 {
			r.Sex = "*"
		}
		if l.age > 0 {
			r.AgeGroup = "*"
		}
		common := people[r.Nationality] >= k
		r.Nationality = nationalityAt(r.Nationality, l.nat, common)
		r.Period = periodAt(r.Period, l.period)
		if l.route > 0 {
			r.Route = "*"
		}
		if l.decisions > 0 {
			r.ReasonableGrounds, r.ConclusiveGrounds = "*", "*"
		}
		commonTypes := ps.byTypes[r.ExploitationTypes] >= k
		r.ExploitationTypes = typesAt(r.ExploitationTypes, l.types, commonTypes)
		out[i], reached[i] = r, l
		if l.nat == 1 {
			reached[i].nat = 2 * boolInt(!common)
		}
		if l.types == 1 {
			reached[i].types = boolInt(!commonTypes)
		}
	}
	return out, reached
}

// typesAt is the kinds of exploitation at a level: "other" for a combination fewer
// than k people share (organ harvesting with domestic servitude), at the middle one.
func typesAt(types string, level int, common bool) string {
	switch {
	case level == 0 || level == 1 && common || types == "":
		return types
	case level == 1:
		return "other"
	}
	return "*"
}

func nationalityAt(code string, level int, common bool) string {
	switch {
	case level == 0 || (level == 1 && common):
		return code
	case level == len(natLevels)-1:
		return "*"
	case level == 3:
		return regionOf(code, continents)
	}
	return regionOf(code, subRegions)
}

func periodAt(p string, level int) string {
	switch level {
	case 0:
		return p
	case 1:
		year, _, _ := strings.Cut(p, "-")
		return year
	}
	return "*"
}

// How far a person's own rows are protected, beyond the whole dataset's levels.
const (
	asGeneralised = iota
	laterPeriodsHidden
	allHidden
	leftOut
)

// protection is what protect did.
type protection struct {
	rows                              int
	periodsHidden, hidden, suppressed int
	kept                              []int   // the rows kept, by index
	lost                              float64 // the rows' information lost, summed (see loss)
}

// protect makes each person's episodes, taken together, the same as at least k
// people's. A person rarer than that has the periods of their later episodes hidden
// ("*"), then, if still rarer, all their quasi-identifiers, and is left out only if
// even that leaves them rarer: the step goes to whole groups of people at once, so a
// group already k strong never shrinks. reached are the levels each row's values
// went to in generalising, for the information lost.
func protect(rows []Row, reached []levels, k int, ps persons) ([]Row, protection) {
	rows = slices.Clone(rows)
	people, order := ps.rows, ps.order
	stage := map[string]int{}
	for range leftOut {
		traj, groups := map[string]string{}, map[string]int{}
		for _, p := range order {
			if stage[p] < leftOut {
				traj[p] = trajectory(rows, people[p], ps.known)
				groups[traj[p]]++
			}
		}
		for _, p := range order {
			if stage[p] < leftOut && groups[traj[p]] < k {
				stage[p]++
				hide(rows, people[p], stage[p], ps.known)
			}
		}
	}
	pr := protection{rows: len(rows)}
	var out []Row
	for _, p := range order {
		for n, i := range people[p] {
			lv := reached[i]
			switch {
			case stage[p] == leftOut:
				pr.suppressed++
				pr.lost++
				continue
			case stage[p] == allHidden:
				pr.hidden++
				pr.lost++
			case stage[p] == laterPeriodsHidden && n > 0:
				pr.periodsHidden++
				lv.period = (len(periodLevels) - 1) * ps.known.period
				pr.lost += lv.height(ps.known)
			default:
				pr.lost += lv.height(ps.known)
			}
			out = append(out, rows[i])
			pr.kept = append(pr.kept, i)
		}
	}
	return out, pr
}

func hide(rows []Row, person []int, stage int, known levels) {
	for n, i := range person {
		r := &rows[i]
		switch {
		case stage == laterPeriodsHidden && n > 0:
			r.Period = hidden(r.Period, known.period)
		case stage >= allHidden:
			for _, f := range []struct {
				v     *string
				known int
			}{{&r.Sex, known.sex}, {&r.AgeGroup, known.age}, {&r.Nationality, known.nat}, {&r.Period, known.period},
				{&r.Route, known.route}, {&r.ExploitationTypes, known.types}, {&r.ReasonableGrounds, known.decisions},
				{&r.ConclusiveGrounds, known.decisions}} {
				*f.v = hidden(*f.v, f.known)
			}
		}
	}
}

// hidden is "*" for a quasi-identifier known, and the value as it is for one not.
func hidden(v string, known int) string {
	if known == 0 {
		return v
	}
	return "*"
}

// persons are what anonymising needs of the rows' people whatever the levels: each
// person's rows in episode order, the people in order, and how many people hold each
// nationality (generalising keeps the rows' order, people and episodes).
type persons struct {
	rows                   map[string][]int
	order                  []string
	byNationality, byTypes map[string]int
	known                  levels // the quasi-identifiers known (see Known.levels)
}

func personsOf(rows []Row, known levels) persons {
	people, order := rowsByPerson(rows)
	return persons{rows: people, order: order, byNationality: peopleBy(rows, func(r *Row) *string { return &r.Nationality }),
		byTypes: peopleBy(rows, func(r *Row) *string { return &r.ExploitationTypes }), known: known}
}

// peopleBy counts the people holding each value of a field.
func peopleBy(rows []Row, field func(*Row) *string) map[string]int {
	people := map[string]map[string]bool{}
	for i := range rows {
		v := *field(&rows[i])
		if people[v] == nil {
			people[v] = map[string]bool{}
		}
		people[v][rows[i].PersonKey] = true
	}
	counts := make(map[string]int, len(people))
	for v, ps := range people {
		counts[v] = len(ps)
	}
	return counts
}

// rowsByPerson gives each person's rows, by index, in episode order, and the
// people in the order they first appear.
func rowsByPerson(rows []Row) (map[string][]int, []string) {
	people := map[string][]int{}
	var order []string
	for i, r := range rows {
		if people[r.PersonKey] == nil {
			order = append(order, r.PersonKey)
		}
		people[r.PersonKey] = append(people[r.PersonKey], i)
	}
	for _, is := range people {
		slices.SortStableFunc(is, func(a, b int) int { return cmp.Compare(episodeNumber(rows[a]), episodeNumber(rows[b])) })
	}
	return people, order
}

func episodeNumber(r Row) int {
	n, _ := strconv.Atoi(r.Episode)
	return n
}

// trajectory is a person's quasi-identifiers known, over all their episodes.
func trajectory(rows []Row, person []int, known levels) string {
	var b strings.Builder
	for _, i := range person {
		rows[i].writeKey(&b, known)
		b.WriteByte('\x1e')
	}
	return b.String()
}

// writeKey writes the row's quasi-identifiers known (an episode is there whatever is known).
func (r Row) writeKey(b *strings.Builder, known levels) {
	for _, f := range []struct {
		v     string
		known int
	}{{r.Sex, known.sex}, {r.AgeGroup, known.age}, {r.Nationality, known.nat}, {r.Period, known.period}, {r.Route, known.route},
		{r.ExploitationTypes, known.types}, {r.ReasonableGrounds, known.decisions}, {r.ConclusiveGrounds, known.decisions}} {
		if f.known > 0 {
			b.WriteString(f.v)
		}
		b.WriteByte('\x1f')
	}
}

// loss is the information lost, from 0 to 1: each row kept loses how far up its
// hierarchies its values went (a later episode's hidden period going all the way),
// each row whose quasi-identifiers were hidden or that was left out loses all.
func (p protection) loss() float64 {
	if p.rows == 0 {
		return 0
	}
	return p.lost / float64(p.rows)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// reportOf describes an anonymisation: the rows before, generalised, and after
// each person's protection. Generalised counts the rows kept.
func reportOf(before, gen, after []Row, l levels, p protection, k int, known Known) Report {
	rep := Report{K: k, Rows: len(after), PeriodsHidden: p.periodsHidden, Hidden: p.hidden, Suppressed: p.suppressed,
		Levels: map[string]string{"sex": sexLevels[l.sex], "age_group": ageLevels[l.age], "nationality": natLevels[l.nat],
			"period": periodLevels[l.period], "route": routeLevels[l.route], "exploitation_types": typesLevels[l.types],
			"decisions": decisionsLevels[l.decisions]},
		Generalised: map[string]int{}}
	for name := range rep.Levels {
		if !known[name] {
			delete(rep.Levels, name) // kept as recorded, not a quasi-identifier
		}
	}
	for _, i := range p.kept {
		r, b := gen[i], before[i]
		rep.Generalised["sex"] += boolInt(r.Sex != b.Sex)
		rep.Generalised["age_group"] += boolInt(r.AgeGroup != b.AgeGroup)
		rep.Generalised["nationality"] += boolInt(r.Nationality != b.Nationality)
		rep.Generalised["period"] += boolInt(r.Period != b.Period)
		rep.Generalised["route"] += boolInt(r.Route != b.Route)
		rep.Generalised["exploitation_types"] += boolInt(r.ExploitationTypes != b.ExploitationTypes)
		rep.Generalised["decisions"] += boolInt(r.ReasonableGrounds != b.ReasonableGrounds || r.ConclusiveGrounds != b.ConclusiveGrounds)
	}
	for name, n := range rep.Generalised {
		if n == 0 {
			delete(rep.Generalised, name) // as before: only what was generalised
		}
	}
	people, order := rowsByPerson(after)
	groups := map[string]int{}
	for _, p := range order {
		groups[trajectory(after, people[p], known.levels())]++
	}
	rep.Classes = len(groups)
	for _, n := range groups {
		if rep.SmallestClass == 0 || n < rep.SmallestClass {
			rep.SmallestClass = n
		}
	}
	rep.Loss = p.loss()
	return rep
}

// subRegions and continents are UN M49 areas, for generalising nationalities.
var (
	subRegions = []string{"014", "017", "015", "018", "011", "029", "013", "005", "021", "143", "030", "035", "034", "145",
		"151", "154", "039", "155", "053", "054", "057", "061"}
	continents = []string{"002", "019", "142", "150", "009"}
)

// regionOf names the first area holding the country (an ISO 3166 code), as "M49 code"
// ("other" where none does or the code is not a country).
func regionOf(code string, areas []string) string {
	key := code + "|" + areas[0]
	if r, ok := regions.Load(key); ok {
		return r.(string)
	}
	r := findRegion(code, areas)
	regions.Store(key, r)
	return r
}

// regions are the areas found, by code and hierarchy: each generalisation of the
// lattice asks again for every row.
var regions sync.Map

func findRegion(code string, areas []string) string {
	c, err := language.ParseRegion(code)
	if err != nil || !c.IsCountry() {
		return "other"
	}
	for _, a := range areas {
		r, _ := language.ParseRegion(a)
		if r.Contains(c) {
			return fmt.Sprintf("M49 %s", a)
		}
	}
	return "other"
}

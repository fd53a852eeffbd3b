package extract

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// levels is how far each quasi-identifier is generalised.
type levels struct{ sex, age, nat, period int }

// Each quasi-identifier's hierarchy, from its value up to "*".
var (
	sexLevels    = []string{"as recorded", "*"}
	ageLevels    = []string{"as recorded", "*"}
	natLevels    = []string{"country", "country, or its region where fewer than k people share it", "region", "continent", "*"}
	periodLevels = []string{"quarter", "year", "*"}
)

func lattice() []levels {
	var out []levels
	for s := range sexLevels {
		for a := range ageLevels {
			for n := range natLevels {
				for p := range periodLevels {
					out = append(out, levels{s, a, n, p})
				}
			}
		}
	}
	return out
}

func (l levels) top() bool {
	return l.sex == len(sexLevels)-1 && l.age == len(ageLevels)-1 && l.nat == len(natLevels)-1 && l.period == len(periodLevels)-1
}

// height is how far up its hierarchies the levels go, from 0 to 1.
func (l levels) height() float64 {
	return (float64(l.sex)/float64(len(sexLevels)-1) + float64(l.age)/float64(len(ageLevels)-1) +
		float64(l.nat)/float64(len(natLevels)-1) + float64(l.period)/float64(len(periodLevels)-1)) / 4
}

// generalise gives the rows with their quasi-identifiers at the levels.
func generalise(rows []Row, l levels, k int) []Row {
	people := map[string]map[string]bool{} // nationality → the people of it
	for _, r := range rows {
		if people[r.Nationality] == nil {
			people[r.Nationality] = map[string]bool{}
		}
		people[r.Nationality][r.PersonKey] = true
	}
	out := make([]Row, len(rows))
	for i, r := range rows {
		if l.sex > 0 {
			r.Sex = "*"
		}
		if l.age > 0 {
			r.AgeGroup = "*"
		}
		r.Nationality = nationalityAt(r.Nationality, l.nat, len(people[r.Nationality]) >= k)
		r.Period = periodAt(r.Period, l.period)
		out[i] = r
	}
	return out
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

// suppress removes the rows whose combination of quasi-identifiers fewer than k
// people hold (not rows: one person's eleven episodes are one person), and says how
// many rows.
func suppress(rows []Row, k int) ([]Row, int) {
	people := peopleByClass(rows)
	kept := rows[:0]
	for _, r := range rows {
		if len(people[r.key()]) >= k {
			kept = append(kept, r)
		}
	}
	return kept, len(rows) - len(kept)
}

// peopleByClass gives the people in each combination of quasi-identifiers.
func peopleByClass(rows []Row) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, r := range rows {
		if out[r.key()] == nil {
			out[r.key()] = map[string]bool{}
		}
		out[r.key()][r.PersonKey] = true
	}
	return out
}

func (r Row) key() string {
	return r.Sex + "\x1f" + r.AgeGroup + "\x1f" + r.Nationality + "\x1f" + r.Period
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// reportOf describes an anonymisation: the rows before, generalised, and after
// suppression.
func reportOf(before, gen, after []Row, l levels, suppressed, k int) Report {
	rep := Report{K: k, Rows: len(after), Suppressed: suppressed, SmallestClass: -1,
		Levels:      map[string]string{"sex": sexLevels[l.sex], "age_group": ageLevels[l.age], "nationality": natLevels[l.nat], "period": periodLevels[l.period]},
		Generalised: map[string]int{}}
	for i, r := range gen {
		b := before[i]
		rep.Generalised["sex"] += boolInt(r.Sex != b.Sex)
		rep.Generalised["age_group"] += boolInt(r.AgeGroup != b.AgeGroup)
		rep.Generalised["nationality"] += boolInt(r.Nationality != b.Nationality)
		rep.Generalised["period"] += boolInt(r.Period != b.Period)
	}
	for name, n := range rep.Generalised {
		if n == 0 {
			delete(rep.Generalised, name) // as before: only what was generalised
		}
	}
	classes := peopleByClass(after)
	rep.Classes = len(classes)
	for _, people := range classes {
		if n := len(people); rep.SmallestClass < 0 || n < rep.SmallestClass {
			rep.SmallestClass = n
		}
	}
	if rep.SmallestClass < 0 {
		rep.SmallestClass = 0
	}
	rep.Loss = loss(len(after), suppressed, l)
	return rep
}

// loss is the information an anonymisation loses, from 0 to 1: each row kept loses
// how far up its hierarchies it went, each row suppressed all of it.
func loss(kept, suppressed int, l levels) float64 {
	if kept+suppressed == 0 {
		return 0
	}
	return (float64(kept)*l.height() + float64(suppressed)) / float64(kept+suppressed)
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

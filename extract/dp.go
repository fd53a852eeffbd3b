package extract

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/google/differential-privacy/go/v3/dpagg"

	"github.com/retrace-uk/retrace"
)

// NoisyCount is one cell of a differentially private table: the number of people
// with an episode in a year by a route, with Laplace noise, and its 95% interval.
type NoisyCount struct {
	Year, Route  string
	Count        int64
	Lower, Upper float64
}

// DPTable is a differentially private table of people by year and route, and the
// privacy it spends.
type DPTable struct {
	Epsilon float64 // the whole table's budget: ε-differential privacy for each person
	// MaxCells is how many cells one person may count in; a person in more keeps
	// their earliest.
	MaxCells int64
	Cells    []NoisyCount
}

// CheckDP says what is wrong, if anything, with a differentially private table's
// budget, cells per person and years: to check before anything is written.
func CheckDP(epsilon float64, maxCells int64, first, last int) error {
	switch {
	case epsilon <= 0:
		return fmt.Errorf("the privacy budget ε is %g: it must be above 0", epsilon)
	case maxCells < 1:
		return fmt.Errorf("a person's cells is %d: it must be at least 1", maxCells)
	case first < 1 || last < first:
		return fmt.Errorf("the years %d to %d: give a first year and a last year not before it", first, last)
	}
	return nil
}

// PeopleByYearAndRoute counts, per year from first to last and route, the people
// with an episode then, with ε-differential privacy for each person over the whole
// table. The years are given, not read from the data, so that no cell's presence
// depends on one person; episodes in other years are not counted.
func PeopleByYearAndRoute(rows []Row, epsilon float64, maxCells int64, first, last int) (DPTable, error) {
	if err := CheckDP(epsilon, maxCells, first, last); err != nil {
		return DPTable{}, err
	}
	cells := map[string]map[string]bool{} // cell → people counted there
	perPerson := map[string][]string{}
	for _, r := range rows {
		year := periodAt(r.Period, 1)
		if y, err := strconv.Atoi(year); err != nil || y < first || y > last {
			continue
		}
		cell := year + "\x1f" + r.Route
		if slices.Contains(perPerson[r.PersonKey], cell) || int64(len(perPerson[r.PersonKey])) >= maxCells {
			continue // rows come in each person's order of episodes: the earliest are kept
		}
		perPerson[r.PersonKey] = append(perPerson[r.PersonKey], cell)
		if cells[cell] == nil {
			cells[cell] = map[string]bool{}
		}
		cells[cell][r.PersonKey] = true
	}
	t := DPTable{Epsilon: epsilon, MaxCells: maxCells}
	for y := first; y <= last; y++ {
		for _, route := range retrace.RouteCodes.Codes {
			c, err := dpagg.NewCount(&dpagg.CountOptions{Epsilon: epsilon, MaxPartitionsContributed: maxCells})
			if err != nil {
				return t, err
			}
			year := fmt.Sprint(y)
			c.IncrementBy(int64(len(cells[year+"\x1f"+route])))
			n, err := c.Result()
			if err != nil {
				return t, err
			}
			ci, err := c.ComputeConfidenceInterval(0.05)
			if err != nil {
				return t, err
			}
			t.Cells = append(t.Cells, NoisyCount{Year: year, Route: route, Count: n, Lower: ci.LowerBound, Upper: ci.UpperBound})
		}
	}
	return t, nil
}

// Package disclosure applies statistical disclosure control to published counts: the
// ONS 10-5 rule (counts 1 to 9 shown as [c], others rounded to the nearest 5) and
// secondary suppression, so that no suppressed count can be worked out from a total.
package disclosure

import (
	"encoding/json"
	"fmt"
	"math"
)

// Suppressed is how a suppressed count is shown.
const Suppressed = "[c]"

// Rule says how counts are published.
type Rule string

const (
	TenFive Rule = "10-5" // the default for anything published
	None    Rule = "none" // raw counts, for analysts only: never published
)

// ParseRule reads a --disclosure value.
func ParseRule(s string) (Rule, error) {
	switch Rule(s) {
	case TenFive, None:
		return Rule(s), nil
	}
	return "", fmt.Errorf("--disclosure %q: use 10-5 (the default) or none (raw counts, analysts only, not for publication)", s)
}

// Cell is one published count.
type Cell struct {
	Raw        int
	suppressed bool
	rule       Rule
}

// Count makes a cell under a rule, suppressing it if it is 1 to 9.
func Count(n int, r Rule) Cell {
	return Cell{Raw: n, rule: r, suppressed: r == TenFive && n >= 1 && n <= 9}
}

// Suppressed reports whether the cell is shown as [c].
func (c Cell) Suppressed() bool { return c.suppressed }

// Shown is what is published: the count, rounded to the nearest 5 under 10-5, or
// nil when suppressed.
func (c Cell) Shown() any {
	switch {
	case c.suppressed:
		return Suppressed
	case c.rule == TenFive:
		return int(math.Round(float64(c.Raw)/5) * 5)
	}
	return c.Raw
}

func (c Cell) MarshalJSON() ([]byte, error) { return json.Marshal(c.Shown()) }

func (c Cell) String() string { return fmt.Sprint(c.Shown()) }

// Table is counts in rows and columns with their totals: Cells[r][c], RowTotals[r],
// ColumnTotals[c] and Total. A one-way breakdown is a table of one row.
type Table struct {
	Cells        [][]Cell
	RowTotals    []Cell
	ColumnTotals []Cell
	Total        Cell
}

// Protect suppresses further cells until no row or column (its total included) holds
// exactly one suppressed count, which subtraction from the total would reveal. In a
// line with one, the smallest other non-zero count is suppressed too (a zero is
// published exactly and protects nothing); the total if there is none.
func (t *Table) Protect() {
	for changed := true; changed; {
		changed = false
		for r := range t.Cells {
			line := append(cellRefs(t.Cells[r]), &t.RowTotals[r])
			changed = protectLine(line) || changed
		}
		for c := range t.ColumnTotals {
			line := make([]*Cell, 0, len(t.Cells)+1)
			for r := range t.Cells {
				line = append(line, &t.Cells[r][c])
			}
			line = append(line, &t.ColumnTotals[c])
			changed = protectLine(line) || changed
		}
		if len(t.Cells) > 1 {
			changed = protectLine(append(cellRefs(t.RowTotals), &t.Total)) || changed
		}
		changed = protectLine(append(cellRefs(t.ColumnTotals), &t.Total)) || changed
	}
}

func cellRefs(cells []Cell) []*Cell {
	out := make([]*Cell, len(cells))
	for i := range cells {
		out[i] = &cells[i]
	}
	return out
}

// protectLine: if exactly one of the line's cells is suppressed, suppress the
// smallest other non-zero one; it reports whether it changed anything.
func protectLine(line []*Cell) bool {
	var suppressed int
	var smallest *Cell
	for _, c := range line {
		switch {
		case c.suppressed:
			suppressed++
		case c.Raw > 0 && c.rule == TenFive && (smallest == nil || c.Raw < smallest.Raw):
			smallest = c
		}
	}
	if suppressed != 1 || smallest == nil {
		return false
	}
	smallest.suppressed = true
	return true
}

// Rate publishes a share of two counts only where neither is suppressed.
func Rate(numerator, denominator Cell, share float64) any {
	if numerator.suppressed || denominator.suppressed {
		return Suppressed
	}
	return share
}

// ProtectBreakdown protects a one-way breakdown whose categories add up to total:
// if exactly one of them (the total included) is suppressed, another is too.
func ProtectBreakdown(categories []*Cell, total *Cell) {
	protectLine(append(append([]*Cell{}, categories...), total))
}

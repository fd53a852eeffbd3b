package disclosure

import (
	"encoding/json"
	"math/rand/v2"
	"testing"
)

func TestTenFive(t *testing.T) {
	for n, want := range map[int]string{0: "0", 1: `"[c]"`, 9: `"[c]"`, 10: "10", 12: "10", 13: "15", 17: "15", 18: "20", 1234: "1235"} {
		b, _ := json.Marshal(Count(n, TenFive))
		if string(b) != want {
			t.Errorf("%d: %s, want %s", n, b, want)
		}
	}
	if b, _ := json.Marshal(Count(7, None)); string(b) != "7" {
		t.Errorf("raw 7: %s", b)
	}
}

// An attacker who knows the totals tries to recover every suppressed cell: a line
// (row or column, with its total) holding exactly one suppressed count gives it away.
// On random tables, after Protect no line does, and no shown count is 1 to 9.
func TestSecondarySuppressionResistsRecovery(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 500; trial++ {
		rows, cols := 1+r.IntN(5), 2+r.IntN(5)
		tab := Table{Cells: make([][]Cell, rows), RowTotals: make([]Cell, rows), ColumnTotals: make([]Cell, cols)}
		colSum, total := make([]int, cols), 0
		for i := range tab.Cells {
			rowSum := 0
			for j := 0; j < cols; j++ {
				n := []int{0, 1 + r.IntN(9), 10 + r.IntN(200)}[r.IntN(3)]
				tab.Cells[i] = append(tab.Cells[i], Count(n, TenFive))
				rowSum, colSum[j], total = rowSum+n, colSum[j]+n, total+n
			}
			tab.RowTotals[i] = Count(rowSum, TenFive)
		}
		for j := range colSum {
			tab.ColumnTotals[j] = Count(colSum[j], TenFive)
		}
		tab.Total = Count(total, TenFive)
		tab.Protect()
		lines := [][]Cell{append(append([]Cell{}, tab.ColumnTotals...), tab.Total)}
		if rows > 1 {
			lines = append(lines, append(append([]Cell{}, tab.RowTotals...), tab.Total))
		}
		for i := range tab.Cells {
			lines = append(lines, append(append([]Cell{}, tab.Cells[i]...), tab.RowTotals[i]))
		}
		for j := 0; j < cols; j++ {
			var col []Cell
			for i := range tab.Cells {
				col = append(col, tab.Cells[i][j])
			}
			lines = append(lines, append(col, tab.ColumnTotals[j]))
		}
		for _, line := range lines {
			n := 0
			for _, c := range line {
				if c.Suppressed() {
					n++
				}
				if v, ok := c.Shown().(int); ok && v >= 1 && v <= 9 {
					t.Fatalf("trial %d: a count of %d is shown", trial, v)
				}
			}
			if n == 1 {
				t.Fatalf("trial %d: a line with one suppressed count can be recovered: %v", trial, line)
			}
		}
	}
}

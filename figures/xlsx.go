package figures

import (
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// WriteXLSX writes the report as a workbook laid out as the Government Statistical
// Service asks of statistics released in spreadsheets: a cover sheet, a contents
// sheet linking to each table, a notes sheet explaining the symbols, then one table a
// sheet, each with its title in A1 and its header row below; numbers are stored as
// numbers, and [c] as text.
func (r Report) WriteXLSX(path string) error {
	return r.workbook(func(x *excelize.File) error { return x.SaveAs(path) })
}

// WriteXLSXTo is WriteXLSX to a writer (a download, say).
func (r Report) WriteXLSXTo(w io.Writer) error {
	return r.workbook(func(x *excelize.File) error { _, err := x.WriteTo(w); return err })
}

func (r Report) workbook(save func(*excelize.File) error) error {
	x := excelize.NewFile()
	defer x.Close()
	tables := r.Tables()
	cover := [][]any{
		{"Re-trafficking of survivors of modern slavery: figures"},
		{"Period", r.Period.From + " to " + r.Period.To},
		{"Observation end", r.ObservationEnd},
		{"Disclosure control", r.Disclosure},
		{"Source", "retrace: linked journey records (referrals, support, follow-ups) of the organisations that contributed data"},
		{"Definitions", "Each re-trafficking definition is named with its version and fingerprint in the re_trafficking table; see the notes."},
	}
	if r.Notice != "" {
		cover = append([][]any{{r.Notice}}, cover...)
	}
	if err := x.SetSheetName("Sheet1", "Cover"); err != nil {
		return err
	}
	if err := writeSheet(x, "Cover", cover); err != nil {
		return err
	}
	contents := [][]any{{"Contents"}, {"Sheet", "Table"}, {"Notes", "Notes and symbols used"}}
	for _, t := range tables {
		contents = append(contents, []any{t.Name, t.Title})
	}
	notes := [][]any{{"Notes"}, {"Symbol or term", "Meaning"},
		{"[c]", "Confidential: a count of 1 to 9, or a count suppressed so that one could not be worked out from a total (secondary suppression)."},
		{"Rounding", "Other counts are rounded to the nearest 5 (the 10-5 rule); shares are worked out from the rounded counts; incidence is rounded to 0.1%."},
		{"share, lower, upper", "A proportion with its 95% Wilson score interval."},
		{"incidence", "Kaplan–Meier cumulative incidence of the definition's event by months since the person's first exit, censored at observation end or death; 95% interval from Greenwood's variance with the log-log transform."},
		{"Association", "Differences between groups (e.g. by reintegration domain) are associations, never causes."},
		{"Definitions", "A person is a cluster of linked source records. Definitions of re-trafficking are versioned parameter sets (retrace definitions show NAME)."},
	}
	for _, s := range []struct {
		name string
		rows [][]any
	}{{"Contents", contents}, {"Notes", notes}} {
		if _, err := x.NewSheet(s.name); err != nil {
			return err
		}
		if err := writeSheet(x, s.name, s.rows); err != nil {
			return err
		}
	}
	for k, t := range tables {
		if _, err := x.NewSheet(t.Name); err != nil {
			return err
		}
		rows := [][]any{{t.Title}}
		if r.Notice != "" {
			rows = [][]any{{t.Title + " — " + r.Notice}}
		}
		for _, row := range t.Rows {
			out := make([]any, len(row))
			for i, v := range row {
				out[i] = typed(v)
			}
			rows = append(rows, out)
		}
		if err := writeSheet(x, t.Name, rows); err != nil {
			return err
		}
		link := fmt.Sprintf("A%d", k+4)
		if err := x.SetCellHyperLink("Contents", link, t.Name+"!A1", "Location"); err != nil {
			return err
		}
	}
	return save(x)
}

func writeSheet(x *excelize.File, sheet string, rows [][]any) error {
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := x.SetSheetRow(sheet, cell, &row); err != nil {
			return err
		}
	}
	return nil
}

// typed stores numbers as numbers and everything else, [c] included, as text.
func typed(v string) any {
	if n, err := strconv.Atoi(v); err == nil {
		return n
	}
	if f, err := strconv.ParseFloat(v, 64); err == nil {
		return f
	}
	return v
}

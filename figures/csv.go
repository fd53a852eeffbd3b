package figures

import (
	"archive/zip"
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/retrace-uk/retrace/disclosure"
)

// Table is one published table: its file or sheet name, a title, and its rows (the
// first the header).
type Table struct {
	Name, Title string
	Rows        [][]string
}

// Tables are the report's tables, in the order they are published.
func (r Report) Tables() []Table {
	f := r.Figures
	tables := []Table{
		{"figures", "Figures 1–5: referrals, people referred, returns to support, missing from support", [][]string{{"figure", "value"},
			{"referrals", cell(f.Referrals)}, {"dtn_reports", cell(f.DtNReports)}, {"people_referred", cell(f.PeopleReferred)},
			{"people_referred_more_than_once (repeat-referral)", cell(f.ReferredMoreThanOnce["repeat-referral"])},
			{"people_referred_more_than_once (re-referral-distinct)", cell(f.ReferredMoreThanOnce["re-referral-distinct"])},
			{"returned_to_support", cell(f.ReturnedToSupport)},
			{"missing_from_support", cell(f.Missing.People)}, {"missing_from_support_found", cell(f.Missing.Found)},
			{"median_days_missing", cell(f.Missing.MedianDaysMissing)}}},
		{"risk_recorded", "Figure 6: support episodes with a re-trafficking risk assessment", [][]string{{"measure", "count", "share", "lower", "upper"},
			{"episodes", cell(f.Risk.Episodes), "", "", ""},
			shareRow("any", f.Risk.Any), shareRow("at_entry", f.Risk.AtEntry), shareRow("at_exit", f.Risk.AtExit)}},
		{"risk_categories", "Figure 6: risk levels, factors and actions recorded", [][]string{{"kind", "category", "assessments"}}},
		{"re_trafficking", "Figure 7: re-trafficking by definition, and cumulative incidence since the first exit", [][]string{{"definition", "version", "fingerprint", "people_with_event_in_period", "cohort", "months", "at_risk", "incidence", "lower", "upper"}}},
		{"reintegration", "Figure 8: people leaving support with each reintegration domain achieved", [][]string{{"domain", "leavers_achieved", "share", "lower", "upper"}}},
		{"breakdowns", "Figures by sex, nationality, age at exploitation, exploitation type and first responder type", [][]string{{"dimension", "value", "figure", "count"}}},
		{"reintegration_incidence", "Figure 8: re-trafficking incidence 12 months after leaving support, by reintegration domain achieved (an association, never a cause)", [][]string{{"definition", "domain", "group", "cohort", "at_risk", "incidence", "lower", "upper"}}},
		{"data_quality", "Data quality: the source person records behind the figures", [][]string{{"measure", "count", "share", "lower", "upper"},
			{"records", cell(r.Quality.Records), "", "", ""},
			shareRow("dob_estimated_or_unknown", r.Quality.EstimatedDOB),
			{"unlinked_records", cell(r.Quality.Unlinked), "", "", ""}}},
	}
	add := func(name string, row []string) {
		for i := range tables {
			if tables[i].Name == name {
				tables[i].Rows = append(tables[i].Rows, row)
			}
		}
	}
	for _, kind := range []string{"level", "factor", "action"} {
		m := map[string]map[string]disclosure.Cell{"level": f.Risk.Levels, "factor": f.Risk.Factors, "action": f.Risk.Actions}[kind]
		for _, k := range slices.Sorted(maps.Keys(m)) {
			add("risk_categories", []string{kind, k, cell(m[k])})
		}
	}
	for _, name := range slices.Sorted(maps.Keys(f.ReTrafficking)) {
		rt := f.ReTrafficking[name]
		for _, in := range rt.Incidence {
			add("re_trafficking", []string{name, fmt.Sprint(rt.Version), rt.Fingerprint,
				cell(rt.PeopleWithEventInPeriod), cell(rt.Cohort), fmt.Sprint(in.Months), cell(in.AtRisk), cell(in.Value), cell(in.Lower), cell(in.Upper)})
		}
	}
	for _, domain := range slices.Sorted(maps.Keys(f.Reintegration.Achieved)) {
		add("reintegration", shareRow(domain, f.Reintegration.Achieved[domain]))
	}
	if by := f.Reintegration.ByStatus; by != nil {
		for _, domain := range slices.Sorted(maps.Keys(by.Domains)) {
			for _, group := range []string{"achieved", "not_achieved"} {
				g := by.Domains[domain][group]
				add("reintegration_incidence", []string{by.Definition, domain, group, cell(g.Cohort), cell(g.AtRisk), cell(g.Value), cell(g.Lower), cell(g.Upper)})
			}
		}
	}
	for _, dim := range Dimensions {
		for _, value := range slices.Sorted(maps.Keys(r.Breakdowns[dim])) {
			c := r.Breakdowns[dim][value]
			for _, figure := range slices.Sorted(maps.Keys(c)) {
				add("breakdowns", []string{dim, value, figure, cell(c[figure])})
			}
		}
	}
	return tables
}

// WriteCSV writes the report as one CSV file a table into dir (which must be new or
// empty). Suppressed cells are [c]; a raw report's files carry the
// not-for-publication notice on their first line.
func (r Report) WriteCSV(dir string) error {
	if err := newFolder(dir); err != nil {
		return err
	}
	return r.eachCSV(func(name string, rows [][]string) error {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		if err := writeRows(f, rows); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	})
}

// WriteCSVZip writes the CSV files into one zip archive.
func (r Report) WriteCSVZip(w io.Writer) error {
	z := zip.NewWriter(w)
	err := r.eachCSV(func(name string, rows [][]string) error {
		f, err := z.Create(name)
		if err != nil {
			return err
		}
		return writeRows(f, rows)
	})
	if err != nil {
		return err
	}
	return z.Close()
}

// eachCSV gives each table's file name and rows, headed by the notice if any.
func (r Report) eachCSV(write func(name string, rows [][]string) error) error {
	for _, t := range r.Tables() {
		rows := t.Rows
		if r.Notice != "" {
			rows = append([][]string{{r.Notice}}, rows...)
		}
		if err := write(t.Name+".csv", rows); err != nil {
			return err
		}
	}
	return nil
}

func newFolder(dir string) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty: give a new or empty folder", dir)
	}
	return os.MkdirAll(dir, 0o755)
}

func writeRows(f io.Writer, rows [][]string) error {
	w := csv.NewWriter(f)
	w.WriteAll(rows)
	return w.Error()
}

func shareRow(name string, s ShareShown) []string {
	return []string{name, cell(s.Count), cell(s.Share), cell(s.Lower), cell(s.Upper)}
}

// cell writes a published value: a count, [c], a number, or empty for none.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case fmt.Stringer: // a disclosure.Cell: its count as published
		return x.String()
	}
	return fmt.Sprint(v)
}

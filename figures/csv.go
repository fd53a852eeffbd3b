package figures

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/retrace-uk/retrace/disclosure"
)

// WriteCSV writes the report as one CSV file a table into dir (which must be new or
// empty): figures.csv (figures 1–5), risk_recorded.csv, re_trafficking.csv,
// reintegration.csv and breakdowns.csv. Suppressed cells are [c]; a raw report's
// files carry the not-for-publication notice in their first column.
func (r Report) WriteCSV(dir string) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty: give a new or empty folder for the CSV files", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f := r.Figures
	tables := map[string][][]string{
		"figures.csv": {{"figure", "value"},
			{"referrals", cell(f.Referrals)}, {"dtn_reports", cell(f.DtNReports)}, {"people_referred", cell(f.PeopleReferred)},
			{"people_referred_more_than_once (repeat-referral)", cell(f.ReferredMoreThanOnce["repeat-referral"])},
			{"people_referred_more_than_once (re-referral-distinct)", cell(f.ReferredMoreThanOnce["re-referral-distinct"])},
			{"returned_to_support", cell(f.ReturnedToSupport)},
			{"missing_from_support", cell(f.Missing.People)}, {"missing_from_support_found", cell(f.Missing.Found)},
			{"median_days_missing", cell(f.Missing.MedianDaysMissing)}},
		"risk_recorded.csv": {{"measure", "count", "share", "lower", "upper"},
			{"episodes", cell(f.Risk.Episodes), "", "", ""},
			shareRow("any", f.Risk.Any), shareRow("at_entry", f.Risk.AtEntry), shareRow("at_exit", f.Risk.AtExit)},
		"re_trafficking.csv":  {{"definition", "version", "fingerprint", "people_with_event_in_period", "cohort", "months", "at_risk", "incidence", "lower", "upper"}},
		"reintegration.csv":   {{"domain", "leavers_achieved", "share", "lower", "upper"}},
		"breakdowns.csv":      {{"dimension", "value", "referrals", "people_referred"}},
		"risk_categories.csv": {{"kind", "category", "assessments"}},
	}
	for _, name := range sortedKeys(f.ReTrafficking) {
		rt := f.ReTrafficking[name]
		for _, in := range rt.Incidence {
			tables["re_trafficking.csv"] = append(tables["re_trafficking.csv"], []string{name, fmt.Sprint(rt.Version), rt.Fingerprint,
				cell(rt.PeopleWithEventInPeriod), cell(rt.Cohort), fmt.Sprint(in.Months), cell(in.AtRisk), cell(in.Value), cell(in.Lower), cell(in.Upper)})
		}
	}
	for _, domain := range sortedKeys(f.Reintegration.Achieved) {
		tables["reintegration.csv"] = append(tables["reintegration.csv"], shareRow(domain, f.Reintegration.Achieved[domain]))
	}
	for _, dim := range Dimensions {
		for _, value := range sortedKeys(r.Breakdowns[dim]) {
			c := r.Breakdowns[dim][value]
			tables["breakdowns.csv"] = append(tables["breakdowns.csv"], []string{dim, value, cell(c["referrals"]), cell(c["people_referred"])})
		}
	}
	for kind, m := range map[string]map[string]disclosure.Cell{"level": f.Risk.Levels, "factor": f.Risk.Factors, "action": f.Risk.Actions} {
		for _, k := range sortedKeys(m) {
			tables["risk_categories.csv"] = append(tables["risk_categories.csv"], []string{kind, k, cell(m[k])})
		}
	}
	for name, rows := range tables {
		if r.Notice != "" {
			rows = append([][]string{{r.Notice}}, rows...)
		}
		if err := writeRows(filepath.Join(dir, name), rows); err != nil {
			return err
		}
	}
	return nil
}

func writeRows(path string, rows [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	w.WriteAll(rows)
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
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

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

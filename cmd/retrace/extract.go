package main

import (
	"cmp"
	"crypto/rand"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace/extract"
	"github.com/retrace-uk/retrace/storage"
)

func (a *app) extractCmd() *cobra.Command {
	opt := extract.Options{K: 11, MaxSuppressed: 0.05}
	var out, secretFile string
	var epsilon float64
	var maxCells int64
	var dpFrom, dpTo int
	cmd := &cobra.Command{
		Use:   "extract --k K --secret FILE --out DIR",
		Short: "Write a de-identified, k-anonymous record-level dataset to share",
		Long: `Write DIR/extract.csv: one row per person and exploitation episode, with a
pseudonymous person key (HMAC-SHA256 of the release's name and the person id under
the secret in FILE: no one without it can trace them back, and another release's keys
differ, as two releases joined by key would narrow people down; --release names a
release, to make it again), the episode's route, exploitation types, decisions,
whether support followed, how it ended, going missing and whether risk was
assessed. No names, dates of birth, references, record ids or days. Rows are in
key order.

The quasi-identifiers — sex, age group at exploitation, nationality, the quarter
the episode began, its route (known to whoever referred them), the kinds of
exploitation (often known from elsewhere: a trial, the press) and the reasonable and
conclusive grounds decisions (known to the person, and to whoever read of their
case) — are a person's over
all their episodes together, since their rows share a key. They are generalised
(nationality to its UN region where rare, to the region, to the continent; quarter
to year; kinds of exploitation fewer than --k people share to other; any of them,
the decisions both together, to *) by the least costly combination that
leaves each person's shared by at least --k people once the rarer people are
protected, while no more than --max-suppressed of the rows lose every
quasi-identifier. A rarer person has the periods of their later episodes hidden,
then if still rarer every quasi-identifier, and is left out only if even that leaves
them rarer. Ends of support that fewer than --k people share are recoded to other.
DIR/report.json and the summary printed say what was generalised, hidden, left out
and recoded, and the information lost. With
--dp-epsilon and the years (--dp-from-year, --dp-to-year: given, so that the table's
shape does not depend on anyone in it), DIR/people_by_year_and_route.csv counts the
people with an episode each year by route, with Laplace noise giving ε-differential
privacy for each person over the whole table (google/differential-privacy), a 95%
interval for each cell, and the budget on every row. For analysts; recorded in the audit log.`,
		Example: "  retrace extract --k 11 --secret /secure/extract-secret --out ./release",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" || secretFile == "" {
				return fmt.Errorf("--out DIR and --secret FILE are required")
			}
			if opt.K < 2 {
				return fmt.Errorf("--k must be at least 2")
			}
			if err := extract.CheckQuasiIdentifiers(opt.QuasiIdentifiers); err != nil {
				return fmt.Errorf("--quasi-identifiers: %w", err)
			}
			if err := checkDPFlags(cmd, epsilon, maxCells, dpFrom, dpTo); err != nil {
				// Before anything is written: an extract without its table is half a release.
				return err
			}
			var err error
			if opt.Secret, err = readSecret(secretFile, "the secret", 16); err != nil {
				return err
			}
			if opt.Release == "" {
				opt.Release = newReleaseName(time.Now())
			}
			// Every table, as a report reads them: a row says whether its person went
			// missing and whether their risk was assessed.
			js, _, err := a.readJourneys(cmd.Context(), journeyRead{action: "extract", subject: "journeys", forReport: true,
				detail: fmt.Sprintf("release %s, k %d, at most %.0f%% suppressed, quasi-identifiers %s", opt.Release, opt.K, 100*opt.MaxSuppressed,
					strings.Join(opt.QuasiIdentifiers, ",")), role: storage.RoleAnalyst, what: "retrace extract"})
			if err != nil {
				return err
			}
			all := extract.Rows(js, opt)
			rows, rep := extract.Anonymise(all, opt)
			if err := writeExtract(out, rows, rep); err != nil {
				return err
			}
			a.printExtractReport(out, rep)
			if epsilon > 0 {
				// From all the rows, not the k-anonymous ones: the noise protects each person.
				t, err := extract.PeopleByYearAndRoute(all, epsilon, maxCells, dpFrom, dpTo)
				if err != nil {
					return err
				}
				if err := writeDPTable(out, t); err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "Wrote %s: people by year and route, with ε = %g differential privacy for each person over the whole table (a person counts in at most %d cells).\n",
					filepath.Join(out, "people_by_year_and_route.csv"), t.Epsilon, t.MaxCells)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&opt.K, "k", opt.K, "each person's quasi-identifiers, over all their episodes, are shared by at least this many people")
	f.StringVar(&opt.Release, "release", "", "the release's name: person keys are the same only in extracts of one release (default: a new name)")
	f.Float64Var(&opt.MaxSuppressed, "max-suppressed", opt.MaxSuppressed, "the share of rows that may lose every quasi-identifier (hidden or left out) rather than generalise further")
	f.StringSliceVar(&opt.QuasiIdentifiers, "quasi-identifiers", extract.QuasiIdentifiers,
		"those a reader is taken to know of someone from elsewhere, protected; any left out are kept as recorded")
	f.StringVar(&secretFile, "secret", "", "file holding the secret that keys the pseudonymous person ids (at least 16 bytes)")
	f.StringVar(&out, "out", "", "folder to write extract.csv and report.json into (created if needed)")
	f.Float64Var(&epsilon, "dp-epsilon", 0, "also write a table of people by year and route with this ε of differential privacy (0: none)")
	f.Int64Var(&maxCells, "dp-max-cells", 3, "the cells of that table one person may count in")
	f.IntVar(&dpFrom, "dp-from-year", 0, "the table's first year (with --dp-epsilon; given, not read from the data)")
	f.IntVar(&dpTo, "dp-to-year", 0, "the table's last year")
	return cmd
}

// checkDPFlags checks the --dp- flags, naming the flags: with --dp-epsilon, the years
// are needed; a negative budget is refused, not taken for none.
func checkDPFlags(cmd *cobra.Command, epsilon float64, maxCells int64, from, to int) error {
	switch {
	case epsilon < 0:
		return fmt.Errorf("--dp-epsilon %g: give a budget above 0, or 0 for no table", epsilon)
	case epsilon == 0:
		return nil
	case !cmd.Flags().Changed("dp-from-year") || !cmd.Flags().Changed("dp-to-year"):
		return fmt.Errorf("--dp-epsilon needs --dp-from-year and --dp-to-year, the table's first and last years")
	}
	if err := extract.CheckDP(epsilon, maxCells, from, to); err != nil {
		return fmt.Errorf("--dp-epsilon %g, --dp-max-cells %d, --dp-from-year %d, --dp-to-year %d: %w", epsilon, maxCells, from, to, err)
	}
	return nil
}

func writeExtract(dir string, rows []extract.Row, rep extract.Report) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	err := writeCSV(filepath.Join(dir, "extract.csv"), extract.Columns, func(w *csv.Writer) {
		for _, r := range rows {
			w.Write(r.Cells())
		}
	})
	if err != nil {
		return err
	}
	js, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "report.json"), append(js, '\n'), 0o600)
}

func writeDPTable(dir string, t extract.DPTable) error {
	header := []string{"year", "route", "people", "lower_95", "upper_95", "epsilon_whole_table", "max_cells_per_person"}
	return writeCSV(filepath.Join(dir, "people_by_year_and_route.csv"), header, func(w *csv.Writer) {
		for _, c := range t.Cells {
			w.Write([]string{c.Year, c.Route, fmt.Sprint(c.Count), fmt.Sprintf("%.1f", c.Lower), fmt.Sprintf("%.1f", c.Upper), fmt.Sprint(t.Epsilon), fmt.Sprint(t.MaxCells)})
		}
	})
}

// quasiIdentifierWords names quasi-identifiers as a sentence does: sex, age group and
// decisions.
func quasiIdentifierWords(names []string) string {
	words := map[string]string{"age_group": "age group", "exploitation_types": "kinds of exploitation"}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = cmp.Or(words[n], n)
	}
	if len(out) < 2 {
		return strings.Join(out, "")
	}
	return strings.Join(out[:len(out)-1], ", ") + " and " + out[len(out)-1]
}

// newReleaseName names a release by its day and six random characters.
func newReleaseName(now time.Time) string {
	return now.UTC().Format("2006-01-02") + "-" + strings.ToLower(rand.Text()[:6])
}

func (a *app) printExtractReport(dir string, rep extract.Report) {
	fmt.Fprintf(a.stdout, "Release %s: its person keys are its own. The same --release and secret make the same keys, so that two extracts can be joined by them: give a release's name again only to make that release again.\n", rep.Release)
	if rep.Rows == 0 {
		fmt.Fprintf(a.stdout, "Wrote no rows to %s: even with every quasi-identifier hidden, no one's episodes are shared by %d people (their number of episodes tells them apart). Give a smaller --k, or extract from more people.\n",
			filepath.Join(dir, "extract.csv"), rep.K)
		return
	}
	fmt.Fprintf(a.stdout, "Wrote %d rows to %s; each person's %s, over all their episodes together, are shared by at least %d people (%d groups, the smallest %d).\n",
		rep.Rows, filepath.Join(dir, "extract.csv"), quasiIdentifierWords(rep.QuasiIdentifiers), rep.K, rep.Classes, rep.SmallestClass)
	names := make([]string, 0, len(rep.Levels))
	for n := range rep.Levels {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(a.stdout, "  %-18s %s (%d rows changed)\n", n, rep.Levels[n], rep.Generalised[n])
	}
	fmt.Fprintf(a.stdout, "For people rarer than that: the period hidden on %d rows of later episodes, every quasi-identifier hidden on %d rows, %d rows left out.\n",
		rep.PeriodsHidden, rep.Hidden, rep.Suppressed)
	fmt.Fprintf(a.stdout, "Held by fewer than %d people, so recoded to other (or *): how support ended, on %d rows.\n",
		rep.K, rep.Recoded["support_ended"])
	fmt.Fprintf(a.stdout, "Information lost: %.3f (0 none, 1 all).\n", rep.Loss)
}

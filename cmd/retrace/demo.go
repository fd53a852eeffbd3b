package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace/bundleio"
	"github.com/retrace-uk/retrace/linkage"
	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/synth"
)

func (a *app) demoCmd() *cobra.Command {
	var dir string
	var people int
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Generate synthetic journeys, load them into a fresh database, link them and show what loaded",
		Long: `Generate a few thousand synthetic people (nobody real) into DIR/bundle, import them
into a fresh SQLite database DIR/retrace.db, link the records into people, score the
linkage against the truth and show what was loaded. Everything runs on the embedded
default; nothing else is needed. Afterwards, point any command at the demo database
with --db DIR/retrace.db. DIR must be new, empty or an earlier demo's folder, which
is replaced.`,
		Example: "  retrace demo",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runDemo(cmd, dir, people)
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "retrace-demo", "folder for the demo bundle and database (replaced)")
	cmd.Flags().IntVar(&people, "people", 3000, "number of synthetic people")
	return cmd
}

func (a *app) runDemo(cmd *cobra.Command, dir string, people int) error {
	ctx := cmd.Context()
	bundleDir, db := filepath.Join(dir, "bundle"), filepath.Join(dir, "retrace.db")
	if err := claimDemoDir(dir); err != nil {
		return err
	}
	for _, p := range []string{bundleDir, db, db + "-wal", db + "-shm"} {
		if err := os.RemoveAll(p); err != nil {
			return err
		}
	}
	cfg := synth.DefaultConfig()
	cfg.People = people
	sum, err := a.synthesise(cmd, cfg, bundleDir)
	if err != nil {
		return err
	}
	store, err := storage.Open(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	rep, err := bundleio.Import(ctx, store, bundleDir, bundleio.Options{Actor: actor()})
	if rep != nil {
		quietTruth(rep)
		a.printImport(rep, bundleio.Options{})
	}
	if err != nil {
		return err
	}
	if err := demoUsers(ctx, store); err != nil {
		return err
	}
	store.Close()
	if err := a.demoLink(cmd, db, filepath.Join(bundleDir, "truth", "records.csv")); err != nil {
		return err
	}
	reportPath := filepath.Join(dir, "report.html")
	year, err := a.demoReport(cmd, reportPath)
	if err != nil {
		return err
	}
	t := sum.Truth
	fmt.Fprintf(a.stdout, `
Loaded %d synthetic people as %d source records; %d people appear in more than one
record, under other spellings and dates of birth, for record linkage to find.
In truth there were %d episodes of re-trafficking after an exit: %d led to a referral,
%d are known only from a follow-up, and %d were never known to anyone.

The figures for %d, with disclosure control, are in %s.
The demo database is %s (SQLite); you are its analyst (%s its system admin). Try:
  retrace --db %s events --definition all --summary
  retrace --db %s link review
  retrace --db %s export %s
The truth behind the synthetic data (which records are one person, which episodes
were re-trafficking) is in %s.
`, sum.People, sum.Rows["people.csv"], t.PeopleWithSeveralRecords, t.Retrafficking, t.ReReferred,
		t.KnownFromFollowUp, t.NeverKnown, year, reportPath, db, demoAdmin, db, db, db, filepath.Join(dir, "export"), filepath.Join(bundleDir, "truth"))
	return nil
}

// quietTruth drops the warning that the bundle's truth folder was not read: the
// demo keeps the truth beside its data on purpose.
func quietTruth(rep *bundleio.Report) {
	kept := rep.Problems[:0]
	for _, p := range rep.Problems {
		if p.Warning && strings.TrimSuffix(p.File, "/") == "truth" {
			rep.Warnings--
			continue
		}
		kept = append(kept, p)
	}
	rep.Problems = kept
}

// demoReport writes the report for the last full year of the demo's data as a page.
func (a *app) demoReport(cmd *cobra.Command, path string) (int, error) {
	journeys, quality, err := a.readJourneys(cmd.Context(), journeyRead{action: "report", subject: "all linked people", detail: "demo", forReport: true})
	if err != nil {
		return 0, err
	}
	end, err := observationEndOf("", journeys)
	if err != nil {
		return 0, err
	}
	year := end.Year() - 1
	opt, err := a.reportOptions(fmt.Sprintf("%d-01-01", year), fmt.Sprintf("%d-12-31", year), "all", "10-5")
	if err != nil {
		return 0, err
	}
	report, err := reportOf(journeys, quality, opt, "")
	if err != nil {
		return 0, err
	}
	return year, writeTo(path, a, func(w io.Writer) error { return report.WriteHTML(w, opt.Definitions) })
}

// demoAdmin is the demo database's system admin.
const demoAdmin = "demo-admin"

// demoUsers makes whoever runs the demo its database's analyst, so that the raw
// counts (events, report --disclosure none) are theirs to see.
func demoUsers(ctx context.Context, store storage.Store) error {
	for _, add := range []struct {
		by   string
		user storage.User
	}{{userName(), storage.User{Name: demoAdmin, Role: storage.RoleSystemAdmin}}, {demoAdmin, storage.User{Name: userName(), Role: storage.RoleAnalyst}}} {
		if err := store.AddUser(ctx, add.by, add.user); err != nil {
			return err
		}
		if err := store.Audit(ctx, storage.AuditEvent{Actor: actor(), Action: "users add", Subject: "user " + add.user.Name, Detail: "role " + add.user.Role + " (demo)"}); err != nil {
			return err
		}
	}
	return nil
}

// demoLink links the demo's records and scores the links against the truth.
func (a *app) demoLink(cmd *cobra.Command, db, truthPath string) error {
	a.db = db
	if err := a.linkDatabase(cmd, "", "", "", false); err != nil {
		return err
	}
	truth, err := readPairsCSV(truthPath)
	if err != nil {
		return err
	}
	links, err := a.linkedClusters(cmd, "")
	if err != nil {
		return err
	}
	var pred, tru []string
	for id, person := range links {
		pred, tru = append(pred, person), append(tru, truth[id])
	}
	s := linkage.Evaluate(pred, tru)
	fmt.Fprintf(a.stdout, "Against the truth, linkage found %.0f%% of the pairs of records that are one person, and %.0f%% of the pairs it joined are right (F1 %.2f).\n",
		100*s.Recall, 100*s.Precision, s.F1)
	return nil
}

// demoMark marks a folder the demo made, so that a later demo may replace it.
const demoMark = ".retrace-demo"

// claimDemoDir accepts a new or empty folder, or one an earlier demo made; anything
// else may hold someone's data, which the demo must never replace.
func claimDemoDir(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case os.IsNotExist(err):
	case err != nil:
		return err
	case len(entries) > 0:
		if _, err := os.Stat(filepath.Join(dir, demoMark)); err != nil {
			return fmt.Errorf("%s holds files that an earlier demo did not make: give the demo a new folder with --dir", dir)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, demoMark), []byte("made by retrace demo, which replaces this folder's bundle and retrace.db\n"), 0o644)
}

package main

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace/bundleio"
	"github.com/retrace-uk/retrace/linkage"
	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/synth"
)

func (a *app) demoCmd() *cobra.Command {
	var dir string
	var people int
	var serve serveOptions
	var serving bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Generate synthetic journeys, load them into a fresh database, link them and show what loaded",
		Long: `Generate a few thousand synthetic people (nobody real) into DIR/bundle, import them
into a fresh SQLite database DIR/retrace.db, link the records into people, score the
linkage against the truth and show what was loaded; then start the web app on it
(--serve=false to skip that), with a support worker, an organisation admin, an
analyst and a system admin to sign in as. Everything runs on the embedded default;
nothing else is needed. Afterwards, point any command at the demo database with
--db DIR/retrace.db. DIR must be new, empty or an earlier demo's folder, which is
replaced.`,
		Example: "  retrace demo\n  retrace demo --serve=false --people 10000",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			accounts, err := a.runDemo(cmd, dir, people)
			if err != nil {
				return err
			}
			a.printAccounts(accounts)
			db := filepath.Join(dir, "retrace.db")
			if !serving {
				fmt.Fprintf(a.stdout, "Start the web app with: retrace serve --db %s\n", db)
				return nil
			}
			return a.serveDemo(cmd, db, serve)
		},
	}
	cmd.Flags().BoolVar(&serving, "serve", true, "start the web app on the demo database when it is ready")
	cmd.Flags().StringVar(&serve.addr, "addr", "127.0.0.1:8080", "address for the web app")
	cmd.Flags().StringVar(&dir, "dir", "retrace-demo", "folder for the demo bundle and database (replaced)")
	cmd.Flags().IntVar(&people, "people", 3000, "number of synthetic people")
	return cmd
}

func (a *app) runDemo(cmd *cobra.Command, dir string, people int) ([]demoAccount, error) {
	ctx := cmd.Context()
	bundleDir, db := filepath.Join(dir, "bundle"), filepath.Join(dir, "retrace.db")
	if err := claimDemoDir(dir); err != nil {
		return nil, err
	}
	for _, p := range []string{bundleDir, db, db + "-wal", db + "-shm"} {
		if err := os.RemoveAll(p); err != nil {
			return nil, err
		}
	}
	cfg := synth.DefaultConfig()
	cfg.People = people
	sum, err := a.synthesise(cmd, cfg, bundleDir)
	if err != nil {
		return nil, err
	}
	store, err := storage.Open(ctx, db)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	rep, err := bundleio.Import(ctx, store, bundleDir, bundleio.Options{Actor: actor()})
	if rep != nil {
		quietTruth(rep)
		a.printImport(rep, bundleio.Options{})
	}
	if err != nil {
		return nil, err
	}
	accounts, err := demoUsers(ctx, store)
	if err != nil {
		return nil, err
	}
	store.Close()
	if err := a.demoLink(cmd, db, filepath.Join(bundleDir, "truth", "records.csv")); err != nil {
		return nil, err
	}
	reportPath := filepath.Join(dir, "report.html")
	year, err := a.demoReport(cmd, reportPath)
	if err != nil {
		return nil, err
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
	return accounts, nil
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
// counts (events, report --disclosure none) are theirs to see, and adds an account of
// each role for the web app, with a new random password each.
func demoUsers(ctx context.Context, store storage.Store) ([]demoAccount, error) {
	providers, err := store.Providers(ctx) // the demo's support workers work at the busiest
	if err != nil {
		return nil, err
	}
	if len(providers) == 0 {
		return nil, errors.New("demo: no support episodes loaded")
	}
	org := providers[0]
	adds := []struct {
		by   string
		user storage.User
	}{
		{userName(), storage.User{Name: demoAdmin, Role: storage.RoleSystemAdmin}},
		{demoAdmin, storage.User{Name: userName(), Role: storage.RoleAnalyst}},
		{demoAdmin, storage.User{Name: "demo-support", Role: storage.RoleSupportWorker, Organisation: org}},
		{demoAdmin, storage.User{Name: "demo-orgadmin", Role: storage.RoleOrganisationAdmin, Organisation: org}},
		{demoAdmin, storage.User{Name: "demo-analyst", Role: storage.RoleAnalyst}},
	}
	var accounts []demoAccount
	for i, add := range adds {
		if err := store.AddUser(ctx, add.by, add.user); err != nil {
			return nil, err
		}
		if err := store.Audit(ctx, storage.AuditEvent{Actor: actor(), Action: "users add", Subject: "user " + add.user.Name, Detail: "role " + add.user.Role + " (demo)"}); err != nil {
			return nil, err
		}
		if i == 1 {
			continue // the person running the demo uses the command line
		}
		password := demoPassword()
		if err := setPassword(ctx, store, demoAdmin, add.user.Name, password); err != nil {
			return nil, err
		}
		accounts = append(accounts, demoAccount{add.user, password})
	}
	return accounts, nil
}

// demoAccount is a web app account the demo made, with its password.
type demoAccount struct {
	storage.User
	Password string
}

// demoPassword is a fresh random password, easy to type: four groups of four.
func demoPassword() string {
	t := strings.ToLower(rand.Text()[:16])
	return t[:4] + "-" + t[4:8] + "-" + t[8:12] + "-" + t[12:]
}

// serveDemo starts the web app on the demo database and says how to sign in.
func (a *app) serveDemo(cmd *cobra.Command, db string, opt serveOptions) error {
	store, err := storage.OpenExisting(cmd.Context(), db)
	if err != nil {
		return err
	}
	defer store.Close()
	return a.serve(cmd.Context(), store, opt, func(url string) {
		fmt.Fprintf(a.stdout, "The web app is at %s (Ctrl-C stops it).\n", url)
	})
}

// printAccounts shows the web app's demo accounts and their passwords.
func (a *app) printAccounts(accounts []demoAccount) {
	fmt.Fprintln(a.stdout, "\nIn the web app, sign in as:")
	w := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
	for _, acc := range accounts {
		what := strings.ReplaceAll(acc.Role, "_", " ")
		if acc.Organisation != "" {
			what += " at " + acc.Organisation
		}
		fmt.Fprintf(w, "  %s\tpassword %s\t(%s)\n", acc.Name, acc.Password, what)
	}
	w.Flush()
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

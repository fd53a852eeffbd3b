package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace/bundleio"
	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/synth"
)

func (a *app) demoCmd() *cobra.Command {
	var dir string
	var people int
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Generate synthetic journeys, load them into a fresh database and show what loaded",
		Long: `Generate a few thousand synthetic people (nobody real) into DIR/bundle, import them
into a fresh SQLite database DIR/retrace.db, and show what was loaded. Everything
runs on the embedded default; nothing else is needed. Afterwards, point any command
at the demo database with --db DIR/retrace.db.`,
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
	for _, p := range []string{bundleDir, db, db + "-wal", db + "-shm"} {
		if err := os.RemoveAll(p); err != nil {
			return err
		}
	}
	cfg := synth.DefaultConfig()
	cfg.People = people
	if err := a.runSynth(cmd, cfg, bundleDir); err != nil {
		return err
	}
	store, err := storage.Open(ctx, db)
	if err != nil {
		return err
	}
	defer store.Close()
	rep, err := bundleio.Import(ctx, store, bundleDir, bundleio.Options{Actor: actor()})
	if err != nil {
		a.printImport(rep, bundleio.Options{})
		return err
	}
	a.printImport(rep, bundleio.Options{})
	fmt.Fprintf(a.stdout, `
The demo database is %s (SQLite). Try:
  retrace --db %s export %s
The truth behind the synthetic data (which records are one person, which episodes
were re-trafficking) is in %s.
`, db, db, filepath.Join(dir, "export"), filepath.Join(bundleDir, "truth"))
	return nil
}

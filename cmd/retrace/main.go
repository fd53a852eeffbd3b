// Command retrace records survivors' journeys and makes re-trafficking measurable.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"strings"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace/storage"
)

// exitError carries an exit code for a failure already explained to the user.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := newRoot(os.Stdout, os.Stderr).ExecuteContext(ctx)
	stop()
	var ee exitError
	switch {
	case errors.As(err, &ee):
		os.Exit(ee.code)
	case err != nil:
		fmt.Fprintln(os.Stderr, "retrace:", explain(err))
		os.Exit(1)
	}
}

// explain adds what to do to errors whose cause is not plain from the driver's words.
func explain(err error) string {
	switch msg := err.Error(); {
	case strings.Contains(msg, "SQLITE_BUSY"):
		return msg + ": another retrace command has been writing to this database for over two minutes; try again when it has finished"
	default:
		return msg
	}
}

// app is what every command shares.
type app struct {
	db          string
	definitions string
	stdout      io.Writer
	stderr      io.Writer
}

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	a := &app{stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:   "retrace",
		Short: "Record survivors' journeys and measure re-trafficking",
		Long: `retrace records the journeys of survivors of modern slavery — referrals, decisions,
support, going missing, risk assessments, reintegration and follow-up — so that
re-trafficking can be counted and prevented.

The database is a SQLite file (the default, retrace.db in the working directory) or
PostgreSQL: set it with --db or RETRACE_DB, a file path or a postgres:// URL.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.CompletionOptions.DisableDefaultCmd = true
	profileCPU(root)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(a.demoCmd(), a.synthCmd(), a.encodeCmd(), a.withDB(a.keyCmd()), a.withDB(a.extractCmd()), a.withDB(a.importCmd()), a.withDB(a.exportCmd()), a.withDB(a.linkCmd()),
		a.definitionsCmd(), a.withDB(a.eventsCmd()), a.withDB(a.reportCmd()), a.withDB(a.usersCmd()), a.withDB(a.auditCmd()), a.withDB(a.serveCmd()))
	return root
}

// withDB gives a command, and the commands under it, the --db flag.
func (a *app) withDB(cmd *cobra.Command) *cobra.Command {
	cmd.PersistentFlags().StringVar(&a.db, "db", envOr("RETRACE_DB", "retrace.db"),
		"database: a SQLite file path or a postgres:// URL (env RETRACE_DB)")
	return cmd
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

func (a *app) open(ctx context.Context) (storage.Store, error) {
	return storage.Open(ctx, a.db)
}

// openExisting opens a database that must already exist: a command that only reads
// should not create an empty one from a mistyped path.
func (a *app) openExisting(ctx context.Context) (storage.Store, error) {
	return storage.OpenExisting(ctx, a.db)
}

// withExisting runs fn on a database that must already exist, and closes it.
func (a *app) withExisting(ctx context.Context, fn func(storage.Store) error) error {
	store, err := a.openExisting(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	return fn(store)
}

// actor is who runs the command, recorded with imports and in the audit log:
// RETRACE_USER if set, else the operating-system user.
func actor() string {
	if v := os.Getenv("RETRACE_USER"); v != "" {
		return v
	}
	if name := userName(); name != "" {
		return "os:" + name
	}
	return "unknown"
}

// profileCPU gives every command a hidden --cpu-profile flag, for the developers'
// measurements of long runs (go tool pprof reads the file). The profile is written
// when the command ends, whether or not it failed.
func profileCPU(root *cobra.Command) {
	var path string
	root.PersistentFlags().StringVar(&path, "cpu-profile", "", "write a CPU profile here")
	root.PersistentFlags().MarkHidden("cpu-profile")
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		if path == "" || cmd.RunE == nil {
			return nil
		}
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return err
		}
		run := cmd.RunE
		cmd.RunE = func(cmd *cobra.Command, args []string) error {
			defer f.Close()
			defer pprof.StopCPUProfile()
			return run(cmd, args)
		}
		return nil
	}
}

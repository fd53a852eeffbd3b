package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/retrace-uk/retrace/bundleio"
	"github.com/retrace-uk/retrace/storage"
)

// shownProblems is how many problems the terminal shows; --rejected writes them all.
const shownProblems = 50

func (a *app) importCmd() *cobra.Command {
	var opt bundleio.Options
	cmd := &cobra.Command{
		Use:   "import BUNDLE",
		Short: "Import a journey bundle (a folder or a .zip)",
		Long: `Import a journey bundle: a folder, or a .zip of one, of CSV files as described in
the journey bundle spec. Every rule is checked and each problem is reported as
file:line:column: field: reason, the column counted from 1 as in a spreadsheet.

An import is one transaction: if any row is bad, nothing is imported and the
database is exactly as before. --skip-bad-rows imports the good rows and writes
the bad ones, as they came, with errors.csv, to a folder to correct and import again.
Re-importing the same bundle changes nothing; a changed row is updated in place.`,
		Example: "  retrace import exports/org17-2026-11.zip\n  retrace import ./bundle --skip-bad-rows --rejected ./bundle-rejected",
		Args:    oneArg("the bundle: a folder or a .zip"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opt.SkipBadRows && opt.RejectedDir == "" {
				opt.RejectedDir = defaultRejectedDir(args[0])
			}
			return a.runImport(cmd, args[0], opt)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&opt.SkipBadRows, "skip-bad-rows", false, "import the good rows and set the bad ones aside")
	f.StringVar(&opt.RejectedDir, "rejected", "", "set rejected rows and errors.csv aside in this folder (default with --skip-bad-rows: BUNDLE-rejected)")
	f.BoolVar(&opt.DryRun, "dry-run", false, "check the bundle and report, but store nothing")
	f.StringVar(&opt.Encoding, "encoding", "", "encoding of files without a byte order mark, e.g. windows-1252 (default UTF-8)")
	return cmd
}

func (a *app) runImport(cmd *cobra.Command, path string, opt bundleio.Options) error {
	ctx := cmd.Context()
	existed, err := storage.Exists(ctx, a.db)
	if err != nil {
		return err
	}
	store, err := a.open(ctx)
	if err != nil {
		return err
	}
	var rep *bundleio.Report
	defer func() {
		store.Close()
		if !existed && (rep == nil || !rep.Committed) {
			storage.Discard(ctx, a.db) // nothing was stored: leave no empty database behind
		}
	}()
	opt.Actor = actor()
	bar := a.progress()
	if bar != nil {
		opt.Progress = func(done, total int64) {
			bar.ChangeMax64(total)
			bar.Set64(done)
		}
	}
	rep, err = bundleio.Import(ctx, store, path, opt)
	if bar != nil {
		bar.Finish()
		bar.Clear()
	}
	rejected := errors.Is(err, bundleio.ErrRejected)
	if rep == nil || (err != nil && !rejected) {
		return err // not about the bundle's content: nothing to report but the error
	}
	a.printImport(rep, opt)
	rows, files := rep.RejectedRows()
	switch {
	case rejected:
		fmt.Fprintf(a.stderr, "Nothing was imported: %d %s. Correct the rows above and import again, or use --skip-bad-rows.\n", rep.Errors, plural(rep.Errors, "error", "errors"))
		if opt.RejectedDir != "" {
			fmt.Fprintf(a.stderr, "Every problem is listed in %s.\n", filepath.Join(opt.RejectedDir, "errors.csv"))
		}
		return exitError{code: 1}
	case rows+files > 0:
		fmt.Fprintf(a.stderr, "%d %s and %d unreadable %s set aside in %s, with errors.csv; correct them there and import that folder.\n",
			rows, plural(rows, "row", "rows"), files, plural(files, "file", "files"), opt.RejectedDir)
		return exitError{code: 1}
	}
	return nil
}

// defaultRejectedDir is BUNDLE-rejected beside the working directory.
func defaultRejectedDir(bundle string) string {
	abs, err := filepath.Abs(bundle)
	if err != nil {
		abs = bundle
	}
	return strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs)) + "-rejected"
}

// oneArg explains a missing or extra argument in the command's own words.
func oneArg(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != 1 {
			return fmt.Errorf("give one argument, %s: %s", what, cmd.UseLine())
		}
		return nil
	}
}

// terminal is stderr when it is a terminal: progress bars go there, and nowhere when
// output is piped or in CI.
func (a *app) terminal() *os.File {
	if f, ok := a.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return f
	}
	return nil
}

func (a *app) progress() *progressbar.ProgressBar {
	f := a.terminal()
	if f == nil {
		return nil
	}
	return progressbar.NewOptions64(-1, progressbar.OptionSetWriter(f), progressbar.OptionShowBytes(true),
		progressbar.OptionSetDescription("importing"), progressbar.OptionThrottle(100_000_000), progressbar.OptionClearOnFinish())
}

func (a *app) printImport(rep *bundleio.Report, opt bundleio.Options) {
	for i, p := range rep.Problems {
		if i == shownProblems {
			more := rep.Errors + rep.Warnings - shownProblems
			hint := ""
			if opt.RejectedDir == "" {
				hint = "; --rejected DIR writes them all"
			}
			fmt.Fprintf(a.stderr, "… and %d more%s\n", more, hint)
			break
		}
		fmt.Fprintln(a.stderr, p.Error())
	}
	verb, would := "Imported", ""
	switch {
	case rep.DryRun:
		verb, would = "Checked (dry run, nothing stored)", "would be "
	case !rep.Committed && rep.Errors > 0:
		verb, would = "Checked (nothing stored)", "would be "
	}
	fmt.Fprintf(a.stdout, "%s %s:\n", verb, rep.Bundle)
	for _, f := range rep.Files {
		if f.Unreadable {
			fmt.Fprintf(a.stdout, "  %-22s could not be read\n", f.File)
			continue
		}
		fmt.Fprintf(a.stdout, "  %-22s %7d rows: %d %sadded, %d %schanged, %d unchanged, %d rejected\n",
			f.File, f.Rows, f.Added, would, f.Changed, would, f.Unchanged, f.Rejected)
		if len(f.ChangedLines) > 0 {
			fmt.Fprintf(a.stdout, "  %-22s changed at lines %s\n", "", lines(f.ChangedLines, f.Changed))
		}
	}
	if rep.Errors == 0 && !rep.Changed() {
		fmt.Fprintln(a.stdout, "Nothing changed: every row is already in the database exactly so.")
	}
}

func lines(ls []int, total int) string {
	var b strings.Builder
	for i, l := range ls {
		if i == 20 {
			fmt.Fprintf(&b, " … (%d in all)", total)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, l)
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

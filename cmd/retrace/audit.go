package main

import (
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace/storage"
)

func (a *app) auditCmd() *cobra.Command {
	var since string
	cmd := &cobra.Command{
		Use:   "audit [--since DATE]",
		Short: "Who read or changed what, and when (the audit log; system admins only)",
		Long: `The audit log, oldest first: every import, export, link run, review decision,
explanation, list of events and report, with who ran it and what it touched (never a
name, date of birth or reference). It is append-only. For system admins.`,
		Example: "  retrace audit --since 2026-11-01",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			from := time.Time{}
			if since != "" {
				d, err := day("--since", since)
				if err != nil {
					return err
				}
				from = d
			}
			return a.withExisting(cmd.Context(), func(store storage.Store) error {
				if err := mustBe(cmd.Context(), store, storage.RoleSystemAdmin, "retrace audit"); err != nil {
					return err
				}
				log, err := store.AuditLog(cmd.Context(), from)
				if err != nil {
					return err
				}
				w := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
				fmt.Fprintln(w, "at (UTC)\tactor\taction\tsubject\tdetail\tfrom")
				for _, e := range log {
					fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", e.At.UTC().Format("2006-01-02 15:04:05"), e.Actor, e.Action, e.Subject, e.Detail, e.Origin)
				}
				return w.Flush()
			})
		},
	}
	cmd.Flags().StringVar(&since, "since", "", "only events on or after this day (YYYY-MM-DD)")
	cmd.AddCommand(a.auditVerifyCmd())
	return cmd
}

func (a *app) auditVerifyCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "verify",
		Short: "Check that no audit event was changed or deleted",
		Long: `Each audit event is sealed, moments after it is written, with its place in a chain,
the hash of the event before it and its own, over its fields; the database keeps the
last. verify recomputes the chain from the first event and names the first event
changed after it was sealed, or deleted, or says that events were cut from the end.
It exits with status 1 if it finds one.
Someone able to rewrite the whole log and its hashes is not stopped by this alone:
keep a copy of the last hash it prints somewhere else, and compare.`,
		Example: "  retrace audit verify",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withExisting(cmd.Context(), func(store storage.Store) error {
				if err := mustBe(cmd.Context(), store, storage.RoleSystemAdmin, "retrace audit verify"); err != nil {
					return err
				}
				c, err := store.VerifyAudit(cmd.Context())
				if err != nil {
					return err
				}
				if c.Events > 0 {
					fmt.Fprintf(a.stdout, "The audit log's %d sealed events are as they were written. The last hash is %s.\n", c.Events, c.Head)
				} else {
					fmt.Fprintln(a.stdout, "No audit events are sealed yet.")
				}
				if c.Unsealed > 0 {
					fmt.Fprintf(a.stdout, "%d newer events are not sealed yet: they are when the next event is written.\n", c.Unsealed)
				}
				return nil
			})
		},
	}
}

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
	return cmd
}

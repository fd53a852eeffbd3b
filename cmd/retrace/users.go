package main

import (
	"context"
	"fmt"
	"os"
	"os/user"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace/storage"
)

func (a *app) usersCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "users",
		Short: "Who may use retrace, and as what: add, list",
		Long: `Users and their roles: support_worker and organisation_admin (of one organisation),
analyst (pseudonymised data across organisations, and raw figures: report
--disclosure none) and system_admin (adds users). The first user must be a
system_admin; after that only a system_admin adds users.

On the command line you are your operating-system account, or RETRACE_USER if set:
the database file's permissions are what keeps others out, the roles what keeps
each user to their part.`,
	}
	cmd.AddCommand(a.usersAddCmd(), a.usersListCmd())
	return cmd
}

func (a *app) usersAddCmd() *cobra.Command {
	var role, organisation string
	cmd := &cobra.Command{
		Use:   "add NAME --role ROLE [--organisation CODE]",
		Short: "Add a user (the first must be a system_admin)",
		Example: `  retrace users add "$(whoami)" --role system_admin   # the first user
  retrace users add amira --role analyst
  retrace users add tom --role support_worker --organisation LA06`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := a.open(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			u := storage.User{Name: args[0], Role: role, Organisation: organisation}
			if err := store.AddUser(cmd.Context(), userName(), u); err != nil {
				return err
			}
			if err := store.Audit(cmd.Context(), storage.AuditEvent{Actor: actor(), Action: "users add", Subject: "user " + u.Name, Detail: "role " + u.Role}); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "Added %s as %s.\n", u.Name, strings.ReplaceAll(u.Role, "_", " "))
			return nil
		},
	}
	cmd.Flags().StringVar(&role, "role", "", "support_worker, organisation_admin, analyst or system_admin")
	cmd.Flags().StringVar(&organisation, "organisation", "", "the organisation's code, for a support worker or organisation admin")
	cmd.MarkFlagRequired("role")
	return cmd
}

func (a *app) usersListCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the users and their roles",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withExisting(cmd.Context(), func(store storage.Store) error {
				users, err := store.ListUsers(cmd.Context())
				if err != nil {
					return err
				}
				w := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
				fmt.Fprintln(w, "name\trole\torganisation\tadded\tby")
				for _, u := range users {
					fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", u.Name, u.Role, u.Organisation, u.AddedAt.Format("2006-01-02"), u.AddedBy)
				}
				return w.Flush()
			})
		},
	}
}

// userName is who runs the command, as a user of retrace: RETRACE_USER if set, else
// the operating-system account's name.
func userName() string {
	if v := os.Getenv("RETRACE_USER"); v != "" {
		return v
	}
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return ""
}

// mustBe refuses unless whoever runs the command has the role in the store.
func mustBe(ctx context.Context, store storage.Store, role, what string) error {
	name := userName()
	u, ok, err := store.User(ctx, name)
	switch {
	case err != nil:
		return err
	case !ok || u.Role != role:
		return fmt.Errorf("%s is for users with the %s role, which %s does not have here (a system_admin adds them: retrace users add NAME --role %s)",
			what, role, name, role)
	}
	return nil
}

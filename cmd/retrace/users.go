package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/web"
)

func (a *app) usersCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "users",
		Short: "Who may use retrace, and as what: add, list",
		Long: `Users and their roles, and their passwords for the web app (retrace serve):
support_worker and organisation_admin (of one organisation),
analyst (pseudonymised data across organisations, and raw figures: report
--disclosure none) and system_admin (adds users). The first user must be a
system_admin; after that a system_admin adds users, and an organisation_admin the
support workers and admins of their own organisation.

On the command line you are your operating-system account, or RETRACE_USER if set:
the database file's permissions are what keeps others out, the roles what keeps
each user to their part.`,
	}
	cmd.AddCommand(a.usersAddCmd(), a.usersListCmd(), a.usersPasswordCmd(), a.usersTokenCmd(), a.usersTokensCmd(), a.usersRevokeTokenCmd())
	return cmd
}

func (a *app) usersAddCmd() *cobra.Command {
	var role, organisation string
	var withPassword bool
	cmd := &cobra.Command{
		Use:   "add NAME --role ROLE [--organisation CODE] [--password-stdin]",
		Short: "Add a user (the first must be a system_admin)",
		Example: `  retrace users add "$(whoami)" --role system_admin   # the first user
  retrace users add amira --role analyst
  retrace users add tom --role support_worker --organisation LA06`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var password string
			if withPassword {
				var err error
				if password, err = a.readPassword(cmd, true); err != nil {
					return err
				}
			}
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
			if withPassword {
				if err := setPassword(cmd.Context(), store, userName(), u.Name, password); err != nil {
					return err
				}
			}
			fmt.Fprintf(a.stdout, "Added %s as %s.\n", u.Name, strings.ReplaceAll(u.Role, "_", " "))
			return nil
		},
	}
	cmd.Flags().StringVar(&role, "role", "", "support_worker, organisation_admin, analyst or system_admin")
	cmd.Flags().StringVar(&organisation, "organisation", "", "the organisation's code, for a support worker or organisation admin")
	cmd.Flags().BoolVar(&withPassword, "password-stdin", false, "read the user's web app password from the first line of standard input")
	cmd.MarkFlagRequired("role")
	return cmd
}

func (a *app) usersPasswordCmd() *cobra.Command {
	var fromStdin bool
	cmd := &cobra.Command{
		Use:   "password NAME",
		Short: "Set a user's password for the web app (yours, or as an admin another's)",
		Long: `Set a user's password for the web app. You may set your own; a system_admin
anyone's; an organisation_admin those of their organisation's support workers and
admins. The password is asked for twice at the terminal, or read from the first line
of standard input with --password-stdin. It needs at least 12 characters. Setting a
password signs the user out everywhere.`,
		Example: `  retrace users password tom
  printf '%s\n' "$PASSWORD" | retrace users password tom --password-stdin`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			password, err := a.readPassword(cmd, fromStdin)
			if err != nil {
				return err
			}
			return a.withExisting(cmd.Context(), func(store storage.Store) error {
				return setPassword(cmd.Context(), store, userName(), args[0], password)
			})
		},
	}
	cmd.Flags().BoolVar(&fromStdin, "password-stdin", false, "read the password from the first line of standard input")
	return cmd
}

// readPassword reads a new password: from standard input's first line, or asked
// twice at the terminal without echo.
func (a *app) readPassword(cmd *cobra.Command, fromStdin bool) (string, error) {
	in := cmd.InOrStdin()
	if fromStdin {
		line, err := bufio.NewReader(in).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return "", err
		}
		return strings.TrimRight(line, "\r\n"), web.CheckNewPassword(strings.TrimRight(line, "\r\n"))
	}
	f, ok := in.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return "", errors.New("no terminal to ask for the password at: give it on standard input with --password-stdin")
	}
	var answers [2]string
	for i, prompt := range []string{"New password: ", "Again: "} {
		fmt.Fprint(a.stderr, prompt)
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(a.stderr)
		if err != nil {
			return "", err
		}
		answers[i] = string(b)
	}
	if answers[0] != answers[1] {
		return "", errors.New("the two passwords are not the same")
	}
	return answers[0], web.CheckNewPassword(answers[0])
}

func setPassword(ctx context.Context, store storage.Store, by, name, password string) error {
	hash, err := web.HashPassword(password)
	if err != nil {
		return err
	}
	if err := store.SetPassword(ctx, by, name, hash, time.Now()); err != nil {
		return err
	}
	return store.Audit(ctx, storage.AuditEvent{Actor: actor(), Action: "users password", Subject: "user " + name})
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

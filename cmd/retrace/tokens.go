package main

import (
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/web"
)

func (a *app) usersTokenCmd() *cobra.Command {
	var label, expires string
	cmd := &cobra.Command{
		Use:   "token NAME [--label TEXT] [--expires 90d]",
		Short: "Make an API token for a user (yours, or as a system_admin anyone's); it is shown once",
		Long: `Make a token for the web app's JSON API (retrace serve: /api/v1, described at
/api/openapi.json). A program sends it as "Authorization: Bearer rtr_…" and acts as
the user, with the user's role and organisation. You may make your own; a
system_admin anyone's. The token is printed once, on standard output: the database
keeps only its SHA-256. It expires after --expires (days as 90d, or hours as 12h, or
never); revoke it sooner with retrace users revoke-token.`,
		Example: `  retrace users token tom --label "case system" --expires 30d
  TOKEN=$(retrace users token "$(whoami)" --expires 7d)`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			life, err := tokenLife(expires)
			if err != nil {
				return err
			}
			return a.withExisting(cmd.Context(), func(store storage.Store) error {
				token, hash := web.NewAPIToken()
				now := time.Now().UTC()
				t := storage.Token{UserName: args[0], Label: label, CreatedAt: now}
				if life > 0 {
					t.ExpiresAt = now.Add(life)
				}
				t, err := store.CreateToken(cmd.Context(), userName(), hash, t)
				if err != nil {
					return err
				}
				if err := store.Audit(cmd.Context(), storage.AuditEvent{Actor: actor(), Action: "users token", Subject: "user " + t.UserName,
					Detail: fmt.Sprintf("token %d, expires %s", t.ID, showExpiry(t.ExpiresAt))}); err != nil {
					return err
				}
				fmt.Fprintln(a.stdout, token)
				fmt.Fprintf(a.stderr, "API token %d for %s, expires %s. It is shown only now: keep it where the program that uses it can read it, and nowhere else.\n",
					t.ID, t.UserName, showExpiry(t.ExpiresAt))
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&label, "label", "", "what the token is for, to tell it from the user's others")
	cmd.Flags().StringVar(&expires, "expires", "90d", "how long it lasts: days (90d), hours (12h), or never")
	return cmd
}

// tokenLife reads --expires: days as 90d, a Go duration as 12h, or never (0).
func tokenLife(s string) (time.Duration, error) {
	if s == "never" {
		return 0, nil
	}
	if days, ok := strings.CutSuffix(s, "d"); ok {
		if n, err := strconv.Atoi(days); err == nil && n > 0 {
			return time.Duration(n) * 24 * time.Hour, nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d > 0 {
		return d, nil
	}
	return 0, fmt.Errorf("--expires %q: give days as 90d, hours as 12h, or never", s)
}

func showExpiry(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

func (a *app) usersTokensCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "tokens NAME",
		Short:   "List a user's API tokens (yours, or those of users you manage)",
		Example: "  retrace users tokens tom",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withExisting(cmd.Context(), func(store storage.Store) error {
				tokens, err := store.ListTokens(cmd.Context(), userName(), args[0])
				if err != nil {
					return err
				}
				if err := store.Audit(cmd.Context(), storage.AuditEvent{Actor: actor(), Action: "users tokens", Subject: "user " + args[0]}); err != nil {
					return err
				}
				now := time.Now()
				w := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
				fmt.Fprintln(w, "id\tlabel\tmade\tby\texpires\tlast used\tstate")
				for _, t := range tokens {
					used := "never"
					if !t.LastUsedAt.IsZero() {
						used = t.LastUsedAt.UTC().Format("2006-01-02 15:04")
					}
					fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", t.ID, t.Label, t.CreatedAt.UTC().Format("2006-01-02"), t.CreatedBy,
						showExpiry(t.ExpiresAt), used, tokenState(t, now))
				}
				return w.Flush()
			})
		},
	}
}

func tokenState(t storage.Token, now time.Time) string {
	switch {
	case !t.RevokedAt.IsZero():
		return "revoked " + t.RevokedAt.UTC().Format("2006-01-02")
	case !t.Live(now):
		return "expired"
	}
	return "live"
}

func (a *app) usersRevokeTokenCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "revoke-token NAME ID",
		Short:   "Revoke a user's API token by its id (yours, or one of a user you manage)",
		Example: "  retrace users revoke-token tom 3",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseInt(args[1], 10, 64)
			if err != nil {
				return fmt.Errorf("token id %q: give the number retrace users tokens %s lists", args[1], args[0])
			}
			return a.withExisting(cmd.Context(), func(store storage.Store) error {
				if err := store.RevokeToken(cmd.Context(), userName(), args[0], id, time.Now()); err != nil {
					return err
				}
				if err := store.Audit(cmd.Context(), storage.AuditEvent{Actor: actor(), Action: "users revoke-token", Subject: "user " + args[0],
					Detail: fmt.Sprintf("token %d", id)}); err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "Revoked %s's API token %d.\n", args[0], id)
				return nil
			})
		},
	}
}

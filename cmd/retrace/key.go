package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace/storage"
)

func (a *app) keyCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "key",
		Short: "The key that encrypts people's identity fields in the database",
		Long: `With RETRACE_KEY_FILE naming a file of at least 32 bytes (or RETRACE_KEY holding
them), retrace keeps people's names, other names, dates of birth, places of birth and
Home Office references encrypted in the database (AES-256-GCM), and their search
keys as keyed hashes, so that a copy of the database alone reveals no names. Every
command that opens the database reads the key the same way; one opened without it
refuses to read people.`,
	}
	var newKey string
	rotate := &cobra.Command{
		Use:   "rotate --new-key FILE",
		Short: "Encrypt every person's identity fields under a new key",
		Long: `Decrypt every person's identity fields with the current key (RETRACE_KEY_FILE;
none for a database not yet encrypted) and encrypt them with the key in FILE, in one
transaction. The search index is built again under the new key when the web app
next starts or searches. Then point RETRACE_KEY_FILE at the new key. For system
admins; recorded in the audit log.`,
		Example: "  RETRACE_KEY_FILE=/secure/old-key retrace key rotate --new-key /secure/new-key",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			material, err := readSecret(newKey, "the new key", 32)
			if err != nil {
				return err
			}
			return a.withExisting(cmd.Context(), func(store storage.Store) error {
				if err := mustBe(cmd.Context(), store, storage.RoleSystemAdmin, "retrace key rotate"); err != nil {
					return err
				}
				n, err := store.RotateKey(cmd.Context(), material)
				if err != nil {
					return err
				}
				if err := store.Audit(cmd.Context(), storage.AuditEvent{Actor: actor(), Action: "key rotate", Subject: "person records", Detail: fmt.Sprintf("%d records", n)}); err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "Encrypted %d people's records under the new key: set %s to %s from now on.\n", n, storage.KeyFileEnv, newKey)
				return nil
			})
		},
	}
	rotate.Flags().StringVar(&newKey, "new-key", "", "file holding the new key (at least 32 bytes)")
	rotate.MarkFlagRequired("new-key")
	cmd.AddCommand(rotate)
	return cmd
}

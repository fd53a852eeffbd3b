package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace/bundleio"
)

func (a *app) exportCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "export DIR",
		Short: "Write the database back out as a journey bundle",
		Long: `Write every stored row as a journey bundle in DIR (created if needed): all seven
files, each replacing a file of the same name there. Rows keep their import order and
any unknown columns they came with, so import → export → import changes nothing.
The export is recorded in the audit log with who ran it.`,
		Example: "  retrace export ./bundle-out",
		Args:    oneArg("the folder to write the bundle into"),
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := a.openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			rep, err := bundleio.Export(cmd.Context(), store, args[0], actor())
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "Exported to %s:\n", rep.Dir)
			for _, f := range rep.Files {
				fmt.Fprintf(a.stdout, "  %-22s %7d rows\n", f.File, f.Rows)
			}
			return nil
		},
	}
}

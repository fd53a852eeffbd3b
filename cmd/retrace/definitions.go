package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace/definitions"
)

// withDefinitions gives a command the --definitions flag: a folder of the user's own
// definition files, read besides the built-in ones.
func (a *app) withDefinitions(cmd *cobra.Command) *cobra.Command {
	cmd.PersistentFlags().StringVar(&a.definitions, "definitions", envOr("RETRACE_DEFINITIONS", ""),
		"folder of your own definition files (*.toml), besides the built-in ones (env RETRACE_DEFINITIONS)")
	return cmd
}

func (a *app) loadDefinitions() ([]definitions.Definition, error) {
	return definitions.Load(a.definitions)
}

func (a *app) definitionsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "definitions",
		Short: "The candidate definitions of re-trafficking: list, show, check",
		Long: `No definition of re-trafficking is agreed, so retrace counts under several side by
side. A definition is a named, versioned TOML file of parameters:

  name               lower-case letters, digits and hyphens
  version            a whole number from 1, raised whenever a parameter changes
  description        one line
  counts             referrals (2+ NRM referrals), distinct_referrals (2+ about
                     different incidents), episode_after_exit (a later episode starts
                     after an exit from an earlier one), episode_after_support (a
                     later episode starts after a support episode ended)
  min_gap_days       at least this many days from the exit (or end of support) to
                     the later start (default 0: any later day)
  evidence           what a later episode may be known from: referral, follow_up
                     (default ["referral"])
  location           where it happened: any, uk, after_return (default any)
  exploiter          any, different, same as the earlier episode's (default any)
  required_decision  the earlier episode needs a positive decision: none, rg, cg
                     (default none)
  same_incident_days referrals without known exploitation dates this close, of a
                     shared exploitation type, are one incident (default 90)

distinct_referrals reads only same_incident_days; referrals reads no parameter.
Five are built in; put your own in a folder (files named *.toml) and name it with
--definitions.`,
	}
	list := &cobra.Command{
		Use:   "list",
		Short: "List the definitions, built in and your own",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			defs, err := a.loadDefinitions()
			if err != nil {
				return err
			}
			w := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "NAME\tVERSION\tFINGERPRINT\tFROM\tDESCRIPTION")
			for _, d := range defs {
				fmt.Fprintf(w, "%s\t%d\t%s\t%s\t%s\n", d.Name, d.Version, d.Fingerprint(), d.File, d.Description)
			}
			return w.Flush()
		},
	}
	show := &cobra.Command{
		Use:   "show NAME",
		Short: "Print a definition with every parameter, as a file would hold it",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := a.definition(args[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "# %s, fingerprint %s\n%s", d.File, d.Fingerprint(), d.TOML())
			return nil
		},
	}
	check := &cobra.Command{
		Use:   "check FILE...",
		Short: "Check definition files: every problem with its file, line and key",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			known, err := a.loadDefinitions()
			if err != nil {
				known = definitions.BuiltIn() // the folder's own problems are reported per file
			}
			failed := 0
			for _, path := range args {
				d, err := definitions.ReadFile(path)
				if err == nil {
					err = definitions.NameIsFree(known, d)
				}
				if err == nil {
					known = append(known, d) // the files checked together must differ too
				}
				if err == nil && !strings.EqualFold(filepath.Ext(path), ".toml") {
					err = fmt.Errorf("%s: a definitions folder reads only files named *.toml: rename it", path)
				}
				if err != nil {
					fmt.Fprintln(a.stderr, err)
					failed++
					continue
				}
				fmt.Fprintf(a.stdout, "%s: %s version %d is a valid definition\n", path, d.Name, d.Version)
			}
			if failed > 0 {
				return exitError{1}
			}
			return nil
		},
	}
	cmd.AddCommand(list, show, check)
	return a.withDefinitions(cmd)
}

// definition is the definition of that name, built in or from the user's folder.
func (a *app) definition(name string) (definitions.Definition, error) {
	defs, err := a.loadDefinitions()
	if err != nil {
		return definitions.Definition{}, err
	}
	return definitions.Named(defs, name)
}

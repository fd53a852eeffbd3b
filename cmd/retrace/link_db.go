package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace/linkage"
	"github.com/retrace-uk/retrace/linkdb"
	"github.com/retrace-uk/retrace/storage"
)

// linkDatabase links the stored records, keeps person ids stable and saves the run.
func (a *app) linkDatabase(cmd *cobra.Command, settingsPath, modelPath, saveModel string, incremental bool) error {
	ctx := cmd.Context()
	opt := linkdb.Options{Incremental: incremental, Actor: actor(), Progress: a.stageProgress()}
	switch {
	case modelPath != "" && (settingsPath != "" || incremental):
		return fmt.Errorf("--model brings its own settings and is not used with --settings or --incremental (which uses the last run's model)")
	case settingsPath != "" && incremental:
		return fmt.Errorf("--incremental uses the last run's model and settings; --settings is for a full run")
	case modelPath != "":
		m, err := linkage.LoadModel(modelPath)
		if err != nil {
			return err
		}
		opt.Model = m
	case settingsPath != "":
		settings, err := linkage.ReadSettings(settingsPath)
		if err != nil {
			return err
		}
		opt.Settings = &settings
	}
	store, err := a.openExisting(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	sum, err := linkdb.Run(ctx, store, opt)
	if err != nil {
		return err
	}
	if saveModel != "" {
		if err := sum.Model.Save(saveModel); err != nil {
			return err
		}
	}
	run := sum.Run
	fmt.Fprintf(a.stdout, "Linked %d records into %d people in %.1fs (%s): %d records linked for the first time, %d moved to another person; %d pairs compared; %d pairs to review (retrace link review).\n",
		run.Records, run.People, sum.Took.Seconds(), run.Mode, sum.Fresh, sum.Moved, run.Pairs, sum.Queue)
	a.notePriorAtBound(sum.Model)
	return nil
}

func (a *app) linkReviewCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "review",
		Short:   "List the pairs of records waiting for a person to decide",
		Example: "  retrace link review",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withExisting(cmd.Context(), func(store storage.Store) error {
				reviews, err := store.Reviews(cmd.Context())
				if err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "%d pairs to review. See one with: retrace link explain A B; decide with: retrace link decide A B --same (or --not-same)\n", len(reviews))
				for _, r := range reviews {
					fmt.Fprintf(a.stdout, "  %-20s %-20s %.3f  %s\n", r.A, r.B, r.Probability, r.Reason)
				}
				return nil
			})
		},
	}
}

func (a *app) linkDecideCmd() *cobra.Command {
	var same, notSame bool
	cmd := &cobra.Command{
		Use:     "decide RECORD_A RECORD_B --same|--not-same",
		Short:   "Record a reviewer's decision on a pair; it wins over the model at every relink",
		Example: "  retrace link decide ORG01-000001 ORG02-000003 --same",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if same == notSame {
				return fmt.Errorf("give one of --same or --not-same")
			}
			store, err := a.openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			who := actor()
			if err := store.Decide(cmd.Context(), storage.LinkDecision{A: args[0], B: args[1], Same: same, DecidedBy: who}); err != nil {
				return err
			}
			verdict := map[bool]string{true: "the same person", false: "not the same person"}[same]
			if err := store.Audit(cmd.Context(), storage.AuditEvent{Actor: who, Action: "link decision", Subject: "person records " + args[0] + " and " + args[1], Detail: verdict}); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "Recorded: %s and %s are %s. It applies from the next retrace link.\n", args[0], args[1], verdict)
			return nil
		},
	}
	cmd.Flags().BoolVar(&same, "same", false, "the records are one person")
	cmd.Flags().BoolVar(&notSame, "not-same", false, "the records are different people")
	return cmd
}

// explainDatabase explains a pair of stored records with the last run's model.
func (a *app) explainDatabase(cmd *cobra.Command, recordA, recordB string) error {
	ctx := cmd.Context()
	store, err := a.openExisting(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	if err := store.Audit(ctx, storage.AuditEvent{Actor: actor(), Action: "link explain", Subject: "person records " + recordA + " and " + recordB}); err != nil {
		return err
	}
	return linkdb.Explain(ctx, store, a.stdout, recordA, recordB)
}

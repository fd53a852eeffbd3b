package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundle"
	"github.com/retrace-uk/retrace/linkage"
	"github.com/retrace-uk/retrace/storage"
)

// storedRecords reads the person records in the database as a dataset.
func storedRecords(ctx context.Context, store storage.Store) (*linkage.Dataset, error) {
	d, err := linkage.NewDataset(bundle.People.ColumnNames(), "record_id")
	if err != nil {
		return nil, err
	}
	err = store.Each(ctx, bundle.People, func(cells []string, _ retrace.Extra) error {
		d.Add(append([]string(nil), cells...))
		return nil
	})
	return d, err
}

// linkDatabase links the stored records, keeps person ids stable and saves the run.
func (a *app) linkDatabase(cmd *cobra.Command, settingsPath, modelPath, saveModel string, incremental bool) error {
	ctx := cmd.Context()
	store, err := a.openExisting(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	d, err := storedRecords(ctx, store)
	if err != nil {
		return err
	}
	previous, err := store.PersonLinks(ctx)
	if err != nil {
		return err
	}
	model, settings, err := a.linkModel(ctx, store, settingsPath, modelPath, incremental)
	if err != nil {
		return err
	}
	l, _, err := newLinker(settings, model, d)
	if err != nil {
		return err
	}
	opt, err := linkOptions(ctx, store, d, previous, incremental)
	if err != nil {
		return err
	}
	opt.Progress = a.stageProgress()
	start := time.Now()
	res, err := l.Link(ctx, opt)
	if err != nil {
		return err
	}
	return a.saveLinkRun(ctx, store, d, previous, res, incremental, saveModel, time.Since(start))
}

// linkModel: a model file, the last run's model (incremental), or one to train.
func (a *app) linkModel(ctx context.Context, store storage.Store, settingsPath, modelPath string, incremental bool) (*linkage.Model, linkage.Settings, error) {
	settings := linkage.DefaultSettings()
	var err error
	switch {
	case modelPath != "" && (settingsPath != "" || incremental):
		return nil, settings, fmt.Errorf("--model brings its own settings and is not used with --settings or --incremental (which uses the last run's model)")
	case settingsPath != "" && incremental:
		return nil, settings, fmt.Errorf("--incremental uses the last run's model and settings; --settings is for a full run")
	case modelPath != "":
		m, err := linkage.LoadModel(modelPath)
		if err != nil {
			return nil, settings, err
		}
		return m, m.Settings, nil
	case incremental:
		text, err := store.LatestModel(ctx)
		if err != nil || text == "" {
			return nil, settings, fmt.Errorf("no earlier link run to add to: run retrace link first")
		}
		var m linkage.Model
		if err := json.Unmarshal([]byte(text), &m); err != nil {
			return nil, settings, err
		}
		return &m, m.Settings, nil
	case settingsPath != "":
		settings, err = linkage.ReadSettings(settingsPath)
	}
	return nil, settings, err
}

// linkOptions carries reviewers' decisions and, when incremental, keeps every linked
// person together and compares only pairs with a new record.
func linkOptions(ctx context.Context, store storage.Store, d *linkage.Dataset, previous map[string]string, incremental bool) (linkage.Options, error) {
	var opt linkage.Options
	decisions, err := store.LinkDecisions(ctx)
	if err != nil {
		return opt, err
	}
	for _, dec := range decisions {
		opt.Decisions = append(opt.Decisions, linkage.Decision{A: dec.A, B: dec.B, Same: dec.Same})
	}
	if incremental {
		isNew := make([]bool, d.Len())
		for i := range isNew {
			_, linked := previous[d.ID(i)]
			isNew[i] = !linked
		}
		opt.Only = func(i, j int) bool { return isNew[i] || isNew[j] }
		opt.Decisions = append(linkage.KeepPeople(previous), opt.Decisions...)
	}
	return opt, nil
}

func (a *app) saveLinkRun(ctx context.Context, store storage.Store, d *linkage.Dataset, previous map[string]string, res *linkage.Result, incremental bool, saveModel string, took time.Duration) error {
	ids := make([]string, d.Len())
	for i := range ids {
		ids[i] = d.ID(i)
	}
	persons := linkage.PersonIDs(res.Cluster, ids, previous)
	run := storage.LinkRun{Actor: actor(), Mode: "full", Records: d.Len(), Pairs: res.Blocking.Pairs}
	if incremental {
		run.Mode = "incremental"
	}
	people, moved, fresh := map[string]bool{}, 0, 0
	for i, p := range persons {
		people[p] = true
		switch before, ok := previous[ids[i]]; {
		case !ok:
			fresh++
		case before != p:
			moved++
		}
		run.Links = append(run.Links, storage.PersonLink{RecordID: ids[i], PersonID: p})
	}
	run.People = len(people)
	for _, p := range res.Review {
		run.Reviews = append(run.Reviews, storage.ReviewPair{A: d.ID(int(p.A)), B: d.ID(int(p.B)), Probability: p.Probability(), Reason: "uncertain"})
	}
	for _, p := range res.HeldApart {
		run.Reviews = append(run.Reviews, storage.ReviewPair{A: d.ID(int(p.A)), B: d.ID(int(p.B)), Probability: p.Probability(),
			Reason: "held apart: joining them would join records that strongly disagree"})
	}
	model, err := json.Marshal(res.Model)
	if err != nil {
		return err
	}
	run.Model = string(model)
	if saveModel != "" {
		if err := res.Model.Save(saveModel); err != nil {
			return err
		}
	}
	if _, err := store.SaveLinkRun(ctx, run); err != nil {
		return err
	}
	if err := store.Audit(ctx, storage.AuditEvent{Actor: run.Actor, Action: "link", Subject: "all person records",
		Detail: fmt.Sprintf("%s run: %d records, %d people", run.Mode, run.Records, run.People)}); err != nil {
		return err
	}
	queue, err := store.Reviews(ctx) // pairs a reviewer already decided stay off the queue
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "Linked %d records into %d people in %.1fs (%s): %d records linked for the first time, %d moved to another person; %d pairs compared; %d pairs to review (retrace link review).\n",
		run.Records, run.People, took.Seconds(), run.Mode, fresh, moved, run.Pairs, len(queue))
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
	model, settings, err := a.linkModel(ctx, store, "", "", true)
	if err != nil {
		return err
	}
	d, err := storedRecords(ctx, store)
	if err != nil {
		return err
	}
	l, _, err := newLinker(settings, model, d)
	if err != nil {
		return err
	}
	if err := store.Audit(ctx, storage.AuditEvent{Actor: actor(), Action: "link explain", Subject: "person records " + recordA + " and " + recordB}); err != nil {
		return err
	}
	return l.Explain(a.stdout, recordA, recordB)
}

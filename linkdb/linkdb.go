// Package linkdb links the person records kept in a store: a full run, or an
// incremental one that adds new records to the people already linked, with
// reviewers' decisions winning over the model; and explains a stored pair.
package linkdb

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundle"
	"github.com/retrace-uk/retrace/linkage"
	"github.com/retrace-uk/retrace/storage"
)

// Options say how to link.
type Options struct {
	// Model is a trained model to use as it is; nil trains one (full run) or takes
	// the last run's (incremental).
	Model *linkage.Model
	// Settings are a full run's settings when there is no Model (zero: the defaults).
	Settings    *linkage.Settings
	Incremental bool
	Actor       string
	Progress    func(stage string, done, total int)
}

// Summary is what a run did.
type Summary struct {
	Run          storage.LinkRun
	Model        *linkage.Model
	Fresh, Moved int // records linked for the first time; records that changed person
	Queue        int // pairs waiting for a reviewer after the run
	Took         time.Duration
}

// ErrNoEarlierRun is returned by an incremental run, or an explanation, on a store
// that has never been linked.
var ErrNoEarlierRun = errors.New("no earlier link run to add to: run retrace link first")

// Stored reads the person records in the store as a dataset.
func Stored(ctx context.Context, store storage.Store) (*linkage.Dataset, error) {
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

// LatestModel is the model of the store's last link run.
func LatestModel(ctx context.Context, store storage.Store) (*linkage.Model, error) {
	text, err := store.LatestModel(ctx)
	if err != nil {
		return nil, err
	}
	if text == "" {
		return nil, ErrNoEarlierRun
	}
	var m linkage.Model
	if err := json.Unmarshal([]byte(text), &m); err != nil {
		return nil, err
	}
	return &m, nil
}

// Linker is a linker of the settings (and model, if any) loaded with the dataset.
func Linker(settings linkage.Settings, model *linkage.Model, d *linkage.Dataset) (*linkage.Linker, error) {
	variants, err := settings.Variants()
	if err != nil {
		return nil, err
	}
	l, err := linkage.New(settings, variants, model)
	if err != nil {
		return nil, err
	}
	return l, l.Load(d)
}

// Run links the stored records, keeps person ids stable, saves the run and puts it in
// the audit log.
func Run(ctx context.Context, store storage.Store, opt Options) (Summary, error) {
	d, err := Stored(ctx, store)
	if err != nil {
		return Summary{}, err
	}
	previous, err := store.PersonLinks(ctx)
	if err != nil {
		return Summary{}, err
	}
	model, settings := opt.Model, linkage.DefaultSettings()
	switch {
	case model != nil:
		settings = model.Settings
	case opt.Incremental:
		if model, err = LatestModel(ctx, store); err != nil {
			return Summary{}, err
		}
		settings = model.Settings
	case opt.Settings != nil:
		settings = *opt.Settings
	}
	l, err := Linker(settings, model, d)
	if err != nil {
		return Summary{}, err
	}
	lopt, err := options(ctx, store, d, previous, opt.Incremental)
	if err != nil {
		return Summary{}, err
	}
	lopt.Progress = opt.Progress
	start := time.Now()
	res, err := l.Link(ctx, lopt)
	if err != nil {
		return Summary{}, err
	}
	sum, err := save(ctx, store, d, previous, res, opt)
	sum.Took = time.Since(start)
	return sum, err
}

// options carry reviewers' decisions and, when incremental, keep every linked person
// together and compare only pairs with a new record.
func options(ctx context.Context, store storage.Store, d *linkage.Dataset, previous map[string]string, incremental bool) (linkage.Options, error) {
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

func save(ctx context.Context, store storage.Store, d *linkage.Dataset, previous map[string]string, res *linkage.Result, opt Options) (Summary, error) {
	ids := make([]string, d.Len())
	for i := range ids {
		ids[i] = d.ID(i)
	}
	persons := linkage.PersonIDs(res.Cluster, ids, previous)
	sum := Summary{Model: res.Model}
	run := storage.LinkRun{Actor: opt.Actor, Mode: "full", Records: d.Len(), Pairs: res.Blocking.Pairs}
	if opt.Incremental {
		run.Mode = "incremental"
	}
	people := map[string]bool{}
	for i, p := range persons {
		people[p] = true
		switch before, ok := previous[ids[i]]; {
		case !ok:
			sum.Fresh++
		case before != p:
			sum.Moved++
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
		return sum, err
	}
	run.Model = string(model)
	if _, err := store.SaveLinkRun(ctx, run); err != nil {
		return sum, err
	}
	if len(run.Links) >= 10000 { // a large run rewrites person_links: refresh the planner's view
		if err := store.Optimize(ctx); err != nil {
			return sum, err
		}
	}
	if err := store.Audit(ctx, storage.AuditEvent{Actor: run.Actor, Action: "link", Subject: "all person records",
		Detail: fmt.Sprintf("%s run: %d records, %d people", run.Mode, run.Records, run.People)}); err != nil {
		return sum, err
	}
	queue, err := store.Reviews(ctx) // pairs a reviewer already decided stay off the queue
	sum.Run, sum.Queue = run, len(queue)
	return sum, err
}

// Explain writes how the last run's model scores a pair of stored records.
func Explain(ctx context.Context, store storage.Store, w io.Writer, recordA, recordB string) error {
	model, err := LatestModel(ctx, store)
	if err != nil {
		return err
	}
	d, err := Stored(ctx, store)
	if err != nil {
		return err
	}
	l, err := Linker(model.Settings, model, d)
	if err != nil {
		return err
	}
	return l.Explain(w, recordA, recordB)
}

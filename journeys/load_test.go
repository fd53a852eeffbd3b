package journeys

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/disclosure"
	"github.com/retrace-uk/retrace/figures"
	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/synth/synthtest"
)

// syntheticStore imports synthetic people into a new SQLite file, linked as the
// truth says.
func syntheticStore(t *testing.T, people int, seed uint64) (storage.Store, storage.LinkRun) {
	store, dir := synthtest.Imported(t, people, seed)
	run := storage.LinkRun{Actor: "test", Mode: "full", Model: "{}"}
	for record, person := range synthtest.TrueLinks(t, dir) {
		run.Links = append(run.Links, storage.PersonLink{RecordID: record, PersonID: person})
	}
	return store, run
}

// A report reads the journeys from the tables once, and from the snapshot it kept
// until the data change: the figures must be the same either way.
func TestReportsReadTheSnapshotUntilTheDataChange(t *testing.T) {
	ctx := context.Background()
	store, run := syntheticStore(t, 1500, 4)
	if _, err := store.SaveLinkRun(ctx, run); err != nil {
		t.Fatal(err)
	}
	version, _ := store.DataVersion(ctx)
	fromTables, q1, err := Load(ctx, store, true, nil, func(err error) { t.Error(err) })
	if err != nil {
		t.Fatal(err)
	}
	snapshot, _, found, err := loadSnapshot(ctx, store, version)
	if err != nil || !found || len(snapshot) != len(fromTables) {
		t.Fatalf("no snapshot kept: %v, %d journeys", err, len(snapshot))
	}
	fromSnapshot, q2, err := Load(ctx, store, true, nil, func(err error) { t.Error(err) })
	if err != nil {
		t.Fatal(err)
	}
	opt := figures.Options{Period: figures.Period{From: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)},
		ObservationEnd: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC), Definitions: definitions.BuiltIn(), Rule: disclosure.None, SameIncidentDays: 90}
	opt.Quality = q1
	want, _ := json.Marshal(figures.Build(fromTables, opt))
	opt.Quality = q2
	got, _ := json.Marshal(figures.Build(fromSnapshot, opt))
	if q1.Records == 0 || string(got) != string(want) {
		t.Errorf("the report from the snapshot differs from the report from the tables")
	}
	// A snapshot that cannot be read is read around, with a warning.
	garbage := func(yield func([]byte, error) bool) { yield([]byte("not a snapshot"), nil) }
	if err := store.SaveSnapshot(ctx, snapshotVersion(version), garbage); err != nil {
		t.Fatal(err)
	}
	var warned error
	again, q3, err := Load(ctx, store, true, nil, func(err error) { warned = err })
	opt.Quality = q3
	if err != nil || warned == nil || !strings.Contains(warned.Error(), "reading the journeys from the tables instead") {
		t.Errorf("a broken snapshot: %v, warned %v", err, warned)
	} else if got, _ := json.Marshal(figures.Build(again, opt)); string(got) != string(want) {
		t.Error("the report read around a broken snapshot differs")
	}
	if _, err := store.SaveLinkRun(ctx, run); err != nil {
		t.Fatal(err)
	}
	if _, _, found, _ := loadSnapshot(ctx, store, dataVersion(t, store)); found {
		t.Error("a link run left the snapshot current")
	}
}

func dataVersion(t *testing.T, store storage.Store) string {
	v, err := store.DataVersion(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return v
}

package web

import (
	"context"
	"errors"
	"log/slog"
	"sync"

	"github.com/retrace-uk/retrace/linkdb"
	"github.com/retrace-uk/retrace/storage"
)

// linker links new person records to the people already known, one incremental run
// at a time, in the background: a record made in a form becomes part of its person
// (and raises the alerts of the organisations that supported them) without waiting
// for an analyst's next link run.
type linker struct {
	store storage.Store
	log   *slog.Logger
	once  sync.Once
	kick  chan struct{}
}

func newLinker(store storage.Store, log *slog.Logger) *linker {
	return &linker{store: store, log: log, kick: make(chan struct{}, 1)}
}

// wake asks for a run; asks that come while one runs make one more run after it.
func (l *linker) wake() {
	l.once.Do(func() { go l.loop() })
	select {
	case l.kick <- struct{}{}:
	default:
	}
}

func (l *linker) loop() {
	for range l.kick {
		sum, err := linkdb.Run(context.Background(), l.store, linkdb.Options{Incremental: true, Actor: "web:linker"})
		switch {
		case errors.Is(err, linkdb.ErrNoEarlierRun):
			l.log.Info("new records wait for a first link run (retrace link)")
		case err != nil:
			l.log.Error("incremental linking", "err", err)
		default:
			l.log.Info("linked new records", "records", sum.Fresh, "people", sum.Run.People, "seconds", sum.Took.Seconds())
		}
	}
}

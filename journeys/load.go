// Package journeys reads each linked person's journey — the rows of all their records
// — from the store, for definitions and figures: from the tables, or from the snapshot
// of the journeys kept for the data as they are.
package journeys

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundle"
	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/figures"
	"github.com/retrace-uk/retrace/storage"
)

// Load groups the rows of each linked person's records, people in id order: from
// the snapshot of the data as they are, if there is one; else from the tables, and
// for a report every row, kept as the snapshot for the reports to come.
func Load(ctx context.Context, store storage.Store, forReport bool, progress func(string, int, int), warn func(error)) ([]definitions.Journey, figures.Quality, error) {
	version, err := store.DataVersion(ctx)
	if err != nil {
		return nil, figures.Quality{}, err
	}
	js, q, ok, err := loadSnapshot(ctx, store, version)
	switch {
	case err != nil:
		warn(fmt.Errorf("%w; reading the journeys from the tables instead", err))
	case ok:
		return js, q, nil
	}
	links, err := store.PersonLinks(ctx)
	if err != nil {
		return nil, figures.Quality{}, err
	}
	if len(links) == 0 {
		return nil, figures.Quality{}, fmt.Errorf("the database has no linked people yet: run retrace link")
	}
	if !forReport {
		return FromTables(ctx, store, links, false, progress)
	}
	js, q, err = FromTables(ctx, store, links, true, progress)
	if err == nil {
		if err := saveSnapshot(ctx, store, version, js, q); err != nil {
			warn(fmt.Errorf("the journeys' snapshot was not kept (the next report reads the tables again): %w", err))
		}
	}
	return js, q, err
}

// FromTables groups the records' events by person as links (record → person) say,
// and describes every person record on the way: how many, how many with a date of
// birth estimated, partial or missing, how many not linked. Definitions read only
// referrals, support episodes and follow-ups; the figures (all) read every table.
// The tables are read at once, each on a connection of its own.
func FromTables(ctx context.Context, store storage.Store, links map[string]string, all bool, progress func(string, int, int)) ([]definitions.Journey, figures.Quality, error) {
	kinds := []*bundle.Kind{bundle.People, bundle.Referrals, bundle.Support, bundle.FollowUps}
	if all {
		kinds = append(kinds, bundle.Missing, bundle.RiskAssessments, bundle.Milestones)
	}
	r := &journeyReader{store: store, progress: progress}
	for _, k := range kinds {
		n, err := store.Count(ctx, k)
		if err != nil {
			return nil, figures.Quality{}, err
		}
		r.total += n
	}
	out, index := journeySkeletons(links)
	people, quality, err := r.read(ctx, kinds, out, index)
	if err != nil {
		return nil, figures.Quality{}, err
	}
	settlePeople(out, people)
	if progress != nil {
		progress("reading journeys", r.total, r.total)
	}
	return out, quality, nil
}

// journeyReader reads tables of journey rows at once, counting rows for progress.
type journeyReader struct {
	store    storage.Store
	progress func(string, int, int)
	total    int
	done     atomic.Int64
	shown    sync.Mutex // one table at a time moves the progress bar
}

// read adds each kind's rows of linked records to their journeys as it reads them,
// in stored order: each kind is read on its own goroutine into its own field of the
// journeys, so none waits on another. It gives the person records of the journeys
// (for their sex and nationality) and the quality of all person records.
func (r *journeyReader) read(ctx context.Context, kinds []*bundle.Kind, out []definitions.Journey, index map[string]int32) ([]journeyRow, figures.Quality, error) {
	var people []journeyRow
	var quality recordQuality
	errs := make([]error, len(kinds))
	var wg sync.WaitGroup
	for t, k := range kinds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			record := k.Index("record_id")
			errs[t] = r.store.Each(ctx, k, func(cells []string, extra retrace.Extra) error {
				if n := r.done.Add(1); r.progress != nil && n%10000 == 0 {
					r.shown.Lock()
					r.progress("reading journeys", int(n), r.total)
					r.shown.Unlock()
				}
				j, linked := index[cells[record]]
				if !linked && k != bundle.People {
					return nil
				}
				v, _ := k.Value(cells, extra) // stored rows were checked on import
				switch {
				case k == bundle.People:
					quality.add(v.(retrace.PersonRecord), linked)
					if linked {
						people = append(people, journeyRow{j, v})
					}
				default:
					out[j].Add(v)
				}
				return nil
			})
		}()
	}
	wg.Wait()
	return people, quality.Quality, errors.Join(errs...)
}

// journeySkeletons makes a journey for each linked person, in person id order, with
// their records, and the journey of each record.
func journeySkeletons(links map[string]string) ([]definitions.Journey, map[string]int32) {
	byPerson := map[string][]string{}
	for record, person := range links {
		byPerson[person] = append(byPerson[person], record)
	}
	people := slices.Sorted(maps.Keys(byPerson))
	out := make([]definitions.Journey, len(people))
	index := make(map[string]int32, len(links))
	for i, p := range people {
		records := byPerson[p]
		slices.Sort(records)
		out[i] = definitions.Journey{PersonID: p, Records: records}
		for _, r := range records {
			index[r] = int32(i)
		}
	}
	return out, index
}

// journeyRow is one stored row of a linked record, for its journey.
type journeyRow struct {
	journey int32
	value   any
}

// settlePeople gives each journey the sex and nationality most of its records give.
func settlePeople(out []definitions.Journey, people []journeyRow) {
	votes := make([]map[string]int, len(out))
	for _, r := range people {
		p := r.value.(retrace.PersonRecord)
		if votes[r.journey] == nil {
			votes[r.journey] = map[string]int{}
		}
		if p.Sex != "" {
			votes[r.journey]["sex:"+string(p.Sex)]++
		}
		if len(p.Nationalities) > 0 {
			votes[r.journey]["nat:"+p.Nationalities[0]]++
		}
	}
	for i, v := range votes {
		out[i].Sex, out[i].Nationality = mostCommon(v, "sex:"), mostCommon(v, "nat:")
	}
}

// recordQuality counts the person records, linked or not, for the report's notes on
// data quality.
type recordQuality struct{ figures.Quality }

func (q *recordQuality) add(p retrace.PersonRecord, linked bool) {
	q.Records++
	if p.DOB.Precision() != retrace.Day || p.DOBEstimated == retrace.Yes {
		q.EstimatedDOB++
	}
	if !linked {
		q.Unlinked++
	}
}

// mostCommon is the value (after prefix) with the most votes; ties go to the first
// in order, so that a run is the same every time.
func mostCommon(votes map[string]int, prefix string) string {
	best, n := "", 0
	for k, c := range votes {
		if v, ok := strings.CutPrefix(k, prefix); ok && (c > n || (c == n && v < best)) {
			best, n = v, c
		}
	}
	return best
}

package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundle"
	"github.com/retrace-uk/retrace/casework"
	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/linkage"
	"github.com/retrace-uk/retrace/storage"
)

// nameIndex keeps the store's search keys up to date: before a search, it indexes
// the records added or changed since the data last changed.
type nameIndex struct {
	store    storage.Store
	variants *linkage.Variants
	log      *slog.Logger
	mu       sync.Mutex
	version  string        // the data version indexed
	building chan struct{} // closed when the running build ends; nil when none runs
}

// waitForIndex is how long a search waits for the index to catch up: long enough for
// a form's or an import's records, not for the first index of a large database.
const waitForIndex = 3 * time.Second

// fresh brings the index up to date with the data, in the background: a search waits
// for a short catch-up, and otherwise goes on with the index as it is, told that it
// is still being built.
func (x *nameIndex) fresh(ctx context.Context) (building bool, err error) {
	v, err := x.store.DataVersion(ctx)
	if err != nil {
		return false, err
	}
	x.mu.Lock()
	done := x.building
	if done == nil && v != x.version {
		done = make(chan struct{})
		x.building = done
		go x.build(v, done)
	}
	x.mu.Unlock()
	if done == nil {
		return false, nil
	}
	select {
	case <-done:
		return false, nil
	case <-time.After(waitForIndex):
		return true, nil
	case <-ctx.Done():
		return true, ctx.Err()
	}
}

// PrepareSearch starts bringing the search index up to date in the background, so
// that after a large import the first searches need not wait for it (a million
// records take PostgreSQL about twenty minutes).
func (s *Server) PrepareSearch() {
	go func() {
		if _, err := s.index.fresh(context.Background()); err != nil {
			s.cfg.Log.Error("search index", "err", err)
		}
	}()
}

// KeepAuditSealed seals the audit log every few seconds until ctx ends, so that the
// last events of a quiet spell are not left open to change until the next one.
func (s *Server) KeepAuditSealed(ctx context.Context) {
	go func() {
		tick := time.NewTicker(auditSealEvery)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				if err := s.cfg.Store.SealAudit(ctx); err != nil && ctx.Err() == nil {
					s.cfg.Log.Error("sealing the audit log", "err", err)
				}
			}
		}
	}()
}

// auditSealEvery is how often a server seals the audit log.
const auditSealEvery = 5 * time.Second

func (x *nameIndex) build(version string, done chan struct{}) {
	n, err := x.store.IndexNames(context.Background(), x.keysOf)
	x.mu.Lock()
	defer x.mu.Unlock()
	switch {
	case err != nil:
		x.log.Error("search index", "err", err)
	case n > 0:
		x.log.Info("search index brought up to date", "records", n)
		if n >= 10000 { // a large index build leaves the planner's view stale
			if err := x.store.Optimize(context.Background()); err != nil {
				x.log.Error("search index: optimizing", "err", err)
			}
		}
		fallthrough
	default:
		x.version = version
	}
	x.building = nil
	close(done)
}

// keysOf are a record's search keys: those of every word of its names and aliases.
func (x *nameIndex) keysOf(p retrace.PersonRecord) []string {
	var out []string
	for _, name := range append([]string{p.GivenNames, p.FamilyName}, p.Aliases...) {
		for _, word := range x.variants.SearchKeys(name) {
			out = append(out, word...)
		}
	}
	return out
}

// searchLimit bounds the records a search reads, the best first (the store ranks them
// as rankRecords does); a page shows the people of at most 4 × shownResults of them,
// and a name so common that more match asks the user for more of it.
const searchLimit = 500

// shownResults is how many people a search lists.
const shownResults = 50

type searchView struct {
	Building     bool // the search index is still being built
	Query        string
	Searched     bool
	Pseudonymous bool
	Results      []personRow
	More         bool
	Errors       []fieldError
}

// personRow is one person found: their records in the user's scope.
type personRow struct {
	PersonID string
	Records  []recordView
	matched  []string // the records the search found them by
}

// recordView is a person record as a user may see it: an analyst's view has no
// names, date of birth (only its year) or references.
type recordView struct {
	Ref, Source, Name, Aliases, DOB, Sex, Nationality, Language, HOReference string
}

func (s *Server) recordViewOf(r *http.Request, p retrace.PersonRecord, n int) recordView {
	v := recordView{Source: p.Source, Sex: casework.Label(string(p.Sex)), Nationality: strings.Join(p.Nationalities, ", "), Language: p.Language}
	if pseudonymous(r) {
		v.Ref = fmt.Sprintf("Record %d", n+1)
		if y := p.DOB.Year(); y != 0 {
			v.DOB = fmt.Sprintf("born %d", y)
		}
		return v
	}
	v.Ref, v.Name, v.Aliases, v.HOReference = p.RecordID, strings.TrimSpace(p.GivenNames+" "+p.FamilyName), strings.Join(p.Aliases, "; "), p.HOReference
	if !p.DOB.IsZero() {
		v.DOB = showDate(p.DOB)
		if p.DOBEstimated == retrace.Yes {
			v.DOB += " (estimated)"
		}
	}
	return v
}

// pseudonymous: analysts read across organisations, but without identities.
func pseudonymous(r *http.Request) bool { return userOf(r).Role == storage.RoleAnalyst }

func (s *Server) scope(r *http.Request) (storage.Scope, error) { return storage.ScopeOf(userOf(r)) }

// search finds people by name, tolerant of spelling and script. Analysts, who see no
// names, find a person by a record's or person's id instead.
func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	v := searchView{Query: strings.TrimSpace(r.URL.Query().Get("q")), Pseudonymous: pseudonymous(r)}
	if v.Query == "" {
		s.render(w, r, http.StatusOK, "search", "Find a person", v)
		return
	}
	v.Searched = true
	var err error
	if v.Pseudonymous {
		err = s.searchByID(w, r, &v)
	} else {
		err = s.searchByName(r, &v)
	}
	if errors.Is(err, errRedirected) {
		return
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if err := s.record(r.Context(), r, "search", "people", shownPeople(v.Results)); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "search", "Find a person", v)
}

var errRedirected = errors.New("redirected")

func (s *Server) searchByID(w http.ResponseWriter, r *http.Request, v *searchView) error {
	person, err := s.cfg.Store.PersonOf(r.Context(), v.Query)
	if err != nil {
		return err
	}
	recs, err := s.cfg.Store.PersonRecords(r.Context(), storage.Scope{}, person)
	if err != nil || len(recs) == 0 {
		return err
	}
	if err := s.record(r.Context(), r, "search", "people", "by id: person "+person); err != nil {
		return err
	}
	http.Redirect(w, r, "/people/"+person, http.StatusSeeOther)
	return errRedirected
}

func (s *Server) searchByName(r *http.Request, v *searchView) error {
	ctx := r.Context()
	sc, err := s.scope(r)
	if err != nil {
		return err
	}
	building, err := s.index.fresh(ctx)
	if err != nil {
		return err
	}
	v.Building = building
	words := s.cfg.Variants.SearchKeys(v.Query)
	var keys []string
	for _, w := range words {
		keys = append(keys, w...)
	}
	matches, err := s.cfg.Store.SearchNames(ctx, sc, keys, searchLimit)
	if err != nil {
		return err
	}
	v.More = len(matches) == searchLimit
	ranked := rankRecords(words, matches)
	people, more, err := s.groupByPerson(ctx, ranked)
	if err != nil {
		return err
	}
	v.More = v.More || more
	return s.fillMatched(r, sc, people, v)
}

// groupByPerson gathers the ranked records into people, best first, up to the
// number a page shows; more says some were left out.
func (s *Server) groupByPerson(ctx context.Context, ranked []rankedRecord) ([]personRow, bool, error) {
	ids := make([]string, 0, len(ranked))
	for _, r := range ranked[:min(len(ranked), 4*shownResults)] {
		ids = append(ids, r.RecordID)
	}
	personOf, err := s.cfg.Store.PeopleOf(ctx, ids)
	if err != nil {
		return nil, false, err
	}
	var out []personRow
	at := map[string]int{}
	for _, r := range ranked[:len(ids)] {
		p := personOf[r.RecordID]
		i, seen := at[p]
		if !seen {
			if len(out) == shownResults {
				return out, true, nil
			}
			i, at[p] = len(out), len(out)
			out = append(out, personRow{PersonID: p})
		}
		out[i].matched = append(out[i].matched, r.RecordID)
	}
	return out, len(ids) < len(ranked), nil
}

// fillMatched reads the records each person was found by, in one query.
func (s *Server) fillMatched(r *http.Request, sc storage.Scope, people []personRow, v *searchView) error {
	var ids []string
	for _, p := range people {
		ids = append(ids, p.matched...)
	}
	recs, err := s.cfg.Store.Records(r.Context(), sc, ids)
	if err != nil {
		return err
	}
	byID := map[string]retrace.PersonRecord{}
	for _, p := range recs {
		byID[p.RecordID] = p
	}
	for i := range people {
		for n, id := range people[i].matched {
			if p, ok := byID[id]; ok {
				people[i].Records = append(people[i].Records, s.recordViewOf(r, p, n))
			}
		}
	}
	v.Results = people
	return nil
}

// rankedRecord is a record found, with its score.
type rankedRecord struct {
	RecordID string
	Score    int
}

// rankRecords scores each record by the words of the search it matches (a word
// matches a record holding any of its keys): 3 for a word matched by its spelling
// group, 1 for one matched only by its sound or consonants. A search of several
// words needs on average half of them matched by spelling, so that one word that
// sounds alike does not make a match; of those, it keeps the close ones, best first.
func rankRecords(words [][]string, matches []storage.NameMatch) []rankedRecord {
	var scored []rankedRecord
	top := 0
	for _, m := range matches {
		held := map[string]bool{}
		for _, k := range m.Keys {
			held[k] = true
		}
		score := 0
		for _, w := range words {
			switch {
			case held[w[0]]:
				score += 3
			case slices.ContainsFunc(w[1:], func(k string) bool { return held[k] }):
				score += 1
			}
		}
		scored, top = append(scored, rankedRecord{m.RecordID, score}), max(top, score)
	}
	least := 1
	if len(words) > 1 {
		least = 3 * len(words) / 2
	}
	out := scored[:0]
	for _, r := range scored {
		if r.Score >= least && r.Score*2 >= top { // the close matches, not every sharer of one common word
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b rankedRecord) int { return b.Score - a.Score })
	return out
}

func (s *Server) fillRecords(r *http.Request, sc storage.Scope, people []personRow, v *searchView) error {
	for i := range people {
		recs, err := s.cfg.Store.PersonRecords(r.Context(), sc, people[i].PersonID)
		if err != nil {
			return err
		}
		for n, p := range recs {
			people[i].Records = append(people[i].Records, s.recordViewOf(r, p, n))
		}
	}
	v.Results = people
	return nil
}

type personView struct {
	PersonID     string
	Pseudonymous bool
	Writes       bool     // the user may record events
	Forms        []choice // the forms for recording, by slug and title
	Saved        string   // what was just recorded
	Records      []recordView
	Timeline     []timelineEvent
	Elsewhere    []casework.Elsewhere
	Suggestions  []reviewRow // pairs in the queue with one of the person's records
	Strip        journeyStrip
}

type timelineEvent struct {
	casework.Event
	Ref    string
	Change string // the form that changes the row, if the user may
}

// changeForms: the rows a form can change, by the event kind they show as.
var changeForms = map[string]string{"referral": "referral", "decision": "referral", "support": "support", "risk": "risk"}

// person shows one person's journey: their records that the user's scope reaches and
// every row of those records. A person outside the scope is not found, the same as
// one that does not exist.
func (s *Server) person(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "person")
	sc, err := s.scope(r)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	recs, err := s.cfg.Store.PersonRecords(r.Context(), sc, id)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if len(recs) == 0 {
		s.notFound(w, r)
		return
	}
	v, err := s.personView(r, sc, id, recs)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if saved := r.URL.Query().Get("saved"); saved == personForm.Slug || formOf(saved) != nil {
		v.Saved = saved
	}
	if err := s.record(r.Context(), r, "view person", "person "+id, fmt.Sprintf("%d records", len(recs))); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "person", "A person's journey", v)
}

func (s *Server) personView(r *http.Request, sc storage.Scope, id string, recs []retrace.PersonRecord) (personView, error) {
	v := personView{PersonID: id, Pseudonymous: pseudonymous(r)}
	j := definitions.Journey{PersonID: id}
	refs := map[string]string{}
	for n, p := range recs {
		rv := s.recordViewOf(r, p, n)
		v.Records = append(v.Records, rv)
		j.Records = append(j.Records, p.RecordID)
		refs[p.RecordID] = rv.Ref
	}
	err := s.cfg.Store.JourneyRows(r.Context(), journeyKinds, j.Records, func(k *bundle.Kind, cells []string, extra retrace.Extra) error {
		row, _ := k.Value(cells, extra)
		j.Add(row)
		return nil
	})
	if err != nil {
		return v, err
	}
	v.Writes = !v.Pseudonymous
	for _, f := range forms {
		v.Forms = append(v.Forms, choice{f.Slug, f.Title})
	}
	for _, e := range casework.Timeline(&j) {
		te := timelineEvent{Event: e, Ref: refs[e.RecordID]}
		if v.Writes && e.RowID != "" {
			te.Change = changeForms[e.Kind]
		}
		v.Timeline = append(v.Timeline, te)
	}
	v.Strip = stripOf(v.Timeline, j.Support)
	if sc.Organisation != "" {
		others, err := s.elsewhere(r.Context(), sc.Organisation, id)
		if err != nil {
			return v, err
		}
		v.Elsewhere = others
		if v.Suggestions, err = s.suggestions(r, j.Records); err != nil {
			return v, err
		}
	}
	return v, nil
}

// journeyKinds are the kinds of row a journey is made of: every file but people.csv.
var journeyKinds = slices.DeleteFunc(slices.Clone(bundle.Kinds), func(k *bundle.Kind) bool { return k == bundle.People })

// elsewhere is what the organisation may know of the person's referrals by others.
func (s *Server) elsewhere(ctx context.Context, organisation, personID string) ([]casework.Elsewhere, error) {
	refs, err := s.cfg.Store.ReferralsElsewhere(ctx, organisation, personID)
	if err != nil {
		return nil, err
	}
	var out []casework.Elsewhere
	for _, e := range refs {
		d, err := retrace.ParseDate(e.Date)
		if err != nil {
			continue // stored dates were checked on import
		}
		if !slices.Contains(out, casework.Elsewhere{Date: d, By: e.By}) {
			out = append(out, casework.Elsewhere{Date: d, By: e.By})
		}
	}
	return out, nil
}

// suggestions are the pairs waiting for review that hold one of the records.
func (s *Server) suggestions(r *http.Request, records []string) ([]reviewRow, error) {
	rows, _, err := s.reviewable(r, records...)
	return rows, err
}

// shownPeople names the people a search showed, for the audit log.
func shownPeople(results []personRow) string {
	ids := make([]string, len(results))
	for i, p := range results {
		ids[i] = p.PersonID
	}
	return fmt.Sprintf("%d people shown: %s", len(ids), strings.Join(ids, " "))
}

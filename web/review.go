package web

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"

	"github.com/go-chi/chi/v5"

	"github.com/retrace-uk/retrace/linkage"
	"github.com/retrace-uk/retrace/linkdb"
	"github.com/retrace-uk/retrace/storage"
)

// A pair waiting for review is named in URLs by a keyed hash of its record ids, so
// that an analyst, who sees no record ids, cannot recover them from an address by
// trying likely ids. The key is kept in the database, so that an address still names
// its pair after a restart, and on every server of one database.
func (s *Server) pairKey(a, b string) string {
	mac := hmac.New(sha256.New, s.pairSecret)
	mac.Write([]byte(a + "\x00" + b))
	return base64.RawURLEncoding.EncodeToString(mac.Sum(nil)[:12])
}

// reviewRow is a pair in the queue as the user may see it.
type reviewRow struct {
	Key         string
	A, B        recordView
	Probability float64
	Reason      string
}

// reviewable gives the pairs in the queue that the user may decide (every pair for an
// analyst; for an organisation, pairs of two of its own records), all of them or
// those holding one of the records given.
func (s *Server) reviewable(r *http.Request, of ...string) ([]reviewRow, []storage.ReviewPair, error) {
	ctx := r.Context()
	sc, err := s.scope(r)
	if err != nil {
		return nil, nil, err
	}
	var pairs []storage.ReviewPair
	if len(of) > 0 {
		pairs, err = s.cfg.Store.ReviewsOf(ctx, of)
	} else {
		pairs, err = s.cfg.Store.Reviews(ctx)
	}
	if err != nil {
		return nil, nil, err
	}
	var ids []string
	for _, p := range pairs {
		ids = append(ids, p.A, p.B)
	}
	recs, err := s.cfg.Store.Records(ctx, sc, ids)
	if err != nil {
		return nil, nil, err
	}
	views := map[string]recordView{}
	for _, p := range recs {
		views[p.RecordID] = s.recordViewOf(r, p, 0)
	}
	var rows []reviewRow
	var kept []storage.ReviewPair
	for _, p := range pairs {
		a, okA := views[p.A]
		b, okB := views[p.B]
		if !okA || !okB {
			continue
		}
		if pseudonymous(r) {
			a.Ref, b.Ref = "Record A", "Record B"
		}
		rows = append(rows, reviewRow{Key: s.pairKey(p.A, p.B), A: a, B: b, Probability: p.Probability, Reason: p.Reason})
		kept = append(kept, p)
	}
	return rows, kept, nil
}

type reviewListView struct {
	Pairs   []reviewRow
	Decided bool
}

func (s *Server) reviewList(w http.ResponseWriter, r *http.Request) {
	rows, pairs, err := s.reviewable(r)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if err := s.record(r.Context(), r, "view review queue", "person records", shownPairs(pairs)); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "review", "Possible same people", reviewListView{Pairs: rows, Decided: r.URL.Query().Get("decided") != ""})
}

type reviewPairView struct {
	Pair        reviewRow
	Explanation linkage.Explanation
	Errors      []fieldError
}

// reviewPair shows a pair side by side with how the model scored it.
func (s *Server) reviewPair(w http.ResponseWriter, r *http.Request) {
	v, pair, ok := s.pairOf(w, r)
	if !ok {
		return
	}
	if err := s.record(r.Context(), r, "link explain", "person records "+pair.A+" and "+pair.B, "web"); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "pair", "Are these the same person?", v)
}

func (s *Server) pairOf(w http.ResponseWriter, r *http.Request) (reviewPairView, storage.ReviewPair, bool) {
	rows, pairs, err := s.reviewable(r)
	if err != nil {
		s.serverError(w, r, err)
		return reviewPairView{}, storage.ReviewPair{}, false
	}
	key := chi.URLParam(r, "pair")
	for i, row := range rows {
		if row.Key != key {
			continue
		}
		e, err := s.explainer.explain(r.Context(), s.cfg.Store, pairs[i].A, pairs[i].B)
		if err != nil { // linkage's errors may quote record ids, which the log must not hold
			s.serverError(w, r, errors.New("explaining a pair to review failed"))
			return reviewPairView{}, storage.ReviewPair{}, false
		}
		return reviewPairView{Pair: row, Explanation: e}, pairs[i], true
	}
	s.notFound(w, r)
	return reviewPairView{}, storage.ReviewPair{}, false
}

// decidePair records a reviewer's verdict; it wins over the model at every later run.
func (s *Server) decidePair(w http.ResponseWriter, r *http.Request) {
	v, pair, ok := s.pairOf(w, r)
	if !ok {
		return
	}
	verdict := r.PostFormValue("same")
	if verdict != "yes" && verdict != "no" {
		v.Errors = []fieldError{{"same", "Choose whether they are the same person"}}
		s.render(w, r, http.StatusUnprocessableEntity, "pair", "Are these the same person?", v)
		return
	}
	who := "web:" + userOf(r).Name
	d := storage.LinkDecision{A: pair.A, B: pair.B, Same: verdict == "yes", DecidedBy: who}
	if err := s.cfg.Store.Decide(r.Context(), d); err != nil {
		s.serverError(w, r, err)
		return
	}
	text := map[bool]string{true: "the same person", false: "not the same person"}[d.Same]
	if err := s.record(r.Context(), r, "link decision", "person records "+pair.A+" and "+pair.B, text); err != nil {
		s.serverError(w, r, err)
		return
	}
	http.Redirect(w, r, "/review?decided=1", http.StatusSeeOther)
}

// explainer keeps a linker loaded with the stored records and the last run's model,
// for the data as they are: loading one reads every person record.
type explainer struct {
	mu      sync.Mutex
	version string
	linker  *linkage.Linker
}

func (x *explainer) explain(ctx context.Context, store storage.Store, a, b string) (linkage.Explanation, error) {
	version, err := store.DataVersion(ctx)
	if err != nil {
		return linkage.Explanation{}, err
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.linker == nil || x.version != version {
		model, err := linkdb.LatestModel(ctx, store)
		if err != nil {
			return linkage.Explanation{}, err
		}
		d, err := linkdb.Stored(ctx, store)
		if err != nil {
			return linkage.Explanation{}, err
		}
		if x.linker, err = linkdb.Linker(model.Settings, model, d); err != nil {
			return linkage.Explanation{}, err
		}
		x.version = version
	}
	return x.linker.Explanation(a, b)
}

// shownPairs names the pairs of records a page showed, for the audit log.
func shownPairs(pairs []storage.ReviewPair) string {
	ids := make([]string, len(pairs))
	for i, p := range pairs {
		ids[i] = p.A + "~" + p.B
	}
	return fmt.Sprintf("%d pairs shown: %s", len(ids), strings.Join(ids, " "))
}

func newSecret() []byte {
	b := make([]byte, 32)
	rand.Read(b) // crypto/rand does not fail on supported platforms
	return b
}

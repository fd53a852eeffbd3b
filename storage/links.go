package storage

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// PersonLink says which person a record is.
type PersonLink struct{ RecordID, PersonID string }

// ReviewPair is a pair of records for a person to decide: same person or not.
type ReviewPair struct {
	A, B        string
	Probability float64
	Reason      string
}

// LinkDecision is a reviewer's verdict on a pair; it wins over the model at every
// later linking.
type LinkDecision struct {
	A, B      string
	Same      bool
	DecidedBy string
	DecidedAt time.Time
}

// LinkRun is one linking of the records in the database.
type LinkRun struct {
	Actor, Mode            string
	Records, Pairs, People int
	Model                  string // the model used, as JSON
	Links                  []PersonLink
	Reviews                []ReviewPair
}

// Linkage is what the store keeps of record linkage.
type Linkage interface {
	PersonLinks(ctx context.Context) (map[string]string, error)
	LinkDecisions(ctx context.Context) ([]LinkDecision, error)
	Reviews(ctx context.Context) ([]ReviewPair, error)
	// ReviewsOf gives the pairs to review that hold any of the records.
	ReviewsOf(ctx context.Context, recordIDs []string) ([]ReviewPair, error)
	LatestModel(ctx context.Context) (string, error)
	SaveLinkRun(ctx context.Context, run LinkRun) (int64, error)
	Decide(ctx context.Context, d LinkDecision) error
}

// ordered puts a pair in one order, so (a, b) and (b, a) are one row.
func ordered(a, b string) (string, string) {
	if b < a {
		return b, a
	}
	return a, b
}

func (s *sqlStore) PersonLinks(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	err := s.each(ctx, "SELECT record_id, person_id FROM person_links", nil, func(rs *sql.Rows) error {
		var r, p string
		err := rs.Scan(&r, &p)
		out[r] = p
		return err
	})
	return out, err
}

func (s *sqlStore) LinkDecisions(ctx context.Context) ([]LinkDecision, error) {
	var out []LinkDecision
	err := s.each(ctx, "SELECT record_a, record_b, same, decided_by, decided_at FROM link_decisions ORDER BY record_a, record_b", nil, func(rs *sql.Rows) error {
		var d LinkDecision
		err := rs.Scan(&d.A, &d.B, &d.Same, &d.DecidedBy, &d.DecidedAt)
		out = append(out, d)
		return err
	})
	return out, err
}

func (s *sqlStore) Reviews(ctx context.Context) ([]ReviewPair, error) { return s.reviews(ctx, "") }

func (s *sqlStore) ReviewsOf(ctx context.Context, recordIDs []string) ([]ReviewPair, error) {
	if len(recordIDs) == 0 || 2*len(recordIDs) > s.maxParams {
		return nil, fmt.Errorf("reviews of %d records: give from 1 to %d", len(recordIDs), s.maxParams/2)
	}
	in := placeholderList(len(recordIDs))
	return s.reviews(ctx, "WHERE record_a IN ("+in+") OR record_b IN ("+in+")", append(anys(recordIDs), anys(recordIDs)...)...)
}

func (s *sqlStore) reviews(ctx context.Context, where string, args ...any) ([]ReviewPair, error) {
	var out []ReviewPair
	err := s.each(ctx, "SELECT record_a, record_b, probability, reason FROM link_reviews "+where+" ORDER BY probability DESC, record_a, record_b", args, func(rs *sql.Rows) error {
		var r ReviewPair
		err := rs.Scan(&r.A, &r.B, &r.Probability, &r.Reason)
		out = append(out, r)
		return err
	})
	return out, err
}

func (s *sqlStore) LatestModel(ctx context.Context) (string, error) {
	var m string
	err := s.db.QueryRowContext(ctx, "SELECT model FROM link_runs ORDER BY id DESC LIMIT 1").Scan(&m)
	if err == sql.ErrNoRows {
		return "", nil
	}
	return m, err
}

// SaveLinkRun records a run, its links and its review queue in one transaction. A
// full run replaces the review queue; an incremental one adds to it. Pairs already
// decided are not asked again.
func (s *sqlStore) SaveLinkRun(ctx context.Context, run LinkRun) (int64, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	var id int64
	err = tx.QueryRowContext(ctx, s.rebind("INSERT INTO link_runs (at, actor, mode, records, pairs, people, model) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
		time.Now().UTC(), run.Actor, run.Mode, run.Records, run.Pairs, run.People, run.Model).Scan(&id)
	if err != nil {
		return 0, err
	}
	upsert, err := tx.PrepareContext(ctx, s.rebind("INSERT INTO person_links (record_id, person_id, run_id) VALUES (?, ?, ?) ON CONFLICT (record_id) DO UPDATE SET person_id = excluded.person_id, run_id = excluded.run_id WHERE person_links.person_id <> excluded.person_id"))
	if err != nil {
		return 0, err
	}
	defer upsert.Close()
	for _, l := range run.Links {
		if _, err := upsert.ExecContext(ctx, l.RecordID, l.PersonID, id); err != nil {
			return 0, err
		}
	}
	if run.Mode != "incremental" { // an incremental run compares only new records' pairs
		if _, err := tx.ExecContext(ctx, "DELETE FROM link_reviews"); err != nil {
			return 0, err
		}
	}
	review, err := tx.PrepareContext(ctx, s.rebind("INSERT INTO link_reviews (record_a, record_b, probability, reason, run_id) SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM link_decisions WHERE record_a = ? AND record_b = ?) ON CONFLICT (record_a, record_b) DO UPDATE SET probability = excluded.probability, reason = excluded.reason, run_id = excluded.run_id"))
	if err != nil {
		return 0, err
	}
	defer review.Close()
	for _, r := range run.Reviews {
		a, b := ordered(r.A, r.B)
		if _, err := review.ExecContext(ctx, a, b, r.Probability, r.Reason, id, a, b); err != nil {
			return 0, err
		}
	}
	return id, tx.Commit()
}

// Decide records a reviewer's decision and takes the pair off the review queue.
func (s *sqlStore) Decide(ctx context.Context, d LinkDecision) error {
	a, b := ordered(d.A, d.B)
	for _, id := range []string{a, b} {
		var n int
		if err := s.db.QueryRowContext(ctx, s.rebind("SELECT COUNT(*) FROM person_records WHERE record_id = ?"), id).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("no person record %q in the database", id)
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	_, err = tx.ExecContext(ctx, s.rebind("INSERT INTO link_decisions (record_a, record_b, same, decided_by, decided_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (record_a, record_b) DO UPDATE SET same = excluded.same, decided_by = excluded.decided_by, decided_at = excluded.decided_at"),
		a, b, d.Same, d.DecidedBy, time.Now().UTC())
	if err == nil {
		_, err = tx.ExecContext(ctx, s.rebind("DELETE FROM link_reviews WHERE record_a = ? AND record_b = ?"), a, b)
	}
	if err != nil {
		return err
	}
	return tx.Commit()
}

// each runs a query and calls scan for every row.
func (s *sqlStore) each(ctx context.Context, q string, args []any, scan func(*sql.Rows) error) error {
	rs, err := s.db.QueryContext(ctx, s.rebind(q), args...)
	return scanAll(rs, err, scan)
}

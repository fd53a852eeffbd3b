package storage

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"time"
)

// ErrAuditTampered is returned by VerifyAudit for a log that was changed after it
// was written.
var ErrAuditTampered = errors.New("the audit log was changed")

// insertAudit writes an event, not yet sealed (in a transaction, or on its own).
func (s *sqlStore) insertAudit(ctx context.Context, tx interface {
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}, e AuditEvent) error {
	e.At = time.Now().UTC().Truncate(time.Microsecond) // as PostgreSQL keeps it: both backends store the same
	_, err := tx.ExecContext(ctx, s.rebind("INSERT INTO audit_events (at, actor, action, subject, detail, origin) VALUES (?, ?, ?, ?, ?, ?)"),
		e.At, e.Actor, e.Action, e.Subject, nullIfEmpty(e.Detail), nullIfEmpty(e.Origin))
	return err
}

// SealAudit chains the committed events not sealed yet, oldest first, onto the end
// of the chain, pass after pass until a pass finds none (events committed while it
// sealed). One sealer at a time: where another server or request is sealing, this
// one leaves it to them (PostgreSQL: a transaction-scoped advisory lock; SQLite has
// one writer anyway). Every write of an event seals, and a server seals every few
// seconds besides, so an event is open to change only for moments.
func (s *sqlStore) SealAudit(ctx context.Context) error {
	for {
		n, err := s.sealPass(ctx)
		if err != nil || n == 0 {
			return err
		}
	}
}

// sealPass seals what it finds unsealed, and says how many.
func (s *sqlStore) sealPass(ctx context.Context) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	if s.backend == "postgres" {
		var mine bool
		if err := tx.QueryRowContext(ctx, "SELECT pg_try_advisory_xact_lock(7242623)").Scan(&mine); err != nil || !mine {
			return 0, err
		}
	}
	var seq int64
	var prev string
	if err := tx.QueryRowContext(ctx, "SELECT last_seq, last_hash FROM audit_chain WHERE id = 1").Scan(&seq, &prev); err != nil {
		return 0, err
	}
	events, err := s.auditEvents(ctx, tx, "hash IS NULL", "id")
	if err != nil || len(events) == 0 {
		return 0, err
	}
	for _, e := range events {
		seq++
		h := auditHash(prev, e.AuditEvent)
		if _, err := tx.ExecContext(ctx, s.rebind("UPDATE audit_events SET chain_seq = ?, prev_hash = ?, hash = ? WHERE id = ?"), seq, prev, h, e.id); err != nil {
			return 0, err
		}
		prev = h
	}
	if _, err := tx.ExecContext(ctx, s.rebind("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1"), seq, prev); err != nil {
		return 0, err
	}
	return len(events), tx.Commit()
}

// auditEvents reads the events that meet a condition, in an order, with each
// event's place in the chain.
func (s *sqlStore) auditEvents(ctx context.Context, q querier, where, order string) ([]chainedEvent, error) {
	var out []chainedEvent
	err := s.eachAuditEvent(ctx, q, where, order, func(c chainedEvent) error {
		out = append(out, c)
		return nil
	})
	return out, err
}

// eachAuditEvent streams the events that meet a condition, in an order: a log of
// millions of events is checked without holding it.
func (s *sqlStore) eachAuditEvent(ctx context.Context, q querier, where, order string, fn func(chainedEvent) error) error {
	rows, err := q.QueryContext(ctx, `SELECT id, at, actor, action, subject, COALESCE(detail, ''), COALESCE(origin, ''),
		COALESCE(chain_seq, 0), COALESCE(prev_hash, ''), COALESCE(hash, '') FROM audit_events WHERE `+where+` ORDER BY `+order)
	return scanAll(rows, err, func(rows *sql.Rows) error {
		var c chainedEvent
		if err := rows.Scan(&c.id, &c.At, &c.Actor, &c.Action, &c.Subject, &c.Detail, &c.Origin, &c.seq, &c.prev, &c.hash); err != nil {
			return err
		}
		return fn(c)
	})
}

// querier is the database or a transaction.
type querier interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	QueryRowContext(context.Context, string, ...any) *sql.Row
}

// chainedEvent is an event as stored, with its place in the chain.
type chainedEvent struct {
	AuditEvent
	id, seq    int64
	prev, hash string
}

// auditHash is an event's hash: SHA-256 of the previous event's hash and the
// event's fields, each preceded by its length (so that no field's text can shift
// into the next), the time in UTC.
func auditHash(prev string, e AuditEvent) string {
	h := sha256.New()
	for _, f := range []string{prev, e.At.UTC().Format(time.RFC3339Nano), e.Actor, e.Action, e.Subject, e.Detail, e.Origin} {
		fmt.Fprintf(h, "%d:", len(f))
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// AuditCheck is what VerifyAudit found: the sealed events checked, the newest ones
// not sealed yet, and the chain's last hash, to keep elsewhere and compare later.
type AuditCheck struct {
	Events, Unsealed int
	Head             string
}

// VerifyAudit checks the hash chain, in chain order: each sealed event's hash must be
// that of its fields and the event before it, places must follow one another, and
// the last must be the chain's head. It gives what it checked, or ErrAuditTampered
// naming the first event found changed, or after which events were deleted.
func (s *sqlStore) VerifyAudit(ctx context.Context) (AuditCheck, error) {
	var c AuditCheck
	var lastSeq int64
	if err := s.db.QueryRowContext(ctx, "SELECT last_seq, last_hash FROM audit_chain WHERE id = 1").Scan(&lastSeq, &c.Head); err != nil {
		return c, err
	}
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM audit_events WHERE hash IS NULL").Scan(&c.Unsealed); err != nil {
		return c, err
	}
	prev := ""
	// Only the events sealed when the head was read: a live server seals more meanwhile.
	err := s.eachAuditEvent(ctx, s.db, fmt.Sprintf("hash IS NOT NULL AND chain_seq <= %d", lastSeq), "chain_seq", func(e chainedEvent) error {
		switch {
		case e.seq != int64(c.Events+1) || e.prev != prev:
			return fmt.Errorf("%w: the event before event %d (%s, %s) was deleted or changed", ErrAuditTampered, e.id, e.At.UTC().Format(time.RFC3339), e.Action)
		case auditHash(prev, e.AuditEvent) != e.hash:
			return fmt.Errorf("%w: event %d (%s, %s) was changed after it was written", ErrAuditTampered, e.id, e.At.UTC().Format(time.RFC3339), e.Action)
		}
		prev = e.hash
		c.Events++
		return nil
	})
	if err != nil {
		return c, err
	}
	if prev != c.Head || int64(c.Events) != lastSeq {
		return c, fmt.Errorf("%w: %d events were deleted from the end (the chain holds %d, %d are left)", ErrAuditTampered, lastSeq-int64(c.Events), lastSeq, c.Events)
	}
	return c, nil
}

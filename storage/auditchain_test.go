package storage_test

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/storage/storetest"
)

// The audit log's hash chain shows an edited event, a deleted one and events
// deleted from the end, whoever made the change with the database in hand.
func TestAuditChainShowsTampering(t *testing.T) { onBothBackends(t, testAuditChain) }

// onBothBackends runs a test on a new SQLite file and a new PostgreSQL schema, giving
// it the database's address and a raw connection to it, as an attacker would have.
func onBothBackends(t *testing.T, test func(t *testing.T, dsn string, raw func(*testing.T) *sql.DB)) {
	t.Run("SQLite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "retrace.db")
		test(t, path, func(t *testing.T) *sql.DB { return rawDB(t, "sqlite", path) })
	})
	t.Run("PostgreSQL", func(t *testing.T) {
		dsn := storetest.PostgresSchema(t)
		test(t, dsn, func(t *testing.T) *sql.DB { return rawDB(t, "pgx", dsn) })
	})
}

func rawDB(t *testing.T, driver, dsn string) *sql.DB {
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func testAuditChain(t *testing.T, dsn string, raw func(*testing.T) *sql.DB) {
	ctx := context.Background()
	if _, err := storage.Open(ctx, dsn); err != nil { // creates the database
		t.Fatal(err)
	}
	s, err := storage.OpenExisting(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, subject := range []string{"person P1", "person P2", "person P3", "person P4", "person P5"} {
		if err := s.Audit(ctx, storage.AuditEvent{Actor: "web:sam", Action: "view person", Subject: subject, Origin: "10.0.0.1"}); err != nil {
			t.Fatal(err)
		}
	}
	if c, err := s.VerifyAudit(ctx); err != nil || c.Events != 5 || c.Unsealed != 0 || len(c.Head) != 64 {
		t.Fatalf("an untouched log: %+v, %v", c, err)
	}
	// Forty events written at once chain whole: none lost, none twice.
	var wg sync.WaitGroup
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.Audit(ctx, storage.AuditEvent{Actor: "web:tia", Action: "search", Subject: "people", Detail: itoa(int64(i))}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if err := s.SealAudit(ctx); err != nil {
		t.Fatal(err)
	}
	if c, err := s.VerifyAudit(ctx); err != nil || c.Events != 45 || c.Unsealed != 0 {
		t.Fatalf("after forty at once: %+v, %v", c, err)
	}
	raw(t).Exec("DELETE FROM audit_events WHERE actor = 'web:tia'")
	raw(t).Exec("UPDATE audit_chain SET last_seq = 5, last_hash = (SELECT hash FROM audit_events WHERE chain_seq = 5)")
	db := raw(t)
	idOf := func(subject string) int64 {
		var id int64
		if err := db.QueryRow("SELECT id FROM audit_events WHERE subject = '" + subject + "'").Scan(&id); err != nil {
			t.Fatal(err)
		}
		return id
	}
	check := func(what, want string) {
		t.Helper()
		_, err := s.VerifyAudit(ctx)
		if !errors.Is(err, storage.ErrAuditTampered) || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want tampering shown (%s)", what, err, want)
		}
	}
	// Each change undone before the next, so that each is found on its own.
	p2 := idOf("person P2")
	db.Exec("UPDATE audit_events SET actor = 'web:tia' WHERE id = " + itoa(p2))
	check("an edited actor", "event "+itoa(p2)+" (")
	db.Exec("UPDATE audit_events SET actor = 'web:sam' WHERE id = " + itoa(p2))
	if _, err := s.VerifyAudit(ctx); err != nil {
		t.Fatalf("the edit undone: %v", err)
	}
	p3, p4 := idOf("person P3"), idOf("person P4")
	db.Exec("DELETE FROM audit_events WHERE id = " + itoa(p3))
	check("a deleted event", "the event before event "+itoa(p4))
	// the end of the log cut off: the chain's head still names the last event
	db.Exec("DELETE FROM audit_events WHERE subject IN ('person P4', 'person P5')")
	check("events deleted from the end", "were deleted")

	// A log from before the chain (no hashes, an empty chain) is sealed at its next
	// event, and then its old events are checked too.
	db.Exec("DELETE FROM audit_events")
	db.Exec("UPDATE audit_chain SET last_seq = 0, last_hash = ''")
	db.Exec("INSERT INTO audit_events (at, actor, action, subject) VALUES ('2026-01-02 03:04:05.123456+00:00', 'os:ada', 'import', 'bundle a')")
	db.Exec("INSERT INTO audit_events (at, actor, action, subject) VALUES ('2026-01-03 03:04:05+00:00', 'os:ada', 'export', 'database')")
	if c, err := s.VerifyAudit(ctx); err != nil || c.Events != 0 || c.Unsealed != 2 {
		t.Errorf("a log not sealed yet: %+v, %v", c, err)
	}
	if err := s.Audit(ctx, storage.AuditEvent{Actor: "os:ada", Action: "audit", Subject: "log"}); err != nil {
		t.Fatal(err)
	}
	if c, err := s.VerifyAudit(ctx); err != nil || c.Events != 3 {
		t.Errorf("the old log chained: %+v, %v", c, err)
	}
	db.Exec("UPDATE audit_events SET subject = 'bundle b' WHERE subject = 'bundle a'")
	check("an old event edited", "was changed")
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// Package storage keeps journeys in SQLite (one file, the embedded default) or
// PostgreSQL (multi-user). Both run the same SQL behind one interface; only opening,
// migrations and a few limits differ.
package storage

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/pressly/goose/v3"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundle"
)

// Store is where journeys are kept.
type Store interface {
	// BeginImport starts the one transaction an import runs in.
	BeginImport(ctx context.Context, bundleName, actor string) (*ImportTx, error)
	// Each calls fn for every row of a kind, in the order rows were first stored.
	Each(ctx context.Context, k *bundle.Kind, fn func(cells []string, extra retrace.Extra) error) error
	// ExtraColumns names the unknown columns rows of a kind brought, in first-seen order.
	ExtraColumns(ctx context.Context, k *bundle.Kind) ([]string, error)
	// Count is the number of rows of a kind.
	Count(ctx context.Context, k *bundle.Kind) (int, error)
	// Audit records who did what; it is append-only.
	Audit(ctx context.Context, e AuditEvent) error
	// AuditLog gives the events recorded since a time, oldest first.
	AuditLog(ctx context.Context, since time.Time) ([]AuditEvent, error)
	// VerifyAudit checks the audit log's hash chain: see ErrAuditTampered.
	VerifyAudit(ctx context.Context) (AuditCheck, error)
	// SealAudit chains the events written since the last seal (writing an event
	// seals too; a server calls this every few seconds besides).
	SealAudit(ctx context.Context) error
	// RotateKey encrypts people's identity fields under new key material and
	// gives the number of records; see KeyFileEnv.
	RotateKey(ctx context.Context, material []byte) (int, error)
	Linkage
	Users
	Accounts
	Tokens
	Secrets
	People
	Snapshots
	// Optimize refreshes the planner's statistics after a large change, so that
	// PostgreSQL's plans fit the data, and marks pages all-visible so that its
	// indexes answer without reading the table (VACUUM ANALYZE); SQLite runs PRAGMA
	// optimize.
	Optimize(ctx context.Context) error
	// Backend is "sqlite" or "postgres".
	Backend() string
	Close() error
}

// AuditEvent is one attributable access to or change of journey data.
type AuditEvent struct {
	At      time.Time // when it was recorded (set by Audit)
	Actor   string
	Action  string // e.g. "import", "export"
	Subject string // what was touched, never a name, date of birth or reference
	Detail  string
	Origin  string // where the request came from (the web client's address); empty on the command line
}

//go:embed migrations
var migrations embed.FS

// Open opens the store a --db value names: a postgres:// or postgresql:// URL means
// PostgreSQL, anything else is a SQLite file path. Migrations run on open.
func Open(ctx context.Context, dsn string) (Store, error) {
	if dsn == "" {
		dsn = "retrace.db"
	}
	if isPostgres(dsn) {
		return keyed(ctx)(openPostgres(ctx, dsn))
	}
	return keyed(ctx)(openSQLite(ctx, dsn))
}

// keyed gives an opened store the key the environment names, if any (KeyFileEnv),
// and refuses a database encrypted under a key it was not given.
func keyed(ctx context.Context) func(Store, error) (Store, error) {
	return func(st Store, err error) (Store, error) {
		if err != nil {
			return nil, err
		}
		s := st.(*sqlStore)
		material, from, err := keyFromEnv()
		if err == nil {
			if s.cipher, err = newFieldCipher(material); err != nil {
				err = fmt.Errorf("%s: %w", from, err)
			}
		}
		if err == nil {
			err = s.checkKey(ctx, s.db, true)
		}
		if err != nil {
			st.Close()
			return nil, err
		}
		return st, nil
	}
}

// ErrNoDatabase is returned by OpenExisting when there is no retrace database there.
var ErrNoDatabase = errors.New("no retrace database there: import a bundle first, or give --db (or RETRACE_DB)")

// OpenExisting opens a store that must already hold a retrace database: a command
// that only reads must not create an empty one from a mistyped path.
func OpenExisting(ctx context.Context, dsn string) (Store, error) {
	if dsn == "" {
		dsn = "retrace.db"
	}
	if isPostgres(dsn) {
		if err := postgresHasSchema(ctx, dsn); err != nil {
			return nil, err
		}
		return keyed(ctx)(openPostgres(ctx, dsn))
	}
	if _, err := os.Stat(dsn); err != nil {
		return nil, fmt.Errorf("%s: %w", dsn, ErrNoDatabase)
	}
	return keyed(ctx)(openSQLite(ctx, dsn))
}

// Exists reports whether a retrace database is already there.
func Exists(ctx context.Context, dsn string) (bool, error) {
	if dsn == "" {
		dsn = "retrace.db"
	}
	if !isPostgres(dsn) {
		_, err := os.Stat(dsn)
		return err == nil, nil
	}
	err := postgresHasSchema(ctx, dsn)
	if errors.Is(err, ErrNoDatabase) {
		return false, nil
	}
	return err == nil, err
}

// Discard removes a database that a command created and then stored nothing in: a
// SQLite file, or retrace's tables in a PostgreSQL schema.
func Discard(ctx context.Context, dsn string) error {
	if dsn == "" {
		dsn = "retrace.db"
	}
	if !isPostgres(dsn) {
		for _, p := range []string{dsn, dsn + "-wal", dsn + "-shm"} {
			if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
				return err
			}
		}
		return nil
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	sub, err := fs.Sub(migrations, "migrations/postgres")
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(goose.DialectPostgres, db, sub)
	if err != nil {
		return err
	}
	if _, err := p.DownTo(ctx, 0); err != nil {
		return err
	}
	_, err = db.ExecContext(ctx, "DROP TABLE IF EXISTS goose_db_version")
	return err
}

func isPostgres(dsn string) bool {
	u, err := url.Parse(dsn)
	return err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql")
}

// sqlStore is the SQL both backends share.
type sqlStore struct {
	db      *sql.DB
	backend string
	// cipher, when a key is given, encrypts people's identity fields and hashes
	// their search keys (see KeyFileEnv).
	cipher *fieldCipher
	// maxParams bounds the placeholders in one statement.
	maxParams int
	// tempSeen creates the per-import table of keys seen in the bundle.
	tempSeen string
}

func (s *sqlStore) Backend() string { return s.backend }

func (s *sqlStore) Optimize(ctx context.Context) error {
	if s.backend == "postgres" {
		// Only retrace's own tables: the database may hold other schemas.
		tables := []string{"person_links", "link_reviews", "name_keys", "audit_events"}
		for _, k := range bundle.Kinds {
			tables = append(tables, k.Table)
		}
		_, err := s.db.ExecContext(ctx, "VACUUM (ANALYZE) "+strings.Join(tables, ", "))
		return err
	}
	_, err := s.db.ExecContext(ctx, "PRAGMA optimize")
	return err
}

// rebind turns the ? placeholders the queries are written with into PostgreSQL's $n.
// No query here has a ? inside a string literal.
func (s *sqlStore) rebind(q string) string {
	if s.backend != "postgres" {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + len(q)/4)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}
func (s *sqlStore) Close() error { return s.db.Close() }

// migrate brings the schema up to date. Two commands opening one new database at
// once can both find it empty and both try the first migration; the loser's
// transaction fails and is rolled back, so it tries again and finds the work done.
func migrate(ctx context.Context, db *sql.DB, dialect goose.Dialect, dir string) error {
	sub, err := fs.Sub(migrations, "migrations/"+dir)
	if err != nil {
		return err
	}
	for attempt := 1; ; attempt++ {
		// Migrations only add tables, columns and indexes, each on its own, so one a
		// database skipped (made by a build between two others) is applied late.
		p, err := goose.NewProvider(dialect, db, sub, goose.WithAllowOutofOrder(true))
		if err == nil {
			_, err = p.Up(ctx)
		}
		if err == nil {
			return nil
		}
		if attempt == 5 || ctx.Err() != nil {
			return fmt.Errorf("migrations: %w", err)
		}
		time.Sleep(time.Duration(attempt) * 200 * time.Millisecond)
	}
}

// keyColumn is the column that identifies a row of a kind across imports.
func keyColumn(k *bundle.Kind) string {
	if len(k.Key) == 1 {
		return k.Key[0]
	}
	return "row_key"
}

func (s *sqlStore) Each(ctx context.Context, k *bundle.Kind, fn func([]string, retrace.Extra) error) error {
	rows, err := s.db.QueryContext(ctx, fmt.Sprintf("SELECT %s, extra FROM %s ORDER BY seq", strings.Join(k.ColumnNames(), ", "), k.Table))
	return s.scanCells(k, rows, err, fn)
}

// scanCells calls fn with each row's cells (empty for NULL) and unknown columns.
func (s *sqlStore) scanCells(k *bundle.Kind, rows *sql.Rows, err error, fn func([]string, retrace.Extra) error) error {
	return s.scanCellsAnd(k, rows, err, 0, func(cells []string, extra retrace.Extra, _ []string) error { return fn(cells, extra) })
}

// scanCellsAnd is scanCells for a query that selects more columns after the extra
// column: fn gets them too.
func (s *sqlStore) scanCellsAnd(k *bundle.Kind, rows *sql.Rows, err error, more int, fn func(cells []string, extra retrace.Extra, more []string) error) error {
	if err != nil {
		return err
	}
	defer rows.Close()
	cols := len(k.ColumnNames())
	vals := make([]sql.NullString, cols+1+more)
	ptrs := make([]any, len(vals))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	cells, after := make([]string, cols), make([]string, more)
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		for i := range cells {
			cells[i] = vals[i].String
		}
		for i := range after {
			after[i] = vals[cols+1+i].String
		}
		if err := s.cipher.decryptCells(k, cells); err != nil {
			return err
		}
		plainExtra := vals[cols].String
		if k == bundle.People {
			if plainExtra, err = s.cipher.decryptExtra(k, cells[recordIDIndex], plainExtra); err != nil {
				return err
			}
		}
		extra, err := decodeExtra(plainExtra)
		if err != nil {
			return fmt.Errorf("%s: %w", k.Table, err)
		}
		if err := fn(cells, extra, after); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (s *sqlStore) ExtraColumns(ctx context.Context, k *bundle.Kind) ([]string, error) {
	q := fmt.Sprintf("SELECT DISTINCT '', extra FROM %s WHERE extra IS NOT NULL", k.Table)
	if k == bundle.People { // each record's own, as they may be encrypted
		q = "SELECT record_id, extra FROM person_records WHERE extra IS NOT NULL ORDER BY seq"
	}
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	seen := map[string]bool{}
	for rows.Next() {
		var record, text string
		if err := rows.Scan(&record, &text); err != nil {
			return nil, err
		}
		if text, err = s.cipher.decryptExtra(k, record, text); err != nil {
			return nil, err
		}
		extra, err := decodeExtra(text)
		if err != nil {
			return nil, err
		}
		for _, f := range extra {
			if !seen[f.Name] {
				seen[f.Name] = true
				names = append(names, f.Name)
			}
		}
	}
	return names, rows.Err()
}

func (s *sqlStore) Count(ctx context.Context, k *bundle.Kind) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+k.Table).Scan(&n)
	return n, err
}

func (s *sqlStore) Audit(ctx context.Context, e AuditEvent) error {
	if err := s.insertAudit(ctx, s.db, e); err != nil {
		return err
	}
	// The event is stored; if sealing fails now, the next event written (or a
	// server's next tick) seals it, as after an import: the read it records stands.
	s.SealAudit(ctx)
	return nil
}

func (s *sqlStore) AuditLog(ctx context.Context, since time.Time) ([]AuditEvent, error) {
	var out []AuditEvent
	err := s.each(ctx, "SELECT at, actor, action, subject, COALESCE(detail, ''), COALESCE(origin, '') FROM audit_events WHERE at >= ? ORDER BY id", []any{since.UTC()}, func(rs *sql.Rows) error {
		var e AuditEvent
		err := rs.Scan(&e.At, &e.Actor, &e.Action, &e.Subject, &e.Detail, &e.Origin)
		out = append(out, e)
		return err
	})
	return out, err
}

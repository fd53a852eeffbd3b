package storage

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite"
)

// connect opens the database. Switching a file that another command is creating to
// write-ahead logging can fail busy without waiting; it is tried again.
func connect(ctx context.Context, dsn string) (*sql.DB, error) {
	for attempt := 1; ; attempt++ {
		db, err := sql.Open("sqlite", dsn)
		if err != nil {
			return nil, err
		}
		err = db.PingContext(ctx)
		if err == nil {
			return db, nil
		}
		db.Close()
		if attempt == 10 || ctx.Err() != nil || !strings.Contains(err.Error(), "SQLITE_BUSY") {
			return nil, err
		}
		time.Sleep(time.Duration(attempt) * 100 * time.Millisecond)
	}
}

// openSQLite opens (creating if needed) a SQLite file with write-ahead logging and
// foreign keys on. Writes take the lock at BEGIN so two importers wait, not fail.
func openSQLite(ctx context.Context, path string) (Store, error) {
	if strings.HasPrefix(path, "file:") || strings.Contains(path, "?") {
		return nil, fmt.Errorf("--db %q: give a plain file path for SQLite", path)
	}
	q := url.Values{}
	// busy_timeout first: the pragmas after it may need the lock a concurrent writer holds.
	for _, p := range []string{"busy_timeout(120000)", "foreign_keys(1)", "journal_mode(WAL)", "synchronous(NORMAL)", "cache_size(-100000)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := connect(ctx, "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := migrate(ctx, db, goose.DialectSQLite3, "sqlite"); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &sqlStore{
		db:        db,
		backend:   "sqlite",
		maxParams: 32766,
		// The key table is read and written for every row: keep its pages in memory
		// (100 MB at most; beyond that SQLite spills them to its temporary file).
		tempSeen: "PRAGMA temp.cache_size = -100000; PRAGMA temp.journal_mode = MEMORY; CREATE TEMP TABLE IF NOT EXISTS import_seen (file TEXT NOT NULL, key TEXT NOT NULL, line INTEGER NOT NULL, rejected INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (file, key))",
	}, nil
}

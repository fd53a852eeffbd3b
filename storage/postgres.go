package storage

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
)

// openPostgres connects to PostgreSQL through pgx. A search_path parameter in the URL
// selects the schema, which is how tests keep to their own.
// maxConnections bounds the connections one retrace process opens to PostgreSQL.
const maxConnections = 32

func openPostgres(ctx context.Context, dsn string) (Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	// database/sql keeps two idle connections by default: a web app with many users
	// at once would open and close a PostgreSQL backend for nearly every query.
	db.SetMaxOpenConns(maxConnections)
	db.SetMaxIdleConns(maxConnections)
	db.SetConnMaxIdleTime(5 * time.Minute)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to PostgreSQL: %w", err)
	}
	var schema sql.NullString
	if err := db.QueryRowContext(ctx, "SELECT current_schema()").Scan(&schema); err != nil || !schema.Valid {
		db.Close()
		return nil, fmt.Errorf("PostgreSQL: the search_path names no schema that exists: create it (CREATE SCHEMA name) or change the URL")
	}
	if err := migrate(ctx, db, goose.DialectPostgres, "postgres"); err != nil {
		db.Close()
		return nil, err
	}
	return &sqlStore{
		db:        db,
		backend:   "postgres",
		maxParams: 65535,
		tempSeen:  "CREATE TEMP TABLE IF NOT EXISTS import_seen (file TEXT NOT NULL, key TEXT NOT NULL, line INTEGER NOT NULL, rejected INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (file, key)) ON COMMIT DROP",
	}, nil
}

// postgresHasSchema reports ErrNoDatabase unless retrace's tables are there.
func postgresHasSchema(ctx context.Context, dsn string) error {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	var schema, table sql.NullString
	if err := db.QueryRowContext(ctx, "SELECT current_schema(), to_regclass('person_records')::text").Scan(&schema, &table); err != nil {
		return fmt.Errorf("connect to PostgreSQL: %w", err)
	}
	if !schema.Valid {
		return fmt.Errorf("PostgreSQL: the search_path names no schema that exists: create it (CREATE SCHEMA name) or change the URL")
	}
	if !table.Valid {
		return fmt.Errorf("PostgreSQL: %w", ErrNoDatabase)
	}
	return nil
}

package storage

import (
	"context"
	"database/sql"
	"fmt"
	"iter"
)

// Snapshots keep the journeys as reports read them, between changes to the data.
type Snapshots interface {
	// DataVersion names the state of the journeys: every import and every link run
	// changes it.
	DataVersion(ctx context.Context) (string, error)
	// Snapshot calls fn with each chunk of the snapshot taken at version, in order,
	// and says whether there was one.
	Snapshot(ctx context.Context, version string, fn func(data []byte) error) (bool, error)
	// SaveSnapshot replaces the snapshot with chunks taken at version, stored as they
	// come.
	SaveSnapshot(ctx context.Context, version string, chunks iter.Seq2[[]byte, error]) error
}

// DataVersion counts the committed imports and the link runs, and names the last of
// each: with PostgreSQL an import begun first may commit last, under a lower id, so
// the last id alone could miss it.
func (s *sqlStore) DataVersion(ctx context.Context) (string, error) {
	var imports, lastImport, runs, lastRun int64
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM imports WHERE status = 'committed'), (SELECT COALESCE(MAX(id), 0) FROM imports WHERE status = 'committed'),
		(SELECT COUNT(*) FROM link_runs), (SELECT COALESCE(MAX(id), 0) FROM link_runs)`).Scan(&imports, &lastImport, &runs, &lastRun)
	return fmt.Sprintf("%d imports (last %d), %d link runs (last %d)", imports, lastImport, runs, lastRun), err
}

func (s *sqlStore) Snapshot(ctx context.Context, version string, fn func([]byte) error) (bool, error) {
	found := false
	err := s.each(ctx, "SELECT data FROM journey_snapshots WHERE version = ? ORDER BY chunk", []any{version}, func(rs *sql.Rows) error {
		var data []byte
		if err := rs.Scan(&data); err != nil {
			return err
		}
		found = true
		return fn(data)
	})
	return found, err
}

func (s *sqlStore) SaveSnapshot(ctx context.Context, version string, chunks iter.Seq2[[]byte, error]) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "DELETE FROM journey_snapshots"); err != nil {
		return err
	}
	k := 0
	for data, err := range chunks {
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.rebind("INSERT INTO journey_snapshots (chunk, version, data) VALUES (?, ?, ?)"), k, version, data); err != nil {
			return err
		}
		k++
	}
	return tx.Commit()
}

package storage_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/storage/storetest"
)

// PostgresEnv names the variable that holds the DSN of a PostgreSQL server the tests
// may create schemas in. .ci/run sets it; without it these tests skip.
const PostgresEnv = "RETRACE_TEST_POSTGRES"

func TestPostgres(t *testing.T) {
	dsn := os.Getenv(PostgresEnv)
	if dsn == "" {
		t.Skip(PostgresEnv + " is not set: skipping the PostgreSQL run of the store suite (.ci/run sets it)")
	}
	storetest.Run(t, func(t *testing.T) storage.Store {
		return openSchema(t, dsn)
	})
}

// openSchema opens a store in a new schema of its own, dropped when the test ends.
func openSchema(t *testing.T, dsn string) storage.Store {
	b := make([]byte, 6)
	rand.Read(b)
	schema := "retrace_test_" + hex.EncodeToString(b)
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("PostgreSQL at %s: %v", PostgresEnv, err)
	}
	t.Cleanup(func() { admin.Exec("DROP SCHEMA " + schema + " CASCADE") })
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	s, err := storage.Open(context.Background(), u.String())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

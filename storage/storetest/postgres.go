package storetest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the pgx database/sql driver
)

// PostgresEnv names the variable that holds the DSN of a PostgreSQL server the tests
// may create schemas in. .ci/run sets it; without it PostgreSQL tests skip.
const PostgresEnv = "RETRACE_TEST_POSTGRES"

// PostgresSchema creates a schema of its own for one test, dropped when the test
// ends, and gives the --db URL that uses it; the test skips when PostgresEnv is not
// set.
func PostgresSchema(t testing.TB) string {
	dsn := os.Getenv(PostgresEnv)
	if dsn == "" {
		t.Skip(PostgresEnv + " is not set: skipping the PostgreSQL run (.ci/run sets it)")
	}
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
	return u.String()
}

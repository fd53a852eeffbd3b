package storage_test

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundleio"

	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/storage/storetest"
)

const testKey = "a key of at least thirty-two bytes, for tests only"

// The whole store suite holds with people's identity fields encrypted.
func TestSQLiteEncrypted(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storage.Store {
		t.Setenv(storage.KeyEnv, testKey)
		s, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "retrace.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestPostgresEncrypted(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storage.Store {
		t.Setenv(storage.KeyEnv, testKey)
		s, err := storage.Open(context.Background(), storetest.PostgresSchema(t))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// An attacker's eye: with a key, a copy of the database shows none of the fixture's
// names, dates of birth or references, in the records or the search keys; opened
// without the key, or with another, it refuses to read people; the store itself
// reads them as imported. A rotation re-encrypts them under a new key, after which
// the old key opens nothing and the new one reads them as before.
func TestIdentityFieldsEncryptedAtRest(t *testing.T) { onBothBackends(t, testEncryptedAtRest) }

func testEncryptedAtRest(t *testing.T, dsn string, raw func(*testing.T) *sql.DB) {
	ctx := context.Background()
	t.Setenv(storage.KeyEnv, testKey)
	s, err := storage.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bundleio.Import(ctx, s, storetest.FixtureDir(), bundleio.Options{Actor: "test"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.IndexNames(ctx, func(p retrace.PersonRecord) []string { return []string{"g:" + strings.ToLower(p.GivenNames)} }); err != nil {
		t.Fatal(err)
	}
	secrets := []string{"Selam", "Tesfai", "1998", "Okafor"} // of the fixture's people
	leaks := func(what string) {
		t.Helper()
		db := raw(t)
		for _, q := range []string{"SELECT COALESCE(given_names, '') || ' ' || COALESCE(family_name, '') || ' ' || COALESCE(dob, '') || ' ' || COALESCE(aliases, '') || ' ' || COALESCE(ho_reference, '') FROM person_records", "SELECT key FROM name_keys"} {
			rows, err := db.Query(q)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var v string
				rows.Scan(&v)
				for _, secret := range secrets {
					if strings.Contains(strings.ToLower(v), strings.ToLower(secret)) {
						t.Errorf("%s: %q is readable in the database: %s", what, secret, v)
					}
				}
			}
			rows.Close()
		}
	}
	leaks("encrypted")
	recs, err := s.PersonRecords(ctx, storage.Scope{}, "ORG01-000003")
	if err != nil || len(recs) != 1 || recs[0].GivenNames != "Selam" || recs[0].FamilyName != "Tesfai" {
		t.Fatalf("the store's own read: %+v %v", recs, err)
	}
	if got, err := s.SearchNames(ctx, storage.Scope{Organisation: "ORG01"}, []string{"g:selam"}, 10); err != nil || len(got) != 1 || got[0].Keys[0] != "g:selam" {
		t.Errorf("a search under the key: %+v %v", got, err)
	}
	rep, err := bundleio.Import(ctx, s, storetest.FixtureDir(), bundleio.Options{Actor: "test"})
	if err != nil || rep.Changed() {
		t.Errorf("re-importing the same bundle changed something: %v", err)
	}
	s.Close()
	// Without the key, or with another, the database is not opened at all: nothing
	// could be read, and nothing written in plain text or under the wrong key.
	// The message says which: no key, or another key (by its id, which is not secret).
	for key, says := range map[string]string{"": "the key's id is", "another key of at least thirty-two bytes, wrong": "is not the one"} {
		t.Setenv(storage.KeyEnv, key)
		if other, err := storage.Open(ctx, dsn); !errors.Is(err, storage.ErrNoKey) || !strings.Contains(err.Error(), says) {
			t.Errorf("opened with key %q: %v, want ErrNoKey saying %q", key, err, says)
			if other != nil {
				other.Close()
			}
		}
	}
	t.Setenv(storage.KeyEnv, testKey)
	s, err = storage.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	db := raw(t)
	// The row's hash is keyed: a guess at ORG01-000002's cells, hashed as an unkeyed
	// row hash would be, does not find it.
	guess := sha256.New()
	for _, c := range []string{"ORG01-000002", "ORG01", "Żaneta", "Kołodziejczak", "", "1983", "true", "F", "POL", "Łódź", "pol", ""} {
		guess.Write([]byte(c))
		guess.Write([]byte{0x1f})
	}
	var stored string
	db.QueryRow("SELECT row_hash FROM person_records WHERE record_id = 'ORG01-000002'").Scan(&stored)
	if stored == hex.EncodeToString(guess.Sum(nil)[:16]) {
		t.Error("a guess at a person's fields matches their row's hash")
	}
	// Names of different lengths are stored alike: the length does not show.
	var short, long string
	db.QueryRow("SELECT given_names FROM person_records WHERE record_id = 'ORG01-000003'").Scan(&short) // Selam
	db.QueryRow("SELECT given_names FROM person_records WHERE record_id = 'ORG01-000001'").Scan(&long)  // Ermira Dëshira
	if len(short) != len(long) {
		t.Errorf("Selam stored in %d characters, Ermira Dëshira in %d: the length shows", len(short), len(long))
	}
	// A value moved to another record, or another column, does not decrypt.
	var name string
	db.QueryRow("SELECT given_names FROM person_records WHERE record_id = 'ORG01-000001'").Scan(&name)
	db.Exec("UPDATE person_records SET family_name = '" + name + "' WHERE record_id = 'ORG01-000002'")
	if _, err := s.PersonRecords(ctx, storage.Scope{}, "ORG01-000002"); err == nil || !strings.Contains(err.Error(), "moved") {
		t.Errorf("a name moved from another record: %v", err)
	}
	db.Exec("UPDATE person_records SET family_name = NULL WHERE record_id = 'ORG01-000002'")
	stale, err := storage.Open(ctx, dsn) // a command started before the rotation, with the old key
	if err != nil {
		t.Fatal(err)
	}
	defer stale.Close()
	const newKey = "the next key, also at least thirty-two bytes long"
	if n, err := s.RotateKey(ctx, []byte(newKey)); err != nil || n != 13 {
		t.Fatalf("rotating: %d records, %v; want the fixture's 13", n, err)
	}
	leaks("rotated")
	t.Setenv(storage.KeyEnv, newKey)
	rotated, err := storage.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer rotated.Close()
	if recs, err := rotated.PersonRecords(ctx, storage.Scope{}, "ORG01-000003"); err != nil || len(recs) != 1 || recs[0].GivenNames != "Selam" {
		t.Errorf("read under the new key: %+v %v", recs, err)
	}
	t.Setenv(storage.KeyEnv, testKey)
	if _, err := storage.Open(ctx, dsn); !errors.Is(err, storage.ErrNoKey) {
		t.Errorf("the old key after rotation: %v, want ErrNoKey", err)
	}
	// A command still running with the old key imports nothing after the rotation.
	if _, err := bundleio.Import(ctx, stale, storetest.FixtureDir(), bundleio.Options{Actor: "test"}); !errors.Is(err, storage.ErrNoKey) {
		t.Errorf("an import under the old key after rotation: %v, want ErrNoKey", err)
	}
}

package storage_test

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
	secrets := []string{"Selam", "Tesfai", "1998", "Okafor", "A2103348", "Shkodër"} // of the fixture's people: names, a date, a reference, a place of birth
	leaks := func(what string) {
		t.Helper()
		db := raw(t)
		for _, q := range []string{"SELECT COALESCE(given_names, '') || ' ' || COALESCE(family_name, '') || ' ' || COALESCE(dob, '') || ' ' || COALESCE(aliases, '') || ' ' || COALESCE(ho_reference, '') || ' ' || COALESCE(birth_place, '') || ' ' || COALESCE(extra, '') FROM person_records", "SELECT key FROM name_keys"} {
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

// A rotation that begins before an import writes is waited for, and the import, under
// the key it started with, then writes nothing: the key is checked in the import's
// own transaction. Here a transaction moves the key the database records, as a
// rotation does, holding the tables a rotation holds, while the import starts.
func TestImportWaitsForARotation(t *testing.T) { onBothBackends(t, testImportWaitsForARotation) }

func testImportWaitsForARotation(t *testing.T, dsn string, raw func(*testing.T) *sql.DB) {
	ctx := context.Background()
	t.Setenv(storage.KeyEnv, testKey)
	s, err := storage.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rotation, err := raw(t).Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer rotation.Rollback()
	if strings.Contains(dsn, "postgres") {
		if _, err := rotation.Exec("LOCK TABLE person_records, name_keys, name_indexed_imports, server_secrets IN EXCLUSIVE MODE"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := rotation.Exec("UPDATE server_secrets SET secret = 'the-next-key-id' WHERE name = 'identity-fields-key-id'"); err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	go func() {
		_, err := bundleio.Import(ctx, s, storetest.FixtureDir(), bundleio.Options{Actor: "test"})
		done <- err
	}()
	time.Sleep(300 * time.Millisecond) // for the import to begin while the rotation holds the tables
	if err := rotation.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; !errors.Is(err, storage.ErrNoKey) {
		t.Errorf("an import begun during a rotation: %v, want ErrNoKey", err)
	}
	var people int
	raw(t).QueryRow("SELECT COUNT(*) FROM person_records").Scan(&people)
	if people != 0 {
		t.Errorf("%d people written under the old key", people)
	}
}

// A key given to a database that holds people in plain text is refused, with what to
// do: rotating encrypts them and keys their search keys, and the key then opens it
// and finds them. Without a key, a name that looks like an encrypted value is a name.
func TestAKeyIsNotSetOverPlainPeople(t *testing.T) { onBothBackends(t, testKeyOverPlainPeople) }

func testKeyOverPlainPeople(t *testing.T, dsn string, raw func(*testing.T) *sql.DB) {
	ctx := context.Background()
	t.Setenv(storage.KeyEnv, "")
	plain, err := storage.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bundleio.Import(ctx, plain, storetest.FixtureDir(), bundleio.Options{Actor: "test"}); err != nil {
		t.Fatal(err)
	}
	raw(t).Exec("UPDATE person_records SET given_names = 'enc1:abcd:xyz' WHERE record_id = 'ORG01-000002'")
	if recs, err := plain.PersonRecords(ctx, storage.Scope{}, "ORG01-000002"); err != nil || len(recs) != 1 || recs[0].GivenNames != "enc1:abcd:xyz" {
		t.Errorf("a name like an encrypted value, with no key: %+v %v", recs, err)
	}
	t.Setenv(storage.KeyEnv, testKey)
	if s, err := storage.Open(ctx, dsn); !errors.Is(err, storage.ErrPlainPeople) || !strings.Contains(err.Error(), "retrace key rotate") {
		t.Errorf("a key over plain people: %v, want ErrPlainPeople", err)
		if s != nil {
			s.Close()
		}
	}
	if _, err := plain.RotateKey(ctx, []byte(testKey)); err != nil {
		t.Fatal(err)
	}
	plain.Close()
	s, err := storage.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.IndexNames(ctx, func(p retrace.PersonRecord) []string { return []string{"g:" + strings.ToLower(p.GivenNames)} }); err != nil {
		t.Fatal(err)
	}
	if got, err := s.SearchNames(ctx, storage.Scope{Organisation: "ORG01"}, []string{"g:selam"}, 10); err != nil || len(got) != 1 {
		t.Errorf("a search after encrypting by rotation: %+v %v", got, err)
	}
}

// A key too short is refused, naming where it came from.
func TestAShortKeySaysWhere(t *testing.T) {
	path := filepath.Join(t.TempDir(), "key")
	os.WriteFile(path, []byte("short\n"), 0o600)
	for env, want := range map[string]string{storage.KeyEnv: "RETRACE_KEY: the key is 5 bytes", storage.KeyFileEnv: "RETRACE_KEY_FILE (" + path + "): the key is 5 bytes"} {
		t.Setenv(storage.KeyEnv, "")
		t.Setenv(storage.KeyFileEnv, "")
		t.Setenv(env, map[string]string{storage.KeyEnv: "short", storage.KeyFileEnv: path}[env])
		if s, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "r.db")); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want an error saying %q", env, err, want)
			if s != nil {
				s.Close()
			}
		}
	}
}

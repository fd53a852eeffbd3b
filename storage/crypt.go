package storage

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundle"
)

// KeyFileEnv names the file holding the key that encrypts people's identity fields
// in the database; KeyEnv holds the key itself (at least 32 bytes either way).
const (
	KeyFileEnv = "RETRACE_KEY_FILE"
	KeyEnv     = "RETRACE_KEY"
)

// ErrNoKey is returned for a database whose identity fields are encrypted, opened
// without the key (or with another).
var ErrNoKey = errors.New("people's identity fields here are encrypted with a key this command was not given: set " + KeyFileEnv)

// ErrPlainPeople is returned for a key given to a database that already holds people
// in plain text: they must be encrypted, and their search keys hashed, by rotating.
var ErrPlainPeople = errors.New("this database holds people's identity fields in plain text: to encrypt them, run `retrace key rotate --new-key FILE` once, without " + KeyFileEnv + " or " + KeyEnv + ", then give that key")

// fieldCipher encrypts identity fields with AES-256-GCM and turns search keys into
// keyed hashes, so that a copy of the database alone reveals no names.
type fieldCipher struct {
	aead   cipher.AEAD
	id     string // names the key in every value it encrypted
	search []byte // keys the search keys' hashes
	rows   []byte // keys people's rows' hashes, which are over their plain text
}

// identityColumns are the people.csv columns encrypted: what names a person. Sex,
// nationality and language stay readable, as the figures count by them.
var identityColumns = []string{"given_names", "family_name", "aliases", "dob", "birth_place", "ho_reference"}

// keyFromEnv reads the key the environment names, if any, and says where it was.
func keyFromEnv() (material []byte, from string, err error) {
	if path := os.Getenv(KeyFileEnv); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, "", fmt.Errorf("%s: %w", KeyFileEnv, err)
		}
		return []byte(strings.TrimSpace(string(b))), KeyFileEnv + " (" + path + ")", nil
	}
	if v := os.Getenv(KeyEnv); v != "" {
		return []byte(v), KeyEnv, nil
	}
	return nil, "", nil
}

// newFieldCipher derives the encryption and search keys from key material of at
// least 32 bytes; nil key material means no encryption.
func newFieldCipher(material []byte) (*fieldCipher, error) {
	if material == nil {
		return nil, nil
	}
	if len(material) < 32 {
		return nil, fmt.Errorf("the key is %d bytes: at least 32 are needed", len(material))
	}
	derive := func(purpose string) []byte {
		m := hmac.New(sha256.New, material)
		m.Write([]byte(purpose))
		return m.Sum(nil)
	}
	block, err := aes.NewCipher(derive("retrace identity fields"))
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &fieldCipher{aead: aead, id: hex.EncodeToString(derive("retrace key id")[:4]), search: derive("retrace search keys"),
		rows: derive("retrace row hashes")}, nil
}

const encryptedPrefix = "enc1:"

// encrypt encrypts a field of a record. The key id, the column and the record are
// bound in: a value moved to another column or record does not decrypt.
func (c *fieldCipher) encrypt(column, record, plain string) string {
	if c == nil || plain == "" {
		return plain
	}
	nonce := make([]byte, c.aead.NonceSize())
	rand.Read(nonce)
	return encryptedPrefix + c.id + ":" + base64.StdEncoding.EncodeToString(c.aead.Seal(nonce, nonce, pad([]byte(plain)), aad(c.id, column, record)))
}

// padTo is the block a value's length is rounded up to before encryption, so that
// the length of a name does not show (most names are shorter than one block).
const padTo = 32

// pad adds 1 to padTo bytes, each holding how many were added.
func pad(b []byte) []byte {
	n := padTo - len(b)%padTo
	return append(b, bytes.Repeat([]byte{byte(n)}, n)...)
}

func unpad(b []byte) ([]byte, error) {
	if len(b) == 0 || int(b[len(b)-1]) > len(b) || b[len(b)-1] == 0 {
		return nil, errors.New("bad padding")
	}
	return b[:len(b)-int(b[len(b)-1])], nil
}

func aad(id, column, record string) []byte { return []byte(id + "\x00" + column + "\x00" + record) }

// decrypt gives a stored field's text: plain text as it is, an encrypted value by
// the key it was encrypted with.
// With no key, every value is plain text, whatever it starts with: a store opens a
// database with no key only when no key is recorded there (checkKey).
func (c *fieldCipher) decrypt(column, record, stored string) (string, error) {
	if c == nil || !strings.HasPrefix(stored, encryptedPrefix) {
		return stored, nil
	}
	id, body, _ := strings.Cut(strings.TrimPrefix(stored, encryptedPrefix), ":")
	if id != c.id {
		return "", ErrNoKey
	}
	raw, err := base64.StdEncoding.DecodeString(body)
	if err != nil || len(raw) < c.aead.NonceSize() {
		return "", fmt.Errorf("record %s: an encrypted %s is damaged", record, column)
	}
	padded, err := c.aead.Open(nil, raw[:c.aead.NonceSize()], raw[c.aead.NonceSize():], aad(id, column, record))
	if err != nil {
		return "", fmt.Errorf("record %s: an encrypted %s is damaged or was moved from another record or column: %w", record, column, err)
	}
	plain, err := unpad(padded)
	if err != nil {
		return "", fmt.Errorf("record %s: an encrypted %s is damaged: %w", record, column, err)
	}
	return string(plain), nil
}

// rowHash is a people's row's hash as stored: keyed, as it is over the plain text
// (unkeyed, it would let a copy of the database test guesses at a name).
func (c *fieldCipher) rowHash(k *bundle.Kind, plain string) string {
	if c == nil || k != bundle.People {
		return plain
	}
	m := hmac.New(sha256.New, c.rows)
	m.Write([]byte(plain))
	return hex.EncodeToString(m.Sum(nil)[:16])
}

// searchKey is a search key as stored: its kind ("g:") and a keyed hash of the rest.
func (c *fieldCipher) searchKey(k string) string {
	if c == nil {
		return k
	}
	kind, _, _ := strings.Cut(k, ":")
	m := hmac.New(sha256.New, c.search)
	m.Write([]byte(k))
	return kind + ":" + hex.EncodeToString(m.Sum(nil)[:12])
}

// identityIndexes are the positions of identityColumns among people.csv's columns.
var identityIndexes = func() []int {
	var out []int
	for _, c := range identityColumns {
		out = append(out, bundle.People.Index(c))
	}
	return out
}()

var recordIDIndex = bundle.People.Index("record_id")

// encryptCells encrypts a People row's identity cells in place.
func (c *fieldCipher) encryptCells(k *bundle.Kind, cells []string) {
	if c == nil || k != bundle.People {
		return
	}
	for n, i := range identityIndexes {
		cells[i] = c.encrypt(identityColumns[n], cells[recordIDIndex], cells[i])
	}
}

// decryptCells decrypts a People row's identity cells in place.
func (c *fieldCipher) decryptCells(k *bundle.Kind, cells []string) error {
	if k != bundle.People {
		return nil
	}
	for n, i := range identityIndexes {
		v, err := c.decrypt(identityColumns[n], cells[recordIDIndex], cells[i])
		if err != nil {
			return err
		}
		cells[i] = v
	}
	return nil
}

// encryptExtra and decryptExtra do the same for a People row's unknown columns,
// which may name people too (a phone number, an address).
func (c *fieldCipher) encryptExtra(k *bundle.Kind, record, extra string) string {
	if k != bundle.People {
		return extra
	}
	return c.encrypt("extra", record, extra)
}

func (c *fieldCipher) decryptExtra(k *bundle.Kind, record, stored string) (string, error) {
	if k != bundle.People {
		return stored, nil
	}
	return c.decrypt("extra", record, stored)
}

// keyMarker names the server_secrets row that records which key the identity fields
// are encrypted under (its id, not the key).
const keyMarker = "identity-fields-key-id"

// checkKey holds the store to the key the database records: a database encrypted
// under a key is never written in plain text or under another key by a command
// started without it. On opening (record), a first key is recorded, unless the
// database already holds people in plain text: their search keys and row hashes are
// unkeyed, and only a rotation encrypts them and keys those again. q is the
// database, or the transaction about to write people.
func (s *sqlStore) checkKey(ctx context.Context, q querier, record bool) error {
	var id string
	err := q.QueryRowContext(ctx, s.rebind("SELECT secret FROM server_secrets WHERE name = ?"+s.forShare()), keyMarker).Scan(&id)
	switch {
	case errors.Is(err, sql.ErrNoRows) && s.cipher != nil && record:
		return s.recordFirstKey(ctx)
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return err
	case s.cipher == nil:
		return fmt.Errorf("%w (the key's id is %s)", ErrNoKey, id)
	case s.cipher.id != id:
		// Key ids are not secret: they tell which key file is which.
		return fmt.Errorf("%w: the key given (id %s) is not the one the data are encrypted with (id %s); after `retrace key rotate`, give the new key", ErrNoKey, s.cipher.id, id)
	}
	return nil
}

// forShare, on PostgreSQL, makes the key check hold off a rotation (whose EXCLUSIVE
// lock it conflicts with) until the transaction that checked has written; SQLite's
// write transactions already exclude each other.
func (s *sqlStore) forShare() string {
	if s.backend == "postgres" {
		return " FOR SHARE"
	}
	return ""
}

// recordFirstKey records the store's key as the one the database is encrypted with,
// where no person is stored yet.
func (s *sqlStore) recordFirstKey(ctx context.Context) error {
	var plain bool
	if err := s.db.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM person_records)").Scan(&plain); err != nil {
		return err
	}
	if plain {
		return ErrPlainPeople
	}
	_, err := s.db.ExecContext(ctx, s.rebind("INSERT INTO server_secrets (name, secret) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"), keyMarker, s.cipher.id)
	if err != nil {
		return err
	}
	return s.checkKey(ctx, s.db, false) // another command may have recorded its own first
}

// RotateKey encrypts every person's identity fields and unknown columns with the key
// material given, in one transaction that holds people's tables against writers:
// values encrypted with the store's key are decrypted first, and plain values (a
// database from before a key was set) are encrypted. Rows' hashes are keyed again,
// the key the database records moves on, and the search index, hashed under the old
// key, is dropped to be built again. The store uses the new key from then on.
func (s *sqlStore) RotateKey(ctx context.Context, material []byte) (int, error) {
	next, err := newFieldCipher(material)
	if err != nil {
		return 0, err
	}
	if next == nil {
		return 0, errors.New("no new key")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	if s.backend == "postgres" { // SQLite's write transaction already shuts writers out
		if _, err := tx.ExecContext(ctx, "LOCK TABLE person_records, name_keys, name_indexed_imports, server_secrets IN EXCLUSIVE MODE"); err != nil {
			return 0, err
		}
	}
	type row struct {
		cells []string
		extra string
	}
	var all []row
	cols := bundle.People.ColumnNames()
	rows, err := tx.QueryContext(ctx, "SELECT "+strings.Join(cols, ", ")+", extra FROM person_records ORDER BY seq")
	err = s.scanCells(bundle.People, rows, err, func(cells []string, extra retrace.Extra) error {
		all = append(all, row{slices.Clone(cells), encodeExtra(extra)})
		return nil
	})
	if err != nil {
		return 0, err
	}
	set := make([]string, len(identityColumns))
	for i, c := range identityColumns {
		set[i] = c + " = ?"
	}
	update := s.rebind("UPDATE person_records SET " + strings.Join(set, ", ") + ", extra = ?, row_hash = ? WHERE record_id = ?")
	for _, r := range all {
		record := r.cells[recordIDIndex]
		hash := next.rowHash(bundle.People, rowHash(r.cells, r.extra))
		next.encryptCells(bundle.People, r.cells)
		args := make([]any, 0, len(identityIndexes)+3)
		for _, i := range identityIndexes {
			args = append(args, nullIfEmpty(r.cells[i]))
		}
		args = append(args, nullIfEmpty(next.encryptExtra(bundle.People, record, r.extra)), hash, record)
		if _, err := tx.ExecContext(ctx, update, args...); err != nil {
			return 0, err
		}
	}
	for _, q := range []string{"DELETE FROM name_keys", "DELETE FROM name_indexed_imports"} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return 0, err
		}
	}
	marker := "INSERT INTO server_secrets (name, secret) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET secret = excluded.secret"
	if _, err := tx.ExecContext(ctx, s.rebind(marker), keyMarker, next.id); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	s.cipher = next
	return len(all), nil
}

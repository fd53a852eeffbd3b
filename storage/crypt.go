package storage

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"

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

// fieldCipher encrypts identity fields with AES-256-GCM and turns search keys into
// keyed hashes, so that a copy of the database alone reveals no names.
type fieldCipher struct {
	aead   cipher.AEAD
	id     string // names the key in every value it encrypted
	search []byte // keys the search keys' hashes
}

// identityColumns are the people.csv columns encrypted: what names a person. Sex,
// nationality and language stay readable, as the figures count by them.
var identityColumns = []string{"given_names", "family_name", "aliases", "dob", "birth_place", "ho_reference"}

// keyFromEnv reads the key the environment names, if any.
func keyFromEnv() ([]byte, error) {
	if path := os.Getenv(KeyFileEnv); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", KeyFileEnv, err)
		}
		return []byte(strings.TrimSpace(string(b))), nil
	}
	if v := os.Getenv(KeyEnv); v != "" {
		return []byte(v), nil
	}
	return nil, nil
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
	return &fieldCipher{aead: aead, id: hex.EncodeToString(derive("retrace key id")[:4]), search: derive("retrace search keys")}, nil
}

const encryptedPrefix = "enc1:"

func (c *fieldCipher) encrypt(plain string) string {
	if c == nil || plain == "" {
		return plain
	}
	nonce := make([]byte, c.aead.NonceSize())
	rand.Read(nonce)
	return encryptedPrefix + c.id + ":" + base64.StdEncoding.EncodeToString(c.aead.Seal(nonce, nonce, []byte(plain), []byte(c.id)))
}

// decrypt gives a stored value's text: plain text as it is, an encrypted value by
// the key it was encrypted with.
func (c *fieldCipher) decrypt(stored string) (string, error) {
	if !strings.HasPrefix(stored, encryptedPrefix) {
		return stored, nil
	}
	id, body, _ := strings.Cut(strings.TrimPrefix(stored, encryptedPrefix), ":")
	if c == nil || id != c.id {
		return "", ErrNoKey
	}
	raw, err := base64.StdEncoding.DecodeString(body)
	if err != nil || len(raw) < c.aead.NonceSize() {
		return "", fmt.Errorf("an encrypted field is damaged")
	}
	plain, err := c.aead.Open(nil, raw[:c.aead.NonceSize()], raw[c.aead.NonceSize():], []byte(id))
	if err != nil {
		return "", fmt.Errorf("an encrypted field is damaged or was moved: %w", err)
	}
	return string(plain), nil
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

// encryptCells encrypts a People row's identity cells in place.
func (c *fieldCipher) encryptCells(k *bundle.Kind, cells []string) {
	if c == nil || k != bundle.People {
		return
	}
	for _, i := range identityIndexes {
		cells[i] = c.encrypt(cells[i])
	}
}

// decryptCells decrypts a People row's identity cells in place.
func (c *fieldCipher) decryptCells(k *bundle.Kind, cells []string) error {
	if k != bundle.People {
		return nil
	}
	for _, i := range identityIndexes {
		v, err := c.decrypt(cells[i])
		if err != nil {
			return err
		}
		cells[i] = v
	}
	return nil
}

// RotateKey encrypts every person's identity fields with the key material given,
// in one transaction: values encrypted with the store's key are decrypted first, and
// plain values (a database from before a key was set) are encrypted. The search keys
// are hashed under the old key, so the name index is dropped, to be built again
// under the new one. The store uses the new key from then on.
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
	type fields struct {
		record string
		values []string
	}
	var all []fields
	rows, err := tx.QueryContext(ctx, "SELECT record_id, "+strings.Join(coalesced(identityColumns), ", ")+" FROM person_records ORDER BY seq")
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		f := fields{values: make([]string, len(identityColumns))}
		ptrs := []any{&f.record}
		for i := range f.values {
			ptrs = append(ptrs, &f.values[i])
		}
		if err := rows.Scan(ptrs...); err != nil {
			rows.Close()
			return 0, err
		}
		all = append(all, f)
	}
	rows.Close()
	set := make([]string, len(identityColumns))
	for i, c := range identityColumns {
		set[i] = c + " = ?"
	}
	update := s.rebind("UPDATE person_records SET " + strings.Join(set, ", ") + " WHERE record_id = ?")
	for _, f := range all {
		args := make([]any, 0, len(f.values)+1)
		for _, v := range f.values {
			plain, err := s.cipher.decrypt(v)
			if err != nil {
				return 0, fmt.Errorf("record %s: %w", f.record, err)
			}
			args = append(args, nullIfEmpty(next.encrypt(plain)))
		}
		if _, err := tx.ExecContext(ctx, update, append(args, f.record)...); err != nil {
			return 0, err
		}
	}
	for _, q := range []string{"DELETE FROM name_keys", "DELETE FROM name_indexed_imports"} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return 0, err
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	s.cipher = next
	return len(all), nil
}

func coalesced(cols []string) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = "COALESCE(" + c + ", '')"
	}
	return out
}

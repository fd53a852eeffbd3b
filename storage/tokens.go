package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Token is an API token as the store keeps it: whose it is and its life, never its
// secret (the store has only its hash, so a copy of the database lets nobody in).
type Token struct {
	ID         int64
	UserName   string
	Label      string
	CreatedAt  time.Time
	CreatedBy  string
	ExpiresAt  time.Time // zero: it does not expire
	LastUsedAt time.Time // zero: never used
	RevokedAt  time.Time // zero: not revoked
}

// Live says whether the token lets its user in at now.
func (t Token) Live(now time.Time) bool {
	return t.RevokedAt.IsZero() && (t.ExpiresAt.IsZero() || now.Before(t.ExpiresAt))
}

// Tokens keeps the bearer tokens of the web app's JSON API.
type Tokens interface {
	// CreateToken stores a new token of t.UserName's, by the hash of its secret (made
	// by the caller), on behalf of by: the user, or a system admin. It gives the token
	// back with its id.
	CreateToken(ctx context.Context, by, hash string, t Token) (Token, error)
	// TokenUser finds the live token with this hash, and its user, and marks it used.
	TokenUser(ctx context.Context, hash string, now time.Time) (Token, User, bool, error)
	// ListTokens gives a user's tokens, oldest first, to the user or whoever manages
	// them (see User.Manages).
	ListTokens(ctx context.Context, by, name string) ([]Token, error)
	// RevokeToken ends one of a user's tokens for good, on behalf of the user or
	// whoever manages them. Revoking a revoked token changes nothing.
	RevokeToken(ctx context.Context, by, name string, id int64, at time.Time) error
}

// ErrNoToken is returned for a token id that is not one of the user's.
var ErrNoToken = errors.New("no such token")

// tokenColumns are the api_tokens columns a Token is scanned from, on the alias t.
const tokenColumns = "t.id, t.user_name, t.label, t.created_at, t.created_by, t.expires_at, t.last_used_at, t.revoked_at"

func scanToken(row interface{ Scan(...any) error }, more ...any) (Token, error) {
	var t Token
	var expires, used, revoked sql.NullTime
	err := row.Scan(append([]any{&t.ID, &t.UserName, &t.Label, &t.CreatedAt, &t.CreatedBy, &expires, &used, &revoked}, more...)...)
	t.ExpiresAt, t.LastUsedAt, t.RevokedAt = expires.Time, used.Time, revoked.Time
	return t, err
}

func (s *sqlStore) CreateToken(ctx context.Context, by, hash string, t Token) (Token, error) {
	if hash == "" {
		return Token{}, errors.New("a token needs its hash")
	}
	if t.CreatedAt.IsZero() {
		t.CreatedAt = time.Now()
	}
	if !t.ExpiresAt.IsZero() && !t.ExpiresAt.After(t.CreatedAt) {
		return Token{}, errors.New("a token must expire after it is made")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Token{}, err
	}
	defer tx.Rollback()
	// A token acts as its user, so only the user, or a system admin, who may add
	// users of any role, makes one.
	if err := s.actsFor(ctx, tx, by, t.UserName, func(actor, _ User) bool { return actor.Role == RoleSystemAdmin }); err != nil {
		return Token{}, err
	}
	t.CreatedBy = by
	err = tx.QueryRowContext(ctx, s.rebind(`INSERT INTO api_tokens (token_hash, user_name, label, created_at, created_by, expires_at)
		VALUES (?, ?, ?, ?, ?, ?) RETURNING id`), hash, t.UserName, t.Label, t.CreatedAt.UTC(), by, nullTime(t.ExpiresAt)).Scan(&t.ID)
	if err != nil {
		return Token{}, err
	}
	return t, tx.Commit()
}

// actsFor refuses unless by is the user named, or may act for them by may.
func (s *sqlStore) actsFor(ctx context.Context, tx *sql.Tx, by, name string, may func(actor, target User) bool) error {
	target, ok, err := s.userIn(ctx, tx, name)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%w: %s", ErrNoUser, name)
	}
	if by == name {
		return nil
	}
	actor, ok, err := s.userIn(ctx, tx, by)
	if err != nil {
		return err
	}
	if !ok || !may(actor, target) {
		return fmt.Errorf("%w: %s may not manage %s's API tokens", ErrNotAllowed, by, name)
	}
	return nil
}

func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC()
}

// TokenUser marks a token used at most once a minute, so that a busy client seldom
// writes.
func (s *sqlStore) TokenUser(ctx context.Context, hash string, now time.Time) (Token, User, bool, error) {
	var u User
	row := s.db.QueryRowContext(ctx, s.rebind(`SELECT `+tokenColumns+`, u.name, u.role, COALESCE(u.organisation, ''), u.added_at, u.added_by
		FROM api_tokens t JOIN users u ON u.name = t.user_name WHERE t.token_hash = ?`), hash)
	t, err := scanToken(row, &u.Name, &u.Role, &u.Organisation, &u.AddedAt, &u.AddedBy)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return Token{}, User{}, false, nil
	case err != nil:
		return Token{}, User{}, false, err
	case !t.Live(now):
		return Token{}, User{}, false, nil
	case t.LastUsedAt.IsZero() || now.Sub(t.LastUsedAt) > time.Minute:
		t.LastUsedAt = now
		_, err = s.db.ExecContext(ctx, s.rebind("UPDATE api_tokens SET last_used_at = ? WHERE id = ?"), now.UTC(), t.ID)
	}
	return t, u, err == nil, err
}

func (s *sqlStore) ListTokens(ctx context.Context, by, name string) ([]Token, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if err := s.actsFor(ctx, tx, by, name, User.Manages); err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, s.rebind("SELECT "+tokenColumns+" FROM api_tokens t WHERE t.user_name = ? ORDER BY t.id"), name)
	var out []Token
	err = scanAll(rows, err, func(rs *sql.Rows) error {
		t, err := scanToken(rs)
		out = append(out, t)
		return err
	})
	return out, err
}

func (s *sqlStore) RevokeToken(ctx context.Context, by, name string, id int64, at time.Time) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := s.actsFor(ctx, tx, by, name, User.Manages); err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, s.rebind("UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND user_name = ?"), at.UTC(), id, name)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return fmt.Errorf("%w: %s has no token %d", ErrNoToken, name, id)
	}
	return tx.Commit()
}

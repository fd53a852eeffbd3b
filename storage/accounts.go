package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Session is a signed-in user's session in the web app. The store keeps a hash of
// the token, never the token, so a copy of the database signs nobody in.
type Session struct {
	TokenHash string
	UserName  string
	CSRFToken string
	CreatedAt time.Time
	SeenAt    time.Time
	ExpiresAt time.Time
}

// Accounts keeps what the web app needs to sign users in.
type Accounts interface {
	// SetPassword stores a user's password hash (made by the caller) on behalf of by,
	// who is the user, a system admin, or an organisation admin of the user's
	// organisation, at a time. It ends the user's sessions and revokes their API
	// tokens: a new password is how a stolen account is taken back.
	SetPassword(ctx context.Context, by, name, hash string, at time.Time) error
	// PasswordHash is the user's stored hash, "" if they have none yet.
	PasswordHash(ctx context.Context, name string) (string, error)
	// StartSession stores a new session.
	StartSession(ctx context.Context, s Session) error
	// SessionOf finds a live session by its token hash and marks it seen.
	SessionOf(ctx context.Context, tokenHash string, now time.Time, idle time.Duration) (Session, User, bool, error)
	// EndSession removes a session.
	EndSession(ctx context.Context, tokenHash string) error
	// NoteLoginFailure records a failed sign-in under a key (a user name or an address).
	NoteLoginFailure(ctx context.Context, key string, at time.Time) error
	// LoginFailures counts the failures under a key since a time.
	LoginFailures(ctx context.Context, key string, since time.Time) (int, error)
	// ForgetLoginFailures clears a key's failures, after a good sign-in.
	ForgetLoginFailures(ctx context.Context, key string) error
	// ForgetLoginFailure clears the one failure noted under a key at a time: an
	// attempt counted before it was known to succeed.
	ForgetLoginFailure(ctx context.Context, key string, at time.Time) error
}

// ErrNoUser is returned for a user name that is not in the store.
var ErrNoUser = errors.New("no such user")

func (s *sqlStore) SetPassword(ctx context.Context, by, name, hash string, at time.Time) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	target, ok, err := s.userIn(ctx, tx, name)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%w: %s", ErrNoUser, name)
	}
	if by != name {
		actor, ok, err := s.userIn(ctx, tx, by)
		if err != nil {
			return err
		}
		if !ok || !actor.Manages(target) {
			return fmt.Errorf("%w: %s may not set %s's password", ErrNotAllowed, by, name)
		}
	}
	if _, err := tx.ExecContext(ctx, s.rebind("UPDATE users SET password_hash = ? WHERE name = ?"), hash, name); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, s.rebind("DELETE FROM sessions WHERE user_name = ?"), name); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, s.rebind("UPDATE api_tokens SET revoked_at = ? WHERE user_name = ? AND revoked_at IS NULL"), at.UTC(), name); err != nil {
		return err
	}
	return tx.Commit()
}

// Manages says whether u may manage other's account: a system admin manages
// everyone; an organisation admin, the support workers and admins of their own
// organisation.
func (u User) Manages(other User) bool {
	switch u.Role {
	case RoleSystemAdmin:
		return true
	case RoleOrganisationAdmin:
		return other.Organisation == u.Organisation &&
			(other.Role == RoleSupportWorker || other.Role == RoleOrganisationAdmin)
	}
	return false
}

func (s *sqlStore) userIn(ctx context.Context, tx *sql.Tx, name string) (User, bool, error) {
	var u User
	err := tx.QueryRowContext(ctx, s.rebind("SELECT name, role, COALESCE(organisation, ''), added_at, added_by FROM users WHERE name = ?"), name).
		Scan(&u.Name, &u.Role, &u.Organisation, &u.AddedAt, &u.AddedBy)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, false, nil
	}
	return u, err == nil, err
}

func (s *sqlStore) PasswordHash(ctx context.Context, name string) (string, error) {
	var h sql.NullString
	err := s.db.QueryRowContext(ctx, s.rebind("SELECT password_hash FROM users WHERE name = ?"), name).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return h.String, err
}

func (s *sqlStore) StartSession(ctx context.Context, ss Session) error {
	_, err := s.db.ExecContext(ctx, s.rebind(`INSERT INTO sessions (token_hash, user_name, csrf_token, created_at, seen_at, expires_at)
		VALUES (?, ?, ?, ?, ?, ?)`), ss.TokenHash, ss.UserName, ss.CSRFToken, ss.CreatedAt.UTC(), ss.SeenAt.UTC(), ss.ExpiresAt.UTC())
	return err
}

// SessionOf ends a session that has expired or been idle too long. It marks the
// session seen at most once a minute, so that reading pages seldom writes.
func (s *sqlStore) SessionOf(ctx context.Context, tokenHash string, now time.Time, idle time.Duration) (Session, User, bool, error) {
	var ss Session
	var u User
	err := s.db.QueryRowContext(ctx, s.rebind(`SELECT s.token_hash, s.user_name, s.csrf_token, s.created_at, s.seen_at, s.expires_at,
		u.name, u.role, COALESCE(u.organisation, ''), u.added_at, u.added_by
		FROM sessions s JOIN users u ON u.name = s.user_name WHERE s.token_hash = ?`), tokenHash).
		Scan(&ss.TokenHash, &ss.UserName, &ss.CSRFToken, &ss.CreatedAt, &ss.SeenAt, &ss.ExpiresAt, &u.Name, &u.Role, &u.Organisation, &u.AddedAt, &u.AddedBy)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return Session{}, User{}, false, nil
	case err != nil:
		return Session{}, User{}, false, err
	case !now.Before(ss.ExpiresAt) || now.Sub(ss.SeenAt) > idle:
		return Session{}, User{}, false, s.EndSession(ctx, tokenHash)
	case now.Sub(ss.SeenAt) > time.Minute:
		ss.SeenAt = now
		_, err = s.db.ExecContext(ctx, s.rebind("UPDATE sessions SET seen_at = ? WHERE token_hash = ?"), now.UTC(), tokenHash)
	}
	return ss, u, err == nil, err
}

func (s *sqlStore) EndSession(ctx context.Context, tokenHash string) error {
	_, err := s.db.ExecContext(ctx, s.rebind("DELETE FROM sessions WHERE token_hash = ?"), tokenHash)
	return err
}

func (s *sqlStore) NoteLoginFailure(ctx context.Context, key string, at time.Time) error {
	_, err := s.db.ExecContext(ctx, s.rebind("INSERT INTO login_failures (key, at) VALUES (?, ?)"), key, at.UTC())
	return err
}

func (s *sqlStore) LoginFailures(ctx context.Context, key string, since time.Time) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, s.rebind("SELECT COUNT(*) FROM login_failures WHERE key = ? AND at >= ?"), key, since.UTC()).Scan(&n)
	return n, err
}

func (s *sqlStore) ForgetLoginFailures(ctx context.Context, key string) error {
	_, err := s.db.ExecContext(ctx, s.rebind("DELETE FROM login_failures WHERE key = ?"), key)
	return err
}

func (s *sqlStore) ForgetLoginFailure(ctx context.Context, key string, at time.Time) error {
	_, err := s.db.ExecContext(ctx, s.rebind("DELETE FROM login_failures WHERE key = ? AND at = ?"), key, at.UTC())
	return err
}

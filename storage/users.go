package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

// The roles a user may have.
const (
	RoleSupportWorker     = "support_worker"     // their own organisation's people
	RoleOrganisationAdmin = "organisation_admin" // their organisation's users and people
	RoleAnalyst           = "analyst"            // pseudonymised data across organisations, raw figures
	RoleSystemAdmin       = "system_admin"       // users of every organisation
)

// Roles are the roles, in order of reach.
var Roles = []string{RoleSupportWorker, RoleOrganisationAdmin, RoleAnalyst, RoleSystemAdmin}

// User is someone who may use retrace, with their role.
type User struct {
	Name         string
	Role         string
	Organisation string // for support workers and organisation admins
	AddedAt      time.Time
	AddedBy      string
}

// Users keeps who may use retrace and as what.
type Users interface {
	// AddUser adds a user on behalf of by. The first user must be a system admin;
	// after that only a system admin adds users.
	AddUser(ctx context.Context, by string, u User) error
	// User is the user of that name, if there is one.
	User(ctx context.Context, name string) (User, bool, error)
	// ListUsers gives every user, by name.
	ListUsers(ctx context.Context) ([]User, error)
}

// InvalidUser says what is wrong with a user someone asked to add.
type InvalidUser string

func (e InvalidUser) Error() string { return string(e) }

func invalidUser(format string, args ...any) error { return InvalidUser(fmt.Sprintf(format, args...)) }

// userName is what a user name may be: it appears in addresses and the audit log.
var userName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$`)

// ErrNotAllowed is returned when someone may not do what they asked.
var ErrNotAllowed = errors.New("not allowed")

// check says what is wrong with a new user, or nil.
func (u User) check() error {
	switch {
	case !userName.MatchString(u.Name) || strings.Contains(u.Name, ".."):
		return invalidUser("user name %q: use letters, digits and . _ @ - only, beginning with a letter or digit", u.Name)
	case !slices.Contains(Roles, u.Role):
		return invalidUser("role %q: use one of %s", u.Role, strings.Join(Roles, ", "))
	case (u.Role == RoleSupportWorker || u.Role == RoleOrganisationAdmin) && u.Organisation == "":
		return invalidUser("a %s belongs to an organisation: give its code", u.Role)
	case u.Role != RoleSupportWorker && u.Role != RoleOrganisationAdmin && u.Organisation != "":
		return invalidUser("an %s works across organisations: give no organisation", u.Role)
	}
	return nil
}

func (s *sqlStore) AddUser(ctx context.Context, by string, u User) error {
	if err := u.check(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := s.mayAddUsers(ctx, tx, by, u); err != nil {
		return err
	}
	if u.Organisation != "" {
		var n int
		if err := tx.QueryRowContext(ctx, s.rebind("SELECT COUNT(*) FROM organisations WHERE code = ?"), u.Organisation).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return invalidUser("no organisation %q in the database: organisations come with the bundles they send", u.Organisation)
		}
	}
	var exists int
	if err := tx.QueryRowContext(ctx, s.rebind("SELECT COUNT(*) FROM users WHERE name = ?"), u.Name).Scan(&exists); err != nil {
		return err
	}
	if exists > 0 {
		return invalidUser("there is already a user %q", u.Name)
	}
	if _, err := tx.ExecContext(ctx, s.rebind("INSERT INTO users (name, role, organisation, added_at, added_by) VALUES (?, ?, ?, ?, ?)"),
		u.Name, u.Role, nullIfEmpty(u.Organisation), time.Now().UTC(), by); err != nil {
		return err
	}
	return tx.Commit()
}

// mayAddUsers: with no users yet, only a system admin may be added (by anyone); after
// that, by must manage the new user: a system admin anyone, an organisation admin the
// support workers and admins of their own organisation.
func (s *sqlStore) mayAddUsers(ctx context.Context, tx *sql.Tx, by string, u User) error {
	var users int
	if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM users").Scan(&users); err != nil {
		return err
	}
	if users == 0 {
		if u.Role != RoleSystemAdmin {
			return fmt.Errorf("%w: the first user must be a %s, who then adds the others", ErrNotAllowed, RoleSystemAdmin)
		}
		return nil
	}
	adder, ok, err := s.userIn(ctx, tx, by)
	switch {
	case err != nil:
		return err
	case !ok || (adder.Role != RoleSystemAdmin && adder.Role != RoleOrganisationAdmin):
		return fmt.Errorf("%w: only a %s adds users (and an %s those of their organisation), and %s is neither", ErrNotAllowed, RoleSystemAdmin, RoleOrganisationAdmin, by)
	case !adder.Manages(u):
		return fmt.Errorf("%w: an %s adds support workers and admins of their own organisation (%s) only", ErrNotAllowed, RoleOrganisationAdmin, adder.Organisation)
	}
	return nil
}

func (s *sqlStore) User(ctx context.Context, name string) (User, bool, error) {
	users, err := s.users(ctx, "WHERE name = ?", name)
	if err != nil || len(users) == 0 {
		return User{}, false, err
	}
	return users[0], true, nil
}

func (s *sqlStore) ListUsers(ctx context.Context) ([]User, error) { return s.users(ctx, "") }

func (s *sqlStore) users(ctx context.Context, where string, args ...any) ([]User, error) {
	var out []User
	err := s.each(ctx, "SELECT name, role, COALESCE(organisation, ''), added_at, added_by FROM users "+where+" ORDER BY name", args, func(rs *sql.Rows) error {
		var u User
		err := rs.Scan(&u.Name, &u.Role, &u.Organisation, &u.AddedAt, &u.AddedBy)
		out = append(out, u)
		return err
	})
	return out, err
}

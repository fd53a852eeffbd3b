package web

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"
	"time"

	"golang.org/x/crypto/argon2"

	"github.com/retrace-uk/retrace/storage"
)

const (
	sessionCookie    = "retrace_session"
	loginCookie      = "retrace_login" // carries the sign-in form's CSRF token before there is a session
	csrfField        = "csrf_token"
	minPasswordChars = 12
)

// Throttling: after this many failed sign-ins within throttleWindow, a user name, or
// an address, is refused until the window has passed.
const (
	failuresPerUser    = 5
	failuresPerAddress = 20
	throttleWindow     = 15 * time.Minute
)

// Argon2id parameters: OWASP's recommended minimum (19 MiB, two passes, one lane).
const (
	argonMemory  = 19 * 1024
	argonTime    = 2
	argonThreads = 1
	argonKeyLen  = 32
)

// HashPassword hashes a password with argon2id into the PHC string form.
func HashPassword(password string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// passwordMatches checks a password against a PHC argon2id hash, in constant time.
func passwordMatches(hash, password string) bool {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	var version int
	var memory, passes uint32
	var threads uint8
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &memory, &passes, &threads); err != nil {
		return false
	}
	b64 := base64.RawStdEncoding
	salt, err1 := b64.DecodeString(parts[4])
	want, err2 := b64.DecodeString(parts[5])
	if err1 != nil || err2 != nil {
		return false
	}
	got := argon2.IDKey([]byte(password), salt, passes, memory, threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// CheckNewPassword says what is wrong with a password someone chose, or nil.
func CheckNewPassword(password string) error {
	if len([]rune(password)) < minPasswordChars {
		return fmt.Errorf("a password needs at least %d characters: three random words make a good one", minPasswordChars)
	}
	return nil
}

// dummyHash is checked against when a user name is unknown, so that a sign-in takes
// as long whether or not the name exists.
var dummyHash, _ = HashPassword("not anyone's password")

func newToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func hashToken(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

func (s *Server) setCookie(w http.ResponseWriter, name, value string, maxAge time.Duration) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, Path: "/", MaxAge: int(maxAge.Seconds()),
		HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

type loginView struct {
	CSRF   string
	Name   string
	Errors []fieldError
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	s.showLogin(w, r, http.StatusOK, loginView{})
}

func (s *Server) showLogin(w http.ResponseWriter, r *http.Request, status int, v loginView) {
	v.CSRF = newToken()
	s.setCookie(w, loginCookie, v.CSRF, time.Hour)
	s.render(w, r, status, "login", "Sign in", v)
}

// login signs a user in. Failures say only that the name or password was wrong, so
// that the form does not tell which user names exist.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie(loginCookie)
	if err != nil || subtle.ConstantTimeCompare([]byte(c.Value), []byte(r.PostFormValue(csrfField))) != 1 {
		s.forbidden(w, r, "The sign-in form had expired. Reload the page and try again.")
		return
	}
	name, password := strings.TrimSpace(r.PostFormValue("name")), r.PostFormValue("password")
	v := loginView{Name: name}
	if name == "" || password == "" {
		if name == "" {
			v.Errors = append(v.Errors, fieldError{"name", "Enter your user name"})
		}
		if password == "" {
			v.Errors = append(v.Errors, fieldError{"password", "Enter your password"})
		}
		s.showLogin(w, r, http.StatusUnprocessableEntity, v)
		return
	}
	// The attempt is counted before the password is checked, so that attempts made
	// at once all count against each other; a good one is taken back off.
	attempt := s.cfg.Now()
	refused, err := s.countAttempt(r, name, attempt)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if refused {
		v.Errors = []fieldError{{"name", fmt.Sprintf("Too many failed sign-ins. Try again in %d minutes.", int(throttleWindow.Minutes()))}}
		s.showLogin(w, r, http.StatusTooManyRequests, v)
		return
	}
	user, ok, err := s.authenticate(r, name, password)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if !ok {
		if err := s.noteFailure(r, name); err != nil {
			s.serverError(w, r, err)
			return
		}
		v.Errors = []fieldError{{"name", "The user name or password is not right"}}
		s.showLogin(w, r, http.StatusUnauthorized, v)
		return
	}
	if err := s.forgetAttempt(r, user.Name, attempt); err != nil {
		s.serverError(w, r, err)
		return
	}
	if err := s.startSession(w, r, user); err != nil {
		s.serverError(w, r, err)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (s *Server) authenticate(r *http.Request, name, password string) (storage.User, bool, error) {
	ctx := r.Context()
	hash, err := s.cfg.Store.PasswordHash(ctx, name)
	if err != nil {
		return storage.User{}, false, err
	}
	if hash == "" {
		passwordMatches(dummyHash, password)
		return storage.User{}, false, nil
	}
	if !passwordMatches(hash, password) {
		return storage.User{}, false, nil
	}
	u, ok, err := s.cfg.Store.User(ctx, name)
	return u, ok, err
}

// countAttempt notes a sign-in attempt under the user name and the address, and says
// whether either has had too many within the window, this one included.
func (s *Server) countAttempt(r *http.Request, name string, at time.Time) (bool, error) {
	since := at.Add(-throttleWindow)
	refused := false
	for _, k := range []struct {
		key   string
		limit int
	}{{"user:" + name, failuresPerUser}, {"addr:" + clientAddress(r), failuresPerAddress}} {
		if err := s.cfg.Store.NoteLoginFailure(r.Context(), k.key, at); err != nil {
			return false, err
		}
		n, err := s.cfg.Store.LoginFailures(r.Context(), k.key, since)
		if err != nil {
			return false, err
		}
		refused = refused || n > k.limit
	}
	return refused, nil
}

// forgetAttempt takes a good attempt back off the counts: all of the user's
// failures, and this one of the address's.
func (s *Server) forgetAttempt(r *http.Request, name string, at time.Time) error {
	if err := s.cfg.Store.ForgetLoginFailures(r.Context(), "user:"+name); err != nil {
		return err
	}
	return s.cfg.Store.ForgetLoginFailure(r.Context(), "addr:"+clientAddress(r), at)
}

// noteFailure logs and audits a failed sign-in (countAttempt has counted it).
func (s *Server) noteFailure(r *http.Request, name string) error {
	s.cfg.Log.Warn("failed sign-in", "address", clientAddress(r))
	return s.cfg.Store.Audit(r.Context(), storage.AuditEvent{Actor: "web:" + name, Action: "sign in failed", Subject: "session", Origin: clientAddress(r)})
}

func (s *Server) startSession(w http.ResponseWriter, r *http.Request, u storage.User) error {
	ctx := r.Context()
	if err := s.cfg.Store.ForgetLoginFailures(ctx, "user:"+u.Name); err != nil {
		return err
	}
	token, now := newToken(), s.cfg.Now()
	ss := storage.Session{TokenHash: hashToken(token), UserName: u.Name, CSRFToken: newToken(), CreatedAt: now, SeenAt: now, ExpiresAt: now.Add(lastFor)}
	if err := s.cfg.Store.StartSession(ctx, ss); err != nil {
		return err
	}
	s.setCookie(w, sessionCookie, token, lastFor)
	s.setCookie(w, loginCookie, "", -time.Second)
	return s.cfg.Store.Audit(ctx, storage.AuditEvent{Actor: "web:" + u.Name, Action: "sign in", Subject: "session", Origin: clientAddress(r)})
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if err := s.cfg.Store.EndSession(r.Context(), sessionOf(r).TokenHash); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.setCookie(w, sessionCookie, "", -time.Second)
	if err := s.record(r.Context(), r, "sign out", "session", ""); err != nil {
		s.serverError(w, r, err)
		return
	}
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

type passwordView struct {
	Errors []fieldError
	Done   bool
}

func (s *Server) passwordPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "password", "Change your password", passwordView{Done: r.URL.Query().Get("done") == "1"})
}

// changePassword sets a new password after checking the current one; it ends every
// session of the user's, so the browser signs in again.
func (s *Server) changePassword(w http.ResponseWriter, r *http.Request) {
	u := userOf(r)
	current, next, again := r.PostFormValue("current"), r.PostFormValue("new"), r.PostFormValue("confirm")
	var v passwordView
	hash, err := s.cfg.Store.PasswordHash(r.Context(), u.Name)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	attempt := s.cfg.Now()
	refused, err := s.countAttempt(r, u.Name, attempt)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	switch {
	case refused:
		v.Errors = append(v.Errors, fieldError{"current", "Too many wrong passwords. Try again later."})
	case !passwordMatches(hash, current):
		v.Errors = append(v.Errors, fieldError{"current", "Your current password is not right"})
	default:
		if err := s.forgetAttempt(r, u.Name, attempt); err != nil {
			s.serverError(w, r, err)
			return
		}
	}
	if err := CheckNewPassword(next); err != nil {
		v.Errors = append(v.Errors, fieldError{"new", upperFirst(err.Error())})
	} else if next != again {
		v.Errors = append(v.Errors, fieldError{"confirm", "The two new passwords are not the same"})
	}
	if len(v.Errors) > 0 {
		s.render(w, r, http.StatusUnprocessableEntity, "password", "Change your password", v)
		return
	}
	newHash, err := HashPassword(next)
	if err == nil {
		err = s.cfg.Store.SetPassword(r.Context(), u.Name, u.Name, newHash, s.cfg.Now())
	}
	if err == nil {
		err = s.record(r.Context(), r, "change password", "user "+u.Name, "")
	}
	if err == nil {
		err = s.startSession(w, r, u)
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	http.Redirect(w, r, "/account/password?done=1", http.StatusSeeOther)
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

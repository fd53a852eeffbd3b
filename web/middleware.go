package web

import (
	"context"
	"crypto/subtle"
	"net"
	"net/http"
	"slices"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/retrace-uk/retrace/storage"
)

// contentSecurity allows nothing inline and nothing from elsewhere: the pages carry
// no script at all, and forms post only back to the app.
const contentSecurity = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"

func (s *Server) securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurity)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
		h.Set("Cache-Control", "no-store") // pages hold people's records; assets override this
		if s.cfg.HSTS || r.TLS != nil {
			h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
		}
		next.ServeHTTP(w, r)
	})
}

// observe logs each request and counts it for the metrics. The log names the route's
// pattern, never its path or query: a path holds a person's id, a query a name.
func (s *Server) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := s.cfg.Now()
		ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
		next.ServeHTTP(ww, r)
		route := chi.RouteContext(r.Context()).RoutePattern()
		if route == "" {
			route = "unmatched"
		}
		took := s.cfg.Now().Sub(start)
		s.metrics.observe(r.Method, route, ww.Status(), took)
		if route != "/healthz" && route != "/metrics" && route != "/assets/*" {
			s.cfg.Log.Info("request", "method", r.Method, "route", route, "status", ww.Status(), "ms", took.Milliseconds())
		}
	})
}

type ctxKey int

const (
	userKey ctxKey = iota
	sessionKey
)

func userOf(r *http.Request) storage.User {
	u, _ := r.Context().Value(userKey).(storage.User)
	return u
}

func sessionOf(r *http.Request) storage.Session {
	s, _ := r.Context().Value(sessionKey).(storage.Session)
	return s
}

// signedIn lets through requests from a live session; others go to the sign-in page.
func (s *Server) signedIn(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie(sessionCookie)
		if err != nil {
			s.toLogin(w, r)
			return
		}
		ss, u, ok, err := s.cfg.Store.SessionOf(r.Context(), hashToken(c.Value), s.cfg.Now(), idleFor)
		if err != nil {
			s.serverError(w, r, err)
			return
		}
		if !ok {
			s.toLogin(w, r)
			return
		}
		ctx := context.WithValue(context.WithValue(r.Context(), userKey, u), sessionKey, ss)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func (s *Server) toLogin(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	http.Error(w, "Your session has ended: sign in again.", http.StatusUnauthorized)
}

// checkCSRF refuses a form post that does not carry the session's token.
func (s *Server) checkCSRF(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			want := sessionOf(r).CSRFToken
			got := r.PostFormValue(csrfField)
			if want == "" || subtle.ConstantTimeCompare([]byte(got), []byte(want)) != 1 {
				s.forbidden(w, r, "The form had expired or did not come from retrace. Go back, reload the page and try again.")
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// allow lets through only users with one of the roles.
func (s *Server) allow(roles ...string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if !slices.Contains(roles, userOf(r).Role) {
				s.forbidden(w, r, "Your role does not include this page.")
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// readsPeople lets through the roles that read person records.
func (s *Server) readsPeople(next http.Handler) http.Handler {
	return s.allow(storage.RoleSupportWorker, storage.RoleOrganisationAdmin, storage.RoleAnalyst)(next)
}

// clientAddress is where a request came from, for the audit log and throttling.
func clientAddress(r *http.Request) string {
	if ip := middleware.GetClientIP(r.Context()); ip != "" {
		return ip
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// record puts an access or change in the audit log, with who made it and from where.
func (s *Server) record(ctx context.Context, r *http.Request, action, subject, detail string) error {
	return s.cfg.Store.Audit(ctx, storage.AuditEvent{Actor: "web:" + userOf(r).Name, Action: action, Subject: subject, Detail: detail, Origin: clientAddress(r)})
}

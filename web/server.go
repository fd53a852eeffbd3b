// Package web is retrace's web app for support workers, organisation admins,
// analysts and system admins: server-rendered pages built with the GOV.UK Design
// System's components, working without JavaScript, and a JSON API for the same
// operations. What a user may read is decided by the store's scoped queries, not by
// the templates.
package web

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/linkage"
	"github.com/retrace-uk/retrace/storage"
)

//go:embed assets/retrace.css assets/favicon.svg
var assets embed.FS

// Config is what a Server needs.
type Config struct {
	Store    storage.Store
	Log      *slog.Logger      // application log: never names, dates of birth or references
	Variants *linkage.Variants // name variant groups, for search
	// HSTS sends Strict-Transport-Security; set it when the app is reached over TLS,
	// directly or through a proxy that terminates it.
	HSTS bool
	// TrustProxy takes the client's address from the last X-Forwarded-For entry,
	// the one the proxy in front added: set it only behind one such proxy. Entries
	// before it are the client's to choose, so they are never believed.
	TrustProxy bool
	// Definitions are the definitions of re-trafficking reports count under.
	Definitions []definitions.Definition
	// Now is the clock; tests set it.
	Now func() time.Time
}

// Server is the web app.
type Server struct {
	cfg        Config
	pages      *pages
	metrics    *metrics
	index      *nameIndex
	reports    reports
	linker     *linker
	explainer  explainer
	pairSecret []byte // keys the review queue's pair names
	alertCache alertCache
}

// Session lifetimes: an idle session ends after idleFor, any session after lastFor.
const (
	idleFor = 30 * time.Minute
	lastFor = 12 * time.Hour
)

// New makes a server.
func New(cfg Config) (*Server, error) {
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.Variants == nil {
		cfg.Variants = linkage.DefaultVariants()
	}
	if cfg.Definitions == nil {
		cfg.Definitions = definitions.BuiltIn()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	p, err := parsePages()
	if err != nil {
		return nil, err
	}
	pairSecret, err := cfg.Store.Secret(context.Background(), "review-pairs", newSecret)
	if err != nil {
		return nil, fmt.Errorf("the review queue's key: %w", err)
	}
	return &Server{cfg: cfg, pages: p, metrics: newMetrics(), index: &nameIndex{store: cfg.Store, variants: cfg.Variants, log: cfg.Log},
		linker: newLinker(cfg.Store, cfg.Log), pairSecret: pairSecret}, nil
}

// Handler is the app's routes.
func (s *Server) Handler() http.Handler {
	r := chi.NewRouter()
	if s.cfg.TrustProxy {
		r.Use(middleware.ClientIPFromXFFTrustedProxies(1))
	} else {
		r.Use(middleware.ClientIPFromRemoteAddr)
	}
	r.Use(s.securityHeaders, s.observe, middleware.Recoverer, limitBodies)
	static, _ := fs.Sub(assets, "assets")
	r.Handle("/assets/*", http.StripPrefix("/assets/", cacheForever(http.FileServerFS(static))))
	r.Get("/healthz", s.healthz)
	r.Handle("/metrics", s.metrics.handler())
	r.Get("/login", s.loginPage)
	r.Post("/login", s.login)
	s.apiRoutes(r) // the JSON API, by bearer token only (web/api.go)
	r.Group(func(r chi.Router) {
		r.Use(s.signedIn, s.checkCSRF)
		r.Post("/logout", s.logout)
		r.Get("/", s.home)
		r.Get("/account/password", s.passwordPage)
		r.Post("/account/password", s.changePassword)
		r.Group(func(r chi.Router) {
			r.Use(s.readsPeople)
			r.Get("/people", s.search)
			r.Get("/people/{person}", s.person)
			r.Get("/review", s.reviewList)
			r.Get("/review/{pair}", s.reviewPair)
			r.Post("/review/{pair}", s.decidePair)
		})
		r.Group(func(r chi.Router) { // casework: an organisation's own people
			r.Use(s.allow(storage.RoleSupportWorker, storage.RoleOrganisationAdmin))
			r.Get("/people/new", s.newPersonForm)
			r.Post("/people/new", s.saveNewPerson)
			r.Get("/people/{person}/record/{form}", s.recordForm)
			r.Post("/people/{person}/record/{form}", s.saveRecordForm)
			r.Get("/people/{person}/change/{form}/{id}", s.editForm)
			r.Post("/people/{person}/change/{form}/{id}", s.saveEditForm)
			r.Get("/alerts", s.alerts)
		})
		r.Get("/report", s.reportPage)
		r.Get("/report/release", s.reportRelease)
		r.Get("/report/download", s.reportDownload)
		r.Group(func(r chi.Router) {
			r.Use(s.allow(storage.RoleOrganisationAdmin, storage.RoleSystemAdmin))
			r.Get("/audit", s.auditPage)
			r.Get("/users", s.usersPage)
			r.Post("/users", s.addUser)
			r.Post("/users/{name}/password", s.resetPassword)
		})
		r.Group(func(r chi.Router) {
			r.Use(s.allow(storage.RoleOrganisationAdmin))
			r.Get("/import", s.importPage)
			r.Post("/import", s.importBundle)
		})
	})
	r.NotFound(s.notFound)
	return r
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if _, err := s.cfg.Store.DataVersion(r.Context()); err != nil {
		s.cfg.Log.Error("health check: database", "err", err)
		http.Error(w, "database unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte("ok\n"))
}

func cacheForever(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		h.ServeHTTP(w, r)
	})
}

// limitBodies refuses request bodies beyond an uploaded bundle's size, before any
// middleware reads a form.
func limitBodies(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, maxUpload+1<<20)
		next.ServeHTTP(w, r)
	})
}

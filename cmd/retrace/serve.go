package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/web"
)

type serveOptions struct {
	addr, certFile, keyFile string
	trustProxy, hsts        bool
}

func (a *app) serveCmd() *cobra.Command {
	var opt serveOptions
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the web app for support workers, admins and analysts on the database",
		Long: `Run the web app on the database: find a person, their journey on one page, alerts
for people your organisation supported, and the audit log, for the users that
'retrace users' added (each needs a password: retrace users password NAME).

Sessions use Secure cookies, which browsers keep over HTTPS, or over plain HTTP to
localhost only. Anywhere else, serve over TLS (--tls-cert and --tls-key) or behind a
proxy that terminates it (then --trust-proxy and --hsts). The log carries no names,
dates of birth or references. /healthz answers "ok" while the database does;
/metrics is for Prometheus.`,
		Example: `  retrace serve --db retrace-demo/retrace.db
  retrace serve --addr :8443 --tls-cert cert.pem --tls-key key.pem --db postgres://...`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := a.openExisting(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			return a.serve(cmd.Context(), store, opt, nil)
		},
	}
	cmd.Flags().StringVar(&opt.addr, "addr", "127.0.0.1:8080", "address to listen on")
	cmd.Flags().StringVar(&opt.certFile, "tls-cert", "", "TLS certificate file (PEM), to serve HTTPS")
	cmd.Flags().StringVar(&opt.keyFile, "tls-key", "", "TLS private key file (PEM)")
	cmd.Flags().BoolVar(&opt.trustProxy, "trust-proxy", false, "take the client's address from X-Forwarded-For (only behind a proxy that sets it)")
	cmd.Flags().BoolVar(&opt.hsts, "hsts", false, "send Strict-Transport-Security (when a proxy in front serves HTTPS)")
	return a.withDefinitions(cmd)
}

// serve runs the web app until interrupted; ready, if set, hears the address.
func (a *app) serve(ctx context.Context, store storage.Store, opt serveOptions, ready func(url string)) error {
	if (opt.certFile == "") != (opt.keyFile == "") {
		return errors.New("give both --tls-cert and --tls-key, or neither")
	}
	defs, err := a.loadDefinitions()
	if err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(a.stderr, nil))
	srv, err := web.New(web.Config{Store: store, Log: logger, HSTS: opt.hsts, TrustProxy: opt.trustProxy, Definitions: defs})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", opt.addr)
	if errors.Is(err, syscall.EADDRINUSE) { // before the search index starts: it would log the store's closing
		return fmt.Errorf("%w (is retrace already serving there? give another address with --addr)", err)
	} else if err != nil {
		return err
	}
	srv.PrepareSearch()
	sealing, stopSealing := context.WithCancel(ctx)
	defer stopSealing()
	srv.KeepAuditSealed(sealing)
	scheme := "http"
	if opt.certFile != "" {
		scheme = "https"
	}
	url := fmt.Sprintf("%s://%s", scheme, ln.Addr())
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute,
		WriteTimeout: 5 * time.Minute, IdleTimeout: 2 * time.Minute, ErrorLog: slog.NewLogLogger(logger.Handler(), slog.LevelWarn)}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	errs := make(chan error, 1)
	go func() {
		if opt.certFile != "" {
			errs <- hs.ServeTLS(ln, opt.certFile, opt.keyFile)
		} else {
			errs <- hs.Serve(ln)
		}
	}()
	if ready != nil {
		ready(url)
	} else {
		fmt.Fprintf(a.stdout, "retrace is at %s (Ctrl-C stops it)\n", url)
	}
	select {
	case err := <-errs:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return hs.Shutdown(shutdown)
}

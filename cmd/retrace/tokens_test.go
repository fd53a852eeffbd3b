package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/storage/storetest"
)

// tokenUser is whom a token lets in now, if anyone: the store finds it by its SHA-256.
func tokenUser(t *testing.T, db, token string) string {
	t.Helper()
	store, err := storage.OpenExisting(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	sum := sha256.Sum256([]byte(token))
	_, u, ok, err := store.TokenUser(context.Background(), hex.EncodeToString(sum[:]), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		return ""
	}
	return u.Name
}

// A user makes their own API token, shown once on standard output; a system admin
// makes anyone's; the token lets its user in until it is revoked. Each step is audited
// without the token.
func TestAPITokensFromTheCommandLine(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.db")
	mustRun(t, "--db", db, "import", storetest.FixtureDir())
	t.Setenv("RETRACE_USER", "admin")
	mustRun(t, "--db", db, "users", "add", "admin", "--role", "system_admin")
	mustRun(t, "--db", db, "users", "add", "tom", "--role", "support_worker", "--organisation", "ORG01")

	t.Setenv("RETRACE_USER", "tom")
	out, errOut, code := run(t, "--db", db, "users", "token", "tom", "--label", "case system", "--expires", "30d")
	if code != 0 || !regexp.MustCompile(`^rtr_[A-Za-z0-9_-]{43}\n$`).MatchString(out) || !strings.Contains(errOut, "API token 1 for tom, expires") {
		t.Fatalf("tom's token: exit %d\n%q\n%s", code, out, errOut)
	}
	token := strings.TrimSpace(out)
	if got := tokenUser(t, db, token); got != "tom" {
		t.Errorf("tom's token lets in %q", got)
	}
	if _, errOut, code := run(t, "--db", db, "users", "token", "admin"); code == 0 || !strings.Contains(errOut, "tom may not manage admin's API tokens") {
		t.Errorf("tom making admin's token: exit %d, %s", code, errOut)
	}
	if _, errOut, code := run(t, "--db", db, "users", "token", "tom", "--expires", "soon"); code == 0 || !strings.Contains(errOut, `--expires "soon"`) {
		t.Errorf("--expires soon: exit %d, %s", code, errOut)
	}

	t.Setenv("RETRACE_USER", "admin")
	mustRun(t, "--db", db, "users", "token", "tom", "--expires", "never")
	list := mustRun(t, "--db", db, "users", "tokens", "tom")
	rows := strings.Split(strings.TrimSpace(list), "\n")
	if len(rows) != 3 || !regexp.MustCompile(`^1 +case system +\d{4}-\d{2}-\d{2} +tom +\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC +\d{4}-.* +live$`).MatchString(rows[1]) ||
		!regexp.MustCompile(`^2 +\d{4}-\d{2}-\d{2} +admin +never +never +live$`).MatchString(rows[2]) {
		t.Errorf("tom's tokens:\n%s", list)
	}

	t.Setenv("RETRACE_USER", "tom")
	if out := mustRun(t, "--db", db, "users", "revoke-token", "tom", "1"); out != "Revoked tom's API token 1.\n" {
		t.Errorf("revoking: %q", out)
	}
	if got := tokenUser(t, db, token); got != "" {
		t.Errorf("a revoked token lets in %q", got)
	}
	if list := mustRun(t, "--db", db, "users", "tokens", "tom"); !regexp.MustCompile(`\n1 .* revoked \d{4}-\d{2}-\d{2}\n`).MatchString(list) {
		t.Errorf("tom's tokens after revoking the first:\n%s", list)
	}
	if _, errOut, code := run(t, "--db", db, "users", "revoke-token", "tom", "9"); code == 0 || !strings.Contains(errOut, "tom has no token 9") {
		t.Errorf("revoking a token that is not there: exit %d, %s", code, errOut)
	}

	t.Setenv("RETRACE_USER", "admin")
	audit := mustRun(t, "--db", db, "audit")
	for _, want := range []string{"tom +users token +user tom +token 1, expires ", "admin +users token +user tom +token 2, expires never",
		"admin +users tokens +user tom", "tom +users revoke-token +user tom +token 1"} {
		if !regexp.MustCompile(want).MatchString(audit) {
			t.Errorf("the audit log lacks %q:\n%s", want, audit)
		}
	}
	if strings.Contains(audit, token) || strings.Contains(audit, "rtr_") {
		t.Error("the audit log holds a token")
	}
}

package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/retrace-uk/retrace/storage"
)

// addStaff adds a user of each role: ada (system admin), olu (ORG01's admin), sam
// (ORG01's support worker), tia (ORG02's) and bea (analyst).
func addStaff(t *testing.T, s storage.Store) {
	t.Helper()
	for _, u := range []storage.User{
		{Name: "ada", Role: storage.RoleSystemAdmin},
		{Name: "olu", Role: storage.RoleOrganisationAdmin, Organisation: "ORG01"},
		{Name: "sam", Role: storage.RoleSupportWorker, Organisation: "ORG01"},
		{Name: "tia", Role: storage.RoleSupportWorker, Organisation: "ORG02"},
		{Name: "bea", Role: storage.RoleAnalyst},
	} {
		by := "ada"
		if u.Name == "ada" {
			by = "os:root"
		}
		if err := s.AddUser(context.Background(), by, u); err != nil {
			t.Fatal(err)
		}
	}
}

// A token is made by its user or a system admin, found by its hash while it is live,
// listed to those who manage its user, and revoked for good.
func testTokens(t *testing.T, s storage.Store) {
	ctx := context.Background()
	importOK(t, s, copyFixture(t))
	addStaff(t, s)
	made := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	create := func(by, name, hash string, expires time.Time) (storage.Token, error) {
		return s.CreateToken(ctx, by, hash, storage.Token{UserName: name, Label: "from " + by, CreatedAt: made, ExpiresAt: expires})
	}
	for _, c := range []struct {
		by, name string
		ok       bool
	}{
		{"sam", "sam", true}, {"ada", "tia", true}, {"bea", "bea", true}, {"ada", "ada", true},
		{"olu", "sam", false}, // an organisation admin sets passwords, but makes no one's token
		{"sam", "tia", false}, {"bea", "sam", false}, {"nobody", "sam", false},
	} {
		_, err := create(c.by, c.name, "hash-"+c.by+"-"+c.name, time.Time{})
		if (err == nil) != c.ok {
			t.Errorf("%s making %s's token: %v, want allowed %v", c.by, c.name, err, c.ok)
		}
		if !c.ok && !errors.Is(err, storage.ErrNotAllowed) {
			t.Errorf("%s making %s's token: %v, want ErrNotAllowed", c.by, c.name, err)
		}
	}
	if _, err := create("ada", "ghost", "hash-ghost", time.Time{}); !errors.Is(err, storage.ErrNoUser) {
		t.Errorf("a token for no one: %v", err)
	}
	if _, err := create("sam", "sam", "hash-sam-sam", time.Time{}); err == nil {
		t.Error("two tokens with one hash")
	}
	if _, err := create("sam", "sam", "hash-past", made.Add(-time.Hour)); err == nil {
		t.Error("a token that expired before it was made")
	}

	tok, u, ok, err := s.TokenUser(ctx, "hash-sam-sam", made.Add(time.Hour))
	if err != nil || !ok || u.Name != "sam" || u.Role != storage.RoleSupportWorker || u.Organisation != "ORG01" ||
		tok.UserName != "sam" || tok.Label != "from sam" || tok.CreatedBy != "sam" || !tok.CreatedAt.Equal(made) {
		t.Fatalf("sam's token: %+v of %+v, %v %v", tok, u, ok, err)
	}
	if _, _, ok, err := s.TokenUser(ctx, "hash-nobody", made); ok || err != nil {
		t.Errorf("an unknown hash: %v %v", ok, err)
	}
	testTokenUse(t, s, tok.ID, made)

	expiring, err := create("sam", "sam", "hash-expiring", made.Add(24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, ok, _ := s.TokenUser(ctx, "hash-expiring", made.Add(24*time.Hour-time.Second)); !ok {
		t.Error("a token died before it expired")
	}
	if _, _, ok, _ := s.TokenUser(ctx, "hash-expiring", made.Add(24*time.Hour)); ok {
		t.Error("a token outlived its expiry")
	}
	testTokenList(t, s, tok.ID, expiring.ID)
	testTokenRevoke(t, s, tok.ID, made)
	testTokensEndWithPassword(t, s, made)
}

// A new password revokes the user's live tokens, then and there, and no one else's;
// a token revoked before keeps its time.
func testTokensEndWithPassword(t *testing.T, s storage.Store, made time.Time) {
	ctx := context.Background()
	at := made.Add(3 * time.Hour)
	if err := s.SetPassword(ctx, "olu", "sam", "a new hash", at); err != nil {
		t.Fatal(err)
	}
	tokens, err := s.ListTokens(ctx, "sam", "sam")
	if err != nil || len(tokens) != 2 {
		t.Fatalf("sam's tokens: %+v %v", tokens, err)
	}
	if want := made.Add(2 * time.Hour); !tokens[0].RevokedAt.Equal(want) {
		t.Errorf("sam's first token, revoked before: revoked at %v, want %v", tokens[0].RevokedAt, want)
	}
	if !tokens[1].RevokedAt.Equal(at) {
		t.Errorf("sam's live token: revoked at %v, want %v, when his password changed", tokens[1].RevokedAt, at)
	}
	if _, _, ok, _ := s.TokenUser(ctx, "hash-ada-tia", at.Add(time.Second)); !ok {
		t.Error("tia's token died when sam's password changed")
	}
}

// A token's last use is noted at most once a minute.
func testTokenUse(t *testing.T, s storage.Store, id int64, made time.Time) {
	ctx := context.Background()
	lastUsed := func() time.Time {
		t.Helper()
		tokens, err := s.ListTokens(ctx, "sam", "sam")
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range tokens {
			if tok.ID == id {
				return tok.LastUsedAt
			}
		}
		t.Fatalf("token %d not listed", id)
		return time.Time{}
	}
	for _, c := range []struct {
		at, want time.Duration
	}{{time.Hour + 30*time.Second, time.Hour}, {time.Hour + 2*time.Minute, time.Hour + 2*time.Minute}} {
		if _, _, ok, err := s.TokenUser(ctx, "hash-sam-sam", made.Add(c.at)); !ok || err != nil {
			t.Fatalf("using the token at %v: %v %v", c.at, ok, err)
		}
		if got := lastUsed(); !got.Equal(made.Add(c.want)) {
			t.Errorf("used at %v: last use %v, want %v", c.at, got, made.Add(c.want))
		}
	}
}

func testTokenList(t *testing.T, s storage.Store, samsFirst, samsSecond int64) {
	ctx := context.Background()
	for _, c := range []struct {
		by   string
		want []int64 // sam's tokens, or nil when refused
	}{{"sam", []int64{samsFirst, samsSecond}}, {"olu", []int64{samsFirst, samsSecond}}, {"ada", []int64{samsFirst, samsSecond}}, {"tia", nil}, {"bea", nil}} {
		tokens, err := s.ListTokens(ctx, c.by, "sam")
		var ids []int64
		for _, tok := range tokens {
			ids = append(ids, tok.ID)
			if tok.UserName != "sam" {
				t.Errorf("sam's list holds %s's token", tok.UserName)
			}
		}
		if c.want == nil && !errors.Is(err, storage.ErrNotAllowed) || c.want != nil && (err != nil || !slices.Equal(ids, c.want)) {
			t.Errorf("%s listing sam's tokens: %v %v, want %v", c.by, ids, err, c.want)
		}
	}
	tokens, err := s.ListTokens(ctx, "sam", "sam")
	if err != nil || len(tokens) != 2 || !tokens[0].ExpiresAt.IsZero() || tokens[1].ExpiresAt.IsZero() || tokens[1].LastUsedAt.IsZero() {
		t.Errorf("sam's tokens: %+v %v", tokens, err)
	}
}

func testTokenRevoke(t *testing.T, s storage.Store, id int64, made time.Time) {
	ctx := context.Background()
	at := made.Add(2 * time.Hour)
	if err := s.RevokeToken(ctx, "tia", "sam", id, at); !errors.Is(err, storage.ErrNotAllowed) {
		t.Errorf("tia revoking sam's token: %v", err)
	}
	tias, err := s.ListTokens(ctx, "tia", "tia")
	if err != nil || len(tias) != 1 {
		t.Fatalf("tia's tokens: %v %v", tias, err)
	}
	if err := s.RevokeToken(ctx, "sam", "sam", tias[0].ID, at); !errors.Is(err, storage.ErrNoToken) {
		t.Errorf("sam revoking tia's token as his own: %v", err)
	}
	if _, _, ok, _ := s.TokenUser(ctx, "hash-ada-tia", at); !ok {
		t.Error("tia's token died when sam tried to revoke it")
	}
	if err := s.RevokeToken(ctx, "olu", "sam", id, at); err != nil {
		t.Fatalf("sam's admin revoking his token: %v", err)
	}
	if _, _, ok, err := s.TokenUser(ctx, "hash-sam-sam", at.Add(time.Second)); ok || err != nil {
		t.Errorf("a revoked token lets sam in: %v %v", ok, err)
	}
	if err := s.RevokeToken(ctx, "sam", "sam", id, at.Add(time.Hour)); err != nil {
		t.Errorf("revoking it again: %v", err)
	}
	tokens, _ := s.ListTokens(ctx, "sam", "sam")
	if len(tokens) != 2 || tokens[0].ID != id || !tokens[0].RevokedAt.Equal(at) || !tokens[1].RevokedAt.IsZero() {
		t.Errorf("sam's tokens after revoking the first: %+v", tokens)
	}
}

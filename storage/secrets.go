package storage

import (
	"context"
	"encoding/base64"
)

// Secrets keeps the web app's own keys, so that what they name survives a restart
// and is the same on every server of one database.
type Secrets interface {
	// Secret gives the secret stored under name, storing fresh() there first if
	// there is none. Two servers asking at once get the same secret.
	Secret(ctx context.Context, name string, fresh func() []byte) ([]byte, error)
}

func (s *sqlStore) Secret(ctx context.Context, name string, fresh func() []byte) ([]byte, error) {
	_, err := s.db.ExecContext(ctx, s.rebind("INSERT INTO server_secrets (name, secret) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"),
		name, base64.StdEncoding.EncodeToString(fresh()))
	if err != nil {
		return nil, err
	}
	var stored string
	if err := s.db.QueryRowContext(ctx, s.rebind("SELECT secret FROM server_secrets WHERE name = ?"), name).Scan(&stored); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(stored)
}

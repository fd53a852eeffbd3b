-- API tokens: bearer tokens for the web app's JSON API, each a user's. The store
-- keeps a token's SHA-256, never the token, so a copy of the database lets nobody in.
-- A revoked token stays listed, with when it was revoked.
-- +goose Up
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_name TEXT NOT NULL REFERENCES users(name),
    label TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT NOT NULL,
    expires_at TIMESTAMP,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX api_tokens_user ON api_tokens(user_name);

-- +goose Down
DROP TABLE api_tokens;

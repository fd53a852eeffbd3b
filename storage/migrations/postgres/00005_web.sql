-- The web app: passwords and sessions for the users, failed logins for throttling,
-- where an audited access came from, and the name keys that search looks up.
-- +goose Up
ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE audit_events ADD COLUMN origin TEXT;
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_name TEXT NOT NULL REFERENCES users(name),
    csrf_token TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    seen_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_name);
CREATE TABLE login_failures (
    key TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_failures_key ON login_failures(key, at);
CREATE INDEX person_records_source ON person_records(source);
CREATE INDEX support_episodes_provider ON support_episodes(provider);
-- name_keys holds each record's search keys; name_keys_of says which version of the
-- record (its row hash) they were made from, so only changed records are indexed again.
CREATE TABLE name_keys (
    key TEXT NOT NULL,
    record_id TEXT NOT NULL REFERENCES person_records(record_id),
    PRIMARY KEY (key, record_id)
);
CREATE TABLE name_keys_of (
    record_id TEXT PRIMARY KEY REFERENCES person_records(record_id),
    row_hash TEXT NOT NULL
);

-- +goose Down
DROP TABLE name_keys_of;
DROP TABLE name_keys;
DROP INDEX support_episodes_provider;
DROP INDEX person_records_source;
DROP TABLE login_failures;
DROP TABLE sessions;
ALTER TABLE audit_events DROP COLUMN origin;
ALTER TABLE users DROP COLUMN password_hash;

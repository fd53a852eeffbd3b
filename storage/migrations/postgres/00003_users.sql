-- Users and their roles. The command line acts as the operating-system account (or
-- RETRACE_USER); the web app's accounts (issue 7) add their credentials to these.
-- +goose Up
CREATE TABLE users (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('support_worker', 'organisation_admin', 'analyst', 'system_admin')),
    organisation TEXT REFERENCES organisations(code),
    added_at TIMESTAMPTZ NOT NULL,
    added_by TEXT NOT NULL
);

-- +goose Down
DROP TABLE users;

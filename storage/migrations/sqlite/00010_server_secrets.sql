-- Secrets the web app keeps from one start to the next, and shares between servers
-- on one database: the key that names review-queue pairs in addresses.
-- +goose Up
CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY,
    secret TEXT NOT NULL
);

-- +goose Down
DROP TABLE server_secrets;

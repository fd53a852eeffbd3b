-- A tamper-evident audit log: each event, once sealed, carries its place in the
-- chain, the hash of the event before it and its own, over its fields; audit_chain
-- keeps the last, so that events deleted from the end are missed too. Events are
-- written at once and sealed in the order they are found committed, so that writing
-- one never waits for another's; events from before this migration are sealed first.
-- +goose Up
ALTER TABLE audit_events ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_events ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_events ADD COLUMN hash TEXT;
CREATE INDEX audit_events_unsealed ON audit_events (id) WHERE hash IS NULL;
CREATE TABLE audit_chain (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_chain (id, last_seq, last_hash) VALUES (1, 0, '');

-- +goose Down
DROP TABLE audit_chain;
DROP INDEX audit_events_unsealed;
ALTER TABLE audit_events DROP COLUMN hash;
ALTER TABLE audit_events DROP COLUMN prev_hash;
ALTER TABLE audit_events DROP COLUMN chain_seq;

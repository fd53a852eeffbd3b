-- retrace audit verify reads the sealed events in chain order.
-- +goose Up
CREATE INDEX audit_events_chain ON audit_events (chain_seq) WHERE chain_seq IS NOT NULL;

-- +goose Down
DROP INDEX audit_events_chain;

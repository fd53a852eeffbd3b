-- Record linkage: which person each record is, the runs that decided it, pairs
-- waiting for a person to review, and reviewers' decisions, which win over the model.
-- +goose Up
CREATE TABLE link_runs (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at TIMESTAMPTZ NOT NULL,
    actor TEXT NOT NULL,
    mode TEXT NOT NULL,
    records BIGINT NOT NULL,
    pairs BIGINT NOT NULL,
    people BIGINT NOT NULL,
    model TEXT NOT NULL
);
CREATE TABLE person_links (
    record_id TEXT PRIMARY KEY REFERENCES person_records(record_id),
    person_id TEXT NOT NULL,
    run_id BIGINT NOT NULL REFERENCES link_runs(id)
);
CREATE INDEX person_links_person ON person_links(person_id);
CREATE TABLE link_reviews (
    record_a TEXT NOT NULL REFERENCES person_records(record_id),
    record_b TEXT NOT NULL REFERENCES person_records(record_id),
    probability DOUBLE PRECISION NOT NULL,
    reason TEXT NOT NULL,
    run_id BIGINT NOT NULL REFERENCES link_runs(id),
    PRIMARY KEY (record_a, record_b)
);
CREATE TABLE link_decisions (
    record_a TEXT NOT NULL REFERENCES person_records(record_id),
    record_b TEXT NOT NULL REFERENCES person_records(record_id),
    same BOOLEAN NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (record_a, record_b)
);

-- +goose Down
DROP TABLE link_decisions;
DROP TABLE link_reviews;
DROP TABLE person_links;
DROP TABLE link_runs;

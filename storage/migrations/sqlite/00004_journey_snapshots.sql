-- The journeys as reports read them, kept between changes: a million people's are
-- read back in seconds, where their rows take a minute. A snapshot is of one data
-- version (the last import and link run); any other version ignores it.
-- +goose Up
CREATE TABLE journey_snapshots (
    chunk INTEGER PRIMARY KEY,
    version TEXT NOT NULL,
    data BLOB NOT NULL
);

-- +goose Down
DROP TABLE journey_snapshots;

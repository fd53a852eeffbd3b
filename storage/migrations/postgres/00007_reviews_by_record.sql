-- A person's page asks which pairs waiting for review hold one of their records:
-- record_a is the primary key's first column; record_b needs an index of its own.
-- +goose Up
CREATE INDEX link_reviews_record_b ON link_reviews(record_b);

-- +goose Down
DROP INDEX link_reviews_record_b;

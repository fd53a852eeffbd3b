-- Search keys are kept per organisation whose scope a record is in, so that a search
-- reads only its own organisation's keys: the index is built again in that form.
-- +goose Up
DELETE FROM name_keys;
DELETE FROM name_indexed_imports;

-- +goose Down
DELETE FROM name_keys;
DELETE FROM name_indexed_imports;

-- The search index follows imports: the records an import added or changed carry its
-- id, so indexing reads only the records of imports not yet indexed, and notes each
-- import it has done. Keys are deleted by record, which needs an index of its own.
-- +goose Up
CREATE INDEX person_records_import ON person_records(import_id, seq);
CREATE INDEX name_keys_record ON name_keys(record_id);
DROP TABLE name_keys_of;
CREATE TABLE name_indexed_imports (
    import_id BIGINT PRIMARY KEY REFERENCES imports(id)
);
DELETE FROM name_keys;

-- +goose Down
DROP TABLE name_indexed_imports;
CREATE TABLE name_keys_of (
    record_id TEXT PRIMARY KEY REFERENCES person_records(record_id),
    row_hash TEXT NOT NULL
);
DROP INDEX name_keys_record;
DROP INDEX person_records_import;

-- Journey tables. Each bundle file is a table whose columns are the file's columns,
-- holding the canonical cell text (dates keep their precision, NULL = not known);
-- row_hash tells a re-imported row from a changed one; extra keeps unknown columns.
-- +goose Up
CREATE TABLE imports (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bundle TEXT NOT NULL,
    actor TEXT NOT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    status TEXT NOT NULL,
    summary TEXT
);
CREATE TABLE audit_events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at TIMESTAMPTZ NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT
);
CREATE TABLE organisations (
    code TEXT PRIMARY KEY,
    first_import BIGINT REFERENCES imports(id)
);
CREATE TABLE person_records (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL REFERENCES organisations(code),
    given_names TEXT,
    family_name TEXT,
    aliases TEXT,
    dob TEXT,
    dob_estimated TEXT,
    sex TEXT,
    nationality TEXT,
    birth_place TEXT,
    language TEXT,
    ho_reference TEXT,
    extra TEXT,
    row_hash TEXT NOT NULL,
    import_id BIGINT NOT NULL REFERENCES imports(id)
);
CREATE TABLE referrals (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id TEXT NOT NULL UNIQUE,
    record_id TEXT NOT NULL REFERENCES person_records(record_id),
    referral_date TEXT,
    route TEXT,
    first_responder TEXT REFERENCES organisations(code),
    first_responder_type TEXT,
    age_at_exploitation TEXT,
    exploitation_types TEXT,
    county_lines TEXT,
    exploitation_location TEXT,
    exploitation_start TEXT,
    exploitation_end TEXT,
    exploiter_relationship TEXT,
    rg_decision TEXT,
    rg_date TEXT,
    cg_decision TEXT,
    cg_date TEXT,
    extra TEXT,
    row_hash TEXT NOT NULL,
    import_id BIGINT NOT NULL REFERENCES imports(id)
);
CREATE INDEX referrals_record_id ON referrals(record_id);
CREATE TABLE support_episodes (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    support_id TEXT NOT NULL UNIQUE,
    record_id TEXT NOT NULL REFERENCES person_records(record_id),
    provider TEXT REFERENCES organisations(code),
    service TEXT,
    start_date TEXT,
    end_date TEXT,
    exit_reason TEXT,
    extra TEXT,
    row_hash TEXT NOT NULL,
    import_id BIGINT NOT NULL REFERENCES imports(id)
);
CREATE INDEX support_episodes_record_id ON support_episodes(record_id);
CREATE TABLE missing_episodes (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    row_key TEXT NOT NULL UNIQUE,
    record_id TEXT NOT NULL REFERENCES person_records(record_id),
    support_id TEXT NOT NULL REFERENCES support_episodes(support_id),
    missing_date TEXT,
    found_date TEXT,
    extra TEXT,
    row_hash TEXT NOT NULL,
    import_id BIGINT NOT NULL REFERENCES imports(id)
);
CREATE INDEX missing_episodes_record_id ON missing_episodes(record_id);
CREATE INDEX missing_episodes_support_id ON missing_episodes(support_id);
CREATE TABLE risk_assessments (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assessment_id TEXT NOT NULL UNIQUE,
    record_id TEXT NOT NULL REFERENCES person_records(record_id),
    support_id TEXT REFERENCES support_episodes(support_id),
    date TEXT,
    stage TEXT,
    risk_level TEXT,
    factors TEXT,
    actions TEXT,
    extra TEXT,
    row_hash TEXT NOT NULL,
    import_id BIGINT NOT NULL REFERENCES imports(id)
);
CREATE INDEX risk_assessments_record_id ON risk_assessments(record_id);
CREATE INDEX risk_assessments_support_id ON risk_assessments(support_id);
CREATE TABLE milestones (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    row_key TEXT NOT NULL UNIQUE,
    record_id TEXT NOT NULL REFERENCES person_records(record_id),
    date TEXT,
    domain TEXT,
    status TEXT,
    extra TEXT,
    row_hash TEXT NOT NULL,
    import_id BIGINT NOT NULL REFERENCES imports(id)
);
CREATE INDEX milestones_record_id ON milestones(record_id);
CREATE TABLE follow_ups (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    row_key TEXT NOT NULL UNIQUE,
    record_id TEXT NOT NULL REFERENCES person_records(record_id),
    date TEXT,
    contact TEXT,
    status TEXT,
    country TEXT,
    extra TEXT,
    row_hash TEXT NOT NULL,
    import_id BIGINT NOT NULL REFERENCES imports(id)
);
CREATE INDEX follow_ups_record_id ON follow_ups(record_id);

-- +goose Down
DROP TABLE follow_ups;
DROP TABLE milestones;
DROP TABLE risk_assessments;
DROP TABLE missing_episodes;
DROP TABLE support_episodes;
DROP TABLE referrals;
DROP TABLE person_records;
DROP TABLE organisations;
DROP TABLE audit_events;
DROP TABLE imports;

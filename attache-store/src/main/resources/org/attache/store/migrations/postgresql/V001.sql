-- documents, coding runs, events and event clusters
CREATE SEQUENCE coding_run_ids START 1;

CREATE TABLE coding_runs (
    run_id          BIGINT PRIMARY KEY,
    coder_version   TEXT NOT NULL,
    dictionary_hash TEXT NOT NULL,
    configuration   TEXT NOT NULL,
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP
);

CREATE TABLE documents (
    doc_id          TEXT PRIMARY KEY,
    date            DATE NOT NULL,
    url             TEXT,
    source          TEXT,
    title           TEXT,
    text_hash       TEXT NOT NULL,
    text_length     INTEGER NOT NULL,
    run_id          BIGINT NOT NULL,
    stored_at       TIMESTAMP NOT NULL,
    event_count     INTEGER NOT NULL,
    copy_of         TEXT,
    copy_similarity DOUBLE PRECISION,
    minhash         TEXT
);

CREATE TABLE document_bands (
    band_hash BIGINT NOT NULL,
    doc_id    TEXT NOT NULL
);

CREATE TABLE events (
    event_id       TEXT PRIMARY KEY,
    doc_id         TEXT NOT NULL,
    run_id         BIGINT NOT NULL,
    sentence_index INTEGER NOT NULL,
    date           DATE NOT NULL,
    year           INTEGER  NOT NULL,
    month          INTEGER  NOT NULL,
    source_code    TEXT NOT NULL,
    source_country TEXT,
    source_role    TEXT,
    source_rest    TEXT,
    source_name    TEXT NOT NULL,
    source_text    TEXT NOT NULL,
    source_begin   INTEGER,
    source_end     INTEGER,
    source_type    TEXT NOT NULL,
    target_code    TEXT,
    target_country TEXT,
    target_role    TEXT,
    target_rest    TEXT,
    target_name    TEXT,
    target_text    TEXT,
    target_begin   INTEGER,
    target_end     INTEGER,
    target_type    TEXT,
    cameo          TEXT NOT NULL,
    cameo_name     TEXT NOT NULL,
    root           TEXT NOT NULL,
    base           TEXT NOT NULL,
    quad_class     INTEGER  NOT NULL,
    goldstein      DOUBLE PRECISION NOT NULL,
    negated        BOOLEAN NOT NULL,
    hypothetical   BOOLEAN NOT NULL,
    mode           TEXT NOT NULL,
    reported_by    TEXT,
    sentence       TEXT NOT NULL,
    trigger_text   TEXT NOT NULL,
    trigger_begin  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    rule_pattern   TEXT NOT NULL,
    rule_file      TEXT,
    rule_line      INTEGER,
    cluster_key    TEXT NOT NULL
);

CREATE TABLE event_clusters (
    cluster_id     TEXT PRIMARY KEY,
    cluster_key    TEXT NOT NULL,
    date           DATE NOT NULL,
    last_date      DATE NOT NULL,
    year           INTEGER  NOT NULL,
    month          INTEGER  NOT NULL,
    event_id       TEXT NOT NULL,
    source_code    TEXT NOT NULL,
    source_country TEXT,
    source_name    TEXT NOT NULL,
    target_code    TEXT,
    target_country TEXT,
    target_name    TEXT,
    cameo          TEXT NOT NULL,
    root           TEXT NOT NULL,
    base           TEXT NOT NULL,
    quad_class     INTEGER  NOT NULL,
    goldstein      DOUBLE PRECISION NOT NULL,
    negated        BOOLEAN NOT NULL,
    hypothetical   BOOLEAN NOT NULL,
    mentions       INTEGER NOT NULL,
    sources        INTEGER NOT NULL,
    articles       INTEGER NOT NULL,
    stories        INTEGER NOT NULL
);

CREATE TABLE cluster_members (
    cluster_id TEXT NOT NULL,
    event_id   TEXT PRIMARY KEY
);

CREATE TABLE cluster_backlog (
    cluster_key TEXT NOT NULL,
    from_date   DATE NOT NULL
);

CREATE INDEX documents_run ON documents (run_id);
CREATE INDEX document_bands_hash ON document_bands (band_hash);
CREATE INDEX document_bands_doc ON document_bands (doc_id);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_dyad ON events (source_code text_pattern_ops, target_code text_pattern_ops);
CREATE INDEX events_target ON events (target_code text_pattern_ops);
CREATE INDEX events_cluster_key ON events (cluster_key, date);
CREATE INDEX event_clusters_key ON event_clusters (cluster_key, date);
CREATE INDEX event_clusters_dyad ON event_clusters (source_code text_pattern_ops, target_code text_pattern_ops);
CREATE INDEX cluster_members_cluster ON cluster_members (cluster_id);

-- documents, coding runs, events and event clusters
-- DuckDB: no keys or indexes beyond coding_runs. Keys are checked eagerly (a row deleted and
-- inserted again in one transaction would clash), indexes are rewritten whole at each checkpoint,
-- and columnar scans need none; the store writes each document once per transaction itself.
CREATE SEQUENCE coding_run_ids START 1;

CREATE TABLE coding_runs (
    run_id          BIGINT PRIMARY KEY,
    coder_version   VARCHAR NOT NULL,
    dictionary_hash VARCHAR NOT NULL,
    configuration   VARCHAR NOT NULL,
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP
);

CREATE TABLE documents (
    doc_id          VARCHAR NOT NULL,
    date            DATE NOT NULL,
    url             VARCHAR,
    source          VARCHAR,
    title           VARCHAR,
    text_hash       VARCHAR NOT NULL,
    text_length     INTEGER NOT NULL,
    run_id          BIGINT NOT NULL,
    stored_at       TIMESTAMP NOT NULL,
    event_count     INTEGER NOT NULL,
    copy_of         VARCHAR,
    copy_similarity DOUBLE,
    minhash         VARCHAR
);

CREATE TABLE document_bands (
    band_hash BIGINT NOT NULL,
    doc_id    VARCHAR NOT NULL
);

CREATE TABLE events (
    event_id       VARCHAR NOT NULL,
    doc_id         VARCHAR NOT NULL,
    run_id         BIGINT NOT NULL,
    sentence_index INTEGER NOT NULL,
    date           DATE NOT NULL,
    year           INTEGER  NOT NULL,
    month          INTEGER  NOT NULL,
    source_code    VARCHAR NOT NULL,
    source_country VARCHAR,
    source_role    VARCHAR,
    source_rest    VARCHAR,
    source_name    VARCHAR NOT NULL,
    source_text    VARCHAR NOT NULL,
    source_begin   INTEGER,
    source_end     INTEGER,
    source_type    VARCHAR NOT NULL,
    target_code    VARCHAR,
    target_country VARCHAR,
    target_role    VARCHAR,
    target_rest    VARCHAR,
    target_name    VARCHAR,
    target_text    VARCHAR,
    target_begin   INTEGER,
    target_end     INTEGER,
    target_type    VARCHAR,
    cameo          VARCHAR NOT NULL,
    cameo_name     VARCHAR NOT NULL,
    root           VARCHAR NOT NULL,
    base           VARCHAR NOT NULL,
    quad_class     INTEGER  NOT NULL,
    goldstein      DOUBLE NOT NULL,
    negated        BOOLEAN NOT NULL,
    hypothetical   BOOLEAN NOT NULL,
    mode           VARCHAR NOT NULL,
    reported_by    VARCHAR,
    sentence       VARCHAR NOT NULL,
    trigger_text   VARCHAR NOT NULL,
    trigger_begin  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    rule_pattern   VARCHAR NOT NULL,
    rule_file      VARCHAR,
    rule_line      INTEGER,
    cluster_key    VARCHAR NOT NULL
);

CREATE TABLE event_clusters (
    cluster_id     VARCHAR NOT NULL,
    cluster_key    VARCHAR NOT NULL,
    date           DATE NOT NULL,
    last_date      DATE NOT NULL,
    year           INTEGER  NOT NULL,
    month          INTEGER  NOT NULL,
    event_id       VARCHAR NOT NULL,
    source_code    VARCHAR NOT NULL,
    source_country VARCHAR,
    source_name    VARCHAR NOT NULL,
    target_code    VARCHAR,
    target_country VARCHAR,
    target_name    VARCHAR,
    cameo          VARCHAR NOT NULL,
    root           VARCHAR NOT NULL,
    base           VARCHAR NOT NULL,
    quad_class     INTEGER  NOT NULL,
    goldstein      DOUBLE NOT NULL,
    negated        BOOLEAN NOT NULL,
    hypothetical   BOOLEAN NOT NULL,
    mentions       INTEGER NOT NULL,
    sources        INTEGER NOT NULL,
    articles       INTEGER NOT NULL,
    stories        INTEGER NOT NULL
);

CREATE TABLE cluster_members (
    cluster_id VARCHAR NOT NULL,
    event_id   VARCHAR NOT NULL
);

CREATE TABLE cluster_backlog (
    cluster_key VARCHAR NOT NULL,
    from_date   DATE NOT NULL
);

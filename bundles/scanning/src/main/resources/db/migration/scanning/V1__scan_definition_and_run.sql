-- Scan definitions, runs and per-object run errors. Runs unchanged on H2 2.x and PostgreSQL 15.
-- include_patterns / exclude_patterns: one glob per line (patterns never contain a line break), empty for none.
-- scan_run has no foreign key to scan_definition: a run's history stays when its definition is deleted.
-- scan_run.status: QUEUED, RUNNING, COMPLETED, PARTIAL, FAILED, CANCELLED, SKIPPED; trigger_kind: MANUAL, SCHEDULE, SHELL.
-- A RUNNING or QUEUED row of this node at bundle start is a run the server lost (crash, kill -9): it is marked FAILED.

CREATE SEQUENCE scan_definition_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE scan_definition (
    id                BIGINT                   NOT NULL,
    name              VARCHAR(200)             NOT NULL,
    source_id         BIGINT                   NOT NULL,
    include_patterns  VARCHAR(20000)           NOT NULL,
    exclude_patterns  VARCHAR(20000)           NOT NULL,
    scan_level        VARCHAR(20)              NOT NULL,
    rule_set          VARCHAR(200),
    cron              VARCHAR(200),
    concurrency       INTEGER                  NOT NULL,
    created_by        VARCHAR(200)             NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_scan_definition PRIMARY KEY (id)
);

CREATE INDEX ix_scan_definition_source ON scan_definition (source_id);

CREATE TABLE scan_run (
    id                VARCHAR(36)              NOT NULL,
    definition_id     BIGINT                   NOT NULL,
    source_id         BIGINT                   NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    trigger_kind      VARCHAR(20)              NOT NULL,
    requested_by      VARCHAR(200)             NOT NULL,
    node_id           VARCHAR(200)             NOT NULL,
    queued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE,
    finished_at       TIMESTAMP WITH TIME ZONE,
    containers        BIGINT                   DEFAULT 0 NOT NULL,
    assets_seen       BIGINT                   DEFAULT 0 NOT NULL,
    assets_added      BIGINT                   DEFAULT 0 NOT NULL,
    assets_changed    BIGINT                   DEFAULT 0 NOT NULL,
    assets_unchanged  BIGINT                   DEFAULT 0 NOT NULL,
    assets_removed    BIGINT                   DEFAULT 0 NOT NULL,
    assets_restored   BIGINT                   DEFAULT 0 NOT NULL,
    error_count       BIGINT                   DEFAULT 0 NOT NULL,
    source_millis     BIGINT                   DEFAULT 0 NOT NULL,
    total_millis      BIGINT                   DEFAULT 0 NOT NULL,
    progress_percent  INTEGER                  DEFAULT 0 NOT NULL,
    current_object    VARCHAR(2000),
    message           VARCHAR(2000),
    CONSTRAINT pk_scan_run PRIMARY KEY (id)
);

CREATE INDEX ix_scan_run_definition ON scan_run (definition_id, queued_at);
CREATE INDEX ix_scan_run_source ON scan_run (source_id, queued_at);
CREATE INDEX ix_scan_run_status ON scan_run (status, node_id);

CREATE SEQUENCE scan_run_error_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE scan_run_error (
    id                BIGINT                   NOT NULL,
    run_id            VARCHAR(36)              NOT NULL,
    object_name       VARCHAR(2000)            NOT NULL,
    code              VARCHAR(100)             NOT NULL,
    message           VARCHAR(2000)            NOT NULL,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_scan_run_error PRIMARY KEY (id),
    CONSTRAINT fk_scan_run_error_run FOREIGN KEY (run_id) REFERENCES scan_run (id) ON DELETE CASCADE
);

CREATE INDEX ix_scan_run_error_run ON scan_run_error (run_id, id);

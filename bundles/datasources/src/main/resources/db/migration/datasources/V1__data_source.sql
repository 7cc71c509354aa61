-- Registered data sources. Runs unchanged on H2 2.x and PostgreSQL 15.
-- settings: JSON object of the non-secret connection settings, every value a string (as the connector gets them).
-- tags: JSON array of strings. health_*: the latest check (status UP, DOWN or UNKNOWN before the first one).
CREATE SEQUENCE data_source_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE data_source_secret_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE data_source_health_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE data_source (
    id                 BIGINT                   NOT NULL,
    name               VARCHAR(200)             NOT NULL,
    type               VARCHAR(64)              NOT NULL,
    settings           VARCHAR(8000)            NOT NULL,
    owner              VARCHAR(200)             NOT NULL,
    tags               VARCHAR(4000)            NOT NULL,
    description        VARCHAR(4000)            NOT NULL,
    created_by         VARCHAR(200)             NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    health_status      VARCHAR(10)              NOT NULL,
    health_diagnosis   VARCHAR(32),
    health_message     VARCHAR(1000),
    health_checked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_data_source PRIMARY KEY (id),
    CONSTRAINT uq_data_source_name UNIQUE (name)
);

-- One secret setting of a source. kind ENCRYPTED: ciphertext and iv (base64) under the master key key_id
-- (AES-256-GCM, additional data "datasource:<source_id>:<name>"); kind REFERENCE: reference is env:NAME or
-- file:/path, read when the secret is used. The plaintext is never stored.
CREATE TABLE data_source_secret (
    id          BIGINT                   NOT NULL,
    source_id   BIGINT                   NOT NULL,
    name        VARCHAR(100)             NOT NULL,
    kind        VARCHAR(10)              NOT NULL,
    ciphertext  VARCHAR(8000),
    iv          VARCHAR(32),
    key_id      VARCHAR(16),
    reference   VARCHAR(1100),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_data_source_secret PRIMARY KEY (id),
    CONSTRAINT uq_data_source_secret UNIQUE (source_id, name),
    CONSTRAINT fk_data_source_secret_source FOREIGN KEY (source_id) REFERENCES data_source (id)
);

-- Health check history; the newest 100 rows per source are kept.
CREATE TABLE data_source_health (
    id          BIGINT                   NOT NULL,
    source_id   BIGINT                   NOT NULL,
    checked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status      VARCHAR(10)              NOT NULL,
    diagnosis   VARCHAR(32),
    message     VARCHAR(1000)            NOT NULL,
    elapsed_ms  BIGINT                   NOT NULL,
    CONSTRAINT pk_data_source_health PRIMARY KEY (id),
    CONSTRAINT fk_data_source_health_source FOREIGN KEY (source_id) REFERENCES data_source (id)
);

CREATE INDEX ix_data_source_health_source ON data_source_health (source_id, checked_at);

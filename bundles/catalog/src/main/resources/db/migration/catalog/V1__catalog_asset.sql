-- The catalog's assets and their history. Runs unchanged on H2 2.x and PostgreSQL 15.
-- Ids come from sequences that step by 50: OpenJPA draws a block of 50 ids per call (allocationSize
-- of the entities), so the columns of a table are inserted as one batch with their ids known up front.
-- No foreign keys: rows are never deleted (a vanished asset gets removed_at), and OpenJPA does not
-- order its batched statements by constraints it was not told about.

CREATE SEQUENCE catalog_asset_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE catalog_asset_change_seq START WITH 1 INCREMENT BY 50;

-- type: SOURCE, DATABASE, SCHEMA, FOLDER, TABLE, VIEW, FILE or COLUMN.
-- technical and profile: JSON objects written with sorted keys, so equal metadata is equal text.
-- first_seen_run / last_seen_run: scan run ids; removed_at: set when a complete scan of the parent no
-- longer found it (tombstone), cleared when it is found again.
-- A qualified name is unique within its source; the name comes first in the constraint so that its index also
-- serves lookups by name across sources (GET /catalog/assets/by-name without sourceId).
CREATE TABLE catalog_asset (
    id              BIGINT                   NOT NULL,
    source_id       VARCHAR(64)              NOT NULL,
    qualified_name  VARCHAR(2000)            NOT NULL,
    parent_id       BIGINT,
    type            VARCHAR(16)              NOT NULL,
    name            VARCHAR(1000)            NOT NULL,
    technical       VARCHAR(1000000)         NOT NULL,
    profile         VARCHAR(1000000),
    change_token    VARCHAR(2000),
    first_seen_run  VARCHAR(64),
    last_seen_run   VARCHAR(64),
    first_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at      TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_catalog_asset PRIMARY KEY (id),
    CONSTRAINT uq_catalog_asset_name UNIQUE (qualified_name, source_id),
    CONSTRAINT ck_catalog_asset_type CHECK (type IN ('SOURCE', 'DATABASE', 'SCHEMA', 'FOLDER', 'TABLE', 'VIEW',
                                                     'FILE', 'COLUMN'))
);

CREATE INDEX ix_catalog_asset_parent ON catalog_asset (parent_id);
CREATE INDEX ix_catalog_asset_source_type ON catalog_asset (source_id, type);

-- One row per difference a scan found: kind ADDED, REMOVED, RESTORED, or CHANGED with the technical field
-- and its values before and after as text. parent_id is the asset's parent when the change was stored, so the
-- history of a table with its columns' changes is one indexed query.
CREATE TABLE catalog_asset_change (
    id              BIGINT                   NOT NULL,
    asset_id        BIGINT                   NOT NULL,
    parent_id       BIGINT,
    source_id       VARCHAR(64)              NOT NULL,
    qualified_name  VARCHAR(2000)            NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    run_id          VARCHAR(64),
    kind            VARCHAR(16)              NOT NULL,
    field           VARCHAR(200),
    before_value    VARCHAR(100000),
    after_value     VARCHAR(100000),
    CONSTRAINT pk_catalog_asset_change PRIMARY KEY (id),
    CONSTRAINT ck_catalog_asset_change_kind CHECK (kind IN ('ADDED', 'REMOVED', 'RESTORED', 'CHANGED'))
);

CREATE INDEX ix_catalog_asset_change_asset ON catalog_asset_change (asset_id, id);
CREATE INDEX ix_catalog_asset_change_parent ON catalog_asset_change (parent_id, id);

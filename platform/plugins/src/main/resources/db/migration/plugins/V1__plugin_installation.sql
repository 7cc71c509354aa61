-- Installed plugins. Runs unchanged on H2 2.x and PostgreSQL 15.
-- One row per plugin id, whatever its version: an upgrade or a rollback rewrites version and
-- previous_version on the same row. The jars themselves live in ${karaf.data}/custodian/plugins/<id>/.
-- state: INSTALLED (bundle installed, not started yet), STARTED, STOPPED, AWAITING_GRANT (an
-- administrator must grant the requested scopes before its extensions are used).
-- kinds, requested_scopes and granted_scopes are comma-separated ids (ids contain no commas), sorted.
-- source: the marketplace location it came from, 'upload' or 'deploy'.

CREATE TABLE plugin_installation (
    id                VARCHAR(64)              NOT NULL,
    name              VARCHAR(200)             NOT NULL,
    vendor            VARCHAR(200)             NOT NULL,
    version           VARCHAR(100)             NOT NULL,
    previous_version  VARCHAR(100),
    state             VARCHAR(20)              NOT NULL,
    kinds             VARCHAR(200)             NOT NULL,
    requested_scopes  VARCHAR(500)             NOT NULL,
    granted_scopes    VARCHAR(500)             NOT NULL,
    source            VARCHAR(2000)            NOT NULL,
    publisher         VARCHAR(200),
    sha256            VARCHAR(64)              NOT NULL,
    installed_by      VARCHAR(200)             NOT NULL,
    installed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_plugin_installation PRIMARY KEY (id)
);

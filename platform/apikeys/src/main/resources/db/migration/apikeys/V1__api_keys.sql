-- API keys. Runs unchanged on H2 2.x and PostgreSQL 15.
-- The key itself is never stored: secret_hash is the hex SHA-256 of its secret part. key_id is the
-- public part the authenticator looks keys up by; a rotation replaces key_id and secret_hash on the
-- same row, so id stays stable. scopes is a comma-separated list of permission patterns (patterns
-- contain no commas). Revocation is soft (revoked_at) so listings and the audit trail keep the key.

CREATE TABLE custodian_api_key (
    id            VARCHAR(64)              NOT NULL,
    key_id        VARCHAR(12)              NOT NULL,
    owner         VARCHAR(200)             NOT NULL,
    name          VARCHAR(100)             NOT NULL,
    secret_hash   VARCHAR(64)              NOT NULL,
    scopes        VARCHAR(4000)            NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    rotated_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_custodian_api_key PRIMARY KEY (id),
    CONSTRAINT uq_custodian_api_key_key_id UNIQUE (key_id)
);

CREATE INDEX ix_custodian_api_key_owner ON custodian_api_key (owner);

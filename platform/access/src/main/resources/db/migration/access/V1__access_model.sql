-- The stored access model: roles with their parents, policies, role grants and delegations.
-- Runs unchanged on H2 2.x and PostgreSQL 15.
-- No foreign keys between these tables: every write is checked by compiling the whole candidate
-- model before commit (unknown roles and cycles are refused), and OpenJPA does not order its
-- statements by constraints it was not told about, so a rename would trip over them.

CREATE TABLE custodian_access_role (
    name         VARCHAR(100)             NOT NULL,
    description  VARCHAR(500)             NOT NULL,
    built_in     BOOLEAN                  DEFAULT FALSE NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_custodian_access_role PRIMARY KEY (name)
);

CREATE TABLE custodian_access_role_parent (
    role_name    VARCHAR(100)             NOT NULL,
    parent_name  VARCHAR(100)             NOT NULL,
    CONSTRAINT pk_custodian_access_role_parent PRIMARY KEY (role_name, parent_name)
);

-- principal is written role:<name>, group:<name> or user:<name>; permissions is a comma-separated
-- list of permission patterns (patterns contain no commas).
CREATE TABLE custodian_access_policy (
    id              VARCHAR(64)              NOT NULL,
    name            VARCHAR(200)             NOT NULL,
    effect          VARCHAR(5)               NOT NULL,
    principal       VARCHAR(210)             NOT NULL,
    permissions     VARCHAR(4000)            NOT NULL,
    condition_expr  VARCHAR(2000),
    valid_from      TIMESTAMP WITH TIME ZONE,
    valid_until     TIMESTAMP WITH TIME ZONE,
    built_in        BOOLEAN                  DEFAULT FALSE NOT NULL,
    expiry_audited  BOOLEAN                  DEFAULT FALSE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_custodian_access_policy PRIMARY KEY (id),
    CONSTRAINT uq_custodian_access_policy_name UNIQUE (name),
    CONSTRAINT ck_custodian_access_policy_effect CHECK (effect IN ('ALLOW', 'DENY'))
);

CREATE INDEX ix_custodian_access_policy_principal ON custodian_access_policy (principal);

CREATE TABLE custodian_access_grant (
    id              VARCHAR(64)              NOT NULL,
    principal       VARCHAR(210)             NOT NULL,
    role_name       VARCHAR(100)             NOT NULL,
    valid_from      TIMESTAMP WITH TIME ZONE,
    valid_until     TIMESTAMP WITH TIME ZONE,
    created_by      VARCHAR(200)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expiry_audited  BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_custodian_access_grant PRIMARY KEY (id)
);

CREATE INDEX ix_custodian_access_grant_principal ON custodian_access_grant (principal);
CREATE INDEX ix_custodian_access_grant_role ON custodian_access_grant (role_name);

CREATE TABLE custodian_access_delegation (
    id              VARCHAR(64)              NOT NULL,
    delegator       VARCHAR(100)             NOT NULL,
    delegate        VARCHAR(100)             NOT NULL,
    permissions     VARCHAR(4000)            NOT NULL,
    valid_from      TIMESTAMP WITH TIME ZONE,
    valid_until     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expiry_audited  BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_custodian_access_delegation PRIMARY KEY (id)
);

CREATE INDEX ix_custodian_access_delegation_delegator ON custodian_access_delegation (delegator);
CREATE INDEX ix_custodian_access_delegation_delegate ON custodian_access_delegation (delegate);

-- Locally stored users. Runs unchanged on H2 2.x and PostgreSQL 15.
CREATE SEQUENCE custodian_user_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE custodian_user (
    id                   BIGINT                   NOT NULL,
    username             VARCHAR(100)             NOT NULL,
    password_hash        VARCHAR(255)             NOT NULL,
    roles                VARCHAR(1000)            NOT NULL,
    enabled              BOOLEAN                  DEFAULT TRUE NOT NULL,
    must_change_password BOOLEAN                  DEFAULT FALSE NOT NULL,
    failed_logins        INTEGER                  DEFAULT 0 NOT NULL,
    locked_until         TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_custodian_user PRIMARY KEY (id),
    CONSTRAINT uq_custodian_user_username UNIQUE (username)
);

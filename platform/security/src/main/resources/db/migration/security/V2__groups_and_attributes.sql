-- Users get profile facts and attributes for access conditions; groups arrive. Roles move to the
-- access bundle (role grants), so the V1 roles column goes. Runs unchanged on H2 2.x and PostgreSQL 15.
ALTER TABLE custodian_user DROP COLUMN roles;
ALTER TABLE custodian_user ADD COLUMN display_name VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE custodian_user ADD COLUMN email VARCHAR(320) DEFAULT '' NOT NULL;
-- JSON object of attribute name to string value, read by access conditions as user.<name>.
ALTER TABLE custodian_user ADD COLUMN attributes VARCHAR(4000) DEFAULT '{}' NOT NULL;

CREATE TABLE custodian_group (
    name        VARCHAR(100)             NOT NULL,
    description VARCHAR(500)             DEFAULT '' NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_custodian_group PRIMARY KEY (name)
);

CREATE TABLE custodian_group_member (
    group_name VARCHAR(100) NOT NULL,
    username   VARCHAR(100) NOT NULL,
    CONSTRAINT pk_custodian_group_member PRIMARY KEY (group_name, username),
    CONSTRAINT fk_custodian_group_member_group FOREIGN KEY (group_name)
        REFERENCES custodian_group (name) ON DELETE CASCADE,
    CONSTRAINT fk_custodian_group_member_user FOREIGN KEY (username)
        REFERENCES custodian_user (username) ON DELETE CASCADE
);
CREATE INDEX custodian_group_member_user ON custodian_group_member (username);

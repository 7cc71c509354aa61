-- Hash chain (same SQL on H2 and PostgreSQL). Rows of V1 get empty hashes here; the audit
-- bundle chains them in seq order when it starts, before it appends anything.
ALTER TABLE custodian_audit_record ADD COLUMN changes VARCHAR(100000) DEFAULT '' NOT NULL;
ALTER TABLE custodian_audit_record ADD COLUMN prev_hash VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE custodian_audit_record ADD COLUMN hash VARCHAR(64) DEFAULT '' NOT NULL;

-- Sequence and hash of the newest record. Appends lock this row (SELECT ... FOR UPDATE) and update
-- it in the same transaction; it is what makes deleting the newest rows detectable.
CREATE TABLE custodian_audit_head (
    id        INTEGER PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT custodian_audit_head_one_row CHECK (id = 1)
);
INSERT INTO custodian_audit_head (id, last_seq, last_hash) VALUES (1, 0, '');

CREATE INDEX custodian_audit_resource ON custodian_audit_record (resource, seq);
CREATE INDEX custodian_audit_time ON custodian_audit_record (recorded_at);

-- The built-in roles, one built-in policy each (id builtin-<role>), and the first admin's grant.
-- Built-in roles cannot be deleted or renamed and built-in policies cannot be edited through the
-- API; a later release changes them with a new migration.

INSERT INTO custodian_access_role (name, description, built_in, created_at, updated_at) VALUES
    ('Admin', 'Everything, including managing users, roles and the platform', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('Viewer', 'Reads the catalogue, data sources and compliance status; manages own API keys', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('Data Analyst', 'A viewer who also follows lineage and monitors data sources', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('Data Steward', 'Curates the catalogue, classifications, rules and scans', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('Compliance Officer', 'Runs compliance, reads the audit trail, approves classifications', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO custodian_access_role_parent (role_name, parent_name) VALUES
    ('Data Analyst', 'Viewer'),
    ('Data Steward', 'Data Analyst'),
    ('Compliance Officer', 'Viewer');

INSERT INTO custodian_access_policy
    (id, name, effect, principal, permissions, condition_expr, valid_from, valid_until, built_in, expiry_audited, created_at, updated_at)
VALUES
    ('builtin-admin', 'Admin: everything', 'ALLOW', 'role:Admin', '*',
     NULL, NULL, NULL, TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('builtin-viewer', 'Viewer: read access', 'ALLOW', 'role:Viewer',
     'datasource.view,catalog.view,scan_logic.view,rule_sets.view,classification.view,compliance.view,apikey.view,apikey.create,apikey.edit,apikey.delete,delegation.view',
     NULL, NULL, NULL, TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('builtin-data-analyst', 'Data Analyst: lineage and monitoring', 'ALLOW', 'role:Data Analyst',
     'catalog.lineage,datasource.monitor',
     NULL, NULL, NULL, TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('builtin-data-steward', 'Data Steward: curation', 'ALLOW', 'role:Data Steward',
     'catalog.create,catalog.edit,catalog.classify,classification.create,classification.edit,classification.train,rule_sets.create,rule_sets.edit,scan_logic.create,scan_logic.edit,scan_logic.execute,datasource.scan,delegation.create,delegation.delete',
     NULL, NULL, NULL, TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('builtin-compliance-officer', 'Compliance Officer: compliance and audit', 'ALLOW', 'role:Compliance Officer',
     'compliance.*,audit.view,classification.approve,delegation.create,delegation.delete',
     NULL, NULL, NULL, TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- The security bundle creates the user named admin on first start.
INSERT INTO custodian_access_grant (id, principal, role_name, valid_from, valid_until, created_by, created_at, expiry_audited)
VALUES ('grt_initial_admin', 'user:admin', 'Admin', NULL, NULL, 'system', CURRENT_TIMESTAMP, FALSE);

package io.custodian.datasources.internal.rest;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /datasources} and {@code PUT /datasources/{id}}.
 *
 * <pre>{@code
 * {"name": "sales", "type": "postgresql",
 *  "settings": {"host": "db.example.com", "port": 5432, "database": "sales", "user": "reader"},
 *  "secrets": {"password": "..."},            // or {"password": {"env": "PG_PASSWORD"}} or {"file": "/run/secrets/pg"}
 *  "owner": "alice", "tags": ["finance"], "description": "Sales warehouse"}
 * }</pre>
 *
 * On a create, {@code owner} defaults to the caller. On an update, a missing field keeps what is stored,
 * {@code settings} replaces every non-secret setting, and in {@code secrets} a value replaces, {@code null}
 * removes and an absent name keeps the stored secret.
 *
 * @param name        unique name
 * @param type        connector type ({@link DataSourceResource#types()}); fixed once registered
 * @param settings    non-secret settings as the connector's schema describes them
 * @param secrets     secret settings (the schema's {@code writeOnly} properties): values or references
 * @param owner       the user answerable for the source
 * @param tags        free tags
 * @param description free text
 */
public record SourceBody(String name, String type, Map<String, Object> settings, Map<String, Object> secrets,
                         String owner, List<String> tags, String description) {
}

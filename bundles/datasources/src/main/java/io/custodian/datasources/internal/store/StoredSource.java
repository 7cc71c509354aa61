package io.custodian.datasources.internal.store;

import io.custodian.datasources.api.DataSource;
import io.custodian.datasources.api.SourceHealth;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A source as stored, with its secrets in stored form (ciphertexts and references).
 *
 * @param id        stable id
 * @param type      the connector type
 * @param fields    the fields a user sets
 * @param secrets   the secret settings by name
 * @param createdBy who registered it
 * @param health    the latest health check
 * @param createdAt when it was registered
 * @param updatedAt when it last changed
 */
public record StoredSource(long id, String type, SourceFields fields, Map<String, StoredSecret> secrets,
                           String createdBy, SourceHealth health, Instant createdAt, Instant updatedAt) {

    /** Copies the secrets. */
    public StoredSource {
        secrets = Map.copyOf(secrets);
    }

    public String name() {
        return fields.name();
    }

    /** The secrets sorted by name. */
    public Map<String, StoredSecret> sortedSecrets() {
        return new TreeMap<>(secrets);
    }

    /** The source as the API shows it: secret names only. */
    public DataSource toApi() {
        return new DataSource(id, fields.name(), type, fields.settings(), secrets.keySet(), fields.owner(), fields.tags(),
                fields.description(), health, createdAt, updatedAt);
    }
}

package io.custodian.datasources.internal.service;

import io.custodian.datasources.internal.secrets.SecretInput;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes to a registered source. A {@code null} field keeps what is stored.
 *
 * @param name        a new name
 * @param type        must equal the stored type if given (a source never changes type)
 * @param settings    the complete new non-secret settings (replacing all of them)
 * @param secrets     secrets to change: a value or reference replaces, {@code null} removes; absent names are kept
 * @param owner       a new owner
 * @param tags        the new tags
 * @param description a new description
 */
public record SourceChanges(String name, String type, Map<String, Object> settings, Map<String, SecretInput> secrets,
                            String owner, List<String> tags, String description) {

    /** Copies the collections, keeping nulls in the secrets (removals). */
    public SourceChanges {
        settings = settings == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        secrets = Collections.unmodifiableMap(new LinkedHashMap<>(secrets == null ? Map.of() : secrets));
        tags = tags == null ? null : List.copyOf(tags);
    }

    /** Whether the connection (settings or secrets) changes, which the connector's schema must then check. */
    boolean changesConnection() {
        return settings != null || !secrets.isEmpty();
    }
}

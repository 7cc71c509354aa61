package io.custodian.datasources.internal.service;

import io.custodian.datasources.internal.secrets.SecretInput;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source to register, as a user (REST, shell) or a bundle gives it, not yet checked.
 *
 * @param name        unique name
 * @param type        connector type
 * @param settings    non-secret settings as JSON values (strings, numbers, booleans) or typed text
 * @param secrets     secret settings: values or references
 * @param owner       the user answerable for it, {@code null} for the one who registers it
 * @param tags        free tags, may be {@code null}
 * @param description free text, may be {@code null}
 */
public record SourceDraft(String name, String type, Map<String, Object> settings, Map<String, SecretInput> secrets,
                          String owner, List<String> tags, String description) {

    /** Copies the collections (settings may hold nulls: absent). */
    public SourceDraft {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings == null ? Map.of() : settings));
        secrets = Map.copyOf(secrets == null ? Map.of() : secrets);
        tags = tags == null ? null : List.copyOf(tags);
    }
}

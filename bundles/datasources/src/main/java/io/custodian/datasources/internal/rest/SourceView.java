package io.custodian.datasources.internal.rest;

import io.custodian.datasources.api.SourceHealth;
import io.custodian.datasources.internal.store.StoredSecret;
import io.custodian.datasources.internal.store.StoredSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A source as the API shows it. Secrets never appear: {@code secretNames} lists the secrets that are set and
 * {@code secretReferences} where the referenced ones are read from ({@code env:NAME}, {@code file:/path}).
 *
 * @param id               stable id
 * @param name             unique name
 * @param type             connector type
 * @param settings         non-secret settings
 * @param secretNames      secrets that are set, sorted
 * @param secretReferences the referenced secrets and their references
 * @param owner            the user answerable for it
 * @param tags             free tags
 * @param description      free text
 * @param health           the latest health check
 * @param createdBy        who registered it
 * @param createdAt        when
 * @param updatedAt        when it last changed
 */
public record SourceView(long id, String name, String type, Map<String, String> settings, List<String> secretNames,
                         Map<String, String> secretReferences, String owner, List<String> tags, String description,
                         SourceHealth health, String createdBy, Instant createdAt, Instant updatedAt) {

    static SourceView of(StoredSource source) {
        Map<String, String> references = new TreeMap<>();
        for (StoredSecret secret : source.secrets().values()) {
            if (!secret.encrypted()) {
                references.put(secret.name(), secret.reference().text());
            }
        }
        return new SourceView(source.id(), source.name(), source.type(), new TreeMap<>(source.fields().settings()),
                List.copyOf(source.sortedSecrets().keySet()), references, source.fields().owner(),
                source.fields().tags(), source.fields().description(), source.health(), source.createdBy(),
                source.createdAt(), source.updatedAt());
    }
}

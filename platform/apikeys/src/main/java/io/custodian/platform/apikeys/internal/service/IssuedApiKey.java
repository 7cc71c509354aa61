package io.custodian.platform.apikeys.internal.service;

import java.time.Instant;
import java.util.List;

/**
 * The answer to creating or rotating a key: the whole key, shown this once, and the key's
 * metadata as {@link ApiKeyView} has it. {@link #toString()} leaves the key out so it cannot end
 * up in a log.
 *
 * @param key the key to send as {@code Authorization: Bearer <key>}; Custodian keeps only its hash
 */
public record IssuedApiKey(String key, String id, String owner, String name, String prefix, List<String> scopes,
                           Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt,
                           Instant rotatedAt, ApiKeyStatus status) {

    static IssuedApiKey of(String key, ApiKeyView view) {
        return new IssuedApiKey(key, view.id(), view.owner(), view.name(), view.prefix(), view.scopes(),
                view.createdAt(), view.expiresAt(), view.lastUsedAt(), view.revokedAt(), view.rotatedAt(),
                view.status());
    }

    /** The metadata without the key. */
    public ApiKeyView view() {
        return new ApiKeyView(id, owner, name, prefix, scopes, createdAt, expiresAt, lastUsedAt, revokedAt,
                rotatedAt, status);
    }

    @Override
    public String toString() {
        return "IssuedApiKey[id=" + id + ", prefix=" + prefix + ", key=(hidden)]";
    }
}

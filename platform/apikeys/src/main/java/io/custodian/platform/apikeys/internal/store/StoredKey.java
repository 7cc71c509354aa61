package io.custodian.platform.apikeys.internal.store;

import io.custodian.platform.apikeys.internal.entity.ApiKeyEntity;
import java.time.Instant;

/**
 * A row of {@code custodian_api_key}, detached from JPA. Carries the secret hash for the
 * authenticator; views and audit records are built without it, and {@link #toString()} leaves it out.
 *
 * @param id         stable row id, {@code ak_...}
 * @param keyId      current public part of the key
 * @param owner      the user the key acts for
 * @param name       the owner's label
 * @param secretHash hex SHA-256 of the secret
 * @param scopes     stored scope text, see {@link ScopeText}
 * @param createdAt  creation time
 * @param expiresAt  end of validity (exclusive), or null for none
 * @param lastUsedAt last recorded use, or null
 * @param revokedAt  when revoked, or null
 * @param rotatedAt  last rotation, or null
 */
public record StoredKey(String id, String keyId, String owner, String name, String secretHash, String scopes,
                        Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt,
                        Instant rotatedAt) {

    /** The row as it is in {@code e} now. */
    public static StoredKey of(ApiKeyEntity e) {
        return new StoredKey(e.getId(), e.getKeyId(), e.getOwner(), e.getName(), e.getSecretHash(), e.getScopes(),
                e.getCreatedAt(), e.getExpiresAt(), e.getLastUsedAt(), e.getRevokedAt(), e.getRotatedAt());
    }

    /** Whether the key is neither revoked nor expired at {@code now}. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    @Override
    public String toString() {
        return "StoredKey[id=" + id + ", keyId=" + keyId + ", owner=" + owner + ", name=" + name + "]";
    }
}

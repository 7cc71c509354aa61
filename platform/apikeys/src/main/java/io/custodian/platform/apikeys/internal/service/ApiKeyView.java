package io.custodian.platform.apikeys.internal.service;

import io.custodian.platform.apikeys.internal.KeyFormat;
import io.custodian.platform.apikeys.internal.store.ScopeText;
import io.custodian.platform.apikeys.internal.store.StoredKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A key as listings show it: never the secret or its hash.
 *
 * @param id         stable id, {@code ak_...}; the same after a rotation
 * @param owner      the user the key acts for
 * @param name       the owner's label
 * @param prefix     {@code cust_<keyId>_}: the start of the key, to recognise it
 * @param scopes     what the key is limited to, sorted
 * @param createdAt  creation time
 * @param expiresAt  end of validity, null for none
 * @param lastUsedAt latest use, accurate to about a minute on other nodes; null if never used
 * @param revokedAt  when revoked, or null
 * @param rotatedAt  latest rotation, or null
 * @param status     whether the key works now
 */
public record ApiKeyView(String id, String owner, String name, String prefix, List<String> scopes,
                         Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt,
                         Instant rotatedAt, ApiKeyStatus status) {

    /**
     * @param pendingUse a use this node has seen but not written yet; it wins when later
     */
    public static ApiKeyView of(StoredKey key, Instant now, Optional<Instant> pendingUse) {
        Instant lastUsed = key.lastUsedAt();
        if (pendingUse.isPresent() && (lastUsed == null || pendingUse.get().isAfter(lastUsed))) {
            lastUsed = pendingUse.get();
        }
        ApiKeyStatus status = key.revokedAt() != null ? ApiKeyStatus.REVOKED
                : key.activeAt(now) ? ApiKeyStatus.ACTIVE : ApiKeyStatus.EXPIRED;
        return new ApiKeyView(key.id(), key.owner(), key.name(), KeyFormat.prefix(key.keyId()),
                ScopeText.names(key.scopes()), key.createdAt(), key.expiresAt(), lastUsed, key.revokedAt(),
                key.rotatedAt(), status);
    }
}

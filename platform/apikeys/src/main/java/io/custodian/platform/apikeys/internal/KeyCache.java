package io.custodian.platform.apikeys.internal;

import io.custodian.platform.apikeys.internal.store.ApiKeyStore;
import io.custodian.platform.apikeys.internal.store.ScopeText;
import io.custodian.platform.apikeys.internal.store.StoredKey;
import io.custodian.platform.authz.api.PermissionPattern;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keys the authenticator has looked up, by key id, so a request with a key costs a map lookup and
 * a SHA-256 rather than a query. Changes made in this JVM invalidate their entry at once; an entry
 * older than the TTL is reloaded, which is how changes made on another node arrive. Only keys that
 * exist are kept (revoked and expired ones too, so their repeated use stays cheap), at most
 * {@value #MAX_ENTRIES}.
 */
final class KeyCache {

    static final int MAX_ENTRIES = 10_000;

    /**
     * A key as the authenticator needs it.
     *
     * @param secretHash the SHA-256 digest of the secret
     */
    record Entry(String id, String keyId, String owner, byte[] secretHash, Set<PermissionPattern> scopes,
                 Instant expiresAt, boolean revoked, Instant loadedAt) {

        static Entry of(StoredKey key, Instant now) {
            return new Entry(key.id(), key.keyId(), key.owner(), SecretHash.parseHex(key.secretHash()),
                    ScopeText.parse(key.scopes()), key.expiresAt(), key.revokedAt() != null, now);
        }

        boolean expiredAt(Instant now) {
            return expiresAt != null && !now.isBefore(expiresAt);
        }

        @Override
        public String toString() {
            return "Entry[keyId=" + keyId + ", owner=" + owner + "]";
        }
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    // Bumped by every invalidation: a load that raced with a change must not put its stale row back.
    private final AtomicLong generation = new AtomicLong();
    private final ApiKeyStore store;
    private final Clock clock;
    private volatile Duration ttl;

    KeyCache(ApiKeyStore store, Clock clock, Duration ttl) {
        this.store = store;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The key with this id, from memory while fresh, else from the database; empty if there is none. */
    Optional<Entry> get(String keyId) {
        Instant now = clock.instant();
        Entry cached = entries.get(keyId);
        if (cached != null && now.isBefore(cached.loadedAt().plus(ttl))) {
            return Optional.of(cached);
        }
        long seen = generation.get();
        Optional<StoredKey> row = store.findByKeyId(keyId);
        if (row.isEmpty()) {
            entries.remove(keyId);
            return Optional.empty();
        }
        Entry loaded = Entry.of(row.get(), now);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        if (generation.get() == seen) {
            entries.put(keyId, loaded);
            if (generation.get() != seen) {
                entries.remove(keyId, loaded);
            }
        }
        return Optional.of(loaded);
    }

    /** Forgets one key; the next use reads the database. */
    void invalidate(String keyId) {
        generation.incrementAndGet();
        if (keyId != null) {
            entries.remove(keyId);
        }
    }

    void ttl(Duration newTtl) {
        ttl = newTtl;
    }

    int size() {
        return entries.size();
    }
}

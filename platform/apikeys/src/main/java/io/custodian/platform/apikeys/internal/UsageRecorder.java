package io.custodian.platform.apikeys.internal;

import io.custodian.platform.apikeys.internal.store.ApiKeyStore;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the latest use of each key in memory and writes it to {@code last_used_at} when
 * flushed (once a minute and when the bundle stops), so a busy key costs one UPDATE a minute
 * instead of one per request. {@code last_used_at} is therefore up to a minute behind, and a
 * node that dies loses at most its last minute of use times.
 */
final class UsageRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(UsageRecorder.class);

    // Row id (stable across rotations) -> latest use not written yet.
    private final ConcurrentHashMap<String, Instant> pending = new ConcurrentHashMap<>();
    private final ApiKeyStore store;

    UsageRecorder(ApiKeyStore store) {
        this.store = store;
    }

    void used(String id, Instant at) {
        // A plain read first: a busy key is used many times a second, and merging each use
        // would serialise all its requests on one map bin. Second precision is plenty here.
        Instant known = pending.get(id);
        if (known != null && at.isBefore(known.plusSeconds(1))) {
            return;
        }
        pending.merge(id, at, UsageRecorder::later);
    }

    /** The latest use of key {@code id} not yet written, if any. */
    Optional<Instant> pending(String id) {
        return Optional.ofNullable(pending.get(id));
    }

    /**
     * Writes every pending use, one UPDATE per key. A write that fails stays pending for the next flush.
     *
     * @return how many keys were written
     */
    int flush() {
        int written = 0;
        int failed = 0;
        RuntimeException firstFailure = null;
        for (String id : pending.keySet()) {
            Instant at = pending.remove(id);
            if (at == null) {
                continue;
            }
            try {
                store.recordUse(id, at);
                written++;
            } catch (RuntimeException e) {
                pending.merge(id, at, UsageRecorder::later);
                failed++;
                firstFailure = firstFailure == null ? e : firstFailure;
            }
        }
        if (failed > 0) {
            LOG.warn("Could not record the last use of {} API keys; retrying at the next flush", failed, firstFailure);
        }
        return written;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

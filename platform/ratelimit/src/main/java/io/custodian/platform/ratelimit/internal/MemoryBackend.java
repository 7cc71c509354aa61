package io.custodian.platform.ratelimit.internal;

import io.custodian.platform.ratelimit.api.RateLimitResult;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Buckets in this JVM, in a bounded map. A bucket untouched for its limit's period is full
 * again, so dropping it loses nothing; such idle buckets are dropped as new ones come in. Beyond
 * {@code maxBuckets} the least recently used bucket is dropped even if not idle, so a flood of
 * distinct principals costs bounded memory (at worst it resets the longest-idle counters).
 */
final class MemoryBackend implements Backend {

    private final TimeMeter time;
    private final int maxBuckets;
    // Access order: the head is the least recently used bucket. Guarded by itself.
    private final LinkedHashMap<String, Entry> buckets = new LinkedHashMap<>(64, 0.75f, true);

    MemoryBackend(TimeMeter time, int maxBuckets) {
        if (maxBuckets < 1) {
            throw new IllegalArgumentException("maxBuckets must be positive");
        }
        this.time = time;
        this.maxBuckets = maxBuckets;
    }

    @Override
    public RateLimitResult consume(String bucketKey, Limit limit) {
        Bucket bucket;
        synchronized (buckets) {
            long now = time.currentTimeNanos();
            dropIdle(now);
            Entry entry = buckets.get(bucketKey);
            if (entry == null) {
                entry = new Entry(newBucket(limit), limit.idleNanos());
                buckets.put(bucketKey, entry);
                dropOverflow();
            }
            entry.lastUsedNanos = now;
            bucket = entry.bucket;
        }
        // Bucket4j's local buckets are thread-safe; consume outside the map's lock.
        return Probes.toResult(bucket.tryConsumeAndReturnRemaining(1), limit);
    }

    /** Buckets currently held. */
    int size() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    @Override
    public void close() {
        synchronized (buckets) {
            buckets.clear();
        }
    }

    private Bucket newBucket(Limit limit) {
        return Bucket.builder()
                .addLimit(limit.toBandwidth())
                .withCustomTimePrecision(time)
                .build();
    }

    // Walks from the least recently used end; stops at the first bucket still in use. Periods
    // differ per group, so a few idle buckets may linger behind a busy one until overflow.
    private void dropIdle(long now) {
        Iterator<Entry> it = buckets.values().iterator();
        while (it.hasNext()) {
            Entry e = it.next();
            if (now - e.lastUsedNanos < e.idleNanos) {
                return;
            }
            it.remove();
        }
    }

    private void dropOverflow() {
        Iterator<Map.Entry<String, Entry>> it = buckets.entrySet().iterator();
        while (buckets.size() > maxBuckets && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    private static final class Entry {
        final Bucket bucket;
        final long idleNanos;
        long lastUsedNanos;

        Entry(Bucket bucket, long idleNanos) {
            this.bucket = bucket;
            this.idleNanos = idleNanos;
        }
    }
}

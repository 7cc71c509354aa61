package io.custodian.platform.ratelimit.internal;

import io.custodian.platform.ratelimit.api.RateLimitResult;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Buckets in this JVM, in a bounded map. A bucket untouched for its limit's period is full
 * again, so dropping it loses nothing; such idle buckets are dropped by a sweep at most once a second. Beyond
 * {@code maxBuckets} the least recently used bucket is dropped even if not idle, so a flood of
 * distinct principals costs bounded memory (at worst it resets the longest-idle counters).
 */
final class MemoryBackend implements Backend {

    // How often, in the time source's terms, idle buckets are looked for. Sweeping on every
    // request would walk the whole map; once a second bounds the work and the lag.
    private static final long SWEEP_INTERVAL_NANOS = 1_000_000_000L;

    private final TimeMeter time;
    private final int maxBuckets;
    // Lock-free on the request path: with many request threads on few cores, a thread holding
    // a map-wide lock gets descheduled and every other request waits behind it.
    private final ConcurrentHashMap<String, Entry> buckets = new ConcurrentHashMap<>();
    private final AtomicLong useCounter = new AtomicLong();
    private final ReentrantLock housekeeping = new ReentrantLock();
    private volatile long nextSweepNanos = Long.MIN_VALUE;

    MemoryBackend(TimeMeter time, int maxBuckets) {
        if (maxBuckets < 1) {
            throw new IllegalArgumentException("maxBuckets must be positive");
        }
        this.time = time;
        this.maxBuckets = maxBuckets;
    }

    @Override
    public RateLimitResult consume(String bucketKey, Limit limit) {
        long now = time.currentTimeNanos();
        if (now >= nextSweepNanos) {
            sweepIdle(now);
        }
        Entry entry = buckets.get(bucketKey);
        if (entry == null) {
            entry = buckets.computeIfAbsent(bucketKey, k -> new Entry(newBucket(limit), limit.idleNanos()));
            entry.touch(now, useCounter.incrementAndGet());
            if (buckets.size() > maxBuckets) {
                dropOverflow();
            }
        } else {
            entry.touch(now, useCounter.incrementAndGet());
        }
        return Probes.toResult(entry.bucket.tryConsumeAndReturnRemaining(1), limit);
    }

    /** Buckets currently held. */
    int size() {
        return buckets.size();
    }

    @Override
    public void close() {
        buckets.clear();
    }

    private Bucket newBucket(Limit limit) {
        return Bucket.builder()
                .addLimit(limit.toBandwidth())
                .withCustomTimePrecision(time)
                .build();
    }

    // A bucket untouched for its whole period is full again: dropping it changes nothing for its caller.
    private void sweepIdle(long now) {
        if (!housekeeping.tryLock()) {
            return;
        }
        try {
            nextSweepNanos = now + SWEEP_INTERVAL_NANOS;
            buckets.values().removeIf(e -> now - e.lastUsedNanos >= e.idleNanos);
        } finally {
            housekeeping.unlock();
        }
    }

    // Rare (a flood of distinct callers): drops the least recently used buckets until within the bound.
    private void dropOverflow() {
        housekeeping.lock();
        try {
            while (buckets.size() > maxBuckets) {
                buckets.entrySet().stream()
                        .min(Comparator.comparingLong(e -> e.getValue().lastUse))
                        .ifPresent(oldest -> buckets.remove(oldest.getKey(), oldest.getValue()));
            }
        } finally {
            housekeeping.unlock();
        }
    }

    private static final class Entry {
        final Bucket bucket;
        final long idleNanos;
        volatile long lastUsedNanos;
        volatile long lastUse;

        Entry(Bucket bucket, long idleNanos) {
            this.bucket = bucket;
            this.idleNanos = idleNanos;
        }

        void touch(long nowNanos, long sequence) {
            lastUsedNanos = nowNanos;
            lastUse = sequence;
        }
    }
}
